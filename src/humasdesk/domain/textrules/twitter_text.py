"""A Python port of twitter-text 3.1.0: URL, mention, hashtag and emoji extraction, weighted length.

X counts a post with these rules, and Mastodon's server counts URLs with the same extractor (the
twitter-text Ruby gem), so they must be exact. Ported from twitter/twitter-text (Apache-2.0,
Copyright 2018 Twitter, Inc.) at commit 30e2430d: the regular expressions and extraction logic
follow the Ruby gem (``rb/lib/twitter-text/regex.rb``, ``extractor.rb``, ``validation.rb``), which
is what Mastodon runs; the t.co pattern with a query string and the weighted-length loop follow
the JavaScript package of the same release (``js/src/regexp/validTcoUrl.js``, ``parseTweet.js``),
whose range values (UTF-16 code units) the conformance data states.

Indices returned by the extractors are Python ``str`` indices (code points), start inclusive and
end exclusive, like the Ruby gem's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ._scan import runs_with, scan_from_signs
from ._twitter_emoji import EMOJI_FIRST_CHARS, EMOJI_PATTERN
from ._twitter_tlds import COUNTRY_TLDS, GENERIC_TLDS
from .model import Entity
from .units import utf16_length

# --- character groups (regex.rb) -----------------------------------------------------------------

UNICODE_SPACES = (
    "\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f"
    "\\u205f\\u3000"
)
DIRECTIONAL_CHARACTERS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"
INVALID_CHARACTERS = "\\ufffe\\ufeff\\uffff"
LATIN_ACCENTS = (
    "\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257"
    "\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff"
)
PUNCTUATION_CHARS = re.escape("!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~")
SPACE_CHARS = " \\t\\n\\x0b\\f\\r"
CTRL_CHARS = "\\x00-\\x1f\\x7f"



def alternation(words: tuple[str, ...]) -> str:
    """A pattern matching exactly ``words``, written as a trie: "co(?:m(?:pany)?)?" instead of
    "company|com|co". The regex engines try a plain alternation of 1,500 TLDs one by one at every
    candidate position, which made URL scanning slow. Where one word is a prefix of another, the
    longer one is tried first, as in the source lists (sorted in descending order)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words are optional, and tried first
        return "(?:" + body + ")?"
    return body


_GTLD = "(?:" + alternation(GENERIC_TLDS) + r"(?=[^0-9a-z@+-]|$))"
_CCTLD = "(?:" + alternation(COUNTRY_TLDS) + r"(?=[^0-9a-z@+-]|$))"
_PUNYCODE = r"(?:xn--[0-9a-z]+)"

# --- URLs ---------------------------------------------------------------------------------------

_URL_PRECEDING = rf"(?:[^A-Z0-9@＠$#＃{INVALID_CHARACTERS}]|[{DIRECTIONAL_CHARACTERS}]|^)"
_INVALID_URL_WITHOUT_PROTOCOL_PRECEDING = re.compile(r"[-_./]\Z")
_DOMAIN_CHAR = (
    f"[^{DIRECTIONAL_CHARACTERS}{PUNCTUATION_CHARS}{SPACE_CHARS}{CTRL_CHARS}"
    f"{INVALID_CHARACTERS}{UNICODE_SPACES}]"
)
# The same class plus "-" and "_", written as one class: equivalent to Ruby's
# (?:[_-]|DOMAIN_CHAR) and much faster to scan with.
_DOMAIN_PUNCT_WITHOUT_DASHES = re.escape("!\"#$%&'()*+,./:;<=>?@[]^`{|}~")
_DOMAIN_CHAR_OR_DASH_UNDERSCORE = (
    f"[^{DIRECTIONAL_CHARACTERS}{_DOMAIN_PUNCT_WITHOUT_DASHES}{SPACE_CHARS}{CTRL_CHARS}"
    f"{INVALID_CHARACTERS}{UNICODE_SPACES}]"
)
_DOMAIN_PUNCT_WITHOUT_DASH = re.escape("!\"#$%&'()*+,./:;<=>?@[]^_`{|}~")
_DOMAIN_CHAR_OR_DASH = (
    f"[^{DIRECTIONAL_CHARACTERS}{_DOMAIN_PUNCT_WITHOUT_DASH}{SPACE_CHARS}{CTRL_CHARS}"
    f"{INVALID_CHARACTERS}{UNICODE_SPACES}]"
)
# Labels of at most 63 characters and at most 127 of them, as DNS allows. twitter-text leaves
# both open, which makes a failed match cost time in proportion to the whole run of labels at
# every start position ("a.a.a.a…" of 4 kB took 15 s); a longer label or domain is refused by
# the IDNA check below anyway.
_SUBDOMAIN = (rf"(?:(?:{_DOMAIN_CHAR}{_DOMAIN_CHAR_OR_DASH_UNDERSCORE}{{0,61}})?"
              rf"{_DOMAIN_CHAR}\.)")
