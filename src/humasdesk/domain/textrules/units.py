"""Counting units: grapheme clusters, UTF-16 code units, UTF-8 bytes, and the NFC index map.

All indices are Python ``str`` indices (code points); ends are exclusive.
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Extended grapheme clusters as the `regex` package defines them (Unicode 17 rules, including
# the Indic conjunct rule of Unicode 15.1 that Bluesky's length vectors need).
GRAPHEME = regex.compile(r"\X")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Between two characters of these Grapheme_Cluster_Break classes there is always a boundary
# (rule GB999, or GB4/GB5 for controls): no joining rule applies to either.
_NEVER_JOINS = regex.compile(
    r"[\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}]", regex.VERSION0)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (most emoji) count 2."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def utf8_offset(text: str, index: int) -> int:
    """The UTF-8 byte offset of ``str`` index ``index`` (for many indices, ``utf8_offsets``)."""
    return index if text.isascii() else len(text[:index].encode("utf-8"))


def utf8_offsets(text: str, indices) -> dict[int, int]:
    """The UTF-8 byte offset of each ``str`` index in ``indices``, in one pass over the text
    (``utf8_offset`` for each of n facets would encode the text up to each: quadratic)."""
    if text.isascii():
        return {index: index for index in indices}
    offsets = {}
    position = size = 0
    for index in sorted(set(indices)):
        size += utf8_length(text[position:index])
        position = index
        offsets[index] = size
    return offsets


# Between two ASCII characters there is always a grapheme cluster boundary, except inside
# "\r\n". So only "islands" of non-ASCII text, widened by one ASCII neighbour on each side (which
# a combining mark or a prepended character may join), need the slow Unicode segmentation. The
# composer recounts on every key press, and most text here is ASCII.


def _islands(text: str):
    """(low, high) spans holding every non-ASCII character plus one ASCII neighbour each side,
    merged where they overlap, so both ends of a span are cluster boundaries."""
    length = len(text)
    current: list[int] | None = None
    for run in _NON_ASCII_RUN.finditer(text):
        low, high = _crlf_safe(text, max(run.start() - 1, 0), min(run.end() + 1, length))
        if current is not None and low < current[1]:
            current[1] = high
            continue
        if current is not None:
            yield current[0], current[1]
        current = [low, high]
    if current is not None:
        yield current[0], current[1]


def _crlf_safe(text: str, low: int, high: int) -> tuple[int, int]:
    if low > 0 and text[low - 1] == "\r" and text[low] == "\n":
        low -= 1
    if high < len(text) and text[high - 1] == "\r" and text[high] == "\n":
        high += 1
    return low, high


def _ascii_cluster_count(text: str, start: int, end: int) -> int:
    return (end - start) - text.count("\r\n", start, end)


def _ascii_cluster_ends(text: str, start: int, end: int):
    if text.find("\r\n", start, end) < 0:
        return range(start + 1, end + 1)
    return [i for i in range(start + 1, end + 1) if not (text[i - 1] == "\r" and i < end
                                                          and text[i] == "\n")]


def grapheme_count(text: str) -> int:
    """Number of extended grapheme clusters (user-perceived characters)."""
    if text.isascii():
        return _ascii_cluster_count(text, 0, len(text))
    total = 0
    position = 0
    for low, high in _islands(text):
        total += _ascii_cluster_count(text, position, low)
        total += len(GRAPHEME.findall(text, low, high))
        position = high
    return total + _ascii_cluster_count(text, position, len(text))


def iter_grapheme_ends(text: str):
    """The end index of every grapheme cluster, in order, computed as they are asked for."""
    if text.isascii():
        yield from _ascii_cluster_ends(text, 0, len(text))
        return
    position = 0
    for low, high in _islands(text):
        yield from _ascii_cluster_ends(text, position, low)
        for cluster in GRAPHEME.finditer(text, low, high):
            yield cluster.end()
        position = high
    yield from _ascii_cluster_ends(text, position, len(text))


def grapheme_ends(text: str) -> list[int]:
    """The end index of every grapheme cluster, in order (the last one is ``len(text)``)."""
    return list(iter_grapheme_ends(text))


def overflow_index(text: str, limit: int, weigh=None) -> int:
    """The start of the first grapheme cluster at which the running total of cluster weights
    passes ``limit`` (``len(text)`` if it never does). A cluster of ASCII weighs 1; ``weigh``
    gives the weight of any other cluster (1 if not given)."""
    running = 0
    position = 0

    def in_ascii(start: int, end: int) -> int | None:
        nonlocal running
        count = _ascii_cluster_count(text, start, end)
        if running + count <= limit:
            running += count
            return None
        cluster_start_index = start
        for cluster_end in _ascii_cluster_ends(text, start, end):
            running += 1
            if running > limit:
                return cluster_start_index
            cluster_start_index = cluster_end
        return None  # not reached: the count said the limit is passed here

    for low, high in ([] if text.isascii() else _islands(text)):
        found = in_ascii(position, low)
        if found is not None:
            return found
        for cluster in GRAPHEME.finditer(text, low, high):
            running += 1 if weigh is None or cluster.group().isascii() else weigh(cluster.group())
            if running > limit:
                return cluster.start()
        position = high
    found = in_ascii(position, len(text))
    return len(text) if found is None else found


def nth_grapheme_end(text: str, count: int) -> int:
    """The index where the first ``count`` grapheme clusters end (``len(text)`` if fewer)."""
    return overflow_index(text, max(count, 0))


def cluster_start(text: str, index: int) -> int:
    """The start of the grapheme cluster that holds ``index``, so a span never splits one."""
    if index <= 0 or index >= len(text):
        return max(0, min(index, len(text)))
    # Step back to a position that is surely a boundary, then segment forwards from there.
    safe = index
    while safe > 0 and not _surely_a_boundary(text, safe):
        safe -= 1
    if safe == index:
        return index
    start = safe
    for cluster in GRAPHEME.finditer(text, safe):
        if cluster.end() > index:
            return start
        start = cluster.end()
    return start


def _surely_a_boundary(text: str, index: int) -> bool:
    before, after = text[index - 1], text[index]
    if before.isascii() and after.isascii():
        return not (before == "\r" and after == "\n")
    return bool(_NEVER_JOINS.match(before) and _NEVER_JOINS.match(after))


def clusters_matching(text: str, pattern) -> list[str]:
    """The grapheme clusters of ``text`` that contain a match of ``pattern`` (a compiled pattern
    that only matches non-ASCII characters)."""
    if not pattern.search(text):
        return []
    found = []
    for low, high in _islands(text):
        for cluster in GRAPHEME.finditer(text, low, high):
            if pattern.search(cluster.group()):
                found.append(cluster.group())
    return found


class NfcText:
    """A text in Unicode NFC (what X counts) and the way back to indices in the original.

    X normalises to NFC before counting, so "e" + combining acute counts as one character; the
    problems we report must still point into the text the user typed.
    """

    __slots__ = ("original", "normalized", "_origin")

    def __init__(self, original: str):
        self.original = original
        if unicodedata.is_normalized("NFC", original):
            self.normalized = original
            self._origin: list[int] | None = None
            return
        # NFC never composes across grapheme clusters (the characters it composes with a
        # preceding one are all grapheme extenders), so normalising cluster by cluster gives the
        # same text and tells where each normalised character came from.
        pieces: list[str] = []
        origin: list[int] = []
        for cluster in GRAPHEME.finditer(original):
            piece = unicodedata.normalize("NFC", cluster.group())
            pieces.append(piece)
            origin.extend([cluster.start()] * len(piece))
        normalized = "".join(pieces)
        if normalized != unicodedata.normalize("NFC", original):  # not expected; be safe
            normalized = unicodedata.normalize("NFC", original)
            origin = [min(i, len(original)) for i in range(len(normalized))]
        self.normalized = normalized
        self._origin = origin

    def to_original(self, index: int) -> int:
        """The original index of normalised index ``index`` (a start, or an exclusive end)."""
        if self._origin is None:
            return index
        if index >= len(self._origin):
            return len(self.original)
        return self._origin[index]
