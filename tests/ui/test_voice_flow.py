"""A whole flow by voice in the window, driven by recordings fed to the recogniser in place of
the microphone: dictate the post, "jadwalkan besok jam sembilan" / "schedule tomorrow at nine",
confirm by voice, "buka antrean" / "open the queue" — and the post is scheduled and shown.

English: flite audio through pocketsphinx (a grammar of the commands). Indonesian: espeak-ng
audio (voice "id") through Whisper base from the test-only PyPI packages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humasdesk.domain.model import PublishState
from humasdesk.domain.timezones import zone_info

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speech"))
from speech_support import require, whisper_base_model  # noqa: E402


def tomorrow_nine_utc():
    local = datetime.now(zone_info("Asia/Jakarta")) + timedelta(days=1)
    return local.replace(hour=9, minute=0, second=0, microsecond=0).astimezone(zone_info("UTC"))


def say_english(folder: Path, text: str) -> Path:
    require(shutil.which("flite") is not None, "flite is not installed (Debian package flite)")
    path = folder / (text.replace(" ", "_") + ".wav")
    subprocess.run(["flite", "-voice", "slt", "-t", text, "-o", str(path)], check=True)
    return path


def say_indonesian(folder: Path, text: str) -> Path:
    require(shutil.which("espeak-ng") is not None, "espeak-ng is not installed")
    path = folder / (text.replace(" ", "_") + ".wav")
    subprocess.run(["espeak-ng", "-v", "id", "-s", "120", "-w", str(path), text], check=True)
    return path


FLOWS = {
    "en": ("pocketsphinx", say_english, "the hospital opens a new clinic on monday",
           "schedule tomorrow at nine", "yes", "open the queue"),
    "id": ("whisper", say_indonesian, "rumah sakit membuka klinik baru pada hari senin",
           "jadwalkan besok jam sembilan", "ya", "buka antrean"),
}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "id"])
def test_whole_flow_by_voice(window, qtbot, app, tmp_path, language):
    from humasdesk.speech.audio import FileSource

    engine, say, sentence, schedule, yes, open_queue = FLOWS[language]
    app.settings.set("speech_engine", engine)
    app.settings.set("speech_language", language)
    if engine == "whisper":
        app.settings.set("speech_model_dir", str(whisper_base_model(tmp_path / "base")))
    compose = window.page("compose")
    compose.speech.settings_changed()

    # 1. Dictation writes the post.
    compose.speech.source_factory = lambda: FileSource(say(tmp_path, sentence))
    compose.editor.setFocus()
    qtbot.keyClick(compose.editor, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: compose.editor.toPlainText().strip() != "", timeout=120000)
    written = compose.editor.toPlainText()
    assert "klinik" in written.lower() or "clinic" in written.lower(), written

    # 2. "schedule tomorrow at nine": shown and said, then asked about (scheduling is public).
    recordings = [say(tmp_path, schedule), say(tmp_path, yes), say(tmp_path, open_queue)]
    voice = window.voice
    voice.source_factory = lambda: FileSource(recordings.pop(0))
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: voice.pending is not None, timeout=120000)
    assert voice.pending.action == "compose.schedule"
    assert "Understood" in window.ui.announcer.history[-1]
    assert app.store.queue.items() == []  # nothing before he confirms

    # 3. "yes" / "ya" confirms it: the post is scheduled for tomorrow at nine.
    qtbot.waitUntil(lambda: not voice.controller.active, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(app.store.queue.items()), timeout=120000)
    [item] = app.store.queue.items()
    assert item.state is PublishState.SCHEDULED
    assert item.scheduled_at == tomorrow_nine_utc()

    # 4. "open the queue" / "buka antrean" shows it there (once the last answer's listening
    # has ended: F7 while it still listens stops it instead).
    qtbot.waitUntil(lambda: not voice.controller.active, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.current_page_name() == "queue", timeout=120000)
    queue = window.page("queue")
    qtbot.waitUntil(lambda: queue.list.count() == 1)
    assert "Scheduled" in queue.list.item(0).text()


def test_unknown_speech_does_nothing_and_says_so(window, app):
    voice = window.voice
    voice.handle("cuaca hari ini cerah sekali")
    assert voice.pending is None and window.current_page_name() == "compose"
    assert "is not a command" in window.ui.announcer.history[-1]
    voice.handle("eh buka antun")
    assert "Did you mean" in window.ui.announcer.history[-1]
    voice.handle("buka antrean")  # the answer to the question
    assert window.current_page_name() == "queue"


def test_escape_refuses_a_pending_command(window, qtbot, app):
    compose = window.page("compose")
    compose.editor.setPlainText("Jangan dulu")
    window.voice.handle("terbitkan sekarang")
    assert window.voice.pending is not None
    compose.editor.setFocus()  # Escape answers wherever the focus is
    qtbot.keyClick(compose.editor, Qt.Key.Key_Escape)
    assert window.voice.pending is None and app.store.queue.items() == []
    assert "was not done" in window.ui.announcer.history[-1]


def test_enter_confirms_a_pending_command_with_the_undo_window(window, qtbot, app):
    app.settings.set("undo_seconds", 10)
    compose = window.page("compose")
    compose.editor.setPlainText("Terbit lewat suara")
    window.voice.handle("tolong terbitkan sekarang")
    assert "Understood" in window.ui.announcer.history[-1] and app.store.queue.items() == []
    compose.editor.setFocus()
    qtbot.keyClick(compose.editor, Qt.Key.Key_Return)
    assert window.voice.pending is None
    # Publishing waits for its undo time, as from the keyboard: Escape still stops it.
    assert compose.undo_box.isVisible()
    qtbot.keyClick(compose.editor, Qt.Key.Key_Escape)
    assert not compose.undo_box.isVisible()
    assert compose.editor.toPlainText() == "Terbit lewat suara"
    assert app.store.queue.items()[0].state is PublishState.CANCELLED


def test_choosing_an_account_by_voice_and_by_key(window, qtbot, app):
    from PySide6.QtWidgets import QApplication

    compose = window.page("compose")
    [(account_id, box)] = compose.account_boxes.items()
    window.voice.handle("lewati local outbox")
    assert not box.isChecked()
    window.voice.handle("pilih akun local outbox")
    assert box.isChecked()
    # From the palette or a key, without an account named: the list gets the focus.
    window.ui.actions.actions["compose.skip_account"].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
