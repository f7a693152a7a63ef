"""Dictation and read-back in the composer: what he says is written where his cursor is (the
main text or an account's own text), each state of listening is shown and the start said, and
the text or the selection is read aloud. The speech machinery itself loads on first use, never
on the start-up path; here is only the glue between it and the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit

from ...domain.i18n import translate

if TYPE_CHECKING:
    from ..pages.compose import ComposePage


class DictationGlue:
    def __init__(self, page: ComposePage):
        self.page = page
        self.ui = page.ui
        self._speech = None
        self.target: QPlainTextEdit | None = None  # where dictated words go

    @property
    def speech(self):
        """Dictation and read-back, built on first use (never on the start-up path)."""
        if self._speech is None:
            from ..speech_bridge import SpeechBridge

            page = self.page
            self._speech = SpeechBridge(page.app, page)
            self._speech.result.connect(self._phrase_recognised)
            self._speech.error.connect(self._failed)
            self._speech.state.connect(self._state)
            self._speech.level.connect(lambda value: page.level.setValue(round(value * 100)))
            self._speech.notice.connect(self.ui.announcer.announce)
        return self._speech

    def settings_changed(self, key: str) -> None:
        if (key.startswith("speech_") or key == "self_voicing") and self._speech is not None:
            self._speech.settings_changed()

    def _editor_in_focus(self) -> QPlainTextEdit:
        """The text area he is in: the main text, an account's own, or a reply on the Inbox
        page (F2 and F3 work there too)."""
        focused = self.page.window().focusWidget()
        return focused if isinstance(focused, QPlainTextEdit) and not focused.isReadOnly() \
            else self.page.editor

    def dictate_into(self, editor: QPlainTextEdit) -> None:
        """Dictate into another text area (an image's description)."""
        self.target = editor
        self.speech.toggle_dictation()

    def toggle(self) -> None:
        if self.ui.app.dictation.needs_model():
            self.offer_model()
            return
        self.target = self._editor_in_focus()
        self.speech.toggle_dictation()

    def offer_model(self) -> None:
        """Indonesian dictation without a Whisper model: offer one (the "small" model, its size
        said first) in Settings, where the confirm button then has the focus."""
        window = self.page.window()
        self.ui.announcer.announce(translate(
            "Compose", "Indonesian dictation needs a Whisper model, downloaded once. Settings "
            "now shows what it takes; confirm to download it, or choose your own folder."))
        window.show_page("settings")
        window.page("settings").models.check_size("small")

    def _state(self, state: str) -> None:
        page = self.page
        texts = {
            "starting": translate("Compose", "Getting ready to listen…"),
            "listening": translate("Compose", "Listening. Speak now; {keys} stops.").format(
                keys=self.ui.actions.shortcut_text("compose.dictate")),
            "hearing": translate("Compose", "Hearing you…"),
            "recognizing": translate("Compose", "Writing down what you said…"),
        }
        if state == "idle":
            page.dictation_box.hide()
            page.level.setValue(0)
            self.ui.sounds.play("listening_stopped")
            return
        page.dictation_box.show()
        page.dictation_state.setText(texts.get(state, ""))
        if state == "listening":
            self.ui.sounds.play("listening_started")
            self.ui.announcer.announce(texts["listening"])

    def _phrase_recognised(self, result) -> None:
        if self.ui.app.settings.get("voice_wake_phrase"):
            # "Perintah, buka antrean" while dictating: a command, not text.
            from ...services.voice import WAKE_PHRASES, is_wake_phrase

            command = is_wake_phrase(result.text, WAKE_PHRASES)
            if command:
                self.page.window().voice.handle(command)
                return
        editor = self.target or self.page.editor
        change = self.speech.apply_phrase(editor, result.text)
        for notice in change.notices:
            self.ui.announcer.announce(notice)
        if "read_back" in change.actions:
            self.speech.read_aloud(editor.toPlainText())
        elif change.changes_text:
            self.ui.announcer.announce(translate("Compose", "Written: {text}").format(
                text=change.replacement.strip()))

    def _failed(self, message: str) -> None:
        self.page.dictation_box.hide()
        self.page.show_error(message)  # the text itself is never touched by a failure

    def read_aloud(self) -> None:
        target = self._editor_in_focus()
        cursor = target.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() else \
            target.toPlainText()
        self.speech.read_aloud(text)
