"""The dialog that asks what an attached image shows (its alt text).

Describe image: when the picture has words printed on it (a poster, a screenshot), a
description is proposed from them (offline text recognition, off the GUI thread), said and
read aloud; he keeps it (Enter), edits it, or dictates over it (it is selected, so what he
types or dictates replaces it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ..domain.i18n import translate
from .widgets import FlowLayout, hint, labelled, ok_cancel_buttons, scrolling_part, text_area

if TYPE_CHECKING:
    from .context import UiContext


class AltTextDialog(QDialog):
    def __init__(self, image_name: str, current: str, parent: QWidget | None = None, *,
                 path: Path | None = None, ui: UiContext | None = None, voice=None):
        """``path`` and ``ui``: offer a description from the words in the picture. ``voice``:
        the composer's dictation (``dictate_into(editor)``, ``read_aloud(text)``), if any."""
        super().__init__(parent)
        self.path, self.ui, self.voice = path, ui, voice
        self.proposal = ""
        self._open = True
        self.setWindowTitle(translate("Compose", "Describe the image"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 520)
        outer = QVBoxLayout(self)
        # The text scrolls above the buttons when a large text size makes it taller.
        layout = scrolling_part(outer, translate("Compose", "the description"))
        layout.addWidget(hint(translate(
            "Compose", "Say what {name} shows, for people who cannot see it: who, what, "
            "where, and any text in it. One or two sentences are enough.").format(
                name=image_name)))
        self.text = text_area(translate("Compose", "Image description"))
        self.text.setObjectName("media.alt_text")
        self.text.setPlainText(current)
        layout.addWidget(labelled(translate("Compose", "&Description:"), self.text))
        layout.addWidget(self.text)
        self.status = hint("")
        self.status.setObjectName("media.alt_status")
        self.status.hide()
        layout.addWidget(self.status)
        row = FlowLayout()
        self.read_words_button = None
        if path is not None and ui is not None:
            from PySide6.QtWidgets import QPushButton

            self.read_words_button = QPushButton(translate(
                "Compose", "Propose from the &words in the picture"))
            self.read_words_button.setObjectName("media.read_words")
            self.read_words_button.clicked.connect(self.propose_from_words)
            row.addWidget(self.read_words_button)
            if voice is not None:
                self.dictate_button = QPushButton(translate("Compose", "Dic&tate"))
                self.dictate_button.clicked.connect(lambda: voice.dictate_into(self.text))
                self.hear_button = QPushButton(translate("Compose", "&Hear it"))
                self.hear_button.clicked.connect(
                    lambda: voice.read_aloud(self.text.toPlainText()))
                row.addWidget(self.dictate_button)
                row.addWidget(self.hear_button)
        layout.addLayout(row)
        outer.addWidget(ok_cancel_buttons(self.accept, self.reject))
        self.finished.connect(self._closed)
        self.text.setFocus()
        if self.read_words_button is not None and not current.strip():
            self.propose_from_words()  # a new picture: offer what is written on it at once

    def description(self) -> str:
        return self.text.toPlainText().strip()

    # -- the proposal ---------------------------------------------------------------------------

    def propose_from_words(self) -> None:
        from ..services.describing import describe_picture

        path, before = self.path, self.text.toPlainText()
        self.read_words_button.setEnabled(False)
        self._say(translate("Compose", "Reading the words in the picture…"))
        self.ui.tasks.run(lambda: describe_picture(path),
                          lambda reading: self._proposed(reading, before), self._failed)

    def _proposed(self, reading, before: str) -> None:
        if not self._open:
            return
        self.read_words_button.setEnabled(True)
        if not reading.alt_text:
            self._say(translate("Compose", "No printed words were found in the picture. "
                                           "Describe it in your own words."))
            return
        self.proposal = reading.alt_text
        if self.text.toPlainText() == before:  # he has not started writing meanwhile
            self.text.setPlainText(reading.alt_text)
            self.text.selectAll()  # typing or dictating replaces it; Enter keeps it
        self._say(translate("Compose", "Proposed description: {text} Enter keeps it; type or "
                                       "dictate to replace it.").format(text=reading.alt_text))
        if self.voice is not None:
            self.voice.read_aloud(reading.alt_text)

    def _failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self.read_words_button.setEnabled(True)
        message = getattr(error, "message", None) or translate(
            "Compose", "The words in the picture could not be read.")
        self._say(message)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.ui.announcer.announce(message)

    def _closed(self, _result: int) -> None:
        self._open = False
        if self.voice is not None:
            self.voice.release(self.text)
