"""``humasdesk insights`` and ``humasdesk report`` on a data folder with a week of history."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.app import App
from humasdesk.cli import main
from humasdesk.domain.metrics import PostMetrics
from humasdesk.domain.model import Account, Post, PublishRecord, PublishState, Target

NOW = datetime.now(UTC)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def history(isolated_home):
    """Two accounts; one post on both, two more on Mastodon; readings and followers."""
    app = App.build(isolated_home)
    mastodon = app.store.accounts.add(Account(platform="mastodon", name="Mastodon RSKO",
                                              server_url="https://social.rsko.test"))
    telegram = app.store.accounts.add(Account(platform="telegram", name="Info RSKO",
                                              options={"chat_id": "-100123"}))
    insights = app.insights

    def post(text, at, *targets):
        records = app.store.create_post(Post(body=text), [
            (Target(0, account.id), PublishRecord(0, PublishState.PUBLISHED, published_at=at,
                                                  remote_id=remote,
                                                  remote_url=f"https://x.test/{remote}"))
            for account, remote in targets])
        return [r.id for r in records]

    shared = post("Donor darah bersama PMI", NOW - timedelta(days=1),
                  (mastodon, "11"), (telegram, "55"))
    insights.repo.save_reading(shared[0], "24h", NOW, PostMetrics({"likes": 34, "reposts": 5,
                                                                   "replies": 12,
                                                                   "quotes": 1}))
    insights.repo.save_reading(shared[1], "24h", NOW, PostMetrics(
        unavailable={"views": "Telegram gives bots no views."}))
    gone = post("Info lama", NOW - timedelta(days=2), (mastodon, "12"))[0]
    insights.repo.save_reading(gone, "24h", NOW, PostMetrics(deleted=True))
    post("Terlalu lama", NOW - timedelta(days=20), (mastodon, "13"))
    for days_ago, followers in ((5, 1200), (1, 1234)):
        day = (NOW - timedelta(days=days_ago))
        insights.repo.save_audience(mastodon.id, day.date().isoformat(), day, followers)
    app.close()
    return isolated_home


def test_insights_json_has_the_issues_shape(capsys, history):
    code, out, err = run(capsys, "insights", "--json", "--days", "7")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"posts", "accounts", "best_times"}
    by_text = {(p["text"], p["platform"]): p for p in data["posts"]}
    assert set(by_text) == {("Donor darah bersama PMI", "mastodon"),
                            ("Donor darah bersama PMI", "telegram"), ("Info lama", "mastodon")}
    donor = by_text[("Donor darah bersama PMI", "mastodon")]
    assert donor["account"] == "Mastodon RSKO" and donor["url"] == "https://x.test/11"
    assert datetime.fromisoformat(donor["published_at"]) < NOW
    assert donor["metrics"]["likes"] == 34 and donor["metrics"]["reposts"] == 5
    assert donor["metrics"]["replies"] == 12 and donor["metrics"]["quotes"] == 1
    assert "views" not in donor["metrics"]  # Mastodon has none: absent, not zero
    assert datetime.fromisoformat(donor["metrics"]["collected_at"])
    gone = by_text[("Info lama", "mastodon")]
    assert gone["deleted"] is True and set(gone["metrics"]) == {"collected_at"}
    telegram = by_text[("Donor darah bersama PMI", "telegram")]
    assert telegram["unavailable"] == {"views": "Telegram gives bots no views."}
    accounts = {a["account"]: a for a in data["accounts"]}
    assert "Local outbox" not in accounts  # no figures on the outbox
    assert [p["followers"] for p in accounts["Mastodon RSKO"]["followers"]] == [1200, 1234]
    best = {b["account"]: b for b in data["best_times"]}
    assert best["Mastodon RSKO"]["fallback"] is True
    assert best["Mastodon RSKO"]["hour"] == 19 and best["Mastodon RSKO"]["posts"] == 0
    assert {"weekday", "hour", "score", "posts", "confidence"} <= set(best["Info RSKO"])


def test_insights_text_and_one_account(capsys, history):
    code, out, _ = run(capsys, "insights", "--account", "mastodon rsko")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Donor darah bersama PMI: 34 like")  # newest first
    assert lines[1] == "Info lama: deleted on Mastodon"
    assert "Mastodon RSKO: 1,234 followers (+34 in 7 days)." in lines
    assert any(line.startswith("Mastodon RSKO: Too little history") for line in lines)
    assert "Info RSKO" not in out


@pytest.mark.parametrize(("argv", "message"), [
    (["insights", "--account", "Nobody"], "There is no account named “Nobody”"),
    (["insights", "--days", "0"], "give a number of days from 1 to 3660"),
    (["report", "--week", "2026-W60", "--output", "r.pdf"], "give the week as YYYY-Www"),
    (["report", "--output", "r.docx"], "give a file name ending in .pdf or .html"),
    (["report", "--language", "fr", "--output", "r.pdf"], "invalid choice"),
])
def test_bad_input_is_one_clear_line(capsys, history, tmp_path, monkeypatch, argv, message):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_sync_says_which_account_could_not_be_read(capsys, history):
    # No login in the keyring for these accounts: said per account, exit 1, nothing lost.
    code, _out, err = run(capsys, "insights", "--sync", "--account", "Mastodon RSKO")
    assert code == 1
    assert err.startswith("Mastodon RSKO: ") and "Reconnect" in err


def test_report_pdf_holds_the_weeks_figures(capsys, history, tmp_path):
    from humasdesk.domain.inbox import ItemKind, RemoteItem
    from humasdesk.domain.inbox_items import Labels

    # Two complaints that week in the inbox, one answered from HumasDesk 45 minutes later.
    app = App.build(history)
    account = app.store.accounts.by_name("Mastodon RSKO")
    at = NOW - timedelta(days=1)
    saved = app.store.inbox.save_batch(account.id, [
        (RemoteItem("901", ItemKind.MENTION, "Budi", "budi", "Antre lama", at),
         Labels(complaint=True)),
        (RemoteItem("902", ItemKind.MENTION, "Ani", "ani", "Parkir penuh", at),
         Labels(complaint=True))], cursor="c", expected_cursor="", next_at=None)
    app.store.create_post(Post(body="Mohon maaf"), [(
        Target(0, account.id, inbox_item_id=saved.new_ids[0]),
        PublishRecord(0, PublishState.PUBLISHED, published_at=at + timedelta(minutes=45)))])
    app.close()
    week = (NOW - timedelta(days=1)).astimezone().isocalendar()
    target = tmp_path / "laporan.pdf"
    code, out, err = run(capsys, "report", "--week", f"{week.year}-W{week.week:02d}",
                         "--language", "en", "--output", str(target))
    assert code == 0, err
    assert "was written to" in out
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Weekly social media report" in text
    assert "Posts per platform" in text and "Top posts" in text
    assert "Donor darah bersama PMI: 34 like" in text
    assert "2 complaints received, 1 answered." in text
    assert "Median time to the first answer: 45 minutes." in text
    assert "Longest time to the first answer: 45 minutes." in text
    assert "Not available" not in text


def test_queue_slots_and_x_figures_are_the_users_choice(capsys, history, isolated_home):
    app = App.build(isolated_home)
    app.store.accounts.add(Account(platform="x", name="@rsko"))
    app.close()
    code, out, _ = run(capsys, "insights", "--account", "@rsko", "--x-metrics", "on")
    assert code == 0 and "is on for @rsko" in out and "US$0.75 a month for 30 posts" in out
    code, out, _ = run(capsys, "insights", "--account", "@rsko", "--x-metrics", "off")
    assert code == 0 and "is off for @rsko" in out
    code, _, err = run(capsys, "insights", "--account", "Mastodon RSKO", "--x-metrics", "on")
    assert code == 2 and "Only X accounts" in err
    code, out, _ = run(capsys, "insights", "--account", "Mastodon RSKO", "--set-slots")
    assert code == 0 and out.startswith("Queue slots set to 19:00.")  # the stated default
    app = App.build(isolated_home)
    try:
        assert app.store.accounts.by_name("Mastodon RSKO").options["slots"] == ["19:00"]
        assert app.store.accounts.by_name("@rsko").options["read_metrics"] is False
    finally:
        app.close()
    code, _, err = run(capsys, "insights", "--set-slots")
    assert code == 2 and "--account" in err
