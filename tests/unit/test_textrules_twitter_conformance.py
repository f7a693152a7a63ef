"""twitter-text's own conformance data (tests/data/twitter-text, Apache-2.0, commit 30e2430d).

Every case of the sections that decide X's count runs; sections that do not are listed in
tests/data/README.md with the reason they are not run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from humasdesk.domain.textrules import measure, twitter_text
from humasdesk.domain.textrules.twitter_text import CONFIG_V2, CONFIG_V3, TwitterTextConfig

DATA = Path(__file__).parents[1] / "data" / "twitter-text"
# twitter-text's legacy v1 configuration (config/v1.json): 140 characters, every code point 1.
CONFIG_V1 = TwitterTextConfig(max_weighted_tweet_length=140, scale=1, default_weight=1,
                              emoji_parsing_enabled=False, ranges=())


def _cases(file: str, section: str):
    tests = yaml.safe_load((DATA / file).read_text(encoding="utf-8"))["tests"]
    return [pytest.param(case, id=case["description"]) for case in tests[section]]


def _parse_result(text: str, config) -> dict:
    result = twitter_text.parse_tweet(text, config)
    return {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "displayRangeStart": result.display_range_start,
        "displayRangeEnd": result.display_range_end,
        "validRangeStart": result.valid_range_start,
        "validRangeEnd": result.valid_range_end,
    }


V3_CASES = _cases("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")


@pytest.mark.parametrize("case", V3_CASES)
def test_validate_weighted_v3(case):
    assert _parse_result(case["text"], CONFIG_V3) == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "UnicodeDirectionalMarkerCounterTest"))
def test_validate_directional_markers(case):
    assert _parse_result(case["text"], CONFIG_V3) == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "WeightedTweetsCounterTest"))
def test_validate_weighted_v2(case):
    assert _parse_result(case["text"], CONFIG_V2) == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "tweets"))
def test_validate_legacy_v1_tweets(case):
    # The deprecated 140-character validator: empty and invalid characters are invalid too.
    assert twitter_text.parse_tweet(case["text"], CONFIG_V1).valid is case["expected"]


@pytest.mark.parametrize("case", V3_CASES)
def test_measure_x_agrees_with_parse_tweet(case):
    """The public measure() gives the v3 weighted length and validity of the vectors."""
    measured = measure(case["text"], "x")
    assert measured.length == case["expected"]["weightedLength"]
    assert measured.valid is case["expected"]["valid"]
    assert measured.remaining == 280 - case["expected"]["weightedLength"]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls"))
def test_extract_urls(case):
    assert [u.value for u in twitter_text.extract_urls(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls_with_indices")
                         + _cases("extract.yml", "urls_with_directional_markers"))
def test_extract_urls_with_indices(case):
    found = [{"url": u.value, "indices": [u.start, u.end]}
             for u in twitter_text.extract_urls(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "tco_urls_with_params"))
def test_extract_tco_urls_with_params(case):
    assert [u.value for u in twitter_text.extract_urls(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions"))
def test_extract_mentions(case):
    assert [m.value for m in twitter_text.extract_mentions(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_with_indices"))
def test_extract_mentions_with_indices(case):
    found = [{"screen_name": m.value, "indices": [m.start, m.end]}
             for m in twitter_text.extract_mentions(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_or_lists_with_indices"))
def test_extract_mentions_or_lists_with_indices(case):
    found = [{"screen_name": m.value, "list_slug": m.text[1 + len(m.value):],
              "indices": [m.start, m.end]}
             for m in twitter_text.extract_mentions_or_lists(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags")
                         + _cases("extract.yml", "hashtags_from_astral"))
def test_extract_hashtags(case):
    assert [h.value for h in twitter_text.extract_hashtags(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags_with_indices"))
def test_extract_hashtags_with_indices(case):
    found = [{"hashtag": h.value, "indices": [h.start, h.end]}
             for h in twitter_text.extract_hashtags(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("tlds.yml", "country") + _cases("tlds.yml", "generic"))
def test_tlds(case):
    assert [u.value for u in twitter_text.extract_urls(case["text"])] == case["expected"]


def test_config_v3_file_matches_the_defaults():
    import json

    config = json.loads((DATA / "config-v3.json").read_text())
    assert config["maxWeightedTweetLength"] == CONFIG_V3.max_weighted_tweet_length
    assert config["scale"] == CONFIG_V3.scale
    assert config["defaultWeight"] == CONFIG_V3.default_weight
    assert config["transformedURLLength"] == CONFIG_V3.transformed_url_length
    assert config["emojiParsingEnabled"] is CONFIG_V3.emoji_parsing_enabled
    assert [(r["start"], r["end"], r["weight"]) for r in config["ranges"]] == [
        (r.start, r.end, r.weight) for r in CONFIG_V3.ranges]


# The validators below (valid_username?, valid_list?, valid_hashtag?) are defined by the gem in
# terms of the extractors, so they check the extractors once more.

@pytest.mark.parametrize("case", _cases("validate.yml", "usernames"))
def test_validate_usernames(case):
    text = case["text"]
    names = [m.value for m in twitter_text.extract_mentions(text)]
    assert (names == [text[1:]]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "lists"))
def test_validate_lists(case):
    match = twitter_text._MENTION.fullmatch(case["text"])
    valid = bool(match and match.group("before") == "" and match.group("list"))
    assert valid is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "hashtags"))
def test_validate_hashtags(case):
    text = case["text"]
    tags = [h.value for h in twitter_text.extract_hashtags(text)]
    assert (tags == [text[1:]]) is case["expected"]
