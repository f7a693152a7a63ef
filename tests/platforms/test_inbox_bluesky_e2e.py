"""The inbox end to end on the real Bluesky AppView (tests/platforms/bluesky_network.py), through
the command line as the officer's scripts use it.

A second account replies to, mentions, quotes and complains to the hospital's account;
``humasdesk inbox --sync --json`` (a real process on the test's data directory, its tokens in
the private gnome-keyring of the ``secret_service`` fixture, as in test_crash_recovery.py) lists
each once with its kind, complaint flag and reasons; ``humasdesk reply`` answers, the item is
handled, and the answer is read back from the AppView: threaded under the right root and parent.
A second sync does not list the hospital's own answers.

Then the crash: ``humasdesk reply`` is killed with SIGKILL while the PDS's answer to its
``createRecord`` is held by a loopback proxy (the answer exists on the server, the process is
still waiting); asking again is refused while that reply is pending, and the restarted
``humasdesk agent`` settles it: exactly one answer on the server, the item handled.

Here the first test takes about 13 s, the crash test about 7 s (several Python processes start),
plus about 8 s to start the network once per run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash_recovery import CREATE_RECORD, HoldingProxy

from humasdesk.app import App
from humasdesk.domain.inbox import ItemState
from humasdesk.domain.model import PublishState
from humasdesk.platforms import bluesky
from humasdesk.platforms.base import OutgoingPost, new_idempotency_key

pytestmark = pytest.mark.slow

TIMEOUT = 120.0  # a process on a loaded two-core machine: a deadline, not a sleep


def humasdesk(home: Path, *argv: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "humasdesk", *argv], capture_output=True,
                          text=True, timeout=timeout, env=child_env(home))


def child_env(home: Path) -> dict:
    # The keyring of the secret_service fixture (its D-Bus address is in os.environ), named so
    # the child cannot pick another backend.
    return dict(os.environ, HUMASDESK_HOME=str(home), LC_ALL="en_US.UTF-8",
                PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")


def listed(home: Path, *argv: str) -> list[dict]:
    done = humasdesk(home, "inbox", "--json", *argv)
    assert done.returncode == 0, (done.stdout, done.stderr)
    return json.loads(done.stdout)


@pytest.fixture
def hospital(bluesky_network):
    return bluesky_network.account("rsko")


@pytest.fixture
def visitor(bluesky_network):
    return bluesky_network.account("budi")


@pytest.fixture
def hospital_post(bluesky_network, hospital, memory_secrets):
    """A post of the hospital's (published through its own session), indexed."""
    adapter = bluesky_network.adapter(hospital, memory_secrets)
    post = adapter.publish(OutgoingPost(text="Jadwal poli jantung minggu ini",
                                        idempotency_key=new_idempotency_key()))
    bluesky_network.process()
    return post


def connect(app: App, hospital, server: str):
    account = bluesky.connect(app.registry.context, handle=hospital.handle,
                              app_password=hospital.app_password, server=server,
                              name="Bluesky RSKO")
    return app.store.accounts.add(account)


def thread_under(bluesky_network, uri: str, viewer) -> list[dict]:
    return bluesky_network.replies(uri, viewer)


