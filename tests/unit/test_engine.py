"""The publishing engine with an injected clock: retries, waits, pauses, recovery, hand-off."""

import random
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.domain.model import Account, AccountState, PublishState, utc_now
from humasdesk.domain.scheduling import MAX_TRANSIENT_ATTEMPTS
from humasdesk.domain.timezones import parse_local
from humasdesk.platforms.base import (
    AuthExpired,
    Capabilities,
    OutcomeUnknown,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from humasdesk.platforms.registry import PlatformSpec
from humasdesk.publishing.engine import Engine

START = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now=START):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


class FakePlatform:
    """Adapters for one fake platform; ``script`` holds what each publish call does."""

    def __init__(self, capabilities):
        self.capabilities = capabilities
        self.script = []  # exceptions to raise, in order; then success
        self.published = {}  # key -> PublishResult (what the "server" has)
        self.calls = []
        self.scheduled = {}
        self.cancelled = []
        self.delay = 0.0  # seconds each publish takes (a slow server)
        self.on_publish = None  # called as the post reaches the "server"

    def adapter(self, account, _context):
        platform = self

        class Adapter:
            capabilities = platform.capabilities

            def __init__(self):
                self.account = account

            def publish(self, post):
                platform.calls.append(post.idempotency_key)
                time.sleep(platform.delay)
                if platform.on_publish is not None:
                    platform.on_publish()
                if platform.script:
                    step = platform.script.pop(0)
                    if step == "sent-then-lost":
                        platform.published[post.idempotency_key] = PublishResult(
                            "r1", f"https://fake/{post.idempotency_key}")
                        raise OutcomeUnknown()
                    raise step
                if platform.capabilities.idempotency and post.idempotency_key in \
                        platform.published:
                    return platform.published[post.idempotency_key]
                result = PublishResult(f"r{len(platform.published) + 1}",
                                       f"https://fake/{post.idempotency_key}")
                platform.published[post.idempotency_key] = result
                return result

            def find_published(self, key):
                return platform.published.get(key)

            def schedule(self, post, at):
                platform.scheduled[post.idempotency_key] = at
                return PublishResult(f"s-{post.idempotency_key}", "")

            def cancel_scheduled(self, remote_id):
                platform.cancelled.append(remote_id)

        return Adapter()


@pytest.fixture
def clock():
    return Clock()


def setup(app, clock, **capabilities):
    platform = FakePlatform(Capabilities(text_rules="outbox", **capabilities))
    app.registry.register(PlatformSpec(id="fake", display_name=lambda: "Fake",
                                       capabilities=platform.capabilities,
                                       factory=platform.adapter))
    account = app.store.accounts.add(Account(platform="fake", name="Fake"))
    app.publishing.clock = clock
    engine = Engine(app.store, app.registry, role="test", clock=clock, rng=random.Random(1))
    return platform, account, engine


def state(app, record_id):
    return app.store.records.get(record_id)


def test_transient_errors_back_off_then_give_up(app, clock):
    platform, account, engine = setup(app, clock)
    platform.script = [Transient()] * MAX_TRANSIENT_ATTEMPTS
    [record] = app.publishing.submit("teks", [account.id])
    delays = []
    for attempt in range(1, MAX_TRANSIENT_ATTEMPTS + 1):
        engine.run_once()
        current = state(app, record.id)
        assert current.attempts == attempt
        if attempt < MAX_TRANSIENT_ATTEMPTS:
            assert current.state is PublishState.SCHEDULED
            delays.append((current.due_at - clock.now).total_seconds())
            assert engine.run_once() == []  # not due yet: no busy retry
            clock.now = current.due_at
    assert state(app, record.id).state is PublishState.FAILED
    assert "after 8 tries" in state(app, record.id).error_message
    # Exponential with jitter: each step between half and all of 30 s × 2^(n-1), capped.
    for n, delay in enumerate(delays, start=1):
        step = min(1800, 30 * 2 ** (n - 1))
        assert step / 2 <= delay <= step
    assert delays[-1] > delays[0]


