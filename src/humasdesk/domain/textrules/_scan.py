"""Fast scanning for patterns whose every match holds one of a few sign characters."""

from __future__ import annotations


def scan_from_signs(pattern, text: str, signs: str, max_lookbehind: int):
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match holds one of
    ``signs`` at most ``max_lookbehind`` characters after the match start. Searching only near
    each sign gives the same leftmost, non-overlapping matches without scanning every position."""
    position = 0
    next_sign = _NextSign(text, signs)
    while True:
        sign = next_sign.at_or_after(position)
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
    next_sign = _NextSign(text, signs)
    while True:
        sign = next_sign.at_or_after(position)
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


class _NextSign:
    """Where the next of several sign characters is, from a position that only moves forward.
    Each sign's next place is remembered, so a sign that is rare or absent is looked for once,
    not again from every position (which made a text full of "#" and without "＃" quadratic)."""

    def __init__(self, text: str, signs: str):
        self.text = text
        self.next = {sign: -2 for sign in signs}  # -2: not looked for yet; -1: none left

    def at_or_after(self, position: int) -> int:
        found = -1
        for sign, place in self.next.items():
            if place == -2 or 0 <= place < position:
                place = self.text.find(sign, position)
                self.next[sign] = place
            if place >= 0 and (found < 0 or place < found):
                found = place
        return found
