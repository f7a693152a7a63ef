"""split(): thread parts that each fit, broken at paragraphs, then sentences, then words."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humasdesk.domain.textrules import (
    BlueskyLimits,
    MastodonLimits,
    TelegramCaptionLimits,
    ThreadsLimits,
    XLimits,
    measure,
    split,
)
from humasdesk.domain.textrules.units import grapheme_ends

NUMBER = re.compile(r" (\d+)/(\d+)\Z")


def without_numbers(parts: list[str]) -> list[str]:
    stripped = []
    for index, part in enumerate(parts, 1):
        match = NUMBER.search(part)
        assert match and match.groups() == (str(index), str(len(parts))), part
        stripped.append(part[:match.start()])
    return stripped


def test_a_text_that_fits_is_one_part_unchanged():
    text = "  Halo semua!\n\nIGD buka 24 jam.  "
    assert split(text, "x") == [text]
    assert split(text, "x", numbering=True) == [text]


def test_paragraphs_come_before_sentences_and_words():
    first = "Pengumuman jadwal poliklinik."
    second = " ".join(["Poli anak buka pukul delapan."] * 9)  # 269 characters
    parts = split(first + "\n\n" + second, "x")
    assert parts[0] == first
    assert all(measure(part, "x").valid for part in parts)


def test_sentences_come_before_words():
    sentence = "Dokter jaga tersedia setiap hari kerja di poli umum lantai dua."
    text = " ".join([sentence] * 6)
    parts = split(text, "x")
    assert len(parts) > 1
    assert all(part.endswith(".") for part in parts)


def test_numbering_is_counted_in_each_part():
    text = " ".join(["kata"] * 120)  # 599 characters
    parts = split(text, "x", numbering=True)
    assert [NUMBER.search(p).group(0) for p in parts] == [f" {i}/{len(parts)}"
                                                          for i in range(1, len(parts) + 1)]
    assert all(measure(part, "x").valid for part in parts)
    assert max(measure(part, "x").length for part in parts) > 270  # parts are filled


def test_numbering_width_grows_with_ten_or_more_parts():
    text = " ".join(["kata"] * 700)
    parts = split(text, "x", numbering=True, limits=XLimits(max_weighted_length=100))
    assert len(parts) >= 10
    assert parts[-1].endswith(f" {len(parts)}/{len(parts)}")
    assert all(measure(p, "x", XLimits(max_weighted_length=100)).valid for p in parts)


def test_links_mentions_and_hashtags_are_never_broken():
    pieces = ["https://rsudsehat.go.id/jadwal/dokter/spesialis/anak", "@humas_rsudsehat",
              "#RSUDSehatSentosa", "rsudsehat.go.id/daftar?poli=anak"]
    text = " ".join(pieces * 20)
    for platform in ("x", "mastodon", "bluesky", "threads"):
        parts = split(text, platform)
        assert all(measure(part, platform).valid for part in parts), platform
        assert " ".join(parts).split() == text.split()


def test_a_word_longer_than_a_part_breaks_between_grapheme_clusters():
    family = "👨\u200d👩\u200d👧\u200d👧"
    text = family * 200  # one "word" of 200 clusters, weight 400 on X
    parts = split(text, "x")
    assert "".join(parts) == text
    assert all(measure(part, "x").valid for part in parts)
    boundaries = set(grapheme_ends(text))
    position = 0
    for part in parts[:-1]:
        position += len(part)
        assert position in boundaries


def test_a_link_longer_than_a_part_stays_whole_in_its_own_part():
    link = "https://rsudsehat.go.id/" + "a" * 400
    parts = split("Lihat " + link + " ya", "bluesky")
    assert link in parts
    assert not measure(link, "bluesky").valid


def test_threads_link_cap_is_cured_by_splitting():
    text = " ".join(f"https://rsud{i}.id" for i in range(12))
    parts = split(text, "threads")
    assert len(parts) == 3
    assert all(measure(part, "threads").valid for part in parts)


# --- properties ---

WORDS = st.sampled_from([
    "rumah", "sakit", "pasien", "dokter", "jadwal", "IGD", "BPJS", "07.30", "Senin,", "sehat.",
    "ya!", "benar?", "😷", "👍🏽", "🇮🇩", "👨\u200d👩\u200d👧", "café", "e\u0301", "中文", "नमस्ते",
    "https://rsud.id/a", "rsud.id/jadwal", "@budi", "@humas.rsud", "@rs.bsky.social",
    "#sehat", "#JagaKesehatan", "$BPJS", "(poli)", "“kutipan”", "a_b", "x*y",
])
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", "  ", "\u00a0"])


@st.composite
def posts(draw):
    # Mostly texts long enough to need splitting, some short enough to fit.
    words = draw(st.lists(WORDS, min_size=draw(st.sampled_from([1, 12, 25])), max_size=80))
    text = words[0]
    for word in words[1:]:
        text += draw(SEPARATORS) + word
    return text


CASES = [
    ("x", XLimits(max_weighted_length=60)),
    ("mastodon", MastodonLimits(max_characters=50)),
    ("bluesky", BlueskyLimits(max_graphemes=40, max_bytes=90)),
    ("threads", ThreadsLimits(max_characters=60, max_links=2)),
    ("telegram_caption", TelegramCaptionLimits(max_characters=50)),
]


@pytest.mark.parametrize("platform,limits", CASES, ids=[p for p, _ in CASES])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=posts(), numbering=st.booleans())
def test_split_properties(platform, limits, text, numbering):
    parts = split(text, platform, numbering=numbering, limits=limits)
    # Every part is valid for the platform.
    for part in parts:
        assert measure(part, platform, limits).valid, (part, measure(part, platform, limits))
    # A text that fits is one part, returned as it is.
    if measure(text, platform, limits).valid:
        assert parts == [text]
        return
    # Without numbering, the parts hold the original words in order.
    bodies = without_numbers(parts) if numbering else parts
    assert " ".join(bodies).split() == text.split()
