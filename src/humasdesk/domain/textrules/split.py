"""Split a long text into a thread of parts that each fit the platform.

Parts break at a blank line (paragraph) where one fits, else at the end of a sentence or a line,
else between words; only a single word longer than a whole part is broken, and then between
grapheme clusters. A URL, mention or hashtag (as the platform itself detects them) is never
broken, and nor is a grapheme cluster. No-break spaces are kept unless the words they join do not
fit in one part. With numbering, " 1/3" is appended to every part and counted in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .measure import measure, resolve_limits
from .model import LENGTH_PROBLEMS, Measurement
from .units import grapheme_ends

WORD, SENTENCE, PARAGRAPH = 1, 2, 3

# White space a part may end at. No-break spaces (U+00A0, U+2007, U+202F) are left out: they
# are there to keep two words together.
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
_NO_BREAK_SPACE = re.compile(r"[\u00a0\u2007\u202f]+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\Z")


@dataclass(frozen=True)
class _Break:
    """White space at which a part can end (at ``start``) and the next begin (at ``end``)."""

    start: int
    end: int
    level: int


def split(text: str, platform: str, numbering: bool = False, limits=None) -> list[str]:
    """Split ``text`` into parts that each fit ``platform`` (see the module docstring).

    A text that fits is returned whole, as one part, without numbering. ``numbering`` adds
    " i/n" to every part. A single URL, mention or hashtag that alone does not fit stays whole
    in its own part, which is then still too long; so does a text whose problem splitting cannot
    cure (an invalid character).
    """
    limits = resolve_limits(platform, limits)
    whole = measure(text, platform, limits)
    if not _has_length_problem(whole):
        return [text]
    splitter = _Splitter(text, platform, limits, whole)
    if not numbering:
        return splitter.parts("")
    digits = 1
    while True:
        widest = " " + "9" * digits + "/" + "9" * digits
        parts = splitter.parts(widest)
        if len(str(len(parts))) <= digits:
            total = len(parts)
            return [f"{part} {number}/{total}" for number, part in enumerate(parts, 1)]
        digits += 1


def _has_length_problem(measurement: Measurement) -> bool:
    return any(problem.code in LENGTH_PROBLEMS for problem in measurement.problems)


class _Splitter:
    def __init__(self, text: str, platform: str, limits, whole: Measurement):
        self.text = text
        self.platform = platform
        self.limits = limits
        self.protected = sorted((e.start, e.end) for e in whole.urls + whole.mentions
                                + whole.hashtags)
        self.breaks = [self._classify(m.start(), m.end())
                       for m in _BREAKABLE_SPACE.finditer(text)]
        self.cluster_ends = grapheme_ends(text)

    def _classify(self, start: int, end: int) -> _Break:
        space = self.text[start:end]
        if space.count("\n") >= 2:
            return _Break(start, end, PARAGRAPH)
        if "\n" in space or _SENTENCE_END.search(self.text, 0, start):
            return _Break(start, end, SENTENCE)
        return _Break(start, end, WORD)

    def fits(self, start: int, end: int, suffix: str) -> bool:
        chunk = self.text[start:end] + suffix
        return not _has_length_problem(measure(chunk, self.platform, self.limits))

    def parts(self, suffix: str) -> list[str]:
        text = self.text
        parts = []
        position = self._skip_space(0)
        while position < len(text):
            if self.fits(position, len(text.rstrip()), suffix):
                parts.append(text[position:].rstrip())
                break
            end, next_start = self._part_end(position, suffix)
            parts.append(text[position:end])
            position = self._skip_space(next_start)
        return parts

    def _skip_space(self, position: int) -> int:
        while position < len(self.text) and self.text[position].isspace():
            position += 1
        return position

    def _part_end(self, position: int, suffix: str) -> tuple[int, int]:
        """Where the part that begins at ``position`` ends, and where the next one begins."""
        candidates = [b for b in self.breaks if b.start > position]
        furthest = self._furthest_fitting(position, [b.start for b in candidates], suffix)
        if furthest is not None:
            fitting = candidates[:furthest + 1]
            for level in (PARAGRAPH, SENTENCE):
                chosen = [b for b in fitting if b.level == level]
                if chosen:
                    return chosen[-1].start, chosen[-1].end
            return fitting[-1].start, fitting[-1].end
        word_end = candidates[0].start if candidates else len(self.text)
        # Not even the first word fits. Words joined by no-break spaces come apart there first.
        joined = [m for m in _NO_BREAK_SPACE.finditer(self.text, position, word_end)
                  if m.start() > position]
        index = self._furthest_fitting(position, [m.start() for m in joined], suffix)
        if index is not None:
            return joined[index].start(), joined[index].end()
        # Else break the word between grapheme clusters, outside URLs, mentions and hashtags.
        inside = [end for end in self.cluster_ends
                  if position < end < word_end and not self._is_protected(end)]
        index = self._furthest_fitting(position, inside, suffix)
        if index is not None:
            return inside[index], inside[index]
        # Even the first cluster or entity does not fit: it goes alone, whole, into a part.
        first = next((end for end in inside), word_end)
        return first, first

    def _furthest_fitting(self, position: int, ends: list[int], suffix: str) -> int | None:
        """Index in ``ends`` of the furthest end for which the part from ``position`` fits.

        A longer part practically never measures shorter, so a binary search finds it. Every
        answer it gives has been measured and fits."""
        low, high = 0, len(ends) - 1
        found = None
        while low <= high:
            middle = (low + high) // 2
            if self.fits(position, ends[middle], suffix):
                found, low = middle, middle + 1
            else:
                high = middle - 1
        return found

    def _is_protected(self, index: int) -> bool:
        return any(start < index < end for start, end in self.protected)
