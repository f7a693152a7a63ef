"""measure(): each platform's unit, limits as parameters, problems with spans, entities."""

from __future__ import annotations

import pytest

from humasdesk.domain import i18n
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.textrules import (
    EMPTY,
    INVALID_CHARACTER,
    PLATFORMS,
    TOO_LONG,
    TOO_MANY_BYTES,
    TOO_MANY_HASHTAGS,
    TOO_MANY_LINKS,
    TOO_MANY_MENTIONS,
    BlueskyLimits,
    FacebookLimits,
    InstagramLimits,
    MastodonLimits,
    TelegramCaptionLimits,
    ThreadsLimits,
    UnknownPlatform,
    XLimits,
    linkedin_escape,
    measure,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f467"  # 1 grapheme, 25 bytes


def codes(measurement):
    return [problem.code for problem in measurement.problems]


def only(measurement, code):
    [problem] = [p for p in measurement.problems if p.code == code]
    return problem


# --- X ---

def test_x_counts_emoji_and_links_by_twitter_text_weights():
    m = measure("Halo 😷 https://rsudsehat.go.id/jadwal/dokter/anak/2025 #sehat", "x")
    # "Halo " 5 + emoji 2 + " " 1 + URL 23 + " #sehat" 7
    assert (m.length, m.limit, m.remaining, m.valid) == (38, 280, 242, True)
    assert [u.value for u in m.urls] == ["https://rsudsehat.go.id/jadwal/dokter/anak/2025"]
    assert [h.value for h in m.hashtags] == ["sehat"]


def test_x_premium_limit_is_a_parameter():
    text = "a" * 1000
    assert not measure(text, "x").valid
    assert measure(text, "x", XLimits(max_weighted_length=25000)).valid


def test_x_over_limit_span_points_into_the_original_text_after_nfc():
    text = "e\u0301" * 281  # NFC makes each pair one character
    m = measure(text, "x")
    assert m.length == 281
    problem = only(m, TOO_LONG)
    assert (problem.start, problem.end) == (560, 562)
    assert text[problem.start:problem.end] == "e\u0301"
    assert "281 of 280" in problem.message


def test_x_invalid_character_has_its_span():
    text = "ABC\ufeffDEF"
    m = measure(text, "x")
    problem = only(m, INVALID_CHARACTER)
    assert (problem.start, problem.end) == (3, 4)
    assert "U+FEFF" in problem.message and not m.valid


def test_x_empty_text_needs_media_flag():
    assert codes(measure("", "x")) == [EMPTY]
    assert measure("", "x", XLimits(requires_text=False)).valid


def test_x_entities_are_mapped_back_through_nfc():
    text = "Cafe\u0301 @budi #sehat"
    m = measure(text, "x")
    for entity in m.mentions + m.hashtags:
        assert text[entity.start:entity.end] == entity.text
    assert [e.text for e in m.mentions] == ["@budi"]


# --- Mastodon ---

def test_mastodon_remote_mention_counts_only_its_local_part():
    text = "@alice@rumahsakit.example " + "a" * 490
    assert measure(text, "mastodon").length == len("@alice ") + 490
    assert measure(text, "mastodon").valid
    assert not measure(text, "mastodon", MastodonLimits(max_characters=496)).valid


def test_mastodon_url_reserve_is_a_parameter():
    text = "https://rsudsehat.go.id/" + "x" * 60 + " " + "a" * 476
    assert measure(text, "mastodon").length == 23 + 1 + 476
    assert measure(text, "mastodon", MastodonLimits(characters_reserved_per_url=30)).length == 507


def test_mastodon_overflow_inside_a_shortened_mention_points_at_the_mention():
    text = "a" * 498 + " @bob@example.org"
    problem = only(measure(text, "mastodon"), TOO_LONG)
    assert problem.start == 499 and text[problem.start:].startswith("@bob@")


# --- Bluesky ---

def test_bluesky_facets_use_utf8_byte_offsets():
    m = measure("🏥 @rs.bsky.social cek rsud.id #sehat", "bluesky")
    assert m.facets == [
        {"$type": "app.bsky.richtext.facet", "index": {"byteStart": 5, "byteEnd": 20},
         "features": [{"$type": "app.bsky.richtext.facet#mention", "did": None,
                       "handle": "rs.bsky.social"}]},
        {"$type": "app.bsky.richtext.facet", "index": {"byteStart": 25, "byteEnd": 32},
         "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://rsud.id"}]},
        {"$type": "app.bsky.richtext.facet", "index": {"byteStart": 33, "byteEnd": 39},
         "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "sehat"}]},
    ]
    assert [(e.start, e.end) for e in m.mentions] == [(2, 17)]


def test_bluesky_grapheme_limit():
    m = measure("a" * 301, "bluesky")
    problem = only(m, TOO_LONG)
    assert (m.length, problem.start, problem.end) == (301, 300, 301)
    assert measure("a" * 301, "bluesky", BlueskyLimits(max_graphemes=400)).valid


