"""Answering an inbox item, below the list on the Inbox page: the item is read out and shown
above the text; the count follows the platform's rules for a reply as he types (said when it
crosses 20, 10 and 0 left, as in the composer); dictation and read aloud are the composer's
(F2 and F3 work in the reply text too); saved replies are inserted with a key, their
``{nama}`` filled from the item, then edited; Review shows the final text; Send waits out the
undo time (Escape cancels and puts the text back), then the publishing engine sends it exactly
once as a reply and the item becomes handled.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..services.inbox import InboxItem
from .choice_box import ChoiceBox
from .context import UiContext
from .target_row import band, describe_measurement
from .widgets import (
    FlowLayout,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    refresh_style,
    scrolling_part,
    text_area,
    wrap_rows,
)

REPLY_ACTIONS = ("inbox.insert_saved_reply", "inbox.send_reply", "inbox.close_reply")


class _CtrlEnterSends(QObject):
    """Ctrl+Enter in the reply text sends the reply (in the composer it publishes the post)."""

    def __init__(self, panel: ReplyPanel):
        super().__init__(panel)
        self.panel = panel

    @staticmethod
    def _is_ctrl_enter(event) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
            not event.modifiers() & Qt.KeyboardModifier.ShiftModifier

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and self._is_ctrl_enter(event):
            event.accept()  # ours here, not the composer's "Publish now"
            return True
        if event.type() == QEvent.Type.KeyPress and self._is_ctrl_enter(event):
            self.panel.send()
            return True
        return False


class ReplyPanel(QGroupBox):
    def __init__(self, page):
        super().__init__(translate("Inbox", "Reply"))
        self.setObjectName("inbox.reply")
        self.page = page
        self.ui: UiContext = page.ui
        self.inbox = self.ui.app.inbox
        self.item: InboxItem | None = None
        self.last_band = 0
        self.pending: tuple[int, str, InboxItem, datetime] | None = None  # record, text, item
        layout = QVBoxLayout(self)
        self.original = hint("")
        self.original.setObjectName("inbox.reply.original")
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                              Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.original)
        self.refusal = hint("", role="error")
        self.refusal.setObjectName("inbox.reply.refusal")
        layout.addWidget(self.refusal)
        self.editor = text_area(translate("Inbox", "Reply text"))
        self.editor.setObjectName("inbox.reply.text")
        self.editor.setMinimumHeight(140)
        name_scroll_bars(self.editor, translate("Inbox", "the reply text"))
        layout.addWidget(labelled(translate("Inbox", "&Reply text:"), self.editor, translate(
            "Inbox", "Ctrl+Enter sends after the undo time. F2 dictates, F3 reads it aloud.")))
        layout.addWidget(self.editor)
        self.count = hint("")
        self.count.setObjectName("inbox.reply.count")
        layout.addWidget(self.count)
        self.error = hint("", role="error")
        self.error.setObjectName("inbox.reply.error")
        self.error.hide()
        layout.addWidget(self.error)

        row = FlowLayout()
        self.dictate_button = QPushButton(translate("Inbox", "Dictate  (F2)"))
        self.dictate_button.setObjectName("inbox.reply.dictate")
        self.dictate_button.clicked.connect(self.dictate)
        self.read_button = QPushButton(translate("Inbox", "Read aloud  (F3)"))
        self.read_button.setObjectName("inbox.reply.read")
        self.read_button.clicked.connect(self.read_aloud)
        self.review_button = QPushButton(translate("Inbox", "Review"))
        self.review_button.setObjectName("inbox.reply.review")
        self.review_button.clicked.connect(lambda: self.send(review=True))
        row.addWidget(self.dictate_button)
        row.addWidget(self.read_button)
        self.buttons = {}
        for action_id, handler in (("inbox.insert_saved_reply", self.insert_saved_reply),
                                   ("inbox.send_reply", self.send),
                                   ("inbox.close_reply", self.close_reply)):
            button = self.ui.actions.button(action_id, two_lines=True)
            self.buttons[action_id] = button
            self.ui.actions.bind(action_id, handler)
        row.addWidget(self.buttons["inbox.insert_saved_reply"])
        row.addWidget(self.review_button)
        row.addWidget(self.buttons["inbox.send_reply"])
        row.addWidget(self.buttons["inbox.close_reply"])
        layout.addLayout(row)

        self.undo_box = QGroupBox(translate("Inbox", "About to send"))
        undo_layout = QVBoxLayout(self.undo_box)
        self.undo_text = hint("")
        undo_layout.addWidget(self.undo_text)
        # Escape stops a reply as it stops a post: the composer's "Cancel publishing" action
        # (one key for one meaning); each handler acts only on what it has waiting.
        self.cancel_button = self.ui.actions.button("compose.cancel_publish")
        undo_layout.addWidget(self.cancel_button)
        self.undo_box.hide()  # the page shows it below the reply, which closes on sending
        # Connected, not bound: a second bound handler would be taken for a tremor's repeat
        # of the first. A repeated Escape finds nothing waiting.
        self.ui.actions.actions["compose.cancel_publish"].triggered.connect(
            lambda _checked=False: self.cancel_pending())
        self.countdown = QTimer(self)
        self.countdown.timeout.connect(self._tick)

        self.editor.installEventFilter(_CtrlEnterSends(self))
        self.editor.textChanged.connect(lambda: self.update_count(announce=True))
        self.hide()

    # -- opening ------------------------------------------------------------------------------

    def update_actions(self, shown: bool) -> None:
        open_ = shown and self.isVisible() and self.item is not None
        for action_id in REPLY_ACTIONS:
            self.ui.actions.actions[action_id].setEnabled(open_)

    def open_for(self, item: InboxItem) -> None:
        """Show the item above an empty reply text (a reply begun for the same item stays),
        say it, and put the cursor in the text."""
        if self.item is None or self.item.id != item.id:
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)
        self.item = item
        self.inbox.mark_read([item.id])
        author = item.remote.author_name or item.remote.author_handle
        self.original.setText(translate("Inbox", "{author} wrote on {account}:\n{text}").format(
            author=author, account=item.account_name, text=item.text))
        refusal = self.inbox.can_reply(item)
        window = ""
        if not refusal and item.remote.reply_until is not None:
            from ..domain.timezones import describe_instant

            window = translate("Inbox", "Answer before {time}: {account} accepts no reply "
                                        "after that.").format(
                time=describe_instant(item.remote.reply_until, self.ui.app.settings.get("zone")),
                account=item.account_name)
        self.refusal.setText(refusal or window)
        self.refusal.setProperty("role", "error" if refusal else "hint")
        refresh_style(self.refusal)
        self.refusal.setVisible(bool(refusal or window))
        self.show_error("")
        self.show()
        self.update_count(announce=False)
        self.update_actions(True)
        self.editor.setFocus()
        said = translate("Inbox", "Reply to {author} on {account}. {author} wrote: {text}").format(
            author=author, account=item.account_name, text=" ".join(item.text.split()))
        if refusal or window:
            said = f"{said.rstrip('.')}. {refusal or window}"
        self.ui.announcer.announce(said)

    def close_reply(self) -> None:
        self.hide()
        self.update_actions(False)
        self.page.list.setFocus()

    # -- counting ---------------------------------------------------------------------------

    def _account(self):
        return self.ui.app.accounts.get(self.item.account_id) if self.item else None

    def update_count(self, announce: bool = True) -> None:
        account = self._account()
        if account is None:
            self.count.setText("")
            return
        try:
            measurement = self.ui.app.composing.measure(self.editor.toPlainText(), account)
        except Exception:  # a platform HumasDesk no longer knows: the send says why
            self.count.setText("")
            return
        self.count.setText(translate("Inbox", "{account}: {count}").format(
            account=account.name, count=describe_measurement(measurement)))
        new_band = band(measurement.remaining)
        if announce and new_band > self.last_band:
            if measurement.remaining < 0:
                self.ui.sounds.play("limit")
                said = translate("Compose", "{account}: {n} over the limit.").format(
                    account=account.name, n=-measurement.remaining)
            else:
                said = translate("Compose", "{account}: {n} left.").format(
                    account=account.name, n=measurement.remaining)
            self.ui.announcer.announce(said)
        self.last_band = new_band

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self.ui.announcer.announce(message, assertive=True)

    # -- speech: the composer's dictation and read-back, aimed at the reply text -------------

    def _composer(self):
        return self.window().page("compose")

    def dictate(self) -> None:
        composer = self._composer()
        composer.dictation.target = self.editor
        composer.speech.toggle_dictation()
        self.editor.setFocus()

    def read_aloud(self) -> None:
        cursor = self.editor.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() else \
            self.editor.toPlainText()
        self._composer().speech.read_aloud(text)

    # -- saved replies -------------------------------------------------------------------------

    def choose_saved_reply(self, replies):
        """The saved reply he picks (a dialog; tests replace this)."""
        from .pages.inbox import ChoiceDialog

        dialog = ChoiceDialog(translate("Inbox", "Insert a saved reply"), [
            (f"{r.title} ({r.language})\n{' '.join(r.body.split())[:120]}", r)
            for r in replies], self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def insert_saved_reply(self) -> None:
        if self.item is None:
            return
        replies = self.inbox.saved_replies()
        if not replies:
            self.ui.announcer.announce(translate(
                "Inbox", "No saved replies yet. {keys} adds one.").format(
                    keys=self.ui.actions.shortcut_text("inbox.saved_replies")))
            return
        reply = self.choose_saved_reply(replies)
        if reply is None:
            return
        text = self.inbox.fill_saved_reply(reply, self.item.id)
        self.editor.insertPlainText(text)
        self.editor.setFocus()
        self.ui.announcer.announce(translate("Inbox", "Inserted: {text}").format(text=text))

    # -- sending --------------------------------------------------------------------------------

    def review(self, text: str) -> bool:
        from .review import ReviewDialog, ReviewEntry

        composer = self._composer()
        entry = ReviewEntry(self.item.account_name, [text], self.count.text(), [])
        dialog = ReviewDialog([entry], self.ui.actions.label("inbox.send_reply"),
                              composer.speech.read_aloud, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        composer.speech.stop_reading()
        return accepted

    def send(self, review: bool = False) -> None:
        """Check the reply (and review it when asked, or always when Settings say so), then
        hand it to the engine, due after the undo time."""
        item = self.item
        if item is None or self.pending is not None:
            return
        text = self.editor.toPlainText()
        if (review or self.ui.app.settings.get("always_review")) and text.strip() and \
                not self.review(text):
            self.editor.setFocus()
            return
        seconds = self.ui.app.settings.get("undo_seconds")
        try:
            record = self.inbox.reply(item.id, text, delay=timedelta(seconds=seconds),
                                      language=self.ui.app.language)
        except UserInputError as exc:
            self.show_error(str(exc))
            self.editor.setFocus()
            return
        self.show_error("")
        self.pending = (record.id, text, item, datetime.now(UTC) + timedelta(seconds=seconds))
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.ui.events.queue_changed.emit()  # the engine plans the reply
        author = item.remote.author_name or item.remote.author_handle
        if seconds:
            self.undo_box.show()
            self._tick()
            self.countdown.start(1000)
            self.ui.actions.actions["compose.cancel_publish"].setEnabled(True)
            self.ui.announcer.announce(translate(
                "Inbox", "Replying to {author} on {account} in {n} seconds. Press Escape to "
                "cancel.").format(author=author, account=item.account_name, n=seconds))
        else:
            self._end_pending()
            self.ui.announcer.announce(translate("Inbox", "Sending the reply to {author}…")
                                       .format(author=author))
        self.hide()
        self.update_actions(False)
        self.page.list.setFocus()

    def _tick(self) -> None:
        if self.pending is None:
            return
        left = max(0, round((self.pending[3] - datetime.now(UTC)).total_seconds()))
        self.undo_text.setText(translate("Inbox", "Sending the reply in {n} s. Changed your "
                                                  "mind?").format(n=left))
        if left == 0:
            self._end_pending()

    def _end_pending(self) -> None:
        self.countdown.stop()
        self.undo_box.hide()
        self.pending = None
        composer = self._composer()
        if not (composer._built("sender") and composer.sender.pending is not None):
            self.ui.actions.actions["compose.cancel_publish"].setEnabled(False)

    def cancel_pending(self) -> None:
        """Escape in the undo time: the reply is not sent and its text is back for editing."""
        if self.pending is None:
            return
        record_id, text, item, _deadline = self.pending
        self._end_pending()
        try:
            self.ui.app.publishing.cancel(record_id)
        except UserInputError:
            self.ui.announcer.announce(translate(
                "Inbox", "Too late to cancel: the reply was already sent."), assertive=True)
            return
        self.ui.events.queue_changed.emit()
        self.open_for(item)
        self.editor.setPlainText(text)
        self.ui.announcer.announce(translate("Inbox", "Reply cancelled. Its text is back for "
                                                      "editing."))


class SavedRepliesDialog(QDialog):
    """Add, change and delete saved replies: a name, a language and a text with ``{nama}``
    (the author's name) and his own fields."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.inbox = ui.app.inbox
        self.setWindowTitle(translate("Inbox", "Saved replies"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 700)
        outer = QVBoxLayout(self)
        layout = scrolling_part(outer, translate("Inbox", "the saved replies"))
        layout.addWidget(heading(translate("Inbox", "Saved replies")))
        self.list = QListWidget()
        self.list.setObjectName("inbox.saved.list")
        wrap_rows(self.list)
        self.list.setMinimumHeight(160)
        layout.addWidget(labelled(translate("Inbox", "&Saved replies:"), self.list))
        layout.addWidget(self.list)
        self.title = QLineEdit()
        self.title.setObjectName("inbox.saved.title")
        layout.addWidget(labelled(translate("Inbox", "&Name:"), self.title))
        layout.addWidget(self.title)
        self.language = ChoiceBox()
        self.language.setObjectName("inbox.saved.language")
        self.language.addItem(translate("Inbox", "Indonesian"), "id")
        self.language.addItem(translate("Inbox", "English"), "en")
        layout.addWidget(labelled(translate("Inbox", "&Language:"), self.language))
        layout.addWidget(self.language)
        self.body = text_area(translate("Inbox", "Saved reply text"))
        self.body.setObjectName("inbox.saved.body")
        self.body.setMinimumHeight(120)
        layout.addWidget(labelled(translate("Inbox", "&Text:"), self.body, translate(
            "Inbox", "{nama} becomes the name of the person you answer.")))
        layout.addWidget(self.body)
        # His own fields ({jam_besuk}…), filled in every saved reply that names them.
        fields_box = QGroupBox(translate("Inbox", "Your own fields"))
        fields_layout = QVBoxLayout(fields_box)
        self.fields_list = hint("")
        self.fields_list.setObjectName("inbox.saved.fields")
        fields_layout.addWidget(self.fields_list)
        self.field_name = QLineEdit()
        self.field_name.setObjectName("inbox.saved.field_name")
        fields_layout.addWidget(labelled(translate("Inbox", "&Field name:"), self.field_name,
                                         translate("Inbox", "One word, for example "
                                                            "jam_besuk; write it as "
                                                            "{jam_besuk} in a reply.")))
        fields_layout.addWidget(self.field_name)
        self.field_value = QLineEdit()
        self.field_value.setObjectName("inbox.saved.field_value")
        fields_layout.addWidget(labelled(translate("Inbox", "Field v&alue (empty removes "
                                                            "it):"), self.field_value))
        fields_layout.addWidget(self.field_value)
        self.field_button = QPushButton(translate("Inbox", "S&et the field"))
        self.field_button.clicked.connect(self.set_field)
        fields_layout.addWidget(self.field_button)
        layout.addWidget(fields_box)
        self.error = hint("", role="error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("Inbox", "Ne&w"))
        self.save_button = QPushButton(translate("Inbox", "Sa&ve"))
        self.delete_button = QPushButton(translate("Inbox", "&Delete"))
        self.close_button = QPushButton(translate("Inbox", "Close"))
        for button in (self.new_button, self.save_button, self.delete_button,
                       self.close_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(self._show_current)
        self.editing: int | None = None
        self._show_fields()
        self.reload()
        (self.list if self.list.count() else self.title).setFocus()

    def _show_fields(self) -> None:
        fields = self.inbox.reply_fields()
        self.fields_list.setText("\n".join(f"{{{name}}} = {value}" for name, value in
                                           sorted(fields.items())) or translate(
            "Inbox", "No fields of your own yet. {nama} is always the author's name."))

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.ui.announcer.announce(message, assertive=True)

    def set_field(self) -> None:
        name, value = self.field_name.text().strip().strip("{}"), self.field_value.text()
        try:
            self.inbox.set_reply_field(name, value.strip() or None)
        except UserInputError as exc:
            self._refused(str(exc))
            return
        self.error.hide()
        self._show_fields()
        self.ui.announcer.announce(
            translate("Inbox", "Field {{{name}}} is now “{value}”.").format(
                name=name, value=value.strip()) if value.strip() else
            translate("Inbox", "Field {{{name}}} removed.").format(name=name))

    def reload(self, keep: int | None = None) -> None:
        self.list.clear()
        for reply in self.inbox.saved_replies():
            row = QListWidgetItem(f"{reply.title} ({reply.language})")
            row.setData(Qt.ItemDataRole.UserRole, reply)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, translate(
                "Inbox", "{title}, {language}: {text}").format(
                    title=reply.title, language=reply.language, text=reply.body))
            self.list.addItem(row)
            if reply.id == keep:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.new()

    def _show_current(self, *_args) -> None:
        row = self.list.currentItem()
        reply = row.data(Qt.ItemDataRole.UserRole) if row else None
        if reply is None:
            return
        self.editing = reply.id
        self.title.setText(reply.title)
        self.language.setCurrentIndex(max(self.language.findData(reply.language), 0))
        self.body.setPlainText(reply.body)

    def new(self) -> None:
        self.editing = None
        self.list.setCurrentItem(None)
        self.title.clear()
        self.body.clear()
        self.title.setFocus()

    def save(self) -> None:
        try:
            saved = self.inbox.save_reply(self.title.text(), self.body.toPlainText(),
                                          self.language.currentData(), self.editing)
        except UserInputError as exc:
            self._refused(str(exc))
            return
        self.error.hide()
        self.reload(keep=saved.id)
        self.ui.announcer.announce(translate("Inbox", "Saved reply “{title}” saved.").format(
            title=saved.title))

    def delete(self) -> None:
        if self.editing is None:
            return
        title = self.title.text()
        answer = QMessageBox.question(self, translate("Inbox", "Please confirm"), translate(
            "Inbox", "Delete the saved reply “{title}”?").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.inbox.delete_saved_reply(self.editing)
        self.reload()
        self.ui.announcer.announce(translate("Inbox", "Saved reply “{title}” deleted.").format(
            title=title))
