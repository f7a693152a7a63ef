"""The Inbox page as Orca meets it, read over AT-SPI from another process and driven by real
keys: every item row is named with its sentence (and the words that labelled it), and new
items are announced once, with their counts, the emergency first."""

import time
from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.xvfb

URGENT = "Tolong, ayah saya kejang dan tidak sadar di rumah, IGD bisa jemput?"
COMPLAINT = "Antre di poli jiwa tiga jam, pelayanan lambat sekali, kecewa bgt"
QUESTION = "Jam besuk sampai jam berapa ya min?"


def nodes(tree: dict):
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def store_items(home, texts):
    """Items as another process (the agent) stores them after reading a platform."""
    from humasdesk.app import App
    from humasdesk.domain import triage
    from humasdesk.domain.inbox import ItemKind, RemoteItem
    from humasdesk.domain.inbox_items import Labels

    app = App.build(home)
    try:
        account = app.store.accounts.list()[0]
        now = datetime.now(UTC)
        batch = []
        for n, (author, text) in enumerate(texts):
            found = triage.classify(text)
            batch.append((RemoteItem(
                remote_id=f"a11y-{n}", kind=ItemKind.COMMENT, author_name=author,
                author_handle=author.lower(), text=text, thread_id=f"t{n}",
                received_at=now - timedelta(minutes=10 * (n + 1)),
                url=f"https://example.invalid/{n}"),
                Labels(found.complaint, found.urgent, found.question, found.reasons)))
        cursor = app.store.inbox.cursor(account.id).cursor
        app.store.inbox.save_batch(account.id, batch, cursor="read-1", expected_cursor=cursor,
                                   next_at=None)
        return account.name
    finally:
        app.close()


def test_inbox_rows_are_named_with_their_sentence_and_news_is_said_once(running_app):
    running_app.keys("ctrl+5")
    account = store_items(running_app.home, [("Rina", URGENT), ("Budi", COMPLAINT),
                                             ("Dewi", QUESTION)])
    listener = running_app.listen(8)
    running_app.keys("ctrl+F5")  # check now: the items the other process stored are news
    events = running_app.events(listener)
    said = [e["name"] for e in events if e["type"] == "object:state-changed:showing"
            and e["role"] == "notification" and e["detail1"] == 1]
    assert [e for e in events if e["type"] == "object:announcement"] == []
    news = [s for s in said if "new comments" in s]
    assert len(news) == 1, said  # once, with its counts, the emergency first
    assert news[0].startswith("Emergency: Emergency · " + account + " · Rina: Tolong")
    assert f"3 new comments on {account}, 1 emergenc" in news[0]
    assert "1 complaint" in news[0]

    deadline = time.monotonic() + 10
    while True:
        items = [n["name"] for n in nodes(running_app.tree()) if n["role"] == "list item"
                 and " · " in n["name"]]
        if len(items) == 3 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    # Emergencies first, then complaints; each row one sentence, its reasons after it.
    assert items[0].startswith(f"Emergency · {account} · Rina: Tolong, ayah saya kejang")
    assert items[1].startswith(f"Complaint · {account} · Budi: Antre di poli jiwa")
    assert items[2].startswith(f"Question · {account} · Dewi: Jam besuk")
    assert "10 minutes ago" in items[0] and "Why: " in items[0]
    # The navigation button says the count too.
    buttons = [n["name"] for n in nodes(running_app.tree()) if n["role"] == "push button"]
    assert "Inbox · 3 new" in buttons, buttons
