"""One place that tells the user about status changes.

Messages go to screen readers as Qt accessibility announcements (AT-SPI ``object:announcement``,
UIA notifications) and to the visible status line. Speech for self-voicing is added by the
speech service when the user turns it on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    announced = Signal(str, bool)  # text, assertive

    def __init__(self, source: QWidget):
        super().__init__(source)
        self.source = source
        self.history: list[str] = []
        self.listeners: list[Callable[[str, bool], None]] = []

    def announce(self, text: str, assertive: bool = False) -> None:
        if not text:
            return
        # Imported here, not at start-up: PySide builds QAccessible's large enums on first use.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        event = QAccessibleAnnouncementEvent(self.source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.history.append(text)
        self.announced.emit(text, assertive)
        for listener in self.listeners:
            listener(text, assertive)
