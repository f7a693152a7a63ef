"""Every user action in one registry: its label, its default shortcut and its handler.

Shortcuts work anywhere in the main window (QAction's default context). Buttons are built
from actions, so a label always shows its shortcut and a shortcut always does
what the button does. A repeat of the same action inside the tremor window is ignored, and key
auto-repeat never triggers an action.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from ..domain.actions import ACTION_SPECS, ActionSpec  # noqa: F401 - the registry's data
from ..domain.errors import UserInputError
from ..domain.i18n import translate


def shortcut_label(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def normalized(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


def find_conflict(assigned: dict[str, str], action_id: str, sequence: str) -> str | None:
    """The action that already uses ``sequence`` (other than ``action_id``), if any."""
    wanted = normalized(sequence)
    for other, other_sequence in assigned.items():
        if other != action_id and other_sequence and normalized(other_sequence) == wanted:
            return other
    return None


class ActionRegistry:
    def __init__(self, window: QWidget, settings, clock: Callable[[], float] = time.monotonic):
        self.window = window
        self.settings = settings
        self.clock = clock
        self.specs = {spec.id: spec for spec in ACTION_SPECS}
        self.actions: dict[str, QAction] = {}
        self._last_trigger: dict[str, float] = {}
        self._buttons: list[tuple[QPushButton, str, bool]] = []
        overrides = settings.get("shortcuts")
        for spec in ACTION_SPECS:
            # Text set apart: QAction(text, parent) makes PySide weigh the icon overload,
            # which builds QIcon's enums (about 1.5 ms) on the start-up path.
            action = QAction(window)
            action.setText(translate("Actions", spec.label))
            action.setObjectName(spec.id)
            self._set_sequence(action, overrides.get(spec.id, spec.shortcut))
            action.setAutoRepeat(False)  # a held key never fires an action twice
            if spec.description:
                action.setStatusTip(translate("Actions", spec.description))
            window.addAction(action)
            self.actions[spec.id] = action

    @staticmethod
    def _set_sequence(action: QAction, sequence: str) -> None:
        # The list overload: setShortcut() makes PySide load the whole Qt namespace (about
        # 15 ms) to resolve its overloads, at start-up.
        action.setShortcuts([QKeySequence(sequence)] if sequence else [])

    def bind(self, action_id: str, handler: Callable[[], None]) -> QAction:
        action = self.actions[action_id]

        def filtered(_checked: bool = False) -> None:
            now = self.clock()
            last = self._last_trigger.get(action_id)
            window = self.settings.get("tremor_window_ms") / 1000
            if last is not None and now - last < window:
                return  # a tremor double press: ignore the repeat
            self._last_trigger[action_id] = now
            try:
                handler()
            finally:
                # A press made while the handler kept the window busy is only handled when
                # it returns; the window counts from then, or a slow publish would let the
                # shaky second press through.
                self._last_trigger[action_id] = self.clock()

        action.triggered.connect(filtered)
        return action

    # -- shortcuts the user chose -----------------------------------------------------------

    def assigned(self) -> dict[str, str]:
        return {action_id: action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                for action_id, action in self.actions.items()}

    def set_shortcut(self, action_id: str, sequence: str) -> None:
        """Give ``action_id`` a new shortcut ("" for none); refuse one already in use."""
        if sequence:
            other = find_conflict(self.assigned(), action_id, sequence)
            if other is not None:
                raise UserInputError(translate(
                    "Actions", "{keys} is already the shortcut for “{action}”. Choose other "
                    "keys, or change that one first.").format(
                        keys=shortcut_label(QKeySequence(sequence)), action=self.label(other)))
        overrides = dict(self.settings.get("shortcuts"))
        if sequence == self.specs[action_id].shortcut:
            overrides.pop(action_id, None)
        else:
            overrides[action_id] = normalized(sequence) if sequence else ""
        self.settings.set("shortcuts", overrides)
        self._set_sequence(self.actions[action_id], sequence)
        self._relabel(action_id)

    def reset_shortcuts(self) -> None:
        self.settings.set("shortcuts", {})
        for action_id, spec in self.specs.items():
            self._set_sequence(self.actions[action_id], spec.shortcut)
            self._relabel(action_id)

    def single_key_action(self, key_text: str) -> QAction | None:
        for spec in ACTION_SPECS:
            if spec.single_key and spec.single_key == key_text.lower():
                return self.actions[spec.id]
        return None

    # -- labels and buttons -----------------------------------------------------------------

    def label(self, action_id: str) -> str:
        return self.actions[action_id].text()

    def shortcut_text(self, action_id: str) -> str:
        return shortcut_label(self.actions[action_id].shortcut())

    def button(self, action_id: str, parent: QWidget | None = None,
               two_lines: bool = False) -> QPushButton:
        """A large button for an action, showing its shortcut next to (or under) its label."""
        action = self.actions[action_id]
        button = QPushButton(parent)
        button.setObjectName(f"button.{action_id}")
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        self._buttons.append((button, action_id, two_lines))
        self._label_button(button, action_id, two_lines)
        return button

    def _relabel(self, action_id: str) -> None:
        for button, button_action, two_lines in list(self._buttons):
            if button_action == action_id:
                try:
                    self._label_button(button, action_id, two_lines)
                except RuntimeError:  # the button was deleted with its page
                    self._buttons.remove((button, button_action, two_lines))

    def _label_button(self, button: QPushButton, action_id: str, two_lines: bool) -> None:
        action = self.actions[action_id]
        shortcut = self.shortcut_text(action_id)
        label = action.text()
        separator = "\n" if two_lines else "  "
        button.setText(f"{label}{separator}({shortcut})" if shortcut else label)
        button.setAccessibleName(label)
        description = action.statusTip()
        if shortcut:
            shortcut_note = translate("Actions", "Shortcut: {keys}").format(keys=shortcut)
            description = f"{description}. {shortcut_note}" if description else shortcut_note
        button.setAccessibleDescription(description)
