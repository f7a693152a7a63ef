"""``humasdesk check`` is linear in the text's length, for every platform and for the texts that
used to make it quadratic or worse (bench/check.py has the timings on 1 MB).

Four times the text must take less than eight times as long: linear work gives about four,
quadratic sixteen. Each figure is the fastest of three runs with the garbage collector paused,
which keeps a busy machine's noise out of the ratio; a ratio over the bound is measured again."""

import gc
import sys
import time
from pathlib import Path

import pytest

from humasdesk.domain.textrules import PLATFORMS, measure

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from text_rules import TEXT  # noqa: E402

# name: (repeated unit, characters of the smaller text, platforms); the larger text is four
# times as long. Sizes and platforms are those at which the code before this test was caught.
CASES = {
    "post": (TEXT, 5_000, PLATFORMS),  # an ordinary post: links, mentions, hashtags, emoji
    # A Bluesky facet every few bytes: each facet's UTF-8 offset was counted from the start.
    "facets": ("é #tagé @rsko.bsky.social https://rsud.go.id ", 20_000, ("bluesky",)),
    # Hashtags and never the full-width "＃", which was searched for again after each one.
    "hashtags": (" #é", 20_000, ("bluesky",)),
    # "a.a.a.a…": dotted words and no top-level domain (the URL pattern tried every position).
    "dotted": ("a.", 2_000, PLATFORMS),
    "cashtags": ("$ABC ", 5_000, ("bluesky", "x")),
}
_measure_module = sys.modules["humasdesk.domain.textrules.measure"]


def fastest(text: str, platform: str) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            _measure_module._analysis.cache_clear()
            started = time.perf_counter()
            measure(text, platform)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("case", CASES)
def test_measuring_four_times_the_text_takes_less_than_eight_times_as_long(case):
    unit, size, platforms = CASES[case]
    small = unit * (size // len(unit))
    large = small * 4
    slow = []
    for platform in platforms:
        fastest(small, platform)  # warm the patterns' caches
        # A ratio over the bound is measured once more: a busy machine's stall seldom hits
        # twice, quadratic work always does.
        ratios = []
        for _ in range(2):
            ratios.append(fastest(large, platform) / max(fastest(small, platform), 1e-4))
            if ratios[-1] < 8:
                break
        if min(ratios) >= 8:
            slow.append(f"{platform} x{min(ratios):.1f}")
    assert not slow, f"superlinear on {case}: {', '.join(slow)}"
