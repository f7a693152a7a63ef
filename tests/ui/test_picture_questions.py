"""Before a photo with faces first goes out, he is asked (by keys alone, each face said with
its place); the blurred copy is what the platform gets. A photo without faces is not asked
about. Instagram's shape: pad or crop, chosen with one key after hearing what each does."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from humasdesk.domain.model import Account
from humasdesk.media import faces as faces_module
from humasdesk.media.faces import find_faces
from humasdesk.platforms.base import Capabilities
from humasdesk.platforms.registry import PlatformSpec
from media_support import Recorder, face_photo_path, no_face_photo_path, three_faces

pytestmark = pytest.mark.skipif(face_photo_path() is None,
                                reason="scikit-image (its sample photos) is not installed")


def platform(app, window, platform_id: str, name: str):
    recorder = Recorder()
    app.registry.register(PlatformSpec(platform_id, lambda: name, Capabilities(
        text_rules="bluesky", alt_text=True, max_media=4), recorder.adapter))
    account = app.store.accounts.add(Account(platform=platform_id, name=name))
    window.ui.events.accounts_changed.emit()
    compose = window.page("compose")
    for aid, box in compose.account_boxes.items():
        box.setChecked(aid == account.id)
    return recorder, compose


@pytest.fixture
def said(window, monkeypatch):
    heard = []
    original = window.ui.announcer.announce

    def announce(text, assertive=False):
        heard.append(text)
        original(text, assertive)

    monkeypatch.setattr(window.ui.announcer, "announce", announce)
    return heard


_pollers: list[dict] = []


@pytest.fixture(autouse=True)
def stop_pollers():
    """A poller left from one test must not answer the next test's dialog."""
    yield
    for poller in _pollers:
        poller["stopped"] = True
    _pollers.clear()


def when_modal(qtbot, act, seen: list, timeout: float = 20):
    """Run ``act(dialog)`` once a modal dialog is up (polled from the event loop)."""
    deadline = time.monotonic() + timeout
    state = {"stopped": False}
    _pollers.append(state)

    def poll():
        if state["stopped"]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(50, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as exc:  # a failed check must not leave the dialog open
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(50, poll)


def attach(compose, qtbot, source, tmp_path, name):
    path = shutil.copyfile(source, tmp_path / name)
    compose.media.add_file(path, ask_description=False)
    compose.media.media[-1].alt_text = "Foto kegiatan."
    compose.ui.tasks.wait()  # the background face check


def test_faces_are_asked_about_by_keys_and_the_blurred_copy_goes_out(app, window, qtbot,
                                                                    tmp_path, said):
    recorder, compose = platform(app, window, "sky", "Bluesky RSKO")
    group = three_faces(tmp_path / "group-source.jpg")
    attach(compose, qtbot, group.path, tmp_path, "group.jpg")
    compose.editor.setPlainText("Kunjungan ke bangsal")
    seen = []

    def answer(dialog):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # the third face stays (not a patient)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    when_modal(qtbot, answer, seen)
    compose.publish_now()
    assert len(seen) == 1 and seen[0].accessibleName() == "Faces in image 1"
    assert "Face 2 of 3, middle: will be blurred" in said
    assert "Face 3 of 3, right side: will be blurred" in said
    assert "Face 3 of 3, right side: stays as it is" in said
    assert any("2 faces blurred in image 1" in text for text in said)
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=20000)
    [sent] = recorder.sent[0].media
    assert sent.alt_text == "Foto kegiatan."
    assert sent.path.startswith(str(app.paths.cache))  # the fitted copy, not his file
    faces, _size = find_faces(sent.path)
    assert len(faces) == 1 and faces[0].x > Image.open(sent.path).width * 2 / 3  # the kept one
    # The decision is kept: the same photo attached again is not asked about.
    attach(compose, qtbot, group.path, tmp_path, "group-again.jpg")
    assert app.media.faces_to_ask_about(compose.media.media) == []


