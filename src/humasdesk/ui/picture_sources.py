"""Pictures from the clipboard and from the watched folder, and the blur warning before a
picture is attached.

- Ctrl+V in the post text: when the clipboard holds a picture (a screenshot, a picture copied
  from a browser or a chat) or picture files copied in the file manager, they are attached
  (saved into the data folder first); text is pasted as always.
- "Pick from the pictures folder": the folder chosen in Settings, newest first, each read out
  with its time and size; Up and Down move, Enter attaches, Escape closes. The list follows
  the folder while it is open: a photo copied there appears (once the copying has paused),
  the picture he is on stays his, and the new ones are said once.
- A photo that looks shaken is said in words before it is attached; he attaches it anyway or
  leaves it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.timezones import format_local
from .widgets import heading, hint, labelled, name_scroll_bars, ok_cancel_buttons

if TYPE_CHECKING:
    from .context import UiContext
    from .media_panel import MediaPanel


# -- the clipboard ---------------------------------------------------------------------------------

def clipboard_pictures(mime) -> tuple[bytes | None, list[Path]]:
    """What of the clipboard can be attached: a picture's PNG bytes, or picture files."""
    from ..services.picture_sources import PICTURE_SUFFIXES

    files = [Path(url.toLocalFile()) for url in (mime.urls() if mime.hasUrls() else [])
             if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PICTURE_SUFFIXES]
    if files:
        return None, files
    if mime.hasImage():
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QImage

        image = QImage(mime.imageData())
        if not image.isNull():
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            buffer.close()
            return bytes(data.data()), []
    return None, []


