"""Posters and photos made for the picture tests and bench/media.py: a PNG poster with
Indonesian text in a real font, and a photo (a real one shipped with scikit-image), sharp or
shaken."""

from __future__ import annotations

from pathlib import Path

# fonts-noto-core is one of the app's Debian packages (packaging/debian-packages.txt).
FONTS = {"bold": ["/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
         "regular": ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]}

# What the poster says, top to bottom: the reading order the description must keep.
POSTER_LINES = [("bold", 120, "DONOR DARAH"),
                ("regular", 64, "Sabtu, 14 Desember 2026"),
                ("regular", 64, "Lobi utama rumah sakit"),
                ("regular", 44, "Pendaftaran gratis untuk umum")]


def font(weight: str, size: int):
    from PIL import ImageFont

    for path in FONTS[weight]:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def poster(path: Path, lines=POSTER_LINES, size=(1240, 1754)) -> Path:
    """An A-series poster (about A5 at 150 dpi) with the lines well apart, on a tinted paper."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "#fdf6e3")
    draw = ImageDraw.Draw(image)
    top = 120
    for weight, points, text in lines:
        draw.text((90, top), text, font=font(weight, points), fill="#202020")
        top += int(points * 2.2)
    draw.rectangle((60, top + 40, size[0] - 60, size[1] - 120), outline="#b00000", width=6)
    image.save(path)
    return path


def photo(path: Path, shaken: bool = False, side: int = 2048) -> Path:
    """scikit-image's astronaut portrait (public domain, shipped in the wheel) as a JPEG;
    ``shaken`` smears it sideways as a camera moved during the exposure would."""
    import numpy
    from PIL import Image
    from skimage import data

    picture = Image.fromarray(data.astronaut()).resize((side, side), Image.Resampling.LANCZOS)
    if shaken:
        import cv2

        kernel = numpy.zeros((41, 41), dtype=numpy.float32)
        kernel[20, :] = 1 / 41
        picture = Image.fromarray(cv2.filter2D(numpy.asarray(picture), -1, kernel))
    picture.save(path, quality=90)
    return path
