"""His decisions about pictures (faces, padding or cropping), one row per picture content."""

from __future__ import annotations

from ..domain.media import MediaChoice
from .db import Database

COLUMNS = ("sha256", "faces", "face_decision", "blurred_sha256", "blurred_path", "aspect",
           "pad_colour")


class MediaChoiceRepository:
    def __init__(self, db: Database):
        self.db = db

    def get(self, sha256: str) -> MediaChoice:
        rows = self.db.query(f"SELECT {', '.join(COLUMNS)} FROM media_choices "
                             "WHERE sha256 = ?", (sha256,))
        if not rows:
            return MediaChoice(sha256=sha256)
        return MediaChoice(**{name: rows[0][name] for name in COLUMNS})

    def put(self, choice: MediaChoice) -> None:
        values = tuple(getattr(choice, name) for name in COLUMNS)
        updates = ", ".join(f"{name} = excluded.{name}" for name in COLUMNS[1:])
        with self.db.transaction() as conn:
            conn.execute(
                f"INSERT INTO media_choices({', '.join(COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(COLUMNS))}) "
                f"ON CONFLICT(sha256) DO UPDATE SET {updates}", values)
