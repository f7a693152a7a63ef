"""Pure domain logic: model types, text rules, scheduling rules. No I/O, no Qt, no project imports."""
