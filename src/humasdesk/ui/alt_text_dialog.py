"""The dialog that asks what an attached image shows (its alt text)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ..domain.i18n import translate
from .widgets import hint, labelled, ok_cancel_buttons, scrolling_part, text_area


class AltTextDialog(QDialog):
    def __init__(self, image_name: str, current: str, parent: QWidget | None = None):
        super().__init__(parent)
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
        outer.addWidget(ok_cancel_buttons(self.accept, self.reject))
        self.text.setFocus()

    def description(self) -> str:
        return self.text.toPlainText().strip()
