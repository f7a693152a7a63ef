"""Mastodon's length cases (tests/data/mastodon, transcribed from mastodon/mastodon).

The server validator's spec decides what an instance accepts, so all of its cases must pass.
The web composer's ``countableText`` cases are run against the server rule too; where the web
composer (client-side JavaScript) counts differently from the server, the case is skipped with
the reason, since HumasDesk follows the server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.domain.textrules import MastodonLimits, mastodon, measure

DATA = Path(__file__).parents[1] / "data" / "mastodon"
SERVER = json.loads((DATA / "status_length_validator_spec.cases.json").read_text("utf-8"))
COMPOSER = json.loads((DATA / "compose_counter_test.cases.json").read_text("utf-8"))

SCHEMALESS = ("client-only: the web composer collapses links without http(s)://; the server "
              "validator extracts URLs with extract_url_without_protocol: false")
CLIENT_ONLY = {
    "collapses a non-BMP URL the same way":
        "client-only: the server's twitter-text URL pattern ends the path before the emoji "
        "(its path characters are ASCII, Latin accents and Cyrillic), so only "
        "'https://example.com/' becomes the placeholder",
    "leaves a mention with an implausible host alone":
        "client-only: the server's Account::MENTION_RE takes any host of word characters, so "
        "the server counts '@arnt@invalid' as '@arnt'",
    "strips the host of a remote mention @info@ཡོངས་ཁྱབ་ངོས་ལེན་བརྟག་དཔྱད.com":
        "client-only: the server's MENTION_RE host is [[:word:]] characters, and the Tibetan "
        "tsheg U+0F0B is punctuation, so the server's host ends at the first tsheg",
    "rejects an implausible host":
        "client-only: the server does not check that a mention's host is plausible",
}


def _server_case(case):
    return pytest.param(case, id=case["description"])


@pytest.mark.parametrize("case", [_server_case(c) for c in SERVER["cases"]])
def test_server_status_length_validator(case):
    counted = mastodon.count(case["text"], 23, spoiler_text=case["spoiler_text"])
    assert (counted.length > SERVER["max_chars"]) is case["over_limit"]
    if not case["spoiler_text"]:  # the public measure() has no content warning field
        measured = measure(case["text"], "mastodon",
                           MastodonLimits(max_characters=SERVER["max_chars"]))
        assert measured.valid is not case["over_limit"]


def _composer_case(case):
    reason = CLIENT_ONLY.get(case["description"])
    if reason is None and "://" not in case["input"] and COMPOSER["placeholder"] in case[
            "expected"]:
        reason = SCHEMALESS
    marks = [pytest.mark.skip(reason=reason)] if reason else []
    return pytest.param(case, id=case["description"], marks=marks)


@pytest.mark.parametrize("case", [_composer_case(c) for c in COMPOSER["countableText_cases"]])
def test_composer_countable_text_under_the_server_rule(case):
    assert mastodon.count(case["input"]).countable == case["expected"]


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["description"], marks=[pytest.mark.skip(reason=CLIENT_ONLY[
        c["description"]])] if c["description"] in CLIENT_ONLY else [])
    for c in COMPOSER["extractMentionsWithIndices_cases"]])
def test_composer_remote_mentions_under_the_server_rule(case):
    found = [{"indices": [m.start, m.end], "username": m.value.split("@")[0],
              "host": m.value.split("@")[1]}
             for m in mastodon.extract_mentions(case["input"]) if "@" in m.value]
    assert found == case["expected"]