def test_rate_limit_waits_for_the_platform_reset(app, clock):
    platform, account, engine = setup(app, clock)
    reset = START + timedelta(minutes=7)
    platform.script = [RateLimited(reset)]
    [record] = app.publishing.submit("teks", [account.id])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.SCHEDULED and "wait" in outcome.message
    assert state(app, record.id).due_at >= reset
    clock.now = reset - timedelta(seconds=1)
    assert engine.run_once() == []
    clock.now = state(app, record.id).due_at
    assert engine.run_once()[0].state is PublishState.PUBLISHED
    assert len(platform.calls) == 2


def test_rejected_fails_at_once_with_the_platform_words(app, clock):
    platform, account, engine = setup(app, clock)
    platform.script = [Rejected("Text is too long (301 > 300)")]
    [record] = app.publishing.submit("teks", [account.id])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.FAILED
    assert "Text is too long (301 > 300)" in outcome.message
    clock.advance(hours=1)
    assert engine.run_once() == [] and len(platform.calls) == 1


def test_expired_login_pauses_the_whole_account(app, clock):
    platform, account, engine = setup(app, clock)
    platform.script = [AuthExpired()]
    first, second = (app.publishing.submit(t, [account.id])[0] for t in ("satu", "dua"))
    outcomes = engine.run_once()
    assert [o.record_id for o in outcomes] == [first.id]  # the second was not even tried
    assert app.store.accounts.get(account.id).state is AccountState.NEEDS_RECONNECT
    assert {state(app, r.id).state for r in (first, second)} == {PublishState.SCHEDULED}
    clock.advance(minutes=5)
    assert engine.run_once() == []
    app.store.accounts.set_state(account.id, AccountState.OK)  # he reconnected
    assert {o.state for o in engine.run_once()} == {PublishState.PUBLISHED}


def test_lost_reply_on_a_deduplicating_platform_is_retried_with_the_same_key(app, clock):
    platform, account, engine = setup(app, clock, idempotency=True)
    platform.script = ["sent-then-lost"]
    [record] = app.publishing.submit("teks", [account.id])
    engine.run_once()
    assert state(app, record.id).state is PublishState.SCHEDULED
    clock.now = state(app, record.id).due_at
    engine.run_once()
    assert state(app, record.id).state is PublishState.PUBLISHED
    assert platform.calls == [record.idempotency_key] * 2
    assert len(platform.published) == 1  # one post on the server


def test_lost_reply_is_found_again_where_the_platform_can_look_it_up(app, clock):
    platform, account, engine = setup(app, clock, lookup=True)
    platform.script = ["sent-then-lost"]
    [record] = app.publishing.submit("teks", [account.id])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.PUBLISHED
    assert state(app, record.id).remote_url == f"https://fake/{record.idempotency_key}"
    assert len(platform.calls) == 1


def test_lost_reply_without_dedup_or_lookup_asks_the_user(app, clock):
    platform, account, engine = setup(app, clock)
    platform.script = ["sent-then-lost"]
    [record] = app.publishing.submit("teks", [account.id])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.NEEDS_ATTENTION
    clock.advance(hours=2)
    engine.run_once()
    assert len(platform.calls) == 1  # never re-posted blindly
    app.publishing.mark_published(record.id, "https://fake/checked")
    assert state(app, record.id).state is PublishState.PUBLISHED


@pytest.mark.parametrize("capabilities, expected_calls, expected_state", [
    ({"idempotency": True}, 1, PublishState.PUBLISHED),
    # Both (Bluesky): sent again with the same key, which also completes a thread whose later
    # parts did not get through; the platform returns the post it already has.
    ({"idempotency": True, "lookup": True}, 1, PublishState.PUBLISHED),
    ({"lookup": True}, 0, PublishState.PUBLISHED),
    ({}, 0, PublishState.NEEDS_ATTENTION),
])
def test_crash_while_sending_is_recovered_by_capability(app, clock, capabilities,
                                                         expected_calls, expected_state):
    platform, account, engine = setup(app, clock, **capabilities)
    [record] = app.publishing.submit("teks", [account.id])
    # A publisher claimed it and died after the post reached the server.
    app.store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                 attempts=1, claimed_by="window:old:1")
    platform.published[record.idempotency_key] = PublishResult("r1", "https://fake/r1")
    for _ in range(3):
        engine.run_once()
        current = state(app, record.id)
        if current.due_at:
            clock.now = current.due_at
    assert state(app, record.id).state is expected_state
    assert len(platform.calls) == expected_calls
    assert len(platform.published) == 1


