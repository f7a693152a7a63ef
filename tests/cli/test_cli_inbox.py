"""``humasdesk inbox`` and ``humasdesk reply``, in-process, against the forum platform of
tests/inbox_support.py on a real local HTTP server (registered for these tests only)."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.app import App
from humasdesk.cli import main
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.inbox_items import Labels
from humasdesk.domain.model import Account
from humasdesk.platforms import registry as platform_registry
from inbox_support import SPEC, ForumServer

QUESTION = "Jam besuk sampai jam berapa ya min?"
URGENT = "Tolong, ayah saya kejang dan tidak sadar di rumah"


@pytest.fixture
def forum(contract_server, monkeypatch):
    """The forum platform in every App the command line builds, and its account."""
    default = platform_registry.default_registry

    def with_forum(context):
        registry = default(context)
        registry.register(SPEC)
        return registry

    monkeypatch.setattr(platform_registry, "default_registry", with_forum)
    server = ForumServer(contract_server)
    app = App.build()
    try:
        app.store.accounts.add(Account(platform="forum", name="Forum RSKO",
                                       server_url=server.url))
    finally:
        app.close()
    return server


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(query: str):
    app = App.build()
    try:
        return [tuple(r) for r in app.store.db.query(query)]
    finally:
        app.close()


def test_inbox_sync_json_lists_every_field(capsys, forum):
    forum.add(QUESTION, author="Sari Dewi", handle="sari")
    forum.add(URGENT, author="Tono", handle="tono", kind="message", thread="dm-tono")
    code, out, err = run(capsys, "inbox", "--sync", "--json")
    assert code == 0, err
    # What the read brought, on standard error (the singular forms come from the catalogue).
    assert err.startswith("1 new comment") and "1 new message" in err
    assert "on Forum RSKO, 1 emergenc" in err
    items = json.loads(out)
    assert [i["text"] for i in items] == [URGENT, QUESTION]  # newest first
    urgent, question = items
    assert isinstance(urgent["id"], str) and urgent["id"].isdigit()
    assert urgent["account"] == "Forum RSKO" and urgent["platform"] == "forum"
    assert urgent["kind"] == "message" and question["kind"] == "comment"
    assert urgent["author"] == "Tono" and question["author"] == "Sari Dewi"
    assert urgent["state"] == "new"
    assert (urgent["urgent"], urgent["complaint"]) == (True, False)
    assert (question["question"], question["urgent"]) == (True, False)
    assert all(isinstance(i[k], bool) for i in items for k in ("complaint", "urgent",
                                                              "question"))
    assert any("kejang" in reason for reason in urgent["reasons"])
    received = datetime.fromisoformat(urgent["received_at"])
    assert received.utcoffset() is not None
    assert urgent["url"].endswith("/items/c2")
    # Without --sync nothing is read again; the stored items are listed.
    code, out, _ = run(capsys, "inbox", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert len(forum.server.sent("GET", "/inbox")) == 1


def test_inbox_filters_by_state_and_account(capsys, forum):
    forum.add(QUESTION)
    assert run(capsys, "inbox", "--sync")[0] == 0
    code, out, _ = run(capsys, "inbox", "--json", "--state", "handled")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "inbox", "--json", "--state", "new", "--account", "forum rsko")
    assert [i["text"] for i in json.loads(out)] == [QUESTION]
    code, out, _ = run(capsys, "inbox", "--json", "--account", "Local outbox")
    assert json.loads(out) == []
    code, out, err = run(capsys, "inbox", "--account", "Nope")
    assert code == 2 and out == ""
    assert err.strip().startswith("There is no account named “Nope”")
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "inbox", "--state", "open")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "inbox")
    line, because = out.splitlines()  # the item, and why it is labelled a question
    assert because.strip().startswith("Because: question")
    assert line.split()[1] == "new"
    assert line.endswith(f"Question · Forum RSKO · Budi Santoso: {QUESTION} · just now")


def test_inbox_sync_of_a_site_that_cannot_be_read_says_so(capsys, forum):
    app = App.build()
    try:
        app.store.accounts.add(Account(platform="kompasiana", name="Kompasiana RSKO",
                                       server_url="https://www.kompasiana.com/new"))
    finally:
        app.close()
    code, out, err = run(capsys, "inbox", "--sync", "--account", "Kompasiana RSKO")
    assert code == 2 and out == ""
    assert err.strip().startswith("Kompasiana cannot be read by HumasDesk")


def test_reply_publishes_once_and_handles_the_item(capsys, forum, monkeypatch, tmp_path):
    forum.add(QUESTION, author="Sari", handle="sari")
    forum.add("Apakah ada parkir motor?", handle="dodi")
    run(capsys, "inbox", "--sync")
    code, out, _ = run(capsys, "inbox", "--json")
    by_text = {i["text"]: i["id"] for i in json.loads(out)}
    code, out, err = run(capsys, "reply", by_text[QUESTION], "--text",
                         "Jam besuk 16.00–20.00 WIB.")
    assert code == 0, err
    assert out.startswith("Reply published to Forum RSKO. ")
    assert [r["text"] for r in forum.replies] == ["Jam besuk 16.00–20.00 WIB."]
    code, out, _ = run(capsys, "inbox", "--json", "--state", "handled")
    assert [i["id"] for i in json.loads(out)] == [by_text[QUESTION]]
    # From standard input, and from a file.
    code, out, err = run(capsys, "reply", by_text["Apakah ada parkir motor?"], "-",
                         stdin="Ada, di basement.", monkeypatch=monkeypatch)
    assert code == 0, err
    assert forum.replies[-1]["text"] == "Ada, di basement."
    answer = tmp_path / "jawab.txt"
    answer.write_text("Parkir motor di basement B1.\n", encoding="utf-8")
    code, _, err = run(capsys, "reply", by_text["Apakah ada parkir motor?"], "--file",
                       str(answer))
    assert code == 0, err
    assert len(forum.replies) == 3


def test_reply_bad_input_exits_2_with_one_line_and_writes_nothing(capsys, forum, monkeypatch):
    closed = datetime.now(UTC) - timedelta(hours=2)
    forum.add(QUESTION)
    forum.add("Pesan kemarin", kind="message", thread="dm-1", reply_until=closed)
    run(capsys, "inbox", "--sync")
    code, out, _ = run(capsys, "inbox", "--json")
    ids = {i["text"]: i["id"] for i in json.loads(out)}
    # An item of an account whose platform takes no replies (the local outbox).
    app = App.build()
    try:
        outbox = next(a for a in app.store.accounts.list() if a.platform == "outbox")
        saved = app.store.inbox.save_batch(outbox.id, [(RemoteItem(
            "o1", ItemKind.COMMENT, "Ani", "ani", "Halo", datetime.now(UTC)), Labels())],
            cursor="", expected_cursor="", next_at=None)
        outbox_item = str(saved.new_ids[0])
    finally:
        app.close()
    posts_before = stored("SELECT COUNT(*) FROM posts")
    cases = [
        (("reply", "999", "--text", "Halo"), "There is no inbox item 999."),
        (("reply", "abc", "--text", "Halo"), "There is no inbox item abc."),
        (("reply", ids[QUESTION], "--text", "   "), "The reply is empty"),
        (("reply", ids[QUESTION]), "Give the text once"),
        (("reply", ids[QUESTION], "--text", "a", "-"), "unrecognized arguments: -"),
        (("reply", ids[QUESTION], "--file", "/nonexistent/x.txt"), "does not exist"),
        (("reply", ids["Pesan kemarin"], "--text", "Baik"), "no longer accepts a reply"),
        (("reply", outbox_item, "--text", "Halo"), "cannot take replies"),
        (("reply", ids[QUESTION], "--text", "x" * 700), "Forum RSKO"),
    ]
    for argv, words in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert out == ""
        assert len(err.strip().splitlines()) == 1, (argv, err)
        assert words in err, (argv, err)
    assert stored("SELECT COUNT(*) FROM posts") == posts_before
    assert forum.replies == []
    code, out, _ = run(capsys, "inbox", "--json", "--state", "new")
    assert len(json.loads(out)) == 3  # nothing was handled
