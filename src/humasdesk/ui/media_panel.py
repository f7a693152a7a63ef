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

IMAGE_TYPES = "*.jpg *.jpeg *.png *.gif *.webp"


def keep_copy(source: Path, media_dir: Path) -> Media:
    """Copy the image into HumasDesk's own folder (named by its content), so the post still
    has it after the original is moved or deleted."""
    import hashlib  # here, not at start-up: mimetypes reads the system's type tables
    import mimetypes
    import shutil

    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserInputError(translate("Compose", "The file {path} cannot be read: {reason}")
                             .format(path=source, reason=exc.strerror or exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if not mime.startswith("image/"):
        raise UserInputError(translate("Compose", "{name} is not an image HumasDesk can "
                                                  "attach.").format(name=source.name))
    media_dir.mkdir(parents=True, exist_ok=True)
    copy = media_dir / f"{digest[:32]}{source.suffix.lower()}"
    if not copy.exists():
        shutil.copyfile(source, copy)
    return Media(path=str(copy), sha256=digest, mime_type=mime, alt_text="")


class MediaPanel(QGroupBox):
    changed = Signal()
    list_built = Signal()  # a new control: the page puts it into the Tab order

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(translate("Compose", "Images"), parent)
        self.ui = ui
        self.media: list[Media] = []
        self._box_layout = QVBoxLayout(self)
        # The list of images is built with the first image: hidden while there are none, it
        # need not cost the first window any time.
        self.list = None
        self.list_label = None
        row = FlowLayout()
        self.attach_button = ui.actions.button("compose.attach_image")
        self.describe_button = ui.actions.button("compose.describe_image")
        self.remove_button = ui.actions.button("compose.remove_image")
        for button in (self.attach_button, self.describe_button, self.remove_button):
            row.addWidget(button)
        self._box_layout.addLayout(row)
        ui.actions.bind("compose.attach_image", self.attach)
        ui.actions.bind("compose.describe_image", self.describe_current)
        ui.actions.bind("compose.remove_image", self.remove_current)
        self.refresh()

    def focus_chain(self) -> list[QWidget]:
        return [*([self.list] if self.list is not None else []),
                self.attach_button, self.describe_button, self.remove_button]

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
        try:
            item = keep_copy(path, self.ui.app.paths.data_dir / "media")
        except UserInputError as exc:
            self.ui.announcer.announce(str(exc), assertive=True)
            return
        self.media.append(item)
        self.refresh()
        self.ui.announcer.announce(translate("Compose", "Image attached: {name}.").format(
            name=path.name))
        if ask_description:
            self.describe(len(self.media) - 1)
        self.changed.emit()

    def describe_current(self) -> None:
        if self.list is not None and self.list.currentRow() >= 0:
            self.describe(self.list.currentRow())

    def describe(self, index: int) -> None:
        from .alt_text_dialog import AltTextDialog

        item = self.media[index]
        dialog = AltTextDialog(Path(item.path).name, item.alt_text, self)
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
