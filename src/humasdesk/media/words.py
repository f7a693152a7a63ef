"""Hearing a picture: the words printed on it, and whether the photo is sharp.

- Words: offline OCR by Debian's ``tesseract-ocr`` with its Indonesian and English data, through
  pytesseract. pytesseract runs the ``tesseract`` program the system installed, so the app uses
  exactly the engine and language data Debian ships and keeps up to date, and nothing is
  compiled against libtesseract (tesserocr's wheels bundle their own engine and data path, or
  need a build against the headers). Tesseract's layout analysis gives blocks, paragraphs and
  lines in reading order; the words are kept in that order, line by line.
- Sharpness: the variance of the Laplacian of the grey picture, scaled to a common size: a
  shaken photo has soft edges everywhere and scores low. Flat pictures (a plain colour, a
  logo) have few edges too; they are not called blurry when they have next to no detail at all.

No Qt here: the window calls this off the GUI thread, the command line directly.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import translate

# Tesseract reads small print best at about 300 dpi: a picture narrower than this is enlarged,
# and one wider than ``OCR_LARGEST`` shrunk (a 12-megapixel photo would take many seconds).
OCR_SMALLEST = 1600
OCR_LARGEST = 3000
OCR_TIMEOUT = 60  # seconds: a huge or pathological picture stops rather than hangs
MIN_WORD_CONFIDENCE = 45  # tesseract's 0-100: below this a "word" is usually noise
TESSERACT_LANGUAGES = {"id": "ind+eng", "en": "eng+ind"}

# Sharpness: the picture is scaled to this longest side before measuring, so the score does not
# depend on how many pixels the camera had.
SHARPNESS_SIDE = 800
BLURRY_BELOW = 60.0  # Laplacian variance; sharp phone photos score in the hundreds
FLAT_BELOW = 15.0  # the grey values barely vary: nothing to be blurry (a plain card)

# The sentence that frames the words in the proposed description, in the language of the
# words themselves (it goes out with the post, whatever language the window speaks).
FRAMES = {
    "id": "Gambar bertuliskan: {text}",
    "en": "Image with the text: {text}",
}


class DescribeError(Exception):
    """The picture cannot be read, or the text recognition is missing; for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Reading:
    text: str  # the words found, line by line, in reading order
    alt_text: str  # the proposed description ("" when no words were found)
    language: str  # the language of the words ("id", "en" or another code)


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _open(path: Path, draft_side: int | None = None):
    from PIL import Image, ImageOps, UnidentifiedImageError

    from .fit import register_formats

    register_formats()
    try:
        with Image.open(path) as image:
            image.seek(0)  # an animated GIF: its first picture
            if draft_side and image.format == "JPEG":
                # Decoded at 1/2 to 1/8 of its size straight from the JPEG: a 12-megapixel
                # photo is checked in a few hundredths of a second.
                image.draft("L", (draft_side, draft_side))
            upright = ImageOps.exif_transpose(image)
            return upright.convert("L")
    except FileNotFoundError:
        raise DescribeError(translate("Media", "There is no picture at {path}.").format(
            path=path)) from None
    except IsADirectoryError:
        raise DescribeError(translate("Media", "{path} is a folder, not a picture.").format(
            path=path)) from None
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise DescribeError(translate(
            "Media", "{name} is not a picture HumasDesk can read ({reason}).").format(
                name=path.name, reason=getattr(exc, "strerror", None) or exc)) from None


def read_words(path: Path | str, language: str | None = None) -> str:
    """The words on the picture, line by line in reading order ("" when there are none).
    ``language`` ("id" or "en") is the language expected first; Indonesian otherwise (the
    other is always tried too)."""
    path = Path(path)
    grey = _open(path)
    if not tesseract_available():
        raise DescribeError(translate(
            "Media", "Text recognition is not installed. Install the Debian packages "
            "tesseract-ocr, tesseract-ocr-ind and tesseract-ocr-eng."))
    import pytesseract
    from PIL import Image

    longest = max(grey.size)
    if longest < OCR_SMALLEST or longest > OCR_LARGEST:
        scale = (OCR_SMALLEST if longest < OCR_SMALLEST else OCR_LARGEST) / longest
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))),
                           Image.Resampling.LANCZOS)
    try:
        data = pytesseract.image_to_data(
            grey, lang=TESSERACT_LANGUAGES.get(language or "id"), timeout=OCR_TIMEOUT,
            output_type=pytesseract.Output.DICT)
    except RuntimeError:  # pytesseract's timeout
        raise DescribeError(translate(
            "Media", "Reading the words in {name} took too long and was stopped.").format(
                name=path.name)) from None
    except pytesseract.TesseractError as exc:
        raise DescribeError(translate(
            "Media", "Text recognition could not read {name}: {reason}").format(
                name=path.name, reason=str(exc.message).strip()[:200])) from None
    return _in_reading_order(data)


def _in_reading_order(data: dict) -> str:
    """Tesseract's words line by line, in its reading order (block, paragraph, line); words it
    is unsure of and marks without a letter or digit are left out."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    for word, confidence, block, paragraph, line in zip(
            data["text"], data["conf"], data["block_num"], data["par_num"], data["line_num"],
            strict=True):
        word = word.strip()
        if not word or float(confidence) < MIN_WORD_CONFIDENCE:
            continue
        if not any(ch.isalnum() for ch in word):
            continue
        lines.setdefault((block, paragraph, line), []).append(word)
    return "\n".join(" ".join(words) for words in lines.values())


def propose(text: str, language: str) -> Reading:
    """The description proposed for ``text`` (the words, framed in ``language``, theirs)."""
    if not text:
        return Reading("", "", language)
    sentences = [line if line[-1] in ".!?:" else line + "." for line in text.splitlines()]
    frame = FRAMES.get(language, FRAMES["en"])
    return Reading(text, frame.format(text=" ".join(sentences)), language)


@dataclass(frozen=True)
class Sharpness:
    score: float  # variance of the Laplacian at SHARPNESS_SIDE
    blurry: bool


def sharpness(path: Path | str) -> Sharpness:
    """Whether the photo looks shaken or out of focus."""
    import cv2
    import numpy
    from PIL import Image

    grey = _open(Path(path), draft_side=SHARPNESS_SIDE)
    scale = SHARPNESS_SIDE / max(grey.size)
    if scale < 1:
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))),
                           Image.Resampling.BOX)
    pixels = numpy.asarray(grey, dtype=numpy.float64)
    score = float(cv2.Laplacian(pixels, cv2.CV_64F).var())
    flat = float(pixels.std()) < FLAT_BELOW
    return Sharpness(score, score < BLURRY_BELOW and not flat)


def blur_warning(name: str) -> str:
    return translate("Media", "{name} looks blurry: the camera may have moved. Readers may not "
                              "make it out. Attach it anyway, or choose a sharper photo.").format(
                                  name=name)
