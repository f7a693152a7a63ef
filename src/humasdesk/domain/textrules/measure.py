"""Measure a text against one platform's rules: length in its unit, problems, entities."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

import regex

from ..errors import UserInputError
from . import bluesky, mastodon, messages, twitter_text
from .limits import (
    DEFAULT_LIMITS,
    BlueskyLimits,
    InstagramLimits,
    LinkedInLimits,
    MastodonLimits,
    NoLimits,
    ThreadsLimits,
    XLimits,
)
from .linkedin import RESERVED_CHARACTERS, escaped_extra_length
from .model import GRAPHEMES, THREADS_CHARACTERS, UTF16, X_WEIGHTED, Entity, Measurement, Problem
from .units import (
    NfcText,
    cluster_start,
    clusters_matching,
    grapheme_count,
    nth_grapheme_end,
    overflow_index,
    utf8_length,
    utf16_length,
)

PLATFORMS = tuple(DEFAULT_LIMITS)


class UnknownPlatform(UserInputError):
    """The platform id is not one of :data:`PLATFORMS`; the message is translated."""


# Mentions on platforms whose own syntax we do not model exactly (Instagram, Threads, Facebook,
# Telegram, LinkedIn, ...): @ plus a user name of letters, digits, "_" and inner ".", not inside a
# word or an e-mail address.
_GENERIC_MENTION = re.compile(
    r"(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])")
_EMOJI_IN_CLUSTER = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]")


class _Analysis:
    """Everything several platforms need from the same text, each worked out once on demand.

    The composer measures one text for every selected account on each key press, so the URL
    scan, grapheme count and so on are shared between the platforms of one text."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def url_scan(self) -> list[twitter_text.UrlMatch]:
        return twitter_text.scan_urls(self.text)

    @cached_property
    def urls(self) -> list[Entity]:
        return twitter_text.extract_urls(self.text, scanned=self.url_scan)

    @cached_property
    def urls_with_protocol(self) -> list[Entity]:
        return twitter_text.extract_urls(self.text, without_protocol=False,
                                         scanned=self.url_scan)

    @cached_property
    def hashtags(self) -> list[Entity]:
        return twitter_text.extract_hashtags(self.text, urls=self.urls)

    @cached_property
    def x_mentions(self) -> list[Entity]:
        return twitter_text.extract_mentions(self.text)

    @cached_property
    def emoji(self) -> list[Entity]:
        return twitter_text.extract_emoji(self.text)

    @cached_property
    def generic_mentions(self) -> list[Entity]:
        if "@" not in self.text:
            return []
        return [Entity("mention", m.group(0), m.group(1), m.start(), m.end())
                for m in _GENERIC_MENTION.finditer(self.text)]

    @cached_property
    def graphemes(self) -> int:
        return grapheme_count(self.text)

    @cached_property
    def utf16(self) -> int:
        return utf16_length(self.text)

    @cached_property
    def nfc(self) -> NfcText:
        return NfcText(self.text)

    def bluesky(self, max_tag_graphemes: int) -> bluesky.Detected:
        cache = self.__dict__.setdefault("_bluesky", {})
        if max_tag_graphemes not in cache:
            cache[max_tag_graphemes] = bluesky.detect_facets(self.text, max_tag_graphemes)
        return cache[max_tag_graphemes]


@lru_cache(maxsize=8)
def _analysis(text: str) -> _Analysis:
    return _Analysis(text)


def measure(text: str, platform: str, limits=None) -> Measurement:
    """Measure ``text`` for ``platform`` (one of :data:`PLATFORMS`).

    ``limits`` is that platform's limits class (``XLimits``, ``MastodonLimits``, ...); ``None``
    means the defaults. All ``start``/``end`` values in the result are ``str`` indices into
    ``text``, end exclusive (Bluesky facets: UTF-8 bytes, end exclusive).
    """
    limits = resolve_limits(platform, limits)
    return _MEASURERS[platform](text, limits, _analysis(text))


def resolve_limits(platform: str, limits=None):
    """The limits to use for ``platform``: ``limits`` if given (checked), else the defaults."""
    if platform not in DEFAULT_LIMITS:
        raise UnknownPlatform(messages.unknown_platform(platform, ", ".join(PLATFORMS)))
    default = DEFAULT_LIMITS[platform]
    if limits is None:
        return default
    if type(limits) is not type(default):
        raise TypeError(messages.wrong_limits(platform, type(default).__name__,
                                              type(limits).__name__))
    return limits