_DOMAIN_NAME = rf"(?:(?:{_DOMAIN_CHAR}{_DOMAIN_CHAR_OR_DASH}{{0,61}})?{_DOMAIN_CHAR}\.)"
_DOMAIN = rf"(?:{_SUBDOMAIN}{{0,126}}{_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD}|{_PUNYCODE}))"
_VALID_ASCII_DOMAIN = regex.compile(
    rf"(?:[a-z0-9\-_{LATIN_ACCENTS}]+\.)+(?:{_GTLD}|{_CCTLD}|{_PUNYCODE})",
    regex.IGNORECASE | regex.VERSION0,
)
_PATH_CHAR = rf"[a-z\p{{Cyrillic}}0-9!*';:=+,.$/%#\[\]\p{{Pd}}_~&|@{LATIN_ACCENTS}]"
_BALANCED_PARENS = rf"\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*))\)"
_PATH_ENDING = rf"(?:[a-z\p{{Cyrillic}}0-9=_#/+\-{LATIN_ACCENTS}]|(?:{_BALANCED_PARENS}))"
_PATH = (
    rf"(?:(?:{_PATH_CHAR}*(?:{_BALANCED_PARENS}{_PATH_CHAR}*)*{_PATH_ENDING})"
    rf"|(?:{_PATH_CHAR}+/))"
)
_QUERY_CHAR = r"[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@]"
_QUERY_ENDING = r"[a-z0-9_&=#/\-]"
_VALID_URL = regex.compile(
    rf"(?P<before>{_URL_PRECEDING})"
    rf"(?P<url>(?P<protocol>https?://)?(?P<domain>{_DOMAIN})(?::(?P<port>[0-9]+))?"
    rf"(?P<path>/{_PATH}*)?(?P<query>\?{_QUERY_CHAR}*{_QUERY_ENDING})?)",
    regex.IGNORECASE | regex.MULTILINE | regex.VERSION0,
)
_VALID_TCO_URL = regex.compile(
    rf"^https?://t\.co/([a-z0-9]+)(?:\?{_QUERY_CHAR}*{_QUERY_ENDING})?",
    regex.IGNORECASE | regex.VERSION0,
)
_TLD_AFTER_DOT = regex.compile(rf"\.(?:{_GTLD}|{_CCTLD}|{_PUNYCODE})",
                               regex.IGNORECASE | regex.VERSION0)
# How far before the "." of its top-level domain a URL can start: "https://", then 127 labels
# of at most 63 characters, each with its dot (see _SUBDOMAIN), and the character before it.
_DOMAIN_REACH = len("https://") + 127 * 64 + 1
MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
URL_PROTOCOL_LENGTH = len("https://")

# --- mentions ----------------------------------------------------------------------------------

_MENTION = re.compile(
    r"(?P<before>(?:[^a-z0-9_!#$%&*@＠]|^|(?:^|[^a-z0-9_+~.-])[rR][tT]:?))"
    r"[@＠](?P<name>[a-z0-9_]{1,20})(?P<list>/[a-z][a-zA-Z0-9_\-]{0,24})?",
    re.IGNORECASE | re.MULTILINE,
)
# A match starts at most this far before its "@": one preceding character plus "RT:".
_MENTION_MAX_LOOKBEHIND = 4
_END_MENTION = re.compile(rf"[@＠{LATIN_ACCENTS}]|://", re.IGNORECASE)