def test_a_post_missed_while_the_computer_was_off_is_not_sent_without_asking(app, clock):
    platform, account, engine = setup(app, clock)
    [late] = app.publishing.submit("lama", [account.id], when=START + timedelta(minutes=5))
    [fine] = app.publishing.submit("baru", [account.id], when=START + timedelta(hours=2))
    clock.now = START + timedelta(minutes=5 + 16)  # off for longer than the 15-minute grace
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.NEEDS_ATTENTION
    assert "was due at" in outcome.message and "Publish it now" in outcome.message
    assert platform.calls == []
    app.publishing.publish_now(late.id)
    assert engine.run_once()[0].state is PublishState.PUBLISHED
    clock.now = START + timedelta(hours=2, minutes=10)  # within the grace: sent
    assert engine.run_once()[0].state is PublishState.PUBLISHED
    assert state(app, fine.id).state is PublishState.PUBLISHED


def test_schedules_in_two_zones_across_a_daylight_saving_change(app, clock):
    """Berlin moves to summer time on 2026-03-29; Jakarta has none."""
    platform, account, engine = setup(app, clock)
    clock.now = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
    jakarta = parse_local("2026-03-30 09:00", "Asia/Jakarta")
    berlin = parse_local("2026-03-30 09:00", "Europe/Berlin")
    [j] = app.publishing.submit("J", [account.id], when=jakarta, zone="Asia/Jakarta")
    [b] = app.publishing.submit("B", [account.id], when=berlin, zone="Europe/Berlin")
    assert jakarta == datetime(2026, 3, 30, 2, 0, tzinfo=UTC)
    assert berlin == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # CEST, UTC+2
    clock.now = jakarta - timedelta(seconds=1)
    assert engine.run_once() == []
    clock.now = jakarta
    assert [o.record_id for o in engine.run_once()] == [j.id]
    clock.now = berlin - timedelta(seconds=1)
    assert engine.run_once() == []
    clock.now = berlin
    assert [o.record_id for o in engine.run_once()] == [b.id]


def test_weekly_post_keeps_its_wall_clock_time_across_daylight_saving(app, clock):
    platform, account, engine = setup(app, clock)
    clock.now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    first = parse_local("2026-03-23 09:00", "Europe/Berlin")  # CET, 08:00 UTC
    app.publishing.submit("Senin pagi", [account.id], when=first, zone="Europe/Berlin",
                          recurrence="weekly")
    clock.now = first
    engine.run_once()
    upcoming = [i for i in app.store.queue.items() if i.state is PublishState.SCHEDULED]
    assert [i.scheduled_at for i in upcoming] == [datetime(2026, 3, 30, 7, 0, tzinfo=UTC)]
    assert upcoming[0].recurrence == "weekly" and upcoming[0].text == "Senin pagi"


def test_far_ahead_posts_are_handed_to_the_platform_and_cancelled_there(app, clock):
    platform, account, engine = setup(app, clock, native_scheduling=True, lookup=True,
                                      native_min_lead=timedelta(minutes=5))
    soon = app.publishing.submit("segera", [account.id], when=START + timedelta(minutes=3))[0]
    later = app.publishing.submit("nanti", [account.id], when=START + timedelta(days=1))[0]
    gone = app.publishing.submit("batal", [account.id], when=START + timedelta(days=2))[0]
    engine.run_once()
    assert state(app, soon.id).state is PublishState.SCHEDULED  # too close to hand off
    assert state(app, later.id).state is PublishState.HANDED_OFF
    assert platform.scheduled[later.idempotency_key] == START + timedelta(days=1)
    app.publishing.cancel(gone.id)
    assert platform.cancelled == [f"s-{gone.idempotency_key}"]
    assert state(app, gone.id).state is PublishState.CANCELLED
    # After its time, the platform has it: marked published with its address.
    platform.published[later.idempotency_key] = PublishResult("p", "https://fake/p")
    clock.now = START + timedelta(days=1, minutes=5)
    engine.run_once()
    assert state(app, later.id).state is PublishState.PUBLISHED
    assert state(app, later.id).remote_url == "https://fake/p"


