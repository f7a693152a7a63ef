"""Settings → Dictation: the model manager in the window, against the local model repository
(tests/speech/model_server.py) serving the test-only Whisper base model; and the composer's
offer when he dictates in Indonesian without a model."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speech"))
from model_server import ModelRepository  # noqa: E402
from speech_support import whisper_base_model  # noqa: E402


@pytest.fixture
def repository(tmp_path):
    folder = whisper_base_model(tmp_path / "served")
    # The same files under "small", so the composer's offer (small) can be served too.
    with ModelRepository({"Systran/faster-whisper-base": folder,
                          "Systran/faster-whisper-small": folder}) as server:
        yield server


def test_download_with_progress_then_remove(window, qtbot, app, repository):
    app.settings.set("speech_model_url", repository.url)
    window.show_page("settings")
    box = window.page("settings").models
    box.check_size("base")
    qtbot.waitUntil(lambda: box.plan is not None, timeout=20000)
    assert "Whisper base: a download of" in box.plan_note.text()
    assert "seconds" in box.plan_note.text() and box.confirm.isEnabled()
    assert app.dictation.models().installed() == []  # nothing before he confirms
    qtbot.mouseClick(box.confirm, Qt.MouseButton.LeftButton)
    history = window.ui.announcer.history
    qtbot.waitUntil(lambda: any("is ready" in line for line in history), timeout=60000)
    for percent in (25, 50, 75):
        assert f"{percent} percent downloaded." in history
    assert box.bar.value() == 100
    assert app.settings.get("speech_model") == "base"
    assert box.installed.count() == 1 and "used for dictation" in box.installed.item(0).text()
    assert app.dictation.settings().whisper_model_dir() == app.dictation.models().folder("base")
    assert not app.dictation.needs_model()

    box.installed.setCurrentRow(0)
    qtbot.mouseClick(box.remove, Qt.MouseButton.LeftButton)
    assert box.installed.count() == 0 and app.settings.get("speech_model") == ""
    assert "was removed" in history[-1]


def test_wrong_checksum_is_said_and_nothing_installed(window, qtbot, app, repository):
    app.settings.set("speech_model_url", repository.url)
    repository.wrong_checksum = True
    window.show_page("settings")
    box = window.page("settings").models
    box.check_size("base")
    qtbot.waitUntil(lambda: box.plan is not None, timeout=20000)
    box.start_download()
    qtbot.waitUntil(lambda: not box.busy, timeout=60000)
    assert "published checksum" in window.ui.announcer.history[-1]
    assert box.installed.count() == 0 and app.dictation.models().installed() == []


def test_bad_download_address_is_refused_in_words(window, app):
    window.show_page("settings")
    box = window.page("settings").models
    box.url.setText("huggingface dot co")
    box.url.editingFinished.emit()
    assert "web address" in window.ui.announcer.history[-1]
    assert app.settings.get("speech_model_url") == "https://huggingface.co"


def test_composer_offers_a_model_for_indonesian(window, qtbot, app, repository):
    app.settings.set("speech_model_url", repository.url)
    app.settings.set("speech_engine", "whisper")
    app.settings.set("speech_language", "id")
    assert app.dictation.needs_model()
    compose = window.page("compose")
    compose.editor.setFocus()
    qtbot.keyClick(compose.editor, Qt.Key.Key_F2)
    assert window.current_page_name() == "settings"
    box = window.page("settings").models
    qtbot.waitUntil(lambda: box.plan is not None, timeout=20000)
    assert box.model.currentData() == "small" and box.confirm.hasFocus()
    assert "Whisper small" in window.ui.announcer.history[-1]
