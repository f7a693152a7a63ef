"""The queue by keyboard: filters, agenda, and every action on a selected post."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from humasdesk.domain.model import PublishState


def answer_next_dialog(qtbot, *keys_and_text):
    """When the next modal dialog opens, type into it and press its keys (as he would)."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        for step in keys_and_text:
            target = QApplication.focusWidget() or dialog
            if isinstance(step, str):
                qtbot.keyClicks(target, step)
            else:
                qtbot.keyClick(target, step)
    QTimer.singleShot(50, act)


@pytest.fixture
def queue(window, app, qtbot):
    outbox = app.store.accounts.by_name("Local outbox").id
    now = datetime.now(UTC)
    app.publishing.submit("Besok pagi", [outbox], when=now + timedelta(days=1))
    app.publishing.submit("Lusa siang", [outbox], when=now + timedelta(days=2))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page("queue")
    assert window.stack.currentWidget() is page
    page.refresh()
    return page


def texts(page):
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_actions_follow_the_selected_post(queue, window):
    actions = window.ui.actions.actions
    assert queue.selected().text == "Besok pagi"
    assert actions["queue.reschedule"].isEnabled() and actions["queue.cancel"].isEnabled()
    assert not actions["queue.mark_published"].isEnabled()
    window.show_page("compose")
    assert not actions["queue.cancel"].isEnabled()  # the shortcut works on this page only


def test_cancel_with_confirmation_then_reschedule_by_typing(queue, window, qtbot, app):
    queue.list.setFocus()
    answer_next_dialog(qtbot, Qt.Key.Key_Return)  # "Yes" is the default button
    qtbot.keyClick(queue.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    states = {i.text: i.state for i in app.store.queue.items()}
    assert states == {"Besok pagi": PublishState.CANCELLED, "Lusa siang": PublishState.SCHEDULED}
    assert window.ui.announcer.history[-1] == "Post cancelled."
    # The cancelled post can be given a new time.
    queue.state_filter.setCurrentIndex(queue.state_filter.findData("cancelled"))
    assert len(texts(queue)) == 1
    answer_next_dialog(qtbot, "2099-01-05 08:00", Qt.Key.Key_Return)
    queue.list.setFocus()
    window.activateWindow()  # the offscreen platform does not reactivate it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(queue.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    item = next(i for i in app.store.queue.items() if i.text == "Besok pagi")
    assert item.state is PublishState.SCHEDULED
    assert item.scheduled_at == datetime(2099, 1, 5, 1, 0, tzinfo=UTC)
    assert window.ui.announcer.history[-1] == "Rescheduled for Monday, 5 January 2099, 08:00 WIB."


def test_edit_in_composer_takes_the_post_back(queue, window, qtbot, app):
    queue.list.setFocus()
    qtbot.keyClick(queue.list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    compose = window.page("compose")
    assert window.stack.currentWidget() is compose
    assert compose.editor.toPlainText() == "Besok pagi"
    assert next(i for i in app.store.queue.items()
                if i.text == "Besok pagi").state is PublishState.CANCELLED


def test_filters_and_agenda(queue, window, app):
    queue.state_filter.setCurrentIndex(queue.state_filter.findData("published"))
    assert texts(queue) == [] and queue.empty_note.isVisible()
    queue.state_filter.setCurrentIndex(queue.state_filter.findData("upcoming"))
    assert len(texts(queue)) == 2
    queue.view.setCurrentIndex(queue.view.findData("day"))
    rows = texts(queue)
    assert len(rows) == 2 and all("1 post" in r for r in rows)
    spoken = queue.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Besok pagi" in spoken and "1 post" in spoken
    queue.view.setCurrentIndex(queue.view.findData("week"))
    assert all(r.startswith("Week of ") for r in texts(queue))
    assert sum(int(r.split(" · ")[1].split()[0]) for r in texts(queue)) == 2


def test_a_post_that_failed_comes_back_to_the_composer_with_the_reason(window, app, qtbot):
    from humasdesk.platforms.base import Capabilities, Rejected
    from humasdesk.platforms.registry import PlatformSpec

    class Refuses:
        capabilities = Capabilities(text_rules="outbox")

        def __init__(self, account, _ctx):
            self.account = account

        def publish(self, post):
            raise Rejected("Status is too long")

    app.registry.register(PlatformSpec("refuses", lambda: "Refuses", Refuses.capabilities,
                                       Refuses))
    from humasdesk.domain.model import Account

    account = app.store.accounts.add(Account(platform="refuses", name="Mastodon RS"))
    window.ui.events.accounts_changed.emit()
    compose = window.page("compose")
    compose.editor.setPlainText("Teks yang terlalu panjang")
    for aid, box in compose.account_boxes.items():
        box.setChecked(aid == account.id)
    compose.publish_now()
    qtbot.waitUntil(lambda: "Status is too long" in compose.error.text(), timeout=8000)
    assert compose.editor.toPlainText() == "Teks yang terlalu panjang"
    assert "The text is back in the composer" in compose.error.text()
