"""Read-back: text to speech with pyttsx3, on its own thread, interruptible at once.

pyttsx3's Linux driver (espeak-ng) synthesises a whole utterance and then plays it with
``aplay``, which nothing can interrupt. So pyttsx3 is used for what it does well (voices, rate,
volume, synthesis into a WAV file) and the audio is played here through an ``AudioSink`` that
``stop()`` silences within one 20 ms block. Text is spoken sentence by sentence: the first
sentence plays while the next is synthesised, so the first sound comes quickly even for a long
post.

Screen readers: an explicit read-back (the user pressed "read aloud" or said "baca ulang") always
speaks, because the user asked for it. Status messages go through ``announce()``, which speaks
only when ``self_voicing`` is on; it is off by default so HumasDesk never talks over a running
screen reader. The UI decides when to turn it on (the ``self_voicing`` setting).

All pyttsx3 calls happen on the speech thread: pyttsx3 engines are not safe to share between
threads. Callbacks (``on_state``, ``on_error``, ``on_notice``) arrive on that thread or on the
audio device's thread; the UI marshals them to the GUI thread.
"""

from __future__ import annotations

import contextlib
import io
import logging
import queue
import re
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import translate
from .audio import AudioSink, SoundDeviceSink
from .engines import language_name
from .errors import EngineUnavailableError, SpeechError

log = logging.getLogger(__name__)

# pyttsx3's driver for each system, named rather than left to pyttsx3's guess so that a frozen
# app bundles and loads the right one: SAPI5 on Windows, NSSpeechSynthesizer on macOS, and
# espeak-ng everywhere else.
TTS_DRIVERS = {"win32": "sapi5", "darwin": "nsss"}


def tts_driver(platform: str = sys.platform) -> str:
    return TTS_DRIVERS.get(platform, "espeak")

DEFAULT_RATE = 170  # words per minute; espeak-ng's own default is 175
SYNTHESIS_ATTEMPTS = 3


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class VoiceChoice:
    voice: VoiceInfo | None  # None: the synthesiser's default voice
    fallback_note: str | None  # translated; set when the text's language has no voice


def split_sentences(text: str) -> list[str]:
    """Pieces to synthesise one after another: sentences and lines."""
    pieces = re.split(r"(?<=[.!?…])\s+|\n+", text)
    return [piece.strip() for piece in pieces if piece and piece.strip()]


