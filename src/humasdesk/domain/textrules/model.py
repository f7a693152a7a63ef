"""The results of measuring a text: entities, problems and the measurement itself.

Every ``start``/``end`` here is a Python ``str`` index into the text that was measured (code
points, not bytes or UTF-16 units), ``start`` inclusive and ``end`` exclusive, so
``text[start:end]`` is exactly the span. Bluesky facets are the exception, on purpose: their
``byteStart``/``byteEnd`` are UTF-8 byte offsets, as the atproto lexicon defines them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """A URL, mention or hashtag found in the text.

    ``text`` is how it stands in the text (``text == measured[start:end]``); ``value`` is the
    normalised form: the link target for a URL (Bluesky adds ``https://`` to a bare domain), the
    user name or handle without ``@`` for a mention, the tag without ``#`` for a hashtag.
    ``start``/``end``: ``str`` indices, end exclusive.
    """

    kind: str  # "url", "mention", "hashtag" (also "emoji" inside the X counter)
    text: str
    value: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Problem:
    """Why the platform would reject or cut the text.

    ``code`` is stable for programs (see :data:`PROBLEM_CODES`); ``message`` is a full sentence
    in the user's language, meant to be read aloud. ``start``/``end`` are ``str`` indices of the
    part of the text the problem is about (for "too long": the part past the limit), end
    exclusive.
    """

    code: str
    message: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}


# Problem codes. The "length" ones can be cured by splitting the text into a thread.
TOO_LONG = "too_long"
TOO_MANY_BYTES = "too_many_bytes"
TOO_MANY_LINKS = "too_many_links"
TOO_MANY_HASHTAGS = "too_many_hashtags"
TOO_MANY_MENTIONS = "too_many_mentions"
INVALID_CHARACTER = "invalid_character"
EMPTY = "empty"
LENGTH_PROBLEMS = frozenset(
    {TOO_LONG, TOO_MANY_BYTES, TOO_MANY_LINKS, TOO_MANY_HASHTAGS, TOO_MANY_MENTIONS})
PROBLEM_CODES = LENGTH_PROBLEMS | {INVALID_CHARACTER, EMPTY}


@dataclass(frozen=True)
class Measurement:
    """A text measured against one platform's rules.

    ``length`` is in the platform's own ``unit`` (see :data:`UNITS`); ``limit`` and
    ``remaining`` are ``None`` where the platform has no limit. ``valid`` is true exactly when
    ``problems`` is empty. ``facets`` is set for Bluesky only: a list of
    ``app.bsky.richtext.facet`` objects (``index.byteStart``/``byteEnd`` in UTF-8 bytes, end
    exclusive); a mention feature carries ``did: None`` and the ``handle``, for the adapter to
    resolve.
    """

    platform: str
    unit: str
    length: int
    limit: int | None
    remaining: int | None
    valid: bool
    problems: list[Problem] = field(default_factory=list)
    urls: list[Entity] = field(default_factory=list)
    mentions: list[Entity] = field(default_factory=list)
    hashtags: list[Entity] = field(default_factory=list)
    facets: list[dict] | None = None

    def to_json(self) -> dict:
        """The CLI's JSON shape (``facets`` only for Bluesky)."""
        result = {
            "platform": self.platform,
            "length": self.length,
            "limit": self.limit,
            "remaining": self.remaining,
            "valid": self.valid,
            "unit": self.unit,
            "problems": [p.to_json() for p in self.problems],
            "urls": [e.to_json() for e in self.urls],
            "mentions": [e.to_json() for e in self.mentions],
            "hashtags": [e.to_json() for e in self.hashtags],
        }
        if self.facets is not None:
            result["facets"] = self.facets
        return result


# Units of Measurement.length.
X_WEIGHTED = "x_weighted"  # twitter-text weighted characters (most letters 1, CJK and emoji 2)
GRAPHEMES = "graphemes"  # user-perceived characters (extended grapheme clusters)
UTF16 = "utf16"  # UTF-16 code units (an emoji outside the BMP counts 2)
THREADS_CHARACTERS = "threads_characters"  # graphemes, emoji counted as their UTF-8 bytes
UNITS = (X_WEIGHTED, GRAPHEMES, UTF16, THREADS_CHARACTERS)
