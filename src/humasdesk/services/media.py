"""Pictures for the front ends: faces found and blurred on request, each platform's copy made
ahead and described in words, his choices (faces, pad or crop) kept per picture.

Everything here can be slow (reading a 12-megapixel photo): the window calls it through its
task helper, off the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.media import BLURRED, KEEP_FACES, MediaChoice
from ..domain.model import Account, Media, PublishState

if TYPE_CHECKING:
    import threading

    from ..media.faces import Face
    from ..media.fit import Pruned
    from ..store import Store


log = logging.getLogger(__name__)

CACHE_UNUSED_DAYS = 30  # a fitted copy not used for this long is removed
CACHE_MAX_BYTES = 500 * 1024 * 1024  # and the folder is kept under this size
DAY_SECONDS = 24 * 60 * 60
PRUNE_FIRST_DELAY_SECONDS = 10 * 60
# A post in these states may still go out (again), so its fitted copies are kept. Published,
# cancelled and handed-off posts need no copy (one is made again if a post is sent again).
STILL_GOING_OUT = (PublishState.DRAFT, PublishState.SCHEDULED, PublishState.SENDING,
                   PublishState.FAILED, PublishState.NEEDS_ATTENTION,
                   PublishState.AWAITING_USER)


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


def keep_copy(source: Path, media_dir: Path) -> Media:
    """Copy the image into HumasDesk's own folder (named by its content), so the post still
    has it after the original is moved or deleted."""
    import hashlib  # here, not at start-up: mimetypes reads the system's type tables
    import mimetypes
    import shutil

    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserInputError(translate("Compose", "The file {path} cannot be read: {reason}")
                             .format(path=source, reason=exc.strerror or exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    mime = mimetypes.guess_type(source.name)[0] or {
        ".heic": "image/heic", ".heif": "image/heif", ".webp": "image/webp",
    }.get(source.suffix.lower(), "application/octet-stream")
    if not mime.startswith("image/"):
        raise UserInputError(translate("Compose", "{name} is not an image HumasDesk can "
                                                  "attach.").format(name=source.name))
    media_dir.mkdir(parents=True, exist_ok=True)
    copy = media_dir / f"{digest[:32]}{source.suffix.lower()}"
    if not copy.exists():
        shutil.copyfile(source, copy)
    return Media(path=str(copy), sha256=digest, mime_type=mime, alt_text="")


def _check_picture(path: Path, name: str) -> None:
    from PIL import Image

    from ..media.fit import FitError, register_formats

    register_formats()
    try:
        # The header only: quick enough for the GUI thread. A picture damaged further in is
        # refused in words when its copies are made.
        with Image.open(path) as image:
            _size = image.size
    except Exception as exc:  # Pillow raises many kinds for a broken file
        raise FitError(translate("Media", "{name} is not a picture HumasDesk can read "
                                          "({reason}).").format(name=name, reason=exc)) from None


class ShapeQuestion(NamedTuple):
    size: tuple[int, int]  # upright
    limits: tuple[float, float]  # the narrowest and widest width / height taken


class MediaService:
    def __init__(self, store: Store, media_dir: Path, cache_dir: Path):
        self.store = store
        self.media_dir = media_dir  # his pictures' copies (and blurred copies)
        self.cache_dir = cache_dir  # each platform's fitted copies
        # Faces found in this session, by picture: found in the background when a picture is
        # attached, so the question before publishing need not look again.
        self._found: dict[str, tuple[list, tuple[int, int]]] = {}

    def _faces(self, media: Media):
        from ..media.faces import find_faces

        if media.sha256 not in self._found:
            self._found[media.sha256] = _said(lambda: find_faces(media.path))
        return self._found[media.sha256]

    def keep(self, source: Path) -> Media:
        """His picture, copied into HumasDesk's folder (the post keeps it if the original is
        moved); refused in words when it is unreadable or not a picture."""
        media = keep_copy(Path(source), self.media_dir)
        _said(lambda: _check_picture(Path(media.path), Path(source).name))
        return media

    # -- faces -------------------------------------------------------------------------------

    def choice(self, media: Media) -> MediaChoice:
        return self.store.media_choices.get(media.sha256)

    def check_faces(self, media: Media) -> MediaChoice:
        """Look for faces once per picture (the count is kept); slow, call it off the GUI
        thread."""
        if self.choice(media).faces < 0:
            self.store.media_choices.set_faces(media.sha256, len(self._faces(media)[0]))
        return self.choice(media)

    def faces_to_ask_about(self, media: list[Media]) -> list[FaceCheck]:
        """The pictures with faces he has not decided about (a photo without faces is never
        asked about)."""
        found = []
        for index, item in enumerate(media):
            choice = self.choice(item)
            if choice.face_decision or choice.faces == 0:
                continue
            faces, size = self._faces(item)
            if choice.faces != len(faces):
                self.store.media_choices.set_faces(item.sha256, len(faces))
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

    def shape_question(self, media: Media, account: Account) -> ShapeQuestion | None:
        """Whether to ask how the picture fits the account's platform's shape (Instagram):
        outside its aspect ratio, and not yet decided."""
        from PIL import Image

        from ..media.limits import limits_for

        limits = limits_for(account.platform, account.options)
        if not limits.fixes_aspect or self.choice(media).aspect:
            return None
        try:
            with Image.open(media.path) as image:
                width, height = image.size
                if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):
                    width, height = height, width
        except OSError:
            return None  # said when it is sent
        if limits.aspect_ok(width, height):
            return None
        return ShapeQuestion((width, height), (limits.min_aspect or 0.0,
                                               limits.max_aspect or float("inf")))

    def prepare(self, media: list[Media], accounts: list[Account]) -> list[list[str]]:
        """Make every platform's copy now (so publishing finds them made) and say, for each
        picture, what each account will get: [[sentence per account] per picture]."""
        from ..media.fit import describe, fit_many
        from ..media.limits import limits_for
        from ..media.outgoing import aspect_of, source_of

        said = []
        for item in media:
            choice = self.choice(item)
            source, sha = source_of(item, choice)
            limits = [limits_for(a.platform, a.options) for a in accounts]
            copies = _said(lambda source=source, sha=sha, limits=limits, choice=choice: fit_many(
                source, limits, self.cache_dir, sha256=sha, aspect=aspect_of(choice)))
            said.append([f"{account.name}: {describe(copy)}"
                         for account, copy in zip(accounts, copies, strict=True)])
        return said

    # -- keeping the cache small -----------------------------------------------------------------

    def prune_cache(self, now: float | None = None) -> Pruned:
        """Remove the fitted copies not used for ``CACHE_UNUSED_DAYS`` and keep the folder
        under ``CACHE_MAX_BYTES`` (least recently used first), never a copy that a post still
        waiting to go out needs. Reads a folder: call it off the GUI thread."""
        from ..media.fit import prune
        from ..media.limits import limits_for
        from ..media.outgoing import copy_key

        accounts = {account.id: account for account in self.store.accounts.list()}
        keep = set()
        for item, account_id in self.store.posts.media_going_to(STILL_GOING_OUT):
            account = accounts.get(account_id)
            if account is not None and item.mime_type.startswith("image/"):
                keep.add(copy_key(item, limits_for(account.platform, account.options),
                                  self.choice(item)))
        pruned = prune(self.cache_dir, keep, unused_for=CACHE_UNUSED_DAYS * DAY_SECONDS,
                       max_size=CACHE_MAX_BYTES, now=now)
        if pruned.copies:
            log.info("removed %d fitted copies (%d bytes) not used lately", pruned.copies,
                     pruned.size)
        return pruned


def start_pruning(service: MediaService, stop) -> threading.Thread:
    """Prune the cache once a day in the background until ``stop`` (a ``threading.Event``)
    is set; the first time a while after the start, which is left to publishing. What
    ``humasdesk agent`` runs beside publishing."""
    from ..publishing.agent import run_collector

    def prune() -> None:
        try:
            service.prune_cache()
        except Exception:  # a bug or a lost disk must not end the agent's pruning for good
            log.exception("pruning the fitted copies failed")

    return run_collector(prune, stop, DAY_SECONDS, first_delay=PRUNE_FIRST_DELAY_SECONDS,
                         name="media-cache-pruning")