def test_native_scheduling_can_be_turned_off_per_account(app, clock):
    platform, account, engine = setup(app, clock, native_scheduling=True)
    account.options["native_scheduling"] = False
    app.store.accounts.update(account)
    [record] = app.publishing.submit("x", [account.id], when=START + timedelta(days=1))
    engine.run_once()
    assert state(app, record.id).state is PublishState.SCHEDULED
    assert platform.scheduled == {}


def test_lease_one_publisher_at_a_time_and_takeover_after_expiry(app, clock):
    platform, account, first = setup(app, clock)
    second = Engine(app.store, app.registry, role="agent", clock=clock)
    assert first.acquire() and not second.acquire()
    app.publishing.submit("x", [account.id])
    assert second.run_once() == []
    clock.advance(seconds=91)  # the first publisher died without releasing
    assert len(second.run_once()) == 1
    assert not first.acquire()
    second.release()
    assert first.acquire()


def test_add_to_queue_takes_the_next_free_slot(app, clock):
    platform, account, engine = setup(app, clock)
    account.options["slots"] = ["08:00", "12:00", "19:00"]
    app.store.accounts.update(account)
    clock.now = datetime(2026, 11, 26, 4, 30, tzinfo=UTC)  # 11:30 WIB
    times = [app.publishing.add_to_queue(t, [account.id], zone="Asia/Jakarta")[0].scheduled_at
             for t in ("a", "b", "c")]
    assert times == [datetime(2026, 11, 26, 5, 0, tzinfo=UTC),   # 12:00 WIB today
                     datetime(2026, 11, 26, 12, 0, tzinfo=UTC),  # 19:00 WIB
                     datetime(2026, 11, 27, 1, 0, tzinfo=UTC)]   # 08:00 WIB tomorrow


def test_publish_now_has_an_undo_window(app, clock):
    platform, account, engine = setup(app, clock)
    [record] = app.publishing.submit("x", [account.id], delay=timedelta(seconds=10))
    assert engine.run_once() == []
    app.publishing.cancel(record.id)
    clock.advance(seconds=11)
    assert engine.run_once() == [] and platform.calls == []
    assert state(app, record.id).state is PublishState.CANCELLED


def test_a_site_without_an_api_waits_for_the_user(app, clock):
    from types import SimpleNamespace

    from humasdesk.platforms.base import HandOffRequired

    platform, account, engine = setup(app, clock)
    platform.script = [HandOffRequired(SimpleNamespace(site="Kompasiana"))]
    [record] = app.publishing.submit("Artikel", [account.id])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.AWAITING_USER
    clock.advance(hours=1)
    assert engine.run_once() == []  # it never goes out by itself
    app.publishing.mark_published(record.id, "https://www.kompasiana.com/rs/artikel")
    current = state(app, record.id)
    assert (current.state, current.by_hand) == (PublishState.PUBLISHED, True)


def test_a_key_the_platform_has_forgotten_is_not_trusted(app, clock):
    """Mastodon remembers an Idempotency-Key for one hour: after a longer crash, look for the
    text instead of sending again."""
    platform, account, engine = setup(app, clock, idempotency=True,
                                      idempotency_window=timedelta(hours=1))
    [record] = app.publishing.submit("teks", [account.id])
    app.store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                 attempts=1, claimed_by="window:old:1")
    with app.store.db.transaction() as conn:  # "sending" was committed at START
        conn.execute("UPDATE publish_records SET updated_at = ? WHERE id = ?",
                     (round(START.timestamp() * 1000), record.id))
    clock.advance(hours=3)  # the computer was off for three hours
    engine.run_once()
    # The fake adapter cannot look up by text, so the user is asked; nothing was re-sent.
    assert state(app, record.id).state is PublishState.NEEDS_ATTENTION
    assert platform.calls == []


