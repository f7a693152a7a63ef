"""Compose (Tulis): write the post, choose accounts, publish now or schedule.

The draft is saved at most one second after the first unsaved keystroke, so a crash or a
killed process loses at most that second (and never more than two).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.model import Draft, PublishState
from ...domain.timezones import (
    TimeInputError,
    describe_instant,
    format_local,
    zone_info,
    zone_label,
)
from ...store import StoreError
from ..context import UiContext
from ..widgets import (
    DateEdit,
    TimeEdit,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    refresh_style,
    text_area,
)

AUTOSAVE_DELAY_MS = 1000
WHEN_ANNOUNCE_PAUSE_MS = 900  # read out what was understood once he pauses typing


class ComposePage(QScrollArea):
    def __init__(self, ui: UiContext):
        super().__init__()
        self.ui = ui
        self.app = ui.app
        self.draft_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        name_scroll_bars(self, translate("Compose", "the composer"))
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setSpacing(12)

        self.title = heading(translate("Compose", "Write a post"))
        layout.addWidget(self.title)

        self.restore_box = QGroupBox(translate("Compose", "Unsent draft"))
        restore_layout = QVBoxLayout(self.restore_box)
        self.restore_text = hint("")
        restore_layout.addWidget(self.restore_text)
        restore_buttons = QHBoxLayout()
        self.restore_button = QPushButton(translate("Compose", "Restore the draft"))
        self.discard_button = QPushButton(translate("Compose", "Discard it"))
        restore_buttons.addWidget(self.restore_button)
        restore_buttons.addWidget(self.discard_button)
        restore_buttons.addStretch()
        restore_layout.addLayout(restore_buttons)
        self.restore_box.hide()
        layout.addWidget(self.restore_box)

        self.editor = text_area(translate("Compose", "Post text"))
        self.editor.setObjectName("compose.text")
        self.editor.setMinimumHeight(180)
        name_scroll_bars(self.editor, translate("Compose", "the post text"))
        shortcut = ui.actions.shortcut_text("compose.focus_text")
        layout.addWidget(labelled(translate("Compose", "&Post text ({keys}):").format(
            keys=shortcut), self.editor, translate(
                "Compose", "Write the post here. Tab moves on to the accounts.")))
        layout.addWidget(self.editor)

        self.accounts_box = QGroupBox(translate("Compose", "Publish to these accounts"))
        self.accounts_layout = QVBoxLayout(self.accounts_box)
        self.account_boxes: dict[int, QCheckBox] = {}
        layout.addWidget(self.accounts_box)

        self.error = hint("", role="error")
        self.error.setObjectName("compose.error")
        self.error.hide()
        layout.addWidget(self.error)

        self.publish_button = ui.actions.button("compose.publish_now")
        layout.addWidget(self.publish_button)

        schedule_box = QGroupBox(translate("Compose", "Or schedule it"))
        schedule_layout = QVBoxLayout(schedule_box)
        self.when_edit = QLineEdit()
        self.when_edit.setObjectName("compose.when")
        schedule_layout.addWidget(labelled(
            translate("Compose", "&When (for example “besok jam 9”, “Senin 14.00” or "
                                 "2026-12-01 09:00):"), self.when_edit,
            translate("Compose", "Type a date and time in words or numbers; what HumasDesk "
                                 "understood is shown and read out below.")))
        schedule_layout.addWidget(self.when_edit)
        self.understood = hint("")
        self.understood.setObjectName("compose.understood")
        schedule_layout.addWidget(self.understood)
        pickers = QHBoxLayout()
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("compose.date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(False)  # arrow keys; no tiny calendar to hit
        self.date_edit.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons)
        self.time_edit = TimeEdit()
        self.time_edit.setObjectName("compose.time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
        date_column, time_column = QVBoxLayout(), QVBoxLayout()
        date_column.addWidget(labelled(translate("Compose", "&Date (arrow keys change it):"),
                                       self.date_edit))
        date_column.addWidget(self.date_edit)
        self.time_label = labelled(translate("Compose", "T&ime (arrow keys change it):"),
                                   self.time_edit)
        time_column.addWidget(self.time_label)
        time_column.addWidget(self.time_edit)
        pickers.addLayout(date_column)
        pickers.addLayout(time_column)
        schedule_layout.addLayout(pickers)
        self.zone_note = hint("")
        schedule_layout.addWidget(self.zone_note)
        self.schedule_button = ui.actions.button("compose.schedule")
        schedule_layout.addWidget(self.schedule_button)
        layout.addWidget(schedule_box)
        layout.addStretch()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._text_changed)
        self.announce_when_timer = QTimer(self)
        self.announce_when_timer.setSingleShot(True)
        self.announce_when_timer.timeout.connect(self._announce_understood)
        self.when_edit.textEdited.connect(self._when_typed)
        self.when_edit.editingFinished.connect(self._announce_understood)
        self.date_edit.dateChanged.connect(self._picker_changed)
        self.time_edit.timeChanged.connect(self._picker_changed)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_offered_draft)
        ui.actions.bind("compose.publish_now", self.publish_now)
        ui.actions.bind("compose.schedule", self.schedule)
        ui.actions.bind("compose.focus_text", self.focus_editor)
        ui.events.accounts_changed.connect(self.reload_accounts)
        ui.events.settings_changed.connect(self._setting_changed)

        self._offered_draft: Draft | None = None
        self._last_when_announcement = ""
        self.reload_accounts()
        self._show_zone()
        self._default_schedule_time()

    def finish_setup(self) -> None:
        """After the first paint: the scroll area itself must not take Tab focus (a screen
        reader would land on an unnamed "filler"); its contents scroll to the focused control."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- accounts and zone ------------------------------------------------------------------

    def reload_accounts(self) -> None:
        checked = {aid for aid, box in self.account_boxes.items() if box.isChecked()}
        for box in self.account_boxes.values():
            self.accounts_layout.removeWidget(box)
            box.deleteLater()
        self.account_boxes.clear()
        accounts = self.app.store.accounts.list()
        for account in accounts:
            platform = self.app.registry.spec(account.platform).display_name()
            name = account.name if account.name == platform else f"{account.name} ({platform})"
            box = QCheckBox(f"{name} · {account.state.label()}")
            box.setObjectName(f"compose.account.{account.id}")
            box.setAccessibleName(f"{name}, {account.state.label()}")
            box.setChecked(account.id in checked or len(accounts) == 1)
            box.setEnabled(account.state.value == "ok")
            self.accounts_layout.addWidget(box)
            self.account_boxes[account.id] = box
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab follows what the eye sees, also for check boxes added after the page was built."""
        chain = [self.restore_button, self.discard_button, self.editor,
                 *self.account_boxes.values(), self.publish_button, self.when_edit,
                 self.date_edit, self.time_edit, self.schedule_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def selected_account_ids(self) -> list[int]:
        return [aid for aid, box in self.account_boxes.items() if box.isChecked()]

    def zone(self) -> str:
        return self.app.settings.get("zone")

    def _show_zone(self) -> None:
        zone = self.zone()
        label = zone_label(zone)
        self.zone_note.setText(translate("Compose", "Times are in {label} ({zone}).").format(
            label=label, zone=zone))
        self.time_edit.setAccessibleName(translate("Compose", "Time, {label}").format(
            label=label))

    def _setting_changed(self, key: str) -> None:
        if key == "zone":
            self._show_zone()

    def _default_schedule_time(self) -> None:
        # The next full hour at least 30 minutes ahead, in the user's zone.
        local = datetime.now(zone_info(self.zone())) + timedelta(minutes=30)
        local = (local + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        for widget in (self.date_edit, self.time_edit):
            widget.blockSignals(True)  # a suggestion only; the When field stays empty
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        for widget in (self.date_edit, self.time_edit):
            widget.blockSignals(False)

    def chosen_instant(self) -> datetime:
        """The instant in the When field: exactly what is shown under it."""
        from ...domain.when import parse_when  # loaded on first use, not at start-up

        return parse_when(self.when_edit.text(), self.zone(), datetime.now(UTC))

    def _when_typed(self) -> None:
        self._show_understood()
        self.announce_when_timer.start(WHEN_ANNOUNCE_PAUSE_MS)

    def _show_understood(self) -> str:
        text = self.when_edit.text()
        if not text.strip():
            self.understood.setText("")
            return ""
        try:
            instant = self.chosen_instant()
        except TimeInputError as exc:
            message = str(exc)
        else:
            local = instant.astimezone(zone_info(self.zone()))
            for widget in (self.date_edit, self.time_edit):
                widget.blockSignals(True)
            self.date_edit.setDate(QDate(local.year, local.month, local.day))
            self.time_edit.setTime(QTime(local.hour, local.minute))
            for widget in (self.date_edit, self.time_edit):
                widget.blockSignals(False)
            message = translate("Compose", "Understood: {when}").format(
                when=describe_instant(instant, self.zone()))
        self.understood.setText(message)
        return message

    def _announce_understood(self) -> None:
        self.announce_when_timer.stop()
        message = self._show_understood()
        if message and message != self._last_when_announcement:
            self._last_when_announcement = message
            self.ui.announcer.announce(message)

    def _picker_changed(self) -> None:
        d, t = self.date_edit.date(), self.time_edit.time()
        self.when_edit.setText(f"{d.year():04d}-{d.month():02d}-{d.day():02d} "
                               f"{t.hour():02d}:{t.minute():02d}")
        self._show_understood()
        self.announce_when_timer.start(WHEN_ANNOUNCE_PAUSE_MS)

    # -- drafts -----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        # Not restarted on every key: continuous typing is still saved once a second.
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(AUTOSAVE_DELAY_MS)

    def save_draft(self) -> None:
        text = self.editor.toPlainText()
        if not text and self.draft_id is None:
            return
        try:
            draft = self.app.store.drafts.save(Draft(
                id=self.draft_id, body=text, account_ids=self.selected_account_ids()))
        except StoreError as exc:
            self.show_error(str(exc))
            return
        self.draft_id = draft.id

    def offer_unsent_draft(self) -> None:
        """At start: offer back a draft left by a crash; otherwise put the cursor in the text."""
        draft = self.app.store.drafts.latest()
        if draft is None or self.editor.toPlainText():
            self.focus_editor()
            return
        self._offered_draft = draft
        when = format_local(draft.updated_at, self.zone())
        first = draft.body.strip().splitlines()[0][:80] if draft.body.strip() else ""
        self.restore_text.setText(translate(
            "Compose", "A draft from {time} was not published: “{start}”").format(
                time=when, start=first))
        self.restore_box.show()
        self.restore_button.setFocus()
        self.ui.announcer.announce(translate(
            "Compose", "An unsent draft from {time} can be restored.").format(time=when))

    def restore_draft(self) -> None:
        draft = self._offered_draft
        if draft is None:
            return
        self.draft_id = draft.id
        self.editor.setPlainText(draft.body)
        for aid, box in self.account_boxes.items():
            if draft.account_ids:
                box.setChecked(aid in draft.account_ids)
        self.restore_box.hide()
        self._offered_draft = None
        self.focus_editor()
        self.ui.announcer.announce(translate("Compose", "Draft restored."))

    def discard_offered_draft(self) -> None:
        if self._offered_draft is not None:
            self.app.store.drafts.delete(self._offered_draft.id)
        self._offered_draft = None
        self.restore_box.hide()
        self.focus_editor()
        self.ui.announcer.announce(translate("Compose", "Draft discarded."))

    def focus_editor(self) -> None:
        self.editor.setFocus()

    # -- publishing -------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        refresh_style(self.error)
        if message:
            self.ui.announcer.announce(message, assertive=True)

    def _submit(self, when: datetime | None) -> list | None:
        self.show_error("")
        try:
            return self.app.publishing.submit(
                self.editor.toPlainText(), self.selected_account_ids(), when=when,
                zone=self.zone(), language=self.app.language)
        except (UserInputError, TimeInputError, StoreError) as exc:
            self.show_error(str(exc))
            return None

    def _clear_after_submit(self) -> None:
        self.autosave_timer.stop()
        if self.draft_id is not None:
            self.app.store.drafts.delete(self.draft_id)
        self.draft_id = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.ui.events.queue_changed.emit()

    def publish_now(self) -> None:
        records = self._submit(None)
        if not records:
            return
        self._clear_after_submit()
        self.ui.announcer.announce(translate("Compose", "Publishing…"))
        ids = [r.id for r in records]
        publishing = self.app.publishing
        self.ui.tasks.run(lambda: [publishing.send(i) for i in ids], self._published,
                          self._publish_crashed)

    def _published(self, outcomes: list) -> None:
        for outcome in outcomes:
            self.ui.announcer.announce(outcome.message,
                                       assertive=outcome.state is not PublishState.PUBLISHED)
        self.ui.events.queue_changed.emit()

    def _publish_crashed(self, exc: BaseException) -> None:
        self.show_error(translate("Compose", "Publishing stopped with an error: {error}").format(
            error=exc))
        self.ui.events.queue_changed.emit()

    def schedule(self) -> None:
        try:
            when = self.chosen_instant()
        except TimeInputError as exc:
            self.show_error(str(exc))
            return
        records = self._submit(when)
        if not records:
            return
        self._clear_after_submit()
        self.when_edit.clear()
        self.understood.setText("")
        self._last_when_announcement = ""
        self.ui.announcer.announce(translate("Compose", "Scheduled for {time}.").format(
            time=describe_instant(when, self.zone())))
