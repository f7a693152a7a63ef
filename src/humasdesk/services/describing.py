"""Describe image: a description proposed from the words printed on a picture, framed in the
language of those words, and whether the photo looks blurry (media/words.py). Slow (OCR takes
a second or more): the window calls it off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from ..media.words import DescribeError, Reading, Sharpness, blur_warning, propose, read_words
from ..media.words import sharpness as picture_sharpness
from .post_language import detect_language

__all__ = ["DescribeError", "Reading", "Sharpness", "blur_warning", "describe_picture",
           "picture_sharpness"]


def describe_picture(path: Path | str, language: str | None = None) -> Reading:
    """The words on the picture and the description proposed from them. ``language`` ("id" or
    "en") is that of the words; without it, found from the words themselves."""
    text = read_words(path, language)
    return propose(text, language or detect_language(text))