def _result(platform, unit, text, length, limit, problems, urls, mentions, hashtags,
            facets=None) -> Measurement:
    return Measurement(
        platform=platform, unit=unit, length=length, limit=limit,
        remaining=None if limit is None else limit - length, valid=not problems,
        problems=problems, urls=list(urls), mentions=list(mentions), hashtags=list(hashtags),
        facets=facets)


def _first_index_over(text: str, limit: int, weight) -> int:
    """The first index whose character makes the running total of ``weight(char)`` exceed
    ``limit``, moved back to the start of its grapheme cluster."""
    running = 0
    for index, char in enumerate(text):
        running += weight(char)
        if running > limit:
            return cluster_start(text, index)
    return len(text)


def _utf16_weight(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _first_index_over_utf16(text: str, limit: int) -> int:
    """Where the part past ``limit`` UTF-16 units begins (a cut pair is dropped whole)."""
    fitting = text.encode("utf-16-le")[:2 * limit].decode("utf-16-le", "ignore")
    return cluster_start(text, len(fitting))


def _map_entities(entities: list[Entity], nfc: NfcText) -> list[Entity]:
    if nfc.normalized is nfc.original:
        return entities
    mapped = []
    for entity in entities:
        start, end = nfc.to_original(entity.start), nfc.to_original(entity.end)
        mapped.append(Entity(entity.kind, nfc.original[start:end], entity.value, start, end))
    return mapped


# --- the platforms ------------------------------------------------------------------------------


def _measure_x(text: str, limits: XLimits, analysis: _Analysis) -> Measurement:
    config = limits.twitter_text_config()
    nfc = analysis.nfc
    counted = analysis if nfc.normalized is text else _analysis(nfc.normalized)
    emoji = counted.emoji if config.emoji_parsing_enabled else []
    weighed = twitter_text.weighted_count(nfc.normalized, config, counted.urls, emoji)
    length = weighed.scaled_weight // config.scale
    limit = limits.max_weighted_length
    problems: list[Problem] = []
    if limits.requires_text and not text:
        problems.append(messages.empty("x"))
    for index in twitter_text.invalid_characters(nfc.normalized):
        start = nfc.to_original(index)
        problems.append(messages.invalid_character("x", ord(nfc.normalized[index]), start,
                                                   start + 1))
    if length > limit:
        start = nfc.to_original(weighed.limit_end)
        problems.append(messages.too_long("x", length, limit, start, len(text),
                                          messages.how_x_counts(limits.transformed_url_length)))
    return _result("x", X_WEIGHTED, text, length, limit, problems,
                   _map_entities(counted.urls, nfc), _map_entities(counted.x_mentions, nfc),
                   _map_entities(counted.hashtags, nfc))


def _measure_mastodon(text: str, limits: MastodonLimits, analysis: _Analysis) -> Measurement:
    counted = mastodon.count(text, limits.characters_reserved_per_url,
                             urls=analysis.urls_with_protocol)
    limit = limits.max_characters
    problems = []
    if counted.length > limit:
        start = mastodon.overflow_start(counted, limit, len(text))
        problems.append(messages.too_long(
            "mastodon", counted.length, limit, start, len(text),
            messages.how_mastodon_counts(limits.characters_reserved_per_url)))
    return _result("mastodon", GRAPHEMES, text, counted.length, limit, problems, counted.urls,
                   counted.mentions, analysis.hashtags)


def _measure_bluesky(text: str, limits: BlueskyLimits, analysis: _Analysis) -> Measurement:
    detected = analysis.bluesky(limits.max_tag_graphemes)
    length = analysis.graphemes
    problems = []
    if length > limits.max_graphemes:
        start = nth_grapheme_end(text, limits.max_graphemes)
        problems.append(messages.too_long("bluesky", length, limits.max_graphemes, start,
                                          len(text)))
    size = utf8_length(text)
    if size > limits.max_bytes:
        fitting = len(text.encode("utf-8")[:limits.max_bytes].decode("utf-8", "ignore"))
        problems.append(messages.too_many_bytes(size, limits.max_bytes,
                                                cluster_start(text, fitting), len(text)))
    return _result("bluesky", GRAPHEMES, text, length, limits.max_graphemes, problems,
                   detected.urls, detected.mentions, detected.hashtags, detected.facets)


def _threads_weight(cluster: str, emoji_counts_utf8_bytes: bool) -> int:
    if emoji_counts_utf8_bytes and not cluster.isascii() and _EMOJI_IN_CLUSTER.search(cluster):
        return utf8_length(cluster)
    return 1


def _threads_length(text: str, analysis: _Analysis, emoji_counts_utf8_bytes: bool) -> int:
    if not emoji_counts_utf8_bytes or text.isascii():
        return analysis.graphemes
    emoji = clusters_matching(text, _EMOJI_IN_CLUSTER)
    return analysis.graphemes + sum(utf8_length(cluster) - 1 for cluster in emoji)


def _threads_overflow_start(text: str, limit: int, emoji_counts_utf8_bytes: bool) -> int:
    return overflow_index(text, limit,
                          lambda cluster: _threads_weight(cluster, emoji_counts_utf8_bytes))


def _measure_threads(text: str, limits: ThreadsLimits, analysis: _Analysis) -> Measurement:
    length = _threads_length(text, analysis, limits.emoji_counts_utf8_bytes)
    limit = limits.max_characters
    problems = []
    if length > limit:
        start = _threads_overflow_start(text, limit, limits.emoji_counts_utf8_bytes)
        how = messages.how_threads_counts() if limits.emoji_counts_utf8_bytes else ""
        problems.append(messages.too_long("threads", length, limit, start, len(text), how))
    urls = analysis.urls
    if len(urls) > limits.max_links:
        problems.append(messages.too_many_links(
            "threads", len(urls), limits.max_links, urls[limits.max_links].start, urls[-1].end))
    unit = THREADS_CHARACTERS if limits.emoji_counts_utf8_bytes else GRAPHEMES
    return _result("threads", unit, text, length, limit, problems, urls,
                   analysis.generic_mentions, analysis.hashtags)


def _utf16_too_long(platform: str, text: str, length: int, limit: int) -> list[Problem]:
    if length <= limit:
        return []
    start = _first_index_over_utf16(text, limit)
    return [messages.too_long(platform, length, limit, start, len(text),
                              "" if text.isascii() else messages.how_utf16_counts())]


def _measure_instagram(text: str, limits: InstagramLimits, analysis: _Analysis) -> Measurement:
    length, limit = analysis.utf16, limits.max_characters
    problems = _utf16_too_long("instagram", text, length, limit)
    hashtags, mentions = analysis.hashtags, analysis.generic_mentions
    if len(hashtags) > limits.max_hashtags:
        problems.append(messages.too_many_hashtags(
            "instagram", len(hashtags), limits.max_hashtags, hashtags[limits.max_hashtags].start,
            hashtags[-1].end))
    if len(mentions) > limits.max_mentions:
        problems.append(messages.too_many_mentions(
            "instagram", len(mentions), limits.max_mentions, mentions[limits.max_mentions].start,
            mentions[-1].end))
    return _result("instagram", UTF16, text, length, limit, problems, analysis.urls, mentions,
                   hashtags)


def _measure_utf16_platform(platform: str):
    def measure_platform(text: str, limits, analysis: _Analysis) -> Measurement:
        length, limit = analysis.utf16, limits.max_characters
        problems = []
        if getattr(limits, "requires_text", False) and not text:
            problems.append(messages.empty(platform))
        problems += _utf16_too_long(platform, text, length, limit)
        return _result(platform, UTF16, text, length, limit, problems, analysis.urls,
                       analysis.generic_mentions, analysis.hashtags)
    return measure_platform


def _linkedin_weight(char: str) -> int:
    return _utf16_weight(char) + (1 if char in RESERVED_CHARACTERS else 0)


def _measure_linkedin(text: str, limits: LinkedInLimits, analysis: _Analysis) -> Measurement:
    length = analysis.utf16 + escaped_extra_length(text)
    limit = limits.max_characters
    problems = []
    if length > limit:
        start = _first_index_over(text, limit, _linkedin_weight)
        problems.append(messages.too_long("linkedin", length, limit, start, len(text),
                                          messages.how_linkedin_counts()))
    return _result("linkedin", UTF16, text, length, limit, problems, analysis.urls,
                   analysis.generic_mentions, analysis.hashtags)


def _measure_unlimited(platform: str):
    def measure_platform(text: str, limits: NoLimits, analysis: _Analysis) -> Measurement:
        return _result(platform, GRAPHEMES, text, analysis.graphemes, None, [], analysis.urls,
                       analysis.generic_mentions, analysis.hashtags)
    return measure_platform


_MEASURERS = {
    "x": _measure_x,
    "mastodon": _measure_mastodon,
    "bluesky": _measure_bluesky,
    "threads": _measure_threads,
    "instagram": _measure_instagram,
    "facebook": _measure_utf16_platform("facebook"),
    "telegram": _measure_utf16_platform("telegram"),
    "telegram_caption": _measure_utf16_platform("telegram_caption"),
    "linkedin": _measure_linkedin,
    "wordpress": _measure_unlimited("wordpress"),
    "outbox": _measure_unlimited("outbox"),
    "assisted": _measure_unlimited("assisted"),
}
assert set(_MEASURERS) == set(DEFAULT_LIMITS)
