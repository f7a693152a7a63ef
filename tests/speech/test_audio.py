"""Audio plumbing without a sound card: stop-on-silence, the level meter, resampling, the
output sink's callback, and file decoding."""

from __future__ import annotations

import numpy as np
import pytest
from speech_support import require_module, require_program, silence, write_wav

from humasdesk.speech.audio import (
    Event,
    SilenceDetector,
    SoundDeviceSink,
    _resample,
    decode_file,
    level,
)
from humasdesk.speech.errors import AudioFileError

RATE = 16000
CHUNK = 800  # 50 ms


def noise(seconds: float, rms: float, seed: int = 1) -> bytes:
    rng = np.random.default_rng(seed)
    return rng.normal(0, rms, int(RATE * seconds)).clip(-32768, 32767).astype("<i2").tobytes()


def syllables(seconds: float, rms: float = 4000) -> bytes:
    """Speech-like: 200 ms tones with 80 ms gaps."""
    t = np.arange(int(RATE * 0.2)) / RATE
    tone = (np.sin(2 * np.pi * 220 * t) * rms * np.sqrt(2)).astype("<i2").tobytes()
    gap = b"\0\0" * int(RATE * 0.08)
    out = b""
    while len(out) < RATE * 2 * seconds:
        out += tone + gap
    return out[: int(RATE * seconds) * 2]


def events(detector: SilenceDetector, pcm: bytes) -> list[tuple[float, Event]]:
    found = []
    for i in range(0, len(pcm), CHUNK * 2):
        event = detector.feed(pcm[i : i + CHUNK * 2])
        if event is not Event.NONE:
            found.append((round(i / (RATE * 2), 2), event))
        if event in (Event.PHRASE_ENDED, Event.NO_SPEECH):
            break  # the controller finishes the phrase here
    return found


def test_phrase_ends_after_the_pause_in_a_noisy_room():
    room = noise(1.0, 400)  # a fan: louder than the absolute minimum
    pcm = room + (np.frombuffer(syllables(2.0), "<i2").astype(np.int32)
                  + np.frombuffer(noise(2.0, 400, 2), "<i2")).clip(-32768, 32767)\
        .astype("<i2").tobytes() + noise(2.0, 400, 3)
    found = events(SilenceDetector(pause_seconds=1.0), pcm)
    assert [event for _, event in found] == [Event.SPEECH_STARTED, Event.PHRASE_ENDED]
    started, ended = found[0][0], found[1][0]
    assert 1.0 <= started <= 1.3
    assert 3.9 <= ended <= 4.2  # speech ends at 3.0 s, plus the 1.0 s pause


def test_room_noise_alone_is_not_speech():
    [(when, event)] = events(SilenceDetector(no_speech_timeout=3.0), noise(4.0, 600))
    assert event is Event.NO_SPEECH and when == pytest.approx(2.95, abs=0.06)


def test_digital_silence_and_a_muted_microphone_are_not_speech():
    for pcm in (silence(3), noise(3, 50)):
        [(when, event)] = events(SilenceDetector(no_speech_timeout=2.0), pcm)
        assert event is Event.NO_SPEECH and when == pytest.approx(1.95, abs=0.06)


def test_speech_from_the_first_moment_is_caught():
    found = events(SilenceDetector(), syllables(1.5) + silence(1.5))
    assert [event for _, event in found] == [Event.SPEECH_STARTED, Event.PHRASE_ENDED]


def test_level_meter():
    assert level(silence(0.05)) == 0.0
    full = (np.sin(np.arange(800) / 3) * 32000).astype("<i2").tobytes()
    assert level(full) > 0.9  # a full-scale sine is -3 dBFS
    quiet = (np.sin(np.arange(800) / 3) * 100).astype("<i2").tobytes()
    assert 0.0 < level(quiet) < 0.2
    assert level(b"") == 0.0


def test_resampling_keeps_duration_and_pitch():
    t = np.arange(48000) / 48000
    tone = (np.sin(2 * np.pi * 440 * t) * 10000).astype("<i2").tobytes()
    out = np.frombuffer(_resample(tone, 48000), "<i2").astype(np.float64)
    assert len(out) == 16000
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(np.argmax(spectrum) - 440) <= 1  # 1 Hz bins over one second


def test_output_sink_plays_in_order_announces_once_and_clears_at_once():
    sink = SoundDeviceSink()
    sink._open = lambda rate: None  # no device needed to test the callback's logic
    played = []
    sink.on_playing = lambda: played.append(True)
    sink.write(np.arange(1, 701, dtype="<i2"), 22050)
    sink.write(np.arange(701, 1001, dtype="<i2"), 22050)
    block = np.zeros((441, 1), dtype="<i2")
    sink._callback(block, 441, None, None)
    assert list(block[:, 0]) == list(range(1, 442))
    assert played == [True]
    assert not sink.wait_idle(0)
    sink._callback(block, 441, None, None)
    assert list(block[:, 0]) == list(range(442, 883))
    sink.clear()
    assert sink.wait_idle(0)
    sink._callback(block, 441, None, None)
    assert not block.any()  # silence right after clear()
    assert played == [True]


def test_decoding_wav_at_another_rate_and_stereo(tmp_path):
    import wave

    t = np.arange(44100) / 44100
    left = (np.sin(2 * np.pi * 300 * t) * 8000).astype("<i2")
    stereo = np.column_stack([left, left]).reshape(-1).tobytes()
    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(stereo)
    pcm = decode_file(path)
    assert abs(len(pcm) / 2 - 16000) <= 2


def test_other_formats_through_pyav(tmp_path):
    require_module("av", "pip install av (comes with faster-whisper)")
    sox = require_program("sox", "Debian package sox")
    import subprocess

    wav = write_wav(tmp_path / "x.wav", syllables(1.0))
    ogg = tmp_path / "x.ogg"
    done = subprocess.run([sox, str(wav), str(ogg)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("this sox cannot write Ogg Vorbis")
    pcm = decode_file(ogg)
    assert abs(len(pcm) / 2 - 16000) < 800
    assert level(pcm) > 0.5


def test_missing_and_non_audio_files(tmp_path):
    with pytest.raises(AudioFileError, match="does not exist"):
        decode_file(tmp_path / "none.wav")
    text = tmp_path / "notes.m4a"
    text.write_text("not audio", encoding="utf-8")
    with pytest.raises(AudioFileError, match="could not be read as audio"):
        decode_file(text)
