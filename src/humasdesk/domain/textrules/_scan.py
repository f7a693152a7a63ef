"""Fast scanning for patterns whose every match holds one of a few sign characters."""

from __future__ import annotations


def scan_from_signs(pattern, text: str, signs: str, max_lookbehind: int):
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match holds one of
    ``signs`` at most ``max_lookbehind`` characters after the match start. Searching only near
    each sign gives the same leftmost, non-overlapping matches without scanning every position."""
    position = 0
    while True:
        sign = min((i for i in (text.find(c, position) for c in signs) if i >= 0), default=-1)
        if sign < 0:
            return
        m = pattern.search(text, max(position, sign - max_lookbehind))
        if m is None:
            return
        yield m
        position = m.end()


def runs_with(text: str, signs: str, spaces: frozenset[str]):
    """``(start, end)`` of every maximal stretch of characters outside ``spaces`` that holds one
    of ``signs``, in order. Links hold no white space and always a "." (or ":"), so URL patterns
    only need to run over these stretches."""
    position = 0
    length = len(text)
    while True:
        sign = min((i for i in (text.find(c, position) for c in signs) if i >= 0), default=-1)
        if sign < 0:
            return
        start = sign
        while start > position and text[start - 1] not in spaces:
            start -= 1
        end = sign + 1
        while end < length and text[end] not in spaces:
            end += 1
        yield start, end
        position = end
