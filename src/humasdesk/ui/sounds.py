"""Sound cues: short, distinct tones for published, failed, limit reached, listening and an
emergency in the inbox.

The tones are made here (no sound files to ship or translate) and written once as WAV files
to the cache folder; Qt Multimedia plays them. Cues have their own volume and an off switch,
and nothing depends on hearing them: every cue goes with an announcement in words.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

SAMPLE_RATE = 22050

# (frequency in Hz, duration in ms) steps; rising means good news, falling means a problem.
CUES: dict[str, list[tuple[int, int]]] = {
    "published": [(660, 90), (880, 150)],
    "failed": [(330, 160), (0, 40), (220, 260)],
    "limit": [(1175, 60), (0, 50), (1175, 60)],
    "listening_started": [(440, 70), (660, 110)],
    "listening_stopped": [(660, 70), (440, 110)],
    # An emergency in the inbox: a two-tone call, repeated, unlike any other cue.
    "emergency": [(988, 100), (0, 25), (1319, 100), (0, 25), (988, 100), (0, 25),
                  (1319, 160)],
}


def tone_samples(steps: list[tuple[int, int]], amplitude: float = 0.45) -> list[int]:
    samples: list[int] = []
    for frequency, duration_ms in steps:
        count = SAMPLE_RATE * duration_ms // 1000
        fade = max(1, min(count // 4, SAMPLE_RATE // 200))  # 5 ms ramps: no clicks
        for i in range(count):
            envelope = min(1.0, i / fade, (count - 1 - i) / fade)
            value = math.sin(2 * math.pi * frequency * i / SAMPLE_RATE) if frequency else 0.0
            samples.append(round(32767 * amplitude * envelope * value))
    return samples


def write_wav(path: Path, samples: list[int]) -> None:
    import struct
    import wave

    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def cue_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, steps in CUES.items():
        path = folder / f"{name}.wav"
        if not path.exists():
            write_wav(path, tone_samples(steps))
        files[name] = path
    return files


class Sounds:
    """Plays cues if the user has them on. ``player`` is replaceable (tests record calls)."""

    def __init__(self, folder: Path, settings, player: Callable[[Path, float], None] | None = None):
        self.folder = folder
        self.settings = settings
        self.player = player or self._qt_player
        self._effects: dict[Path, object] = {}

    def play(self, cue: str) -> None:
        if not self.settings.get("sound_cues"):
            return
        volume = self.settings.get("sound_volume") / 100
        if volume <= 0:
            return
        self.player(cue_files(self.folder)[cue], volume)

    def _qt_player(self, path: Path, volume: float) -> None:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Qt Multimedia missing: the words still say everything
            return
        effect = self._effects.get(path)
        if effect is None:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[path] = effect
        effect.setVolume(volume)
        effect.play()
