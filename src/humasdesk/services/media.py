"""Pictures for the front ends: faces found and blurred on request, each platform's copy made
ahead and described in words, his choices (faces, pad or crop) kept per picture.

Everything here can be slow (reading a 12-megapixel photo): the window calls it through its
task helper, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.errors import UserInputError
from ..domain.media import BLURRED, KEEP_FACES, MediaChoice
from ..domain.model import Account, Media

if TYPE_CHECKING:
    from ..media.faces import Face
    from ..store import Store


class FaceCheck(NamedTuple):
    """A picture whose faces he has not decided about yet."""

    index: int  # its place in the post
    media: Media
    faces: list[Face]
    width: int  # the upright picture's width (to say where a face is)


def _said(call):
    """A picture that cannot be read or fitted: a message for the user (UserInputError)."""
    from ..media.fit import FitError

    try:
        return call()
    except FitError as exc:
        raise UserInputError(exc.message) from None


class MediaService:
    def __init__(self, store: Store, media_dir: Path, cache_dir: Path):
        self.store = store
        self.media_dir = media_dir  # his pictures' copies (and blurred copies)
        self.cache_dir = cache_dir  # each platform's fitted copies

    # -- faces -------------------------------------------------------------------------------

    def choice(self, media: Media) -> MediaChoice:
        return self.store.media_choices.get(media.sha256)

    def check_faces(self, media: Media) -> MediaChoice:
        """Look for faces once per picture (the count is kept); slow, call it off the GUI
        thread."""
        from ..media.faces import find_faces

        choice = self.choice(media)
        if choice.faces < 0:
            choice.faces = len(_said(lambda: find_faces(media.path))[0])
            self.store.media_choices.put(choice)
        return choice

    def faces_to_ask_about(self, media: list[Media]) -> list[FaceCheck]:
        """The pictures with faces he has not decided about (a photo without faces is never
        asked about)."""
        from ..media.faces import find_faces

        found = []
        for index, item in enumerate(media):
            choice = self.choice(item)
            if choice.face_decision or choice.faces == 0:
                continue
            faces, size = _said(lambda item=item: find_faces(item.path))
            if choice.faces != len(faces):
                choice.faces = len(faces)
                self.store.media_choices.put(choice)
            if faces:
                found.append(FaceCheck(index, item, faces, size[0]))
        return found

    def keep_faces(self, media: Media) -> None:
        choice = self.choice(media)
        choice.face_decision = KEEP_FACES
        self.store.media_choices.put(choice)

    def blur(self, media: Media, faces: list[Face]) -> Media:
        """The picture with these faces blurred: the copy that goes out from now on. The
        decision is kept for the picture, and the blurred copy is not asked about again."""
        from ..media.faces import blur_faces

        path, digest = _said(lambda: blur_faces(media.path, faces, self.media_dir))
        choice = self.choice(media)
        choice.face_decision = BLURRED
        choice.blurred_sha256, choice.blurred_path = digest, str(path)
        self.store.media_choices.put(choice)
        blurred = self.store.media_choices.get(digest)
        blurred.faces, blurred.face_decision = max(0, choice.faces - len(faces)), KEEP_FACES
        self.store.media_choices.put(blurred)
        mime = "image/png" if path.suffix == ".png" else "image/jpeg"
        return replace(media, path=str(path), sha256=digest, mime_type=mime)

    def decided(self, media: Media) -> Media:
        """A picture attached again that he already chose to blur: its blurred copy."""
        choice = self.choice(media)
        if choice.face_decision == BLURRED and Path(choice.blurred_path).is_file():
            mime = "image/png" if choice.blurred_path.endswith(".png") else "image/jpeg"
            return replace(media, path=choice.blurred_path, sha256=choice.blurred_sha256,
                           mime_type=mime)
        return media

    # -- each platform's copy ------------------------------------------------------------------

    def set_aspect(self, media: Media, mode: str, colour: str = "#ffffff") -> None:
        choice = self.choice(media)
        choice.aspect, choice.pad_colour = mode, colour
        self.store.media_choices.put(choice)

    def needs_aspect(self, media: Media, account: Account) -> bool:
        """Whether the picture is outside the account's platform's aspect ratio (Instagram)."""
        from PIL import Image

        from ..media.limits import limits_for

        limits = limits_for(account.platform, account.options)
        if not limits.fixes_aspect:
            return False
        with Image.open(media.path) as image:
            width, height = image.size
            if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):
                width, height = height, width
        return not limits.aspect_ok(width, height)

    def prepare(self, media: list[Media], accounts: list[Account]) -> list[list[str]]:
        """Make every platform's copy now (so publishing finds them made) and say, for each
        picture, what each account will get: [[sentence per account] per picture]."""
        from ..media.fit import describe, fit_many
        from ..media.limits import limits_for
        from ..media.outgoing import aspect_of

        said = []
        for item in media:
            choice = self.choice(item)
            source, sha = item.path, item.sha256
            if choice.face_decision == BLURRED and Path(choice.blurred_path).is_file():
                source, sha = choice.blurred_path, choice.blurred_sha256
            limits = [limits_for(a.platform, a.options) for a in accounts]
            copies = _said(lambda source=source, sha=sha, limits=limits, choice=choice: fit_many(
                source, limits, self.cache_dir, sha256=sha, aspect=aspect_of(choice)))
            said.append([f"{account.name}: {describe(copy)}"
                         for account, copy in zip(accounts, copies, strict=True)])
        return said
