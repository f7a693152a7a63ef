"""Reading X mentions on the Accounts page, by keys (issue 15): the X row's accessible name says
why mentions are not read and the estimated monthly cost; Ctrl+Shift+M asks, with the cost in
the question (shown, and said before anything changes); Escape (or Enter: the safe button is
the default) changes nothing; Alt+T turns it on, and the row then says it is on and what it
costs. The action is off for a platform whose reading costs nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from humasdesk.domain.model import Account
from humasdesk.platforms import x

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
COST = "US$ 64.80 a month"


@pytest.fixture
def page(app, window, qtbot):
    app.settings.set("tremor_window_ms", 0)  # the shortcut is pressed again at once here
    app.store.accounts.add(Account(platform="x", name="X RSKO", handle="rsko_official",
                                   options={"user_id": "42"}))
    window.ui.events.accounts_changed.emit()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    accounts = window.page("accounts")
    assert window.stack.currentWidget() is accounts
    accounts.list.setFocus()
    return accounts


def row_names(page) -> dict[str, str]:
    names = {}
    for index in range(page.list.count()):
        spoken = page.list.item(index).data(Qt.ItemDataRole.AccessibleTextRole)
        names[spoken.split(",", 1)[0]] = spoken
    return names


def go_to(page, qtbot, name: str) -> None:
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    for _ in range(page.list.count()):
        if page.selected() is not None and page.selected().name == name:
            return
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    raise AssertionError(f"no row for {name}")


def press_then_answer(page, qtbot, *answer) -> list[str]:
    """Ctrl+Shift+M on the list, and ``answer`` (keys) in the question; returns the question's
    text and accessible description as the box showed them."""
    seen: list[str] = []

    def act():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(50, act)
            return
        seen.extend([box.text(), box.accessibleDescription()])
        for code, modifier in answer:
            qtbot.keyClick(QApplication.focusWidget() or box, code, modifier)

    QTimer.singleShot(50, act)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_M, CTRL_SHIFT)
    return seen


def test_the_cost_is_said_on_the_row_and_before_reading_is_turned_on(page, window, qtbot, app):
    announced = window.ui.announcer.history
    assert row_names(page)["X RSKO"].endswith(x.mentions_off_words())  # why, and the cost
    go_to(page, qtbot, "X RSKO")
    assert COST in page.list.currentItem().text()
    assert window.ui.actions.actions["accounts.paid_reading"].isEnabled()

    # Escape: the question was shown and said with the cost; nothing changed.
    seen = press_then_answer(page, qtbot, (Qt.Key.Key_Escape, NONE))
    qtbot.waitUntil(lambda: announced and announced[-1] == "Nothing was changed.")
    assert COST in seen[0] and seen[0] == seen[1]
    assert COST in announced[-2] and announced[-2].startswith("Turn on reading the inbox")
    assert "read_mentions" not in app.store.accounts.get(page.selected_id()).options

    # Enter on the question takes the default: leave it as it is.
    said = len(announced)
    press_then_answer(page, qtbot, (Qt.Key.Key_Return, NONE))
    qtbot.waitUntil(lambda: len(announced) == said + 2)
    assert announced[-1] == "Nothing was changed."
    assert "read_mentions" not in app.store.accounts.get(page.selected_id()).options

    # Alt+T: on. Said, and the row says it is on with the cost.
    x_id = page.selected_id()
    press_then_answer(page, qtbot, (Qt.Key.Key_T, ALT))
    qtbot.waitUntil(lambda: announced[-1].startswith("Reading the inbox of “X RSKO” is on."))
    assert COST in announced[-1]
    assert app.store.accounts.get(x_id).options == {"user_id": "42", "read_mentions": True}
    assert page.selected_id() == x_id  # the row stays selected
    spoken = row_names(page)["X RSKO"]
    assert "Reading the inbox is on." in spoken and COST in spoken
    assert app.inbox.reading_refusal(app.store.accounts.get(x_id)) == ""

    # And off again, confirmed the same way.
    seen = press_then_answer(page, qtbot, (Qt.Key.Key_T, ALT))
    qtbot.waitUntil(lambda: announced[-1].startswith("Reading the inbox of “X RSKO” is off"))
    assert seen[0].startswith("Turn off reading")
    assert app.store.accounts.get(x_id).options["read_mentions"] is False


def test_the_action_is_off_where_reading_costs_nothing(page, window, qtbot):
    go_to(page, qtbot, "Local outbox")
    assert not window.ui.actions.actions["accounts.paid_reading"].isEnabled()
    go_to(page, qtbot, "X RSKO")
    assert window.ui.actions.actions["accounts.paid_reading"].isEnabled()
    window.show_page("compose")
    assert not window.ui.actions.actions["accounts.paid_reading"].isEnabled()
