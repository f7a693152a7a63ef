"""Dictation and read-back for the window. The speech package runs on its own threads; this
bridge carries its callbacks to the GUI thread as Qt signals, creates the speech objects only
when first used (never at start-up), and stops reading aloud at any key press."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ..app import App
from ..domain.i18n import translate


def to_index(text: str, utf16_position: int) -> int:
    """Qt counts positions in UTF-16 units; Python strings count code points (an emoji is
    two units but one code point)."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def to_utf16(text: str, index: int) -> int:
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


class SpeechBridge(QObject):
    result = Signal(object)  # speech.controller.PhraseResult
    error = Signal(str)  # a translated sentence
    state = Signal(str)  # speech.controller.DictationState value
    level = Signal(float)  # 0..1, about 20 times a second
    reading = Signal(bool)
    notice = Signal(str)

    def __init__(self, app: App, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self._reader = None
        self._controller = None
        self._buffers: dict[int, object] = {}
        self.speaking = False
        self.source_factory = None  # where audio comes from; None: the microphone
        self.reading.connect(self._reading_changed)

    # -- read-back ---------------------------------------------------------------------------

    def settings(self):
        return self.app.dictation.settings()

    def reader(self):
        if self._reader is None:
            self._reader = self.settings().read_back(
                on_state=self.reading.emit, on_error=lambda e: self.error.emit(str(e)),
                on_notice=self.notice.emit)
        return self._reader

    def read_aloud(self, text: str, language: str | None = None) -> None:
        if not text.strip():
            self.notice.emit(translate("Speech", "There is nothing to read yet."))
            return
        self.reader().speak(text, language or self.app.language)

    def speak_announcement(self, text: str) -> None:
        """Self-voicing: status messages spoken in HumasDesk's own voice, when he chose it."""
        if self.app.settings.get("self_voicing"):
            reader = self.reader()
            reader.self_voicing = True
            reader.announce(text, self.app.language)

    def stop_reading(self) -> None:
        if self._reader is not None:
            self._reader.stop()

    def _reading_changed(self, speaking: bool) -> None:
        # While it speaks, any key silences it (the key still does its normal job).
        app = QApplication.instance()
        if speaking and not self.speaking:
            app.installEventFilter(self)
        elif not speaking and self.speaking:
            app.removeEventFilter(self)
        self.speaking = speaking

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and self.speaking:
            self.stop_reading()
        return False

    # -- dictation ---------------------------------------------------------------------------

    def controller(self):
        if self._controller is None:
            speech = self.settings()
            extra = {"source_factory": self.source_factory} if self.source_factory else {}
            self._controller = speech.controller(
                speech.engine(), **extra, on_result=self.result.emit,
                on_error=lambda e: self.error.emit(str(e)),
                on_state=lambda s: self.state.emit(str(s.value)), on_level=self.level.emit)
        return self._controller

    def toggle_dictation(self) -> None:
        controller = self.controller()
        if controller.active:
            controller.stop()
            return
        self.stop_reading()  # the microphone must not hear HumasDesk's own voice
        try:
            controller.engine.check(self.settings().language)
        except Exception as exc:  # a SpeechError: missing model or engine, said in words
            self._controller = None
            self.error.emit(str(exc))
            return
        controller.start()

    def cancel_dictation(self) -> None:
        if self._controller is not None:
            self._controller.cancel()

    def settings_changed(self) -> None:
        """Engine, language or voice changed: build new objects next time."""
        if self._controller is not None and not self._controller.active:
            self._controller = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def apply_phrase(self, editor: QPlainTextEdit, phrase: str):
        """Put a recognised phrase into ``editor`` at its cursor as ONE undoable step, with the
        spoken commands applied. Returns the Change (for its actions and notices)."""
        buffer = self._buffers.get(id(editor))
        if buffer is None:
            buffer = self.settings().text_buffer()
            self._buffers[id(editor)] = buffer
        before = editor.toPlainText()
        cursor = editor.textCursor()
        buffer.sync(before, to_index(before, cursor.position()),
                    to_index(before, cursor.anchor()))
        change = buffer.dictate(phrase)
        if change.changes_text:
            edit = editor.textCursor()
            edit.beginEditBlock()
            edit.setPosition(to_utf16(before, change.start))
            edit.setPosition(to_utf16(before, change.end), edit.MoveMode.KeepAnchor)
            edit.insertText(change.replacement)
            edit.endEditBlock()
        after = editor.toPlainText()
        moved = editor.textCursor()
        moved.setPosition(to_utf16(after, change.anchor))
        moved.setPosition(to_utf16(after, change.cursor), moved.MoveMode.KeepAnchor)
        editor.setTextCursor(moved)
        return change

    def close(self) -> None:
        self.cancel_dictation()
        if self._reader is not None:
            self._reader.close()
