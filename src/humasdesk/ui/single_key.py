"""Single-key mode (off by default, WCAG 2.1.4): a letter alone runs one of the most used
actions, but only while focus is not in a place where letters are text, and it can be turned
off at any moment with its own shortcut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .actions import ActionRegistry


def typing_into(widget: QWidget | None) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))


class SingleKeyFilter(QObject):
    def __init__(self, window: QWidget, actions: ActionRegistry):
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.active = False

    def set_active(self, active: bool) -> None:
        app = QApplication.instance()
        if active and not self.active:
            app.installEventFilter(self)
        elif not active and self.active:
            app.removeEventFilter(self)
        self.active = active

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or event.isAutoRepeat():
            return False
        if event.modifiers().value not in (0,) or len(event.text()) != 1:
            return False  # keys with Ctrl/Alt/Shift keep their normal meaning
        if QApplication.activeModalWidget() is not None or \
                QApplication.activeWindow() is not self.window:
            return False
        if typing_into(QApplication.focusWidget()):
            return False
        action = self.actions.single_key_action(event.text())
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True
