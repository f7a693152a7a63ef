"""Per-platform limits: every number a server, an account tier or a platform change can move.

Each class holds the platform's defaults (sources in shared/reference/platforms.md). An adapter
that reads real values (Mastodon's ``/api/v2/instance``, an X premium tier) passes its own
instance to ``measure``/``split``, e.g. ``MastodonLimits(max_characters=5000)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .twitter_text import V2_RANGES, TwitterTextConfig, WeightRange


@dataclass(frozen=True)
class XLimits:
    """twitter-text ``config/v3.json``. Premium tiers allow longer posts (``max_weighted_length``).

    ``requires_text``: twitter-text calls an empty text invalid; pass ``False`` when the post
    carries media, which X accepts without text.
    """

    max_weighted_length: int = 280
    transformed_url_length: int = 23
    scale: int = 100
    default_weight: int = 200
    ranges: tuple[WeightRange, ...] = V2_RANGES
    emoji_parsing_enabled: bool = True
    requires_text: bool = True

    def twitter_text_config(self) -> TwitterTextConfig:
        return TwitterTextConfig(
            max_weighted_tweet_length=self.max_weighted_length, scale=self.scale,
            default_weight=self.default_weight,
            transformed_url_length=self.transformed_url_length,
            emoji_parsing_enabled=self.emoji_parsing_enabled, ranges=self.ranges)


@dataclass(frozen=True)
class MastodonLimits:
    """``configuration.statuses`` of the instance: ``max_characters`` and
    ``characters_reserved_per_url`` (what each http(s) URL counts)."""

    max_characters: int = 500
    characters_reserved_per_url: int = 23


@dataclass(frozen=True)
class BlueskyLimits:
    """``app.bsky.feed.post`` text: ``maxGraphemes`` and ``maxLength`` (UTF-8 bytes); a hashtag
    facet holds at most ``max_tag_graphemes`` graphemes (longer ones are plain text)."""

    max_graphemes: int = 300
    max_bytes: int = 3000
    max_tag_graphemes: int = 64


@dataclass(frozen=True)
class ThreadsLimits:
    """500 characters and, since 2025-12-22, at most 5 links.

    Meta's documentation says emoji count "as the number of UTF-8 bytes"; with
    ``emoji_counts_utf8_bytes`` (the default, the cautious reading) a grapheme that is an emoji
    counts its UTF-8 bytes, every other grapheme counts 1.
    """

    max_characters: int = 500
    max_links: int = 5
    emoji_counts_utf8_bytes: bool = True


@dataclass(frozen=True)
class InstagramLimits:
    """Caption: 2200 characters (counted in UTF-16 units, the cautious reading), and caps on
    hashtags and @-mentions that third-party sources disagree on, so they are settings."""

    max_characters: int = 2200
    max_hashtags: int = 30
    max_mentions: int = 20


@dataclass(frozen=True)
class FacebookLimits:
    """Page post: the commonly cited 63,206 characters (not verified), in UTF-16 units."""

    max_characters: int = 63206


@dataclass(frozen=True)
class TelegramLimits:
    """Bot API ``sendMessage`` text: 1 to 4096 characters after entity parsing, UTF-16 units."""

    max_characters: int = 4096
    requires_text: bool = True


@dataclass(frozen=True)
class TelegramCaptionLimits:
    """Bot API media caption: 0 to 1024 characters, UTF-16 units."""

    max_characters: int = 1024


@dataclass(frozen=True)
class LinkedInLimits:
    """Post ``commentary``: 3000 characters, counted after its reserved characters are escaped
    (see :func:`humasdesk.domain.textrules.linkedin_escape`), UTF-16 units."""

    max_characters: int = 3000


@dataclass(frozen=True)
class NoLimits:
    """WordPress, the local outbox and assisted sites: nothing to enforce. The length is still
    reported, in graphemes."""


DEFAULT_LIMITS = {
    "x": XLimits(),
    "mastodon": MastodonLimits(),
    "bluesky": BlueskyLimits(),
    "threads": ThreadsLimits(),
    "instagram": InstagramLimits(),
    "facebook": FacebookLimits(),
    "telegram": TelegramLimits(),
    "telegram_caption": TelegramCaptionLimits(),
    "linkedin": LinkedInLimits(),
    "wordpress": NoLimits(),
    "outbox": NoLimits(),
    "assisted": NoLimits(),
}
