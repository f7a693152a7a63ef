"""Mastodon's server-side length rule (``StatusLengthValidator``), which decides acceptance.

The counted string is ``spoiler_text + countable_text(text)``, measured in grapheme clusters.
``countable_text`` replaces every URL with a protocol (found by the twitter-text extractor with
``extract_url_without_protocol: false``) by the instance's URL reserve, and every mention
``@user@domain`` by ``@user``. A mention whose domain is longer than 253 characters is not a
mention, so it counts in full. A text of only white space counts as empty (Ruby ``blank?``).
Ported from mastodon/mastodon ``app/validators/status_length_validator.rb``, ``lib/extractor.rb``
and ``Account::MENTION_RE`` (AGPL-3.0); the logic, not the code, is reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import twitter_text
from .model import Entity
from .units import grapheme_count, nth_grapheme_end

MAX_DOMAIN_LENGTH = 253

# Account::MENTION_RE: (?<![=/[:word:]])@((USERNAME_RE)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)
# with USERNAME_RE = /[a-z0-9_]+([.-]+[a-z0-9_]+)*/i. Ruby's [[:word:]] is \p{L}\p{M}\p{Nd}\p{Pc}.
_WORD = r"[\p{L}\p{M}\p{Nd}\p{Pc}]"
_MENTION = regex.compile(
    rf"(?<![=/\p{{L}}\p{{M}}\p{{Nd}}\p{{Pc}}])@((?i:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)"
    rf"(?:@{_WORD}+(?:[.-]+{_WORD}+)*)?)",
    regex.VERSION0,
)


def extract_mentions(text: str) -> list[Entity]:
    """Mentions as Mastodon's ``Extractor.extract_mentions_or_lists_with_indices`` finds them;
    ``value`` is ``user`` or ``user@domain``."""
    if "@" not in text and "＠" not in text:
        return []
    found = []
    for m in _MENTION.finditer(text):
        if twitter_text._END_MENTION.match(text, m.end()):
            continue
        name = m.group(1)
        _, _, domain = name.partition("@")
        if domain and len(domain) > MAX_DOMAIN_LENGTH:
            continue
        start, end = m.start(1) - 1, m.end(1)
        found.append(Entity("mention", text[start:end], name, start, end))
    return found


@dataclass(frozen=True)
class CountablePiece:
    """A stretch of the countable text and where it came from in the original."""

    start: int  # in the countable text
    end: int
    source_start: int  # in the original text
    source_end: int
    replaced: bool  # a URL placeholder or a shortened mention


@dataclass(frozen=True)
class MastodonCount:
    countable: str
    length: int
    pieces: tuple[CountablePiece, ...]
    urls: list[Entity]
    mentions: list[Entity]


def count(text: str, url_reserve: int = 23, spoiler_text: str = "",
          urls: list[Entity] | None = None) -> MastodonCount:
    """The server's count of ``spoiler_text`` + ``text``. ``urls`` may pass the result of
    ``twitter_text.extract_urls(text, without_protocol=False)``."""
    if urls is None:
        urls = twitter_text.extract_urls(text, without_protocol=False)
    mentions = extract_mentions(text)
    pieces: list[CountablePiece] = []
    parts: list[str] = []
    position = 0
    countable_length = 0
    if text.strip():
        for entity in twitter_text.remove_overlapping(urls + mentions):
            if entity.start > position:
                parts.append(text[position:entity.start])
                pieces.append(CountablePiece(countable_length,
                                             countable_length + entity.start - position,
                                             position, entity.start, False))
                countable_length += entity.start - position
            if entity.kind == "url":
                replacement = "x" * url_reserve
            else:
                replacement = "@" + entity.value.split("@")[0]
            parts.append(replacement)
            pieces.append(CountablePiece(countable_length, countable_length + len(replacement),
                                         entity.start, entity.end, True))
            countable_length += len(replacement)
            position = entity.end
        if position < len(text):
            parts.append(text[position:])
            pieces.append(CountablePiece(countable_length,
                                         countable_length + len(text) - position,
                                         position, len(text), False))
    countable = "".join(parts)
    return MastodonCount(countable, grapheme_count(spoiler_text + countable), tuple(pieces),
                         urls, mentions)


def overflow_start(result: MastodonCount, limit: int, text_length: int,
                   spoiler_text: str = "") -> int:
    """The index in the original text where the part past ``limit`` begins (``text_length``
    when nothing is past it). A URL or mention that straddles the limit counts as past it."""
    if result.length <= limit:
        return text_length
    position = nth_grapheme_end(spoiler_text + result.countable, limit) - len(spoiler_text)
    if position <= 0:
        return 0
    for piece in result.pieces:
        if piece.start <= position < piece.end:
            if piece.replaced:
                return piece.source_start
            return piece.source_start + (position - piece.start)
    return text_length
