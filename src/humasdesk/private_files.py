"""The data folder and its files are the user's alone: folders 0700, files 0600.

Drafts, scheduled texts, account names and the log are nobody else's business on a shared
computer. Files are created with the mode (not chmod-ed after, which would leave a moment where
they are readable), and what an older version created is tightened when this user owns it.
POSIX modes only: on Windows nothing is done here (the profile folder is already private).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def tighten(path: Path) -> None:
    """Take away group and other permissions from ``path`` if this user owns it."""
    if os.name != "posix":
        return
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    if status.st_uid == os.getuid() and status.st_mode & 0o077:
        path.chmod(stat.S_IMODE(status.st_mode) & ~0o077)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) as a private folder, or tighten it. Raises
    ``OSError`` (``FileExistsError`` when a file has the name)."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tighten(path)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if it does not exist, or tighten it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        tighten(path)
    return path
