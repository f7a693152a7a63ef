"""The check before a post leaves: everything a platform would refuse (a text too long for an
account that offers no thread) is said now, images without a description are questioned, and
the review dialog shows and reads the final text for each account when he asks for it or has
chosen to always review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.i18n import translate

if TYPE_CHECKING:
    from ..pages.compose import ComposePage


class SendCheck:
    def __init__(self, page: ComposePage):
        self.page = page
        self.composing = page.app.composing

    def entries(self) -> list | None:
        """What each checked account will get, for the review; None when something must
        change first (and then what is said why)."""
        from ..review import ReviewEntry

        page = self.page
        entries, problems = [], []
        for aid in page.selected_account_ids():
            row = page.rows[aid]
            text = page.counts.text_for(row)
            measurement = self.composing.measure(text, row.account)
            parts = [text]
            if not measurement.valid and row.thread.isChecked() and text.strip():
                parts = self.composing.thread_parts(text, row.account)
            if not measurement.valid and len(parts) == 1:
                problems.append(translate("Compose", "{account}: {problem}").format(
                    account=row.name, problem=row.status.text()))
            entries.append(ReviewEntry(row.name, parts, row.status.text(),
                                       [m.alt_text for m in page.media.media]))
        if problems:
            page.show_error(" ".join(problems) + " " + translate(
                "Compose", "Shorten the text, write a separate text for that account, or "
                "choose a thread where it is offered."))
            return None
        undescribed = len(page.media.undescribed())  # a plain name, so lupdate finds the call
        if undescribed and page.selected_account_ids():
            from PySide6.QtWidgets import QMessageBox  # not at start-up (its enums)

            answer = QMessageBox.question(
                page, translate("Compose", "Images without a description"), translate(
                    "Compose", "%n image(s) have no description, so people who cannot see "
                    "them will miss them. Publish without a description?", None, undescribed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                page.media.list.setCurrentRow(page.media.undescribed()[0])
                page.media.list.setFocus()
                return None
        return entries

    def reviewed(self, entries: list, confirm_label: str, always: bool = False) -> bool:
        """True when he confirmed the review, or when no review was asked for."""
        page = self.page
        if not (always or page.app.settings.get("always_review")) or not entries:
            return True
        from ..review import ReviewDialog

        dialog = ReviewDialog(entries, confirm_label, page.speech.read_aloud, page)
        accepted = dialog.exec() == ReviewDialog.DialogCode.Accepted
        page.speech.stop_reading()
        return accepted
