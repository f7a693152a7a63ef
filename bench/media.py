#!/usr/bin/env python3
"""Pictures: fitting a 12-megapixel phone photo for every platform a post targets.

The photo is made here: 4000 × 3000 pixels of photo-like light and grain (JPEG quality 95,
about 6 MB), stored sideways with an EXIF orientation, GPS and a serial number, as a phone
stores it. Each round fits it for the platforms given (all nine by default) into an empty
cache folder, as the publishing engine does the first time a post goes out: read once, shrunk
for each platform, turned upright, re-encoded without metadata until it fits. Median over
``--rounds``. The load average is printed too: on a machine shared with others the figure
grows with it.

More figures will join this one (OCR of a poster, the post's language): each is a function
that returns (label, seconds, goal seconds), listed in ``FIGURES``.

The figure printed last: fitting for all the platforms, in seconds (goal: at most 1.5 s).

    python bench/media.py [--rounds 3] [--platforms bluesky,x,mastodon,...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FIT_GOAL_SECONDS = 1.5


def make_phone_photo(folder: Path) -> Path:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(7)
    height, width = 3000, 4000
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    pixels = np.stack([x / width * 200 + 30, y / height * 200 + 30,
                       (np.sin(x / 37) + np.cos(y / 53)) * 50 + 120], -1)
    pixels += rng.normal(0, 14, (height, width, 3))
    path = folder / "IMG_20261205_093000.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: "turn right to show"
    exif[0xA431] = "CAM-SN-99887766"  # BodySerialNumber
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=95,
                                                                     exif=exif)
    return path


def fit_figure(rounds: int, platforms: list[str]) -> tuple[str, float, float]:
    from humasdesk.media.fit import fit_many
    from humasdesk.media.limits import limits_for

    folder = Path(tempfile.mkdtemp(prefix="humasdesk-bench-media-"))
    try:
        photo = make_phone_photo(folder)
        photo_mb = photo.stat().st_size / 1e6
        all_limits = [limits_for(name) for name in platforms]
        times = []
        for round_number in range(rounds):
            cache = folder / f"cache-{round_number}"
            started = time.perf_counter()
            copies = fit_many(photo, all_limits, cache)
            times.append(time.perf_counter() - started)
        for name, copy in zip(platforms, copies, strict=True):
            print(f"  {name:10} {copy.width:5} × {copy.height:<5} {copy.size / 1e6:5.2f} MB "
                  f"{copy.mime_type}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    label = (f"fit a 12-megapixel photo for {len(platforms)} platforms "
             f"(photo {photo_mb:.1f} MB)")
    return label, statistics.median(times), FIT_GOAL_SECONDS


# (name, function(rounds, platforms) -> (label, seconds, goal)); the later figures (OCR of a
# poster, language detection per post) are added here.
FIGURES: list[tuple[str, Callable[[int, list[str]], tuple[str, float, float]]]] = []


def main(argv: list[str] | None = None) -> int:
    from humasdesk.media.limits import PLATFORM_LIMITS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--platforms", default=",".join(PLATFORM_LIMITS))
    args = parser.parse_args(argv)
    platforms = [name.strip() for name in args.platforms.split(",") if name.strip()]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for _name, figure in FIGURES:
        label, seconds, goal = figure(args.rounds, platforms)
        print(f"{label}: {seconds:.2f} s (goal ≤ {goal} s)")
    label, seconds, goal = fit_figure(args.rounds, platforms)
    print(f"{label}: {seconds:.2f} s (goal ≤ {goal} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
