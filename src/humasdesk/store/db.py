"""Connections, transactions and schema migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..domain.i18n import translate
from ..private_files import private_file, private_folder, tighten
from .migrations import MIGRATIONS


class StoreError(RuntimeError):
    """The store could not do what was asked; the message is translated and says why.

    ``reason`` is the cause alone ("The disk is full …"), for a caller that knows better than
    the store what was or was not kept (the engine after a platform answered, for example).
    """

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.reason = reason or message


def to_millis(instant: datetime | None) -> int | None:
    if instant is None:
        return None
    if instant.tzinfo is None:
        raise ValueError("naive datetime given to the store; instants must carry a zone")
    return round(instant.timestamp() * 1000)


def from_millis(value: int | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value / 1000, UTC)


def _friendly(exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o error" in text:
        reason = translate("Store", "The disk is full or cannot be written.")
        return StoreError(translate("Store", "{reason} Nothing was saved. Free some space and "
                                             "try again.").format(reason=reason), reason)
    if "locked" in text or "busy" in text:
        return StoreError(translate(
            "Store", "The data file is busy in another HumasDesk window; try again in a moment."))
    if "readonly" in text or "unable to open" in text:
        return StoreError(translate(
            "Store", "The data file cannot be opened for writing. Check the folder's permissions."))
    return StoreError(translate("Store", "The data file reported an error: {error}").format(
        error=exc))


class Database:
    """One SQLite file; a connection per thread (sqlite3 objects are not shared across threads)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # Created private (0600) before SQLite opens it: SQLite gives the -wal and -shm files
        # the database file's mode, so they are private too.
        private_folder(self.path.parent)
        private_file(self.path)
        self._migrate()
        for companion in ("-wal", "-shm"):  # left by an older version with 0644
            tighten(self.path.with_name(self.path.name + companion))

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                       check_same_thread=False)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                # FULL: a committed "sending" state must survive a power cut, not only a crash.
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=10000")
            except sqlite3.Error as exc:
                raise _friendly(exc) from exc
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; everything inside commits together or not at all."""
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _friendly(exc) from exc
        try:
            yield conn
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise _friendly(exc) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _friendly(exc) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        try:
            return self.connection().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _friendly(exc) from exc

    def schema_version(self) -> int:
        return self.connection().execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        with self.transaction() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StoreError(translate(
                    "Store", "This data file was written by a newer HumasDesk; "
                    "update the app to open it."))
            for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
