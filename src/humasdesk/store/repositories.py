"""Repositories: typed reads and writes for each entity of the data model."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from ..domain.model import (
    Account,
    AccountState,
    Draft,
    Media,
    Post,
    PublishRecord,
    PublishState,
    Target,
    utc_now,
)
from .db import Database, from_millis, to_millis


class QueueItem(NamedTuple):
    """One row of the queue: a publish record with what the user needs to recognise it.
    (A named tuple: a read-only row, and much cheaper to define than a frozen dataclass.)"""

    record_id: int
    target_id: int
    post_id: int
    account_id: int
    account_name: str
    platform: str
    state: PublishState
    scheduled_at: datetime | None
    zone: str
    published_at: datetime | None
    updated_at: datetime
    text: str
    remote_url: str
    error_kind: str
    error_message: str
    attempts: int
    idempotency_key: str
    due_at: datetime | None
    recurrence: str
    by_hand: bool
    account_state: AccountState


class SettingsRepository:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default=None):
        rows = self.db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def set(self, key: str, value) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def all(self) -> dict:
        return {r["key"]: json.loads(r["value"]) for r in self.db.query("SELECT * FROM settings")}


def saved_setting(database: Path, key: str):
    """One setting, read without creating or migrating anything (for ``--help``); None when
    there is no database yet or it cannot be read."""
    try:
        if not database.is_file():
            return None
    except OSError:  # an unreadable or odd HUMASDESK_HOME: --help still works
        return None
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def _account(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"], platform=row["platform"], name=row["name"], handle=row["handle"],
        server_url=row["server_url"], credential_ref=row["credential_ref"],
        state=AccountState(row["state"]), options=json.loads(row["options"]),
    )


class AccountRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(self, account: Account) -> Account:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO accounts(platform, name, handle, server_url, credential_ref, state, "
                "options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (account.platform, account.name, account.handle, account.server_url,
                 account.credential_ref, account.state.value, json.dumps(account.options),
                 to_millis(utc_now())),
            )
        account.id = cur.lastrowid
        return account

    def update(self, account: Account) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE accounts SET platform=?, name=?, handle=?, server_url=?, credential_ref=?, "
                "state=?, options=? WHERE id=?",
                (account.platform, account.name, account.handle, account.server_url,
                 account.credential_ref, account.state.value, json.dumps(account.options),
                 account.id),
            )

    def set_state(self, account_id: int, state: AccountState,
                  conn: sqlite3.Connection | None = None) -> None:
        """``conn``: inside the caller's transaction (with the record it changes too)."""
        if conn is not None:
            conn.execute("UPDATE accounts SET state=? WHERE id=?", (state.value, account_id))
            return
        with self.db.transaction() as conn:
            conn.execute("UPDATE accounts SET state=? WHERE id=?", (state.value, account_id))

    def get(self, account_id: int) -> Account | None:
        rows = self.db.query("SELECT * FROM accounts WHERE id = ?", (account_id,))
        return _account(rows[0]) if rows else None

    def by_name(self, name: str) -> Account | None:
        rows = self.db.query("SELECT * FROM accounts WHERE name = ? COLLATE NOCASE",
                             (name.strip(),))
        return _account(rows[0]) if rows else None

    def list(self) -> list[Account]:
        return [_account(r) for r in self.db.query("SELECT * FROM accounts ORDER BY id")]

    def has_history(self, account_id: int) -> bool:
        return bool(self.db.query("SELECT 1 FROM targets WHERE account_id = ? LIMIT 1",
                                  (account_id,)))

    def remove(self, account_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))


def _media(row: sqlite3.Row) -> Media:
    return Media(id=row["id"], post_id=row["post_id"], position=row["position"],
                 path=row["path"], sha256=row["sha256"], mime_type=row["mime_type"],
                 alt_text=row["alt_text"])


