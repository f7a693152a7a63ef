"""The Human Agent option on the Accounts page, by keys: a check box shown only for a Facebook
or Instagram row, with the description (only if the hospital's Meta app passed review; up to
7 days after the person's last message) as its accessible description and as visible text;
Space or Alt+H changes it, it is saved at once and said; other platforms do not show it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humasdesk.domain.model import Account

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(app, window, qtbot):
    app.settings.set("tremor_window_ms", 0)
    app.store.accounts.add(Account(platform="facebook", name="RSKO Facebook",
                                   options={"page_id": "1048"}))
    app.store.accounts.add(Account(platform="bluesky", name="Bluesky RSKO",
                                   handle="rsko.bsky.social"))
    window.ui.events.accounts_changed.emit()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    accounts = window.page("accounts")
    assert window.stack.currentWidget() is accounts
    accounts.list.setFocus()
    return accounts


def go_to(page, qtbot, name: str) -> None:
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    for _ in range(page.list.count()):
        if page.selected() is not None and page.selected().name == name:
            return
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    raise AssertionError(f"no row for {name}")


def stored(app, name: str) -> Account:
    return app.accounts.by_name(name)


def test_the_option_is_offered_for_facebook_only_and_changed_by_keys(page, window, qtbot,
                                                                     app):
    box = page.human_agent
    go_to(page, qtbot, "Bluesky RSKO")
    assert not box.isVisible()
    go_to(page, qtbot, "RSKO Facebook")
    assert box.isVisible() and box.isEnabled() and not box.isChecked()
    description = box.accessibleDescription()
    assert "passed review for the Human Agent permission" in description
    assert "up to 7 days after the person's last message" in description
    assert page.human_agent_hint.isVisible() and page.human_agent_hint.text() == description

    # Alt+H from the list turns it on: saved and said.
    qtbot.keyClick(page.list, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: stored(app, "RSKO Facebook").options.get("human_agent") is True)
    assert stored(app, "RSKO Facebook").options["page_id"] == "1048"
    assert "up to 7 days" in window.ui.announcer.history[-1]
    assert box.isChecked()

    # Space on the check box turns it off again.
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored(app, "RSKO Facebook").options.get("human_agent") is False)
    assert "up to 24 hours" in window.ui.announcer.history[-1]
    assert not box.isChecked()

    # Another row, and back: the box shows each account's own value.
    go_to(page, qtbot, "Bluesky RSKO")
    assert not box.isVisible()
    assert "human_agent" not in stored(app, "Bluesky RSKO").options
