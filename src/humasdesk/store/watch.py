"""Brand and keyword watch: saved searches and what they find (schema: the watch migration in
``migrations.py``). Found posts are inbox items (``inbox_items.watch_id`` names the search),
stored with the search's cursor in one transaction, so a restart neither repeats nor loses."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.inbox import RemoteItem
from ..domain.inbox_items import Labels
from .db import Database, from_millis, to_millis
from .inbox import SavedBatch, insert_items


@dataclass(frozen=True)
class SavedSearch:
    """One saved search: ``query`` (a name, words, a #hashtag) run on ``account_id``'s
    platform. ``problem``: why the last run failed, in words ("" when it went well); ``note``:
    what the platform said about the search (a quota, a server without full-text search)."""

    id: int
    account_id: int
    account_name: str
    platform: str
    query: str
    cursor: str = ""
    next_at: datetime | None = None
    synced_at: datetime | None = None
    failures: int = 0
    problem: str = ""
    note: str = ""
    found: int = 0  # inbox items it found that are still its own


def _search(row: sqlite3.Row) -> SavedSearch:
    return SavedSearch(
        id=row["id"], account_id=row["account_id"], account_name=row["account_name"],
        platform=row["platform"], query=row["query"], cursor=row["cursor"],
        next_at=from_millis(row["next_at"]), synced_at=from_millis(row["synced_at"]),
        failures=row["failures"], problem=row["problem"], note=row["note"],
        found=row["found"])


_SELECT = """
SELECT w.*, a.name AS account_name, a.platform AS platform,
       (SELECT COUNT(*) FROM inbox_items i WHERE i.watch_id = w.id) AS found
FROM watch_searches w JOIN accounts a ON a.id = w.account_id
"""


class WatchRepository:
    def __init__(self, db: Database):
        self.db = db

    def searches(self) -> list[SavedSearch]:
        return [_search(r) for r in self.db.query(
            _SELECT + " ORDER BY a.name COLLATE NOCASE, w.query COLLATE NOCASE, w.id")]

    def get(self, search_id: int) -> SavedSearch | None:
        rows = self.db.query(_SELECT + " WHERE w.id = ?", (search_id,))
        return _search(rows[0]) if rows else None

    def find(self, account_id: int, query: str) -> SavedSearch | None:
        rows = self.db.query(_SELECT + " WHERE w.account_id = ? AND w.query = ?",
                             (account_id, query))
        return _search(rows[0]) if rows else None

    def add(self, account_id: int, query: str, now: datetime) -> SavedSearch:
        """A new saved search, due at once."""
        with self.db.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO watch_searches(account_id, query, next_at, created_at) "
                "VALUES (?, ?, ?, ?)",
                (account_id, query, to_millis(now), to_millis(now))).lastrowid
        return self.get(new_id)

    def remove(self, search_id: int) -> bool:
        """Forget a saved search; what it found stays in the inbox (no longer its own)."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM watch_searches WHERE id = ?",
                                (search_id,)).rowcount == 1

    def save_batch(self, search: SavedSearch, items: Sequence[tuple[RemoteItem, Labels]], *,
                   cursor: str, expected_cursor: str, next_at: datetime | None, note: str,
                   now: datetime) -> SavedBatch:
        """Store what one run found and the cursor after it, in one transaction. The cursor is
        written only if it is still ``expected_cursor`` (another reader that moved it
        meanwhile wins; the items are stored all the same, once)."""
        with self.db.transaction() as conn:
            new_ids, reopened = insert_items(conn, search.account_id, items, now,
                                             watch_id=search.id)
            saved = conn.execute(
                "UPDATE watch_searches SET cursor = ?, next_at = ?, synced_at = ?, "
                "failures = 0, problem = '', note = ? WHERE id = ? AND cursor = ?",
                (cursor, to_millis(next_at), to_millis(now), note, search.id,
                 expected_cursor)).rowcount == 1
        return SavedBatch(new_ids, reopened, saved)

    def failed(self, search_id: int, next_at: datetime, problem: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE watch_searches SET next_at = ?, failures = failures + 1, "
                         "problem = ? WHERE id = ?", (to_millis(next_at), problem, search_id))