# --- hashtags ----------------------------------------------------------------------------------

# "More inclusive than \p{L}\p{M}" in twitter-text: letters that older Unicode versions lacked.
_HASHTAG_LETTERS_AND_MARKS = (
    r"\p{L}\p{M}"
    "\u037f\u0528-\u052f\u08a0-\u08b2\u08e4-\u08ff\u0978\u0980\u0c00\u0c34\u0c81\u0d01\u0ede\u0edf"
    "\u10c7\u10cd\u10fd-\u10ff\u16f1-\u16f8\u17b4\u17b5\u191d\u191e\u1ab0-\u1abe\u1bab-\u1bad"
    "\u1bba-\u1bbf\u1cf3-\u1cf6\u1cf8\u1cf9\u1de7-\u1df5\u2cf2\u2cf3\u2d27\u2d2d\u2d66\u2d67\u9fcc"
    "\ua674-\ua67b\ua698-\ua69d\ua69f\ua792-\ua79f\ua7aa-\ua7ad\ua7b0\ua7b1\ua7f7-\ua7f9"
    "\ua9e0-\ua9ef\ua9fa-\ua9fe\uaa7c-\uaa7f\uaae0-\uaaef\uaaf2-\uaaf6\uab30-\uab5a\uab5c-\uab5f"
    "\uab64\uab65\uf870-\uf87f\uf882\uf884-\uf89f\uf8b8\uf8c1-\uf8d6\ufa2e\ufa2f\ufe27-\ufe2d"
    "\U000102e0\U0001031f\U00010350-\U0001037a\U00010500-\U00010527\U00010530-\U00010563"
    "\U00010600-\U00010736\U00010740-\U00010755\U00010760-\U00010767\U00010860-\U00010876"
    "\U00010880-\U0001089e\U00010980-\U000109b7\U000109be\U000109bf\U00010a80-\U00010a9c"
    "\U00010ac0-\U00010ac7\U00010ac9-\U00010ae6\U00010b80-\U00010b91\U0001107f"
    "\U000110d0-\U000110e8\U00011100-\U00011134\U00011150-\U00011173\U00011176"
    "\U00011180-\U000111c4\U000111da\U00011200-\U00011211\U00011213-\U00011237"
    "\U000112b0-\U000112ea\U00011301-\U00011303\U00011305-\U0001130c\U0001130f\U00011310"
    "\U00011313-\U00011328\U0001132a-\U00011330\U00011332\U00011333\U00011335-\U00011339"
    "\U0001133c-\U00011344\U00011347\U00011348\U0001134b-\U0001134d\U00011357"
    "\U0001135d-\U00011363\U00011366-\U0001136c\U00011370-\U00011374\U00011480-\U000114c5"
    "\U000114c7\U00011580-\U000115b5\U000115b8-\U000115c0\U00011600-\U00011640\U00011644"
    "\U00011680-\U000116b7\U000118a0-\U000118df\U000118ff\U00011ac0-\U00011af8"
    "\U0001236f-\U00012398\U00016a40-\U00016a5e\U00016ad0-\U00016aed\U00016af0-\U00016af4"
    "\U00016b00-\U00016b36\U00016b40-\U00016b43\U00016b63-\U00016b77\U00016b7d-\U00016b8f"
    "\U00016f00-\U00016f44\U00016f50-\U00016f7e\U00016f8f-\U00016f9f\U0001bc00-\U0001bc6a"
    "\U0001bc70-\U0001bc7c\U0001bc80-\U0001bc88\U0001bc90-\U0001bc99\U0001bc9d\U0001bc9e"
    "\U0001e800-\U0001e8c4\U0001e8d0-\U0001e8d6\U0001ee00-\U0001ee03\U0001ee05-\U0001ee1f"
    "\U0001ee21\U0001ee22\U0001ee24\U0001ee27\U0001ee29-\U0001ee32\U0001ee34-\U0001ee37"
    "\U0001ee39\U0001ee3b\U0001ee42\U0001ee47\U0001ee49\U0001ee4b\U0001ee4d-\U0001ee4f"
    "\U0001ee51\U0001ee52\U0001ee54\U0001ee57\U0001ee59\U0001ee5b\U0001ee5d\U0001ee5f"
    "\U0001ee61\U0001ee62\U0001ee64\U0001ee67-\U0001ee6a\U0001ee6c-\U0001ee72"
    "\U0001ee74-\U0001ee77\U0001ee79-\U0001ee7c\U0001ee7e\U0001ee80-\U0001ee89"
    "\U0001ee8b-\U0001ee9b\U0001eea1-\U0001eea3\U0001eea5-\U0001eea9\U0001eeab-\U0001eebb"
)
_HASHTAG_NUMERALS = (
    r"\p{Nd}"
    "\u0de6-\u0def\ua9f0-\ua9f9\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9"
    "\U000112f0-\U000112f9\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9"
    "\U000118e0-\U000118e9\U00016a60-\U00016a69\U00016b50-\U00016b59"
)
_HASHTAG_SPECIAL = (
    "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c"
    "\u00b7"
)
_HASHTAG_LETTERS_NUMERALS = _HASHTAG_LETTERS_AND_MARKS + _HASHTAG_NUMERALS + _HASHTAG_SPECIAL
_HASHTAG = regex.compile(
    rf"(?P<before>\A|\ufe0e|\ufe0f|[^&{_HASHTAG_LETTERS_NUMERALS}])(?P<hash>#|＃)(?!\ufe0f|\u20e3)"
    rf"(?P<tag>[{_HASHTAG_LETTERS_NUMERALS}]*[{_HASHTAG_LETTERS_AND_MARKS}]"
    rf"[{_HASHTAG_LETTERS_NUMERALS}]*)",
    regex.IGNORECASE | regex.VERSION0,
)
_END_HASHTAG = re.compile(r"[#＃]|://")

