"""Review before publishing: the final text for each account, large and high-contrast, with
Read aloud; one key (Enter) confirms, Escape goes back to editing (WCAG 3.3.6)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from .widgets import heading, hint, name_scroll_bars


@dataclass
class ReviewEntry:
    account: str
    parts: list[str]  # one part, or the numbered parts of a thread
    note: str  # the rules' verdict in words
    images: list[str]  # their descriptions


class ReviewDialog(QDialog):
    def __init__(self, entries: list[ReviewEntry], confirm_label: str, read_aloud,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.read_aloud = read_aloud
        self.setWindowTitle(translate("Review", "Check before it goes out"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 760)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(translate("Review", "Check before it goes out")))
        outer.addWidget(hint(translate(
            "Review", "Tab moves through each account's text. Enter confirms; Escape goes back "
            "to editing.")))
        area = QScrollArea()
        area.setWidgetResizable(True)
        name_scroll_bars(area, translate("Review", "the review"))
        body = QWidget()
        area.setWidget(body)
        column = QVBoxLayout(body)
        self.texts: list[QPlainTextEdit] = []
        for entry in entries:
            column.addWidget(self._entry_box(entry))
        outer.addWidget(area, 1)
        buttons = QHBoxLayout()
        self.confirm = QPushButton(confirm_label)
        self.confirm.setObjectName("review.confirm")
        self.confirm.setDefault(True)
        self.back = QPushButton(translate("Review", "Back to editing"))
        self.back.setObjectName("review.back")
        buttons.addWidget(self.confirm, 2)
        buttons.addWidget(self.back, 1)
        outer.addLayout(buttons)
        self.confirm.clicked.connect(self.accept)
        self.back.clicked.connect(self.reject)
        (self.texts[0] if self.texts else self.confirm).setFocus()

    def _entry_box(self, entry: ReviewEntry) -> QGroupBox:
        title = translate("Review", "To {account}").format(account=entry.account)
        if len(entry.parts) > 1:
            title += " · " + translate("Review", "a thread of {n} parts").format(
                n=len(entry.parts))
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        full = "\n\n".join(entry.parts)
        text = QPlainTextEdit(full)
        text.setReadOnly(True)
        text.setTabChangesFocus(True)
        text.setAccessibleName(title)
        font = QFont(text.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)  # bigger than the editor: the last look
        text.setFont(font)
        text.setMinimumHeight(160)
        name_scroll_bars(text, title)
        layout.addWidget(text)
        self.texts.append(text)
        note = entry.note
        if entry.images:
            note += " " + translate("Review", "Images: {descriptions}").format(
                descriptions="; ".join(entry.images))
        layout.addWidget(hint(note))
        read = QPushButton(translate("Review", "Read aloud the text for {account}").format(
            account=entry.account))
        read.clicked.connect(lambda _=False, t=full: self.read_aloud(t))
        layout.addWidget(read)
        return box
