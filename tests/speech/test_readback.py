"""Read-back with pyttsx3 (espeak-ng on Linux): files with real speech, interruption, voices,
and the self-voicing rule."""

from __future__ import annotations

import subprocess
import time
import wave

import pytest
from speech_support import require, require_module

from humasdesk.speech.audio import MemorySink, SoundDeviceSink
from humasdesk.speech.readback import ReadBack, split_sentences

SHORT = {"id": "Klinik buka besok.", "en": "The clinic opens tomorrow."}
LONG = {
    "id": "Klinik buka besok. Rumah sakit membuka klinik anak yang baru pada hari Senin pagi. "
          "Pengunjung dipersilakan datang dan membawa kartu berobat.",
    "en": "The clinic opens tomorrow. The hospital opens a new children's clinic on Monday "
          "morning. Visitors are welcome and should bring their patient card.",
}


@pytest.fixture(scope="module")
def reader():
    require_module("pyttsx3", "pip install pyttsx3")
    speaker = ReadBack(MemorySink())
    try:
        speaker.prepare()
    except Exception as exc:  # noqa: BLE001 - the reason becomes the skip message
        require(False, f"pyttsx3 cannot start here: {exc} (Debian package espeak-ng)")
    yield speaker
    speaker.close()


def measure(path):
    """(seconds, RMS of the 16-bit samples) with Python; sox agrees when it is installed."""
    import numpy as np

    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        duration = wav.getnframes() / wav.getframerate()
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float64)
    return duration, float(np.sqrt(np.mean(samples * samples))) if len(samples) else 0.0


@pytest.mark.parametrize("language", ["id", "en"])
def test_speech_to_file_is_sound_and_grows_with_the_text(reader, tmp_path, language):
    short = reader.synthesize_to_file(SHORT[language], tmp_path / "short.wav", language)
    long = reader.synthesize_to_file(LONG[language], tmp_path / "long.wav", language)
    short_seconds, short_rms = measure(short)
    long_seconds, long_rms = measure(long)
    print(f"{language}: short {short_seconds:.2f} s (RMS {short_rms:.0f}), "
          f"long {long_seconds:.2f} s (RMS {long_rms:.0f})")
    assert short_rms > 500 and long_rms > 500  # speech, not silence (-36 dBFS and up)
    assert short_seconds > 0.8
    assert long_seconds > 3 * short_seconds


def test_sox_hears_the_same(reader, tmp_path):
    from speech_support import require_program

    sox = require_program("sox", "Debian package sox")
    path = reader.synthesize_to_file(LONG["id"], tmp_path / "id.wav", "id")
    stats = subprocess.run([sox, str(path), "-n", "stat"], capture_output=True, text=True).stderr
    values = {line.split(":")[0].strip(): line.split(":")[1].strip()
              for line in stats.splitlines() if ":" in line}
    assert float(values["Length (seconds)"]) > 5
    assert float(values["RMS     amplitude"]) > 0.015  # about -36 dBFS


def test_indonesian_voice_is_chosen_and_a_missing_language_is_explained(reader):
    choice = reader.voice_for("id")
    assert choice.voice is not None and choice.fallback_note is None
    assert "id" in choice.voice.languages or choice.voice.id.endswith("/id")
    missing = reader.voice_for("xx")
    assert missing.fallback_note and "no xx voice" in missing.fallback_note


class PacedSink(MemorySink):
    """Plays at the pace of real time, like a sound card: what was written but not yet
    "played" is dropped by clear()."""

    def __init__(self):
        super().__init__()
        self.queued = 0
        self.started: float | None = None
        self.played_when_cleared: float | None = None

    def played(self) -> float:
        if self.started is None:
            return 0
        return min(self.queued, (time.perf_counter() - self.started) * (self.rate or 22050))

    def write(self, samples, rate):
        if self.started is None:
            self.started = time.perf_counter()
        super().write(samples, rate)
        self.queued += len(samples)

    def clear(self):
        if self.started is not None:
            self.played_when_cleared = self.played() / (self.rate or 22050)
            self.queued = int(self.played())
        super().clear()

    def wait_idle(self, timeout):
        remaining = (self.queued - self.played()) / (self.rate or 22050)
        time.sleep(max(0.0, min(timeout, remaining)))
        return self.played() >= self.queued


