"""Command palette, remappable shortcuts, single-key mode, the tremor filter, sound cues and
the first-run welcome."""

import struct
import wave

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from helpers import choose
from humasdesk.domain.errors import UserInputError
from humasdesk.ui.sounds import CUES, Sounds, cue_files


def focused():
    return QApplication.focusWidget()


def when_dialog_opens(callback):
    """Drive the next modal dialog; if the test's steps fail, close it so nothing hangs."""
    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(30, check)
            return
        try:
            callback(dialog)
        except BaseException:
            dialog.reject()
            raise
    QTimer.singleShot(30, check)


def test_palette_finds_and_runs_an_action(window, qtbot):
    def use(dialog):
        qtbot.keyClicks(dialog.search, "queue")
        assert dialog.list.count() >= 1
        assert dialog.list.currentItem().text().startswith("Queue — Ctrl+2")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    when_dialog_opens(use)
    qtbot.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page("queue")


def test_shortcuts_can_be_changed_and_conflicts_are_refused(window, qtbot, app):
    actions = window.ui.actions
    with pytest.raises(UserInputError, match="already the shortcut for “Queue”"):
        actions.set_shortcut("page.settings", "Ctrl+2")
    actions.set_shortcut("page.settings", "F11")
    assert app.settings.get("shortcuts") == {"page.settings": "F11"}
    assert "(F11)" in window.nav_buttons["settings"].text()
    qtbot.keyClick(focused(), Qt.Key.Key_F11)
    assert window.stack.currentWidget() is window.page("settings")
    actions.reset_shortcuts()
    assert app.settings.get("shortcuts") == {}
    assert "(Ctrl+4)" in window.nav_buttons["settings"].text()


def test_a_new_shortcut_survives_a_restart(controller_factory, app):
    first = controller_factory().window
    first.ui.actions.set_shortcut("queue.refresh", "Ctrl+Shift+F5")
    first.close()
    second = controller_factory().window
    assert second.ui.actions.shortcut_text("queue.refresh") == "Ctrl+Shift+F5"


def test_settings_page_reports_a_conflict_in_words(window, qtbot, app):
    window.show_page("settings")
    page = window.page("settings")
    row = next(i for i in range(page.shortcuts.count())
               if page.shortcuts.item(i).text().startswith("Settings"))
    page.shortcuts.setCurrentRow(row)
    page._assign("Ctrl+1")
    assert "already the shortcut for “Write”" in page.shortcut_error.text()
    assert window.ui.announcer.history[-1] == page.shortcut_error.text()


def test_single_key_mode_is_off_by_default_and_never_eats_typing(window, qtbot, app):
    compose = window.page("compose")
    compose.publish_button.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Q)
    assert window.stack.currentWidget() is compose  # off: "q" does nothing special
    qtbot.keyClick(focused(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.settings.get("single_key_mode") is True
    assert "Single-key mode is on" in window.ui.announcer.history[-1]
    compose.publish_button.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Q)
    assert window.stack.currentWidget() is window.page("queue")
    window.show_page("compose")
    compose.editor.setFocus()
    qtbot.keyClicks(compose.editor, "qa")
    assert compose.editor.toPlainText() == "qa"  # letters in a text field stay letters
    assert window.stack.currentWidget() is compose
    qtbot.wait(350)  # a second press of the same action sooner would count as a tremor
    qtbot.keyClick(focused(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert app.settings.get("single_key_mode") is False


def test_tremor_window_is_a_setting(window, qtbot, app):
    calls = []
    window.ui.actions.bind("queue.refresh", lambda: calls.append(1))
    action = window.ui.actions.actions["queue.refresh"]
    action.trigger()
    action.trigger()
    assert len(calls) == 1
    app.settings.set("tremor_window_ms", 0)
    action.trigger()
    action.trigger()
    assert len(calls) == 3


def test_a_repeat_queued_behind_a_slow_action_is_still_a_tremor(window, app):
    now = [100.0]
    actions = window.ui.actions
    actions.clock = lambda: now[0]
    calls = []

    def slow_action():
        calls.append(now[0])
        now[0] += 1.0  # the action kept the window busy for a second

    actions.bind("queue.refresh", slow_action)
    action = actions.actions["queue.refresh"]
    action.trigger()
    action.trigger()  # pressed 0.1 s after the first, handled only now
    assert calls == [100.0]
    now[0] += 0.35
    action.trigger()  # a deliberate press after the window
    assert calls == [100.0, 101.35]


def test_cues_are_distinct_non_silent_tones(tmp_path):
    files = cue_files(tmp_path)
    assert set(files) == set(CUES)
    fingerprints = set()
    for path in files.values():
        with wave.open(str(path)) as handle:
            frames = handle.readframes(handle.getnframes())
            assert handle.getframerate() == 22050 and handle.getsampwidth() == 2
        samples = struct.unpack(f"<{len(frames) // 2}h", frames)
        assert max(abs(s) for s in samples) > 8000
        assert 0.1 < len(samples) / 22050 < 0.6
        fingerprints.add(path.read_bytes())
    assert len(fingerprints) == len(CUES)


def test_cues_follow_the_switch_and_volume(tmp_path, app):
    played = []
    sounds = Sounds(tmp_path, app.settings, player=lambda path, volume: played.append(
        (path.name, volume)))
    app.settings.set("sound_volume", 40)
    sounds.play("published")
    app.settings.set("sound_cues", False)
    sounds.play("failed")
    assert played == [("published.wav", 0.4)]


def test_publishing_plays_the_published_cue(window, qtbot, app, isolated_home):
    played = []
    window.ui.sounds.player = lambda path, volume: played.append(path.stem)
    compose = window.page("compose")
    compose.editor.setPlainText("Bunyi")
    compose.publish_now()
    qtbot.waitUntil(lambda: played == ["published"], timeout=8000)


def test_first_run_welcome_by_keyboard(app, qtbot, controller_factory):
    app.settings.set("welcomed", False)
    seen = {}

    def use(dialog):
        qtbot.waitUntil(lambda: focused() is dialog.language)
        seen["focus"] = True
        choose(qtbot, dialog.language, Qt.Key.Key_Up)  # Bahasa Indonesia
        seen["title"] = dialog.windowTitle()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
        assert focused() is dialog.theme, focused()
        choose(qtbot, dialog.theme, Qt.Key.Key_Down)  # light theme
        qtbot.keyClick(dialog.theme, Qt.Key.Key_Tab)
        assert focused() is dialog.text_scale
        choose(qtbot, dialog.text_scale, Qt.Key.Key_Down)  # 125 %
        qtbot.keyClick(dialog.text_scale, Qt.Key.Key_Return)

    when_dialog_opens(use)
    controller = controller_factory()
    qtbot.waitUntil(lambda: app.settings.get("welcomed"), timeout=5000)
    assert seen["focus"], "the language choice should have the focus first"
    assert seen["title"] == "Selamat datang di HumasDesk"
    assert (app.settings.get("language"), app.settings.get("theme"),
            app.settings.get("text_scale")) == ("id", "light", 125)
    assert controller.window.nav_buttons["compose"].text().startswith("Tulis")
    assert QApplication.instance().font().pointSizeF() == pytest.approx(15)


