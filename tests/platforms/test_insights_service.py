"""The insights service with real adapters against local servers: what is due is read at its
checkpoint, once; deleted posts stay deleted; a platform that asks to wait is left alone; an
unavailable figure is said once; sentences, the week's summary and best time from the store."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from platform_support import CLIENT_TIMEOUT

from contract_server import Reply
from humasdesk.domain.metrics import LIKES, REPLIES, REPOSTS, PostMetrics
from humasdesk.domain.model import Account, Post, PublishRecord, PublishState, Target
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.registry import PlatformContext, default_registry
from humasdesk.platforms.secrets import SecretStore
from humasdesk.services.insights import InsightsService, due_checkpoint
from humasdesk.store import Store
from humasdesk.store.db import Database

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)  # Saturday 10:00 WIB
TELEGRAM_TOKEN = "7012345678:AAHserviceTokenForInsights000000000"


@pytest.fixture
def store(tmp_path):
    built = Store(Database(tmp_path / "humasdesk.sqlite3"))
    yield built
    built.close()


@pytest.fixture
def registry(tmp_path, memory_secrets):
    return default_registry(PlatformContext(
        data_dir=tmp_path / "data", outbox_dir=tmp_path / "outbox", secrets=memory_secrets,
        http=HttpFactory(timeout=CLIENT_TIMEOUT)))


@pytest.fixture
def mastodon(store, memory_secrets, contract_server) -> Account:
    ref = SecretStore.new_reference("mastodon")
    memory_secrets.set(ref, json.dumps({"access_token": "mastodon-service-token"}))
    return store.accounts.add(Account(platform="mastodon", name="Mastodon RSKO",
                                      server_url=contract_server.url, credential_ref=ref,
                                      options={"account_id": "1"}))


@pytest.fixture
def telegram(store, memory_secrets, contract_server) -> Account:
    ref = SecretStore.new_reference("telegram")
    memory_secrets.set(ref, TELEGRAM_TOKEN)
    return store.accounts.add(Account(platform="telegram", name="Info RSKO",
                                      server_url=contract_server.url, credential_ref=ref,
                                      options={"chat_id": "-100123"}))


def service(store, registry, now=NOW, **kwargs) -> InsightsService:
    return InsightsService(store, lambda: registry, clock=lambda: now, **kwargs)


def publish(store, text: str, accounts_and_ids: list[tuple[Account, str]],
            published_at: datetime) -> list[int]:
    """A post published on these accounts (remote ids given); its record ids."""
    targets = [(Target(post_id=0, account_id=account.id),
                PublishRecord(target_id=0, state=PublishState.PUBLISHED, published_at=published_at,
                              remote_id=remote_id,
                              remote_url=f"https://example.test/{remote_id}"))
               for account, remote_id in accounts_and_ids]
    return [r.id for r in store.create_post(Post(body=text), targets)]


def status(favourites=0, reblogs=0, replies=0) -> Reply:
    return Reply(200, {"id": "1", "favourites_count": favourites, "reblogs_count": reblogs,
                       "replies_count": replies})


def followers(count: int) -> Reply:
    return Reply(200, {"id": "1", "acct": "rsko", "followers_count": count})


def test_checkpoints_are_due_once_and_late_ones_are_taken_until_the_next():
    hour = timedelta(hours=1)
    published = NOW - 2 * hour
    assert due_checkpoint(published, set(), NOW) == "1h"
    assert due_checkpoint(published, {"1h"}, NOW) == ""
    assert due_checkpoint(NOW - 5 * hour, set(), NOW) == "1h"  # a little late
    assert due_checkpoint(NOW - 7 * hour, set(), NOW) == ""  # too late for +1 h, early for +24 h
    assert due_checkpoint(NOW - 30 * hour, set(), NOW) == "24h"  # the +1 h one was missed
    assert due_checkpoint(NOW - 30 * hour, {"1h"}, NOW) == "24h"
    assert due_checkpoint(NOW - timedelta(days=4), {"1h"}, NOW) == ""
    assert due_checkpoint(NOW - timedelta(days=9), {"24h"}, NOW) == "7d"
    assert due_checkpoint(NOW - timedelta(days=15), set(), NOW) == ""
    assert due_checkpoint(NOW - timedelta(minutes=20), set(), NOW) == ""


def test_collect_reads_what_is_due_at_its_checkpoint_and_the_daily_audience(
        store, registry, mastodon, contract_server):
    one_hour = publish(store, "Donor darah bersama PMI", [(mastodon, "101")],
                       NOW - timedelta(minutes=70))[0]
    one_day = publish(store, "Jadwal poli", [(mastodon, "102")], NOW - timedelta(hours=25))[0]
    one_week = publish(store, "Seminar", [(mastodon, "103")], NOW - timedelta(days=8))[0]
    publish(store, "Too old", [(mastodon, "104")], NOW - timedelta(days=30))
    publish(store, "Too new", [(mastodon, "105")], NOW - timedelta(minutes=10))
    contract_server.script("GET", "/api/v1/statuses/101", status(34, 5, 12))
    contract_server.script("GET", "/api/v1/statuses/102", status(7))
    contract_server.script("GET", "/api/v1/statuses/103", status(3, 1))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", followers(1200))

    report = service(store, registry).collect_due()
    assert (report.readings, report.audiences, report.problems) == (3, 1, [])
    assert sorted(r.path for r in contract_server.requests) == [
        "/api/v1/accounts/verify_credentials", "/api/v1/statuses/101", "/api/v1/statuses/102",
        "/api/v1/statuses/103"]
    readings = service(store, registry).repo.readings([one_hour, one_day, one_week])
    assert set(readings[one_hour]) == {"1h", "latest"}
    assert readings[one_hour]["1h"].values == {LIKES: 34, REPOSTS: 5, REPLIES: 12}
    assert set(readings[one_day]) == {"24h", "latest"}
    assert set(readings[one_week]) == {"7d", "latest"}

    # Nothing more is due in the same hour: no request at all.
    contract_server.requests.clear()
    assert service(store, registry, NOW + timedelta(minutes=20)).collect_due().readings == 0
    assert contract_server.requests == []


def test_a_deleted_post_is_said_as_deleted_and_never_counted(store, registry, mastodon,
                                                              contract_server):
    publish(store, "Info vaksin", [(mastodon, "201")], NOW - timedelta(hours=2))
    contract_server.script("GET", "/api/v1/statuses/201", Reply(404, {"error": "Not found"}))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", followers(10))
    insights = service(store, registry)
    assert insights.collect_due().deleted == 1
    [post] = insights.posts(days=1)
    assert post.deleted and post.reactions == 0 and post.latest.values == {}
    assert insights.sentences(days=1) == ["Info vaksin: deleted on Mastodon"]
    # A deleted post is not asked about again at its later checkpoints.
    contract_server.requests.clear()
    later = service(store, registry, NOW + timedelta(hours=25)).collect_due()
    assert later.readings == 0
    assert not [r for r in contract_server.requests if r.path.startswith("/api/v1/statuses")]


def test_a_platform_that_asks_to_wait_is_left_alone_until_then(store, registry, mastodon,
                                                                contract_server):
    publish(store, "A", [(mastodon, "301")], NOW - timedelta(hours=3))  # read first
    publish(store, "B", [(mastodon, "302")], NOW - timedelta(hours=2))
    reset = (NOW + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    contract_server.script("GET", "/api/v1/statuses/301", Reply(
        429, {"error": "Too many requests"}, headers={"X-RateLimit-Reset": reset}))
    contract_server.script("GET", "/api/v1/statuses/302", status(1))
    report = service(store, registry).collect_due()
    assert report.readings == 0 and len(report.waiting) == 1
    assert report.waiting[0].startswith("Mastodon RSKO: ")
    # One refusal stops the account for the run: the second post was not asked for, nor the
    # audience.
    assert [r.path for r in contract_server.requests] == ["/api/v1/statuses/301"]
    contract_server.requests.clear()
    assert service(store, registry, NOW + timedelta(minutes=10)).collect_due().readings == 0
    assert contract_server.requests == []


def test_an_unavailable_figure_is_said_once(store, registry, telegram, contract_server):
    publish(store, "Pengumuman", [(telegram, "55")], NOW - timedelta(hours=2))
    publish(store, "Lowongan", [(telegram, "56")], NOW - timedelta(hours=3))
    contract_server.script("POST", f"/bot{TELEGRAM_TOKEN}/getChatMemberCount",
                           Reply(200, {"ok": True, "result": 1534}))
    first = service(store, registry).collect_due()
    assert first.readings == 2 and first.audiences == 1
    assert len(first.notices) == 1 and "no views or statistics" in first.notices[0]
    publish(store, "Later", [(telegram, "57")], NOW + timedelta(hours=20))
    later = service(store, registry, NOW + timedelta(hours=26)).collect_due()
    assert later.readings >= 1 and later.notices == []
    assert service(store, registry).followers(telegram.id, now=NOW)[0].followers == 1534


def test_one_sentence_per_post_across_its_accounts(store, registry, mastodon, telegram,
                                                   contract_server):
    publish(store, "Donor darah bersama PMI. Datang ke lobi utama hari Sabtu.",
            [(mastodon, "401"), (telegram, "77")], NOW - timedelta(hours=2))
    contract_server.script("GET", "/api/v1/statuses/401", status(34, 5, 12))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", followers(1))
    contract_server.script("POST", f"/bot{TELEGRAM_TOKEN}/getChatMemberCount",
                           Reply(200, {"ok": True, "result": 2}))
    insights = service(store, registry)
    insights.collect_due()
    [sentence] = insights.sentences(days=1)
    # Plural forms come from the catalogue; here the English source text stands.
    assert sentence.startswith("Donor darah bersama PMI: 34 like")
    assert "5 share" in sentence and "12 repl" in sentence and "on Mastodon" in sentence
    assert sentence.endswith("; no figures available from Telegram")


def test_the_weeks_summary_per_account_with_best_and_weakest(store, registry, mastodon):
    insights = service(store, registry)
    monday = date(2026, 11, 23)
    start = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 09:00 WIB
    ids = [publish(store, f"Post {n}", [(mastodon, str(500 + n))], start + timedelta(days=n))[0]
           for n in range(4)]
    for record_id, likes in zip(ids, (10, 40, 0, 25), strict=True):
        insights.repo.save_reading(record_id, "24h", start + timedelta(days=5),
                                   PostMetrics({LIKES: likes, REPLIES: 2}))
    deleted = publish(store, "Gone", [(mastodon, "599")], start + timedelta(days=1))[0]
    insights.repo.save_reading(deleted, "24h", start + timedelta(days=5),
                               PostMetrics(deleted=True))
    publish(store, "Next week", [(mastodon, "600")], start + timedelta(days=8))
    insights.repo.save_audience(mastodon.id, "2026-11-22", start - timedelta(days=1), 1000)
    insights.repo.save_audience(mastodon.id, "2026-11-25", start + timedelta(days=2), 1010)
    insights.repo.save_audience(mastodon.id, "2026-11-29", start + timedelta(days=6), 1042)

    week = insights.week(monday)
    assert week.end == date(2026, 11, 29) and len(week.posts) == 5
    [account] = week.accounts
    assert (account.posts, account.reactions) == (5, 10 + 40 + 0 + 25 + 4 * 2)
    assert account.follower_change == 42
    assert [p.post.text for p in week.best] == ["Post 1", "Post 3", "Post 0", "Post 2"]
    assert [p.post.text for p in week.weakest][:2] == ["Post 2", "Post 0"]
    # The default week is the one before the current.
    assert insights.week(now=datetime(2026, 12, 2, tzinfo=UTC)).start == monday


def test_best_time_from_the_store_sets_the_queue_slots(store, registry, mastodon):
    insights = service(store, registry)
    base = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday
    insights.repo.save_audience(mastodon.id, "2026-05-31", base - timedelta(days=1), 1000)
    for week in range(8):
        for hour_wib, likes in ((8, 5), (12, 30), (19, 12)):
            at = base + timedelta(weeks=week, days=2, hours=hour_wib - 7)
            [record] = publish(store, "x", [(mastodon, f"{week}-{hour_wib}")], at)
            insights.repo.save_reading(record, "24h", at + timedelta(days=1),
                                       PostMetrics({LIKES: likes}))
    ranking = insights.best_times(mastodon.id)
    assert (ranking.best.weekday, ranking.best.hour, ranking.best.posts) == (2, 12, 8)
    assert ranking.confidence == "high" and ranking.total_posts == 24
    assert insights.set_slots_from_best_time(mastodon.id, 2) == ["12:00", "19:00"]
    assert store.accounts.get(mastodon.id).options["slots"] == ["12:00", "19:00"]
    upcoming = insights.upcoming_best([mastodon.id], now=NOW)
    assert upcoming[:2] == [datetime(2026, 12, 9, 5, 0, tzinfo=UTC),  # Wednesday 12:00 WIB
                            datetime(2026, 12, 16, 5, 0, tzinfo=UTC)]


def test_one_process_collects_at_a_time(store, registry, mastodon, contract_server):
    publish(store, "A", [(mastodon, "701")], NOW - timedelta(hours=2))
    contract_server.script("GET", "/api/v1/statuses/701", status(3))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", followers(5))
    window, agent = service(store, registry), service(store, registry)
    assert store.leases.acquire("insights", agent.holder, NOW, 60)  # the agent is collecting
    skipped = window.collect_due()
    assert skipped.skipped and skipped.readings == 0 and contract_server.requests == []
    store.leases.release("insights", agent.holder)
    assert window.collect_due().readings == 1
    assert store.leases.holder("insights", NOW) is None  # released after the run


def test_an_account_that_cannot_be_read_is_said_once_while_it_lasts(store, registry, mastodon,
                                                                     contract_server):
    publish(store, "A", [(mastodon, "801")], NOW - timedelta(hours=2))
    publish(store, "B", [(mastodon, "802")], NOW - timedelta(hours=30))
    contract_server.script("GET", "/api/v1/statuses/801",
                           Reply(401, {"error": "The access token was revoked"}))
    contract_server.script("GET", "/api/v1/statuses/802",
                           Reply(401, {"error": "The access token was revoked"}),
                           Reply(401, {"error": "The access token was revoked"}), status(2))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials",
                           Reply(401, {"error": "The access token was revoked"}), followers(1))
    insights = service(store, registry)
    first = insights.collect_due()
    assert len(first.problems) == 1 and first.notices == first.problems
    assert "Reconnect" in first.problems[0]
    later = service(store, registry, NOW + timedelta(minutes=10)).collect_due()
    assert len(later.problems) == 1 and later.notices == []  # not said again
    from humasdesk.services.insights import report_lines

    assert report_lines(later) == [] and report_lines(later, everything=True) == later.problems
