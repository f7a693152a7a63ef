"""Sending: "Publish now" waits out an undo time (Settings, default 10 s) with a visible
countdown, said once, that Escape stops and puts the text back; "Schedule" queues the post for
the chosen time. Both check the text first and review it when asked, then clear the composer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QTimer

from ...domain.errors import UserInputError
from ...domain.i18n import translate
from ...domain.model import Draft, Media
from ...domain.timezones import TimeInputError, describe_instant
from ...services.drafts import StoreError

if TYPE_CHECKING:
    from ..pages.compose import ComposePage


class Pending(NamedTuple):
    """A "Publish now" inside its undo window."""

    record_ids: list[int]
    draft: Draft
    deadline: datetime


class Sender:
    def __init__(self, page: ComposePage):
        self.page = page
        self.ui = page.ui
        self.app = page.app
        self.pending: Pending | None = None
        self.countdown_timer = QTimer(page)
        self.countdown_timer.timeout.connect(self._tick)

    def _submit(self, when: datetime | None, delay: timedelta = timedelta(0)) -> list | None:
        page = self.page
        page.show_error("")
        variants = {aid: row.own_text() for aid, row in page.rows.items()
                    if row.own_text() is not None}
        threads = {aid for aid, row in page.rows.items() if row.thread.isChecked()}
        try:
            return self.app.publishing.submit(
                page.editor.toPlainText(), page.selected_account_ids(), when=when,
                zone=page.zone(), language=page.language.chosen(), delay=delay,
                media=[Media(**vars(m) | {"id": None, "post_id": None})
                       for m in page.media.media],
                variants=variants, threads=threads)
        except (UserInputError, TimeInputError, StoreError) as exc:
            page.show_error(str(exc))
            return None

    def clear_after_submit(self) -> None:
        page = self.page
        page.drafts.forget_saved()
        page.editor.blockSignals(True)
        page.editor.clear()
        page.editor.blockSignals(False)
        page.media.set_media([])
        page.language.set_language(None)
        for row in page.rows.values():
            row.set_own_text(None)
            row.thread.setChecked(False)
        page.update_rules(announce=False)
        self.ui.events.queue_changed.emit()

    def review_only(self) -> None:
        """Open the review now (F4); confirming it publishes after the undo time."""
        entries = self.page.check.entries()
        if entries is not None and self.page.check.reviewed(entries, self.ui.actions.label(
                "compose.publish_now"), always=True):
            self.publish(reviewed=True)

    def publish(self, reviewed: bool) -> None:
        """Publish after the undo window (Settings, default 10 s): Escape stops it."""
        page = self.page
        if not reviewed:
            entries = page.check.entries()
            if entries is None or not page.check.reviewed(entries, self.ui.actions.label(
                    "compose.publish_now")):
                return
        seconds = self.app.settings.get("undo_seconds")
        draft = page.drafts.current()
        names = ", ".join(page.rows[aid].name for aid in draft.account_ids)
        records = self._submit(None, timedelta(seconds=seconds))
        if not records:
            return
        self.pending = Pending([r.id for r in records], draft,
                               datetime.now(UTC) + timedelta(seconds=seconds))
        self.clear_after_submit()
        if seconds:
            page.undo_box.show()
            self._tick()
            self.countdown_timer.start(1000)
            self.ui.actions.actions["compose.cancel_publish"].setEnabled(True)
            # Said once; the visible countdown updates silently every second.
            self.ui.announcer.announce(translate(
                "Compose", "Publishing to {accounts} in {n} seconds. Press Escape to cancel."
            ).format(accounts=names, n=seconds))
        else:
            self.ui.announcer.announce(translate("Compose", "Publishing…"))

    def _tick(self) -> None:
        if self.pending is None:
            return
        left = max(0, round((self.pending.deadline - datetime.now(UTC)).total_seconds()))
        self.page.undo_text.setText(translate(
            "Compose", "Publishing in {n} s. Changed your mind?").format(n=left))
        if left == 0:
            self.countdown_timer.stop()

    def cancel_pending(self) -> None:
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
        self.page.drafts.load(pending.draft)
        self.ui.events.queue_changed.emit()
        self.page.focus_editor()
        self.ui.announcer.announce(translate(
            "Compose", "Publishing cancelled. The text is back in the composer."))

    def _end_pending(self) -> None:
        self.pending = None
        self.countdown_timer.stop()
        self.page.undo_box.hide()
        self.ui.actions.actions["compose.cancel_publish"].setEnabled(False)

    def queue_changed(self) -> None:
        if self.pending is not None and \
                not self.app.composing.still_waiting(self.pending.record_ids):
            self._end_pending()

    def schedule(self) -> None:
        page = self.page
        try:
            when = page.chosen_instant()
        except TimeInputError as exc:
            page.show_error(str(exc))
            return
        entries = page.check.entries()
        label = translate("Compose", "Schedule for {time}").format(
            time=describe_instant(when, page.zone()))
        if entries is None or not page.check.reviewed(entries, label):
            return
        if not self._submit(when):
            return
        self.clear_after_submit()
        page.when.clear()
        self.ui.announcer.announce(translate("Compose", "Scheduled for {time}.").format(
            time=describe_instant(when, page.zone())))
