"""``humasdesk agent --once`` settles a reply that a crash left "sending" in the same run, the
way the running agent does: checked on the platform first (the test forum's reliable look-up
by key, a real HTTP server on 127.0.0.1), sent again only when it is not there, never twice.

The crashed sender is a process that has ended (its id is real and gone), as after kill -9.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest

from contract_server import Reply
from humasdesk.domain.inbox import ItemState
from humasdesk.domain.model import PublishState
from humasdesk.platforms.base import Capabilities
from humasdesk.publishing import agent as agent_module
from humasdesk.services.inbox import InboxView
from humasdesk.services.publishing import run_agent
from inbox_support import ForumAdapter, ForumServer, add_account

TEXT = "Poli anak buka Sabtu pukul 08.00–12.00 WIB."


@pytest.fixture
def forum(contract_server):
    return ForumServer(contract_server)


def dead_holder() -> str:
    """A publisher id whose process has ended: a crashed agent on this computer."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=30)
    return f"agent:{socket.gethostname()}:{process.pid}:dead00"


def crashed_reply(app, forum, *, reached_the_platform: bool):
    """A reply whose sender died mid-send: "sending", claimed by a process that is gone."""
    account = add_account(app, forum.url)
    forum.add("Apakah poli anak buka hari Sabtu?", author="Rina", handle="rina")
    app.inbox.sync_account(account.id)
    [item] = app.inbox.items(InboxView.ALL)
    record = app.inbox.reply(item.id, TEXT)
    assert app.store.records.transition(
        record.id, [PublishState.SCHEDULED], PublishState.SENDING, attempts=1,
        claimed_by=dead_holder(), first_sent_at=datetime.now(UTC))
    if reached_the_platform:  # what the dead process sent before it died
        ForumAdapter(account).reply(item.remote, TEXT, record.idempotency_key)
    return item, record


def run_once(app) -> tuple[list, list[str], float]:
    said: list[str] = []
    started = time.monotonic()
    outcomes = run_agent(app.engine("agent"), threading.Event(), once=True,
                         report=lambda outcome: said.append(outcome.message))
    return outcomes, said, time.monotonic() - started


def test_once_sends_a_reply_that_never_reached_the_platform_in_the_same_run(app, forum):
    item, record = crashed_reply(app, forum, reached_the_platform=False)

    outcomes, said, seconds = run_once(app)

    assert said == ["The reply was not found on Forum RSKO, so HumasDesk sends it again.",
                    "Reply published to Forum RSKO."]
    assert [o.state for o in outcomes] == [PublishState.SCHEDULED, PublishState.PUBLISHED]
    assert forum.server.sent("GET", "/replies")  # looked for before sending again
    [sent] = forum.server.sent("POST", "/replies")
    assert sent.headers["idempotency-key"] == record.idempotency_key
    final = app.store.records.get(record.id)
    assert (final.state, final.remote_id) == (PublishState.PUBLISHED, "r1")
    answered = app.inbox.item(item.id)
    assert (answered.state, answered.handled_how) == (ItemState.HANDLED, "reply")
    assert seconds < agent_module.ONCE_SETTLE_SECONDS


def test_once_finds_a_reply_that_did_reach_the_platform_and_never_sends_it_again(app, forum):
    item, record = crashed_reply(app, forum, reached_the_platform=True)

    outcomes, said, _seconds = run_once(app)

    assert said == ["Reply published to Forum RSKO."]
    assert not any(o.unsettled for o in outcomes)
    assert len(forum.server.sent("POST", "/replies")) == 1  # only the dead process's
    assert len(forum.replies) == 1
    final = app.store.records.get(record.id)
    assert (final.state, final.remote_url) == (PublishState.PUBLISHED, forum.replies[0]["url"])
    assert app.inbox.item(item.id).state is ItemState.HANDLED


def test_once_looks_again_when_the_platform_could_not_be_asked(app, contract_server):
    contract_server.script("GET", "/replies", Reply(503, {"error": "unavailable"}))
    forum = ForumServer(contract_server)  # its look-up answers from the second request on
    item, record = crashed_reply(app, forum, reached_the_platform=True)

    outcomes, said, _seconds = run_once(app)

    assert said == ["Checking whether the reply reached Forum RSKO; HumasDesk will look again.",
                    "Reply published to Forum RSKO."]
    assert len(contract_server.sent("GET", "/replies")) == 2
    assert len(contract_server.sent("POST", "/replies")) == 1  # never sent again
    assert app.store.records.get(record.id).state is PublishState.PUBLISHED
    assert app.inbox.item(item.id).state is ItemState.HANDLED


def test_once_gives_up_in_bounded_time_and_leaves_it_sending_unsent(app, contract_server,
                                                                      monkeypatch):
    monkeypatch.setattr(agent_module, "ONCE_SETTLE_SECONDS", 1.0)
    contract_server.script("GET", "/replies", *[Reply(503, {"error": "down"})] * 10)
    forum = ForumServer(contract_server)
    item, record = crashed_reply(app, forum, reached_the_platform=False)

    outcomes, said, seconds = run_once(app)

    assert seconds < 10
    assert set(said) == {"Checking whether the reply reached Forum RSKO; HumasDesk will look "
                         "again."}
    assert not contract_server.sent("POST", "/replies")  # never sent without knowing
    left = app.store.records.get(record.id)
    assert (left.state, left.claimed_by) == (PublishState.SENDING, "")  # the next run looks
    assert app.inbox.item(item.id).state is ItemState.NEW


def test_once_hands_a_reply_it_cannot_check_to_the_user_and_never_sends_it(app, forum,
                                                                           monkeypatch):
    # A platform that neither drops a repeated key nor can look a reply up (Telegram's way).
    monkeypatch.setattr(ForumAdapter, "capabilities",
                        Capabilities(text_rules="mastodon", inbox=True))
    item, record = crashed_reply(app, forum, reached_the_platform=False)

    outcomes, said, _seconds = run_once(app)

    assert said == ["It is not known whether the reply reached Forum RSKO. Check the "
                    "conversation, then mark it published or send it again."]
    assert [o.state for o in outcomes] == [PublishState.NEEDS_ATTENTION]
    assert not forum.server.sent("POST", "/replies")
    assert not forum.server.sent("GET", "/replies")
    left = app.store.records.get(record.id)
    assert (left.state, left.error_kind) == (PublishState.NEEDS_ATTENTION, "outcome_unknown")
    assert app.inbox.item(item.id).state is ItemState.NEW
