"""The shortcuts that make counting fast give exactly what the plain, slow way gives."""

from __future__ import annotations

import re
import unicodedata
from re import _constants as sre_constants
from re import _parser as sre_parser

from hypothesis import given, settings
from hypothesis import strategies as st

from humasdesk.domain.textrules import bluesky, twitter_text
from humasdesk.domain.textrules._scan import scan_from_signs
from humasdesk.domain.textrules._twitter_emoji import EMOJI_FIRST_CHARS, EMOJI_PATTERN
from humasdesk.domain.textrules._twitter_tlds import COUNTRY_TLDS, GENERIC_TLDS
from humasdesk.domain.textrules.units import (
    GRAPHEME,
    NfcText,
    cluster_start,
    grapheme_count,
    grapheme_ends,
    nth_grapheme_end,
    overflow_index,
)

PIECES = [
    "a", "Z", "0", "7", " ", "  ", "\n", "\r\n", "\n\n", ".", ",", ":", "/", "-", "_", "(", ")",
    "@", "＠", "#", "＃", "$", "&", "?", "=", "!", "'", '"', "http://", "https://", "www.",
    "t.co/", ".com", ".id", ".co.id", ".みんな", "xn--ls8h", "rs", "sehat", "RT", "RT:",
    "bsky.social", "é", "e\u0301", "ö", "中文", "ру", "\u202a", "\u2066", "\u200d", "\ufe0f",
    "\u20e3", "😷", "👍🏽", "👨\u200d👩\u200d👧", "🇮🇩", "1\ufe0f\u20e3", "#\ufe0f\u20e3", "©", "®",
    "\u00a0", "\u3000", "न", "्", "\u0600", "\ufffe", "\ufeff",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _url_tuples(matches):
    return [(m.start, m.end, m.url) for m in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_twitter_url_scan_equals_one_scan_of_the_whole_text(text):
    whole = [(m.start("url"), m.end("url"), m.group("url"))
             for m in twitter_text._VALID_URL.finditer(text)] if "." in text else []
    assert _url_tuples(twitter_text.scan_urls(text)) == whole


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sign_scans_equal_plain_scans(text):
    for pattern, signs, lookbehind in (
            (twitter_text._MENTION, "@＠", twitter_text._MENTION_MAX_LOOKBEHIND),
            (twitter_text._HASHTAG, "#＃", 1),
            (bluesky._MENTION_RE, "@", 1),
            (bluesky._TAG_RE, "#＃", 1),
            (bluesky._CASHTAG_RE, "$", 1)):
        fast = [m.span() for m in scan_from_signs(pattern, text, signs, lookbehind)]
        assert fast == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_bluesky_url_scan_equals_one_scan_of_the_whole_text(text):
    fast = [m.span(2) for m in bluesky._scan_url_runs(text)]
    assert fast == [m.span(2) for m in bluesky._URL_RE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_emoji_scan_equals_one_scan_of_the_whole_text(text):
    found = [(e.start, e.end) for e in twitter_text.extract_emoji(text)]
    assert found == [m.span() for m in re.finditer(EMOJI_PATTERN, text)]


def _first_characters(parsed) -> set[int]:
    """Every code point that can begin a match of a parsed pattern (from its syntax tree)."""
    def first(sequence):
        found = set()
        for op, av in sequence:
            chars, nullable = item(op, av)
            found |= chars
            if not nullable:
                return found, False
        return found, True

    def item(op, av):
        if op is sre_constants.LITERAL:
            return {av}, False
        if op is sre_constants.IN:
            chars = set()
            for kind, value in av:
                chars |= {value} if kind is sre_constants.LITERAL else set(
                    range(value[0], value[1] + 1))
            return chars, False
        if op is sre_constants.BRANCH:
            chars, nullable = set(), False
            for alternative in av[1]:
                c, n = first(alternative)
                chars |= c
                nullable = nullable or n
            return chars, nullable
        if op is sre_constants.SUBPATTERN:
            return first(av[-1])
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            chars, nullable = first(av[2])
            return chars, nullable or av[0] == 0
        raise AssertionError(f"unexpected {op}")

    chars, nullable = first(parsed)
    assert not nullable
    return chars


def test_emoji_first_characters_match_the_pattern():
    expected = _first_characters(sre_parser.parse(EMOJI_PATTERN))
    stored = re.compile(f"[{EMOJI_FIRST_CHARS}]")
    assert {c for c in expected if not stored.match(chr(c))} == set()
    assert all(stored.match(chr(c)) is None or c in expected for c in range(0x30000))
    # Only keycaps start with ASCII, which the candidate scan relies on.
    assert {chr(c) for c in expected if c < 0x80} == set("#*0123456789")


def test_tld_trie_accepts_exactly_the_listed_words():
    for words in (GENERIC_TLDS, COUNTRY_TLDS):
        trie = re.compile(twitter_text.alternation(words))
        assert all(trie.fullmatch(word) for word in words)
        prefixes = {word[:i] for word in words for i in range(1, len(word))} - set(words)
        assert not any(trie.fullmatch(prefix) for prefix in prefixes)
        # Where both a word and a longer word fit, the longer is tried first, as in the list.
        assert trie.match("嘉里大酒店").group() == "嘉里大酒店" if "嘉里" in words else True


@settings(max_examples=600, deadline=None)
@given(texts)
def test_grapheme_shortcuts_equal_full_segmentation(text):
    ends = [m.end() for m in GRAPHEME.finditer(text)]
    assert grapheme_count(text) == len(ends)
    assert grapheme_ends(text) == ends
    starts = [0] + ends[:-1] if ends else []
    for index in range(len(text)):
        assert cluster_start(text, index) == max(s for s in starts if s <= index)
    for count in range(len(ends) + 2):
        assert nth_grapheme_end(text, count) == (ends[count - 1] if 0 < count <= len(ends)
                                                 else 0 if count == 0 else len(text))
    weights = [1 if text[s:e].isascii() else len(text[s:e]) for s, e in zip(starts, ends,
                                                                                 strict=True)]
    for limit in range(0, sum(weights) + 2, 3):
        running, expected = 0, len(text)
        for start, weight in zip(starts, weights, strict=True):
            running += weight
            if running > limit:
                expected = start
                break
        assert overflow_index(text, limit, len) == expected


@settings(max_examples=300, deadline=None)
@given(texts)
def test_nfc_text_maps_back_to_original_clusters(text):
    nfc = NfcText(text)
    assert nfc.normalized == unicodedata.normalize("NFC", text)
    mapped = [nfc.to_original(index) for index in range(len(nfc.normalized) + 1)]
    assert mapped == sorted(mapped) and mapped[-1] == len(text)
    assert all(0 <= original <= len(text) for original in mapped)
    if nfc.normalized != text:  # then every position maps to the start of a cluster
        assert all(cluster_start(text, original) == original for original in mapped)
