"""The inbox store and service against a forum platform on a real local HTTP server.

The adapter (tests/inbox_support.py) is registered only in these tests and reaches the server
over HTTP on 127.0.0.1, the network path every platform adapter uses; the platform adapters
themselves are tested with their own servers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contract_server import Reply
from humasdesk.app import App
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.inbox import ItemKind, ItemState
from humasdesk.domain.model import Account, AccountState, PublishState
from humasdesk.services.inbox import MAX_BATCHES_PER_SYNC, InboxView, announcement
from inbox_support import CADENCE, ForumAdapter, ForumServer, add_account, register

URGENT = "Tolong, ayah saya kejang dan tidak sadar di rumah"
COMPLAINT = "Antre di poli jiwa tiga jam, pelayanan lambat sekali, kecewa bgt"
QUESTION = "Jam besuk sampai jam berapa ya min?"
THANKS = "Terima kasih RSKO, pelayanannya ramah"


class Clock:
    def __init__(self):
        self.now = datetime.now(UTC).replace(microsecond=0)  # the store keeps milliseconds

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def forum(contract_server):
    return ForumServer(contract_server)


@pytest.fixture
def clock(app):
    ticking = Clock()
    app.inbox.clock = ticking
    return ticking


def reads(forum) -> int:
    return len(forum.server.sent("GET", "/inbox"))


def test_sync_stores_labels_and_announces_then_reads_only_what_is_new(app, forum, clock):
    account = add_account(app, forum.url)
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)  # stored in ms
    for minutes, text in enumerate([THANKS, COMPLAINT, URGENT, QUESTION]):
        forum.add(text, at=base + timedelta(minutes=minutes), handle=f"user{minutes}")
    report = app.inbox.sync_account(account.id)
    assert report.new_by_kind == {ItemKind.COMMENT: 4}
    assert report.complaints == 1 and [i.text for i in report.urgent_items] == [URGENT]
    # (The singular forms come from the catalogue.)
    assert report.announcement.startswith("4 new comments on Forum RSKO, 1 emergenc")
    assert report.announcement.endswith(", 1 complaint") or \
        report.announcement.endswith(", 1 complaints")
    assert report.problem == "" and report.next_at == clock.now + CADENCE

    items = app.inbox.items(InboxView.PRIORITY)
    assert [i.text for i in items] == [URGENT, COMPLAINT, QUESTION, THANKS]
    urgent = items[0]
    assert urgent.labels.urgent and urgent.state is ItemState.NEW
    assert any("kejang" in reason for reason in urgent.labels.reasons)
    assert urgent.remote.author_handle == "user2"
    assert urgent.remote.received_at == base + timedelta(minutes=2)

    # The cursor was kept: the next read starts after the four, and brings only the fifth.
    forum.add("Parkir motor di mana ya?")
    again = app.inbox.sync_account(account.id)
    assert again.new_by_kind == {ItemKind.COMMENT: 1}
    assert forum.server.sent("GET", "/inbox")[-1].query["cursor"] == ["4"]
    assert app.inbox.new_total() == 5


def test_the_same_items_served_again_are_never_stored_twice(app, forum, clock):
    account = add_account(app, forum.url)
    for n in range(3):
        forum.add(f"Komentar nomor {n}")
    app.inbox.sync_account(account.id)
    handled = app.inbox.items(InboxView.ALL)[0]
    app.inbox.mark_handled([handled.id])
    # The platform forgets where we were (a cursor it no longer knows): it serves all again.
    app.store.inbox.set_next(account.id, None)
    with app.store.db.transaction() as conn:
        conn.execute("UPDATE inbox_cursors SET cursor = '' WHERE account_id = ?", (account.id,))
    report = app.inbox.sync_account(account.id)
    assert report.new == 0 and report.announcement == ""
    assert app.store.inbox.count() == 3
    assert app.inbox.item(handled.id).state is ItemState.HANDLED  # not reset by the repeat


def test_a_restart_continues_from_the_stored_cursor(isolated_home, forum):
    first = App.build(isolated_home)
    try:
        account = add_account(first, forum.url)
        forum.add("Pertama")
        first.inbox.sync_account(account.id)
    finally:
        first.close()
    forum.add("Kedua")
    second = App.build(isolated_home)
    try:
        register(second)  # the forum platform is registered per app
        report = second.inbox.sync_account(account.id)
        assert report.new == 1
        assert [i.text for i in second.inbox.items(InboxView.ALL)] == ["Kedua", "Pertama"]
    finally:
        second.close()


def test_reading_goes_on_while_the_platform_has_more_within_the_limit(app, forum, clock,
                                                                      monkeypatch):
    monkeypatch.setattr(ForumAdapter, "page_size", 2)
    account = add_account(app, forum.url)
    for n in range(2 * MAX_BATCHES_PER_SYNC + 5):
        forum.add(f"Pesan {n}")
    report = app.inbox.sync_account(account.id)
    assert report.new == 2 * MAX_BATCHES_PER_SYNC
    assert reads(forum) == MAX_BATCHES_PER_SYNC
    # More is waiting: due again at once, and the next sync fetches the rest.
    assert report.next_at == clock.now
    assert [r.new for r in app.inbox.sync_due()] == [5]
    assert app.store.inbox.count() == 2 * MAX_BATCHES_PER_SYNC + 5


def test_sync_due_honours_the_cadence(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add("Halo")
    assert [r.account_id for r in app.inbox.sync_due()] == [account.id]
    assert app.inbox.sync_due() == []
    assert reads(forum) == 1
    assert app.inbox.next_sync_at() == clock.now + CADENCE
    clock.advance(CADENCE + timedelta(seconds=1))
    assert [r.account_id for r in app.inbox.sync_due()] == [account.id]
    assert reads(forum) == 2


def test_a_rate_limit_waits_until_its_reset(app, forum, clock):
    account = add_account(app, forum.url)
    forum.fail_next(Reply(429, {"error": "Too many requests"}, headers={"Retry-After": "3600"}))
    report = app.inbox.sync_account(account.id)
    assert "asks us to wait until" in report.problem and not report.paused
    assert report.next_at >= clock.now + timedelta(minutes=59)
    clock.advance(timedelta(minutes=30))
    assert app.inbox.sync_due() == [] and reads(forum) == 1


def test_a_server_that_cannot_be_reached_is_read_again_later_with_backoff(app, forum, clock):
    account = add_account(app, forum.url)
    forum.fail_next(Reply(503, {"error": "down"}), Reply(503, {"error": "down"}))
    first = app.inbox.sync_account(account.id)
    assert "could not be reached" in first.problem
    assert first.next_at > clock.now
    stored = app.store.inbox.cursor(account.id)
    assert stored.failures == 1 and stored.error_kind == "transient"
    clock.now = first.next_at
    second = app.inbox.sync_due()[0]
    assert app.store.inbox.cursor(account.id).failures == 2
    clock.now = second.next_at
    forum.add("Akhirnya")
    assert app.inbox.sync_due()[0].new == 1
    assert app.store.inbox.cursor(account.id).failures == 0


def test_an_expired_login_pauses_the_account_and_says_so(app, forum, clock):
    account = add_account(app, forum.url)
    forum.fail_next(Reply(401, {"error": "The access token is invalid"}))
    report = app.inbox.sync_account(account.id)
    assert report.paused
    assert report.problem.startswith("Forum RSKO needs to be reconnected")
    assert app.store.accounts.get(account.id).state is AccountState.NEEDS_RECONNECT
    clock.advance(timedelta(hours=1))
    assert app.inbox.sync_due() == [] and reads(forum) == 1
    # Reconnected: read again.
    app.store.accounts.set_state(account.id, AccountState.OK)
    forum.add("Halo lagi")
    assert app.inbox.sync_due()[0].new == 1


def test_views_counts_and_marks(app, forum, clock):
    first = add_account(app, forum.url)
    second = app.store.accounts.add(Account(platform="forum", name="Forum Kedua",
                                            server_url=forum.url))
    forum.add(COMPLAINT, handle="a")
    forum.add(THANKS, handle="b", kind="message", thread="dm-b")
    app.inbox.sync_account(first.id)
    forum.add(URGENT, handle="c")
    app.inbox.sync_account(second.id)  # reads all three items again: its own copies
    counts = app.inbox.new_counts()
    assert counts == {(first.id, ItemKind.COMMENT): 1, (first.id, ItemKind.MESSAGE): 1,
                      (second.id, ItemKind.COMMENT): 2, (second.id, ItemKind.MESSAGE): 1}
    assert app.inbox.new_total() == 5
    assert len(app.inbox.items(InboxView.ACCOUNT, account_id=second.id)) == 3
    with pytest.raises(UserInputError):
        app.inbox.items(InboxView.ACCOUNT)

    thanks = [i for i in app.inbox.items(InboxView.ALL) if i.text == THANKS]
    app.inbox.mark_read([i.id for i in thanks])
    assert app.inbox.new_total() == 3
    app.inbox.mark_handled([thanks[0].id])
    assert [i.id for i in app.inbox.items(InboxView.HANDLED)] == [thanks[0].id]
    assert thanks[0].id not in [i.id for i in app.inbox.items(InboxView.PRIORITY)]
    assert thanks[1].id in [i.id for i in app.inbox.items(InboxView.PRIORITY)]
    assert thanks[1].id not in [i.id for i in app.inbox.items(InboxView.NEW)]
    assert app.inbox.mark_read([thanks[0].id]) == 0  # reading does not reopen a handled item
    priority = app.inbox.items(InboxView.PRIORITY)
    assert [i.labels.rank for i in priority] == sorted(i.labels.rank for i in priority)
    assert priority[0].text == URGENT


def test_a_new_message_in_a_handled_conversation_reopens_it(app, forum, clock):
    account = add_account(app, forum.url)
    first = forum.add("Apakah poli gigi buka hari Minggu?", handle="sari", thread="post-9")
    forum.add("Bagus sekali acaranya", handle="tono", thread="post-9")
    app.inbox.sync_account(account.id)
    items = {i.remote.author_handle: i for i in app.inbox.items(InboxView.ALL)}
    app.inbox.mark_handled([items["sari"].id, items["tono"].id])
    forum.add("Halo min, pertanyaan saya belum dijawab", handle="sari", thread="post-9",
              parent=first)
    report = app.inbox.sync_account(account.id)
    assert report.reopened == 1
    assert app.inbox.item(items["sari"].id).state is ItemState.READ
    assert app.inbox.item(items["tono"].id).state is ItemState.HANDLED  # someone else's
    thread = app.inbox.thread(items["sari"].id)
    assert [i.remote.author_handle for i in thread] == ["sari", "tono", "sari"]  # oldest first


def test_a_corrected_label_is_kept_shown_and_taught_to_the_triage(app, forum, clock):
    account = add_account(app, forum.url)
    text = "Pelayanan kasir hari ini ribet banget, dioper ke sana ke mari"
    forum.add(text, handle="x1")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    was = item.labels.complaint
    corrected = app.inbox.toggle_label(item.id, "complaint")
    assert corrected.corrected and corrected.labels.complaint is (not was)
    assert corrected.machine.complaint is was
    assert app.inbox.items(InboxView.PRIORITY)[0].labels.rank == (1 if not was else 2)
    # The same message again (another visitor) gets the officer's label, with the reason.
    forum.add(text, handle="x2")
    app.inbox.sync_account(account.id)
    newest = app.inbox.items(InboxView.NEW)[0]
    assert newest.remote.author_handle == "x2"
    assert newest.labels.complaint is (not was)
    assert not newest.corrected
    with pytest.raises(UserInputError):
        app.inbox.toggle_label(item.id, "spam")


def test_reply_goes_through_the_engine_once_and_handles_the_item(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add(QUESTION, author="Sari", handle="sari")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    record = app.inbox.reply(item.id, "Jam besuk 16.00–20.00 WIB, Kak Sari.")
    assert app.store.records.get(record.id).state is PublishState.SCHEDULED
    engine = app.engine("test")
    try:
        outcomes = engine.run_once()
        engine.run_once()  # nothing more to send
    finally:
        engine.release()
    assert [o.message for o in outcomes] == ["Reply published to Forum RSKO."]
    assert len(forum.replies) == 1
    [sent] = forum.server.sent("POST", "/replies")
    assert sent.json() == {"in_reply_to": item.remote.remote_id,
                           "text": "Jam besuk 16.00–20.00 WIB, Kak Sari."}
    assert sent.headers["idempotency-key"] == app.store.records.get(record.id).idempotency_key
    published = app.store.records.get(record.id)
    assert published.state is PublishState.PUBLISHED and published.remote_id == "r1"
    answered = app.inbox.item(item.id)
    assert answered.state is ItemState.HANDLED and answered.handled_how == "reply"


def test_reply_refusals_write_nothing(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add("Pesan lama", kind="message", thread="dm-1",
              reply_until=clock.now - timedelta(hours=1))
    forum.add("Pesan baru", kind="message", thread="dm-2",
              reply_until=clock.now + timedelta(hours=20))
    app.inbox.sync_account(account.id)
    old, new = sorted(app.inbox.items(InboxView.ALL), key=lambda i: i.remote.remote_id)
    before = app.store.db.query("SELECT COUNT(*) AS n FROM posts")[0]["n"]
    with pytest.raises(UserInputError, match="no longer accepts a reply"):
        app.inbox.reply(old.id, "Baik, kami bantu.")
    with pytest.raises(UserInputError, match="empty"):
        app.inbox.reply(new.id, " \u200b ")
    with pytest.raises(UserInputError, match="There is no inbox item 999"):
        app.inbox.reply(999, "Halo")
    with pytest.raises(UserInputError, match="Forum RSKO"):
        app.inbox.reply(new.id, "x" * 600)  # longer than the platform allows
    assert app.store.db.query("SELECT COUNT(*) AS n FROM posts")[0]["n"] == before
    assert app.inbox.can_reply(new) == ""


def test_a_window_that_closes_while_the_reply_waits_is_refused_before_sending(app, forum,
                                                                             clock):
    account = add_account(app, forum.url)
    closes = datetime.now(UTC) + timedelta(seconds=30)
    forum.add("Mohon info jadwal dokter", kind="message", thread="dm-1", reply_until=closes)
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    record = app.inbox.reply(item.id, "Jadwal dokter ada di situs kami.")
    engine = app.engine("test")
    engine.clock = lambda: closes + timedelta(minutes=1)  # the undo window ran past it
    try:
        [outcome] = engine.run_once()
    finally:
        engine.release()
    assert outcome.state is PublishState.FAILED
    assert "no longer accepts a reply" in outcome.message
    assert forum.server.sent("POST", "/replies") == []
    assert app.inbox.item(item.id).state is ItemState.NEW
    assert app.store.records.get(record.id).state is PublishState.FAILED


def test_platforms_that_cannot_read_or_answer_say_so(app):
    outbox = next(a for a in app.store.accounts.list() if a.platform == "outbox")
    assert "only keeps posts as files" in app.inbox.reading_refusal(outbox)
    kompasiana = app.store.accounts.add(Account(
        platform="kompasiana", name="Kompasiana RSKO",
        server_url="https://www.kompasiana.com/new"))
    assert app.inbox.reading_refusal(kompasiana).startswith(
        "Kompasiana cannot be read by HumasDesk; open it in the browser")
    assert app.inbox.sync_due() == []  # neither is read
    assert app.inbox.next_sync_at() is None
    report = app.inbox.sync_account(kompasiana.id)
    assert report.problem == app.inbox.reading_refusal(kompasiana)


def test_moderation_is_done_on_the_platform_and_handles_the_item(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add("Promo obat murah klik link ini")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    assert app.inbox.moderation_actions(item.id) == ("hide", "dismiss")
    assert app.inbox.moderate(item.id, "hide") == "Hidden on Forum RSKO."
    assert forum.moderated == [(item.remote.remote_id, "hide")]
    hidden = app.inbox.item(item.id)
    assert (hidden.state, hidden.handled_how, hidden.remote.moderation) == (
        ItemState.HANDLED, "hide", "hidden")
    with pytest.raises(UserInputError, match="does not allow"):
        app.inbox.moderate(item.id, "trash")
    assert len(forum.moderated) == 1


def test_saved_replies_fill_the_authors_name_and_the_officers_fields(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add(QUESTION, author="Sari Dewi", handle="sari")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    saved = app.inbox.save_reply("Jam besuk", "Halo Kak {nama}, jam besuk {jam_besuk}. "
                                              "Nomor laporan: {nomor}.")
    app.inbox.set_reply_field("jam_besuk", "16.00–20.00 WIB")
    assert app.inbox.fill_saved_reply(saved, item.id) == (
        "Halo Kak Sari Dewi, jam besuk 16.00–20.00 WIB. Nomor laporan: {nomor}.")
    assert [r.title for r in app.inbox.saved_replies("id")] == ["Jam besuk"]
    assert app.inbox.saved_replies("en") == []
    with pytest.raises(UserInputError):
        app.inbox.save_reply("", "teks")
    with pytest.raises(UserInputError):
        app.inbox.set_reply_field("nama", "x")


def test_announcement_lists_each_kind_and_the_labels():
    text = announcement("Facebook RSKO", {ItemKind.MESSAGE: 2, ItemKind.COMMENT: 3}, 2, 0)
    assert text == "3 new comments, 2 new messages on Facebook RSKO, 2 complaints"
    text = announcement("Bluesky RSKO", {ItemKind.REPLY: 2, ItemKind.QUOTE: 4}, 0, 3)
    assert text == "2 new replies, 4 new quotes on Bluesky RSKO, 3 emergencies"
    assert announcement("X", {}, 0, 0) == ""


@pytest.mark.parametrize("view", list(InboxView))
def test_every_view_reads_its_first_rows_from_an_index_without_sorting(app, view):
    """The first screen of a view stays fast with many items: no sort of the whole table."""
    calls = []
    original = app.store.db.query

    def spy(sql, params=()):
        calls.append((sql, params))
        return original(sql, params)

    app.store.db.query = spy
    app.inbox.items(view, account_id=1 if view is InboxView.ACCOUNT else None)
    app.store.db.query = original
    [(sql, params)] = calls
    plan = " | ".join(r[3] for r in app.store.db.connection().execute(
        "EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE" not in plan and "USING INDEX" in plan, plan


def test_what_the_platform_counts_and_says_comes_with_the_report(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add("Halo")
    forum.counts = {"like": 4, "repost": 1}
    forum.note = "The forum keeps comments for 24 hours."
    report = app.inbox.sync_account(account.id)
    assert report.counted == {"like": 4, "repost": 1}
    assert report.notes == ("The forum keeps comments for 24 hours.",)
    assert app.inbox.reading_limits(account) == "The forum keeps comments for 24 hours."
    forum.counts = {"like": 2}
    app.inbox.sync_account(account.id)
    assert app.inbox.counted(account.id) == {"like": 6, "repost": 1}


def test_an_adapter_that_is_not_read_gives_its_own_words(app, forum):
    register(app)
    silent = app.store.accounts.add(Account(platform="forum-silent", name="Silent"))
    assert app.inbox.reading_refusal(silent) == (
        "Reading this forum is off: every read costs money.")
    assert app.inbox.reading_limits(silent) == ""
    assert app.inbox.sync_due() == []


def test_a_reply_confirmed_by_hand_handles_its_item(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add(QUESTION)
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    record = app.inbox.reply(item.id, "Jam besuk 16.00–20.00 WIB.")
    # The outcome was unknown (a crash the platform could not resolve); he checked.
    app.store.records.transition(record.id, [PublishState.SCHEDULED],
                                 PublishState.NEEDS_ATTENTION)
    app.publishing.mark_published(record.id, "https://forum.example/r/1")
    assert app.inbox.item(item.id).state is ItemState.HANDLED
    with pytest.raises(UserInputError):
        app.publishing.mark_published(record.id)  # already published: refused, nothing else


def test_each_item_has_one_sentence_for_the_screen_reader(app, forum, clock):
    account = add_account(app, forum.url)
    long_complaint = COMPLAINT + ", padahal sudah daftar online sejak jam enam pagi dan " \
        "datang tepat waktu"
    forum.add(long_complaint, author="Budi", at=clock.now - timedelta(minutes=10))
    forum.add("Selamat pagi", author="Ani", kind="message", thread="dm-ani",
              at=clock.now - timedelta(hours=3))
    app.inbox.sync_account(account.id)
    complaint, hello = app.inbox.items(InboxView.PRIORITY)
    sentence = app.inbox.sentence(complaint)
    assert sentence.startswith("Complaint · Forum RSKO · Budi: Antre di poli jiwa tiga jam")
    assert sentence.endswith("… · 10 minutes ago")
    assert len(sentence) < len(long_complaint) + 40  # the text is shortened
    assert app.inbox.sentence(hello) == "Message · Forum RSKO · Ani: Selamat pagi · 3 hours ago"
    clock.advance(timedelta(days=8))
    assert app.inbox.sentence(hello).endswith(" WIB")  # a week on: the date


def test_only_one_process_reads_at_the_cadence(isolated_home, forum):
    window, agent = App.build(isolated_home), App.build(isolated_home)
    try:
        account = add_account(window, forum.url)
        register(agent)
        forum.add("Halo")
        assert [r.new for r in window.inbox.sync_due()] == [1]
        assert window.inbox.is_reader() and not agent.inbox.is_reader()
        agent.store.inbox.set_next(account.id, None)  # due again
        assert agent.inbox.sync_due() == []  # the window reads; the agent does not
        assert reads(forum) == 1
        window.inbox.release()  # the window closes
        assert [r.account_id for r in agent.inbox.sync_due()] == [account.id]
        assert agent.inbox.is_reader()
    finally:
        window.close()
        agent.close()


def test_the_reader_lease_of_a_crashed_process_is_taken_over(app, forum):
    import socket
    import subprocess

    from humasdesk.services.inbox import READER_LEASE

    child = subprocess.Popen(["true"])
    child.wait()
    gone = f"agent-inbox:{socket.gethostname()}:{child.pid}:000000"
    assert app.store.leases.acquire(READER_LEASE, gone, datetime.now(UTC), 600)
    add_account(app, forum.url)
    forum.add("Halo")
    assert [r.new for r in app.inbox.sync_due()] == [1]
    assert app.inbox.is_reader()


def test_a_reply_due_later_is_never_handed_to_the_platforms_own_schedule(app, forum, clock):
    account = add_account(app, forum.url)
    forum.add(QUESTION)
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    later = datetime.now(UTC) + timedelta(hours=2)
    reply = app.inbox.reply(item.id, "Jam besuk 16.00–20.00 WIB.", delay=later - clock.now)
    [post] = app.publishing.submit("Jadwal donor darah Sabtu", [account.id], when=later)
    candidates = app.store.records.handoff_candidates("forum", datetime.now(UTC))
    assert [r.id for r in candidates] == [post.id]
    assert app.inbox.answered_by(reply.id).id == item.id
    assert app.inbox.answered_by(post.id) is None


def test_a_refusal_waits_longer_and_says_the_platforms_words(app, forum, clock):
    from humasdesk.services.inbox import REFUSED_WAIT

    account = add_account(app, forum.url)
    forum.fail_next(Reply(403, {"error": "This app lacks the permission to read comments"}))
    report = app.inbox.sync_account(account.id)
    assert report.problem.startswith("The inbox of Forum RSKO could not be read:")
    assert "lacks the permission" in report.problem
    assert report.next_at == clock.now + REFUSED_WAIT
    assert app.store.accounts.get(account.id).state is AccountState.OK


def test_moderation_with_an_expired_login_pauses_the_account_and_changes_nothing(app, forum,
                                                                                clock):
    account = add_account(app, forum.url)
    forum.add("Promo obat murah")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    forum.moderation_failures.append(Reply(401, {"error": "token expired"}))
    with pytest.raises(UserInputError, match="expired"):
        app.inbox.moderate(item.id, "hide")
    assert app.store.accounts.get(account.id).state is AccountState.NEEDS_RECONNECT
    assert app.inbox.item(item.id).state is ItemState.NEW
    assert "cannot answer now" in app.inbox.can_reply(item.id)
