"""What he decided about a picture, kept by its content (sha256), so a photo attached again,
to this post or a later one, is not asked about again."""

from __future__ import annotations

from dataclasses import dataclass

FACES_NOT_CHECKED = -1

# The face decision: not asked yet, keep the faces as they are, or send the blurred copy.
KEEP_FACES = "keep"
BLURRED = "blurred"


@dataclass
class MediaChoice:
    sha256: str
    faces: int = FACES_NOT_CHECKED  # faces found by the detector; -1: not looked yet
    face_decision: str = ""  # "", KEEP_FACES or BLURRED
    blurred_sha256: str = ""  # the blurred copy that goes out instead (BLURRED)
    blurred_path: str = ""
    aspect: str = ""  # "pad" or "crop" for platforms with an aspect-ratio limit; "" = pad
    pad_colour: str = "#ffffff"

    @property
    def needs_face_question(self) -> bool:
        return self.faces > 0 and not self.face_decision