class PostRepository:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, conn: sqlite3.Connection, post: Post) -> Post:
        now = utc_now()
        post.created_at = post.updated_at = now
        cur = conn.execute(
            "INSERT INTO posts(body, language, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (post.body, post.language, to_millis(now), to_millis(now)),
        )
        post.id = cur.lastrowid
        for position, item in enumerate(post.media):
            item.post_id, item.position = post.id, position
            item.id = conn.execute(
                "INSERT INTO media(post_id, position, path, sha256, mime_type, alt_text) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (post.id, position, item.path, item.sha256, item.mime_type, item.alt_text),
            ).lastrowid
        return post

    def add(self, post: Post) -> Post:
        with self.db.transaction() as conn:
            return self.insert(conn, post)

    def get(self, post_id: int) -> Post | None:
        rows = self.db.query("SELECT * FROM posts WHERE id = ?", (post_id,))
        if not rows:
            return None
        row = rows[0]
        media = [_media(r) for r in self.db.query(
            "SELECT * FROM media WHERE post_id = ? ORDER BY position", (post_id,))]
        return Post(id=row["id"], body=row["body"], language=row["language"],
                    created_at=from_millis(row["created_at"]),
                    updated_at=from_millis(row["updated_at"]), media=media)

    def media_going_to(self, states: Sequence[PublishState]) -> list[tuple[Media, int]]:
        """Each picture of a post with a record in one of ``states``, with the account it
        goes to (its id): the copies those posts will need."""
        rows = self.db.query(
            "SELECT DISTINCT m.*, t.account_id FROM media m "
            "JOIN targets t ON t.post_id = m.post_id "
            "JOIN publish_records r ON r.target_id = t.id "
            f"WHERE r.state IN ({','.join('?' * len(states))}) ORDER BY m.id",
            tuple(state.value for state in states))
        return [(_media(row), row["account_id"]) for row in rows]

    def update_body(self, post_id: int, body: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE posts SET body=?, updated_at=? WHERE id=?",
                         (body, to_millis(utc_now()), post_id))


class TargetRepository:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, conn: sqlite3.Connection, target: Target) -> Target:
        target.id = conn.execute(
            "INSERT INTO targets(post_id, account_id, text_variant, as_thread, inbox_item_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (target.post_id, target.account_id, target.text_variant, int(target.as_thread),
             target.inbox_item_id),
        ).lastrowid
        return target

    def get(self, target_id: int) -> Target | None:
        rows = self.db.query("SELECT * FROM targets WHERE id = ?", (target_id,))
        if not rows:
            return None
        return _target(rows[0])

    def for_post(self, post_id: int) -> list[Target]:
        return [_target(r) for r in self.db.query(
            "SELECT * FROM targets WHERE post_id = ? ORDER BY id", (post_id,))]


def _target(r: sqlite3.Row) -> Target:
    return Target(id=r["id"], post_id=r["post_id"], account_id=r["account_id"],
                  text_variant=r["text_variant"], as_thread=bool(r["as_thread"]),
                  inbox_item_id=r["inbox_item_id"])


def _record(row: sqlite3.Row) -> PublishRecord:
    return PublishRecord(
        id=row["id"], target_id=row["target_id"], state=PublishState(row["state"]),
        scheduled_at=from_millis(row["scheduled_at"]), zone=row["zone"],
        attempts=row["attempts"], idempotency_key=row["idempotency_key"],
        remote_id=row["remote_id"], remote_url=row["remote_url"],
        error_kind=row["error_kind"], error_message=row["error_message"],
        published_at=from_millis(row["published_at"]), updated_at=from_millis(row["updated_at"]),
        due_at=from_millis(row["due_at"]), claimed_by=row["claimed_by"],
        recurrence=row["recurrence"], by_hand=bool(row["by_hand"]),
        first_sent_at=from_millis(row["first_sent_at"]),
    )


_RECORD_FIELDS = {"scheduled_at", "zone", "attempts", "idempotency_key", "remote_id",
                  "remote_url", "error_kind", "error_message", "published_at", "due_at",
                  "claimed_by", "recurrence", "by_hand", "first_sent_at"}


