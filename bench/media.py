#!/usr/bin/env python3
"""Pictures and posts: fitting a 12-megapixel phone photo for every platform a post targets,
reading the words on a poster, and guessing a post's language.

The photo is made here: 4000 × 3000 pixels of photo-like light and grain (JPEG quality 95,
about 6 MB), stored sideways with an EXIF orientation, GPS and a serial number, as a phone
stores it. Each round fits it for the platforms given (all nine by default) into an empty
cache folder, as the publishing engine does the first time a post goes out: read once, shrunk
for each platform, turned upright, re-encoded without metadata until it fits. Median over
``--rounds``. The load average is printed too: on a machine shared with others the figure
grows with it.

Before it, the figures in ``FIGURES`` (each a function returning label, seconds and goal):

- OCR of a poster: Describe image on a generated A5 poster at 150 dpi with Indonesian text
  (tests/poster_support.py): tesseract with its Indonesian and English data, plus the blur
  check. Goal: at most 3 s.
- The post's language: the guess on each of the 112 labelled posts of
  tests/data/languages/posts.tsv (Indonesian, English, mixed, other), with its accuracy.
  Goal: at most 5 ms per post (the composer guesses on every change of the text); the model
  loads once, off the GUI thread, and that time is printed too.

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
sys.path.insert(0, str(ROOT / "tests"))  # poster_support: the posters the tests read

FIT_GOAL_SECONDS = 1.5
OCR_GOAL_SECONDS = 3.0
LANGUAGE_GOAL_SECONDS = 0.005


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


def ocr_figure(rounds: int, _platforms: list[str]) -> tuple[str, float, float]:
    from humasdesk.services.describing import describe_picture, picture_sharpness
    from poster_support import poster

    with tempfile.TemporaryDirectory(prefix="humasdesk-bench-ocr-") as folder:
        path = poster(Path(folder) / "poster.png")
        times, reading = [], None
        for _ in range(rounds):
            started = time.perf_counter()
            reading = describe_picture(path)
            picture_sharpness(path)
            times.append(time.perf_counter() - started)
    print(f"  proposed: {reading.alt_text}")
    return "OCR of a poster (words, description, blur check)", statistics.median(times), \
        OCR_GOAL_SECONDS


def language_figure(rounds: int, _platforms: list[str]) -> tuple[str, float, float]:
    from humasdesk.services.post_language import detect_language, load_model

    rows = [line.split("\t") for line in
            (ROOT / "tests/data/languages/posts.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    started = time.perf_counter()
    load_model()
    load_seconds = time.perf_counter() - started
    times, right = [], 0
    for round_number in range(rounds):
        for expected, _kind, text in rows:
            started = time.perf_counter()
            found = detect_language(text)
            times.append(time.perf_counter() - started)
            if round_number == 0:
                right += (found not in ("id", "en")) if expected == "other" else found == expected
    print(f"  {right}/{len(rows)} posts right ({right / len(rows):.1%}); slowest "
          f"{max(times) * 1000:.2f} ms; the model loaded in {load_seconds:.2f} s")
    return (f"post language, median per post ({right / len(rows):.1%} right)",
            statistics.median(times), LANGUAGE_GOAL_SECONDS)


# (name, function(rounds, platforms) -> (label, seconds, goal)), printed before the fitting.
FIGURES: list[tuple[str, Callable[[int, list[str]], tuple[str, float, float]]]] = [
    ("language", language_figure),  # first: it also times loading the model
    ("ocr", ocr_figure),
]


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
        print(f"{label}: {seconds:.4f} s (goal ≤ {goal} s)")
    label, seconds, goal = fit_figure(args.rounds, platforms)
    print(f"{label}: {seconds:.2f} s (goal ≤ {goal} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
