"""Pictures from the clipboard and the watched folder, the blur warning, the description
proposed from the words on a poster, and the post's language next to the counts: all by keys,
in the real window (offscreen)."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from test_composer_features import Recorder

from helpers import choose, require_program
from humasdesk.domain.model import Account
from humasdesk.platforms.base import Capabilities
from humasdesk.platforms.registry import PlatformSpec
from poster_support import photo, poster


@pytest.fixture
def sky(app, window):
    recorder = Recorder()
    app.registry.register(PlatformSpec(
        "sky", lambda: "Bluesky", Capabilities(text_rules="bluesky", alt_text=True),
        recorder.factory))
    account = app.store.accounts.add(Account(platform="sky", name="Bluesky RSKO"))
    window.ui.events.accounts_changed.emit()
    compose = window.page("compose")
    for aid, box in compose.account_boxes.items():
        box.setChecked(aid == account.id)
    return recorder, compose


def press_in_modal(qtbot, *keys, kind=None):
    """Press keys in the next modal window (of ``kind``) once it is shown."""
    def act():
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible() or (kind and not isinstance(box, kind)):
            QTimer.singleShot(30, act)
            return
        for key in keys:
            qtbot.keyClick(box.focusWidget() or box, key)
    QTimer.singleShot(30, act)


# -- the post's language ---------------------------------------------------------------------------

def test_the_language_follows_the_text_and_is_sent(sky, qtbot):
    recorder, compose = sky
    qtbot.waitUntil(lambda: compose.language.detected != "" or
                    __import__("humasdesk.services.post_language",
                               fromlist=["x"]).model_loaded(), timeout=30000)
    compose.editor.setPlainText("Our pharmacy is now open around the clock.")
    qtbot.waitUntil(lambda: compose.language.detected == "en", timeout=30000)
    assert compose.language.choice.currentText() == "Automatic: English"
    compose.publish_now()
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=8000)
    assert recorder.sent[0].language == "en"
    assert compose.language.is_automatic()  # the next post starts from its own text


def test_the_language_is_changed_by_keys(sky, qtbot):
    recorder, compose = sky
    compose.editor.setPlainText("Selamat pagi, semuanya! Poli anak buka hari ini.")
    qtbot.waitUntil(lambda: compose.language.detected == "id", timeout=30000)
    box = compose.language.choice
    box.setFocus()
    choose(qtbot, box, Qt.Key.Key_Down)  # Automatic -> Indonesian
    choose(qtbot, box, Qt.Key.Key_Down)  # -> English
    assert compose.language.chosen() == "en"
    compose.publish_now()
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=8000)
    assert recorder.sent[0].language == "en"


# -- the clipboard ---------------------------------------------------------------------------------

def test_ctrl_v_attaches_a_pasted_picture(sky, qtbot, app):
    _recorder, compose = sky
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    compose.editor.setFocus()
    press_in_modal(qtbot, Qt.Key.Key_Escape)  # the description dialog: later
    qtbot.keyClick(compose.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(compose.media.media) == 1, timeout=8000)
    [saved] = (app.paths.data_dir / "pasted").glob("pasted-*.png")
    assert QImage(str(saved)).size() == image.size()
    assert compose.editor.toPlainText() == ""  # nothing pasted as text


def test_ctrl_v_with_text_pastes_text(sky, qtbot):
    _recorder, compose = sky
    QApplication.clipboard().setText("Jadwal dokter")
    compose.editor.setFocus()
    qtbot.keyClick(compose.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert compose.editor.toPlainText() == "Jadwal dokter"
    assert compose.media.media == []


# -- the watched folder ----------------------------------------------------------------------------

def test_the_watched_folder_newest_first_by_keys(sky, qtbot, app, tmp_path, window):
    _recorder, compose = sky
    folder = tmp_path / "Phone"
    folder.mkdir()
    now = time.time()
    for age, name in ((300, "IMG_old.jpg"), (120, "IMG_middle.jpg"), (10, "IMG_new.jpg")):
        path = photo(folder / name, side=400)
        os.utime(path, (now - age, now - age))
    (folder / "notes.txt").write_text("not a picture")
    app.settings.set("pictures_folder", str(folder))
    said = []
    window.ui.announcer.listeners.append(lambda text, _assertive: said.append(text))

    seen = {}

    def pick():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() == "" and not hasattr(dialog, "chosen"):
            QTimer.singleShot(30, pick)
            return
        seen["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        press_in_modal(qtbot, Qt.Key.Key_Escape)  # then the description dialog
    QTimer.singleShot(30, pick)
    compose.editor.setFocus()
    qtbot.keyClick(compose.editor, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(compose.media.media) == 1, timeout=8000)
    rows = seen["rows"]
    assert [row.split(",")[0] for row in rows] == ["IMG_new.jpg", "IMG_middle.jpg",
                                                   "IMG_old.jpg"]
    assert all(" WIB, " in row and row.endswith("KB") for row in rows)
    assert any(text.startswith("IMG_middle.jpg, ") for text in said)  # read out as he moves
    assert compose.media.media[0].sha256  # the middle one, copied into the data folder
    from humasdesk.media.fit import file_sha256

    assert compose.media.media[0].sha256 == file_sha256(folder / "IMG_middle.jpg")


def test_no_folder_chosen_is_said(sky, qtbot, window):
    _recorder, compose = sky
    said = []
    window.ui.announcer.listeners.append(lambda text, _assertive: said.append(text))
    compose.media.pick_from_folder()
    assert any("Settings" in text for text in said)


# -- blur ------------------------------------------------------------------------------------------

def test_a_shaken_photo_is_warned_about_before_it_is_attached(sky, qtbot, tmp_path, window):
    _recorder, compose = sky
    said = []
    window.ui.announcer.listeners.append(lambda text, _assertive: said.append(text))
    shaken = photo(tmp_path / "shaken.jpg", shaken=True)
    press_in_modal(qtbot, Qt.Key.Key_Return, kind=QMessageBox)  # the default: leave it out
    compose.media.add_file(shaken, ask_description=False)
    assert compose.media.media == []
    assert any("shaken.jpg looks blurry" in text for text in said)

    def attach_anyway():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, attach_anyway)
            return
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    QTimer.singleShot(30, attach_anyway)
    compose.media.add_file(shaken, ask_description=False)
    assert len(compose.media.media) == 1


def test_a_sharp_photo_is_attached_without_a_question(sky, tmp_path):
    _recorder, compose = sky
    compose.media.add_file(photo(tmp_path / "sharp.jpg"), ask_description=False)
    assert len(compose.media.media) == 1


# -- the description from the words on a poster ----------------------------------------------------

def test_a_poster_gets_a_description_from_its_words(sky, qtbot, tmp_path, window):
    require_program("tesseract")
    _recorder, compose = sky
    said = []
    window.ui.announcer.listeners.append(lambda text, _assertive: said.append(text))
    state = {}

    def keep_proposal():
        from humasdesk.ui.alt_text_dialog import AltTextDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AltTextDialog):
            QTimer.singleShot(30, keep_proposal)
            return
        if not dialog.proposal:
            QTimer.singleShot(100, keep_proposal)
            return
        cursor = dialog.text.textCursor()
        state["selected"] = cursor.selectedText()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        dialog.accept()  # OK: keep it
    QTimer.singleShot(30, keep_proposal)
    compose.media.add_file(poster(tmp_path / "donor.png"))
    alt = compose.media.media[0].alt_text
    assert alt.startswith("Gambar bertuliskan: DONOR DARAH.")
    assert state["selected"].startswith("Gambar bertuliskan")  # selected: dictation replaces
    assert any(text.startswith("Proposed description: Gambar bertuliskan") for text in said)


def test_a_language_chosen_by_hand_is_kept_with_the_draft(sky, qtbot):
    _recorder, compose = sky
    compose.editor.setPlainText("Selamat pagi")
    compose.language.set_language("en")
    draft = compose.drafts.current()
    assert draft.extra["language"] == "en"
    compose.language.set_language(None)
    compose.load_draft(draft)
    assert compose.language.chosen() == "en" and not compose.language.is_automatic()