class PublishRecordRepository:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, conn: sqlite3.Connection, record: PublishRecord) -> PublishRecord:
        record.updated_at = utc_now()
        if record.state is PublishState.SCHEDULED and record.due_at is None:
            record.due_at = record.scheduled_at
        record.id = conn.execute(
            "INSERT INTO publish_records(target_id, state, scheduled_at, due_at, zone, attempts, "
            "idempotency_key, claimed_by, recurrence, remote_id, remote_url, by_hand, "
            "error_kind, error_message, published_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.target_id, record.state.value, to_millis(record.scheduled_at),
             to_millis(record.due_at), record.zone, record.attempts, record.idempotency_key,
             record.claimed_by, record.recurrence, record.remote_id, record.remote_url,
             int(record.by_hand), record.error_kind, record.error_message,
             to_millis(record.published_at), to_millis(record.updated_at)),
        ).lastrowid
        return record

    def get(self, record_id: int) -> PublishRecord | None:
        rows = self.db.query("SELECT * FROM publish_records WHERE id = ?", (record_id,))
        return _record(rows[0]) if rows else None

    def transition(self, record_id: int, allowed_from: Iterable[PublishState],
                   to: PublishState, conn: sqlite3.Connection | None = None, *,
                   if_claimed_by: str | None = None, **fields) -> bool:
        """Move a record to ``to`` only if it is in one of ``allowed_from`` (and, with
        ``if_claimed_by``, only if that publisher still holds it); True if it moved.

        The check and the write are one statement, so two publishers cannot both take a record,
        and a publisher that lost a record cannot overwrite what another one decided.
        Pass ``conn`` to make the move part of a larger transaction.
        """
        unknown = set(fields) - _RECORD_FIELDS
        if unknown:
            raise ValueError(f"unknown publish record fields: {sorted(unknown)}")
        allowed = [s.value for s in allowed_from]
        values = {k: (to_millis(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        if to is not PublishState.SCHEDULED and "due_at" not in values:
            values["due_at"] = None  # only scheduled records are due
        assignments = "".join(f", {name} = :{name}" for name in values)
        condition = "state IN ({})".format(",".join(f":s{i}" for i in range(len(allowed))))
        if if_claimed_by is not None:
            condition += " AND claimed_by = :claimer"
            values["claimer"] = if_claimed_by
        if conn is not None:
            return self._move(conn, record_id, to, assignments, condition, allowed, values)
        with self.db.transaction() as conn:
            return self._move(conn, record_id, to, assignments, condition, allowed, values)

    @staticmethod
    def _move(conn, record_id, to, assignments, condition, allowed, values) -> bool:
        cur = conn.execute(
            f"UPDATE publish_records SET state = :to, updated_at = :now{assignments} "
            f"WHERE id = :id AND {condition}",
            {"to": to.value, "now": to_millis(utc_now()), "id": record_id, **values,
             **{f"s{i}": s for i, s in enumerate(allowed)}},
        )
        return cur.rowcount == 1

    def due(self, now: datetime, limit: int = 100) -> list[PublishRecord]:
        """Scheduled records whose time has come, on accounts that may publish."""
        rows = self.db.query(
            "SELECT r.* FROM publish_records r JOIN targets t ON t.id = r.target_id "
            "JOIN accounts a ON a.id = t.account_id "
            "WHERE r.state = 'scheduled' AND r.due_at <= ? AND a.state = 'ok' "
            "ORDER BY r.due_at, r.id LIMIT ?", (to_millis(now), limit))
        return [_record(r) for r in rows]

    def next_due_at(self) -> datetime | None:
        rows = self.db.query(
            "SELECT MIN(r.due_at) AS at FROM publish_records r "
            "JOIN targets t ON t.id = r.target_id JOIN accounts a ON a.id = t.account_id "
            "WHERE r.state = 'scheduled' AND a.state = 'ok'")
        return from_millis(rows[0]["at"]) if rows else None

    def handoff_candidates(self, platform: str, earliest: datetime,
                           limit: int = 50) -> list[PublishRecord]:
        """Scheduled, never-tried records of ``platform`` due after ``earliest`` that have not
        failed a hand-off before: the ones to give to the platform's own scheduler.

        Replies (issue 15) are not: a platform's own schedule would publish them as posts.
        Only accounts that have not turned native scheduling off (their ``native_scheduling``
        option) count, so an opted-out account's posts are not read at every run, nor do they
        crowd out another account's within ``limit``. Runs at every heartbeat for each platform
        that can schedule: with no such account it reads only the accounts table; otherwise it
        walks the scheduled records in time order in the ``publish_records_state_time`` index.
        """
        accounts = ("SELECT id FROM accounts WHERE platform = :platform AND state = 'ok' "
                    "AND COALESCE(json_extract(options, '$.native_scheduling'), 1) != 0")
        if not self.db.query(accounts + " LIMIT 1", {"platform": platform}):
            return []
        rows = self.db.query(
            "SELECT r.* FROM publish_records r JOIN targets t ON t.id = r.target_id "
            "WHERE r.state = 'scheduled' AND r.scheduled_at >= :earliest AND r.attempts = 0 "
            "AND r.recurrence = '' AND r.error_kind != 'handoff_failed' "
            "AND t.inbox_item_id IS NULL "  # a reply is never a post of its own
            f"AND t.account_id IN ({accounts}) ORDER BY r.scheduled_at LIMIT :limit",
            {"platform": platform, "earliest": to_millis(earliest), "limit": limit})
        return [_record(r) for r in rows]

    def handed_off_past(self, before: datetime) -> list[PublishRecord]:
        rows = self.db.query(
            "SELECT * FROM publish_records WHERE state = 'handed_off' AND scheduled_at <= ? "
            "ORDER BY scheduled_at", (to_millis(before),))
        return [_record(r) for r in rows]

    def next_handed_off_at(self) -> datetime | None:
        rows = self.db.query(
            "SELECT MIN(scheduled_at) AS at FROM publish_records WHERE state = 'handed_off'")
        return from_millis(rows[0]["at"]) if rows else None

    def in_state(self, state: PublishState) -> list[PublishRecord]:
        return [_record(r) for r in self.db.query(
            "SELECT * FROM publish_records WHERE state = ? ORDER BY id", (state.value,))]


_QUEUE_SQL = """
SELECT r.id AS record_id, r.target_id, t.post_id, t.account_id, a.name AS account_name,
       a.platform, r.state, r.scheduled_at, r.zone, r.published_at, r.updated_at,
       COALESCE(t.text_variant, p.body) AS text, r.remote_url, r.error_kind, r.error_message,
       r.attempts, r.idempotency_key, r.due_at, r.recurrence, r.by_hand,
       a.state AS account_state
FROM publish_records r
JOIN targets t ON t.id = r.target_id
JOIN posts p ON p.id = t.post_id
JOIN accounts a ON a.id = t.account_id
"""


def _queue_item(r: sqlite3.Row) -> QueueItem:
    return QueueItem(
        record_id=r["record_id"], target_id=r["target_id"], post_id=r["post_id"],
        account_id=r["account_id"], account_name=r["account_name"], platform=r["platform"],
        state=PublishState(r["state"]), scheduled_at=from_millis(r["scheduled_at"]),
        zone=r["zone"], published_at=from_millis(r["published_at"]),
        updated_at=from_millis(r["updated_at"]), text=r["text"], remote_url=r["remote_url"],
        error_kind=r["error_kind"], error_message=r["error_message"], attempts=r["attempts"],
        idempotency_key=r["idempotency_key"], due_at=from_millis(r["due_at"]),
        recurrence=r["recurrence"], by_hand=bool(r["by_hand"]),
        account_state=AccountState(r["account_state"]),
    )


class QueueRepository:
    """Read-only view joining records, targets, posts and accounts."""

    def __init__(self, db: Database):
        self.db = db

    def items(self, states: Sequence[PublishState] | None = None,
              account_id: int | None = None) -> list[QueueItem]:
        where, params = [], []
        if states:
            where.append(f"r.state IN ({','.join('?' * len(states))})")
            params.extend(s.value for s in states)
        if account_id is not None:
            where.append("t.account_id = ?")
            params.append(account_id)
        sql = _QUEUE_SQL + (" WHERE " + " AND ".join(where) if where else "")
        # Upcoming first by time; then everything else newest first.
        sql += (" ORDER BY CASE WHEN r.state IN ('scheduled', 'handed_off', 'sending') "
                "THEN 0 ELSE 1 END, "
                "CASE WHEN r.state IN ('scheduled', 'handed_off', 'sending') "
                "THEN r.scheduled_at END ASC, "
                "COALESCE(r.published_at, r.updated_at) DESC, r.id DESC")
        return [_queue_item(r) for r in self.db.query(sql, tuple(params))]

    def item(self, record_id: int) -> QueueItem | None:
        rows = self.db.query(_QUEUE_SQL + " WHERE r.id = ?", (record_id,))
        return _queue_item(rows[0]) if rows else None


class DraftRepository:
    def __init__(self, db: Database):
        self.db = db

    def save(self, draft: Draft) -> Draft:
        """Insert or update one draft; called by autosave, so it must stay a single write."""
        draft.updated_at = utc_now()
        with self.db.transaction() as conn:
            values = (draft.body, json.dumps(draft.account_ids), to_millis(draft.updated_at),
                      json.dumps(draft.extra, ensure_ascii=False))
            if draft.id is None:
                draft.id = conn.execute(
                    "INSERT INTO drafts(body, account_ids, updated_at, extra) "
                    "VALUES (?, ?, ?, ?)", values).lastrowid
            else:
                conn.execute(
                    "INSERT INTO drafts(id, body, account_ids, updated_at, extra) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body=excluded.body, "
                    "account_ids=excluded.account_ids, updated_at=excluded.updated_at, "
                    "extra=excluded.extra", (draft.id, *values))
        return draft

    def get(self, draft_id: int) -> Draft | None:
        rows = self.db.query("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        return self._draft(rows[0]) if rows else None

    def latest(self) -> Draft | None:
        rows = self.db.query(
            "SELECT * FROM drafts WHERE body != '' ORDER BY updated_at DESC, id DESC LIMIT 1")
        return self._draft(rows[0]) if rows else None

    def list(self) -> list[Draft]:
        return [self._draft(r) for r in self.db.query(
            "SELECT * FROM drafts WHERE body != '' ORDER BY updated_at DESC, id DESC")]

    def delete(self, draft_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    @staticmethod
    def _draft(row: sqlite3.Row) -> Draft:
        return Draft(id=row["id"], body=row["body"], account_ids=json.loads(row["account_ids"]),
                     updated_at=from_millis(row["updated_at"]), extra=json.loads(row["extra"]))


class LeaseRepository:
    """Named leases with a heartbeat: one publisher per data directory at a time."""

    def __init__(self, db: Database):
        self.db = db

    def acquire(self, name: str, holder: str, now: datetime, ttl_seconds: float) -> bool:
        """Take or renew the lease; True if ``holder`` has it until ``now + ttl``."""
        expires = to_millis(now) + round(ttl_seconds * 1000)
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO leases(name, holder, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, "
                "expires_at = excluded.expires_at "
                "WHERE leases.holder = excluded.holder OR leases.expires_at < ?",
                (name, holder, expires, to_millis(now)))
            return cur.rowcount == 1

    def take_over(self, name: str, old_holder: str, holder: str, now: datetime,
                  ttl_seconds: float) -> bool:
        """Take the lease from ``old_holder`` (known to be gone) even before it expires."""
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?",
                (holder, to_millis(now) + round(ttl_seconds * 1000), name, old_holder))
            return cur.rowcount == 1

    def release(self, name: str, holder: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))

    def holder(self, name: str, now: datetime) -> str | None:
        rows = self.db.query("SELECT holder FROM leases WHERE name = ? AND expires_at >= ?",
                             (name, to_millis(now)))
        return rows[0]["holder"] if rows else None


class Store:
    """Every repository over one database file."""

    def __init__(self, db: Database):
        self.db = db
        self.settings = SettingsRepository(db)
        self.accounts = AccountRepository(db)
        self.posts = PostRepository(db)
        self.targets = TargetRepository(db)
        self.records = PublishRecordRepository(db)
        self.queue = QueueRepository(db)
        self.drafts = DraftRepository(db)
        self.leases = LeaseRepository(db)

    # The features' own repositories are built on first use: their modules (and the inbox's
    # domain types) are not needed before the window shows.
    @cached_property
    def media_choices(self):
        """Pictures: faces, aspect choices."""
        from .media_choices import MediaChoiceRepository

        return MediaChoiceRepository(self.db)

    @cached_property
    def inbox(self):
        """The inbox's items, cursors and saved replies (issue 15)."""
        from .inbox import InboxRepository

        return InboxRepository(self.db)

    @cached_property
    def watch(self):
        """Brand and keyword watch (issue 16)."""
        from .watch import WatchRepository

        return WatchRepository(self.db)

    def create_post(self, post: Post, targets: Sequence[tuple[Target, PublishRecord]]
                    ) -> list[PublishRecord]:
        """Write a post, its media, its targets and their records in one transaction."""
        with self.db.transaction() as conn:
            self.posts.insert(conn, post)
            records = []
            for target, record in targets:
                target.post_id = post.id
                self.targets.insert(conn, target)
                record.target_id = target.id
                records.append(self.records.insert(conn, record))
            return records

    def close(self) -> None:
        self.db.close()
