"""Where audio comes from and goes to, with no knowledge of recognition or widgets.

Every source delivers the same format: 16 kHz, mono, signed 16-bit little-endian PCM, in short
chunks. The microphone and audio files go through the same ``AudioSource`` interface, so the
tests and the ``dictate`` command feed files through exactly the path live dictation uses.

The microphone uses ``sounddevice`` rather than SpeechRecognition's PyAudio ``Microphone``:
sounddevice installs from a wheel without a compiler (it only needs Debian's ``libportaudio2``),
its callback stream lets a key press stop listening at any instant and gives a level reading for
every chunk (``Recognizer.listen`` blocks until the phrase ends), and the same library plays the
read-back audio, so the app has one audio dependency instead of two.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Protocol

from ..domain.i18n import translate
from .errors import AudioFileError, NoMicrophoneError, NoSoundOutputError

SAMPLE_RATE = 16000
SAMPLE_WIDTH = 2  # bytes: signed 16-bit
CHUNK_SECONDS = 0.05  # 50 ms: a level reading 20 times a second, and a fast reaction to "stop"


def seconds(pcm: bytes) -> float:
    return len(pcm) / (SAMPLE_RATE * SAMPLE_WIDTH)


def rms(pcm: bytes) -> float:
    """Root mean square of 16-bit samples (0 to 32768)."""
    import numpy as np

    if len(pcm) < SAMPLE_WIDTH:
        return 0.0
    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(samples * samples)))


def level(pcm: bytes) -> float:
    """Input level for a meter, 0.0 to 1.0: -60 dBFS and below is 0, full scale is 1."""
    value = rms(pcm)
    if value <= 0:
        return 0.0
    decibels = 20 * math.log10(value / 32768)
    return min(1.0, max(0.0, (decibels + 60) / 60))


class AudioSource(Protocol):
    """A stream of 16 kHz mono 16-bit PCM chunks."""

    def open(self) -> None: ...

    def read(self, timeout: float) -> bytes | None:
        """The next chunk; ``b""`` if none arrived within ``timeout``; ``None`` at the end."""

    def close(self) -> None: ...


class PcmSource:
    """Audio already in memory, handed out in chunks (optionally at the pace of real time, so a
    recording behaves like someone speaking; the benchmark uses that)."""

    def __init__(self, pcm: bytes, *, realtime: bool = False, chunk_seconds: float = CHUNK_SECONDS):
        self._pcm = pcm
        self._realtime = realtime
        self._chunk = int(SAMPLE_RATE * chunk_seconds) * SAMPLE_WIDTH
        self._position = 0
        self._started = 0.0
        self.end_time: float | None = None  # perf_counter() when the last chunk was handed out

    def open(self) -> None:
        self._position = 0
        self._started = time.perf_counter()

    def read(self, timeout: float) -> bytes | None:
        if self._position >= len(self._pcm):
            return None
        if self._realtime:
            due = self._started + seconds(self._pcm[: self._position + self._chunk])
            wait = due - time.perf_counter()
            if wait > timeout:
                time.sleep(timeout)
                return b""
            if wait > 0:
                time.sleep(wait)
        chunk = self._pcm[self._position : self._position + self._chunk]
        self._position += len(chunk)
        if self._position >= len(self._pcm):
            self.end_time = time.perf_counter()
        return chunk

    def close(self) -> None:
        pass


class FileSource(PcmSource):
    """An audio file, decoded when opened: WAV, AIFF and FLAC through SpeechRecognition; other
    formats (a phone's .m4a, .mp3, .ogg) through PyAV when it is installed."""

    def __init__(self, path: str | Path, *, realtime: bool = False):
        super().__init__(b"", realtime=realtime)
        self.path = Path(path)

    def open(self) -> None:
        self._pcm = decode_file(self.path)
        super().open()


def decode_file(path: str | Path) -> bytes:
    """The whole file as 16 kHz mono 16-bit PCM. Raises ``AudioFileError``."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(translate("Speech", "The audio file {path} does not exist.")
                             .format(path=path))
    import speech_recognition as sr

    try:
        with sr.AudioFile(str(path)) as source:
            audio = sr.Recognizer().record(source)
        return audio.get_raw_data(convert_rate=SAMPLE_RATE, convert_width=SAMPLE_WIDTH)
    except (ValueError, EOFError):
        pass  # not WAV/AIFF/FLAC: try the general decoder below
    return _decode_with_pyav(path)


def _decode_with_pyav(path: Path) -> bytes:
    try:
        import av
    except ImportError:
        raise AudioFileError(translate(
            "Speech", "{path} is not a WAV, AIFF or FLAC file, and the decoder for other formats "
            "(the PyAV package) is not installed. Convert the file to WAV, or install PyAV.")
            .format(path=path)) from None
    try:
        chunks = []
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise av.error.InvalidDataError(0, "no audio stream")
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                for converted in resampler.resample(frame):
                    chunks.append(converted.to_ndarray().tobytes())
            for converted in resampler.resample(None):  # flush what the resampler holds
                chunks.append(converted.to_ndarray().tobytes())
        return b"".join(chunks)
    except (av.error.FFmpegError, ValueError, OSError):
        raise AudioFileError(translate(
            "Speech", "{path} could not be read as audio. Is it a sound recording?")
            .format(path=path)) from None


class MicrophoneSource:
    """The default (or a chosen) input device, read through a sounddevice callback stream."""

    def __init__(self, device: int | str | None = None):
        self.device = device
        self._queue: queue.Queue[bytes] = queue.Queue()
        self._stream = None
        self._device_rate = SAMPLE_RATE

    def open(self) -> None:
        sd = _sounddevice(NoMicrophoneError)
        try:
            info = sd.query_devices(self.device, kind="input")
        except (sd.PortAudioError, ValueError):
            raise NoMicrophoneError(translate(
                "Speech", "No microphone was found. Plug one in (or turn it on in the system's "
                "sound settings), then try again.")) from None
        # Ask for 16 kHz; the sound server usually converts. If the device refuses, record at
        # its own rate and convert each chunk here.
        for rate in (SAMPLE_RATE, int(info["default_samplerate"])):
            try:
                self._device_rate = rate
                self._stream = sd.RawInputStream(
                    samplerate=rate, channels=1, dtype="int16", device=self.device,
                    blocksize=int(rate * CHUNK_SECONDS), callback=self._callback)
                self._stream.start()
                return
            except sd.PortAudioError:
                self._stream = None
        raise NoMicrophoneError(translate(
            "Speech", "The microphone “{name}” could not be opened. Another program may be "
            "using it.").format(name=info.get("name", "?")))

    def _callback(self, data, frames, time_info, status) -> None:  # PortAudio's thread
        self._queue.put(bytes(data))

    def read(self, timeout: float) -> bytes | None:
        try:
            chunk = self._queue.get(timeout=timeout)
        except queue.Empty:
            return b""
        if self._device_rate != SAMPLE_RATE:
            chunk = _resample(chunk, self._device_rate)
        return chunk

    def close(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


def _resample(pcm: bytes, rate: int) -> bytes:
    """Linear interpolation to 16 kHz: crude, but speech engines barely notice and it keeps
    the microphone working on devices that refuse 16 kHz."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    count = int(len(samples) * SAMPLE_RATE / rate)
    positions = np.linspace(0, len(samples) - 1, count) if count else np.array([])
    return np.interp(positions, np.arange(len(samples)), samples).astype("<i2").tobytes()


def _sounddevice(error: type[Exception]):
    try:
        import sounddevice
    except ImportError:
        raise error(translate(
            "Speech", "Sound support is not installed: the Python package “sounddevice” is "
            "missing.")) from None
    except OSError:  # the package is there but the PortAudio library is not
        raise error(translate(
            "Speech", "Sound support is not installed: the system library PortAudio is missing "
            "(on Debian or Ubuntu, install the package libportaudio2).")) from None
    return sounddevice


class Event(Enum):
    NONE = "none"
    SPEECH_STARTED = "speech_started"
    PHRASE_ENDED = "phrase_ended"  # speech, then a pause as long as the pause setting
    NO_SPEECH = "no_speech"  # listened for the whole start timeout and heard nobody


class SilenceDetector:
    """Stop-on-silence by energy, against a noise floor that follows the room.

    The floor is the quietest chunk of the last two seconds: between words speech drops to the
    room's own noise, so this tracks a fan or traffic without learning speech as "noise".
    Speech is a chunk louder than three times the floor (and than an absolute minimum, so a
    silent file or a muted microphone never counts as speech). A phrase ends after
    ``pause_seconds`` of quiet that follows at least ``min_speech_seconds`` of speech.
    """

    MIN_RMS = 250.0  # about -42 dBFS: quieter than any speech at a normal distance
    FLOOR_WINDOW = 2.0  # seconds

    def __init__(self, pause_seconds: float = 1.0, no_speech_timeout: float = 10.0,
                 min_speech_seconds: float = 0.15, max_phrase_seconds: float = 60.0):
        self.pause_seconds = pause_seconds
        self.no_speech_timeout = no_speech_timeout
        self.min_speech_seconds = min_speech_seconds
        self.max_phrase_seconds = max_phrase_seconds
        self.reset()

    def reset(self) -> None:
        self.heard_speech = False
        self._recent: deque[tuple[float, float]] = deque()  # (duration, energy), last 2 s
        self._elapsed = 0.0
        self._speech = 0.0
        self._quiet = 0.0
        self._phrase = 0.0

    def feed(self, pcm: bytes) -> Event:
        duration = seconds(pcm)
        if duration == 0:
            return Event.NONE
        energy = rms(pcm)
        self._elapsed += duration
        self._recent.append((duration, energy))
        while sum(d for d, _ in self._recent) - self._recent[0][0] >= self.FLOOR_WINDOW:
            self._recent.popleft()
        floor = min(e for _, e in self._recent)
        loud = energy > max(self.MIN_RMS, 3 * floor)
        if not self.heard_speech:
            self._speech = self._speech + duration if loud else max(0.0, self._speech - duration)
            if self._speech >= self.min_speech_seconds:
                self.heard_speech = True
                self._quiet = 0.0
                self._phrase = self._speech
                return Event.SPEECH_STARTED
            if self._elapsed >= self.no_speech_timeout:
                return Event.NO_SPEECH
            return Event.NONE
        self._phrase += duration
        self._quiet = 0.0 if loud else self._quiet + duration
        if self._quiet >= self.pause_seconds or self._phrase >= self.max_phrase_seconds:
            return Event.PHRASE_ENDED
        return Event.NONE


class AudioSink(Protocol):
    """Where read-back audio goes. ``on_playing`` is called (from any thread) when the first
    samples after a quiet spell are handed to the output: the first-audio moment."""

    on_playing: Callable[[], None] | None

    def write(self, samples, rate: int) -> None:
        """Queue int16 mono samples (a NumPy array) for playing."""

    def clear(self) -> None:
        """Drop everything not yet played, at once."""

    def wait_idle(self, timeout: float) -> bool:
        """True once everything queued has been played."""

    def close(self) -> None: ...


class MemorySink:
    """Keeps the audio instead of playing it (tests, the benchmark, machines without sound)."""

    def __init__(self):
        self.on_playing: Callable[[], None] | None = None
        self.chunks: list = []
        self.rate = 0

    def write(self, samples, rate: int) -> None:
        if not self.chunks and self.on_playing is not None:
            self.on_playing()
        self.rate = rate
        self.chunks.append(samples)

    def clear(self) -> None:
        self.chunks.clear()

    def wait_idle(self, timeout: float) -> bool:
        return True

    def close(self) -> None:
        pass


class SoundDeviceSink:
    """The default output device, through a callback stream fed from a queue, so ``clear()``
    silences it within one block (about 20 ms) whatever the speech thread is doing."""

    BLOCK_SECONDS = 0.02

    def __init__(self, device: int | str | None = None):
        self.device = device
        self.on_playing: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._pending: deque = deque()
        self._idle = threading.Event()
        self._idle.set()
        self._stream = None
        self._rate = 0
        self._announce = False

    def _open(self, rate: int) -> None:
        sd = _sounddevice(NoSoundOutputError)
        if self._stream is not None and self._rate == rate:
            return
        self.close()
        try:
            sd.query_devices(self.device, kind="output")
            self._stream = sd.OutputStream(
                samplerate=rate, channels=1, dtype="int16", device=self.device,
                blocksize=int(rate * self.BLOCK_SECONDS), latency="low",
                callback=self._callback)
            self._stream.start()
        except (sd.PortAudioError, ValueError):
            self._stream = None
            raise NoSoundOutputError(translate(
                "Speech", "No sound output device was found, so nothing can be read aloud. "
                "Connect speakers or headphones and try again.")) from None
        self._rate = rate

    def write(self, samples, rate: int) -> None:
        # Open outside the lock: closing a running stream waits for its callback, which takes
        # the lock.
        self._open(rate)
        with self._lock:
            if not self._pending:
                self._announce = True  # the next block that carries sound is "first audio"
            self._pending.append(samples.reshape(-1))
            self._idle.clear()

    def _callback(self, outdata, frames, time_info, status) -> None:  # PortAudio's thread
        filled = 0
        with self._lock:
            while filled < frames and self._pending:
                head = self._pending[0]
                take = min(frames - filled, len(head))
                outdata[filled : filled + take, 0] = head[:take]
                if take < len(head):
                    self._pending[0] = head[take:]
                else:
                    self._pending.popleft()
                filled += take
            if not self._pending:
                self._idle.set()
            announce = filled > 0 and self._announce
            if announce:
                self._announce = False
        outdata[filled:] = 0
        if announce and self.on_playing is not None:
            self.on_playing()

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
            self._announce = False
            self._idle.set()

    def wait_idle(self, timeout: float) -> bool:
        return self._idle.wait(timeout)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
