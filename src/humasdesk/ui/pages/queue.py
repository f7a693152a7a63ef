"""Queue (Antrean): every scheduled, published and failed post, with its time and state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.i18n import translate
from ...domain.timezones import format_local
from ...store.repositories import QueueItem
from ..context import UiContext
from ..widgets import heading, hint, labelled, name_scroll_bars


def describe(item: QueueItem) -> tuple[str, str]:
    """(visible two-line text, the sentence a screen reader reads) for one queue row."""
    when = item.published_at or item.scheduled_at
    when_text = format_local(when, item.zone) if when else ""
    first_line = item.text.strip().splitlines()[0] if item.text.strip() else ""
    if len(first_line) > 90:
        first_line = first_line[:89] + "…"
    visible = f"{when_text} · {item.state.label()} · {item.account_name}\n{first_line}"
    spoken = translate("Queue", "{state}, {account}, {time}: {text}").format(
        state=item.state.label(), account=item.account_name, time=when_text, text=first_line)
    if item.error_message:
        visible += "\n" + item.error_message
        spoken += ". " + item.error_message
    return visible, spoken


class QueuePage(QWidget):
    def __init__(self, ui: UiContext):
        super().__init__()
        self.ui = ui
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Queue", "Queue")))
        layout.addWidget(hint(translate(
            "Queue", "Upcoming posts first, then published and failed ones, newest first.")))
        self.list = QListWidget()
        self.list.setObjectName("queue.list")
        self.list.setWordWrap(True)
        name_scroll_bars(self.list, translate("Queue", "the queue"))
        self.list.setSpacing(4)
        layout.addWidget(labelled(translate("Queue", "&Posts:"), self.list))
        layout.addWidget(self.list, 1)
        self.empty_note = hint(translate("Queue", "Nothing here yet. Posts you publish or "
                                                  "schedule appear in this list."))
        layout.addWidget(self.empty_note)
        self.refresh_button = ui.actions.button("queue.refresh")
        layout.addWidget(self.refresh_button)
        ui.actions.bind("queue.refresh", self.refresh)
        ui.events.queue_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        items = self.ui.app.store.queue.items()
        for entry in items:
            visible, spoken = describe(entry)
            row = QListWidgetItem(visible)
            row.setData(Qt.ItemDataRole.UserRole, entry.record_id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(row)
            if entry.record_id == current_id:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_note.setVisible(not items)
        self.list.setVisible(bool(items))