def test_a_long_text_goes_out_as_a_numbered_thread_where_chosen(app, clock):
    platform = FakePlatform(Capabilities(text_rules="bluesky", threads=True))
    sent = []
    base_factory = platform.adapter

    def factory(account, context):
        adapter = base_factory(account, context)
        original = adapter.publish

        def publish(post):
            sent.append([post.text] + [p.text for p in post.thread])
            return original(post)
        adapter.publish = publish
        return adapter

    app.registry.register(PlatformSpec(id="threaded", display_name=lambda: "T",
                                       capabilities=platform.capabilities, factory=factory))
    account = app.store.accounts.add(Account(platform="threaded", name="Thread"))
    engine = Engine(app.store, app.registry, role="test", clock=clock)
    app.publishing.clock = clock
    words = " ".join(f"kata{n}" for n in range(120))  # about 840 characters
    app.publishing.submit(words, [account.id], threads={account.id})
    app.publishing.submit("pendek", [account.id])
    engine.run_once()
    long_parts, short_parts = sent
    assert len(long_parts) == 3 and long_parts[0].endswith(" 1/3")
    assert all(len(part) <= 300 for part in long_parts)
    assert " ".join(p.rsplit(" ", 1)[0] for p in long_parts) == words
    assert short_parts == ["pendek"]


def test_a_crashed_local_publisher_is_taken_over_at_once(app, clock):
    """Its lease would block publishing for 90 s; its process is gone, so it need not."""
    import subprocess
    import sys

    from humasdesk.publishing.engine import LEASE_NAME, publisher_id

    platform, account, engine = setup(app, clock)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    ghost = publisher_id("agent").split(":")
    ghost[2] = str(dead.pid)
    app.store.leases.acquire(LEASE_NAME, ":".join(ghost), clock(), 90)
    app.publishing.submit("x", [account.id])
    assert len(engine.run_once()) == 1
    # A live holder (this test process, under another id) is waited for.
    live = Engine(app.store, app.registry, role="window", clock=clock)
    assert not live.acquire()


def test_forgotten_key_and_a_failed_look_up_never_send_twice(app, clock):
    """A power cut, then the network is not up yet when HumasDesk restarts."""
    platform, account, engine = setup(app, clock, idempotency=True,
                                      idempotency_window=timedelta(hours=1))
    [record] = app.publishing.submit("teks", [account.id])
    app.store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                 attempts=1, claimed_by="window:old:1", first_sent_at=START)
    platform.published[record.idempotency_key] = PublishResult("r1", "https://fake/r1")
    lookups = []

    def find_by_text(text, since):
        lookups.append((text, since))
        if len(lookups) == 1:
            raise Transient()  # the network is not up yet
        return platform.published.get(record.idempotency_key)

    original = platform.adapter

    class TextFinder:  # finds by text only, as Mastodon does once the key is forgotten
        def __init__(self, made):
            self.made = made
            self.account, self.capabilities = made.account, made.capabilities
            self.publish = made.publish

        def find_by_text(self, text, since):
            return find_by_text(text, since)

    def adapter(account, context):
        return TextFinder(original(account, context))

    app.registry.register(PlatformSpec(id="fake", display_name=lambda: "Fake",
                                       capabilities=platform.capabilities, factory=adapter))
    clock.advance(hours=3)
    engine.run_once()
    assert state(app, record.id).state is PublishState.SENDING  # will look again
    clock.advance(minutes=1)
    engine.run_once()
    assert state(app, record.id).state is PublishState.PUBLISHED
    assert platform.calls == []  # never sent again
    assert lookups[-1] == ("teks", START)


# -- two publishers and a send longer than the lease ------------------------------------------

