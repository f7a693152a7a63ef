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
        if page.media.media and page.selected_account_ids() and not self.pictures_ready():
            return None
        return entries

    def pictures_ready(self) -> bool:
        """Before a photo with faces first goes out: can patients be recognised? Then, for a
        platform with a shape limit (Instagram): pad or crop. False when he went back."""
        from ...domain.errors import UserInputError
        from ..picture_dialogs import BLUR, AspectDialog, FaceDialog

        page = self.page
        media = page.app.media
        announce = page.ui.announcer.announce
        items = list(page.media.media)
        # Face detection (again, for a question left open in an earlier session) and blurring
        # take a second or more on a large photo: done in the pool, said when it takes long.
        try:
            checks = page.ui.tasks.wait_for(
                lambda: media.faces_to_ask_about(items),
                lambda: announce(translate("Faces", "Checking the pictures for faces…")))
        except UserInputError as exc:
            page.show_error(str(exc))
            return False
        for check in checks:
            dialog = FaceDialog(check, check.index + 1, announce, page)
            if dialog.exec() != FaceDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen() if dialog.decision == BLUR else []
            if chosen:
                try:
                    blurred = page.ui.tasks.wait_for(
                        lambda item=check.media, faces=chosen: media.blur(item, faces),
                        lambda n=check.index + 1: announce(translate(
                            "Faces", "Blurring the faces in image {n}…").format(n=n)))
                except UserInputError as exc:
                    page.show_error(str(exc))
                    return False
                page.media.replace(check.index, blurred)
                count = len(chosen)
                announce(translate("Faces", "%n face(s) blurred in image {n}; the blurred copy "
                                            "is what goes out.", None, count).format(
                    n=check.index + 1))
            else:
                media.keep_faces(check.media)
                announce(translate("Faces", "The faces in image {n} stay as they are.").format(
                    n=check.index + 1))
        for aid in page.selected_account_ids():
            account = page.rows[aid].account
            for index, item in enumerate(page.media.media):
                shape = media.shape_question(item, account)
                if shape is None:
                    continue
                dialog = AspectDialog(index + 1, page.rows[aid].name, shape.size,
                                      shape.limits, page)
                r = dialog.exec()
                if r != AspectDialog.DialogCode.Accepted:
                    return False
                media.set_aspect(item, dialog.mode, dialog.pad_colour())
        self.describe_copies()
        return True

    def describe_copies(self) -> None:
        """Make each account's copy of the pictures now, in the background (publishing then
        finds them made), and say what each account gets; a picture that cannot be fitted is
        said at once, before the post goes."""
        page = self.page
        media, items = page.app.media, list(page.media.media)
        accounts = [page.rows[aid].account for aid in page.selected_account_ids()]
        announce = page.ui.announcer.announce

        def said(descriptions: list[list[str]]) -> None:
            announce(" ".join(
                translate("Compose", "Image {n}: {description}").format(
                    n=number, description=" ".join(lines))
                for number, lines in enumerate(descriptions, start=1)))

        page.ui.tasks.run(lambda: media.prepare(items, accounts), said,
                          lambda error: announce(str(error), assertive=True))

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
