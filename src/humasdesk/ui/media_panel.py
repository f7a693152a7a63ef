"""Images attached to the post, each with the description (alt text) people who cannot see
it will hear. The description is asked for when the image is attached."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import Media
from .context import UiContext
from .widgets import FlowLayout, labelled, name_scroll_bars, wrap_rows

IMAGE_TYPES = "*.jpg *.jpeg *.png *.gif *.webp *.heic *.heif"


class MediaPanel(QGroupBox):
    changed = Signal()
    list_built = Signal()  # a new control: the page puts it into the Tab order

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(translate("Compose", "Images"), parent)
        self.ui = ui
        self.media: list[Media] = []
        # The composer's dictation and reading aloud, for the description (set by the page).
        self.voice = None
        self._box_layout = QVBoxLayout(self)
        # The list of images is built with the first image: hidden while there are none, it
        # need not cost the first window any time.
        self.list = None
        self.list_label = None
        row = FlowLayout()
        self.attach_button = ui.actions.button("compose.attach_image")
        self.pick_button = ui.actions.button("compose.pick_picture")
        self.describe_button = ui.actions.button("compose.describe_image")
        self.remove_button = ui.actions.button("compose.remove_image")
        for button in (self.attach_button, self.pick_button, self.describe_button,
                       self.remove_button):
            row.addWidget(button)
        self._box_layout.addLayout(row)
        ui.actions.bind("compose.attach_image", self.attach)
        ui.actions.bind("compose.describe_image", self.describe_current)
        ui.actions.bind("compose.pick_picture", self.pick_from_folder)
        ui.actions.bind("compose.remove_image", self.remove_current)
        self.refresh()

    def focus_chain(self) -> list[QWidget]:
        return [*([self.list] if self.list is not None else []),
                self.attach_button, self.pick_button, self.describe_button, self.remove_button]

    def _build_list(self) -> None:
        from PySide6.QtWidgets import QListWidget

        self.list = QListWidget()
        self.list.setObjectName("media.list")
        self.list.setMaximumHeight(220)
        name_scroll_bars(self.list, translate("Compose", "the images"))
        wrap_rows(self.list)
        self.list_label = labelled(translate("Compose", "Attached ima&ges:"), self.list)
        self._box_layout.insertWidget(0, self.list_label)
        self._box_layout.insertWidget(1, self.list)
        self.list_built.emit()

    def set_media(self, media: list[Media]) -> None:
        self.media = list(media)
        self.refresh()

    def refresh(self) -> None:
        has = bool(self.media)
        for action_id in ("compose.describe_image", "compose.remove_image"):
            self.ui.actions.actions[action_id].setEnabled(has)
        if self.list is None:
            if not has:
                return
            self._build_list()
        from PySide6.QtCore import Qt  # not at start-up: the Qt namespace is slow to load
        from PySide6.QtWidgets import QListWidgetItem

        self.list.clear()
        for index, item in enumerate(self.media):
            name = Path(item.path).name
            description = item.alt_text or translate("Compose", "no description yet")
            text = translate("Compose", "Image {n}: {description}").format(
                n=index + 1, description=description)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            row.setToolTip(name)
            self.list.addItem(row)
        if has:
            self.list.setCurrentRow(len(self.media) - 1)
        self.list.setVisible(has)
        self.list_label.setVisible(has)

    def attach(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not at start-up (its enums)

        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Compose", "Attach images"), str(Path.home()),
            translate("Compose", "Images ({patterns})").format(patterns=IMAGE_TYPES))
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path, ask_description: bool = True) -> None:
        from .picture_sources import sharp_enough

        if not sharp_enough(self.ui, path, path.name, self):  # a shaken photo, left out
            return
        try:
            item = self.ui.app.media.keep(path)
        except UserInputError as exc:
            self.ui.announcer.announce(str(exc), assertive=True)
            return
        self._attached(item, path.name)
        if ask_description:
            self.describe(len(self.media) - 1)
        self.changed.emit()

    def _attached(self, item: Media, name: str) -> None:
        media = self.ui.app.media
        blurred = media.decided(item)  # attached before, and he chose to blur its faces
        self.media.append(blurred)
        self.refresh()
        self.ui.announcer.announce(translate("Compose", "Image attached: {name}.").format(
            name=name))
        if blurred is not item:
            self.ui.announcer.announce(translate(
                "Faces", "You chose before to blur the faces in this picture; the blurred copy "
                "is attached."))
        # Faces are looked for now, in the background, so the question before publishing
        # comes at once (a failure here is said then).
        self.ui.tasks.run(lambda: media.check_faces(blurred), None, lambda _error: None)

    def replace(self, index: int, item: Media) -> None:
        """Put another copy of an image in its place (its blurred copy), description kept."""
        self.media[index] = item
        self.refresh()
        self.list.setCurrentRow(index)
        self.changed.emit()

    def pick_from_folder(self) -> None:
        from .picture_sources import pick_from_folder

        pick_from_folder(self)

    def paste(self) -> bool:
        """Attach the picture on the clipboard (Ctrl+V in the post text); False if none."""
        from .picture_sources import paste

        return paste(self)

    def describe_current(self) -> None:
        if self.list is not None and self.list.currentRow() >= 0:
            self.describe(self.list.currentRow())

    def describe(self, index: int) -> None:
        from .alt_text_dialog import AltTextDialog

        item = self.media[index]
        dialog = AltTextDialog(Path(item.path).name, item.alt_text, self, path=Path(item.path),
                               ui=self.ui, voice=self.voice)
        if dialog.exec() == AltTextDialog.DialogCode.Accepted:
            item.alt_text = dialog.description()
            self.refresh()
            self.list.setCurrentRow(index)
            self.changed.emit()
            self.ui.announcer.announce(
                translate("Compose", "Description saved.") if item.alt_text else
                translate("Compose", "This image has no description."))

    def remove_current(self) -> None:
        index = self.list.currentRow() if self.list is not None else -1
        if index < 0:
            return
        self.media.pop(index)
        self.refresh()
        self.changed.emit()
        self.ui.announcer.announce(translate("Compose", "Image removed."))

    def undescribed(self) -> list[int]:
        return [i for i, item in enumerate(self.media) if not item.alt_text.strip()]
