import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.domain.model import (
    Account,
    AccountState,
    Draft,
    Media,
    Post,
    PublishRecord,
    PublishState,
    Target,
)
from humasdesk.store import Database, Store, StoreError
from humasdesk.store.migrations import MIGRATIONS


@pytest.fixture
def store(tmp_path):
    s = Store(Database(tmp_path / "data.sqlite3"))
    yield s
    s.close()


def test_migration_from_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = Database(path)
    assert db.schema_version() == len(MIGRATIONS)
    tables = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"settings", "accounts", "posts", "media", "targets", "publish_records",
            "drafts"} <= tables
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA foreign_keys")[0][0] == 1
    db.close()
    # Opening again runs no migration twice.
    again = Database(path)
    assert again.schema_version() == len(MIGRATIONS)
    again.close()


def test_newer_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer HumasDesk"):
        Database(path)


def test_settings_round_trip(store):
    store.settings.set("theme", "light")
    store.settings.set("shortcuts", {"compose.publish_now": "Ctrl+P"})
    assert store.settings.get("theme") == "light"
    assert store.settings.get("shortcuts") == {"compose.publish_now": "Ctrl+P"}
    assert store.settings.get("missing", 42) == 42


def test_account_round_trip(store):
    account = store.accounts.add(Account(
        platform="bluesky", name="Bluesky RSKO", handle="rsko.example", server_url="https://pds",
        credential_ref="bluesky:1", state=AccountState.NEEDS_RECONNECT, options={"a": 1}))
    loaded = store.accounts.get(account.id)
    assert loaded == account
    assert store.accounts.by_name("bluesky rsko") == account
    store.accounts.set_state(account.id, AccountState.OK)
    assert store.accounts.get(account.id).state is AccountState.OK
    with pytest.raises(sqlite3.IntegrityError):
        store.accounts.add(Account(platform="x", name="BLUESKY RSKO"))


def test_post_media_target_record_round_trip(store):
    account = store.accounts.add(Account(platform="outbox", name="Local outbox"))
    when = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    post = Post(body="Halo 👋", language="id", media=[
        Media(path="/tmp/a.jpg", sha256="ab" * 32, mime_type="image/jpeg", alt_text="Gedung"),
        Media(path="/tmp/b.png", sha256="cd" * 32, mime_type="image/png", alt_text="Dokter"),
    ])
    target = Target(post_id=0, account_id=account.id, text_variant="Halo varian")
    record = PublishRecord(target_id=0, state=PublishState.SCHEDULED, scheduled_at=when,
                           zone="Asia/Jakarta", idempotency_key="key-1")
    [saved] = store.create_post(post, [(target, record)])

    loaded_post = store.posts.get(post.id)
    assert loaded_post.body == "Halo 👋"
    assert [m.alt_text for m in loaded_post.media] == ["Gedung", "Dokter"]
    assert [m.position for m in loaded_post.media] == [0, 1]
    assert store.targets.for_post(post.id) == [target]
    loaded = store.records.get(saved.id)
    assert loaded.scheduled_at == when
    assert loaded.state is PublishState.SCHEDULED
    assert loaded.idempotency_key == "key-1"
    item = store.queue.item(saved.id)
    assert item.text == "Halo varian"  # the variant wins over the master text
    assert item.account_name == "Local outbox"


def test_create_post_is_all_or_nothing(store):
    account = store.accounts.add(Account(platform="outbox", name="Local outbox"))
    good = (Target(post_id=0, account_id=account.id),
            PublishRecord(target_id=0, state=PublishState.SCHEDULED, idempotency_key="k1"))
    bad = (Target(post_id=0, account_id=9999),  # no such account: foreign key fails
           PublishRecord(target_id=0, state=PublishState.SCHEDULED, idempotency_key="k2"))
    with pytest.raises(sqlite3.IntegrityError):
        store.create_post(Post(body="x"), [good, bad])
    assert store.db.query("SELECT COUNT(*) FROM posts")[0][0] == 0
    assert store.db.query("SELECT COUNT(*) FROM publish_records")[0][0] == 0


def test_transition_is_compare_and_set(store):
    account = store.accounts.add(Account(platform="outbox", name="Local outbox"))
    [record] = store.create_post(Post(body="x"), [(
        Target(post_id=0, account_id=account.id),
        PublishRecord(target_id=0, state=PublishState.SCHEDULED, idempotency_key="k"))])
    assert store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                    attempts=1)
    # A second claimer loses.
    assert not store.records.transition(record.id, [PublishState.SCHEDULED],
                                        PublishState.SENDING, attempts=2)
    assert store.records.get(record.id).attempts == 1
    published = datetime(2026, 1, 1, tzinfo=UTC)
    assert store.records.transition(record.id, [PublishState.SENDING], PublishState.PUBLISHED,
                                    remote_url="file:///x", published_at=published)
    loaded = store.records.get(record.id)
    assert (loaded.state, loaded.remote_url, loaded.published_at) == (
        PublishState.PUBLISHED, "file:///x", published)
    with pytest.raises(ValueError):
        store.records.transition(record.id, [PublishState.PUBLISHED], PublishState.FAILED,
                                 target_id=3)


def test_due_and_next_due(store):
    account = store.accounts.add(Account(platform="outbox", name="Local outbox"))
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for minutes, key in ((-5, "past"), (10, "future")):
        store.create_post(Post(body=key), [(
            Target(post_id=0, account_id=account.id),
            PublishRecord(target_id=0, state=PublishState.SCHEDULED, idempotency_key=key,
                          scheduled_at=now + timedelta(minutes=minutes)))])
    assert [r.idempotency_key for r in store.records.due(now)] == ["past"]
    assert store.records.next_due_at() == now - timedelta(minutes=5)


def test_drafts(store):
    draft = store.drafts.save(Draft(body="satu", account_ids=[1]))
    draft.body = "satu dua"
    store.drafts.save(draft)
    assert store.drafts.latest().body == "satu dua"
    assert store.drafts.get(draft.id).account_ids == [1]
    store.drafts.save(Draft(id=draft.id, body=""))
    assert store.drafts.latest() is None  # an emptied draft is not offered back
    store.drafts.delete(draft.id)
    assert store.drafts.get(draft.id) is None


def test_full_disk_gives_a_clear_message_and_keeps_old_data(store):
    store.settings.set("theme", "dark")
    conn = store.db.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="disk is full"):
        store.drafts.save(Draft(body="x" * 200_000))
    assert store.settings.get("theme") == "dark"
    assert store.drafts.latest() is None


def test_naive_datetimes_are_refused(store):
    account = store.accounts.add(Account(platform="outbox", name="Local outbox"))
    with pytest.raises(ValueError, match="naive"):
        store.create_post(Post(body="x"), [(
            Target(post_id=0, account_id=account.id),
            PublishRecord(target_id=0, state=PublishState.SCHEDULED, idempotency_key="k",
                          scheduled_at=datetime(2026, 1, 1)))])
