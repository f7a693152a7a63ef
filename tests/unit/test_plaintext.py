"""Text at the edge: invisible texts, byte-order marks, UTF-8 decoding, terminal safety."""

import pytest

from humasdesk.domain.errors import UserInputError
from humasdesk.domain.plaintext import (
    decode_utf8,
    has_visible_text,
    one_line,
    terminal_safe,
    without_bom,
)


@pytest.mark.parametrize("text", [
    "", " ", "\n\t\r", "\ufeff", "\u200b", "\u2060", "\u200b\u200c\u200d\u2060\ufeff",
    "\u00ad", "\u180e", "\u2028\u2029", "\u3000\u00a0\u202f", "\u202e\u2066\u2069",
    "\u3164", "\u115f\u1160\uffa0", "\u2800", "\u034f", "\ufe0f", "\u0301", "\U000e0041",
    "\x00\x1b\x7f\x85",
])
def test_invisible_texts(text):
    assert not has_visible_text(text)


@pytest.mark.parametrize("text", [
    "a", " .", "\u200b9", "✅", "👍🏽", "中", "ك", "\ue000", "#", "\u200b\u00e9\u200b", "e\u0301",
])
def test_visible_texts(text):
    assert has_visible_text(text)


def test_a_leading_bom_is_dropped_and_nothing_else():
    assert without_bom("\ufeffHalo\ufeff") == "Halo\ufeff"
    assert without_bom("Halo") == "Halo"
    assert decode_utf8(b"\xef\xbb\xbfHalo", "x") == "Halo"


def test_invalid_utf8_says_where():
    with pytest.raises(UserInputError) as caught:
        decode_utf8("satu\ndua ✅\ntiga".encode() + b"\xff", "The file a.txt")
    assert str(caught.value) == ("The file a.txt is not UTF-8 text: byte 0xFF at line 3, byte 5 "
                                 "of the line, cannot be read.")
    with pytest.raises(UserInputError, match="byte 0xED at line 1, byte 1"):
        decode_utf8(b"\xed\xa0\x80", "x")  # an encoded surrogate is not UTF-8 either


@pytest.mark.parametrize("hostile, shown", [
    ("\x1b]0;new title\x07Halo", "Halo"),  # window title (OSC ... BEL)
    ("\x1b]8;;https://evil.test\x1b\\link\x1b]8;;\x1b\\", "link"),  # hyperlink (OSC ... ST)
    ("\x1b[2J\x1b[H\x1b[31;1mred\x1b[0m", "red"),  # clear screen, cursor home, colours (CSI)
    ("\x9b2J\x9d0;title\x9cok", "ok"),  # the 8-bit forms
    ("\x1bPq#0;2;0;0;0\x1b\\x", "x"),  # DCS (sixel)
    ("\x1b(0lqk\x1b(B", "lqk"),  # character set switch
    ("\x1bc\x1b7\x1b8", ""),  # reset, save and restore cursor
    ("abc\rPublished", "abcPublished"),  # carriage return overwrites the line
    ("a\x08\x08b\x00c\x7fd", "abcd"),  # backspace, NUL, DEL
    ("ok \u202eevil\u202c \u2066x\u2069", "ok evil x"),  # bidi overrides and isolates
    ("unfinished \x1b[", "unfinished "),
    ("lone \x1b", "lone "),
    ("baris\nkedua\ttab", "baris\nkedua\ttab"),  # line feed and tab stay
    ("Halo ✅ \u200f\u05d0", "Halo ✅ \u200f\u05d0"),  # ordinary text and RLM stay
])
def test_terminal_safe_removes_control_sequences(hostile, shown):
    assert terminal_safe(hostile) == shown


def test_one_line_makes_every_line_break_a_space():
    assert one_line("a\nb\r\nc\rd\x0be\x0cf\x85g\u2028h\u2029i\x1c") == "a b c d e f g h i "
    assert one_line("Lama\r\nPublished\x1b[2J") == "Lama Published"


def test_terminal_safe_is_linear():
    """A regular expression with nested quantifiers could backtrack on unfinished sequences."""
    import time

    hostile = ("\x1b[" + "1;" * 50_000 + "\x1b]" + "x" * 100_000) * 2
    started = time.perf_counter()
    terminal_safe(hostile)
    assert time.perf_counter() - started < 2
