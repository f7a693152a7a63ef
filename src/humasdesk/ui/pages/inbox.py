"""Inbox (Kotak masuk): every comment, mention and message from every account, emergencies and
complaints first, each said in one sentence with the words that labelled it.

Views: complaints and emergencies first (the default), all new, one account, handled, and
mentions of the hospital (what the saved searches found; "Saved searches…" manages them). Keys
(their buttons show them): next and previous new item, next complaint, read the whole thread,
mark handled, correct the label, moderate, check now; Enter on an item opens the reply below
the list (``ui/inbox_reply.py``). The place in each view is kept while he switches views.

What touches the network (reading the platforms, moderating, sending) runs off the GUI thread:
reading through ``InboxWatcher`` (``ui/inbox_watch.py``), moderating through the task helper,
sending through the publishing engine.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.inbox import ItemState
from ...services.inbox import InboxItem, InboxView, action_label, label_name
from ..choice_box import ChoiceBox
from ..context import UiContext
from ..widgets import (
    FlowLayout,
    Page,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    ok_cancel_buttons,
    scrolling_body,
    wrap_rows,
)

PAGE_SIZE = 50  # rows listed at first (the first screen shows far fewer); "Show more" adds 50
_VIEW_LABELS = {
    # Emergencies, then complaints, then the rest (short: it must fit at 300 % text).
    InboxView.PRIORITY: lambda: translate("Inbox", "Most urgent first"),
    InboxView.NEW: lambda: translate("Inbox", "All new"),
    InboxView.ACCOUNT: lambda: translate("Inbox", "By account"),
    InboxView.HANDLED: lambda: translate("Inbox", "Handled"),
    # Brand and keyword watch: what the saved searches found (ui/watch_dialog.py).
    InboxView.MENTIONS: lambda: translate("Inbox", "Mentions of the hospital"),
}
PAGE_ACTIONS = ("inbox.next_new", "inbox.previous_new", "inbox.next_complaint",
                "inbox.read_thread", "inbox.reply", "inbox.mark_handled",
                "inbox.correct_label", "inbox.moderate", "inbox.sync_now",
                "inbox.saved_replies")
ITEM_ACTIONS = {"inbox.read_thread", "inbox.reply", "inbox.mark_handled",
                "inbox.correct_label", "inbox.moderate"}


def reasons_text(item: InboxItem) -> str:
    """The words that labelled the item, said with it ("" when it has no label)."""
    if not item.labels.reasons:
        return ""
    return translate("Inbox", "Why: {reasons}").format(reasons="; ".join(item.labels.reasons))


def row_texts(sentence: str, item: InboxItem) -> tuple[str, str]:
    """(visible text, the row's accessible name): the sentence first, then why it was
    labelled, then whether it is handled or corrected."""
    extra = [reasons_text(item)] if reasons_text(item) else []
    if item.corrected:
        extra.append(translate("Inbox", "Label corrected by you."))
    if item.state is ItemState.HANDLED:
        extra.append(translate("Inbox", "Handled."))
    elif item.state is ItemState.NEW:
        extra.append(translate("Inbox", "New."))
    visible = "\n".join([sentence, *extra])
    spoken = ". ".join([sentence, *extra]) if extra else sentence
    return visible, spoken


class _EnterOpensReply(QObject):
    """Enter (or Return) on the list opens the reply to the current item."""

    def __init__(self, page: InboxPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.page.open_reply()
            return True
        return False


class ChoiceDialog(QDialog):
    """A list to choose one thing from by keys: arrows move, Enter picks, Escape leaves."""

    def __init__(self, title: str, choices: list[tuple[str, object]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(700, 500)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("inbox.choices")
        wrap_rows(self.list)
        name_scroll_bars(self.list, title)
        layout.addWidget(labelled(title, self.list))
        for text, value in choices:
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, value)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _row: self.accept())
        layout.addWidget(self.list, 1)
        layout.addWidget(ok_cancel_buttons(self.accept, self.reject))
        self.list.setFocus()

    def chosen(self):
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None


class InboxPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.inbox = ui.app.inbox
        self.limit = PAGE_SIZE
        self.positions: dict[tuple, int] = {}  # (view, account) -> the item he was on
        self.watcher = None
        layout = scrolling_body(self, translate("Inbox", "the inbox page"))
        layout.addWidget(heading(translate("Inbox", "Inbox")))

        filters = FlowLayout()
        self.view = ChoiceBox()
        self.view.setObjectName("inbox.view")
        for view, label in _VIEW_LABELS.items():
            self.view.addItem(label(), view.value)
        self.account_filter = ChoiceBox()
        self.account_filter.setObjectName("inbox.account_filter")
        for label_text, combo in ((translate("Inbox", "&View:"), self.view),
                                  (translate("Inbox", "A&ccount:"), self.account_filter)):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(labelled(label_text, combo))
            column_layout.addWidget(combo)
            filters.addWidget(column)
        layout.addLayout(filters)

        self.list = QListWidget()
        self.list.setObjectName("inbox.list")
        wrap_rows(self.list)
        self.list.setSpacing(4)
        self.list.setMinimumHeight(260)
        name_scroll_bars(self.list, translate("Inbox", "the inbox"))
        layout.addWidget(labelled(translate("Inbox", "&Items:"), self.list, translate(
            "Inbox", "Enter opens the reply. The buttons below show the other keys.")))
        layout.addWidget(self.list, 1)
        self.list.installEventFilter(_EnterOpensReply(self))
        self.empty_note = hint(translate("Inbox", "Nothing here. New comments, mentions and "
                                                  "messages appear in this list."))
        layout.addWidget(self.empty_note)
        # What cannot be read, in words (X with reading off, sites posted by hand...): below
        # the list, so the items come first at any text size.
        self.reading_note = hint("")
        self.reading_note.setObjectName("inbox.reading_note")
        layout.addWidget(self.reading_note)
        self.more_button = QPushButton(translate("Inbox", "Show more items"))
        self.more_button.setObjectName("inbox.more")
        self.more_button.clicked.connect(self.show_more)
        layout.addWidget(self.more_button)

        buttons = FlowLayout()
        self.action_buttons = {}
        handlers = {
            "inbox.next_new": lambda: self.move_to(lambda i: i.state is ItemState.NEW, 1,
                                                   translate("Inbox", "No more new items.")),
            "inbox.previous_new": lambda: self.move_to(
                lambda i: i.state is ItemState.NEW, -1,
                translate("Inbox", "No new items before this one.")),
            "inbox.next_complaint": lambda: self.move_to(
                lambda i: i.labels.complaint or i.labels.urgent, 1,
                translate("Inbox", "No more complaints or emergencies.")),
            "inbox.read_thread": self.read_thread,
            "inbox.reply": self.open_reply,
            "inbox.mark_handled": self.mark_handled,
            "inbox.correct_label": self.correct_label,
            "inbox.moderate": self.moderate,
            "inbox.sync_now": self.sync_now,
            "inbox.saved_replies": self.manage_saved_replies,
        }
        for action_id in PAGE_ACTIONS:
            button = ui.actions.button(action_id, two_lines=True)
            buttons.addWidget(button)
            self.action_buttons[action_id] = button
            ui.actions.bind(action_id, handlers[action_id])
        layout.addLayout(buttons)
        # Brand and keyword watch: the saved searches behind "Mentions of the hospital".
        self.watch_button = QPushButton(translate("Watch", "Saved searc&hes…"))
        self.watch_button.setObjectName("inbox.saved_searches")
        self.watch_button.clicked.connect(self.manage_saved_searches)
        layout.addWidget(self.watch_button)

        # The reply is built when he first opens one: the first rows show sooner.
        self._layout = layout
        self._reply = None
        from ..inbox_reply import REPLY_ACTIONS

        for action_id in REPLY_ACTIONS:
            ui.actions.actions[action_id].setEnabled(False)

        self.view.currentIndexChanged.connect(self._view_changed)
        self.account_filter.currentIndexChanged.connect(self._view_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        ui.events.accounts_changed.connect(self._reload_accounts)
        ui.events.published.connect(lambda _outcomes: self.refresh())
        self._reload_accounts(refresh=False)  # the rows come when the page shows

    @property
    def reply(self):
        """The reply panel below the buttons (and its undo box), made on first use."""
        if self._reply is None:
            from ..inbox_reply import ReplyPanel

            self._reply = ReplyPanel(self)
            self._layout.addWidget(self._reply)
            self._layout.addWidget(self._reply.undo_box)
        return self._reply

    def watch(self, watcher) -> None:
        """Follow the window's reader: refresh when items come or change."""
        self.watcher = watcher
        watcher.changed.connect(self.refresh)

    # -- filling ----------------------------------------------------------------------------

    def _key(self) -> tuple:
        return (self.view.currentData(), self.account_filter.currentData())

    def _reload_accounts(self, refresh: bool = True) -> None:
        current = self.account_filter.currentData()
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(translate("Inbox", "All accounts"), None)
        for account in self.inbox.accounts():
            self.account_filter.addItem(account.name, account.id)
        self.account_filter.setCurrentIndex(max(self.account_filter.findData(current), 0))
        self.account_filter.blockSignals(False)
        if refresh:
            self._update_reading_note()
            self.refresh()

    def _update_reading_note(self) -> None:
        """Each account whose inbox is not read, or read only in part, and why, in words."""
        lines = []
        try:
            for account in self.inbox.accounts():
                why = self.inbox.reading_refusal(account) or self.inbox.reading_limits(account)
                if why:
                    lines.append(translate("Inbox", "{account}: {why}").format(
                        account=account.name, why=why))
        except Exception:  # the platform layer is not loaded yet: said on the next refresh
            lines = []
        self.reading_note.setText("\n".join(lines))
        self.reading_note.setVisible(bool(lines))

    def _view_changed(self) -> None:
        view = InboxView(self.view.currentData())
        self.account_filter.setEnabled(True)
        if view is InboxView.ACCOUNT and self.account_filter.currentData() is None and \
                self.account_filter.count() > 1:
            self.account_filter.blockSignals(True)
            self.account_filter.setCurrentIndex(1)
            self.account_filter.blockSignals(False)
        self.limit = PAGE_SIZE
        self.refresh(restore=True)
        self.ui.announcer.announce(translate("Inbox", "{view}: %n items", n=self.list.count())
                                   .format(view=self.view.currentText()))

    def items(self) -> list[InboxItem]:
        view = InboxView(self.view.currentData())
        account_id = self.account_filter.currentData()
        if view is InboxView.ACCOUNT and account_id is None:
            view = InboxView.ALL
        return self.inbox.items(view, account_id=account_id, limit=self.limit + 1)

    def refresh(self, restore: bool = False) -> None:
        """Fill the list again, staying on the item he was on (in this view: ``restore``)."""
        current_id = self.positions.get(self._key()) if restore else self.current_id()
        items = self.items()
        more = len(items) > self.limit
        items = items[:self.limit]
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for item in items:
            visible, spoken = row_texts(self.inbox.sentence(item), item)
            row = QListWidgetItem(visible)
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(row)
            if item.id == current_id:
                chosen = row
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        elif self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.empty_note.setVisible(not items)
        self.list.setVisible(bool(items))
        self.more_button.setVisible(more)
        self._current_changed()

    def show_more(self) -> None:
        self.limit += PAGE_SIZE
        self.refresh()

    def current(self) -> InboxItem | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def current_id(self) -> int | None:
        item = self.current()
        return item.id if item else None

    def _current_changed(self, *_args) -> None:
        item = self.current()
        if item is not None:
            self.positions[self._key()] = item.id
        self._update_actions()

    def _update_actions(self) -> None:
        shown = self.isVisible()
        has_item = self.current() is not None
        for action_id in PAGE_ACTIONS:
            enabled = shown and (has_item or action_id not in ITEM_ACTIONS)
            self.ui.actions.actions[action_id].setEnabled(enabled)
        if self._reply is not None:
            self._reply.update_actions(shown)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_reading_note()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._update_actions()  # the keys act only while this page is shown

    # -- moving ---------------------------------------------------------------------------------

    def move_to(self, wanted, step: int, none_left: str) -> None:
        """The next (``step`` 1) or previous (-1) row whose item is ``wanted``."""
        row = self.list.currentRow()
        index = row + step
        while 0 <= index < self.list.count():
            item = self.list.item(index).data(Qt.ItemDataRole.UserRole)
            if wanted(item):
                self.list.setCurrentRow(index)
                self.list.setFocus()
                return
            index += step
        self.ui.announcer.announce(none_left)

    # -- acting on the current item -------------------------------------------------------

    def _say_error(self, exc: BaseException) -> None:
        self.ui.announcer.announce(str(exc), assertive=True)

    def read_thread(self) -> None:
        """The conversation up to this item, each message with its author, said and shown."""
        item = self.current()
        if item is None:
            return
        try:
            thread = self.inbox.thread(item.id)
            self.inbox.mark_read([item.id])
        except UserInputError as exc:
            self._say_error(exc)
            return
        lines = [translate("Inbox", "{author}: {text}").format(
            author=m.remote.author_name or m.remote.author_handle, text=" ".join(m.text.split()))
            for m in thread]
        reasons = reasons_text(item)
        said = translate("Inbox", "Thread, %n messages. ", n=len(thread)) + " ".join(lines)
        if reasons:
            said += " " + reasons
        self.ui.announcer.announce(said)
        self.refresh()

    def mark_handled(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.state is ItemState.HANDLED:
            self.inbox.reopen(item.id)
            self.ui.announcer.announce(translate("Inbox", "Open again."))
        else:
            self.inbox.mark_handled([item.id])
            self.ui.announcer.announce(translate("Inbox", "Marked handled."))
        self._after_change(item)

    def _after_change(self, item: InboxItem) -> None:
        """Refresh, staying near the item (it may have left this view)."""
        row = self.list.currentRow()
        self.refresh()
        if self.current_id() != item.id and self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        if self.watcher is not None:
            self.watcher.refresh_count()

    def correct_label(self) -> None:
        """One key: an emergency that is not one loses that label; a complaint that is not one
        loses it; anything else becomes a complaint. Kept, and the triage learns from it."""
        item = self.current()
        if item is None:
            return
        labels = item.labels
        label = "urgent" if labels.urgent else "complaint"
        try:
            changed = self.inbox.toggle_label(item.id, label)
        except UserInputError as exc:
            self._say_error(exc)
            return
        now_on = getattr(changed.labels, label)
        said = (translate("Inbox", "Now marked: {label}. Kept; later messages like it are "
                                   "labelled the same way.") if now_on else
                translate("Inbox", "No longer marked: {label}. Kept; later messages like it "
                                   "are labelled the same way.")).format(
            label=label_name(label))
        self.ui.announcer.announce(said)
        self.refresh()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("Inbox", "Please confirm"), question,
                                      QMessageBox.StandardButton.Yes |
                                      QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_action(self, item: InboxItem, actions: tuple[str, ...]) -> str | None:
        dialog = ChoiceDialog(translate("Inbox", "Moderate on {account}").format(
            account=item.account_name), [(action_label(a), a) for a in actions], self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def moderate(self) -> None:
        """Choose what to do on the platform, confirm it, then it happens off the GUI thread
        and is announced."""
        item = self.current()
        if item is None:
            return
        actions = self.inbox.moderation_actions(item)
        if not actions:
            self.ui.announcer.announce(translate(
                "Inbox", "{account} allows no moderation from HumasDesk.").format(
                    account=item.account_name))
            return
        action = self._choose_action(item, actions)
        if action is None:
            return
        if not self._confirm(translate("Inbox", "{action}: this item from {author} on "
                                                "{account}?").format(
                action=action_label(action), account=item.account_name,
                author=item.remote.author_name or item.remote.author_handle)):
            return
        self.ui.announcer.announce(translate("Inbox", "Asking {account}…").format(
            account=item.account_name))

        def done(said: str) -> None:
            self.ui.announcer.announce(said)
            self._after_change(item)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserInputError):
                self._say_error(exc)
            else:
                self._say_error(translate("Inbox", "Moderating on {account} failed unexpectedly "
                                                   "({reason}).").format(
                    account=item.account_name, reason=type(exc).__name__))

        self.ui.tasks.run(lambda: self.inbox.moderate(item.id, action), done, failed)

    def sync_now(self) -> None:
        if self.watcher is None:
            self.ui.announcer.announce(translate("Inbox", "The inbox is still starting; try "
                                                          "again in a moment."))
            return
        self.watcher.sync_now()

    def open_reply(self) -> None:
        item = self.current()
        if item is None:
            return
        self.reply.open_for(item)

    def manage_saved_searches(self) -> None:
        from ..watch_dialog import WatchDialog

        WatchDialog(self.ui, self).exec()
        self.refresh()

    def manage_saved_replies(self) -> None:
        from ..inbox_reply import SavedRepliesDialog

        SavedRepliesDialog(self.ui, self).exec()
