"""Compose (Tulis): write the post once, check it for every account as you type, adjust it per
account, attach described images, dictate and hear it, then publish now or schedule.

The draft is saved at most one second after the first unsaved keystroke, so a crash or a
killed process loses at most that second (and never more than two).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.model import Draft, Media, PublishState
from ...domain.timezones import TimeInputError, describe_instant, format_local
from ...store import StoreError
from ..context import UiContext
from ..media_panel import MediaPanel
from ..target_row import THRESHOLDS, TargetRow, band
from ..widgets import (
    FlowLayout,
    Page,
    follow_focus,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    refresh_style,
    text_area,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from ..when_field import WhenField

AUTOSAVE_DELAY_MS = 1000


class _Pending(NamedTuple):
    """A "Publish now" inside its undo window."""

    record_ids: list[int]
    draft: Draft
    deadline: datetime


class ComposePage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.app = ui.app
        self.draft_id: int | None = None
        self._offered_draft: Draft | None = None
        self.pending: _Pending | None = None
        self._speech = None
        self.setWidgetResizable(True)  # no frame: the theme's QScrollArea rule
        name_scroll_bars(self, translate("Compose", "the composer"))
        body = QWidget()
        self.setWidget(body)
        follow_focus(self)
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("Compose", "Write a post")))

        self.restore_box = QGroupBox(translate("Compose", "Unsent draft"))
        restore_layout = QVBoxLayout(self.restore_box)
        self.restore_text = hint("")
        restore_layout.addWidget(self.restore_text)
        restore_buttons = FlowLayout()
        self.restore_button = ui.actions.button("compose.restore_draft")
        self.discard_button = ui.actions.button("compose.discard_draft")
        restore_buttons.addWidget(self.restore_button)
        restore_buttons.addWidget(self.discard_button)
        restore_layout.addLayout(restore_buttons)
        self.restore_box.hide()
        layout.addWidget(self.restore_box)

        self.editor = text_area(translate("Compose", "Post text"))
        self.editor.setObjectName("compose.text")
        self.editor.setMinimumHeight(180)
        name_scroll_bars(self.editor, translate("Compose", "the post text"))
        layout.addWidget(labelled(translate("Compose", "&Post text ({keys}):").format(
            keys=ui.actions.shortcut_text("compose.focus_text")), self.editor, translate(
                "Compose", "Write the post here. Tab moves on to the accounts.")))
        layout.addWidget(self.editor)

        speech_row = FlowLayout()
        self.dictate_button = ui.actions.button("compose.dictate")
        self.read_button = ui.actions.button("compose.read_aloud")
        speech_row.addWidget(self.dictate_button)
        speech_row.addWidget(self.read_button)
        layout.addLayout(speech_row)
        self.dictation_box = QGroupBox(translate("Compose", "Dictation"))
        dictation_layout = QVBoxLayout(self.dictation_box)
        self.dictation_state = heading("")
        self.dictation_state.setObjectName("compose.dictation_state")
        dictation_layout.addWidget(self.dictation_state)
        self.level = QProgressBar()
        self.level.setObjectName("compose.level")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setAccessibleName(translate("Compose", "Microphone level"))
        dictation_layout.addWidget(self.level)
        self.dictation_box.hide()
        layout.addWidget(self.dictation_box)

        self.media = MediaPanel(ui)
        layout.addWidget(self.media)

        self.accounts_box = QGroupBox(translate("Compose", "Publish to these accounts"))
        self.accounts_layout = QVBoxLayout(self.accounts_box)
        self.rows: dict[int, TargetRow] = {}
        self.accounts_loading = hint(translate("Compose", "Loading the accounts…"))
        self.accounts_layout.addWidget(self.accounts_loading)
        layout.addWidget(self.accounts_box)

        self.error = hint("", role="error")
        self.error.setObjectName("compose.error")
        self.error.hide()
        layout.addWidget(self.error)

        actions_row = FlowLayout()
        self.publish_button = ui.actions.button("compose.publish_now")
        self.review_button = ui.actions.button("compose.review")
        actions_row.addWidget(self.publish_button)
        actions_row.addWidget(self.review_button)
        layout.addLayout(actions_row)

        self.undo_box = QGroupBox(translate("Compose", "About to publish"))
        undo_layout = QVBoxLayout(self.undo_box)
        self.undo_text = hint("")
        undo_layout.addWidget(self.undo_text)
        self.cancel_publish_button = ui.actions.button("compose.cancel_publish")
        undo_layout.addWidget(self.cancel_publish_button)
        self.undo_box.hide()
        layout.addWidget(self.undo_box)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.timeout.connect(self._tick_countdown)

        # The scheduling box sits below the accounts, out of the first view; finish_setup()
        # builds it after the first paint, together with the accounts.
        self._layout = layout
        self.when: WhenField | None = None
        self.schedule_button: QPushButton | None = None
        layout.addStretch()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._text_changed)
        self.media.changed.connect(self._text_changed)
        self.media.list_built.connect(self._fix_tab_order)
        for action_id, handler in (
                ("compose.publish_now", self.publish_now),
                ("compose.review", self.review_only),
                ("compose.cancel_publish", self.cancel_pending_publish),
                ("compose.focus_text", self.focus_editor),
                ("compose.restore_draft", self.restore_draft),
                ("compose.discard_draft", self.discard_offered_draft),
                ("compose.dictate", self.toggle_dictation),
                ("compose.read_aloud", self.read_aloud)):
            ui.actions.bind(action_id, handler)
        for action_id in ("compose.cancel_publish", "compose.restore_draft",
                          "compose.discard_draft", "compose.schedule"):
            ui.actions.actions[action_id].setEnabled(False)
        ui.announcer.listeners.append(self._speak_if_self_voicing)
        ui.events.accounts_changed.connect(self.reload_accounts)
        ui.events.settings_changed.connect(self._setting_changed)
        ui.events.queue_changed.connect(self._queue_changed)
        ui.events.edit_requested.connect(self._edit_requested)
        ui.events.published.connect(self._outcomes_arrived)
        self._fix_tab_order()

    def accounts_ready(self) -> None:
        """The platform layer is loaded (main_window.warm_up): show the accounts."""
        if self.accounts_loading is not None:
            self.accounts_layout.removeWidget(self.accounts_loading)
            self.accounts_loading.deleteLater()
            self.accounts_loading = None
        self.reload_accounts()

    @property
    def speech(self):
        """Dictation and read-back, built on first use (never on the start-up path)."""
        if self._speech is None:
            from ..speech_bridge import SpeechBridge

            self._speech = SpeechBridge(self.app, self)
            self._speech.result.connect(self._phrase_recognised)
            self._speech.error.connect(self._speech_failed)
            self._speech.state.connect(self._dictation_state)
            self._speech.level.connect(lambda value: self.level.setValue(round(value * 100)))
            self._speech.notice.connect(self.ui.announcer.announce)
        return self._speech

    def _speak_if_self_voicing(self, text: str, _assertive: bool) -> None:
        if self.app.settings.get("self_voicing"):
            self.speech.speak_announcement(text)

    def finish_setup(self) -> None:
        """After the first paint: the scheduling box, and the scroll area itself no longer
        takes Tab focus (a screen reader would land on an unnamed "filler"); its contents
        scroll to the focused control."""
        from PySide6.QtCore import Qt

        from ..when_field import WhenField

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        schedule_box = QGroupBox(translate("Compose", "Or schedule it"))
        schedule_layout = QVBoxLayout(schedule_box)
        self.when = WhenField(self.zone(), self.ui.announcer, "compose")
        schedule_layout.addWidget(self.when)
        self.schedule_button = self.ui.actions.button("compose.schedule")
        schedule_layout.addWidget(self.schedule_button)
        self._layout.insertWidget(self._layout.count() - 1, schedule_box)  # above the stretch
        self.ui.actions.bind("compose.schedule", self.schedule)
        self.ui.actions.actions["compose.schedule"].setEnabled(True)
        self._fix_tab_order()

    # -- accounts ---------------------------------------------------------------------------

    @property
    def account_boxes(self):
        return {aid: row.checkbox for aid, row in self.rows.items()}

    def reload_accounts(self) -> None:
        if self.accounts_loading is not None:
            return  # accounts_ready() will build the rows
        previous = {aid: (row.is_checked(), row.own_text(), row.thread.isChecked())
                    for aid, row in self.rows.items()}
        for row in self.rows.values():
            self.accounts_layout.removeWidget(row)
            row.deleteLater()
        self.rows.clear()
        accounts = self.app.store.accounts.list()
        for account in accounts:
            spec = self.app.registry.spec(account.platform)
            row = TargetRow(account, spec.display_name(), spec.capabilities.threads,
                            self.accounts_box)
            row.main_text = self.editor.toPlainText
            checked, own, thread = previous.get(account.id, (len(accounts) == 1, None, False))
            row.checkbox.setChecked(checked and row.checkbox.isEnabled())
            row.set_own_text(own)
            row.thread.setChecked(thread)
            row.changed.connect(self._text_changed)
            self.accounts_layout.addWidget(row)
            self.rows[account.id] = row
        self._fix_tab_order()
        self.update_rules(announce=False)

    def _fix_tab_order(self) -> None:
        """Tab follows what the eye sees, also for rows added after the page was built."""
        chain = [self.restore_button, self.discard_button, self.editor, self.dictate_button,
                 self.read_button, *self.media.focus_chain(),
                 *(w for row in self.rows.values() for w in row.focus_chain()),
                 self.publish_button, self.review_button, self.cancel_publish_button]
        if self.when is not None:
            chain += [*self.when.focus_chain(), self.schedule_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def selected_account_ids(self) -> list[int]:
        return [aid for aid, row in self.rows.items() if row.is_checked()]

    def zone(self) -> str:
        return self.app.settings.get("zone")

    def _setting_changed(self, key: str) -> None:
        if key == "zone" and self.when is not None:
            self.when.set_zone(self.zone())
        elif (key.startswith("speech_") or key == "self_voicing") and self._speech is not None:
            self._speech.settings_changed()

    def chosen_instant(self) -> datetime:
        """The instant in the When field: exactly what is shown under it."""
        return self.when.instant()

    # -- the rules, live ----------------------------------------------------------------------

    def text_for(self, row: TargetRow) -> str:
        own = row.own_text()
        return own if own is not None else self.editor.toPlainText()

    def update_rules(self, announce: bool = True) -> None:
        """Recount for every checked account; say it when a count crosses 20, 10 or 0 left."""
        from ...publishing.rules import measure_for, thread_parts

        for row in self.rows.values():
            if not row.is_checked():
                row.last_band = 0
                continue
            text = self.text_for(row)
            measurement = measure_for(text, row.account, self.app.registry)
            parts = 1
            if row.thread.isChecked() and not measurement.valid and text.strip():
                parts = len(thread_parts(text, row.account, self.app.registry))
            row.show_measurement(measurement, parts)
            new_band = band(measurement.remaining) if parts == 1 else 0
            if announce and new_band > row.last_band:
                self._announce_count(row, measurement.remaining)
            row.last_band = new_band

    def _announce_count(self, row: TargetRow, remaining: int) -> None:
        if remaining < 0:
            self.ui.sounds.play("limit")
            message = translate("Compose", "{account}: {n} over the limit.").format(
                account=row.account.name, n=-remaining)
        else:
            message = translate("Compose", "{account}: {n} left.").format(
                account=row.account.name, n=remaining)
        self.ui.announcer.announce(message)

    # -- drafts -------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self.update_rules()
        # Not restarted on every key: continuous typing is still saved once a second.
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(AUTOSAVE_DELAY_MS)

    def current_draft(self) -> Draft:
        return Draft(id=self.draft_id, body=self.editor.toPlainText(),
                     account_ids=self.selected_account_ids(), extra={
                         "variants": {str(aid): row.own_text() for aid, row in self.rows.items()
                                      if row.own_text() is not None},
                         "threads": [aid for aid, row in self.rows.items()
                                     if row.thread.isChecked()],
                         "media": [{"path": m.path, "sha256": m.sha256,
                                    "mime_type": m.mime_type, "alt_text": m.alt_text}
                                   for m in self.media.media]})

    def load_draft(self, draft: Draft) -> None:
        self.editor.setPlainText(draft.body)
        variants = draft.extra.get("variants", {})
        threads = set(draft.extra.get("threads", []))
        for aid, row in self.rows.items():
            if draft.account_ids:
                row.checkbox.setChecked(aid in draft.account_ids and row.checkbox.isEnabled())
            row.set_own_text(variants.get(str(aid)))
            row.thread.setChecked(aid in threads)
        self.media.set_media([Media(**m) for m in draft.extra.get("media", [])
                              if Path(m["path"]).exists()])
        self.update_rules(announce=False)

    def save_draft(self) -> None:
        draft = self.current_draft()
        if not draft.body and not draft.extra["media"] and self.draft_id is None:
            return
        try:
            self.draft_id = self.app.store.drafts.save(draft).id
        except StoreError as exc:
            self.show_error(str(exc))

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
        for action_id in ("compose.restore_draft", "compose.discard_draft"):
            self.ui.actions.actions[action_id].setEnabled(True)
        self.restore_button.setFocus()
        self.ui.announcer.announce(translate(
            "Compose", "An unsent draft from {time} can be restored.").format(time=when))

    def _close_offer(self) -> None:
        self._offered_draft = None
        self.restore_box.hide()
        for action_id in ("compose.restore_draft", "compose.discard_draft"):
            self.ui.actions.actions[action_id].setEnabled(False)
        self.focus_editor()

    def restore_draft(self) -> None:
        draft = self._offered_draft
        if draft is None:
            return
        self.draft_id = draft.id
        self.load_draft(draft)
        self._close_offer()
        self.ui.announcer.announce(translate("Compose", "Draft restored."))

    def discard_offered_draft(self) -> None:
        if self._offered_draft is not None:
            self.app.store.drafts.delete(self._offered_draft.id)
        self._close_offer()
        self.ui.announcer.announce(translate("Compose", "Draft discarded."))

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def open_text(self, text: str, account_ids: list[int]) -> None:
        """Put a post (from the queue, or one that failed) into the composer. Text already
        here is kept as a separate draft, never thrown away."""
        current = self.current_draft()
        if current.body.strip() and current.body != text:
            current.id = None
            self.app.store.drafts.save(current)
            self.ui.announcer.announce(translate(
                "Compose", "Your unfinished text was kept as a draft."))
        self.draft_id = None
        self.load_draft(Draft(body=text, account_ids=list(account_ids)))

    def _edit_requested(self, text: str, account_ids: list) -> None:
        self.open_text(text, account_ids)
        self.focus_editor()
        self.ui.announcer.announce(translate("Compose", "The post is in the composer."))

    def _outcomes_arrived(self, outcomes: list) -> None:
        """A post that failed for good comes back here with its text and the reason."""
        for outcome in outcomes:
            if outcome.state is not PublishState.FAILED or self.editor.toPlainText().strip():
                continue
            item = self.app.store.queue.item(outcome.record_id)
            self.open_text(item.text, [item.account_id])
            self.show_error(translate("Compose", "{reason} The text is back in the composer: "
                                                 "fix it and publish again.").format(
                reason=outcome.message))

    # -- speech -------------------------------------------------------------------------------

    def _speech_target(self) -> QPlainTextEdit:
        """Dictation goes into the text area he is in: the main text or an account's own."""
        focused = self.focusWidget()
        return focused if isinstance(focused, QPlainTextEdit) and not focused.isReadOnly() \
            else self.editor

    def toggle_dictation(self) -> None:
        self._dictation_editor = self._speech_target()
        self.speech.toggle_dictation()

    def _dictation_state(self, state: str) -> None:
        texts = {
            "starting": translate("Compose", "Getting ready to listen…"),
            "listening": translate("Compose", "Listening. Speak now; {keys} stops.").format(
                keys=self.ui.actions.shortcut_text("compose.dictate")),
            "hearing": translate("Compose", "Hearing you…"),
            "recognizing": translate("Compose", "Writing down what you said…"),
        }
        if state == "idle":
            self.dictation_box.hide()
            self.level.setValue(0)
            self.ui.sounds.play("listening_stopped")
            return
        self.dictation_box.show()
        self.dictation_state.setText(texts.get(state, ""))
        if state == "listening":
            self.ui.sounds.play("listening_started")
            self.ui.announcer.announce(texts["listening"])

    def _phrase_recognised(self, result) -> None:
        editor = getattr(self, "_dictation_editor", None) or self.editor
        change = self.speech.apply_phrase(editor, result.text)
        for notice in change.notices:
            self.ui.announcer.announce(notice)
        if "read_back" in change.actions:
            self.speech.read_aloud(editor.toPlainText())
        elif change.changes_text:
            self.ui.announcer.announce(translate("Compose", "Written: {text}").format(
                text=change.replacement.strip()))

    def _speech_failed(self, message: str) -> None:
        self.dictation_box.hide()
        self.show_error(message)  # the text itself is never touched by a failure

    def read_aloud(self) -> None:
        target = self._speech_target()
        cursor = target.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() else \
            target.toPlainText()
        self.speech.read_aloud(text)

    # -- publishing ---------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        refresh_style(self.error)
        if message:
            self.ui.announcer.announce(message, assertive=True)

    def _check_before_sending(self) -> list | None:
        """Everything a platform would refuse, said now; None when something must change."""
        from ...publishing.rules import measure_for, thread_parts
        from ..review import ReviewEntry

        entries, problems = [], []
        for aid in self.selected_account_ids():
            row = self.rows[aid]
            text = self.text_for(row)
            measurement = measure_for(text, row.account, self.app.registry)
            parts = [text]
            if not measurement.valid and row.thread.isChecked() and text.strip():
                parts = thread_parts(text, row.account, self.app.registry)
            if not measurement.valid and len(parts) == 1:
                problems.append(translate("Compose", "{account}: {problem}").format(
                    account=row.name, problem=row.status.text()))
            entries.append(ReviewEntry(row.name, parts, row.status.text(),
                                       [m.alt_text for m in self.media.media]))
        if problems:
            self.show_error(" ".join(problems) + " " + translate(
                "Compose", "Shorten the text, write a separate text for that account, or "
                "choose a thread where it is offered."))
            return None
        undescribed = len(self.media.undescribed())  # a plain name, so lupdate finds the call
        if undescribed and self.selected_account_ids():
            from PySide6.QtWidgets import QMessageBox  # not at start-up (its enums)

            answer = QMessageBox.question(
                self, translate("Compose", "Images without a description"), translate(
                    "Compose", "%n image(s) have no description, so people who cannot see "
                    "them will miss them. Publish without a description?", None, undescribed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.media.list.setCurrentRow(self.media.undescribed()[0])
                self.media.list.setFocus()
                return None
        return entries

    def _reviewed(self, entries: list, confirm_label: str, always: bool = False) -> bool:
        if not (always or self.app.settings.get("always_review")) or not entries:
            return True
        from ..review import ReviewDialog

        dialog = ReviewDialog(entries, confirm_label, self.speech.read_aloud, self)
        accepted = dialog.exec() == ReviewDialog.DialogCode.Accepted
        self.speech.stop_reading()
        return accepted

    def review_only(self) -> None:
        """Open the review now (F4); confirming it publishes after the undo time."""
        entries = self._check_before_sending()
        if entries is not None and self._reviewed(entries, self.ui.actions.label(
                "compose.publish_now"), always=True):
            self._publish(reviewed=True)

    def _submit(self, when: datetime | None, delay: timedelta = timedelta(0)) -> list | None:
        self.show_error("")
        variants = {aid: row.own_text() for aid, row in self.rows.items()
                    if row.own_text() is not None}
        threads = {aid for aid, row in self.rows.items() if row.thread.isChecked()}
        try:
            return self.app.publishing.submit(
                self.editor.toPlainText(), self.selected_account_ids(), when=when,
                zone=self.zone(), language=self.app.language, delay=delay,
                media=[Media(**vars(m) | {"id": None, "post_id": None})
                       for m in self.media.media],
                variants=variants, threads=threads)
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
        self.media.set_media([])
        for row in self.rows.values():
            row.set_own_text(None)
            row.thread.setChecked(False)
        self.update_rules(announce=False)
        self.ui.events.queue_changed.emit()

    def publish_now(self) -> None:
        self._publish(reviewed=False)

    def _publish(self, reviewed: bool) -> None:
        """Publish after the undo window (Settings, default 10 s): Escape stops it."""
        if not reviewed:
            entries = self._check_before_sending()
            if entries is None or not self._reviewed(entries, self.ui.actions.label(
                    "compose.publish_now")):
                return
        seconds = self.app.settings.get("undo_seconds")
        draft = self.current_draft()
        names = ", ".join(self.rows[aid].name for aid in draft.account_ids)
        records = self._submit(None, timedelta(seconds=seconds))
        if not records:
            return
        self.pending = _Pending([r.id for r in records], draft,
                                datetime.now(UTC) + timedelta(seconds=seconds))
        self._clear_after_submit()
        if seconds:
            self.undo_box.show()
            self._tick_countdown()
            self.countdown_timer.start(1000)
            self.ui.actions.actions["compose.cancel_publish"].setEnabled(True)
            # Said once; the visible countdown updates silently every second.
            self.ui.announcer.announce(translate(
                "Compose", "Publishing to {accounts} in {n} seconds. Press Escape to cancel."
            ).format(accounts=names, n=seconds))
        else:
            self.ui.announcer.announce(translate("Compose", "Publishing…"))

    def _tick_countdown(self) -> None:
        if self.pending is None:
            return
        left = max(0, round((self.pending.deadline - datetime.now(UTC)).total_seconds()))
        self.undo_text.setText(translate(
            "Compose", "Publishing in {n} s. Changed your mind?").format(n=left))
        if left == 0:
            self.countdown_timer.stop()

    def cancel_pending_publish(self) -> None:
        pending = self.pending
        if pending is None:
            return
        stopped = []
        for record_id in pending.record_ids:
            try:
                self.app.publishing.cancel(record_id)
                stopped.append(record_id)
            except UserInputError:
                pass  # already on its way
        self._end_pending()
        if not stopped:
            self.ui.announcer.announce(translate(
                "Compose", "Too late to cancel: the post was already sent."), assertive=True)
            return
        pending.draft.id = None
        self.load_draft(pending.draft)
        self.ui.events.queue_changed.emit()
        self.focus_editor()
        self.ui.announcer.announce(translate(
            "Compose", "Publishing cancelled. The text is back in the composer."))

    def _end_pending(self) -> None:
        self.pending = None
        self.countdown_timer.stop()
        self.undo_box.hide()
        self.ui.actions.actions["compose.cancel_publish"].setEnabled(False)

    def _queue_changed(self) -> None:
        if self.pending is None:
            return
        states = {self.app.store.records.get(i).state for i in self.pending.record_ids}
        if PublishState.SCHEDULED not in states:
            self._end_pending()

    def schedule(self) -> None:
        try:
            when = self.chosen_instant()
        except TimeInputError as exc:
            self.show_error(str(exc))
            return
        entries = self._check_before_sending()
        label = translate("Compose", "Schedule for {time}").format(
            time=describe_instant(when, self.zone()))
        if entries is None or not self._reviewed(entries, label):
            return
        if not self._submit(when):
            return
        self._clear_after_submit()
        self.when.clear()
        self.ui.announcer.announce(translate("Compose", "Scheduled for {time}.").format(
            time=describe_instant(when, self.zone())))


__all__ = ["ComposePage", "THRESHOLDS"]
