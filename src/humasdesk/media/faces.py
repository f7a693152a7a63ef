"""Faces in a photo, found offline (OpenCV's bundled Haar cascade for frontal faces), and a
copy with chosen faces blurred beyond recognition. A hospital posts photos of wards: before a
photo with faces first goes out, he is asked whether patients can be recognised."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import translate
from .fit import FitError, register_formats

DETECT_SIDE = 1280  # faces are looked for on a copy this large (faster; small faces still found)
MIN_FACE = 24  # pixels on that copy
BLOCKS_ACROSS = 6
MARGIN = 0.2  # the blurred area reaches this far beyond the detector's box (hair, ears, chin)


@dataclass(frozen=True)
class Face:
    """A face's box in the upright picture, in pixels."""

    x: int
    y: int
    width: int
    height: int

    def side(self, picture_width: int) -> str:
        """Where it is, in words: left side, middle or right side."""
        centre = (self.x + self.width / 2) / picture_width
        if centre < 1 / 3:
            return translate("Media", "left side")
        if centre > 2 / 3:
            return translate("Media", "right side")
        return translate("Media", "middle")


def _upright(path: Path):
    from PIL import Image, ImageOps, UnidentifiedImageError

    register_formats()
    try:
        image = Image.open(path)
        image.load()
        return ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise FitError(translate("Media", "{name} is not a picture HumasDesk can read "
                                          "({reason}).").format(name=path.name,
                                                                reason=exc)) from None


def find_faces(path: Path | str) -> tuple[list[Face], tuple[int, int]]:
    """The faces in the upright picture, left to right, and the picture's size."""
    import cv2
    import numpy as np

    image = _upright(Path(path))
    scale = min(1.0, DETECT_SIDE / max(image.size))
    small = image if scale == 1.0 else image.resize(
        (round(image.width * scale), round(image.height * scale)))
    grey = cv2.equalizeHist(cv2.cvtColor(np.asarray(small), cv2.COLOR_RGB2GRAY))
    cascade = cv2.CascadeClassifier(
        str(Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"))
    found = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5,
                                     minSize=(MIN_FACE, MIN_FACE))
    faces = [Face(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
             for x, y, w, h in (found if len(found) else [])]
    return sorted(faces, key=lambda face: (face.x, face.y)), image.size


def blur_faces(path: Path | str, faces: list[Face], folder: Path | str) -> tuple[Path, str]:
    """A copy of the upright picture with those faces made unrecognisable (coarse blocks, then
    smoothed), kept in ``folder`` under its content hash; (path, sha256). His file is not
    changed. The copy carries no metadata."""
    from PIL import Image, ImageFilter

    path, folder = Path(path), Path(folder)
    image = _upright(path)
    for face in faces:
        dx, dy = round(face.width * MARGIN), round(face.height * MARGIN)
        box = (max(0, face.x - dx), max(0, face.y - dy),
               min(image.width, face.x + face.width + dx),
               min(image.height, face.y + face.height + dy))
        region = image.crop(box)
        # About six blocks across: eyes, nose and mouth merge; then smoothed, so no block
        # edges are left for a detector (or a person) to read a face from.
        across = max(1, min(BLOCKS_ACROSS, region.width))
        blocks = region.resize((across, max(1, round(across * region.height / region.width))),
                               Image.Resampling.BOX)
        region = blocks.resize(region.size, Image.Resampling.NEAREST)
        region = region.filter(ImageFilter.GaussianBlur(max(2, region.width // 10)))
        image.paste(region, box[:2])
    import io

    buffer = io.BytesIO()
    image.info = {}
    image.save(buffer, "PNG" if path.suffix.lower() == ".png" else "JPEG",
               **({} if path.suffix.lower() == ".png" else {"quality": 95}))
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest[:32]}{'.png' if path.suffix.lower() == '.png' else '.jpg'}"
    if not target.exists():
        target.write_bytes(data)
    return target, digest
