"""Every user action in one registry: its label, its default shortcut and its handler.

Shortcuts work anywhere in the main window (QAction's default context). Buttons are built
from actions, so a label always shows its shortcut and a shortcut always does
what the button does. A repeat of the same action inside the tremor window is ignored, and key
auto-repeat never triggers an action.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from ..domain.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str  # English source text, translated in context "Actions"
    shortcut: str  # portable QKeySequence text; "" for none
    description: str = ""


ACTION_SPECS = [
    ActionSpec("page.compose", QT_TRANSLATE_NOOP("Actions", "Write"), "Ctrl+1",
               QT_TRANSLATE_NOOP("Actions", "Go to the composer to write a post")),
    ActionSpec("page.queue", QT_TRANSLATE_NOOP("Actions", "Queue"), "Ctrl+2",
               QT_TRANSLATE_NOOP("Actions", "Scheduled, published and failed posts")),
    ActionSpec("page.accounts", QT_TRANSLATE_NOOP("Actions", "Accounts"), "Ctrl+3",
               QT_TRANSLATE_NOOP("Actions", "The accounts HumasDesk publishes to")),
    ActionSpec("page.settings", QT_TRANSLATE_NOOP("Actions", "Settings"), "Ctrl+4",
               QT_TRANSLATE_NOOP("Actions", "Language, theme, text size and time zone")),
    ActionSpec("compose.publish_now", QT_TRANSLATE_NOOP("Actions", "Publish now"), "Ctrl+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post to the checked accounts now")),
    ActionSpec("compose.schedule", QT_TRANSLATE_NOOP("Actions", "Schedule"), "Ctrl+Shift+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post at the chosen date and time")),
    ActionSpec("compose.focus_text", QT_TRANSLATE_NOOP("Actions", "Go to the post text"),
               "Alt+T"),
    ActionSpec("queue.refresh", QT_TRANSLATE_NOOP("Actions", "Refresh the queue"), "F5"),
    ActionSpec("app.repeat_status", QT_TRANSLATE_NOOP("Actions", "Repeat the last message"),
               "F6"),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q"),
]


def shortcut_label(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class ActionRegistry:
    def __init__(self, window: QWidget, overrides: dict[str, str] | None = None,
                 repeat_window_ms: int = 300, clock: Callable[[], float] = time.monotonic):
        self.window = window
        self.repeat_window = repeat_window_ms / 1000
        self.clock = clock
        self.specs = {spec.id: spec for spec in ACTION_SPECS}
        self.actions: dict[str, QAction] = {}
        self._last_trigger: dict[str, float] = {}
        overrides = overrides or {}
        for spec in ACTION_SPECS:
            action = QAction(translate("Actions", spec.label), window)
            action.setObjectName(spec.id)
            sequence = overrides.get(spec.id, spec.shortcut)
            if sequence:
                # The list overload: setShortcut() makes PySide load the whole Qt namespace
                # (about 15 ms) to resolve its overloads, at start-up.
                action.setShortcuts([QKeySequence(sequence)])
            action.setAutoRepeat(False)  # a held key never fires an action twice
            if spec.description:
                action.setStatusTip(translate("Actions", spec.description))
            window.addAction(action)
            self.actions[spec.id] = action

    def bind(self, action_id: str, handler: Callable[[], None]) -> QAction:
        action = self.actions[action_id]

        def filtered(_checked: bool = False) -> None:
            now = self.clock()
            last = self._last_trigger.get(action_id)
            if last is not None and now - last < self.repeat_window:
                return  # a tremor double press: ignore the repeat
            self._last_trigger[action_id] = now
            handler()

        action.triggered.connect(filtered)
        return action

    def label(self, action_id: str) -> str:
        return self.actions[action_id].text()

    def shortcut_text(self, action_id: str) -> str:
        return shortcut_label(self.actions[action_id].shortcut())

    def button(self, action_id: str, parent: QWidget | None = None,
               two_lines: bool = False) -> QPushButton:
        """A large button for an action, showing its shortcut next to (or under) its label."""
        action = self.actions[action_id]
        shortcut = self.shortcut_text(action_id)
        label = action.text()
        separator = "\n" if two_lines else "  "
        button = QPushButton(f"{label}{separator}({shortcut})" if shortcut else label, parent)
        button.setObjectName(f"button.{action_id}")
        button.setAccessibleName(label)
        description = action.statusTip()
        if shortcut:
            shortcut_note = translate("Actions", "Shortcut: {keys}").format(keys=shortcut)
            description = f"{description}. {shortcut_note}" if description else shortcut_note
        button.setAccessibleDescription(description)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button
