"""Draft autosave: the text he is writing is saved at most one second after the first unsaved
keystroke, so a crash or a killed process loses at most that second (and never more than two).
At start a draft left behind is offered back, and a post opened from elsewhere (the queue, or
one that failed) never replaces unfinished text: that text is kept as a draft of its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ...domain.i18n import translate
from ...domain.model import Draft, Media, PublishState
from ...domain.timezones import format_local
from ...services.drafts import StoreError

if TYPE_CHECKING:
    from ..pages.compose import ComposePage

AUTOSAVE_DELAY_MS = 1000
OFFER_ACTIONS = ("compose.restore_draft", "compose.discard_draft")


class DraftKeeper:
    def __init__(self, page: ComposePage):
        self.page = page
        self.ui = page.ui
        self.drafts = page.app.drafts
        self.draft_id: int | None = None
        self._offered: Draft | None = None
        self.timer = QTimer(page)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save)

    def text_changed(self) -> None:
        # Not restarted on every key: continuous typing is still saved once a second.
        if not self.timer.isActive():
            self.timer.start(AUTOSAVE_DELAY_MS)

    def current(self) -> Draft:
        """What is in the composer now, as a draft."""
        page = self.page
        return Draft(id=self.draft_id, body=page.editor.toPlainText(),
                     account_ids=page.selected_account_ids(), extra={
                         "variants": {str(aid): row.own_text() for aid, row in page.rows.items()
                                      if row.own_text() is not None},
                         "threads": [aid for aid, row in page.rows.items()
                                     if row.thread.isChecked()],
                         "media": [{"path": m.path, "sha256": m.sha256,
                                    "mime_type": m.mime_type, "alt_text": m.alt_text}
                                   for m in page.media.media],
                         # A language he chose by hand ("" while it follows the text).
                         "language": "" if page.language.is_automatic()
                         else page.language.chosen()})

    def load(self, draft: Draft) -> None:
        page = self.page
        page.editor.setPlainText(draft.body)
        variants = draft.extra.get("variants", {})
        threads = set(draft.extra.get("threads", []))
        for aid, row in page.rows.items():
            if draft.account_ids:
                row.checkbox.setChecked(aid in draft.account_ids and row.checkbox.isEnabled())
            row.set_own_text(variants.get(str(aid)))
            row.thread.setChecked(aid in threads)
        page.media.set_media([Media(**m) for m in draft.extra.get("media", [])
                              if Path(m["path"]).exists()])
        page.language.set_language(draft.extra.get("language"))
        page.update_rules(announce=False)

    def save(self) -> None:
        draft = self.current()
        if not draft.body and not draft.extra["media"] and self.draft_id is None:
            return
        try:
            self.draft_id = self.drafts.save(draft).id
        except StoreError as exc:
            self.page.show_error(str(exc))

    def forget_saved(self) -> None:
        """The text was submitted: its draft is no longer needed."""
        self.timer.stop()
        if self.draft_id is not None:
            self.drafts.discard(self.draft_id)
        self.draft_id = None

    # -- offering back a draft left behind ------------------------------------------------------

    def offer_unsent(self) -> None:
        """At start: offer back a draft left by a crash; otherwise put the cursor in the text."""
        page = self.page
        draft = self.drafts.latest()
        if draft is None or page.editor.toPlainText():
            page.focus_editor()
            return
        self._offered = draft
        when = format_local(draft.updated_at, page.zone())
        first = draft.body.strip().splitlines()[0][:80] if draft.body.strip() else ""
        page.restore_text.setText(translate(
            "Compose", "A draft from {time} was not published: “{start}”").format(
                time=when, start=first))
        page.restore_box.show()
        for action_id in OFFER_ACTIONS:
            self.ui.actions.actions[action_id].setEnabled(True)
        page.restore_button.setFocus()
        self.ui.announcer.announce(translate(
            "Compose", "An unsent draft from {time} can be restored.").format(time=when))

    def _close_offer(self) -> None:
        self._offered = None
        self.page.restore_box.hide()
        for action_id in OFFER_ACTIONS:
            self.ui.actions.actions[action_id].setEnabled(False)
        self.page.focus_editor()

    def restore(self) -> None:
        draft = self._offered
        if draft is None:
            return
        self.draft_id = draft.id
        self.load(draft)
        self._close_offer()
        self.ui.announcer.announce(translate("Compose", "Draft restored."))

    def discard_offered(self) -> None:
        if self._offered is not None:
            self.drafts.discard(self._offered.id)
        self._close_offer()
        self.ui.announcer.announce(translate("Compose", "Draft discarded."))

    # -- posts coming back into the composer ------------------------------------------------

    def open_text(self, text: str, account_ids: list[int]) -> None:
        """Put a post (from the queue, or one that failed) into the composer. Text already
        here is kept as a separate draft, never thrown away."""
        current = self.current()
        if current.body.strip() and current.body != text:
            current.id = None
            self.drafts.save(current)
            self.ui.announcer.announce(translate(
                "Compose", "Your unfinished text was kept as a draft."))
        self.draft_id = None
        self.load(Draft(body=text, account_ids=list(account_ids)))

    def edit_requested(self, text: str, account_ids: list) -> None:
        self.open_text(text, account_ids)
        self.page.focus_editor()
        self.ui.announcer.announce(translate("Compose", "The post is in the composer."))

    def outcomes_arrived(self, outcomes: list) -> None:
        """A post that failed for good comes back here with its text and the reason."""
        for outcome in outcomes:
            if outcome.state is not PublishState.FAILED or \
                    self.page.editor.toPlainText().strip():
                continue
            draft = self.drafts.from_failed_post(outcome.record_id)
            if draft is None:
                continue
            self.open_text(draft.body, draft.account_ids)
            self.page.show_error(translate(
                "Compose", "{reason} The text is back in the composer: "
                           "fix it and publish again.").format(reason=outcome.message))
