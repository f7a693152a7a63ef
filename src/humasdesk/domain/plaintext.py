"""Checks on text as it arrives and as it leaves for a terminal, shared by every front end.

- ``decode_utf8``: bytes from a file, standard input or the command line become text, or a
  translated ``UserInputError`` that says where the first bad byte is.
- ``without_bom`` and ``has_visible_text``: a byte-order mark at the start of a file is not part
  of the post, and a text of only invisible characters (spaces, U+200B, U+2060, a BOM, other
  format or control characters) is no post at all.
- ``terminal_safe`` and ``one_line``: text that came from a user or a server, made harmless for a
  terminal (no escape sequences, controls or bidirectional overrides that could retitle the
  window, clear the screen or fake a line of HumasDesk's own output).

Pure code: no I/O.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import UserInputError
from .i18n import translate

BOM = "\ufeff"

# Letters, numbers, punctuation, symbols and private-use characters show something; marks only
# together with a base character. These few letters and symbols are drawn as nothing at all.
_VISIBLE_CATEGORIES = frozenset("LNPS")
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")  # Hangul fillers, braille blank


def _shows_something(char: str) -> bool:
    category = unicodedata.category(char)
    return (category[0] in _VISIBLE_CATEGORIES or category == "Co") and \
        char not in _BLANK_GLYPHS


def has_visible_text(text: str) -> bool:
    """True when ``text`` has at least one character that is drawn (not only white space,
    zero-width, format, control or combining characters). Stops at the first one found, so it is
    linear in the length and fast for an ordinary text."""
    return any(_shows_something(char) for char in text)


def without_bom(text: str) -> str:
    """The text without a byte-order mark at its start (editors on Windows write one)."""
    return text[1:] if text.startswith(BOM) else text


def decode_utf8(raw: bytes, source: str) -> str:
    """``raw`` as UTF-8 text without a leading BOM; ``source`` names where it came from, already
    translated ("standard input", "the file report.txt"), for the message."""
    try:
        return without_bom(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise UserInputError(translate(
            "Text", "{source} is not UTF-8 text: byte 0x{byte} at line {line}, byte {column} "
            "of the line, cannot be read.").format(
            source=source, byte=f"{raw[exc.start]:02X}", line=line, column=column)) from None


# -- terminal output -------------------------------------------------------------------------

# ESC sequences (CSI with its parameters, OSC/DCS/APC/PM/SOS strings up to their end, and the
# two-character ones), the 8-bit CSI/OSC forms, and then any lone C0/C1 control left over.
_SEQUENCE = re.compile(
    r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC strings
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"  # other ESC sequences (charset, keypad, reset...)
    r"|\x9b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"  # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit string controls
)
# Controls other than tab and line feed; carriage return too (it overwrites the line); DEL; C1;
# and the bidirectional embeddings, overrides and isolates, which can reorder what follows them
# on the line. Left-to-right and right-to-left marks stay: they only nudge neutral characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def terminal_safe(text: str) -> str:
    """``text`` without terminal control sequences, controls (line feed and tab stay) and
    bidirectional overrides, so printing it cannot change the terminal or what it shows."""
    if text.isascii() and text.isprintable():
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text.replace("\r\n", "\n")))


def one_line(text: str) -> str:
    """``text`` on one line (every kind of line break becomes a space), terminal-safe: for a
    name or a first line shown in a list."""
    return terminal_safe(_LINE_BREAKS.sub(" ", text))
