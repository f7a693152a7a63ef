"""One place that tells the user about status changes: every page and dialog says its messages
through ``Announcer.announce``, so every screen reader speaks each of them exactly once.

How a message reaches the screen reader depends on what the platform's readers understand:

- **Linux (AT-SPI: Orca)**: the message is shown in the *notice*, the main window's visible
  message line, whose accessible role is Notification; it is hidden and shown again with each
  message. Orca speaks a notification each time it is shown: Orca 43 (Debian 12) does, and
  newer Orca (45 and later) still does (``_on_showing_changed``). Orca 43 has no handler for
  ``object:announcement`` events, so Qt's announcement alone is never heard there; newer Orca
  handles both, so sending both would be heard twice there. Hence the notice only. It is the
  main window's even while a dialog is open: Orca speaks it there too, whereas a notice inside
  a dialog makes Orca 43 read the whole dialog again before the message.
  Orca says the role first ("notification Published to Local outbox.") and queues it after
  what it is saying: it has no politeness for notifications, so an urgent message cannot
  interrupt there (his next key does). The notice is shown after the event loop's current
  turn, so a focus change made with the message is reported first: Orca interrupts itself
  to say a new focus, and would cut off a message reported before it.
- **Windows and macOS**: a Qt accessibility announcement (UI Automation notification events,
  read by NVDA, JAWS and Narrator; VoiceOver announcements), assertive for urgent messages
  (they interrupt) and polite for the others (they queue).

The message also stays visible in the notice (the status line), and F6 says it again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

NOTIFICATION = "notification"  # a Notification-role object shown with the message (AT-SPI)
ANNOUNCEMENT = "announcement"  # Qt's accessibility announcement event (UIA, VoiceOver)


def mechanism_for(platform: str) -> str:
    """How messages reach the screen readers of ``platform`` (a ``sys.platform`` value)."""
    return ANNOUNCEMENT if platform.startswith(("win", "darwin")) else NOTIFICATION


class Notice(QLabel):
    """The visible line that shows the last message. To an AT-SPI screen reader it is a
    notification (see ``install_roles``), spoken each time it is shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status")
        self.setProperty("role", "status")
        self.setWordWrap(True)

    def say(self, text: str) -> None:
        self.setText(text)
        # Hidden and shown again in one go: no frame is painted without it, and the screen
        # reader gets the "showing" change it speaks.
        self.hide()
        self.show()


_roles_installed = False
_notices_are_notifications = False


def install_roles(notifications: bool) -> None:
    """Give screen readers the roles Qt cannot be told otherwise: every page of the main
    window is a named group (a scroll area is an unnamed filler, which they skip) and, where
    ``notifications`` carry the messages, every ``Notice`` is a Notification named by its text
    (elsewhere it stays a label: the announcement says the message). Once per process."""
    global _roles_installed, _notices_are_notifications
    _notices_are_notifications = _notices_are_notifications or notifications
    if _roles_installed:
        return
    _roles_installed = True
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    from .widgets import Page

    class NoticeAccessible(QAccessibleWidget):
        def __init__(self, widget: QWidget):
            super().__init__(widget, QAccessible.Role.Notification)

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                return self.widget().text()
            return super().text(kind)

    def factory(_class_name: str, obj: QObject):
        if isinstance(obj, Notice) and _notices_are_notifications:
            return NoticeAccessible(obj)
        if isinstance(obj, Page):
            return QAccessibleWidget(obj, QAccessible.Role.Grouping)
        return None

    QAccessible.installFactory(factory)


class Announcer(QObject):
    announced = Signal(str, bool)  # text, assertive

    def __init__(self, source: QWidget, mechanism: str | None = None):
        super().__init__(source)
        self.source = source
        self.mechanism = mechanism or mechanism_for(sys.platform)
        self.notice: Notice | None = None  # the main window's message line
        self.history: list[str] = []
        self.listeners: list[Callable[[str, bool], None]] = []
        install_roles(notifications=self.mechanism == NOTIFICATION)

    def announce(self, text: str, assertive: bool = False) -> None:
        """Say ``text`` to the user; ``assertive`` for what must not wait (a failed publish)."""
        if not text:
            return
        if self.notice is None:
            self.notice = Notice(self.source)
        if self.mechanism == NOTIFICATION:
            notice = self.notice
            notice.setText(text)
            QTimer.singleShot(0, notice, lambda: notice.say(text))
        else:
            self.notice.setText(text)
            self._send_announcement(text, assertive)
        self.history.append(text)
        self.announced.emit(text, assertive)
        for listener in self.listeners:
            listener(text, assertive)

    def _send_announcement(self, text: str, assertive: bool) -> None:
        # The event class only when a message is sent (install_roles needs only QAccessible).
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        event = QAccessibleAnnouncementEvent(self.source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
