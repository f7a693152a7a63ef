#!/usr/bin/env python3
"""``humasdesk check`` on a 1 MB text, for every platform: linear in the text's length.

The text is the 2,000-character Indonesian post of bench/text_rules.py (links, mentions,
hashtags, emoji with joiners and flags) repeated to 1,000,000 UTF-8 bytes, and a second text of
half that. Each round measures and prints (to memory) exactly what ``check`` does, with the
measurement cache emptied first, as in a new process. Medians over ``--rounds``.

Baseline, in the same rounds: counting the grapheme clusters of the same texts (one pass of
Unicode segmentation, which every platform's count needs at least). Growth: the time for the
whole text over the time for half of it; about 2 for linear work, 4 for quadratic.

The figure printed last: the slowest platform on 1 MB (target: at most 1 s) and the largest
growth (target: at most 3; quadratic work gives 4).

    python bench/check.py [--rounds 3] [--megabytes 1]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT / "bench"))

from text_rules import TEXT  # noqa: E402


def text_of(size: int) -> str:
    """TEXT repeated and cut to at most ``size`` UTF-8 bytes, at a grapheme boundary."""
    from humasdesk.domain.textrules.units import cluster_start

    unit = len(TEXT.encode("utf-8"))
    text = TEXT * (size // unit + 1)
    cut = len(text.encode("utf-8")[:size].decode("utf-8", "ignore"))
    return text[:cluster_start(text, cut)]


def run_check(text: str, platform: str) -> None:
    """What ``humasdesk check --platform PLATFORM`` does after reading the text."""
    from humasdesk.cli.text import _print_measurement
    from humasdesk.domain.textrules import measure

    sys.modules["humasdesk.domain.textrules.measure"]._analysis.cache_clear()
    with contextlib.redirect_stdout(io.StringIO()):
        _print_measurement(measure(text, platform))


def baseline(text: str) -> None:
    from humasdesk.domain.textrules.units import grapheme_count

    grapheme_count(text)


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> int:
    from humasdesk.cli.text import CLI_PLATFORMS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    full, half = text_of(size), text_of(size // 2)
    print(f"text: {len(full.encode('utf-8')):,} bytes, {len(full):,} characters "
          f"(half: {len(half.encode('utf-8')):,} bytes); medians of {args.rounds} rounds")
    cases = [("baseline: grapheme count", baseline)] + [
        (platform, lambda text, p=platform: run_check(text, p)) for platform in CLI_PLATFORMS]
    times = {name: ([], []) for name, _ in cases}
    deadline = time.monotonic() + 600
    for _ in range(args.rounds):
        for name, call in cases:
            times[name][0].append(timed(lambda c=call: c(full)))
            times[name][1].append(timed(lambda c=call: c(half)))
        if time.monotonic() > deadline:
            print("  (stopped early: 600 s limit)")
            break
    slowest, worst_growth = (0.0, ""), 0.0
    for name, _ in cases:
        whole, halved = (statistics.median(t) for t in times[name])
        growth = whole / halved if halved else float("inf")
        print(f"  {name:26s} {whole:8.3f} s   half {halved:7.3f} s   growth x{growth:.2f}")
        if name.startswith("baseline"):
            continue
        slowest = max(slowest, (whole, name))
        worst_growth = max(worst_growth, growth)
    seconds, platform = slowest
    print(f"check on {args.megabytes:g} MB: slowest {platform} {seconds:.3f} s "
          f"({'ok' if seconds <= 1 else 'OVER'} ≤ 1 s); largest growth for twice the text "
          f"x{worst_growth:.2f} ({'ok' if worst_growth <= 3 else 'OVER'} ≤ 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
