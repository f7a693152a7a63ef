"""Settings: every choice applies and is kept at once, including dictation and reading."""

from PySide6.QtCore import Qt

from helpers import choose


def test_speech_choices_are_loaded_in_the_background_and_saved(window, qtbot, app):
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(lambda: page.engine.count() == 3, timeout=30000)
    titles = [page.engine.itemText(i) for i in range(3)]
    assert any("pocketsphinx" in t.lower() or "english" in t.lower() for t in titles)
    google = page.engine.findData("google")
    page.engine.setCurrentIndex(google)
    assert app.settings.get("speech_engine") == "google"
    assert "Google" in page.engine_note.text()  # the privacy trade-off is said plainly
    assert page.engine.accessibleDescription() == page.engine_note.text()
    page.rate.setFocus()
    page.rate.selectAll()
    qtbot.keyClicks(page.rate, "200")
    assert app.settings.get("speech_rate") == 200
    page.speech_language.setCurrentIndex(page.speech_language.findData("en"))
    assert app.settings.get("speech_language") == "en"


def test_theme_and_text_size_apply_at_once(window, qtbot, app):
    from PySide6.QtWidgets import QApplication

    window.show_page("settings")
    page = window.page("settings")
    page.text_scale.setFocus()
    choose(qtbot, page.text_scale, Qt.Key.Key_Down)
    assert app.settings.get("text_scale") == 125
    assert QApplication.instance().font().pointSizeF() == 15
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert "#FFFFFF" in QApplication.instance().styleSheet()