# --- emoji and invalid characters ------------------------------------------------------------

_EMOJI = re.compile(EMOJI_PATTERN)
# Only keycaps (such as "1\ufe0f\u20e3") begin with an ASCII character, so candidates are the
# non-ASCII characters and keycaps; a candidate is checked against the (slow, long) class of
# first characters and only then against the big pattern.
_EMOJI_FIRST = re.compile(f"[{EMOJI_FIRST_CHARS}]")
# Candidates: the BMP first characters (a class of BMP characters compiles to a fast bitmap),
# every character outside the BMP (checked against the full class afterwards) and keycaps.
_BMP_FIRST_CHARS = "".join(  # the BMP items of the class: \uXXXX or \uXXXX-\uXXXX
    re.findall(r"\\u[0-9a-f]{4}(?:-\\u[0-9a-f]{4})?", EMOJI_FIRST_CHARS))
_EMOJI_CANDIDATE = re.compile(
    f"[{_BMP_FIRST_CHARS}]|[\\U00010000-\\U0010ffff]|[#*0-9](?=\\ufe0f?\\u20e3)")
_INVALID_CHARACTER = re.compile(f"[{INVALID_CHARACTERS}]")


@dataclass(frozen=True)
class UrlMatch:
    """One match of the URL pattern, before the per-use filtering of ``extract_urls``."""

    before: str
    url: str
    protocol: str | None
    domain: str
    path: str | None
    start: int
    end: int


