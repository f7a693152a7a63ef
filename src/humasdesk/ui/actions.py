"""Every user action in one registry: its label, its default shortcut and its handler.

Shortcuts work anywhere in the main window (QAction's default context). Buttons are built
from actions, so a label always shows its shortcut and a shortcut always does
what the button does. A repeat of the same action inside the tremor window is ignored, and key
auto-repeat never triggers an action.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from ..domain.errors import UserInputError
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .pages import PAGES


class ActionSpec(NamedTuple):
    """A command the user can run: its label, shortcut and single key. (A named tuple:
    read-only, and cheaper to define at start-up than a frozen dataclass.)"""

    id: str
    label: str  # English source text, translated in context "Actions"
    shortcut: str  # portable QKeySequence text; "" for none
    description: str = ""
    single_key: str = ""  # the key for single-key mode (off by default), if any


ACTION_SPECS = [
    # "Go to" a page, one per page, from the page list (their labels are the pages' titles).
    *(ActionSpec(f"page.{page.id}", page.title, page.shortcut, page.description,
                 page.single_key) for page in PAGES),
    ActionSpec("compose.publish_now", QT_TRANSLATE_NOOP("Actions", "Publish now"), "Ctrl+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post to the checked accounts now"),
               "p"),
    ActionSpec("compose.cancel_publish", QT_TRANSLATE_NOOP("Actions", "Cancel publishing"),
               "Escape", QT_TRANSLATE_NOOP("Actions", "Stop a post during its undo time")),
    ActionSpec("compose.schedule", QT_TRANSLATE_NOOP("Actions", "Schedule"), "Ctrl+Shift+Return",
               QT_TRANSLATE_NOOP("Actions", "Publish the post at the chosen date and time")),
    ActionSpec("compose.focus_text", QT_TRANSLATE_NOOP("Actions", "Go to the post text"),
               "Alt+T", "", "t"),
    ActionSpec("compose.review", QT_TRANSLATE_NOOP("Actions", "Review"), "F4",
               QT_TRANSLATE_NOOP("Actions", "See and hear the final text for each account, "
                                            "then publish"), "r"),
    ActionSpec("compose.dictate", QT_TRANSLATE_NOOP("Actions", "Dictate"), "F2",
               QT_TRANSLATE_NOOP("Actions", "Start or stop listening; what you say is "
                                            "written at the cursor"), "d"),
    ActionSpec("compose.read_aloud", QT_TRANSLATE_NOOP("Actions", "Read aloud"), "F3",
               QT_TRANSLATE_NOOP("Actions", "Hear the text (or the selection); any key stops "
                                            "it"), "b"),
    ActionSpec("compose.attach_image", QT_TRANSLATE_NOOP("Actions", "Attach image"), "Ctrl+O",
               QT_TRANSLATE_NOOP("Actions", "Choose an image; you are asked to describe it")),
    ActionSpec("compose.describe_image", QT_TRANSLATE_NOOP("Actions", "Describe image"),
               "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Actions", "Write or change the description "
                                                            "of the selected image")),
    ActionSpec("compose.remove_image", QT_TRANSLATE_NOOP("Actions", "Remove image"),
               "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Actions", "Take the selected image off the "
                                                            "post")),
    ActionSpec("compose.restore_draft", QT_TRANSLATE_NOOP("Actions", "Restore the draft"),
               "Ctrl+Shift+R"),
    ActionSpec("compose.discard_draft", QT_TRANSLATE_NOOP("Actions", "Discard the draft"),
               "Ctrl+Shift+B"),
    ActionSpec("queue.refresh", QT_TRANSLATE_NOOP("Actions", "Refresh the queue"), "F5"),
    ActionSpec("queue.publish_now", QT_TRANSLATE_NOOP("Actions", "Publish now"), "Ctrl+P",
               QT_TRANSLATE_NOOP("Actions", "Publish the selected post now")),
    ActionSpec("queue.reschedule", QT_TRANSLATE_NOOP("Actions", "Reschedule"), "Ctrl+R",
               QT_TRANSLATE_NOOP("Actions", "Choose a new time for the selected post")),
    ActionSpec("queue.edit", QT_TRANSLATE_NOOP("Actions", "Edit in composer"), "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions", "Take the selected post back into the composer")),
    ActionSpec("queue.mark_published", QT_TRANSLATE_NOOP("Actions", "Mark as published"),
               "Ctrl+M", QT_TRANSLATE_NOOP("Actions", "You checked: it did go out")),
    ActionSpec("queue.cancel", QT_TRANSLATE_NOOP("Actions", "Cancel post"), "Ctrl+D",
               QT_TRANSLATE_NOOP("Actions", "Stop the selected post; it can be rescheduled")),
    ActionSpec("accounts.add", QT_TRANSLATE_NOOP("Actions", "Add account"), "Ctrl+N",
               QT_TRANSLATE_NOOP("Actions", "Connect a new account: choose the platform, then "
                                            "fill in what it needs")),
    ActionSpec("accounts.verify", QT_TRANSLATE_NOOP("Actions", "Verify"), "Ctrl+T",
               QT_TRANSLATE_NOOP("Actions", "Ask the platform who the selected account is "
                                            "logged in as")),
    ActionSpec("accounts.reconnect", QT_TRANSLATE_NOOP("Actions", "Reconnect"), "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Log in again to the selected account")),
    ActionSpec("accounts.remove", QT_TRANSLATE_NOOP("Actions", "Remove account"),
               "Ctrl+Delete",
               QT_TRANSLATE_NOOP("Actions", "Forget the selected account's login and remove "
                                            "it, after you confirm")),
    # Reading an inbox the platform bills for (X's mentions, issue 15): on only once confirmed.
    ActionSpec("accounts.paid_reading", QT_TRANSLATE_NOOP("Actions", "Paid inbox reading"),
               "Ctrl+Shift+M",
               QT_TRANSLATE_NOOP("Actions", "Turn reading the selected account's inbox on or "
                                            "off where the platform bills every read (X), "
                                            "after hearing the cost")),
    # The inbox page (issue 15); its keys act only while the page is shown.
    ActionSpec("inbox.next_new", QT_TRANSLATE_NOOP("Actions", "Next new item"), "F8",
               QT_TRANSLATE_NOOP("Actions", "Go to the next new item in the inbox"), "n"),
    ActionSpec("inbox.previous_new", QT_TRANSLATE_NOOP("Actions", "Previous new item"),
               "Shift+F8", QT_TRANSLATE_NOOP("Actions", "Go to the previous new item in the "
                                                        "inbox")),
    ActionSpec("inbox.next_complaint", QT_TRANSLATE_NOOP("Actions", "Next complaint"), "F7",
               QT_TRANSLATE_NOOP("Actions", "Go to the next emergency or complaint in the "
                                            "inbox")),
    ActionSpec("inbox.read_thread", QT_TRANSLATE_NOOP("Actions", "Read the whole thread"),
               "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Actions", "Hear the selected item with "
                                                            "everything before it in its "
                                                            "conversation")),
    ActionSpec("inbox.reply", QT_TRANSLATE_NOOP("Actions", "Reply"), "Ctrl+Shift+Y",
               QT_TRANSLATE_NOOP("Actions", "Answer the selected item (Enter in the list does "
                                            "the same)")),
    ActionSpec("inbox.mark_handled", QT_TRANSLATE_NOOP("Actions", "Mark handled"), "Ctrl+H",
               QT_TRANSLATE_NOOP("Actions", "Nothing more to do for the selected item")),
    ActionSpec("inbox.correct_label", QT_TRANSLATE_NOOP("Actions", "Correct the label"),
               "Ctrl+Shift+L",
               QT_TRANSLATE_NOOP("Actions", "Not a complaint, or a complaint that was missed; "
                                            "kept and learned from")),
    ActionSpec("inbox.moderate", QT_TRANSLATE_NOOP("Actions", "Moderate"), "Ctrl+Shift+H",
               QT_TRANSLATE_NOOP("Actions", "Hide, approve, mark as spam, trash or dismiss the "
                                            "selected item on its platform")),
    ActionSpec("inbox.sync_now", QT_TRANSLATE_NOOP("Actions", "Check for new items now"),
               "Ctrl+F5", QT_TRANSLATE_NOOP("Actions", "Read every account's inbox now")),
    ActionSpec("inbox.insert_saved_reply", QT_TRANSLATE_NOOP("Actions", "Insert a saved reply"),
               "Ctrl+I", QT_TRANSLATE_NOOP("Actions", "Choose a saved reply; its fields are "
                                                      "filled from the item, then edit it")),
    ActionSpec("inbox.saved_replies", QT_TRANSLATE_NOOP("Actions", "Saved replies"),
               "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Actions", "Add, change or delete saved "
                                                            "replies")),
    ActionSpec("inbox.send_reply", QT_TRANSLATE_NOOP("Actions", "Send the reply"),
               "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Actions", "Check the reply, then send it "
                                                            "after the undo time")),
    ActionSpec("inbox.close_reply", QT_TRANSLATE_NOOP("Actions", "Close the reply"),
               "Ctrl+W", QT_TRANSLATE_NOOP("Actions", "Put the reply away and go back to the "
                                                      "list")),
    ActionSpec("app.repeat_status", QT_TRANSLATE_NOOP("Actions", "Repeat the last message"),
               "F6", "", "m"),
    ActionSpec("app.palette", QT_TRANSLATE_NOOP("Actions", "Find an action"), "Ctrl+K",
               QT_TRANSLATE_NOOP("Actions", "A searchable list of everything HumasDesk can do"),
               "k"),
    ActionSpec("app.single_key_mode", QT_TRANSLATE_NOOP("Actions", "Single-key mode on or off"),
               "Ctrl+Shift+K",
               QT_TRANSLATE_NOOP("Actions", "Letters alone run the most used actions while "
                                            "you are not typing in a text field")),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q"),
]


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
