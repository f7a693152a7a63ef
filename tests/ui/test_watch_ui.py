"""Brand and keyword watch in the window: the Inbox view "Mentions of the hospital" lists what
the saved searches found (and only that), each said in one sentence; saved searches are added
and removed by keys in their dialog, opened from the Inbox page, and what the platform allows
is said when one is added."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.inbox_items import Labels
from humasdesk.domain.model import Account

COMPLAINT = "Antre di RSKO tiga jam, pelayanan lambat sekali, kecewa"


@pytest.fixture
def mastodon(app, contract_server):
    # Its own inbox is not read, and its searches go to the test's loopback server only.
    return app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", server_url=contract_server.url,
        options={"account_id": "109", "read_inbox": False}))


def found_by_search(app, account, query: str) -> int:
    """A post a saved search found (stored as the sync stores it), and the account's own
    mention; returns the search's id."""
    search, _ = app.inbox.watch.add(account.id, query)
    now = datetime.now(UTC)
    app.store.watch.save_batch(search, [(RemoteItem(
        "9700", ItemKind.MENTION, "Budi", "budi", COMPLAINT, now - timedelta(minutes=3)),
        Labels(complaint=True))], cursor="c1", expected_cursor="",
        next_at=now + timedelta(hours=1), note="", now=now)
    app.store.inbox.save_batch(account.id, [(RemoteItem(
        "9800", ItemKind.MENTION, "Sari", "sari", "@rsko terima kasih", now), Labels())],
        cursor="n1", expected_cursor="", next_at=now + timedelta(hours=1), now=now)
    return search.id


def test_the_mentions_view_lists_what_the_searches_found(app, mastodon, window, qtbot):
    found_by_search(app, mastodon, "#RSKO")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.page("inbox")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.list.count() == 2)
    labels = [page.view.itemText(i) for i in range(page.view.count())]
    assert "Mentions of the hospital" in labels
    page.view.setFocus()
    page.view.setCurrentIndex(page.view.findData("mentions"))
    assert page.list.count() == 1
    item = page.list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole).remote.remote_id == "9700"
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Complaint") and "Budi" in spoken and "Antre di RSKO" in spoken
    assert window.ui.announcer.history[-1] == "Mentions of the hospital: 1 items"
    # The account's own view keeps to its own notifications.
    page.view.setCurrentIndex(page.view.findData("account"))
    page.account_filter.setCurrentIndex(page.account_filter.findText("Mastodon RSKO"))
    assert [page.list.item(i).data(Qt.ItemDataRole.UserRole).remote.remote_id
            for i in range(page.list.count())] == ["9800"]


def test_saved_searches_are_added_and_removed_by_keys(app, mastodon, window, qtbot,
                                                      monkeypatch):
    from humasdesk.ui.watch_dialog import WatchDialog

    page = window.page("inbox")
    assert page.watch_button.text() == "Saved searc&hes…"
    opened = []
    monkeypatch.setattr(WatchDialog, "exec", lambda self: opened.append(self) or 0)
    page.watch_button.click()
    assert len(opened) == 1

    dialog = WatchDialog(window.ui, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Only the accounts that can search are offered (not the local outbox).
    assert [dialog.account.itemText(i) for i in range(dialog.account.count())] == \
        ["Mastodon RSKO"]
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "   ")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert "Type what to watch for" in dialog.message.text()
    assert app.inbox.watch.searches() == [] and dialog.query.text() == "   "

    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "#RSKO")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    [search] = app.inbox.watch.searches()
    assert search.query == "#RSKO" and search.account_name == "Mastodon RSKO"
    said = window.ui.announcer.history[-1]
    assert said.startswith("Mastodon RSKO now watches for “#RSKO”, every 15 minutes")
    assert dialog.message.text() == said and dialog.query.text() == ""
    assert dialog.list.count() == 1
    assert dialog.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "“#RSKO” on Mastodon RSKO, 0 found")

    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert app.inbox.watch.searches() == [] and dialog.list.count() == 0
    assert window.ui.announcer.history[-1] == "Mastodon RSKO no longer watches for “#RSKO”."
    dialog.close()
    assert dialog.result() in (QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted)