def wait_for(condition, seconds=20.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def send_in_background(engine):
    results = []
    thread = threading.Thread(target=lambda: results.append(engine.run_once()))
    thread.start()
    return thread, results


def keep_running(engine, thread):
    """What another publisher does while ``thread`` sends: a run every 50 ms. Its outcomes,
    and whether it ever held the lease."""
    seen, held = [], False
    while thread.is_alive():
        seen += engine.run_once()
        held = held or engine.is_publisher()
        time.sleep(0.05)
    thread.join()
    return seen, held


@pytest.fixture
def short_lease(monkeypatch):
    """A lease of one second, renewed every 0.2 s: a 3-second send outlasts it."""
    from humasdesk.publishing import engine as engine_module

    monkeypatch.setattr(engine_module, "LEASE_TTL_SECONDS", 1.0)
    monkeypatch.setattr(engine_module, "LEASE_RENEW_SECONDS", 0.2)
    return engine_module


def test_a_send_longer_than_the_lease_keeps_the_other_publisher_out(app, short_lease):
    platform, account, first = setup(app, utc_now)
    platform.delay = 3.0
    second = Engine(app.store, app.registry, role="agent")
    [record] = app.publishing.submit("teks", [account.id])
    thread, results = send_in_background(first)
    wait_for(lambda: state(app, record.id).state is PublishState.SENDING)
    assert keep_running(second, thread) == ([], False)  # it never got the lease
    assert [o.state for o in results[0]] == [PublishState.PUBLISHED]
    assert len(platform.calls) == 1


def test_a_publisher_that_lost_the_lease_still_owns_the_record_it_is_sending(
        app, short_lease, monkeypatch):
    """Even when the lease runs out (here: renewal switched off), the other publisher leaves
    alone a record whose sender is alive; it is not an orphan, so nothing is sent twice."""
    monkeypatch.setattr(short_lease, "LEASE_RENEW_SECONDS", 3600)
    platform, account, first = setup(app, utc_now)
    platform.capabilities = Capabilities(text_rules="outbox", lookup=True)
    platform.delay = 3.0
    second = Engine(app.store, app.registry, role="agent")
    [record] = app.publishing.submit("teks", [account.id])
    thread, results = send_in_background(first)
    wait_for(lambda: state(app, record.id).state is PublishState.SENDING)
    wait_for(second.acquire)  # the first lease expired after a second
    assert keep_running(second, thread) == ([], True)
    assert len(platform.calls) == 1
    assert state(app, record.id).state is PublishState.PUBLISHED


def test_a_sender_stuck_past_any_send_time_is_taken_over(app):
    from humasdesk.publishing.engine import LEASE_TTL_SECONDS, MAX_SEND_SECONDS

    platform, account, stuck = setup(app, utc_now)
    [record] = app.publishing.submit("teks", [account.id])
    app.store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                 claimed_by=stuck.holder, attempts=1, first_sent_at=utc_now())
    claimed_at = state(app, record.id).updated_at
    clock = Clock(claimed_at + timedelta(seconds=MAX_SEND_SECONDS))
    other = Engine(app.store, app.registry, role="agent", clock=clock)
    assert other.run_once() == []  # its sender (this very process) is alive and in time
    assert state(app, record.id).state is PublishState.SENDING
    clock.advance(seconds=LEASE_TTL_SECONDS + 1)
    [outcome] = other.run_once()
    assert outcome.state is PublishState.NEEDS_ATTENTION  # no look-up, no key: he decides
    assert platform.calls == []


def test_a_publisher_that_was_overruled_writes_only_a_success(app, short_lease):
    """Another publisher decided about the record while the answer was on its way: a failure
    is not written over its decision, but a post that went out is recorded as published."""
    platform, account, first = setup(app, utc_now)
    platform.delay = 1.0
    [record] = app.publishing.submit("teks", [account.id])
    thread, results = send_in_background(first)
    wait_for(lambda: state(app, record.id).state is PublishState.SENDING)
    app.store.records.transition(record.id, [PublishState.SENDING],
                                 PublishState.NEEDS_ATTENTION, claimed_by="")
    thread.join()
    assert state(app, record.id).state is PublishState.PUBLISHED

    platform.script = [Rejected("no")]
    [record] = app.publishing.submit("dua", [account.id])
    thread, results = send_in_background(first)
    wait_for(lambda: state(app, record.id).state is PublishState.SENDING)
    app.store.records.transition(record.id, [PublishState.SENDING], PublishState.SENDING,
                                 claimed_by="agent:elsewhere:1:ab")
    thread.join()
    assert state(app, record.id).state is PublishState.SENDING  # left to its new holder
    assert state(app, record.id).claimed_by == "agent:elsewhere:1:ab"


def test_the_message_after_a_look_up_says_what_the_platform_does(app, clock):
    platform, account, engine = setup(app, clock, lookup=True)
    [record] = app.publishing.submit("teks", [account.id])
    app.store.records.transition(record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                                 claimed_by="window:old:1", attempts=1, first_sent_at=START)
    [outcome] = engine.recover()
    assert outcome.message == "The post was not found on Fake, so HumasDesk sends it again."
    assert "prevents a double post" not in outcome.message
