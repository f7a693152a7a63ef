"""Two questions about a picture before its first publish, answered by keys alone:

- Faces: can patients be recognised? Blur every face (Enter), or go through them with the
  arrow keys ("Face 2 of 3, left side") and Space to keep one; K keeps them all as they are.
- Instagram's shape (4:5 to 1.91:1): pad with a colour he picks (P) or crop to the centre (C);
  what each does to this picture is said in words before he chooses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from .choice_box import ChoiceBox
from .widgets import heading, hint, labelled, name_scroll_bars

BLUR = "blur"
KEEP = "keep"


class FaceDialog(QDialog):
    def __init__(self, check, number: int, announce: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check
        self.announce = announce
        self.decision = ""
        count = len(check.faces)
        self.setWindowTitle(translate("Faces", "Faces in image {n}").format(n=number))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        self.question = hint(translate(
            "Faces", "%n face(s) found in image {n}: {description} Can patients be "
            "recognised? Checked faces are blurred in every copy that goes out; your own file "
            "stays as it is. Up and Down go through the faces, Space keeps or blurs one.",
            None, count).format(n=number, description=check.media.alt_text or ""))
        layout.addWidget(self.question)
        self.list = QListWidget()
        self.list.setObjectName("faces.list")
        name_scroll_bars(self.list, translate("Faces", "the faces"))
        for index, face in enumerate(check.faces, start=1):
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, (index, count, face.side(check.width)))
            self.list.addItem(item)
            self._label(item)
        layout.addWidget(labelled(translate("Faces", "&Faces:"), self.list))
        layout.addWidget(self.list, 1)
        self.list.itemChanged.connect(self._changed)
        self.list.currentRowChanged.connect(self._say_current)
        row = QHBoxLayout()
        self.blur_button = QPushButton(translate("Faces", "&Blur the checked faces"))
        self.blur_button.setObjectName("faces.blur")
        self.blur_button.setDefault(True)
        self.keep_button = QPushButton(translate("Faces", "&Keep all faces as they are"))
        self.keep_button.setObjectName("faces.keep")
        self.back_button = QPushButton(translate("Faces", "Back to editing"))
        self.back_button.setObjectName("faces.back")
        for button in (self.blur_button, self.keep_button, self.back_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.blur_button.clicked.connect(lambda: self._decide(BLUR))
        self.keep_button.clicked.connect(lambda: self._decide(KEEP))
        self.back_button.clicked.connect(self.reject)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _label(self, item: QListWidgetItem) -> None:
        index, count, side = item.data(Qt.ItemDataRole.UserRole)
        state = translate("Faces", "will be blurred") if \
            item.checkState() == Qt.CheckState.Checked else translate("Faces", "stays as it is")
        text = translate("Faces", "Face {i} of {n}, {side}: {state}").format(
            i=index, n=count, side=side, state=state)
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _changed(self, item: QListWidgetItem) -> None:
        self.list.blockSignals(True)
        self._label(item)
        self.list.blockSignals(False)
        self.announce(item.text())

    def _say_current(self, row: int) -> None:
        if row >= 0:
            self.announce(self.list.item(row).text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter blurs from anywhere in the dialog (the list would otherwise take it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._decide(BLUR)
            return
        if event.key() == Qt.Key.Key_K and not event.modifiers():
            self._decide(KEEP)
            return
        super().keyPressEvent(event)

    def _decide(self, decision: str) -> None:
        self.decision = decision
        self.accept()

    def chosen(self) -> list:
        """The faces to blur (those left checked)."""
        return [face for row, face in enumerate(self.check.faces)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


# Colours offered for the bars; the hospital's own first.
PAD_COLOURS = (
    ("#ffffff", "white"), ("#000000", "black"), ("#0b5394", "hospital blue"),
    ("#38761d", "green"), ("#eeeeee", "light grey"),
)


def colour_name(name: str) -> str:
    names = {"white": translate("Media", "white"), "black": translate("Media", "black"),
             "hospital blue": translate("Media", "hospital blue"),
             "green": translate("Media", "green"), "light grey": translate("Media", "light grey")}
    return names[name]


def shape_words(width: int, height: int, low: float, high: float) -> tuple[str, str]:
    """What padding and cropping do to a picture of this size, in words."""
    ratio = width / height
    wanted = low if ratio < low else high
    if ratio < low:  # too tall
        kept = ratio / wanted
        return (translate("Media", "Pad: the whole picture is kept, with bars of colour on the "
                                   "left and right."),
                translate("Media", "Crop: the middle is kept; the top and bottom are cut off "
                                   "({percent}% of the height).").format(
                    percent=round((1 - kept) * 100)))
    kept = wanted / ratio
    return (translate("Media", "Pad: the whole picture is kept, with bars of colour above and "
                               "below."),
            translate("Media", "Crop: the middle is kept; the left and right sides are cut off "
                               "({percent}% of the width).").format(
                percent=round((1 - kept) * 100)))


def _ratio(value: float) -> str:
    """4:5 for 0.8, 1.91:1 for 1.91: the way platforms write a shape."""
    for width, height in ((4, 5), (1, 1), (16, 9), (9, 16), (3, 4), (4, 3)):
        if abs(value - width / height) < 1e-3:
            return f"{width}:{height}"
    return f"{value:.2f}:1".replace(".00:", ":")


class AspectDialog(QDialog):
    """Pad or crop one picture for a platform with a shape limit (Instagram)."""

    def __init__(self, number: int, platform: str, size: tuple[int, int],
                 limits: tuple[float, float], parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = ""
        self.setWindowTitle(translate("Media", "Image {n} does not fit {platform}'s shape")
                            .format(n=number, platform=platform))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        pad_words, crop_words = shape_words(*size, *limits)
        self.words = hint(translate(
            "Media", "Image {n} is {w} × {h} pixels; {platform} takes pictures from {low} "
            "(tall) to {high} (wide), width to height. {pad} {crop} Press P to pad or C to "
            "crop; Escape goes back.")
            .format(n=number, w=size[0], h=size[1], platform=platform, pad=pad_words,
                    crop=crop_words, low=_ratio(limits[0]), high=_ratio(limits[1])))
        layout.addWidget(self.words)
        self.colour = ChoiceBox()
        self.colour.setObjectName("aspect.colour")
        for value, name in PAD_COLOURS:
            self.colour.addItem(colour_name(name), value)
        layout.addWidget(labelled(translate("Media", "Colour of the &bars:"), self.colour))
        layout.addWidget(self.colour)
        row = QHBoxLayout()
        self.pad_button = QPushButton(translate("Media", "&Pad with the colour"))
        self.pad_button.setObjectName("aspect.pad")
        self.pad_button.setDefault(True)
        self.crop_button = QPushButton(translate("Media", "&Crop to the centre"))
        self.crop_button.setObjectName("aspect.crop")
        back = QPushButton(translate("Media", "Back to editing"))
        for button in (self.pad_button, self.crop_button, back):
            row.addWidget(button)
        layout.addLayout(row)
        self.pad_button.clicked.connect(lambda: self._choose("pad"))
        self.crop_button.clicked.connect(lambda: self._choose("crop"))
        back.clicked.connect(self.reject)
        self.pad_button.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not event.modifiers() and event.key() in (Qt.Key.Key_P, Qt.Key.Key_C):
            self._choose("pad" if event.key() == Qt.Key.Key_P else "crop")
            return
        super().keyPressEvent(event)

    def _choose(self, mode: str) -> None:
        self.mode = mode
        self.accept()

    def pad_colour(self) -> str:
        return self.colour.currentData()