class PasteFilter(QObject):
    """Ctrl+V (the platform's paste keys) in a text area attaches a picture on the clipboard."""

    def __init__(self, panel: MediaPanel, parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                event.matches(QKeySequence.StandardKey.Paste):
            if event.type() == QEvent.Type.ShortcutOverride:
                return False
            return paste(self.panel)
        return False


def paste(panel: MediaPanel) -> bool:
    """Attach what picture the clipboard holds; False (nothing done) when it holds none."""
    from PySide6.QtWidgets import QApplication

    from ..services.picture_sources import save_pasted

    png, files = clipboard_pictures(QApplication.clipboard().mimeData())
    if png is None and not files:
        return False
    if png is not None:
        try:
            files = [save_pasted(png, panel.ui.app.paths.data_dir)]
        except UserInputError as exc:
            panel.ui.announcer.announce(str(exc), assertive=True)
            return True
        panel.ui.announcer.announce(translate("Pictures", "Pasted picture saved."))
    for path in files:
        panel.add_file(path)
    return True


# -- the watched folder ----------------------------------------------------------------------------

# A camera or a phone sync writes many files, each in many pieces: the list is read again once
# the folder has been quiet this long, or at the latest this long after the first change.
FOLDER_QUIET_MS = 800
FOLDER_LONGEST_WAIT_MS = 5000


class FolderPickDialog(QDialog):
    """The watched folder's pictures, newest first; Enter attaches the one chosen. The list is
    read again when the folder changes while the dialog is open."""

    def __init__(self, pictures, zone: str, announce: Callable[[str], None],
                 folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.announce = announce
        self.zone = zone
        self.folder = folder
        self.setWindowTitle(translate("Pictures", "Pictures folder"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        self.summary = hint("")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("pictures.list")
        name_scroll_bars(self.list, translate("Pictures", "the pictures"))
        layout.addWidget(labelled(translate("Pictures", "&Pictures:"), self.list))
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel_buttons(self.accept, self.reject))
        self._show(pictures)
        self.list.currentRowChanged.connect(self._say_current)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        self.list.setFocus()
        # Watching the folder, and each picture that arrives while it may still be written.
        self.watcher = QFileSystemWatcher([folder], self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.watcher.fileChanged.connect(self._folder_changed)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self.refresh)
        self._waiting_since = QElapsedTimer()

    def _show(self, pictures) -> None:
        """Fill the list (and the count above it) with ``pictures``."""
        from ..services.picture_sources import describe_size

        count = len(pictures)  # a plain name: lupdate skips a plural counted by a call
        self.summary.setText(translate(
            "Pictures", "%n picture(s) in {folder}, newest first. Up and Down go through them, "
            "Enter attaches the one you are on, Escape closes.", None, count).format(
                folder=self.folder))
        self.list.clear()
        for picture in pictures:
            text = translate("Pictures", "{name}, {time}, {size}").format(
                name=picture.path.name, time=format_local(picture.modified, self.zone),
                size=describe_size(picture.size))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(Qt.ItemDataRole.UserRole, str(picture.path))
            self.list.addItem(item)

    def _folder_changed(self, _path: str) -> None:
        """Wait for a pause in the copying (or not longer than ``FOLDER_LONGEST_WAIT_MS``)."""
        if not self.refresh_timer.isActive():
            self._waiting_since.start()
        if self._waiting_since.elapsed() >= FOLDER_LONGEST_WAIT_MS:
            self.refresh_timer.start(0)
        else:
            self.refresh_timer.start(FOLDER_QUIET_MS)

    def shown_paths(self) -> list[Path]:
        return [Path(self.list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.list.count())]

    def refresh(self) -> None:
        """Read the folder again: the picture he is on stays current (and the focus where it
        is); the pictures that arrived are said once, politely."""
        from ..services.picture_sources import watched_pictures

        try:
            pictures = watched_pictures(self.folder)
        except UserInputError:
            return  # the folder went away for a moment (a card unmounted): keep what is shown
        before = set(self.shown_paths())
        current, row = self.chosen(), self.list.currentRow()
        arrived = [p.path for p in pictures if p.path not in before]
        self.list.blockSignals(True)  # the same picture: nothing to say again
        try:
            self._show(pictures)
            paths = self.shown_paths()
            if current in paths:
                row = paths.index(current)
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        finally:
            self.list.blockSignals(False)
        if current not in paths and self.list.currentItem() is not None:
            self._say_current(self.list.currentRow())  # his picture was removed
        if arrived:
            # Watched while they may still be written, so their size is read again at the end.
            self.watcher.addPaths([str(path) for path in arrived])
            count = len(arrived)
            self.announce(translate("Pictures", "%n new picture(s) in the folder.", None,
                                    count))

    def done(self, result: int) -> None:
        """Closed: stop watching (the dialog itself is kept until its choice is read)."""
        self.refresh_timer.stop()
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        super().done(result)

    def _say_current(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.announce(item.text())

    def chosen(self) -> Path | None:
        from PySide6.QtCore import Qt

        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def pick_from_folder(panel: MediaPanel) -> None:
    from ..services.picture_sources import watched_pictures

    ui = panel.ui
    folder = ui.app.settings.get("pictures_folder")
    try:
        pictures = watched_pictures(folder)
    except UserInputError as exc:
        ui.announcer.announce(str(exc), assertive=True)
        return
    if not pictures:
        ui.announcer.announce(translate("Pictures", "There are no pictures in {folder}.")
                              .format(folder=folder), assertive=True)
        return
    dialog = FolderPickDialog(pictures, ui.app.settings.get("zone"), ui.announcer.announce,
                              folder, panel)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()  # and its folder watcher with it
    if chosen is not None:
        panel.add_file(chosen)


# -- blur ------------------------------------------------------------------------------------------

def sharp_enough(ui: UiContext, path: Path, name: str, parent: QWidget) -> bool:
    """False when the photo looks shaken and he chose not to attach it (the question is said,
    and "Attach anyway" is not the default: a stray Enter leaves it out)."""
    from PySide6.QtWidgets import QMessageBox

    from ..services.describing import DescribeError, blur_warning, picture_sharpness

    try:
        if not picture_sharpness(path).blurry:
            return True
    except DescribeError:
        return True  # not readable: the attaching itself says so
    message = blur_warning(name)
    ui.announcer.announce(message, assertive=True)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Pictures", "Blurry photo"),
                      message, parent=parent)
    attach = box.addButton(translate("Pictures", "&Attach anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(translate("Pictures", "&Leave it out"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(leave)
    box.setEscapeButton(leave)
    box.exec()
    return box.clickedButton() is attach
