"""Brand and keyword watch through the service, with Mastodon's and Threads' documented
answers (contract servers on 127.0.0.1): a Mastodon #hashtag timeline and a Threads keyword
search, each stored once with its own cursor across syncs and a restart, triaged, in the
"mentions of the hospital" view; Threads' daily quota said when the search is added; rate
limits, an expired token and a platform that cannot search said in words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from test_inbox_mastodon import BUDI, SITI, status
from test_mastodon import INSTANCE, TOKEN
from test_threads_contract import DAY, NOW, USER, V
from test_threads_contract import TOKEN as THREADS_TOKEN

from contract_server import Reply
from humasdesk.app import App
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.inbox import ItemKind
from humasdesk.domain.model import Account, AccountState
from humasdesk.platforms import mastodon, tokens
from humasdesk.platforms import registry as platform_registry
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.secrets import SecretStore
from humasdesk.platforms.spec import PlatformContext
from humasdesk.services.inbox import InboxView


@pytest.fixture
def build(memory_secrets, isolated_home, monkeypatch):
    """``build()`` opens the app (again, for a restart) with the secrets in memory."""
    default = platform_registry.default_registry
    monkeypatch.setattr(platform_registry, "default_registry", lambda context: default(
        PlatformContext(data_dir=context.data_dir, outbox_dir=context.outbox_dir,
                        secrets=memory_secrets, http=HttpFactory(timeout=10))))
    opened = []

    def build() -> App:
        app = App.build(isolated_home)
        opened.append(app)
        return app
    yield build
    for app in opened:
        app.close()


def mastodon_account(app, server, secrets) -> Account:
    ref = SecretStore.new_reference("mastodon")
    secrets.set(ref, json.dumps({"access_token": TOKEN, "client_id": "c", "client_secret": "s"}))
    return app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
        server_url=server.url, credential_ref=ref,
        options={"visibility": "public", "account_id": "109",
                 "limits": mastodon.limits_from_instance(INSTANCE), "read_inbox": False}))


def threads_account(app, server, secrets) -> Account:
    tokens.save(secrets, "threads:watch", {
        "access_token": THREADS_TOKEN, "expires_at": NOW + 50 * DAY, "issued_at": NOW,
        "expiry_known": True})
    return app.store.accounts.add(Account(
        platform="threads", name="Threads RSKO", handle="rsko", server_url=server.url,
        credential_ref="threads:watch",
        options={"user_id": USER, "image_host": "assisted", "read_inbox": False}))


TAG = "/api/v1/timelines/tag/RSKO"


def test_a_mastodon_hashtag_is_watched_once_across_syncs_and_a_restart(
        build, contract_server, memory_secrets):
    app = build()
    account = mastodon_account(app, contract_server, memory_secrets)
    search, said = app.inbox.watch.add(account.id, "#RSKO")
    assert "every 15 minutes" in said and "Mentions of the hospital" in said
    with pytest.raises(UserInputError, match="already watches"):
        app.inbox.watch.add(account.id, " #RSKO ")

    timeline = [status("9701", "Terima kasih #RSKO, perawatnya ramah", SITI,
                       created="2026-11-26T03:05:00.000Z"),
                status("9700", "Antre tiga jam di #RSKO, pelayanan buruk, kecewa sekali", BUDI)]
    contract_server.script("GET", TAG, lambda _request: Reply(200, timeline))
    [report] = app.inbox.sync_due()  # the account's own inbox is not read: only the search
    assert report.problem == "" and report.new_by_kind == {ItemKind.MENTION: 2}
    assert report.complaints == 1 and "#RSKO" in report.announcement
    mentions = app.inbox.items(InboxView.MENTIONS)
    assert [i.remote.remote_id for i in mentions] == ["9701", "9700"]
    assert mentions[1].labels.complaint and not mentions[0].labels.complaint
    assert all(i.watch_id == search.id and i.kind is ItemKind.MENTION for i in mentions)
    assert app.inbox.items(InboxView.ACCOUNT, account_id=account.id) == []
    stored = app.inbox.watch.search(search.id)
    assert stored.found == 2 and stored.next_at - stored.synced_at == timedelta(minutes=15)
    assert app.inbox.sync_due() == []  # not due again for 15 minutes
    app.close()

    # A restart: the cursor was kept, so the server is asked only for what is newer, and a
    # status it sends again is not stored twice.
    timeline.insert(0, status("9702", "Info #RSKO: poli jiwa buka Sabtu", SITI,
                              created="2026-11-26T04:00:00.000Z"))
    app = build()
    again = app.inbox.watch.sync_search(search.id)
    assert again.new == 1, again
    assert contract_server.sent("GET", TAG)[-1].query["min_id"] == ["9701"]
    assert [i.remote.remote_id for i in app.inbox.items(InboxView.MENTIONS)] == \
        ["9702", "9701", "9700"]
    assert app.store.inbox.count() == 3

    removed = app.inbox.watch.remove(search.id)
    assert removed.query == "#RSKO" and app.inbox.watch.searches() == []
    assert app.store.inbox.count() == 3  # what it found stays in the inbox


def test_mastodon_words_say_the_server_may_not_search_and_a_rate_limit_waits(
        build, contract_server, memory_secrets):
    app = build()
    account = mastodon_account(app, contract_server, memory_secrets)
    search, said = app.inbox.watch.add(account.id, "rumah sakit kota")
    assert "search engine" in said and "#hashtag always works" in said
    answers = [Reply(200, {"accounts": [], "statuses": [], "hashtags": []})]
    contract_server.script("GET", "/api/v2/search", lambda _request: answers[-1])
    report = app.inbox.watch.sync_search(search.id)
    assert report.new == 0 and "full-text search" in " ".join(report.notes)
    assert "full-text search" in app.inbox.watch.search(search.id).note

    reset = (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)
    answers.append(Reply(
        429, {"error": "Too many requests"},
        headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000Z")}))
    limited = app.inbox.watch.sync_search(search.id)
    assert "did not run" in limited.problem and limited.next_at == reset
    stored = app.inbox.watch.search(search.id)
    assert stored.next_at == reset and stored.failures == 1 and stored.problem
    asked = len(contract_server.sent("GET", "/api/v2/search"))
    assert app.inbox.sync_due() == [] and len(contract_server.sent("GET", "/api/v2/search")) \
        == asked


def test_a_threads_keyword_search_says_its_quota_and_runs_every_30_minutes(
        build, contract_server, memory_secrets):
    app = build()
    account = threads_account(app, contract_server, memory_secrets)
    search, said = app.inbox.watch.add(account.id, "RS Kota")
    assert "2,200 keyword searches in 24 hours" in said and "every 30 minutes" in said
    path = f"/{V}/{USER}/threads_keyword_search"
    contract_server.script("GET", path, Reply(200, {"data": [
        {"id": "s2", "text": "Ada yang tahu jadwal dokter anak di RS Kota?", "username": "ani",
         "timestamp": "2026-11-26T02:00:00+0000", "permalink": "https://t/s2"},
        {"id": "s1", "text": "RS Kota lambat sekali, sudah 4 jam menunggu, kecewa",
         "username": "budi", "timestamp": "2026-11-26T01:00:00+0000",
         "permalink": "https://t/s1"}]}))
    report = app.inbox.watch.sync_search(search.id)
    assert report.problem == "" and report.new == 2 and report.complaints == 1
    asked = contract_server.sent("GET", path)[0]
    assert asked.query["q"] == ["RS Kota"] and asked.query["search_mode"] == ["KEYWORD"]
    assert "2,200 searches in 24 hours" in app.inbox.watch.search(search.id).note
    stored = app.inbox.watch.search(search.id)
    assert stored.next_at - stored.synced_at == timedelta(minutes=30)
    [complaint] = [i for i in app.inbox.items(InboxView.MENTIONS) if i.remote.remote_id == "s1"]
    assert complaint.labels.complaint
    # Again: only what is newer is asked for; the same posts are not stored twice.
    assert app.inbox.watch.sync_search(search.id).new == 0
    assert contract_server.sent("GET", path)[1].query["since"] == \
        [str(int(datetime(2026, 11, 26, 2, tzinfo=UTC).timestamp()))]
    assert app.store.inbox.count() == 2


def test_an_expired_threads_token_pauses_the_account_in_words(
        build, contract_server, memory_secrets):
    app = build()
    account = threads_account(app, contract_server, memory_secrets)
    search, _ = app.inbox.watch.add(account.id, "#RSKota")
    contract_server.script("GET", f"/{V}/{USER}/threads_keyword_search", Reply(400, {"error": {
        "message": "Error validating access token", "type": "OAuthException", "code": 190}}))
    report = app.inbox.watch.sync_search(search.id)
    assert report.paused and "needs to be reconnected" in report.problem
    assert app.store.accounts.get(account.id).state is AccountState.NEEDS_RECONNECT
    assert app.inbox.sync_due() == []  # a paused account's searches wait for him


def test_a_platform_without_search_says_so_and_nothing_is_saved(build):
    app = build()
    outbox = next(a for a in app.store.accounts.list() if a.platform == "outbox")
    with pytest.raises(UserInputError, match="does not let HumasDesk search"):
        app.inbox.watch.add(outbox.id, "RSKO")
    assert app.inbox.watch.searches() == []
    mastodon_like = app.store.accounts.list()
    assert outbox not in app.inbox.watch.searching_accounts() and mastodon_like


def test_inbox_sync_on_the_command_line_runs_the_saved_searches(
        build, contract_server, memory_secrets, capsys):
    from humasdesk.cli import main

    app = build()
    account = mastodon_account(app, contract_server, memory_secrets)
    search, _ = app.inbox.watch.add(account.id, "#RSKO")
    app.close()
    contract_server.script("GET", TAG, Reply(200, [
        status("9700", "Antre tiga jam di #RSKO, pelayanan buruk, kecewa sekali", BUDI)]))
    code = main(["inbox", "--sync", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "“#RSKO” (Mastodon RSKO)" in err
    [item] = json.loads(out)
    assert item["watch_id"] == str(search.id) and item["complaint"] is True
