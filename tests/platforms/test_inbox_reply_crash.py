"""A reply is sent exactly once even when the sending process is killed (SIGKILL) mid-reply.

The agent runs as a child process (tests/inbox_agent_child.py: the real agent loop with the
test forum platform registered) on the test's data directory. The forum server on 127.0.0.1
stores the reply at once but holds its answer, so the agent is waiting for it when it is
killed: the record stays "sending", the reply exists on the server. The restarted agent takes
over (the dead agent's process is gone), finds the reply by its key (the forum's reliable
look-up) instead of sending it again, marks it published and the item handled. The same agent
reads the inbox on its own thread meanwhile.

Waits poll with deadlines; every child process is killed at teardown.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from humasdesk.app import App
from humasdesk.domain.inbox import ItemState
from humasdesk.domain.model import PublishState
from humasdesk.services.inbox import InboxView
from inbox_support import ForumServer, add_account

CHILD = Path(__file__).parents[1] / "inbox_agent_child.py"
START_TIMEOUT = 60.0  # a child imports the app, opens the store, sends


class Child:
    def __init__(self, logs: Path, name: str):
        self.name = name
        self.out = logs / f"{name}.out"
        self.err = logs / f"{name}.err"
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.process = subprocess.Popen([sys.executable, str(CHILD)],
                                            stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                            env=dict(os.environ))

    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        return (f"--- {self.name} (exit {self.process.poll()}):\n"
                f"{self.out.read_text(errors='replace')}\n"
                f"{self.err.read_text(errors='replace')[-3000:]}")


@pytest.fixture
def children(tmp_path):
    started: list[Child] = []
    logs = tmp_path / "children"
    logs.mkdir()

    def start(name: str) -> Child:
        child = Child(logs, name)
        started.append(child)
        return child

    start.started = started
    yield start
    for child in started:
        if child.alive():
            child.process.kill()
        try:
            child.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass


def wait_until(condition: Callable[[], bool], what: str, explain: Callable[[], str],
               must_live: Child) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not condition():
        if not must_live.alive() and not condition():
            pytest.fail(f"{must_live.name} exited while waiting for {what}\n{explain()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}\n{explain()}")
        time.sleep(0.1)


def test_kill_9_mid_reply_then_restart_leaves_exactly_one_answer(isolated_home, contract_server,
                                                                  children):
    forum = ForumServer(contract_server)
    app = App.build(isolated_home)

    def explain() -> str:
        return "\n".join(c.output() for c in children.started)

    def state() -> PublishState:
        return app.store.records.get(record.id).state

    try:
        account = add_account(app, forum.url)
        forum.add("Apakah poli anak buka hari Sabtu?", author="Rina", handle="rina")
        app.inbox.sync_account(account.id)
        [item] = app.inbox.items(InboxView.ALL)
        text = f"Poli anak buka Sabtu pukul 08.00–12.00 WIB ({os.urandom(3).hex()})"
        forum.hold_replies = True
        record = app.inbox.reply(item.id, text)

        first = children("first")
        wait_until(forum.reply_held.is_set, "the reply to reach the server", explain, first)
        assert state() is PublishState.SENDING
        assert len(forum.replies) == 1  # on the server; the agent waits for the answer
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=20)
        forum.hold_replies = False
        forum.release()
        crashed = app.store.records.get(record.id)
        assert crashed.state is PublishState.SENDING, explain()
        assert f":{first.process.pid}:" in crashed.claimed_by
        assert app.inbox.item(item.id).state is ItemState.NEW

        # A comment arrives while the agent is down; the restarted agent reads it too.
        forum.add("Poli gigi buka Sabtu juga?", author="Dodi", handle="dodi")
        cursor = app.store.inbox.cursor(account.id).cursor
        app.store.inbox.set_next(account.id, datetime.now(UTC))  # as if the cadence passed
        second = children("restarted")
        wait_until(lambda: state() not in (PublishState.SENDING, PublishState.SCHEDULED),
                   "the restarted agent to settle the reply", explain, second)
        wait_until(lambda: app.store.inbox.count() == 2, "the agent to read the inbox",
                   explain, second)
        second.process.send_signal(signal.SIGTERM)
        assert second.process.wait(timeout=START_TIMEOUT) == 0, explain()

        final = app.store.records.get(record.id)
        assert final.state is PublishState.PUBLISHED, (final, explain())
        assert len(forum.replies) == 1, forum.replies  # exactly one answer
        [reply] = forum.replies
        assert (reply["text"], reply["in_reply_to"]) == (text, item.remote.remote_id)
        assert reply["key"] == record.idempotency_key
        assert len(contract_server.sent("POST", "/replies")) == 1  # never sent again
        assert contract_server.sent("GET", "/replies")  # found by its key instead
        assert (final.remote_id, final.remote_url) == (reply["id"], reply["url"])
        answered = app.inbox.item(item.id)
        assert (answered.state, answered.handled_how) == (ItemState.HANDLED, "reply")
        assert "Reply published to Forum RSKO." in second.output()
        assert "1 new comment" in second.output()
        assert contract_server.sent("GET", "/inbox")[-1].query["cursor"] == [cursor]
    finally:
        forum.release()
        app.close()
