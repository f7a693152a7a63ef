"""The inbox's tables: items (unique per account and platform id), sync cursors, saved replies.

Schema and indexes: migration 6 in ``migrations.py``. Every list reads its first rows from an
index in the order shown (no sort of the whole table), so the first screen of a view stays fast
with tens of thousands of items; ``CROSS JOIN`` keeps SQLite walking the items first and
looking each account up by its key.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.inbox import ItemKind, ItemState, RemoteItem
from ..domain.inbox_items import InboxItem, Labels, SavedReply, SyncCursor
from ..domain.model import utc_now
from .db import Database, from_millis, to_millis

_SELECT = """
SELECT i.*, a.name AS account_name, a.platform AS platform
FROM inbox_items i CROSS JOIN accounts a ON a.id = i.account_id
"""


@dataclass(frozen=True)
class SavedBatch:
    """What storing one read did: for each item of the read, in order, its new id, or None
    when it was stored before (a repeat is not new); how many handled items their arrival
    reopened; whether the cursor was written (not when another reader moved it meanwhile)."""

    new_ids: list[int | None]
    reopened: int
    cursor_saved: bool


def _labels(row: sqlite3.Row) -> Labels:
    return Labels(complaint=bool(row["complaint"]), urgent=bool(row["urgent"]),
                  question=bool(row["question"]), reasons=tuple(json.loads(row["reasons"])))


def _machine(row: sqlite3.Row) -> Labels:
    machine = json.loads(row["machine"]) or {}
    return Labels(complaint=bool(machine.get("complaint")), urgent=bool(machine.get("urgent")),
                  question=bool(machine.get("question")), reasons=tuple(json.loads(row["reasons"])))


def _item(row: sqlite3.Row) -> InboxItem:
    remote = RemoteItem(
        remote_id=row["remote_id"], kind=ItemKind(row["kind"]), author_name=row["author_name"],
        author_handle=row["author_handle"], text=row["text"],
        received_at=from_millis(row["received_at"]), url=row["url"],
        thread_id=row["thread_id"], parent_id=row["parent_id"],
        reply_ref=json.loads(row["reply_ref"]), reply_until=from_millis(row["reply_until"]),
        moderation=row["moderation"])
    return InboxItem(
        id=row["id"], account_id=row["account_id"], account_name=row["account_name"],
        platform=row["platform"], remote=remote, state=ItemState(row["state"]),
        labels=_labels(row), machine=_machine(row), corrected=bool(row["corrected"]),
        handled_how=row["handled_how"], fetched_at=from_millis(row["fetched_at"]),
        watch_id=row["watch_id"])


def _where(state: ItemState | None, account_id: int | None) -> tuple[list[str], list]:
    """The conditions (on items named ``i``) for a state and an account, either optional."""
    where, params = [], []
    if state is not None:
        where.append("i.state = ?")
        params.append(ItemState(state).value)
    if account_id is not None:
        where.append("i.account_id = ?")
        params.append(account_id)
    return where, params


def _cursor(row: sqlite3.Row) -> SyncCursor:
    return SyncCursor(
        account_id=row["account_id"], cursor=row["cursor"], synced_at=from_millis(
            row["synced_at"]), next_at=from_millis(row["next_at"]), failures=row["failures"],
        error_kind=row["error_kind"], error_message=row["error_message"],
        counts=json.loads(row["counts"]), notes=tuple(json.loads(row["notes"])))


def insert_items(conn: sqlite3.Connection, account_id: int,
                 items: Sequence[tuple[RemoteItem, Labels]], now: datetime,
                 watch_id: int | None = None) -> tuple[list[int | None], int]:
    """Store the items of one read inside the caller's transaction; (new ids, or None for an
    item stored before; how many handled items their arrival reopened).

    An item already stored (same account and platform id) is not stored again; only what the
    platform may change about it (its moderation state, address, reply window) is updated, and
    an item found by a saved search that then comes as one of the account's own notifications
    (``watch_id`` None) becomes that notification. A new item reopens the handled items of its
    conversation: in the same thread, the item it answers and the earlier ones of the same
    author (not every comment under a popular post)."""
    new_ids: list[int | None] = []
    reopened = 0
    for remote, labels in items:
        cur = conn.execute(
            "INSERT OR IGNORE INTO inbox_items(account_id, remote_id, kind, thread_id, "
            "parent_id, author_name, author_handle, text, received_at, url, reply_ref, "
            "reply_until, moderation, complaint, urgent, question, rank, reasons, "
            "machine, fetched_at, watch_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (account_id, remote.remote_id, ItemKind(remote.kind).value,
             remote.thread_id, remote.parent_id, remote.author_name,
             remote.author_handle, remote.text, to_millis(remote.received_at),
             remote.url, json.dumps(remote.reply_ref, ensure_ascii=False),
             to_millis(remote.reply_until), remote.moderation, int(labels.complaint),
             int(labels.urgent), int(labels.question), labels.rank,
             json.dumps(list(labels.reasons), ensure_ascii=False),
             json.dumps(labels.as_dict()), to_millis(now), watch_id))
        if cur.rowcount != 1:
            new_ids.append(None)
            conn.execute(
                "UPDATE inbox_items SET moderation = ?, url = ?, reply_until = ? "
                "WHERE account_id = ? AND remote_id = ?",
                (remote.moderation, remote.url, to_millis(remote.reply_until),
                 account_id, remote.remote_id))
            if watch_id is None:  # found by a search first: it is the account's own after all
                conn.execute(
                    "UPDATE inbox_items SET kind = ?, reply_ref = ?, thread_id = ?, "
                    "parent_id = ?, watch_id = NULL "
                    "WHERE account_id = ? AND remote_id = ? AND watch_id IS NOT NULL",
                    (ItemKind(remote.kind).value,
                     json.dumps(remote.reply_ref, ensure_ascii=False), remote.thread_id,
                     remote.parent_id, account_id, remote.remote_id))
            continue
        new_ids.append(cur.lastrowid)
        if remote.thread_id:
            reopened += conn.execute(
                "UPDATE inbox_items SET state = 'read', handled_how = '' "
                "WHERE account_id = ? AND thread_id = ? AND state = 'handled' "
                "AND (remote_id = ? OR (author_handle = ? AND author_handle != ''))",
                (account_id, remote.thread_id, remote.parent_id,
                 remote.author_handle)).rowcount
    return new_ids, reopened


class InboxRepository:
    def __init__(self, db: Database):
        self.db = db

    # -- storing what a read brought ------------------------------------------------------------

    def save_batch(self, account_id: int, items: Sequence[tuple[RemoteItem, Labels]], *,
                   cursor: str, expected_cursor: str, next_at: datetime | None,
                   counts: dict[str, int] | None = None,
                   now: datetime | None = None) -> SavedBatch:
        """Store the items of one read and the cursor that follows them, in one transaction:
        a crash keeps both or neither, so a restart neither repeats nor loses items.

        Items are stored as ``insert_items`` says. The cursor is written only if it is still
        ``expected_cursor`` (a second reader that moved it meanwhile wins; its items are
        stored all the same).
        ``counts`` (likes, reactions: counted, not listed) add to the account's totals.
        """
        now = now or utc_now()
        with self.db.transaction() as conn:
            new_ids, reopened = insert_items(conn, account_id, items, now)
            known = conn.execute("SELECT counts FROM inbox_cursors WHERE account_id = ?",
                                 (account_id,)).fetchone()
            total = json.loads(known["counts"]) if known else {}
            for name, value in (counts or {}).items():  # counted since reading began
                total[name] = total.get(name, 0) + value
            saved = conn.execute(
                "INSERT INTO inbox_cursors(account_id, cursor, synced_at, next_at, failures, "
                "error_kind, error_message, counts) VALUES (?, ?, ?, ?, 0, '', '', ?) "
                "ON CONFLICT(account_id) DO UPDATE SET cursor = excluded.cursor, "
                "synced_at = excluded.synced_at, next_at = excluded.next_at, failures = 0, "
                "error_kind = '', error_message = '', counts = excluded.counts "
                "WHERE inbox_cursors.cursor = ?",
                (account_id, cursor, to_millis(now), to_millis(next_at), json.dumps(total),
                 expected_cursor)).rowcount == 1
        return SavedBatch(new_ids, reopened, saved)

    def cursor(self, account_id: int) -> SyncCursor:
        rows = self.db.query("SELECT * FROM inbox_cursors WHERE account_id = ?", (account_id,))
        return _cursor(rows[0]) if rows else SyncCursor(account_id=account_id)

    def cursors(self) -> dict[int, SyncCursor]:
        return {r["account_id"]: _cursor(r) for r in self.db.query("SELECT * FROM inbox_cursors")}

    def set_next(self, account_id: int, next_at: datetime | None, *, failures: int = 0,
                 error_kind: str = "", error_message: str = "") -> None:
        """When to read the account next, and the problem that put it off (none: "")."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO inbox_cursors(account_id, next_at, failures, error_kind, "
                "error_message) VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET "
                "next_at = excluded.next_at, failures = excluded.failures, "
                "error_kind = excluded.error_kind, error_message = excluded.error_message",
                (account_id, to_millis(next_at), failures, error_kind, error_message))

    def set_notes(self, account_id: int, notes: Sequence[str]) -> None:
        """What the platform said about the last read (replaces the earlier notes)."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO inbox_cursors(account_id, notes) VALUES (?, ?) "
                "ON CONFLICT(account_id) DO UPDATE SET notes = excluded.notes",
                (account_id, json.dumps(list(notes), ensure_ascii=False)))

    # -- reading --------------------------------------------------------------------------------

    def get(self, item_id: int) -> InboxItem | None:
        rows = self.db.query(_SELECT + " WHERE i.id = ?", (item_id,))
        return _item(rows[0]) if rows else None

    def by_remote_id(self, account_id: int, remote_id: str) -> InboxItem | None:
        rows = self.db.query(_SELECT + " WHERE i.account_id = ? AND i.remote_id = ?",
                             (account_id, remote_id))
        return _item(rows[0]) if rows else None

    def list(self, *, state: ItemState | None = None, open_only: bool = False,
             account_id: int | None = None, by_rank: bool = False, limit: int = 50,
             offset: int = 0, watched: bool | None = None) -> list[InboxItem]:
        """Items newest first; ``by_rank``: emergencies, then complaints, then the rest (each
        newest first). ``open_only``: not handled (new or read). ``watched``: True, only what
        the saved searches found; False, only the accounts' own items; None, both."""
        where, params = _where(state, account_id)
        if watched is not None:
            where.append("i.watch_id IS NOT NULL" if watched else "i.watch_id IS NULL")
        if open_only:
            where.append("i.state != 'handled'")  # the words of the partial index's WHERE
        order = "i.received_at DESC, i.id DESC"
        if by_rank:
            order = "i.rank, " + order
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + \
            f" ORDER BY {order} LIMIT ? OFFSET ?"
        return [_item(r) for r in self.db.query(sql, (*params, limit, offset))]

    def thread(self, account_id: int, thread_id: str) -> list[InboxItem]:
        """The stored items of one thread, oldest first."""
        return [_item(r) for r in self.db.query(
            _SELECT + " WHERE i.account_id = ? AND i.thread_id = ? "
            "ORDER BY i.received_at, i.id", (account_id, thread_id))]

    def new_counts(self) -> dict[tuple[int, ItemKind], int]:
        """How many new items each account has, by kind."""
        return {(r["account_id"], ItemKind(r["kind"])): r["n"] for r in self.db.query(
            "SELECT account_id, kind, COUNT(*) AS n FROM inbox_items INDEXED BY inbox_new_kinds "
            "WHERE state = 'new' "
            "GROUP BY account_id, kind")}

    def newest_id(self) -> int:
        """The id of the item stored last (0 for none): what came after it is news."""
        return self.db.query("SELECT COALESCE(MAX(id), 0) AS n FROM inbox_items")[0]["n"]

    def stored_after(self, item_id: int, limit: int = 500) -> list[InboxItem]:
        """The new items stored after ``item_id``, in the order they were stored."""
        return [_item(r) for r in self.db.query(
            _SELECT + " WHERE i.id > ? AND i.state = 'new' ORDER BY i.id LIMIT ?",
            (item_id, limit))]

    def count(self, *, state: ItemState | None = None, account_id: int | None = None) -> int:
        where, params = _where(state, account_id)
        sql = "SELECT COUNT(*) AS n FROM inbox_items i" + (
            " WHERE " + " AND ".join(where) if where else "")
        return self.db.query(sql, tuple(params))[0]["n"]

    def complaints(self, begin: datetime, end: datetime
                   ) -> list[tuple[bool, datetime, datetime | None]]:
        """The complaints and emergencies received in [begin, end) (the weekly report), each
        as (urgent, received at, when the first reply from HumasDesk to it was published, or
        None)."""
        rows = self.db.query(
            "SELECT i.urgent, i.received_at, (SELECT MIN(r.published_at) FROM targets t "
            "JOIN publish_records r ON r.target_id = t.id WHERE t.inbox_item_id = i.id "
            "AND r.state = 'published') AS answered_at FROM inbox_items i "
            "WHERE i.received_at >= ? AND i.received_at < ? "
            "AND (i.complaint = 1 OR i.urgent = 1)", (to_millis(begin), to_millis(end)))
        return [(bool(r["urgent"]), from_millis(r["received_at"]),
                 from_millis(r["answered_at"])) for r in rows]

    def for_target(self, target_id: int) -> InboxItem | None:
        """The item a reply's target answers; None for a post that is not a reply."""
        rows = self.db.query(
            _SELECT + " WHERE i.id = (SELECT inbox_item_id FROM targets WHERE id = ?)",
            (target_id,))
        return _item(rows[0]) if rows else None

    def pending_reply(self, item_id: int) -> int | None:
        """The publish record of a reply to this item that is still due or being sent, or
        None. (A second reply asked for meanwhile would be a second answer on the platform.)"""
        rows = self.db.query(
            "SELECT r.id FROM publish_records r JOIN targets t ON t.id = r.target_id "
            "WHERE t.inbox_item_id = ? AND r.state IN ('scheduled', 'sending') "
            "ORDER BY r.id LIMIT 1", (item_id,))
        return rows[0]["id"] if rows else None

    def corrections(self, limit: int = 5000) -> list[tuple[str, str, bool]]:
        """The officer's corrections as (text, label, value): each label of a corrected item
        that differs from what the triage said, oldest first (a later one wins)."""
        rows = self.db.query(
            "SELECT * FROM (SELECT id, text, complaint, urgent, question, machine "
            "FROM inbox_items WHERE corrected = 1 ORDER BY id DESC LIMIT ?) ORDER BY id",
            (limit,))
        found = []
        for row in rows:
            machine = json.loads(row["machine"]) or {}
            for label in ("complaint", "urgent", "question"):
                if bool(row[label]) != bool(machine.get(label)):
                    found.append((row["text"], label, bool(row[label])))
        return found

    # -- changing -------------------------------------------------------------------------------

    def set_state(self, item_ids: Iterable[int], state: ItemState, *, how: str = "",
                  only_from: Sequence[ItemState] = (),
                  conn: sqlite3.Connection | None = None) -> int:
        """Move items to ``state`` (``how``: what handled them); with ``only_from``, only the
        items now in one of those states. ``conn``: inside the caller's transaction. Returns
        how many moved."""
        ids = list(item_ids)
        if not ids:
            return 0
        sql = (f"UPDATE inbox_items SET state = ?, handled_how = ? "
               f"WHERE id IN ({','.join('?' * len(ids))})")
        params: list = [ItemState(state).value, how if state is ItemState.HANDLED else "", *ids]
        if only_from:
            sql += f" AND state IN ({','.join('?' * len(only_from))})"
            params += [ItemState(s).value for s in only_from]
        if conn is not None:
            return conn.execute(sql, params).rowcount
        with self.db.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def handle(self, item_id: int, how: str, *, moderation: str | None = None,
               conn: sqlite3.Connection | None = None) -> None:
        """Mark an item handled by ``how`` (a reply, a moderation action), and record the
        platform's new moderation state when there is one."""
        sql = "UPDATE inbox_items SET state = 'handled', handled_how = ?" + (
            ", moderation = ?" if moderation is not None else "") + " WHERE id = ?"
        params = (how, moderation, item_id) if moderation is not None else (how, item_id)
        if conn is not None:
            conn.execute(sql, params)
            return
        with self.db.transaction() as conn:
            conn.execute(sql, params)

    def correct(self, item_id: int, labels: Labels) -> bool:
        """The user's labels replace the triage's in the views; the triage's stay in
        ``machine``. False when there is no such item."""
        with self.db.transaction() as conn:
            return conn.execute(
                "UPDATE inbox_items SET complaint = ?, urgent = ?, question = ?, rank = ?, "
                "corrected = 1 WHERE id = ?",
                (int(labels.complaint), int(labels.urgent), int(labels.question), labels.rank,
                 item_id)).rowcount == 1

    # -- saved replies --------------------------------------------------------------------------

    def saved_replies(self, language: str | None = None) -> list[SavedReply]:
        sql = "SELECT * FROM inbox_saved_replies"
        params: tuple = ()
        if language:
            sql += " WHERE language = ?"
            params = (language,)
        return [SavedReply(title=r["title"], body=r["body"], language=r["language"],
                           id=r["id"], updated_at=from_millis(r["updated_at"]))
                for r in self.db.query(sql + " ORDER BY title COLLATE NOCASE, id", params)]

    def save_reply(self, reply: SavedReply) -> SavedReply:
        now = utc_now()
        with self.db.transaction() as conn:
            if reply.id is None:
                new_id = conn.execute(
                    "INSERT INTO inbox_saved_replies(title, body, language, updated_at) "
                    "VALUES (?, ?, ?, ?)",
                    (reply.title, reply.body, reply.language, to_millis(now))).lastrowid
            else:
                new_id = reply.id
                conn.execute(
                    "UPDATE inbox_saved_replies SET title = ?, body = ?, language = ?, "
                    "updated_at = ? WHERE id = ?",
                    (reply.title, reply.body, reply.language, to_millis(now), reply.id))
        return SavedReply(title=reply.title, body=reply.body, language=reply.language,
                          id=new_id, updated_at=now)

    def delete_saved_reply(self, reply_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM inbox_saved_replies WHERE id = ?", (reply_id,))

    def reply_fields(self) -> dict[str, str]:
        return {r["name"]: r["value"] for r in self.db.query(
            "SELECT name, value FROM inbox_reply_fields ORDER BY name")}

    def set_reply_field(self, name: str, value: str | None) -> None:
        """Set one of the user's own template fields; ``None`` removes it."""
        with self.db.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM inbox_reply_fields WHERE name = ?", (name,))
            else:
                conn.execute("INSERT INTO inbox_reply_fields(name, value) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                             (name, value))
