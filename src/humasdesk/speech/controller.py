"""Listening, off the caller's thread: audio source -> stop-on-silence -> engine -> callbacks.

The composer creates one ``DictationController`` and gives it plain callbacks. They are called
on the controller's worker thread, never on the caller's: the UI marshals them to the GUI thread
(a queued signal) and applies results there with ``TextBuffer``. A failed recognition arrives
only through ``on_error``, so it cannot touch the text.

    controller = DictationController(engine, language="id", on_result=..., on_error=...,
                                     on_state=..., on_level=...)
    controller.toggle()   # one key press starts listening, the next one stops
    controller.cancel()   # Escape: stop and throw the audio away
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from .audio import AudioSource, Event, MicrophoneSource, SilenceDetector, level, seconds
from .engines import Engine, Session
from .errors import SpeechError, nothing_heard

log = logging.getLogger(__name__)


class DictationState(StrEnum):
    IDLE = "idle"
    STARTING = "starting"  # opening the microphone, loading the model
    LISTENING = "listening"  # waiting for speech
    HEARING = "hearing"  # speech detected in this phrase
    RECOGNIZING = "recognizing"  # the phrase ended; turning it into text


@dataclass(frozen=True)
class PhraseResult:
    text: str
    language: str
    engine: str
    audio_seconds: float  # length of the phrase's audio
    latency: float  # seconds from the end of the phrase's audio to this result


class DictationController:
    def __init__(self, engine: Engine, *, language: str = "id",
                 source_factory: Callable[[], AudioSource] = MicrophoneSource,
                 on_result: Callable[[PhraseResult], None] | None = None,
                 on_error: Callable[[SpeechError], None] | None = None,
                 on_state: Callable[[DictationState], None] | None = None,
                 on_level: Callable[[float], None] | None = None,
                 pause_seconds: float = 1.0, no_speech_timeout: float = 10.0,
                 continuous: bool = False, vocabulary=None):
        """``continuous=False``: one phrase per start, ended by a pause or by ``stop()``.
        ``continuous=True``: every pause delivers a phrase and listening goes on until
        ``stop()``, the end of the source (a file), or ``no_speech_timeout`` of silence."""
        self.engine = engine
        self.language = language
        self.source_factory = source_factory
        self.on_result = on_result or (lambda result: None)
        self.on_error = on_error or (lambda error: None)
        self.on_state = on_state or (lambda state: None)
        self.on_level = on_level or (lambda value: None)
        self.pause_seconds = pause_seconds
        self.no_speech_timeout = no_speech_timeout
        self.continuous = continuous
        # Command mode: an ``engines.CommandVocabulary`` the engine may use to hear commands.
        self.vocabulary = vocabulary
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self.state = DictationState.IDLE

    # --- called from the UI thread (any thread) ---------------------------------------------

    @property
    def active(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start listening; False if already listening."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False
            self._stop.clear()
            self._cancel.clear()
            self._thread = threading.Thread(target=self._run, name="dictation", daemon=True)
            self._thread.start()
            return True

    def stop(self) -> None:
        """Stop listening and recognise what was said so far."""
        self._stop.set()

    def cancel(self) -> None:
        """Stop listening and discard the audio: nothing is delivered."""
        self._cancel.set()
        self._stop.set()

    def toggle(self) -> None:
        if not self.start():
            self.stop()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has finished (tests, the CLI). True if it finished."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    # --- the worker thread --------------------------------------------------------------------

    def _set_state(self, state: DictationState) -> None:
        if state is not self.state:
            self.state = state
            self.on_state(state)

    def _run(self) -> None:
        source = None
        try:
            self._set_state(DictationState.STARTING)
            self.engine.check(self.language)  # say "no model" before opening the microphone
            source = self.source_factory()
            source.open()
            # Audio queues up in the source while a model loads, so nothing said is lost.
            self.engine.prepare(self.language)
            self._listen(source)
        except SpeechError as error:
            self.on_error(error)
        except Exception:  # a bug or a library failure: report it, never kill the app
            log.exception("dictation failed")
            from ..domain.i18n import translate

            self.on_error(SpeechError(translate(
                "Speech", "Dictation stopped because of an unexpected error. Nothing was "
                "changed. The details are in the log file.")))
        finally:
            if source is not None:
                try:
                    source.close()
                except Exception:
                    log.exception("closing the audio source failed")
            self._set_state(DictationState.IDLE)

    def _listen(self, source: AudioSource) -> None:
        detector = SilenceDetector(self.pause_seconds, self.no_speech_timeout)
        session = self._session()
        phrase_audio = 0.0
        heard_any = False
        self._set_state(DictationState.LISTENING)
        try:
            while True:
                if self._stop.is_set():
                    break
                chunk = source.read(timeout=0.1)
                if chunk is None:  # end of a file
                    break
                if not chunk:
                    continue
                session.feed(chunk)
                phrase_audio += seconds(chunk)
                self.on_level(level(chunk))
                event = detector.feed(chunk)
                if event is Event.SPEECH_STARTED:
                    heard_any = True
                    self._set_state(DictationState.HEARING)
                elif event is Event.NO_SPEECH:
                    break
                elif event is Event.PHRASE_ENDED:
                    self._deliver(session, phrase_audio)
                    session = None
                    if not self.continuous:
                        return
                    detector.reset()
                    phrase_audio = 0.0
                    session = self._session()
                    self._set_state(DictationState.LISTENING)
            if self._cancel.is_set():
                return
            if detector.heard_speech:
                self._deliver(session, phrase_audio)
                session = None
            elif not heard_any:
                self.on_error(nothing_heard())
        finally:
            if session is not None:
                session.cancel()

    def _session(self) -> Session:
        if self.vocabulary is not None:
            return self.engine.start_command(self.language, self.vocabulary)
        return self.engine.start(self.language)

    def _deliver(self, session: Session, audio_seconds: float) -> None:
        """Finish one phrase; errors go to ``on_error`` and listening may go on."""
        ended = time.perf_counter()
        self._set_state(DictationState.RECOGNIZING)
        try:
            text = session.finish()
        except SpeechError as error:
            self.on_error(error)
            return
        if self._cancel.is_set():
            return
        self.on_result(PhraseResult(text, self.language, self.engine.id, audio_seconds,
                                    time.perf_counter() - ended))
