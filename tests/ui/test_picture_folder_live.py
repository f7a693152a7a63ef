"""The pictures-folder dialog follows the folder while it is open (QFileSystemWatcher, offscreen):
photos copied in appear, the picture he is on and the focus stay, the arrival is said once per
burst, and nothing is watched or said after the dialog closes."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from PySide6.QtCore import Qt

from humasdesk.domain.i18n import translate
from humasdesk.services.picture_sources import watched_pictures
from humasdesk.ui import picture_sources
from humasdesk.ui.picture_sources import FolderPickDialog
from poster_support import photo

WAIT_MS = 10_000  # the refresh comes FOLDER_QUIET_MS after the copying pauses


def new_pictures_message(count: int) -> str:
    return translate("Pictures", "%n new picture(s) in the folder.", None, count)


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "Phone"
    folder.mkdir()
    now = time.time()
    for age, name in ((300, "IMG_old.jpg"), (120, "IMG_middle.jpg"), (60, "IMG_new.jpg")):
        os.utime(photo(folder / name, side=200), (now - age, now - age))
    return folder


@pytest.fixture
def source(tmp_path):
    """A photo outside the folder, copied in by the tests as a file manager or camera would."""
    return photo(tmp_path / "camera.jpg", side=300)


@pytest.fixture
def dialog(qtbot, folder):
    said: list[str] = []
    shown = FolderPickDialog(watched_pictures(folder), "Asia/Jakarta", said.append, str(folder))
    qtbot.addWidget(shown)
    shown.said = said
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.list.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(shown.list, Qt.Key.Key_Down)  # he is on the middle one
    assert shown.chosen() == folder / "IMG_middle.jpg"
    said.clear()
    return shown


def names(dialog) -> list[str]:
    return [path.name for path in dialog.shown_paths()]


def test_a_photo_copied_in_appears_and_his_place_and_focus_stay(qtbot, dialog, folder, source):
    shutil.copy(source, folder / "IMG_arrived.jpg")

    qtbot.waitUntil(lambda: "IMG_arrived.jpg" in names(dialog), timeout=WAIT_MS)
    assert names(dialog) == ["IMG_arrived.jpg", "IMG_new.jpg", "IMG_middle.jpg", "IMG_old.jpg"]
    assert dialog.chosen() == folder / "IMG_middle.jpg"  # the same picture, now one row lower
    assert dialog.list.currentRow() == 2
    assert dialog.list.hasFocus()
    assert dialog.said == [new_pictures_message(1)]
    assert dialog.said[0].startswith("1 new picture")
    assert "4 picture" in dialog.summary.text()
    qtbot.wait(2 * picture_sources.FOLDER_QUIET_MS)
    assert dialog.said == [new_pictures_message(1)]  # said once

    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # moving on is read out as before
    assert dialog.chosen() == folder / "IMG_new.jpg"
    assert dialog.said[-1].startswith("IMG_new.jpg, ")


def test_a_burst_of_copies_is_one_refresh_and_one_message(qtbot, dialog, folder, source):
    for n in range(5):
        shutil.copy(source, folder / f"DSC_{n}.jpg")
        qtbot.wait(100)  # a camera writes one after another, each within the quiet time

    qtbot.waitUntil(lambda: len(names(dialog)) == 8, timeout=WAIT_MS)
    qtbot.wait(2 * picture_sources.FOLDER_QUIET_MS)
    assert dialog.said == [new_pictures_message(5)]
    assert dialog.said[0].startswith("5 new picture")  # the plural form is the catalogue's
    assert dialog.chosen() == folder / "IMG_middle.jpg"
    assert dialog.list.hasFocus()


def test_a_photo_still_being_written_gets_its_final_size_without_a_second_message(
        qtbot, dialog, folder, source):
    data = source.read_bytes()
    target = folder / "IMG_copying.jpg"
    target.write_bytes(data[:1000])  # the copy has begun
    qtbot.waitUntil(lambda: "IMG_copying.jpg" in names(dialog), timeout=WAIT_MS)
    assert dialog.list.item(0).text().endswith(", 1 KB")

    with open(target, "ab") as rest:
        rest.write(data[1000:] + bytes(60_000))  # ... and ends
    size = round(target.stat().st_size / 1000)
    qtbot.waitUntil(lambda: dialog.list.item(0).text().endswith(f", {size} KB"),
                    timeout=WAIT_MS)
    assert dialog.said == [new_pictures_message(1)]
    assert dialog.chosen() == folder / "IMG_middle.jpg"


def test_the_picture_he_is_on_removed_moves_him_to_its_neighbour_and_says_so(qtbot, dialog,
                                                                             folder):
    (folder / "IMG_middle.jpg").unlink()

    qtbot.waitUntil(lambda: "IMG_middle.jpg" not in names(dialog), timeout=WAIT_MS)
    assert dialog.chosen() == folder / "IMG_old.jpg"
    assert len(dialog.said) == 1 and dialog.said[0].startswith("IMG_old.jpg, ")
    assert dialog.list.hasFocus()


def test_nothing_is_watched_or_said_after_the_dialog_closes(qtbot, dialog, folder, source):
    dialog.reject()
    assert not dialog.watcher.directories()
    shutil.copy(source, folder / "IMG_late.jpg")
    qtbot.wait(2 * picture_sources.FOLDER_QUIET_MS + 300)
    assert dialog.said == []
    assert "IMG_late.jpg" not in names(dialog)