def test_speak_reaches_the_output_before_the_whole_text_and_stop_interrupts():
    require_module("pyttsx3", "pip install pyttsx3")
    sink = PacedSink()
    states = []
    speaker = ReadBack(sink, on_state=states.append)
    try:
        speaker.prepare()
        speaker.speak(LONG["id"], "id")  # about 10 seconds of speech
        deadline = time.monotonic() + 5
        while speaker.first_audio_latency is None and time.monotonic() < deadline:
            time.sleep(0.005)
        # How quickly is measured by bench/speech.py; here only that sound starts (a loose
        # bound, so a loaded machine does not fail the test) while the text is still playing.
        assert speaker.first_audio_latency is not None and speaker.first_audio_latency < 2
        time.sleep(0.5)
        assert speaker.speaking
        speaker.stop()
        deadline = time.monotonic() + 1
        while speaker.speaking and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not speaker.speaking and states == [True, False]
        assert sink.played_when_cleared is not None and sink.played_when_cleared < 1.5
    finally:
        speaker.close()


def test_a_new_speak_replaces_the_old_one(reader):
    reader.speak(LONG["en"], "en")
    reader.speak(SHORT["id"], "id")
    deadline = time.monotonic() + 5
    while (not reader.sink.chunks or reader.speaking) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(reader.sink.chunks) == 1  # only the short Indonesian sentence


def test_status_messages_stay_quiet_unless_self_voicing_is_on():
    require_module("pyttsx3", "pip install pyttsx3")
    sink = MemorySink()
    speaker = ReadBack(sink)
    try:
        assert speaker.announce("Terbit.") is False
        time.sleep(0.2)
        assert sink.chunks == []
        speaker.self_voicing = True
        assert speaker.announce("Terbit.") is True
        deadline = time.monotonic() + 5
        while not sink.chunks and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sink.chunks
    finally:
        speaker.close()


def test_no_sound_device_is_reported():
    sd = require_module("sounddevice", "pip install sounddevice; Debian package libportaudio2")
    try:
        sd.query_devices(kind="output")
        pytest.skip("this machine has a sound output device")
    except sd.PortAudioError:
        pass
    errors = []
    speaker = ReadBack(SoundDeviceSink(), on_error=errors.append)
    try:
        speaker.speak("Halo.", "id")
        deadline = time.monotonic() + 5
        while not errors and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        speaker.close()
    assert "No sound output device" in str(errors[0])


def test_sentences_are_split_for_a_quick_first_sound():
    assert split_sentences("Satu. Dua? Tiga!\nEmpat") == ["Satu.", "Dua?", "Tiga!", "Empat"]
    assert split_sentences("  \n ") == []



class DroppingSynthesiser:
    """pyttsx3's engine surface, writing a silent WAV for the first ``drops`` utterances (what
    the espeak driver does about once in a thousand back-to-back calls) and sound after."""

    def __init__(self, drops: int):
        self.drops = drops
        self.calls = 0
        self._pending = None

    def getProperty(self, name):
        return [] if name == "voices" else None

    def setProperty(self, name, value):
        pass

    def save_to_file(self, text, filename):
        self._pending = filename

    def runAndWait(self):
        self.calls += 1
        frames = b"" if self.calls <= self.drops else b"\x10\x27" * 2205
        with wave.open(self._pending, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(frames)


def test_an_utterance_the_synthesiser_dropped_is_asked_for_again(tmp_path):
    speaker = ReadBack(MemorySink())
    speaker._engine = DroppingSynthesiser(drops=1)
    try:
        path = speaker.synthesize_to_file("Klinik buka besok.", tmp_path / "once.wav")
        assert measure(path)[0] == pytest.approx(0.1)
        assert speaker._engine.calls == 2
    finally:
        speaker.close()


def test_a_synthesiser_that_never_gives_sound_is_reported_not_played_as_silence(tmp_path):
    from humasdesk.speech.errors import SpeechError

    speaker = ReadBack(MemorySink())
    speaker._engine = DroppingSynthesiser(drops=99)
    try:
        with pytest.raises(SpeechError, match="could not be written"):
            speaker.synthesize_to_file("Klinik buka besok.", tmp_path / "never.wav")
        assert speaker._engine.calls == 3
    finally:
        speaker.close()
