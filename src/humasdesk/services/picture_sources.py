"""Where pictures come from besides the file dialog: the clipboard (a pasted screenshot or
picture, saved into HumasDesk's data folder) and the watched folder his phone or colleagues
sync into (newest first, each with its time and size). No Qt here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import UserInputError
from ..domain.i18n import translate

PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif"}
MOST_SHOWN = 200  # a phone folder can hold thousands: the newest are the ones he wants


@dataclass(frozen=True)
class FolderPicture:
    path: Path
    modified: datetime  # UTC
    size: int  # bytes


def watched_pictures(folder: str | Path) -> list[FolderPicture]:
    """The pictures in ``folder`` (not its subfolders), newest first, at most ``MOST_SHOWN``."""
    if not str(folder).strip():
        raise UserInputError(translate(
            "Pictures", "No pictures folder is chosen yet. Choose it on the Settings page."))
    folder = Path(folder)
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        raise UserInputError(translate(
            "Pictures", "The pictures folder {folder} is not there. Choose it again on the "
            "Settings page.").format(folder=folder)) from None
    except OSError as exc:
        raise UserInputError(translate(
            "Pictures", "The pictures folder {folder} cannot be read: {reason}").format(
                folder=folder, reason=exc.strerror or exc)) from None
    found = []
    for entry in entries:
        if Path(entry.name).suffix.lower() not in PICTURE_SUFFIXES or entry.name.startswith("."):
            continue
        try:
            if not entry.is_file():
                continue
            info = entry.stat()
        except OSError:  # removed while we looked, or unreadable: not offered
            continue
        found.append(FolderPicture(Path(entry.path),
                                   datetime.fromtimestamp(info.st_mtime, UTC), info.st_size))
    found.sort(key=lambda picture: (picture.modified, picture.path.name), reverse=True)
    return found[:MOST_SHOWN]


def describe_size(size: int) -> str:
    if size >= 1_000_000:
        return translate("Pictures", "{n} MB").format(n=f"{size / 1_000_000:.1f}")
    return translate("Pictures", "{n} KB").format(n=max(1, round(size / 1000)))


def save_pasted(png: bytes, data_dir: Path, now: datetime | None = None) -> Path:
    """A pasted picture (PNG bytes), written into the data folder's ``pasted`` folder under a
    name that says when it was pasted."""
    folder = data_dir / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"pasted-{stamp}.png"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"pasted-{stamp}-{number}.png"
    try:
        path.write_bytes(png)
    except OSError as exc:
        raise UserInputError(translate(
            "Pictures", "The pasted picture cannot be saved: {reason}").format(
                reason=exc.strerror or exc)) from None
    return path
