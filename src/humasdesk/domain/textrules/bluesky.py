"""Bluesky rich-text facets, as the reference client library detects them.

A port of ``detectFacets`` in bluesky-social/atproto ``packages/api/src/rich-text/detection.ts``
and ``util.ts`` (MIT/Apache-2.0) at commit d6296a1c: mentions, links (bare domains must end in a
known TLD; trailing ``.,;:!?`` and an unmatched ``)`` are not part of the link), hashtags
(trailing punctuation stripped, at most 64 graphemes, stored without ``#``) and cashtags (stored
as ``$TICKER``). The JavaScript regular expressions' meaning of ``\\s``, ``\\d`` and ``\\b`` is
kept. Facet offsets are UTF-8 bytes, end exclusive; facets are sorted by their start, as
``RichText`` sorts them. Mention DIDs are left ``None``: the adapter resolves handles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ._bluesky_tlds import TLDS
from ._scan import runs_with, scan_from_signs
from .model import Entity
from .units import grapheme_count, utf8_offsets

LINK = "app.bsky.richtext.facet#link"
MENTION = "app.bsky.richtext.facet#mention"
TAG = "app.bsky.richtext.facet#tag"

# JavaScript's \s (WhiteSpace and LineTerminator), used instead of Python's slightly different \s.
_JS_SPACE = (
    "\\t\\n\\x0b\\x0c\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
    "\\ufeff"
)
_ZERO_WIDTH = "\\u00ad\\u2060\\u200a\\u200b\\u200c\\u200d\\u20e2"

# re.ASCII: JavaScript's \b and its case-insensitive matching (without the u flag) are ASCII-only.
_MENTION_RE = re.compile(rf"(^|[{_JS_SPACE}]|\()(@)([a-zA-Z0-9.-]+)(\b)", re.ASCII)
_URL_RE = re.compile(
    rf"(^|[{_JS_SPACE}]|\()((https?://[^{_JS_SPACE}]+)|"
    rf"((?P<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[^{_JS_SPACE}]*))",
    re.ASCII | re.IGNORECASE | re.MULTILINE,
)
_TAG_RE = regex.compile(
    rf"(^|[{_JS_SPACE}])[#＃]((?!\ufe0f)[^{_JS_SPACE}{_ZERO_WIDTH}]*"
    rf"[^0-9{_JS_SPACE}\p{{P}}{_ZERO_WIDTH}]+[^{_JS_SPACE}{_ZERO_WIDTH}]*)?",
    regex.VERSION0,
)
_TRAILING_PUNCTUATION = regex.compile(r"\p{P}+$", regex.VERSION0)
_CASHTAG_RE = re.compile(
    rf"(^|[{_JS_SPACE}]|\()\$([A-Za-z][A-Za-z0-9]{{0,4}})(?=[{_JS_SPACE}]|\Z|[.,;:!?)\"'\u2019])")
_TRAILING_LINK_PUNCTUATION = ".,;:!?"


# A link never holds white space and always holds "." or ":", so only the stretches between
# white space that hold one need scanning, each with the white space before it (a unit test
# checks that this finds what one scan of the whole text finds).
def _scan_url_runs(text: str):
    for start, end in runs_with(text, ".:", _JS_SPACE_SET):
        yield from _URL_RE.finditer(text, max(start - 1, 0), end)


def is_valid_domain(domain: str) -> bool:
    """The reference ``isValidDomain``: ``domain`` ends with "." and a known TLD (the check is
    case-sensitive, as in the reference)."""
    head, dot, tld = domain.rpartition(".")
    return bool(dot) and tld in TLDS


@dataclass(frozen=True)
class Detected:
    """What facet detection found: facets plus the same entities with ``str`` indices."""

    facets: list[dict]
    urls: list[Entity]
    mentions: list[Entity]
    hashtags: list[Entity]  # hashtags and cashtags; a cashtag's value keeps its "$"


def detect_facets(text: str, max_tag_graphemes: int = 64) -> Detected:
    found: list[tuple[Entity, dict]] = []

    if "@" in text:
        for m in scan_from_signs(_MENTION_RE, text, "@", 1):
            handle = m.group(3)
            if not is_valid_domain(handle) and not handle.endswith(".test"):
                continue  # probably not a handle
            start, end = m.start(3) - 1, m.end(3)
            found.append((Entity("mention", text[start:end], handle, start, end),
                          {"$type": MENTION, "did": None, "handle": handle}))

    if "." in text or ":" in text:
        for m in _scan_url_runs(text):
            uri = m.group(2)
            if not uri.startswith("http"):
                domain = m.group("domain")
                if not domain or not is_valid_domain(domain):
                    continue
                uri = "https://" + uri
            start, end = m.start(2), m.end(2)
            if uri[-1] in _TRAILING_LINK_PUNCTUATION:
                uri, end = uri[:-1], end - 1
            if uri.endswith(")") and "(" not in uri:
                uri, end = uri[:-1], end - 1
            found.append((Entity("url", text[start:end], uri, start, end),
                          {"$type": LINK, "uri": uri}))

    if "#" in text or "＃" in text:
        for m in scan_from_signs(_TAG_RE, text, "#＃", 1):
            tag = m.group(2)
            if not tag:
                continue
            tag = _TRAILING_PUNCTUATION.sub("", tag.strip(_JS_SPACE_CHARS))
            if not tag or (len(tag) > max_tag_graphemes and grapheme_count(tag)
                           > max_tag_graphemes):
                continue
            start = m.start() + len(m.group(1))
            end = start + 1 + len(tag)
            found.append((Entity("hashtag", text[start:end], tag, start, end),
                          {"$type": TAG, "tag": tag}))

    if "$" in text:
        for m in scan_from_signs(_CASHTAG_RE, text, "$", 1):
            ticker = m.group(2).upper()
            start = m.start() + len(m.group(1))
            end = start + 1 + len(ticker)
            found.append((Entity("hashtag", text[start:end], "$" + ticker, start, end),
                          {"$type": TAG, "tag": "$" + ticker}))

    found.sort(key=lambda pair: pair[0].start)  # RichText sorts facets by byteStart
    offsets = utf8_offsets(text, [i for entity, _ in found for i in (entity.start, entity.end)])
    facets = [
        {
            "$type": "app.bsky.richtext.facet",
            "index": {"byteStart": offsets[entity.start], "byteEnd": offsets[entity.end]},
            "features": [feature],
        }
        for entity, feature in found
    ]
    return Detected(
        facets=facets,
        urls=[entity for entity, _ in found if entity.kind == "url"],
        mentions=[entity for entity, _ in found if entity.kind == "mention"],
        hashtags=[entity for entity, _ in found if entity.kind == "hashtag"],
    )


_JS_SPACE_CHARS = (
    "\t\n\x0b\x0c\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_JS_SPACE_SET = frozenset(_JS_SPACE_CHARS)
