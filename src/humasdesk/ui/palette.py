"""Find an action (Ctrl+K): type part of its name, see its shortcut, press Enter to run it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..domain.i18n import translate
from .actions import ActionRegistry
from .announcer import Announcer
from .widgets import hint, labelled, name_scroll_bars, scrolling_part, wrap_rows

COUNT_PAUSE_MS = 700


class CommandPalette(QDialog):
    def __init__(self, actions: ActionRegistry, announcer: Announcer, parent=None):
        super().__init__(parent)
        self.actions = actions
        self.announcer = announcer
        # The count is said once he pauses typing, not at every letter.
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_PAUSE_MS)
        self.count_timer.timeout.connect(lambda: self.announcer.announce(self.note.text()))
        self.chosen: QAction | None = None
        self.setWindowTitle(translate("Palette", "Find an action"))
        self.setAccessibleName(translate("Palette", "Find an action"))
        self.resize(700, 600)
        outer = QVBoxLayout(self)
        # Scrolls as a whole when a large text size makes the search and list taller.
        layout = scrolling_part(outer, translate("Palette", "the action finder"))
        self.search = QLineEdit()
        self.search.setObjectName("palette.search")
        layout.addWidget(labelled(translate("Palette", "&Type part of the action’s name:"),
                                  self.search, translate(
                                      "Palette", "Down arrow moves into the list; Enter runs "
                                                 "the action; Escape closes.")))
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("palette.list")
        wrap_rows(self.list)
        name_scroll_bars(self.list, translate("Palette", "the actions"))
        layout.addWidget(labelled(translate("Palette", "&Actions:"), self.list))
        layout.addWidget(self.list, 1)
        self.note = hint("")
        layout.addWidget(self.note)
        self.search.textChanged.connect(self.fill)
        self.search.textChanged.connect(self.count_timer.start)
        self.search.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.search.installEventFilter(self)
        self.fill()

    def entries(self) -> list[tuple[str, QAction]]:
        rows = []
        for action_id, action in self.actions.actions.items():
            shortcut = self.actions.shortcut_text(action_id)
            text = action.text() + (f" — {shortcut}" if shortcut else "")
            if action.statusTip():
                text += f" — {action.statusTip()}"
            rows.append((text, action))
        return rows

    def fill(self) -> None:
        words = self.search.text().lower().split()
        self.list.clear()
        for text, action in self.entries():
            if all(word in text.lower() for word in words):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, action.objectName())
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                if not action.isEnabled():
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(item)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        count = self.list.count()
        self.note.setText(translate("Palette", "%n action(s) found.", None, count))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.list.setFocus()
            return False
        return super().eventFilter(watched, event)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.chosen = self.actions.actions[item.data(Qt.ItemDataRole.UserRole)]
        self.accept()
