"""LinkedIn's "little" text format: reserved characters must be escaped.

In a post's ``commentary`` the characters ``\\ | { } @ [ ] ( ) < > # * _ ~`` have a meaning
(mention and hashtag templates); LinkedIn silently cuts the text at the first unescaped one. The
adapter publishes ``linkedin_escape(text)``, and the 3000-character limit applies to that.
"""

from __future__ import annotations

import re

RESERVED_CHARACTERS = "\\|{}@[]()<>#*_~"
_RESERVED = re.compile("[" + re.escape(RESERVED_CHARACTERS) + "]")


def linkedin_escape(text: str) -> str:
    """``text`` with a backslash before every reserved character (a backslash included)."""
    return _RESERVED.sub(lambda m: "\\" + m.group(0), text)


def escaped_extra_length(text: str) -> int:
    """How many characters escaping adds: one per reserved character."""
    return len(_RESERVED.findall(text))