def test_bluesky_byte_limit_breaks_at_a_cluster_boundary():
    text = FAMILY * 121  # 121 graphemes, 3025 bytes
    m = measure(text, "bluesky")
    assert codes(m) == [TOO_MANY_BYTES]
    assert only(m, TOO_MANY_BYTES).start == 120 * len(FAMILY)


# --- Threads, Instagram, Telegram, Facebook, LinkedIn, no limit ---

def test_threads_counts_emoji_by_utf8_bytes_by_default():
    assert measure("😀" * 125, "threads").length == 500
    assert not measure("😀" * 126, "threads").valid
    relaxed = ThreadsLimits(emoji_counts_utf8_bytes=False)
    assert measure("😀" * 126, "threads", relaxed).length == 126
    problem = only(measure("a" * 498 + "😀", "threads"), TOO_LONG)
    assert problem.start == 498


def test_threads_link_cap():
    links = [f"https://rsud{i}.id" for i in range(6)]
    text = " ".join(links)
    problem = only(measure(text, "threads"), TOO_MANY_LINKS)
    assert text[problem.start:problem.end] == links[5]
    assert measure(text, "threads", ThreadsLimits(max_links=6)).valid


def test_instagram_hashtag_and_mention_caps():
    tags = " ".join(f"#tag{i}" for i in range(31))
    problem = only(measure(tags, "instagram"), TOO_MANY_HASHTAGS)
    assert tags[problem.start:problem.end] == "#tag30"
    assert measure(tags, "instagram", InstagramLimits(max_hashtags=31)).valid
    mentions = " ".join(f"@akun.{i}" for i in range(21))
    assert codes(measure(mentions, "instagram")) == [TOO_MANY_MENTIONS]
    assert codes(measure(mentions, "instagram", InstagramLimits(max_mentions=5))) == [
        TOO_MANY_MENTIONS]


def test_telegram_counts_utf16_units_for_text_and_caption():
    assert measure("😀" * 2048, "telegram").valid
    m = measure("😀" * 2049, "telegram")
    assert (m.length, m.unit) == (4098, "utf16")
    assert only(m, TOO_LONG).start == 2048
    assert codes(measure("", "telegram")) == [EMPTY]
    assert measure("", "telegram_caption").valid
    assert not measure("a" * 1025, "telegram_caption").valid
    assert measure("a" * 1025, "telegram_caption", TelegramCaptionLimits(2000)).valid


def test_facebook_limit_is_a_parameter():
    assert measure("a" * 63206, "facebook").valid
    assert not measure("a" * 11, "facebook", FacebookLimits(max_characters=10)).valid


def test_linkedin_escape_and_count_after_escaping():
    assert linkedin_escape("a_b (c) #d @e \\ ~*") == "a\\_b \\(c\\) \\#d \\@e \\\\ \\~\\*"
    assert linkedin_escape("Halo, semua!") == "Halo, semua!"
    assert measure("#" * 1500, "linkedin").length == 3000
    m = measure("#" * 1501, "linkedin")
    assert m.length == 3002 and only(m, TOO_LONG).start == 1500


@pytest.mark.parametrize("platform", ["wordpress", "outbox", "assisted"])
def test_platforms_without_a_limit(platform):
    m = measure("a" * 100000 + " 👨‍👩‍👧‍👧", platform)
    assert (m.length, m.limit, m.remaining, m.valid) == (100002, None, None, True)


# --- the API ---

def test_every_platform_measures_and_serialises():
    text = "Halo @budi https://rsud.id #sehat 😷"
    for platform in PLATFORMS:
        data = measure(text, platform).to_json()
        assert {"platform", "length", "limit", "remaining", "valid", "problems", "urls",
                "mentions", "hashtags"} <= set(data)
        assert ("facets" in data) is (platform == "bluesky")
        for entity in data["urls"] + data["mentions"] + data["hashtags"]:
            assert text[entity["start"]:entity["end"]] == entity["text"]


def test_unknown_platform_and_wrong_limits():
    with pytest.raises(UnknownPlatform) as error:
        measure("x", "myspace")
    assert isinstance(error.value, UserInputError) and "myspace" in str(error.value)
    with pytest.raises(TypeError):
        measure("x", "x", MastodonLimits())


def test_problem_messages_are_translated_when_measured():
    def backend(context, text, disambiguation, n):
        if context == "TextRules" and text.startswith("Too long for {platform}"):
            return "Terlalu panjang untuk {platform}: {length} dari {limit} karakter, lebih {over}."
        return ""

    i18n.install(backend, "id")
    try:
        problem = only(measure("a" * 290 + "!", "x"), TOO_LONG)
    finally:
        i18n.install(None, "en")
    assert problem.message.startswith("Terlalu panjang untuk X: 291 dari 280 karakter, lebih 11.")