def _has_samples(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _voice_speaks(voice: VoiceInfo, language: str) -> bool:
    return any(code.lower() == language or code.lower().startswith(language + "-")
               for code in voice.languages) or voice.id.lower().endswith("/" + language)


class ReadBack:
    def __init__(self, sink: AudioSink | None = None, *, rate: int = DEFAULT_RATE,
                 volume: float = 1.0, voice: str = "", self_voicing: bool = False,
                 on_state: Callable[[bool], None] | None = None,
                 on_error: Callable[[SpeechError], None] | None = None,
                 on_notice: Callable[[str], None] | None = None):
        self.sink: AudioSink = sink if sink is not None else SoundDeviceSink()
        self.sink.on_playing = self._first_audio
        self.rate = rate
        self.volume = volume
        self.voice = voice  # a voice id, or "" to choose by the text's language
        self.self_voicing = self_voicing
        self.on_state = on_state or (lambda speaking: None)
        self.on_error = on_error or (lambda error: None)
        self.on_notice = on_notice or (lambda text: None)
        self.first_audio_latency: float | None = None  # seconds, for the last speak()
        self.on_first_audio: Callable[[float], None] | None = None  # measurement hook
        self._lock = threading.Lock()
        self._generation = 0
        self._requested_at = 0.0
        self._measured = True
        self._requests: queue.Queue = queue.Queue()
        self._stashed = None  # a request taken early by the speaking loop, served next
        self._thread: threading.Thread | None = None
        self._engine = None
        self._voices: list[VoiceInfo] | None = None
        self._noted_languages: set[str] = set()
        self.speaking = False

    # --- called from any thread ---------------------------------------------------------------

    def speak(self, text: str, language: str = "id") -> None:
        """Read ``text`` aloud, interrupting whatever is being read."""
        with self._lock:
            self._generation += 1
            generation = self._generation
            self._requested_at = time.perf_counter()
            self._measured = False
            self.first_audio_latency = None
        self.sink.clear()
        self._ensure_thread()
        self._requests.put(("speak", generation, text, language))

    def announce(self, text: str, language: str = "id") -> bool:
        """A status message: spoken only when self-voicing is on. True if it was queued."""
        if not self.self_voicing:
            return False
        self.speak(text, language)
        return True

    def stop(self) -> None:
        """Silence at once (any key does this in the UI). Call it too before dictation starts,
        so the microphone does not hear HumasDesk's own voice."""
        with self._lock:
            self._generation += 1
        self.sink.clear()

    def prepare(self) -> None:
        """Start the synthesiser now (about 0.2 s the first time) so the first read-back is
        quick. Blocks; call it from a background task at start-up."""
        def warm() -> None:
            import numpy  # noqa: F401 - loaded here so the first sentence does not wait for it

            self._load_voices()

        self._call(warm)

    def voices(self) -> list[VoiceInfo]:
        return self._call(self._load_voices)

    def voice_for(self, language: str) -> VoiceChoice:
        return self._call(lambda: self._choose_voice(language))

    def synthesize_to_file(self, text: str, path: str | Path, language: str = "id") -> Path:
        """Write ``text`` as speech to the WAV file ``path`` (blocks until it is written)."""
        path = Path(path)
        self._call(lambda: self._synthesize(text, language, path))
        return path

    def close(self) -> None:
        self.stop()
        if self._thread is not None:
            self._requests.put(None)
            self._thread.join(5)
            self._thread = None
        self.sink.close()

    # --- plumbing -------------------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="read-back", daemon=True)
                self._thread.start()

    def _call(self, function):
        """Run ``function`` on the speech thread and return its result (or raise its error)."""
        if threading.current_thread() is self._thread:
            return function()
        future: Future = Future()
        self._ensure_thread()
        self._requests.put(("call", function, future))
        return future.result()

    def _first_audio(self) -> None:  # the sink's callback: first samples handed to the output
        with self._lock:
            if self._measured:
                return
            self._measured = True
            self.first_audio_latency = time.perf_counter() - self._requested_at
            latency = self.first_audio_latency
        if self.on_first_audio is not None:
            self.on_first_audio(latency)

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _run(self) -> None:  # the speech thread
        while True:
            request = self._stashed if self._stashed is not None else self._requests.get()
            self._stashed = None
            if request is None:
                return
            if request[0] == "call":
                self._serve(request)
                continue
            _, generation, text, language = request
            if not self._current(generation):
                continue  # stopped or replaced before it started
            try:
                self._speak(generation, text, language)
            except SpeechError as error:
                self.on_error(error)
            except Exception:
                log.exception("read-back failed")
                self.on_error(SpeechError(translate(
                    "Speech", "Reading aloud stopped because of an unexpected error. The "
                    "details are in the log file.")))
            finally:
                if self.speaking:
                    self.speaking = False
                    self.on_state(False)

    @staticmethod
    def _serve(request) -> None:
        _, function, future = request
        try:
            future.set_result(function())
        except BaseException as exc:  # handed to the caller, who raises it
            future.set_exception(exc)

    def _speak(self, generation: int, text: str, language: str) -> None:
        self.speaking = True
        self.on_state(True)
        for sentence in split_sentences(text):
            if not self._current(generation):
                return
            samples, rate = self._synthesize_samples(sentence, language)
            if not self._current(generation):
                return
            self.sink.write(samples, rate)
        while self._current(generation) and not self.sink.wait_idle(0.05):
            # While the audio plays, answer calls (voices, files) so no caller waits for the
            # end of a long post; anything else waits for the next turn of the loop.
            if self._stashed is None:
                try:
                    request = self._requests.get_nowait()
                except queue.Empty:
                    continue
                if request is not None and request[0] == "call":
                    self._serve(request)
                else:
                    self._stashed = request

    # --- pyttsx3, on the speech thread only ----------------------------------------------------

    def _pyttsx3(self):
        if self._engine is None:
            try:
                import pyttsx3
            except ImportError:
                raise EngineUnavailableError(translate(
                    "Speech", "Reading aloud is not installed (the Python package “pyttsx3” is "
                    "missing).")) from None
            try:
                self._engine = pyttsx3.init(tts_driver())
            except (RuntimeError, OSError, ImportError) as exc:
                raise EngineUnavailableError(translate(
                    "Speech", "Reading aloud could not start: {reason}. On Debian or Ubuntu, "
                    "install the package espeak-ng.").format(reason=exc)) from None
        return self._engine

    def _load_voices(self) -> list[VoiceInfo]:
        if self._voices is None:
            self._voices = [
                VoiceInfo(str(v.id), str(v.name or v.id),
                          tuple(str(code) for code in (getattr(v, "languages", None) or ())))
                for v in self._pyttsx3().getProperty("voices")]
        return self._voices

    def _choose_voice(self, language: str) -> VoiceChoice:
        voices = self._load_voices()
        if self.voice:
            chosen = next((v for v in voices if v.id == self.voice), None)
            if chosen is not None:
                return VoiceChoice(chosen, None)
        matching = [v for v in voices if _voice_speaks(v, language)]
        # Prefer the plain voice ("id", "en-us") over variants and MBROLA voices, which need
        # extra data that is often not installed.
        matching.sort(key=lambda v: ("mbrola" in v.id.lower() or "mb/" in v.id.lower(),
                                     len(v.id)))
        if matching:
            return VoiceChoice(matching[0], None)
        fallback = next((v for v in voices if _voice_speaks(v, "en")), None)
        note = translate(
            "Speech", "This computer has no {language} voice, so {voice} reads the text and "
            "will mispronounce it. Installing espeak-ng adds an Indonesian voice.").format(
            language=language_name(language),
            voice=fallback.name if fallback else translate("Speech", "the default voice"))
        return VoiceChoice(fallback, note)

    def _configure(self, language: str) -> None:
        engine = self._pyttsx3()
        choice = self._choose_voice(language)
        if choice.fallback_note and language not in self._noted_languages:
            self._noted_languages.add(language)
            self.on_notice(choice.fallback_note)
        if choice.voice is not None:
            engine.setProperty("voice", choice.voice.id)
        engine.setProperty("rate", int(self.rate))
        engine.setProperty("volume", max(0.0, min(1.0, float(self.volume))))

    def _synthesize(self, text: str, language: str, path: Path) -> None:
        self._configure(language)
        engine = self._pyttsx3()
        # pyttsx3's espeak driver synthesises on espeak-ng's own thread, and its stop-and-cancel
        # handling races with that thread: now and then (about 1 in 1,000 back-to-back calls
        # here) an utterance is cancelled and the file is missing or has no samples. Synthesis
        # is deterministic and takes milliseconds, so asking again is safe and cheap.
        for _attempt in range(SYNTHESIS_ATTEMPTS):
            path.unlink(missing_ok=True)
            # The driver prints "Audio saved to ..." on standard output; keep the CLI's output
            # clean. The redirection is process-wide for these few milliseconds; no other
            # HumasDesk thread prints.
            with contextlib.redirect_stdout(io.StringIO()):
                engine.save_to_file(text, str(path))
                engine.runAndWait()
            if _has_samples(path):
                return
            log.warning("the synthesiser returned no audio; asking again")
        raise SpeechError(translate("Speech", "The speech could not be written to {path}.")
                          .format(path=path))

    def _synthesize_samples(self, text: str, language: str):
        import numpy as np

        with tempfile.TemporaryDirectory(prefix="humasdesk-speech-") as folder:
            path = Path(folder) / "sentence.wav"
            self._synthesize(text, language, path)
            with wave.open(str(path), "rb") as wav:
                rate = wav.getframerate()
                channels = wav.getnchannels()
                frames = wav.readframes(wav.getnframes())
        samples = np.frombuffer(frames, dtype="<i2")
        if channels > 1:
            samples = samples.reshape(-1, channels).mean(axis=1).astype("<i2")
        return samples, rate
