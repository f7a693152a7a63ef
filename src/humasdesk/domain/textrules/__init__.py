"""Per-platform text rules: exact length, problems, entities and thread splitting.

The composer, the CLI and the adapters call::

    measure(text, platform, limits=None) -> Measurement
    split(text, platform, numbering=False, limits=None) -> list[str]
    linkedin_escape(text) -> str

``platform`` is one of :data:`PLATFORMS`; ``limits`` is that platform's limits class (for a
server or tier that differs from the defaults). Every ``start``/``end`` in a result is a Python
``str`` index into the measured text, end exclusive; Bluesky facets use UTF-8 byte offsets, end
exclusive, as the atproto lexicon does.

Pure code: no I/O, no Qt, nothing from the project outside ``humasdesk.domain``.
"""

from .limits import (
    DEFAULT_LIMITS,
    BlueskyLimits,
    FacebookLimits,
    InstagramLimits,
    LinkedInLimits,
    MastodonLimits,
    NoLimits,
    TelegramCaptionLimits,
    TelegramLimits,
    ThreadsLimits,
    XLimits,
)
from .linkedin import linkedin_escape
from .measure import PLATFORMS, UnknownPlatform, measure, resolve_limits
from .model import (
    EMPTY,
    INVALID_CHARACTER,
    LENGTH_PROBLEMS,
    PROBLEM_CODES,
    TOO_LONG,
    TOO_MANY_BYTES,
    TOO_MANY_HASHTAGS,
    TOO_MANY_LINKS,
    TOO_MANY_MENTIONS,
    Entity,
    Measurement,
    Problem,
)
from .split import split

__all__ = [
    "DEFAULT_LIMITS", "PLATFORMS", "BlueskyLimits", "FacebookLimits", "InstagramLimits",
    "LinkedInLimits", "MastodonLimits", "NoLimits", "TelegramCaptionLimits", "TelegramLimits",
    "ThreadsLimits", "XLimits", "Entity", "Measurement", "Problem", "UnknownPlatform",
    "measure", "split", "linkedin_escape", "resolve_limits", "EMPTY", "INVALID_CHARACTER",
    "LENGTH_PROBLEMS", "PROBLEM_CODES", "TOO_LONG", "TOO_MANY_BYTES", "TOO_MANY_HASHTAGS",
    "TOO_MANY_LINKS", "TOO_MANY_MENTIONS",
]
