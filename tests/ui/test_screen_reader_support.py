"""How messages, pages, drop-down lists and text fields meet a screen reader (in-process; the
real Orca hears them in tests/a11y/test_orca_speech.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from humasdesk.ui.announcer import ANNOUNCEMENT, NOTIFICATION, Announcer, Notice, mechanism_for


class ShowsAndHides(QObject):
    """Records each time a notice is shown (with its text) or hidden."""

    def __init__(self, notice: Notice):
        super().__init__(notice)
        self.seen: list[str] = []
        notice.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            self.seen.append("show " + watched.text())
        elif event.type() == QEvent.Type.Hide:
            self.seen.append("hide")
        return False


@pytest.fixture
def sent(monkeypatch):
    """Every accessibility event HumasDesk itself sends."""
    events = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(events.append))
    return events


@pytest.fixture
def holder(qtbot):
    """A window with a text field and (added by ``announcer_with_notice``) a notice."""
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QLineEdit())
    return widget


def announcer_with_notice(holder, qtbot, mechanism):
    announcer = Announcer(holder, mechanism)
    announcer.notice = Notice()
    holder.layout().addWidget(announcer.notice)
    holder.show()
    qtbot.waitExposed(holder)
    return announcer


@pytest.mark.parametrize(("platform", "mechanism"), [
    ("linux", NOTIFICATION), ("freebsd14", NOTIFICATION), ("win32", ANNOUNCEMENT),
    ("darwin", ANNOUNCEMENT)])
def test_each_platform_gets_the_way_its_screen_readers_hear(platform, mechanism):
    assert mechanism_for(platform) == mechanism


def test_on_linux_a_message_is_a_notification_shown_once_and_no_announcement(
        holder, qtbot, sent):
    announcer = announcer_with_notice(holder, qtbot, NOTIFICATION)
    watch = ShowsAndHides(announcer.notice)
    announcer.announce("Published to Local outbox.")
    announcer.announce("Posting failed: no network.", assertive=True)  # in the same turn
    assert announcer.notice.text() == "Posting failed: no network."  # visible at once
    qtbot.waitUntil(lambda: len(watch.seen) == 4)
    # Each message is shown once, in order, after the current turn (a focus change made with
    # it is reported first); none is an announcement event too (newer Orca would say both).
    assert watch.seen == ["hide", "show Published to Local outbox.",
                          "hide", "show Posting failed: no network."]
    assert not any(isinstance(event, QAccessibleAnnouncementEvent) for event in sent)
    iface = QAccessible.queryAccessibleInterface(announcer.notice)
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Posting failed: no network."
    assert announcer.history == ["Published to Local outbox.", "Posting failed: no network."]


def test_on_windows_and_macos_a_message_is_an_announcement_urgent_ones_assertive(
        holder, qtbot, sent):
    announcer = announcer_with_notice(holder, qtbot, ANNOUNCEMENT)
    watch = ShowsAndHides(announcer.notice)
    announcer.announce("Scheduled for Monday.")
    announcer.announce("Posting failed.", assertive=True)
    qtbot.wait(20)
    announcements = [event for event in sent if isinstance(event, QAccessibleAnnouncementEvent)]
    assert [(event.message(), event.politeness()) for event in announcements] == [
        ("Scheduled for Monday.", QAccessible.AnnouncementPoliteness.Polite),
        ("Posting failed.", QAccessible.AnnouncementPoliteness.Assertive)]
    assert announcer.notice.text() == "Posting failed."  # still visible
    assert watch.seen == []  # not a notification too: the reader would say it twice


def test_f6_says_the_last_message_again(window, qtbot):
    window.ui.announcer.announce("Draft restored.")
    window.ui.actions.actions["app.repeat_status"].trigger()
    assert window.ui.announcer.history[-2:] == ["Draft restored.", "Draft restored."]
    assert window.status_label.text() == "Draft restored."


def test_pages_are_named_groups_in_a_container_that_is_no_layered_pane(window, qtbot):
    for name, title in (("compose", "Write page"), ("queue", "Queue page")):
        iface = QAccessible.queryAccessibleInterface(window.page(name))
        assert (iface.role(), iface.text(QAccessible.Text.Name)) == (
            QAccessible.Role.Grouping, title)

    def roles(iface, depth=0):
        yield iface.role()
        if depth < 6:
            for index in range(iface.childCount()):
                child = iface.child(index)
                if child is not None:
                    yield from roles(child, depth + 1)

    assert QAccessible.Role.LayeredPane not in set(
        roles(QAccessible.queryAccessibleInterface(window)))


def test_ctrl_1_on_the_page_he_is_on_says_so(window, qtbot):
    window.show_page("queue")
    assert window.ui.announcer.history[-1:] != ["Already on the Queue page."]
    window.show_page("queue")
    assert window.ui.announcer.history[-1] == "Already on the Queue page."


def test_a_closed_list_opens_on_an_arrow_or_letter_and_never_changes_by_itself(qtbot):
    from humasdesk.ui.choice_box import ChoiceBox

    box = ChoiceBox()
    qtbot.addWidget(box)
    for text in ("All posts", "Upcoming", "Published", "Failed"):
        box.addItem(text)
    box.show()
    qtbot.waitExposed(box)
    box.setFocus()
    changes = []
    box.currentIndexChanged.connect(changes.append)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(box, key)
        assert box.view().isVisible(), key
        assert changes == [], key
        box.hidePopup()
    qtbot.keyClick(box, Qt.Key.Key_P)  # a letter opens the list at the first match
    assert box.view().isVisible() and changes == []
    assert box.view().currentIndex().row() == 2
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: changes == [2])


def test_tab_into_a_text_field_reports_the_focus_before_selecting_its_text(qtbot):
    from humasdesk.ui.widgets import labelled

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    first, field = QLineEdit(), QLineEdit("besok jam 9")
    layout.addWidget(first)
    layout.addWidget(labelled("&When:", field))
    layout.addWidget(field)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reasons = []
    field.focusInEvent = lambda event: (reasons.append(event.reason()),
                                        QLineEdit.focusInEvent(field, event))
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    # Qt's line edit selects on a Tab focus-in and reports the caret before the focus; here
    # it gets a plain focus-in, and the text is selected just after (as Tab always does).
    assert reasons == [Qt.FocusReason.OtherFocusReason]
    assert field.selectedText() == ""
    qtbot.waitUntil(lambda: field.selectedText() == "besok jam 9")


@pytest.mark.parametrize(("screen_reader", "speaks", "note"), [
    (True, False, "A screen reader is running"),
    (False, True, "No screen reader is running"),
    (None, False, "Leave this off if you use a screen reader")])
def test_the_welcome_chooses_speak_messages_aloud_from_the_screen_reader(
        app, qtbot, screen_reader, speaks, note):
    from humasdesk.ui.context import Events
    from humasdesk.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(app, Events(), lambda _text: None, screen_reader)
    qtbot.addWidget(dialog)
    assert app.settings.get("self_voicing") is speaks
    assert dialog.self_voicing.isChecked() is speaks
    assert note in dialog.self_voicing_note.text()
    # Said once, with the dialog: not also the box's description.
    assert dialog.self_voicing.accessibleDescription() == ""
