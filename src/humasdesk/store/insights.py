"""Insights: readings of published posts, daily audience snapshots, said notices and waits.

Readings are keyed by publish record and checkpoint ("1h", "24h", "7d", and "latest", which
every reading also overwrites). Instants are INTEGER milliseconds, UTC, as everywhere.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from ..domain.metrics import REACTION_NAMES, PostMetrics
from .db import Database, _friendly, from_millis, to_millis

LATEST = "latest"
# Which reading the best-time ranking prefers: a day's reactions compare posts fairly (a week
# adds little, and the latest is whatever was read last).
_BASIS = {"24h": 3, "7d": 2}


class PublishedPost(NamedTuple):
    """A published record with what the insights need to read and show it."""

    record_id: int
    post_id: int
    account_id: int
    account_name: str
    platform: str
    text: str
    published_at: datetime
    remote_id: str
    remote_url: str
    zone: str


class Reading(NamedTuple):
    checkpoint: str
    collected_at: datetime
    deleted: bool
    values: dict[str, int]
    unavailable: dict[str, str]

    @property
    def reactions(self) -> int:
        return sum(self.values.get(name, 0) for name in REACTION_NAMES)


class AudiencePoint(NamedTuple):
    day: str  # the local date, YYYY-MM-DD
    taken_at: datetime
    followers: int | None
    reason: str


_PUBLISHED_SQL = """
SELECT r.id AS record_id, t.post_id, t.account_id, a.name AS account_name, a.platform,
       COALESCE(t.text_variant, p.body) AS text, r.published_at, r.remote_id, r.remote_url,
       r.zone
