"""The inbox tables: one copy per item, cursors written with their items or not at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.domain.inbox import ItemKind, ItemState, RemoteItem
from humasdesk.domain.inbox_items import Labels
from humasdesk.domain.model import Account
from humasdesk.store import Database, Store


@pytest.fixture
def store(tmp_path):
    opened = Store(Database(tmp_path / "inbox.sqlite3"))
    yield opened
    opened.close()


def item(remote_id: str, *, at: datetime | None = None, thread: str = "t1",
         handle: str = "budi") -> RemoteItem:
    return RemoteItem(remote_id, ItemKind.COMMENT, "Budi", handle, f"Komentar {remote_id}",
                      at or datetime.now(UTC), thread_id=thread)


def test_an_item_is_stored_once_per_account(store):
    first = store.accounts.add(Account(platform="outbox", name="Satu"))
    second = store.accounts.add(Account(platform="outbox", name="Dua"))
    saved = store.inbox.save_batch(first.id, [(item("a"), Labels()), (item("b"), Labels())],
                                   cursor="2", expected_cursor="", next_at=None)
    assert None not in saved.new_ids and saved.cursor_saved
    again = store.inbox.save_batch(first.id, [(item("b"), Labels()), (item("c"), Labels())],
                                   cursor="3", expected_cursor="2", next_at=None)
    assert again.new_ids[0] is None and again.new_ids[1] is not None
    other = store.inbox.save_batch(second.id, [(item("a"), Labels())], cursor="1",
                                   expected_cursor="", next_at=None)
    assert other.new_ids[0] is not None  # the same platform id on another account
    assert store.inbox.count(account_id=first.id) == 3
    assert store.inbox.count() == 4


def test_items_and_cursor_are_written_together_or_not_at_all(store):
    account = store.accounts.add(Account(platform="outbox", name="Satu"))
    naive = RemoteItem("bad", ItemKind.COMMENT, "X", "x", "Waktu tanpa zona",
                       datetime(2026, 12, 1, 9, 0))  # refused by the store
    with pytest.raises(ValueError):
        store.inbox.save_batch(account.id, [(item("a"), Labels()), (naive, Labels())],
                               cursor="2", expected_cursor="", next_at=None)
    assert store.inbox.count() == 0
    assert store.inbox.cursor(account.id).cursor == ""


def test_a_cursor_moved_by_another_reader_is_not_overwritten(store):
    account = store.accounts.add(Account(platform="outbox", name="Satu"))
    store.inbox.save_batch(account.id, [(item("a"), Labels())], cursor="1", expected_cursor="",
                           next_at=None)
    store.inbox.save_batch(account.id, [(item("b"), Labels())], cursor="2", expected_cursor="1",
                           next_at=None)
    # A slower reader that started from "1" finishes last: its items count, its cursor not.
    late = store.inbox.save_batch(account.id, [(item("b"), Labels()), (item("c"), Labels())],
                                  cursor="1b", expected_cursor="1", next_at=None,
                                  counts={"like": 5})
    assert not late.cursor_saved and late.new_ids[1] is not None
    cursor = store.inbox.cursor(account.id)
    assert cursor.cursor == "2" and cursor.counts == {}


def test_removing_an_account_removes_its_inbox(store):
    account = store.accounts.add(Account(platform="outbox", name="Satu"))
    store.inbox.save_batch(account.id, [(item("a"), Labels())], cursor="1", expected_cursor="",
                           next_at=None)
    store.accounts.remove(account.id)
    assert store.inbox.count() == 0 and store.inbox.cursors() == {}


def test_views_order_and_state_changes(store):
    account = store.accounts.add(Account(platform="outbox", name="Satu"))
    now = datetime.now(UTC)
    store.inbox.save_batch(account.id, [
        (item("old-urgent", at=now - timedelta(days=2)), Labels(urgent=True, reasons=("x",))),
        (item("complaint", at=now - timedelta(days=1)), Labels(complaint=True)),
        (item("plain", at=now), Labels()),
    ], cursor="3", expected_cursor="", next_at=None)
    ids = [i.remote.remote_id for i in store.inbox.list(open_only=True, by_rank=True)]
    assert ids == ["old-urgent", "complaint", "plain"]
    assert [i.remote.remote_id for i in store.inbox.list()] == ["plain", "complaint",
                                                                "old-urgent"]
    urgent = store.inbox.by_remote_id(account.id, "old-urgent")
    assert urgent.labels.reasons == ("x",)
    assert store.inbox.set_state([urgent.id], ItemState.HANDLED, how="reply") == 1
    assert store.inbox.get(urgent.id).handled_how == "reply"
    assert [i.remote.remote_id for i in store.inbox.list(open_only=True, by_rank=True)] == [
        "complaint", "plain"]
    assert store.inbox.list(limit=1, offset=1)[0].remote.remote_id == "complaint"
