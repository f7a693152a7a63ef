"""The sentences that explain a problem, in the user's language (read aloud by the screen reader,
so they say what is wrong and by how much, in words)."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, translate
from .model import (
    EMPTY,
    INVALID_CHARACTER,
    TOO_LONG,
    TOO_MANY_BYTES,
    TOO_MANY_HASHTAGS,
    TOO_MANY_LINKS,
    TOO_MANY_MENTIONS,
    Problem,
)

PLATFORM_NAMES = {
    "x": QT_TRANSLATE_NOOP("TextRules", "X"),
    "mastodon": QT_TRANSLATE_NOOP("TextRules", "Mastodon"),
    "bluesky": QT_TRANSLATE_NOOP("TextRules", "Bluesky"),
    "threads": QT_TRANSLATE_NOOP("TextRules", "Threads"),
    "instagram": QT_TRANSLATE_NOOP("TextRules", "Instagram"),
    "facebook": QT_TRANSLATE_NOOP("TextRules", "Facebook"),
    "telegram": QT_TRANSLATE_NOOP("TextRules", "Telegram"),
    "telegram_caption": QT_TRANSLATE_NOOP("TextRules", "a Telegram caption"),
    "linkedin": QT_TRANSLATE_NOOP("TextRules", "LinkedIn"),
    "wordpress": QT_TRANSLATE_NOOP("TextRules", "WordPress"),
    "outbox": QT_TRANSLATE_NOOP("TextRules", "the local outbox"),
    "assisted": QT_TRANSLATE_NOOP("TextRules", "an assisted site"),
}


def platform_name(platform: str) -> str:
    return translate("TextRules", PLATFORM_NAMES.get(platform, platform))


def too_long(platform: str, length: int, limit: int, start: int, end: int,
             how_counted: str = "") -> Problem:
    message = translate(
        "TextRules", "Too long for {platform}: {length} of {limit} characters, {over} over."
    ).format(platform=platform_name(platform), length=length, limit=limit, over=length - limit)
    if how_counted:
        message += " " + how_counted
    return Problem(TOO_LONG, message, start, end)


def how_x_counts(url_length: int) -> str:
    return translate(
        "TextRules", "X counts emoji and Chinese, Japanese or Korean characters as 2 and every "
                     "link as {url_length}."
    ).format(url_length=url_length)


def how_mastodon_counts(url_length: int) -> str:
    return translate("TextRules", "Every link counts as {url_length}.").format(
        url_length=url_length)


def how_utf16_counts() -> str:
    return translate("TextRules", "Most emoji count as 2.")


def how_threads_counts() -> str:
    return translate("TextRules", "Threads counts each emoji by its size in bytes, usually 4.")


def how_linkedin_counts() -> str:
    return translate(
        "TextRules", "LinkedIn counts its reserved characters, such as # @ ( ) _ and *, as 2, "
                     "because they are escaped.")


def too_many_bytes(length: int, limit: int, start: int, end: int) -> Problem:
    message = translate(
        "TextRules", "Too long for Bluesky: {length} of {limit} bytes, {over} over. Emoji and "
                     "letters outside plain Latin take 2 to 4 bytes each."
    ).format(length=length, limit=limit, over=length - limit)
    return Problem(TOO_MANY_BYTES, message, start, end)


def too_many_links(platform: str, count: int, limit: int, start: int, end: int) -> Problem:
    message = translate(
        "TextRules", "Too many links for {platform}: {count}, at most {limit}."
    ).format(platform=platform_name(platform), count=count, limit=limit)
    return Problem(TOO_MANY_LINKS, message, start, end)


def too_many_hashtags(platform: str, count: int, limit: int, start: int, end: int) -> Problem:
    message = translate(
        "TextRules", "Too many hashtags for {platform}: {count}, at most {limit}."
    ).format(platform=platform_name(platform), count=count, limit=limit)
    return Problem(TOO_MANY_HASHTAGS, message, start, end)


def too_many_mentions(platform: str, count: int, limit: int, start: int, end: int) -> Problem:
    message = translate(
        "TextRules", "Too many mentions for {platform}: {count}, at most {limit}."
    ).format(platform=platform_name(platform), count=count, limit=limit)
    return Problem(TOO_MANY_MENTIONS, message, start, end)


def invalid_character(platform: str, code_point: int, start: int, end: int) -> Problem:
    message = translate(
        "TextRules", "{platform} does not accept the invisible character U+{code}; remove it."
    ).format(platform=platform_name(platform), code=f"{code_point:04X}")
    return Problem(INVALID_CHARACTER, message, start, end)


def empty(platform: str) -> Problem:
    message = translate("TextRules", "The text is empty; {platform} needs some text.").format(
        platform=platform_name(platform))
    return Problem(EMPTY, message, 0, 0)


def unknown_platform(platform: str, known: str) -> str:
    return translate(
        "TextRules", "Unknown platform “{platform}”. Known platforms: {known}."
    ).format(platform=platform, known=known)


def wrong_limits(platform: str, expected: str, given: str) -> str:
    return translate(
        "TextRules", "The limits for {platform} must be {expected}, not {given}."
    ).format(platform=platform, expected=expected, given=given)