FROM publish_records r
JOIN targets t ON t.id = r.target_id
JOIN posts p ON p.id = t.post_id
JOIN accounts a ON a.id = t.account_id
WHERE r.state = 'published' AND r.published_at IS NOT NULL
"""


def _published(row: sqlite3.Row) -> PublishedPost:
    return PublishedPost(row["record_id"], row["post_id"], row["account_id"], row["account_name"],
                         row["platform"], row["text"], from_millis(row["published_at"]),
                         row["remote_id"], row["remote_url"], row["zone"])


def _reading(row: sqlite3.Row) -> Reading:
    return Reading(row["checkpoint"], from_millis(row["collected_at"]), bool(row["deleted"]),
                   json.loads(row["metric_values"]), json.loads(row["unavailable"]))


class InsightsRepository:
    def __init__(self, db: Database):
        self.db = db

    # -- published posts ----------------------------------------------------------------------

    def published(self, since: datetime, until: datetime, account_id: int | None = None
                  ) -> list[PublishedPost]:
        """Records published in ``[since, until)``, oldest first."""
        sql = _PUBLISHED_SQL + " AND r.published_at >= ? AND r.published_at < ?"
        params: list = [to_millis(since), to_millis(until)]
        if account_id is not None:
            sql += " AND t.account_id = ?"
            params.append(account_id)
        return [_published(r) for r in self.db.query(sql + " ORDER BY r.published_at, r.id",
                                                     tuple(params))]

    def readable(self, since: datetime, until: datetime) -> list[tuple[PublishedPost, set[str]]]:
        """Records published in ``[since, until)`` that a platform can be asked about (a
        remote id, an account that works, not found deleted), each with the checkpoints
        already read."""
        rows = self.db.query(
            _PUBLISHED_SQL + " AND r.published_at >= ? AND r.published_at < ? "
            "AND r.remote_id != '' AND a.state = 'ok' "
            "AND r.id NOT IN (SELECT record_id FROM insights_posts WHERE deleted = 1) "
            "ORDER BY r.published_at, r.id",
            (to_millis(since), to_millis(until)))
        posts = [_published(r) for r in rows]
        taken: dict[int, set[str]] = {p.record_id: set() for p in posts}
        for chunk in _chunks([p.record_id for p in posts], 500):
            for row in self.db.query(
                    "SELECT record_id, checkpoint FROM insights_readings WHERE record_id IN "
                    f"({','.join('?' * len(chunk))})", tuple(chunk)):
                taken[row["record_id"]].add(row["checkpoint"])
        return [(p, taken[p.record_id]) for p in posts]

    # -- readings -----------------------------------------------------------------------------

    def save_reading(self, record_id: int, checkpoint: str, collected_at: datetime,
                     metrics: PostMetrics) -> None:
        """Keep the reading at ``checkpoint`` and as the latest one."""
        values = {k: int(v) for k, v in metrics.values.items()}
        reactions = None if metrics.deleted else sum(values.get(n, 0) for n in REACTION_NAMES)
        row = (to_millis(collected_at), int(metrics.deleted), reactions,
               json.dumps(values), json.dumps(metrics.unavailable, ensure_ascii=False))
        basis = _BASIS.get(checkpoint, 1)
        with self.db.transaction() as conn:
            for point in {checkpoint, LATEST}:
                conn.execute(
                    "INSERT INTO insights_readings(record_id, checkpoint, collected_at, deleted, "
                    "reactions, metric_values, unavailable) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(record_id, checkpoint) DO UPDATE SET "
                    "collected_at = excluded.collected_at, deleted = excluded.deleted, "
                    "reactions = excluded.reactions, metric_values = excluded.metric_values, "
                    "unavailable = excluded.unavailable", (record_id, point, *row))
            # The ranking's row: a better basis replaces a worse one; deleted is always kept.
            conn.execute(
                "INSERT INTO insights_posts(account_id, published_at, record_id, reactions, "
                "basis, deleted) SELECT t.account_id, r.published_at, r.id, :reactions, "
                ":basis, :deleted FROM publish_records r JOIN targets t ON t.id = r.target_id "
                "WHERE r.id = :record AND r.published_at IS NOT NULL "
                "ON CONFLICT(account_id, published_at, record_id) DO UPDATE SET "
                "reactions = CASE WHEN excluded.basis >= basis OR excluded.deleted "
                "THEN excluded.reactions ELSE reactions END, "
                "basis = MAX(basis, excluded.basis), "
                "deleted = MAX(deleted, excluded.deleted)",
                {"reactions": reactions, "basis": basis, "deleted": int(metrics.deleted),
                 "record": record_id})

    def readings(self, record_ids: Sequence[int]) -> dict[int, dict[str, Reading]]:
        """Every reading of these records: record id -> checkpoint -> reading."""
        found: dict[int, dict[str, Reading]] = {i: {} for i in record_ids}
        for chunk in _chunks(list(record_ids), 500):
            for row in self.db.query(
                    "SELECT * FROM insights_readings WHERE record_id IN "
                    f"({','.join('?' * len(chunk))})", tuple(chunk)):
                found[row["record_id"]][row["checkpoint"]] = _reading(row)
        return found

    def history(self, account_id: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The account's history for the best-time ranking, as plain tuples in time order:
        its read posts ``(published ms, reactions)`` (the +24 h reading, else +7 d, else the
        latest; deleted posts left out) and its follower snapshots ``(taken ms, followers)``.
        Plain tuples, not rows: two years of posts are read at every ranking."""
        posts = self._tuples(
            "SELECT published_at, reactions FROM insights_posts WHERE account_id = ? "
            "AND deleted = 0 AND reactions IS NOT NULL ORDER BY published_at", (account_id,))
        audience = self._tuples(
            "SELECT taken_at, followers FROM insights_audience WHERE account_id = ? "
            "AND followers IS NOT NULL ORDER BY taken_at", (account_id,))
        return posts, audience

    def _tuples(self, sql: str, params: tuple) -> list[tuple]:
        cursor = self.db.connection().cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _friendly(exc) from exc

    # -- audience -----------------------------------------------------------------------------

    def save_audience(self, account_id: int, day: str, taken_at: datetime,
                      followers: int | None, reason: str = "") -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO insights_audience(account_id, day, taken_at, followers, reason) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id, day) DO UPDATE SET "
                "taken_at = excluded.taken_at, followers = excluded.followers, "
                "reason = excluded.reason",
                (account_id, day, to_millis(taken_at), followers, reason))

    def audience_days(self, day: str) -> set[int]:
        """Accounts that already have a snapshot for ``day``."""
        return {r[0] for r in self.db.query(
            "SELECT account_id FROM insights_audience WHERE day = ?", (day,))}

    def audience(self, account_id: int, since_day: str = "", until_day: str = "9999"
                 ) -> list[AudiencePoint]:
        return [AudiencePoint(r["day"], from_millis(r["taken_at"]), r["followers"], r["reason"])
                for r in self.db.query(
                    "SELECT * FROM insights_audience WHERE account_id = ? AND day >= ? "
                    "AND day <= ? ORDER BY day", (account_id, since_day, until_day))]

    # -- notices said once, and waits ---------------------------------------------------------

    def unsaid(self, account_id: int, unavailable: dict[str, str], now: datetime
               ) -> dict[str, str]:
        """Of ``unavailable`` (metric -> reason), those not said before for this account (or
        said with another reason); they are marked said."""
        if not unavailable:
            return {}
        said = {r["metric"]: r["reason"] for r in self.db.query(
            "SELECT metric, reason FROM insights_notices WHERE account_id = ?", (account_id,))}
        new = {m: reason for m, reason in unavailable.items() if said.get(m) != reason}
        if new:
            with self.db.transaction() as conn:
                conn.executemany(
                    "INSERT INTO insights_notices(account_id, metric, reason, said_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(account_id, metric) DO UPDATE SET "
                    "reason = excluded.reason, said_at = excluded.said_at",
                    [(account_id, m, reason, to_millis(now)) for m, reason in new.items()])
        return new

    def forget_notice(self, account_id: int, metric: str) -> None:
        """The notice no longer holds (a problem went away): say it again if it comes back."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM insights_notices WHERE account_id = ? AND metric = ?",
                         (account_id, metric))

    def waits(self) -> dict[int, datetime]:
        return {r["account_id"]: from_millis(r["until"])
                for r in self.db.query("SELECT * FROM insights_waits")}

    def set_wait(self, account_id: int, until: datetime | None) -> None:
        with self.db.transaction() as conn:
            if until is None:
                conn.execute("DELETE FROM insights_waits WHERE account_id = ?", (account_id,))
            else:
                conn.execute("INSERT INTO insights_waits(account_id, until) VALUES (?, ?) "
                             "ON CONFLICT(account_id) DO UPDATE SET until = excluded.until",
                             (account_id, to_millis(until)))


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
