"""``humasdesk watch add|list|remove``, in-process: saved searches on a Mastodon account (no
network needed to save one), refused in words on a platform that cannot search, and found
items marked in ``humasdesk inbox --json``."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from humasdesk.app import App
from humasdesk.cli import main
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.inbox_items import Labels
from humasdesk.domain.model import Account


@pytest.fixture
def accounts():
    app = App.build()
    try:
        app.store.accounts.add(Account(platform="mastodon", name="Mastodon RSKO",
                                       server_url="https://social.rsko.test",
                                       options={"account_id": "109"}))
        app.store.accounts.add(Account(platform="threads", name="Threads RSKO",
                                       options={"user_id": "25"}))
    finally:
        app.close()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_and_remove(capsys, accounts):
    code, out, err = run(capsys, "watch", "add", "Mastodon RSKO", "#RSKO")
    assert code == 0, err
    assert out.startswith("Mastodon RSKO now watches for “#RSKO”, every 15 minutes")
    code, out, err = run(capsys, "watch", "add", "Threads RSKO", "RS Kota")
    assert code == 0, err
    assert "every 30 minutes" in out and "2,200 keyword searches in 24 hours" in out

    code, out, _ = run(capsys, "watch", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(s["account"], s["platform"], s["query"], s["found"]) for s in listed] == [
        ("Mastodon RSKO", "mastodon", "#RSKO", 0), ("Threads RSKO", "threads", "RS Kota", 0)]
    assert all(s["id"].isdigit() and s["problem"] == "" for s in listed)
    code, out, _ = run(capsys, "watch", "list")
    assert "“#RSKO” on Mastodon RSKO, 0 found" in out and "“RS Kota” on Threads RSKO" in out

    code, out, err = run(capsys, "watch", "remove", listed[0]["id"])
    assert code == 0, err
    assert out.strip() == "Mastodon RSKO no longer watches for “#RSKO”."
    code, out, _ = run(capsys, "watch", "list", "--json")
    assert [s["query"] for s in json.loads(out)] == ["RS Kota"]


def test_bad_input_is_refused_in_words_with_nothing_saved(capsys, accounts):
    code, _, err = run(capsys, "watch", "add", "Local outbox", "RSKO")
    assert code == 2 and "does not let HumasDesk search" in err, err
    code, _, err = run(capsys, "watch", "add", "Nobody", "RSKO")
    assert code == 2 and "There is no account named “Nobody”" in err
    code, _, err = run(capsys, "watch", "add", "Mastodon RSKO", "   ")
    assert code == 2 and "Type what to watch for" in err
    code, _, _ = run(capsys, "watch", "add", "Mastodon RSKO", "#RSKO")
    code, _, err = run(capsys, "watch", "add", "Mastodon RSKO", "#RSKO")
    assert code == 2 and "already watches for “#RSKO”" in err
    code, _, err = run(capsys, "watch", "remove", "999")
    assert code == 2 and "There is no saved search 999." in err
    code, _, err = run(capsys, "watch", "remove", "abc")
    assert code == 2 and "There is no saved search abc." in err
    code, out, _ = run(capsys, "watch", "list", "--json")
    assert [s["query"] for s in json.loads(out)] == ["#RSKO"]


def test_inbox_json_says_which_search_found_an_item(capsys, accounts):
    run(capsys, "watch", "add", "Mastodon RSKO", "#RSKO")
    app = App.build()
    try:
        [search] = app.inbox.watch.searches()
        found = RemoteItem("9700", ItemKind.MENTION, "Budi", "budi", "Parkir #RSKO penuh",
                           datetime(2026, 11, 26, 3, tzinfo=UTC))
        app.store.watch.save_batch(search, [(found, Labels(complaint=True))], cursor="c1",
                                   expected_cursor="", next_at=None, note="",
                                   now=datetime(2026, 11, 26, 3, 1, tzinfo=UTC))
    finally:
        app.close()
    code, out, _ = run(capsys, "inbox", "--json")
    [item] = json.loads(out)
    assert item["watch_id"] == str(search.id) and item["kind"] == "mention"
    code, out, _ = run(capsys, "watch", "list", "--json")
    assert json.loads(out)[0]["found"] == 1
