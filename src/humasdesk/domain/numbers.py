"""Numbers as the user's language writes them: 1,234.5 in English, 1.234,5 in Indonesian."""

from __future__ import annotations

from .i18n import current_language


def format_number(value: float, digits: int = 0, language: str | None = None) -> str:
    text = f"{value:,.{digits}f}"
    if (language or current_language()) == "id":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def format_signed(value: int, language: str | None = None) -> str:
    """"+42", "-20", "0": a change."""
    return ("+" if value > 0 else "") + format_number(value, 0, language)
