import threading
from datetime import UTC, datetime, timedelta

import pytest

from helpers import publish_now
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.model import Account, AccountState, PublishState
from humasdesk.platforms.base import Capabilities, PublishResult, Rejected
from humasdesk.platforms.registry import PlatformSpec


def outbox_id(app):
    return app.store.accounts.by_name("Local outbox").id


def counts(app):
    return tuple(app.store.db.query(f"SELECT COUNT(*) FROM {t}")[0][0]
                 for t in ("posts", "targets", "publish_records"))


def test_fresh_install_has_a_local_outbox(app):
    [account] = app.store.accounts.list()
    assert (account.platform, account.name, account.state) == ("outbox", "Local outbox",
                                                               AccountState.OK)


def test_removed_outbox_is_not_recreated(app, isolated_home):
    from humasdesk.app import App

    app.store.accounts.remove(outbox_id(app))
    again = App.build(isolated_home)
    assert again.store.accounts.list() == []
    again.close()


def test_publish_now_writes_the_outbox_file(app, isolated_home):
    [outcome] = publish_now(app, "Jadwal vaksin hari ini", [outbox_id(app)])
    assert outcome.state is PublishState.PUBLISHED
    [item] = app.store.queue.items()
    assert item.state is PublishState.PUBLISHED
    assert item.remote_url == outcome.url
    files = list((isolated_home / "outbox").glob("*.md"))
    assert len(files) == 1 and "Jadwal vaksin hari ini" in files[0].read_text()


@pytest.mark.parametrize("body, when, zone, message", [
    ("   ", None, "Asia/Jakarta", "empty"),
    ("teks", datetime(2020, 1, 1, tzinfo=UTC), "Asia/Jakarta", "already past"),
    ("teks", None, "Nowhere/City", "Unknown time zone"),
])
def test_bad_input_writes_nothing(app, body, when, zone, message):
    before = counts(app)
    with pytest.raises(Exception, match=message):
        app.publishing.submit(body, [outbox_id(app)], when=when, zone=zone)
    assert counts(app) == before


def test_no_accounts_or_unusable_account(app):
    with pytest.raises(UserInputError, match="at least one account"):
        app.publishing.submit("teks", [])
    with pytest.raises(UserInputError, match="no longer exists"):
        app.publishing.submit("teks", [999])
    app.store.accounts.set_state(outbox_id(app), AccountState.NEEDS_RECONNECT)
    with pytest.raises(UserInputError, match="Needs reconnect"):
        app.publishing.submit("teks", [outbox_id(app)])
    assert counts(app) == (0, 0, 0)


def test_only_due_posts_are_published(app):
    now = datetime.now(UTC)
    app.publishing.submit("nanti", [outbox_id(app)], when=now + timedelta(hours=1))
    soon = app.publishing.submit("segera", [outbox_id(app)], when=now + timedelta(seconds=1))
    engine = app.engine("test")
    engine.clock = lambda: now
    assert engine.run_once() == []
    engine.clock = lambda: now + timedelta(seconds=2)
    outcomes = engine.run_once()
    assert [o.record_id for o in outcomes] == [soon[0].id]
    states = {i.text: i.state for i in app.store.queue.items()}
    assert states == {"nanti": PublishState.SCHEDULED, "segera": PublishState.PUBLISHED}


class _Fake:
    def __init__(self, account, behaviour, calls):
        self.account, self.behaviour, self.calls = account, behaviour, calls
        self.capabilities = Capabilities(text_rules="outbox")

    def publish(self, post):
        self.calls.append(post.idempotency_key)
        return self.behaviour(post)


def register_fake(app, behaviour):
    calls = []
    app.registry.register(PlatformSpec(
        id="fake", display_name=lambda: "Fake", capabilities=Capabilities(text_rules="outbox"),
        factory=lambda account, _ctx: _Fake(account, behaviour, calls)))
    account = app.store.accounts.add(Account(platform="fake", name="Fake"))
    return account.id, calls


def test_rejected_post_fails_with_the_platform_message(app):
    def reject(_post):
        raise Rejected("Text too long (301 > 300)")

    account_id, _ = register_fake(app, reject)
    [outcome] = publish_now(app, "teks", [account_id])
    assert outcome.state is PublishState.FAILED
    assert "Text too long (301 > 300)" in outcome.message
    [item] = app.store.queue.items()
    assert (item.state, item.error_kind) == (PublishState.FAILED, "rejected")
    assert "Text too long" in item.error_message


def test_adapter_crash_needs_attention_instead_of_staying_sending(app):
    def crash(_post):
        raise RuntimeError("bug")

    account_id, _ = register_fake(app, crash)
    [outcome] = publish_now(app, "teks", [account_id])
    assert outcome.state is PublishState.NEEDS_ATTENTION
    assert app.store.queue.items()[0].state is PublishState.NEEDS_ATTENTION


def test_two_engines_in_one_data_directory_send_once(app):
    """Two publishers (the window and the agent, say) never both send: one holds the lease."""
    gate = threading.Event()

    def slow(post):
        gate.wait(5)
        return PublishResult(remote_id="1", url="https://example/1")

    account_id, calls = register_fake(app, slow)
    app.publishing.submit("teks", [account_id])
    first, second = app.engine("window"), app.engine("agent")
    results = []
    threads = [threading.Thread(target=lambda e=e: results.append(e.run_once()))
               for e in (first, second)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert len(calls) == 1
    [item] = app.store.queue.items()
    assert (item.state, item.attempts) == (PublishState.PUBLISHED, 1)
    assert sorted(len(r) for r in results) == [0, 1]
