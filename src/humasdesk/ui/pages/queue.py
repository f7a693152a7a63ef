"""Queue (Antrean): every post with its time and state; act on one by keyboard.

A list view (filtered by state and account) and an agenda by day or by week. Each row is one
sentence for a screen reader. Actions on the selected post: publish now, reschedule, edit in
the composer, cancel, mark as published — each with its shortcut on its button.

A post handed to the platform's own scheduler is changed by asking the platform, which can
take a minute on a slow network: that runs off the GUI thread, the post's row says it is
being worked on, and the outcome is announced when the platform answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.model import PublishState
from ...domain.timezones import TimeInputError, describe_instant, format_local, zone_info
from ...services.queue import QueueItem
from ..choice_box import ChoiceBox
from ..context import UiContext
from ..when_field import WhenField
from ..widgets import (
    FlowLayout,
    Page,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    ok_cancel_buttons,
    scrolling_body,
    scrolling_part,
    wrap_rows,
)

UPCOMING = (PublishState.SCHEDULED, PublishState.HANDED_OFF, PublishState.SENDING,
            PublishState.AWAITING_USER)
NEEDS_HIM = (PublishState.FAILED, PublishState.NEEDS_ATTENTION, PublishState.AWAITING_USER)
STATE_FILTERS = {
    "all": None,
    "upcoming": UPCOMING,
    "attention": NEEDS_HIM,
    "published": (PublishState.PUBLISHED,),
    "cancelled": (PublishState.CANCELLED,),
}


def first_line(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[:limit - 1] + "…"


def describe(item: QueueItem) -> tuple[str, str]:
    """(visible two-line text, the sentence a screen reader reads) for one queue row."""
    when = item.published_at or item.scheduled_at
    when_text = format_local(when, item.zone) if when else ""
    line = first_line(item.text)
    visible = f"{when_text} · {item.state.label()} · {item.account_name}\n{line}"
    spoken = translate("Queue", "{state}, {account}, {time}: {text}").format(
        state=item.state.label(), account=item.account_name, time=when_text, text=line)
    if item.recurrence == "weekly":
        repeat = translate("Queue", "repeats every week")
        visible += f" · {repeat}"
        spoken += f". {repeat}"
    if item.error_message:
        visible += "\n" + item.error_message
        spoken += ". " + item.error_message
    return visible, spoken


class RescheduleDialog(QDialog):
    def __init__(self, ui: UiContext, item: QueueItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Queue", "Reschedule"))
        self.setAccessibleName(translate("Queue", "Reschedule"))
        self.resize(760, 600)
        outer = QVBoxLayout(self)
        # The fields scroll above the buttons when a large text size makes them taller.
        layout = scrolling_part(outer, translate("Queue", "the new time"))
        layout.addWidget(hint(translate("Queue", "New time for: {text}").format(
            text=first_line(item.text))))
        self.when = WhenField(ui.app.settings.get("zone"), ui.announcer, "reschedule")
        if item.scheduled_at:
            self.when.set_instant(item.scheduled_at)
        layout.addWidget(self.when)
        self.error = hint("", role="error")
        layout.addWidget(self.error)
        outer.addWidget(ok_cancel_buttons(self.accept_if_understood, self.reject))
        self.instant: datetime | None = None
        # Typing replaces the old time at once; Enter accepts.
        self.when.edit.setFocus()
        self.when.edit.selectAll()

    def accept_if_understood(self) -> None:
        try:
            self.instant = self.when.instant()
        except TimeInputError as exc:
            self.error.setText(str(exc))
            self.when.announcer.announce(str(exc), assertive=True)
            return
        self.accept()


class QueuePage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.busy: set[int] = set()  # posts whose change waits for the platform's answer
        layout = scrolling_body(self, translate("Queue", "the queue page"))
        layout.addWidget(heading(translate("Queue", "Queue")))

        filters = FlowLayout()
        self.state_filter = ChoiceBox()
        self.state_filter.setObjectName("queue.state_filter")
        for key, label in (("all", translate("Queue", "All posts")),
                           ("upcoming", translate("Queue", "Upcoming")),
                           ("attention", translate("Queue", "Failed or waiting for you")),
                           ("published", translate("Queue", "Published")),
                           ("cancelled", translate("Queue", "Cancelled"))):
            self.state_filter.addItem(label, key)
        self.account_filter = ChoiceBox()
        self.account_filter.setObjectName("queue.account_filter")
        self.view = ChoiceBox()
        self.view.setObjectName("queue.view")
        for key, label in (("list", translate("Queue", "List")),
                           ("day", translate("Queue", "Agenda by day")),
                           ("week", translate("Queue", "Agenda by week"))):
            self.view.addItem(label, key)
        for label_text, combo in ((translate("Queue", "&Show:"), self.state_filter),
                                  (translate("Queue", "A&ccount:"), self.account_filter),
                                  (translate("Queue", "&View:"), self.view)):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(labelled(label_text, combo))
            column_layout.addWidget(combo)
            filters.addWidget(column)
        layout.addLayout(filters)

        self.list = QListWidget()
        self.list.setObjectName("queue.list")
        wrap_rows(self.list)
        self.list.setSpacing(4)
        name_scroll_bars(self.list, translate("Queue", "the queue"))
        layout.addWidget(labelled(translate("Queue", "&Posts:"), self.list))
        layout.addWidget(self.list, 1)
        self.empty_note = hint(translate("Queue", "Nothing here yet. Posts you publish or "
                                                  "schedule appear in this list."))
        layout.addWidget(self.empty_note)

        buttons = FlowLayout()
        self.action_buttons = {}
        for action_id, handler in (("queue.publish_now", self.publish_now),
                                   ("queue.reschedule", self.reschedule),
                                   ("queue.edit", self.edit_in_composer),
                                   ("queue.mark_published", self.mark_published),
                                   ("queue.cancel", self.cancel)):
            button = ui.actions.button(action_id, two_lines=True)
            buttons.addWidget(button)
            self.action_buttons[action_id] = button
            ui.actions.bind(action_id, handler)
        layout.addLayout(buttons)
        self.refresh_button = ui.actions.button("queue.refresh")
        layout.addWidget(self.refresh_button)
        ui.actions.bind("queue.refresh", self.refresh)

        ui.events.queue_changed.connect(self.refresh)
        ui.events.accounts_changed.connect(self._reload_accounts)
        for combo in (self.state_filter, self.account_filter, self.view):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._update_actions)
        self._reload_accounts()

    # -- filling ----------------------------------------------------------------------------

    def _reload_accounts(self) -> None:
        current = self.account_filter.currentData()
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(translate("Queue", "All accounts"), None)
        for account in self.ui.app.queue.accounts():
            self.account_filter.addItem(account.name, account.id)
        self.account_filter.setCurrentIndex(max(self.account_filter.findData(current), 0))
        self.account_filter.blockSignals(False)
        self.refresh()

    def items(self) -> list[QueueItem]:
        return self.ui.app.queue.items(STATE_FILTERS[self.state_filter.currentData()],
                                       account_id=self.account_filter.currentData())

    def refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        items = self.items()
        view = self.view.currentData()
        rows = self._list_rows(items) if view == "list" else self._agenda_rows(items, view)
        for visible, spoken, record_id in rows:
            row = QListWidgetItem(visible)
            row.setData(Qt.ItemDataRole.UserRole, record_id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(row)
            if record_id is not None and record_id == current_id:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_note.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._update_actions()

    def _list_rows(self, items: list[QueueItem]):
        rows = []
        working = translate("Queue", "waiting for the platform’s answer")
        for item in items:
            visible, spoken = describe(item)
            if item.record_id in self.busy:
                visible, spoken = f"{visible}\n{working}", f"{spoken}. {working}"
            rows.append((visible, spoken, item.record_id))
        return rows

    def _agenda_rows(self, items: list[QueueItem], by: str):
        """One row per day (or week): a sentence listing that period's posts in time order."""
        zone = self.ui.app.settings.get("zone")
        tz = zone_info(zone)
        groups: dict = defaultdict(list)
        for item in items:
            when = item.published_at or item.scheduled_at
            if when is None:
                continue
            day = when.astimezone(tz).date()
            key = day - timedelta(days=day.weekday()) if by == "week" else day
            groups[key].append((when, item))
        rows = []
        for key in sorted(groups):
            entries = sorted(groups[key], key=lambda pair: pair[0])
            start = datetime.combine(key, datetime.min.time(), tz)
            title = describe_instant(start, zone).rsplit(",", 1)[0]
            if by == "week":
                title = translate("Queue", "Week of {day}").format(day=title)
            parts = [f"{format_local(when, zone)[11:16]} {item.account_name} "
                     f"({item.state.label()}): {first_line(item.text, 60)}"
                     for when, item in entries]
            n = len(entries)  # a plain name: lupdate skips translate() with a call for the count
            count = translate("Queue", "%n post(s)", None, n)
            visible = f"{title} · {count}\n" + "\n".join(parts)
            spoken = f"{title}, {count}. " + ". ".join(parts)
            rows.append((visible, spoken, None))
        return rows

    # -- acting on the selected post -------------------------------------------------------

    def selected(self) -> QueueItem | None:
        row = self.list.currentItem()
        record_id = row.data(Qt.ItemDataRole.UserRole) if row else None
        return self.ui.app.queue.item(record_id) if record_id is not None else None

    def _update_actions(self) -> None:
        item = self.selected()
        # A post being changed on its platform takes no other change until the answer.
        state = item.state if item and item.record_id not in self.busy else None
        allowed = {
            "queue.publish_now": state in (PublishState.SCHEDULED, PublishState.HANDED_OFF,
                                           PublishState.FAILED, PublishState.NEEDS_ATTENTION),
            "queue.reschedule": state in (PublishState.SCHEDULED, PublishState.HANDED_OFF,
                                          PublishState.FAILED, PublishState.NEEDS_ATTENTION,
                                          PublishState.CANCELLED),
            "queue.edit": state is not None and state is not PublishState.SENDING,
            "queue.mark_published": state in (PublishState.NEEDS_ATTENTION,
                                              PublishState.AWAITING_USER),
            "queue.cancel": state in (PublishState.SCHEDULED, PublishState.HANDED_OFF,
                                      PublishState.FAILED, PublishState.NEEDS_ATTENTION,
                                      PublishState.AWAITING_USER),
        }
        for action_id, enabled in allowed.items():
            self.ui.actions.actions[action_id].setEnabled(enabled and self.isVisible())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._update_actions()  # the shortcuts act only while this page is shown

    def _do(self, item: QueueItem, action: Callable[[], object], done_message: str,
            working_message: str = "", then: Callable[[object], None] | None = None) -> None:
        """Change ``item`` with ``action``; announce ``done_message`` (and give ``then`` what
        ``action`` returned) when it worked, or the reason when it did not. A change that asks
        the platform runs off the GUI thread, announcing ``working_message`` first; the page
        stays usable meanwhile."""
        def done(result) -> None:
            self.busy.discard(item.record_id)
            self.ui.events.queue_changed.emit()
            if done_message:
                self.ui.announcer.announce(done_message)
            if then is not None:
                then(result)

        def failed(exc: BaseException) -> None:
            self.busy.discard(item.record_id)
            self.ui.events.queue_changed.emit()  # the row no longer says it is being worked on
            if isinstance(exc, UserInputError):
                self.ui.announcer.announce(str(exc), assertive=True)
            else:
                self.ui.announcer.announce(translate(
                    "Queue", "The change to the post on {account} failed unexpectedly "
                    "({reason}).").format(account=item.account_name,
                                          reason=type(exc).__name__), assertive=True)

        if not self.ui.app.queue.asks_platform(item):
            try:
                result = action()
            except UserInputError as exc:
                self.ui.announcer.announce(str(exc), assertive=True)
                return
            done(result)
            return
        self.busy.add(item.record_id)
        self.refresh()
        self.ui.announcer.announce(working_message)
        self.ui.tasks.run(action, done, failed)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("Queue", "Please confirm"), question,
                                      QMessageBox.StandardButton.Yes |
                                      QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def publish_now(self) -> None:
        item = self.selected()
        if item is None or not self._confirm(translate(
                "Queue", "Publish this post to {account} now?").format(
                    account=item.account_name)):
            return
        queue = self.ui.app.queue
        self._do(item, lambda: queue.publish_now(item.record_id), translate(
            "Queue", "Publishing to {account} now.").format(account=item.account_name),
            translate("Queue", "Taking the post back from {account} to publish it now…")
            .format(account=item.account_name))

    def reschedule(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = RescheduleDialog(self.ui, item, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.instant is None:
            return
        when = dialog.instant
        queue = self.ui.app.queue
        self._do(item, lambda: queue.reschedule(item.record_id, when), translate(
            "Queue", "Rescheduled for {time}.").format(time=describe_instant(when, item.zone)),
            translate("Queue", "Moving the post on {account} to the new time…")
            .format(account=item.account_name))

    def cancel(self) -> None:
        item = self.selected()
        if item is None or not self._confirm(translate(
                "Queue", "Cancel this post to {account}? You can reschedule it later.").format(
                    account=item.account_name)):
            return
        queue = self.ui.app.queue
        self._do(item, lambda: queue.cancel(item.record_id), translate("Queue", "Post cancelled."),
                 translate("Queue", "Cancelling the post on {account}…")
                 .format(account=item.account_name))

    def mark_published(self) -> None:
        item = self.selected()
        if item is None:
            return
        queue = self.ui.app.queue
        self._do(item, lambda: queue.mark_published(item.record_id),
                 translate("Queue", "Marked as published."))

    def edit_in_composer(self) -> None:
        """Take the post out of the queue (unless it is already out) and into the composer."""
        item = self.selected()
        if item is None:
            return
        queue = self.ui.app.queue
        # The composer says it has the post once it opens.
        self._do(item, lambda: queue.take_for_editing(item), "", translate(
            "Queue", "Taking the post back from {account} to edit it…").format(
                account=item.account_name),
            then=lambda taken: self.ui.events.edit_requested.emit(*taken))