def test_listed_once_answered_threaded_and_own_answers_not_listed(
        secret_service, bluesky_network, hospital, visitor, hospital_post, isolated_home):
    app = App.build(isolated_home)
    try:
        connect(app, hospital, bluesky_network.pds_url)
    finally:
        app.close()
    post = hospital_post.remote_id
    reply = visitor.reply(post, "Hari Sabtu buka min?")
    mention = visitor.mention(f"Terima kasih @{hospital.handle} atas infonya")
    quote = visitor.quote(post, "Info penting buat yang mau kontrol")
    visitor.like(post)
    complaint = visitor.complaint(f"@{hospital.handle} antre di poli jiwa tiga jam, gak ada "
                                  "yang jelasin. Kecewa bgt")

    items = listed(isolated_home, "--sync")
    by_text = {item["text"]: item for item in items}
    assert len(items) == len(by_text) == 4, items  # once each; the like is counted, not listed
    assert {item["kind"] for item in items} == {"reply", "mention", "quote"}
    kinds = {text: item["kind"] for text, item in by_text.items()}
    assert kinds == {"Hari Sabtu buka min?": "reply",
                     f"Terima kasih @{hospital.handle} atas infonya": "mention",
                     "Info penting buat yang mau kontrol": "quote",
                     f"@{hospital.handle} antre di poli jiwa tiga jam, gak ada yang jelasin. "
                     "Kecewa bgt": "mention"}
    [complained] = [item for item in items if item["complaint"]]
    assert "Kecewa bgt" in complained["text"]
    assert complained["reasons"] and all(isinstance(r, str) for r in complained["reasons"])
    assert any("kecewa" in r.lower() for r in complained["reasons"]), complained["reasons"]
    assert not any(item["urgent"] for item in items)
    assert by_text["Hari Sabtu buka min?"]["question"] is True
    for item in items:
        assert (item["state"], item["account"], item["platform"]) == ("new", "Bluesky RSKO",
                                                                       "bluesky")
        assert item["author_handle"] == visitor.handle
        assert item["received_at"][-6] in "+-" and item["received_at"][-3] == ":"  # an offset
    assert complained["url"].endswith("/post/" + complaint.uri.rsplit("/", 1)[1])
    assert by_text["Hari Sabtu buka min?"]["url"].endswith(reply.uri.rsplit("/", 1)[1])
    # A sync again lists nothing twice.
    assert len(listed(isolated_home, "--sync")) == 4

    # Answer the complaint (a post of its own: root and parent are the complaint) and the
    # reply (under the hospital's post: root is the post, parent the reply).
    answers = {complained["id"]: f"Mohon maaf atas antreannya, Kak. Kami cek hari ini "
                                 f"({os.urandom(2).hex()}).",
               by_text["Hari Sabtu buka min?"]["id"]: "Sabtu buka pukul 08.00-12.00 WIB."}
    for item_id, text in answers.items():
        done = humasdesk(isolated_home, "reply", item_id, "--text", text)
        assert done.returncode == 0, (done.stdout, done.stderr)
        assert "Bluesky RSKO" in done.stdout
    handled = {item["id"]: item for item in listed(isolated_home, "--state", "handled")}
    assert set(handled) == set(answers)
    assert all(item["handled_how"] == "reply" for item in handled.values())

    [answer] = thread_under(bluesky_network, complaint.uri, visitor)
    assert answer["author"]["did"] == hospital.did
    assert answer["record"]["text"] == answers[complained["id"]]
    assert answer["record"]["reply"] == {"root": {"uri": complaint.uri, "cid": complaint.cid},
                                         "parent": {"uri": complaint.uri, "cid": complaint.cid}}
    [under_reply] = thread_under(bluesky_network, reply.uri, visitor)
    assert under_reply["record"]["text"] == "Sabtu buka pukul 08.00-12.00 WIB."
    assert under_reply["record"]["reply"]["root"]["uri"] == post
    assert under_reply["record"]["reply"]["parent"] == {"uri": reply.uri, "cid": reply.cid}
    assert [p["uri"] for p in thread_under(bluesky_network, mention.uri, visitor)] == []
    assert [p["uri"] for p in thread_under(bluesky_network, quote.uri, visitor)] == []

    # The next sync lists what is new (a mention written after the answers), never the
    # hospital's own answers, and the answered items stay handled.
    later = visitor.mention(f"@{hospital.handle} makasih min, udah dijawab")
    bluesky_network.process()
    after = listed(isolated_home, "--sync")
    assert len(after) == 5, after
    assert all(item["author_handle"] == visitor.handle for item in after)
    assert not any(item["text"] in answers.values() for item in after)
    [new] = [item for item in after if item["state"] == "new" and item["id"] not in by_text
             and item["text"].startswith(f"@{hospital.handle} makasih")]
    assert new["url"].endswith(later.uri.rsplit("/", 1)[1])
    assert {item["id"]: item["state"] for item in after if item["id"] in answers} == \
        dict.fromkeys(answers, "handled")


