"""Pure domain logic: model types, text rules, scheduling rules.

No I/O, no Qt, and no imports from the rest of the project.
"""