def test_faces_are_looked_for_and_blurred_off_the_gui_thread(app, window, qtbot, tmp_path,
                                                            said, monkeypatch):
    """A question left open in an earlier session looks for the faces again before publishing:
    that and the blurring run in the pool while the window goes on handling events, and it is
    said once that the pictures are being checked."""
    recorder, compose = platform(app, window, "sky", "Bluesky RSKO")
    group = three_faces(tmp_path / "group-source.jpg")
    attach(compose, qtbot, group.path, tmp_path, "group.jpg")
    app.media._found.clear()  # as after a restart: the faces found are not remembered
    compose.editor.setPlainText("Kunjungan ke bangsal")
    ticks, threads, ticks_meanwhile = [], [], []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)

    def slow(original):
        def call(*args, **kwargs):
            threads.append(threading.get_ident())
            before = len(ticks)
            time.sleep(0.6)  # what a 12-megapixel photo costs (and more)
            result = original(*args, **kwargs)
            ticks_meanwhile.append(len(ticks) - before)
            return result
        return call

    monkeypatch.setattr(faces_module, "find_faces", slow(find_faces))
    monkeypatch.setattr(faces_module, "blur_faces", slow(faces_module.blur_faces))
    seen = []
    when_modal(qtbot, lambda dialog: qtbot.keyClick(dialog.list, Qt.Key.Key_Return), seen)
    compose.publish_now()
    ticker.stop()
    assert len(seen) == 1 and seen[0].accessibleName() == "Faces in image 1"
    assert len(threads) == 2  # looked for once, blurred once
    assert threading.get_ident() not in threads
    assert all(count >= 5 for count in ticks_meanwhile), ticks_meanwhile  # events went on
    assert said.count("Checking the pictures for faces…") == 1
    assert "Blurring the faces in image 1…" in said
    assert any("3 faces blurred in image 1" in text for text in said)
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=20000)
    [sent] = recorder.sent[0].media
    assert sent.path.startswith(str(app.paths.cache))
    assert find_faces(sent.path)[0] == []  # every face blurred in the copy that went out


def test_a_picture_that_cannot_be_read_at_the_face_check_is_said(app, window, qtbot,
                                                                 tmp_path, monkeypatch):
    recorder, compose = platform(app, window, "sky", "Bluesky RSKO")
    group = three_faces(tmp_path / "group-source.jpg")
    attach(compose, qtbot, group.path, tmp_path, "group.jpg")
    app.media._found.clear()
    compose.editor.setPlainText("Kunjungan ke bangsal")
    Path(compose.media.media[0].path).write_bytes(b"not a picture any more")
    seen = []
    when_modal(qtbot, lambda dialog: dialog.reject(), seen, timeout=5)
    compose.publish_now()
    assert seen == []
    assert "is not a picture HumasDesk can read" in compose.error.text()
    assert recorder.sent == []


def test_a_photo_without_faces_is_not_asked_about(app, window, qtbot, tmp_path):
    recorder, compose = platform(app, window, "sky", "Bluesky RSKO")
    attach(compose, qtbot, no_face_photo_path(), tmp_path, "kopi.png")
    compose.editor.setPlainText("Kopi pagi di kantin")
    seen = []
    when_modal(qtbot, lambda dialog: dialog.reject(), seen, timeout=5)
    compose.publish_now()
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=20000)
    assert seen == []


def test_instagram_shape_is_chosen_with_one_key_after_hearing_both(app, window, qtbot,
                                                                   tmp_path):
    recorder, compose = platform(app, window, "instagram", "Instagram RSKO")
    story = tmp_path / "story.png"
    Image.new("RGB", (900, 1600), (20, 40, 200)).save(story)
    attach(compose, qtbot, story, tmp_path, "cerita.png")
    compose.editor.setPlainText("Cerita hari ini")
    seen, words = [], []

    def answer(dialog):
        words.append(dialog.words.text())
        qtbot.keyClick(dialog.pad_button, Qt.Key.Key_C)

    when_modal(qtbot, answer, seen)
    compose.publish_now()
    assert len(seen) == 1
    assert "900 × 1600" in words[0] and "4:5" in words[0] and "1.91:1" in words[0]
    assert "Pad: the whole picture is kept" in words[0]
    assert "the top and bottom are cut off (30% of the height)" in words[0]
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=20000)
    [sent] = recorder.sent[0].media
    image = Image.open(sent.path)
    assert image.format == "JPEG" and image.width / image.height == pytest.approx(0.8, 0.01)
    r, g, b = image.convert("RGB").getpixel((0, image.height // 2))
    assert b > 150 and r < 80  # cropped: the picture reaches the edge, no white bars