# URLs never contain white space, so the pattern only needs to run over the stretches of text
# between white space that hold a "." with something after it (every domain has one), each with
# the white space before it as the "preceding character". That gives the same matches as one scan
# of the whole text (a unit test compares both) at a fraction of the cost.
_SPACES = frozenset(
    "\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680\u180e\u2000\u2001\u2002\u2003"
    "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def scan_urls(text: str) -> list[UrlMatch]:
    """Every match of twitter-text's URL pattern, in order (shared by the with- and
    without-protocol extractions, which scan identically and only filter differently)."""
    if "." not in text:
        return []
    found = []
    for start, end in runs_with(text, ".", _SPACES):
        if text.find(".", start, end - 1) < 0:
            continue
        # Every URL holds a "." and a top-level domain at most _DOMAIN_REACH after its start,
        # so the pattern is searched from there only: the same leftmost matches as one finditer
        # over the run, without trying it at every position of a long run of dotted words. A
        # match found beyond one domain's dot is kept for the next; each search runs once.
        position = max(start - 1, 0)
        pending = None
        for tld in _TLD_AFTER_DOT.finditer(text, start, end):
            if tld.start() < position:
                continue
            if pending is None:
                pending = _VALID_URL.search(text, max(position, tld.start() - _DOMAIN_REACH),
                                            end)
            while pending is not None and pending.start("url") <= tld.start():
                m = pending
                found.append(UrlMatch(m.group("before"), m.group("url"), m.group("protocol"),
                                      m.group("domain"), m.group("path"), m.start("url"),
                                      m.end("url")))
                position = m.end()
                pending = _VALID_URL.search(text, position, end) if position <= tld.start() \
                    else None
            if pending is None and position <= tld.start():
                break  # no match in the rest of the run
    return found


def _is_valid_domain(url_length: int, domain: str, protocol: str | None) -> bool:
    """Ruby ``is_valid_domain``: the URL, with its domain in IDNA (punycode) form and a protocol,
    is at most 4096 characters. IDNA 2003 (Python's codec, like the gem's libidn) rejects labels
    longer than 63 characters, which is what stops an over-long non-ASCII host."""
    try:
        encoded = domain.encode("idna")
    except UnicodeError:
        return False
    if len(encoded) > len(domain):
        url_length += len(encoded) - len(domain)
    if not protocol:
        url_length += URL_PROTOCOL_LENGTH
    return url_length <= MAX_URL_LENGTH


def extract_urls(text: str, *, without_protocol: bool = True,
                 scanned: list[UrlMatch] | None = None) -> list[Entity]:
    """URLs as twitter-text extracts them (``extract_urls_with_indices``).

    ``without_protocol=False`` is Mastodon's server setting: only URLs with ``http(s)://``.
    ``scanned`` may pass the result of :func:`scan_urls` for this text to save a second scan.
    """
    if without_protocol and "." not in text or not without_protocol and ":" not in text:
        return []
    urls: list[Entity] = []
    for match in scan_urls(text) if scanned is None else scanned:
        url, start, end = match.url, match.start, match.end
        if not match.protocol:
            if not without_protocol or _INVALID_URL_WITHOUT_PROTOCOL_PRECEDING.search(
                    match.before):
                continue
            last: list | None = None
            found: list[list] = []
            for ascii_match in _VALID_ASCII_DOMAIN.finditer(match.domain):
                if not _is_valid_domain(len(url), ascii_match.group(0), match.protocol):
                    continue
                last = [ascii_match.group(0), start + ascii_match.start(),
                        start + ascii_match.end()]
                found.append(last)
            if last is None:
                continue
            if match.path:
                # The last domain carries the path and query that follow it.
                last[0] = url.replace(match.domain, last[0], 1)
                last[2] = end
            urls.extend(Entity("url", text[s:e], u, s, e) for u, s, e in found)
        else:
            tco = _VALID_TCO_URL.match(url)
            if tco:
                if len(tco.group(1)) > MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco.group(0)
                end = start + len(url)
            if not _is_valid_domain(len(url), match.domain, match.protocol):
                continue
            urls.append(Entity("url", url, url, start, end))
    return urls


def extract_mentions(text: str) -> list[Entity]:
    """@screen_name mentions (lists like @name/list are found but not returned: X does not notify
    them), as ``extract_mentioned_screen_names_with_indices``."""
    return [m for m in extract_mentions_or_lists(text) if "/" not in m.text]


def extract_mentions_or_lists(text: str) -> list[Entity]:
    """@screen_name and @screen_name/list-slug, as ``extract_mentions_or_lists_with_indices``."""
    if "@" not in text and "＠" not in text:
        return []
    found = []
    for m in scan_from_signs(_MENTION, text, "@＠", _MENTION_MAX_LOOKBEHIND):
        if _END_MENTION.match(text, m.end()):
            continue
        start = m.start("name") - 1
        end = m.end("list") if m.group("list") else m.end("name")
        found.append(Entity("mention", text[start:end], m.group("name"), start, end))
    return found


def extract_hashtags(text: str, *, urls: list[Entity] | None = None) -> list[Entity]:
    """Hashtags, without those that overlap a URL (``extract_hashtags_with_indices`` with
    ``check_url_overlap``). ``urls`` may pass the URLs already extracted from this text."""
    if "#" not in text and "＃" not in text:
        return []
    tags = []
    for m in scan_from_signs(_HASHTAG, text, "#＃", 1):
        if _END_HASHTAG.match(text, m.end()):
            continue
        start, end = m.start("hash"), m.end("tag")
        tags.append(Entity("hashtag", text[start:end], m.group("tag"), start, end))
    if urls is None:
        urls = extract_urls(text)
    if urls and tags:
        kept = remove_overlapping(tags + urls)
        tags = [entity for entity in kept if entity.kind == "hashtag"]
    return tags


def extract_emoji(text: str) -> list[Entity]:
    """Emoji (sequences) as twitter-text's emoji pattern finds them, left to right."""
    found = []
    next_free = 0
    for candidate in _EMOJI_CANDIDATE.finditer(text):
        position = candidate.start()
        if position < next_free or not _EMOJI_FIRST.match(text, position):
            continue
        m = _EMOJI.match(text, position)
        if m:
            found.append(Entity("emoji", m.group(0), m.group(0), position, m.end()))
            next_free = m.end()
    return found


def remove_overlapping(entities: list[Entity]) -> list[Entity]:
    """Sort by start and drop every entity that overlaps the one kept before it."""
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        if kept and kept[-1].end > entity.start:
            continue
        kept.append(entity)
    return kept


def invalid_characters(text: str) -> list[int]:
    """Indices of U+FFFE, U+FEFF and U+FFFF, which make a post invalid."""
    return [m.start() for m in _INVALID_CHARACTER.finditer(text)]


# --- weighted length (parseTweet) -------------------------------------------------------------


@dataclass(frozen=True)
class WeightRange:
    """Code points ``start``..``end`` (inclusive) weigh ``weight`` (in ``scale`` units)."""

    start: int
    end: int
    weight: int


V2_RANGES = (
    WeightRange(0x0000, 0x10FF, 100),
    WeightRange(0x2000, 0x200D, 100),
    WeightRange(0x2010, 0x201F, 100),
    WeightRange(0x2032, 0x2037, 100),
)


@dataclass(frozen=True)
class TwitterTextConfig:
    """twitter-text's configuration (``config/v3.json`` by default; v2 without the emoji rule)."""

    max_weighted_tweet_length: int = 280
    scale: int = 100
    default_weight: int = 200
    transformed_url_length: int = 23
    emoji_parsing_enabled: bool = True
    ranges: tuple[WeightRange, ...] = field(default=V2_RANGES)


CONFIG_V3 = TwitterTextConfig()
CONFIG_V2 = TwitterTextConfig(emoji_parsing_enabled=False)


@dataclass(frozen=True)
class ParseResult:
    """What ``parseTweet`` reports. Ranges are UTF-16 code-unit indices into the original text,
    end inclusive, exactly as twitter-text gives them (its conformance data checks them)."""

    weighted_length: int
    valid: bool
    permillage: int
    display_range_start: int
    display_range_end: int
    valid_range_start: int
    valid_range_end: int


@lru_cache(maxsize=16)
def _weight_classes(ranges: tuple[WeightRange, ...], default_weight: int):
    """For each weight other than the default, a pattern matching the code points of that
    weight. Counting matches per weight is far faster than a Python loop per character."""
    by_weight: dict[int, list[str]] = {}
    claimed: list[tuple[int, int]] = []
    for weight_range in ranges:
        for lo, hi in claimed:  # the first range that contains a code point decides its weight
            if weight_range.start <= hi and lo <= weight_range.end:
                raise ValueError("twitter-text weight ranges must not overlap")
        claimed.append((weight_range.start, weight_range.end))
        if weight_range.weight != default_weight:
            by_weight.setdefault(weight_range.weight, []).append(
                f"{_class_char(weight_range.start)}-{_class_char(weight_range.end)}")
    return tuple((weight, re.compile("[" + "".join(parts) + "]"))
                 for weight, parts in by_weight.items())


def _class_char(code_point: int) -> str:
    return f"\\U{code_point:08x}"


def plain_weight(text: str, config: TwitterTextConfig) -> int:
    """Scaled weight of ``text`` counted code point by code point (no URL or emoji rule)."""
    total = config.default_weight * len(text)
    for weight, pattern in _weight_classes(config.ranges, config.default_weight):
        matching = len(text) - len(pattern.sub("", text))
        total += (weight - config.default_weight) * matching
    return total


def char_weight(char: str, config: TwitterTextConfig) -> int:
    code_point = ord(char)
    for weight_range in config.ranges:
        if weight_range.start <= code_point <= weight_range.end:
            return weight_range.weight
    return config.default_weight


@dataclass(frozen=True)
class WeightedCount:
    """The weighted count of an NFC text, with positions in that NFC text (``str`` indices)."""

    scaled_weight: int  # in config.scale units
    limit_end: int  # end (exclusive) of the longest prefix within the limit
    first_invalid: int | None  # index of the first invalid character, if any

    @property
    def valid_end(self) -> int:
        """End of twitter-text's "valid range": within the limit and before any invalid
        character."""
        return self.limit_end if self.first_invalid is None else min(self.limit_end,
                                                                     self.first_invalid)


def weighted_count(normalized: str, config: TwitterTextConfig, urls: list[Entity],
                   emoji: list[Entity]) -> WeightedCount:
    """parseTweet's loop over an NFC text whose URLs and emoji are already extracted. Each URL
    weighs ``transformed_url_length``, each emoji the default weight, every other code point the
    weight of its range."""
    scaled_max = config.max_weighted_tweet_length * config.scale
    url_weight = config.transformed_url_length * config.scale
    entities = sorted(
        [(u.start, u.end, url_weight, 0) for u in urls]
        + ([(e.start, e.end, config.default_weight, 1) for e in emoji]
           if config.emoji_parsing_enabled else []))
    segments: list[tuple[int, int, int | None]] = []  # (start, end, fixed weight or None)
    position = 0
    for start, end, weight, _ in entities:
        if start < position:  # inside an entity already counted (a URL wins over an emoji)
            continue
        if start > position:
            segments.append((position, start, None))
        segments.append((start, end, weight))
        position = end
    if position < len(normalized):
        segments.append((position, len(normalized), None))

    total = 0
    for start, end, fixed in segments:
        total += plain_weight(normalized[start:end], config) if fixed is None else fixed
    invalid = _INVALID_CHARACTER.search(normalized)
    first_invalid = invalid.start() if invalid else None
    if total <= scaled_max:
        return WeightedCount(total, len(normalized), first_invalid)

    # Over the limit: walk to where the running total first passes it.
    running = 0
    for start, end, fixed in segments:
        if fixed is not None:
            if running + fixed > scaled_max:
                return WeightedCount(total, start, first_invalid)
            running += fixed
            continue
        for index in range(start, end):
            running += char_weight(normalized[index], config)
            if running > scaled_max:
                return WeightedCount(total, index, first_invalid)
    return WeightedCount(total, len(normalized), first_invalid)


def parse_tweet(text: str, config: TwitterTextConfig = CONFIG_V3) -> ParseResult:
    """twitter-text's ``parseTweet``, including its range arithmetic (UTF-16, end inclusive, and
    the NFC length difference added to the ranges)."""
    normalized = unicodedata.normalize("NFC", text)
    urls = extract_urls(normalized)
    emoji = extract_emoji(normalized) if config.emoji_parsing_enabled else []
    count = weighted_count(normalized, config, urls, emoji)
    weighted_length = count.scaled_weight // config.scale
    valid = (count.first_invalid is None and 0 < weighted_length
             and weighted_length <= config.max_weighted_tweet_length)
    normalization_offset = utf16_length(text) - utf16_length(normalized)
    valid_end_utf16 = utf16_length(normalized[:count.valid_end])
    return ParseResult(
        weighted_length=weighted_length,
        valid=valid,
        permillage=weighted_length * 1000 // config.max_weighted_tweet_length,
        display_range_start=0,
        display_range_end=max(utf16_length(text) - 1, 0),
        valid_range_start=0,
        valid_range_end=max(valid_end_utf16 - 1, 0) + normalization_offset,
    )