def test_reply_killed_mid_send_then_restart_leaves_exactly_one_answer(
        secret_service, bluesky_network, hospital, visitor, isolated_home, tmp_path):
    proxy = HoldingProxy(bluesky_network.pds_url, {CREATE_RECORD})
    app = App.build(isolated_home)
    sender = agent = None
    logs = tmp_path / "reply-output"
    logs.mkdir()

    def output() -> str:
        return "\n".join(f"--- {p.name}:\n{p.read_text(errors='replace')[-3000:]}"
                         for p in sorted(logs.iterdir()))

    try:
        account = connect(app, hospital, proxy.url)
        complaint = visitor.complaint(f"@{hospital.handle} obat saya belum diberikan, sudah "
                                      "dua jam nunggu di farmasi, parah")
        report = app.inbox.sync_account(account.id)
        assert not report.problem, report
        [item] = app.inbox.items_in_state(None, account_id=account.id, limit=10, offset=0)
        assert item.labels.complaint
        text = f"Mohon maaf, Kak. Petugas farmasi kami segera menghubungi ({os.urandom(2).hex()})"

        with open(logs / "killed.out", "w") as out, open(logs / "killed.err", "w") as err:
            sender = subprocess.Popen([sys.executable, "-m", "humasdesk", "reply", str(item.id),
                                       "--text", text], stdin=subprocess.DEVNULL, stdout=out,
                                      stderr=err, env=child_env(isolated_home))
        deadline = time.monotonic() + TIMEOUT
        while not proxy.answer_held.is_set():
            assert sender.poll() is None, f"humasdesk reply ended early\n{output()}"
            assert time.monotonic() < deadline, f"createRecord never came\n{output()}"
            time.sleep(0.1)
        # The answer is on the server; the process waits for the PDS's answer: kill it there.
        sender.send_signal(signal.SIGKILL)
        sender.wait(timeout=20)
        proxy.release()
        assert len(thread_under(bluesky_network, complaint.uri, visitor)) == 1
        [record] = app.store.records.in_state(PublishState.SENDING)  # its sender is gone
        assert app.inbox.item(item.id).state is ItemState.NEW

        # Asking again while that reply is pending is refused in words, nothing written.
        again = humasdesk(isolated_home, "reply", str(item.id), "--text", text)
        assert again.returncode == 2, (again.stdout, again.stderr)
        assert "already" in again.stderr.lower(), again.stderr

        # The restart: the agent takes over (the killed process is gone), sends again with the
        # same key, which finds the answer already there, and the item is handled.
        with open(logs / "agent.out", "w") as out, open(logs / "agent.err", "w") as err:
            agent = subprocess.Popen([sys.executable, "-m", "humasdesk", "agent"],
                                     stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                     env=child_env(isolated_home))
        deadline = time.monotonic() + TIMEOUT
        while app.store.records.get(record.id).state is not PublishState.PUBLISHED:
            assert agent.poll() is None, f"the agent ended early\n{output()}"
            assert time.monotonic() < deadline, f"the agent did not settle it\n{output()}"
            time.sleep(0.2)
        agent.send_signal(signal.SIGTERM)
        assert agent.wait(timeout=TIMEOUT) == 0, output()
        assert "Reply published to Bluesky RSKO." in (logs / "agent.out").read_text(), output()
        under = thread_under(bluesky_network, complaint.uri, visitor)
        assert [p["record"]["text"] for p in under] == [text]  # exactly one answer
        assert under[0]["record"]["reply"]["parent"] == {"uri": complaint.uri,
                                                         "cid": complaint.cid}
        assert proxy.count("POST", CREATE_RECORD) == 1  # found by its key, never sent again
        answered = app.inbox.item(item.id)
        assert (answered.state, answered.handled_how) == (ItemState.HANDLED, "reply")
        final = app.store.records.get(record.id)
        assert (final.state, final.remote_id) == (PublishState.PUBLISHED, under[0]["uri"])
    finally:
        for child in (sender, agent):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait(timeout=20)
        app.close()
        proxy.close()
