"""The whole flow by keyboard alone: write, publish now, schedule, see it in the queue."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humasdesk.domain.model import PublishState


def focused():
    return QApplication.focusWidget()


def test_write_and_publish_now_with_keys_only(window, qtbot, isolated_home, app):
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(focused(), "Poli jantung buka Sabtu ini. #RSUD")
    # Tab leaves the text area (no keyboard trap) and, past the speech and image buttons,
    # reaches the account check box.
    outbox_box = next(iter(compose.account_boxes.values()))
    for _ in range(6):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is outbox_box:
            break
    assert focused() is outbox_box
    assert outbox_box.isChecked()  # the only account is checked for him
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(list((isolated_home / "outbox").glob("*.md"))), timeout=5000)
    [md] = (isolated_home / "outbox").glob("*.md")
    assert "Poli jantung buka Sabtu ini. #RSUD" in md.read_text()
    qtbot.waitUntil(lambda: "Published to Local outbox." in window.ui.announcer.history)
    assert compose.editor.toPlainText() == ""  # cleared after it was handed to the queue
    # The queue page, reached by its shortcut, lists it as published.
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    queue = window.page("queue")
    qtbot.waitUntil(lambda: queue.list.count() == 1)
    row = queue.list.item(0)
    assert "Published" in row.text() and "Poli jantung" in row.text()
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Published, Local outbox")


def test_schedule_with_typed_date_and_time(window, qtbot, app):
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(compose.editor, "Senam pagi bersama")
    # Alt+W is the When label's mnemonic.
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is compose.when.edit
    qtbot.keyClicks(focused(), "2099-12-24 07:30")
    assert compose.when.understood.text() == "Understood: Thursday, 24 December 2099, 07:30 WIB"
    # Leaving the field (or pausing) reads out what was understood, once.
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert window.ui.announcer.history[-1] == compose.when.understood.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [item] = app.store.queue.items()
    assert item.state is PublishState.SCHEDULED
    assert item.scheduled_at == datetime(2099, 12, 24, 0, 30, tzinfo=UTC)  # 07:30 WIB
    assert window.ui.announcer.history[-1] == \
        "Scheduled for Thursday, 24 December 2099, 07:30 WIB."


def test_natural_phrase_and_pickers_agree(window, qtbot, app):
    compose = window.page("compose")
    compose.when.edit.setFocus()
    qtbot.keyClicks(compose.when.edit, "besok jam 9")
    assert compose.when.understood.text().startswith("Understood: ")
    assert compose.when.time_edit.time().toString("HH:mm") == "09:00"
    # Arrow keys on the time picker move the time and rewrite the When field.
    compose.when.time_edit.setFocus()
    compose.when.time_edit.setCurrentSection(compose.when.time_edit.Section.HourSection)
    qtbot.keyClick(compose.when.time_edit, Qt.Key.Key_Up)
    assert compose.when.edit.text().endswith(" 10:00")
    assert "10:00 WIB" in compose.when.understood.text()


def test_unclear_time_is_explained_and_nothing_is_scheduled(window, qtbot, app):
    compose = window.page("compose")
    compose.editor.setPlainText("Teks")
    compose.when.edit.setFocus()
    qtbot.keyClicks(compose.when.edit, "kapan-kapan")
    assert "Cannot understand" in compose.when.understood.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Cannot understand" in compose.error.text()
    assert app.store.queue.items() == []
    assert compose.editor.toPlainText() == "Teks"  # nothing lost


def test_empty_post_is_refused_in_words_and_announced(window, qtbot, app):
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert compose.error.isVisible()
    assert "empty" in compose.error.text()
    assert window.ui.announcer.history[-1] == compose.error.text()
    assert app.store.queue.items() == []


def test_tremor_double_press_publishes_once(window, qtbot, isolated_home, app):
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(compose.editor, "Satu kali saja")
    compose.publish_button.click()
    compose.editor.setPlainText("Satu kali saja")  # as if the text were still there
    compose.publish_button.click()  # the shaky second press, well inside 300 ms
    window.ui.tasks.wait()
    assert len(app.store.queue.items()) == 1


def test_scheduled_post_is_published_when_due_while_the_window_is_open(window, qtbot, app,
                                                                       isolated_home):
    from datetime import timedelta

    outbox = app.store.accounts.by_name("Local outbox").id
    app.publishing.submit("Tepat waktu", [outbox], when=datetime.now(UTC) + timedelta(seconds=1))
    window.ui.events.queue_changed.emit()
    qtbot.waitUntil(lambda: bool(list((isolated_home / "outbox").glob("*.md"))), timeout=8000)
    qtbot.waitUntil(lambda: app.store.queue.items()[0].state is PublishState.PUBLISHED)


def test_publish_now_can_be_stopped_with_escape_and_the_text_comes_back(controller_factory,
                                                                       qtbot, app,
                                                                       isolated_home):
    app.settings.set("undo_seconds", 3)
    window = controller_factory().window
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(compose.editor, "Hampir saja terkirim")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert compose.undo_box.isVisible()
    assert window.ui.announcer.history[-1] == \
        "Publishing to Local outbox in 3 seconds. Press Escape to cancel."
    qtbot.wait(1100)
    assert window.ui.announcer.history[-1].startswith("Publishing to")  # not every second
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not compose.undo_box.isVisible()
    assert compose.editor.toPlainText() == "Hampir saja terkirim"
    assert window.ui.announcer.history[-1] == \
        "Publishing cancelled. The text is back in the composer."
    qtbot.wait(2500)
    assert not (isolated_home / "outbox").exists()
    assert app.store.queue.items()[0].state is PublishState.CANCELLED


def test_publish_now_goes_out_when_the_undo_time_ends(controller_factory, qtbot, app,
                                                     isolated_home):
    app.settings.set("undo_seconds", 1)
    window = controller_factory().window
    compose = window.page("compose")
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(compose.editor, "Terkirim setelah jeda")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Published to Local outbox." in window.ui.announcer.history,
                    timeout=8000)
    assert not compose.undo_box.isVisible()
