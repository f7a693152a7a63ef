"""Bluesky's facet-detection and length vectors (tests/data/bluesky, atproto d6296a1c).

The detection vectors come from the reference client's tests, which read facets back through
``RichText.segments()``; the helpers below do the same with our facets (UTF-8 byte offsets).
Mentions there resolve to ``did:fake:<handle>`` through a mocked resolver; ours carry the handle
for the adapter to resolve, so the test resolves it the same fake way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humasdesk.domain.textrules import measure
from humasdesk.domain.textrules.bluesky import LINK, MENTION, TAG
from humasdesk.domain.textrules.units import grapheme_count, utf8_length

DATA = Path(__file__).parents[1] / "data" / "bluesky"
DETECTION = json.loads((DATA / "rich-text-detection.vectors.json").read_text(encoding="utf-8"))
LENGTH = json.loads((DATA / "rich-text-length.vectors.json").read_text(encoding="utf-8"))


def _params(cases, key="text"):
    return [pytest.param(case, id=case[key]) for case in cases]


def segments(text: str, facets: list[dict]):
    """``RichText.segments()``: (text, facet or None) pieces, facets read by UTF-8 offsets."""
    data = text.encode("utf-8")
    if not facets:
        yield text, None
        return
    cursor = 0
    for facet in facets:
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        if cursor < start:
            yield data[cursor:start].decode("utf-8"), None
        elif cursor > start:
            continue
        if start < end:
            piece = data[start:end].decode("utf-8")
            yield (piece, None) if not piece.strip() else (piece, facet)
        cursor = end
    if cursor < len(data):
        yield data[cursor:].decode("utf-8"), None


def _segment_output(piece: str, facet: dict | None) -> list[str]:
    if facet is None:
        return [piece]
    values = []
    for feature in facet["features"]:
        if feature["$type"] == MENTION:
            assert feature["did"] is None  # resolved later by the adapter
            values.append(f"did:fake:{feature['handle']}")
        elif feature["$type"] == LINK:
            values.append(feature["uri"])
        else:
            values.append(None)
    return [piece, *values]


@pytest.mark.parametrize("case", _params(DETECTION["segments_cases"]))
def test_detection_segments(case):
    facets = measure(case["text"], "bluesky").facets
    assert [_segment_output(p, f) for p, f in segments(case["text"], facets)] == case["segments"]


@pytest.mark.parametrize("case", _params(DETECTION["tag_cases"]))
def test_detection_tags(case):
    facets = measure(case["text"], "bluesky").facets
    tags, indices = [], []
    for _, facet in segments(case["text"], facets):
        if facet is None:
            continue
        tags += [f["tag"] for f in facet["features"] if f["$type"] == TAG]
        indices.append(facet["index"])
    assert tags == case["tags"]
    assert indices == case["indices"]


@pytest.mark.parametrize("case", _params(DETECTION["cashtag_cases"]))
def test_detection_cashtags(case):
    facets = measure(case["text"], "bluesky").facets
    tags, indices = [], []
    for _, facet in segments(case["text"], facets):
        if facet is None:
            continue
        cashtags = [f["tag"] for f in facet["features"]
                    if f["$type"] == TAG and f["tag"].startswith("$")]
        tags += cashtags
        if cashtags:
            indices.append(facet["index"])
    assert tags == case["tags"]
    assert indices == case["indices"]


@pytest.mark.parametrize("case", _params(LENGTH["richtext_length_cases"]))
def test_richtext_length(case):
    measured = measure(case["text"], "bluesky")
    assert utf8_length(case["text"]) == case["utf8_length"]
    assert measured.length == case["grapheme_length"]
    assert measured.unit == "graphemes"


@pytest.mark.parametrize("case", _params(LENGTH["grapheme_len_cases"]))
def test_grapheme_length(case):
    assert grapheme_count(case["text"]) == case["grapheme_length"]
    assert measure(case["text"], "bluesky").length == case["grapheme_length"]


@pytest.mark.parametrize("case", [
    pytest.param(case, id=case["text"], marks=pytest.mark.skip(
        reason="converts legacy UTF-16 'entities' into facets (RichText's entitiesToFacets); "
               "HumasDesk never receives legacy entities, it detects facets itself"))
    for case in LENGTH["entity_utf16_to_facet_utf8_cases"]])
def test_entity_to_facet_conversion(case):
    raise AssertionError("not run")
