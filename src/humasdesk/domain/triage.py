"""Complaint, emergency and question triage of inbox messages, in Indonesian and English.

    classify(text, corrections=None) -> Triage

Rules first: the phrases, slang, negators and guess words are plain text files in
``triage_rules/`` (see its README.txt) that the officer can read and change, and every label
comes with the words that set it, so it can be read out and corrected.

How a message is read:

1. Normalised into tokens: lower case, links and @handles dropped, stretched letters shortened
   ("lamaaa" -> "lama"), slang written out ("gak" -> "tidak"); each token remembers the words
   the writer actually typed, for the reasons.
2. Every phrase of every label is looked up (indexed by its first word, so a message costs a
   few dictionary look-ups per word).
3. A complaint phrase is cancelled by a negator shortly before it in the same sentence part
   ("tidak ada keluhan", "bukan mau komplain") and by a guess or hearsay before it ("kirain
   bakal lama, ternyata cepat"). An emergency phrase is cancelled only by a negator right
   before it ("sudah tidak kejang"): a missed emergency costs far more than a false alarm.
4. A label is set when its phrases weigh 1 or more together.
5. Word weights learned from examples (``learned_weights.tsv``) may add a complaint or an
   emergency label the phrases missed, never take one away (see "learned word weights").
6. The officer's corrections come last (see ``Corrections``).

Pure code: no I/O except reading its own rule files through ``importlib.resources``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .i18n import QT_TRANSLATE_NOOP, translate

COMPLAINT, URGENT, QUESTION = "complaint", "urgent", "question"
LABELS = (URGENT, COMPLAINT, QUESTION)  # the order they are read out in
_LABEL_NAMES = {
    COMPLAINT: QT_TRANSLATE_NOOP("Triage", "complaint"),
    URGENT: QT_TRANSLATE_NOOP("Triage", "emergency"),
    QUESTION: QT_TRANSLATE_NOOP("Triage", "question"),
}
_RULE_FILES = {COMPLAINT: "complaint.txt", URGENT: "urgent.txt", QUESTION: "question.txt"}
# Phrases that are not labels but are found the same way, in the same pass.
_EXPECT, _TURN, _NOT_NEGATION = "<expectation>", "<turn>", "<not a negation>"
_NOT_EMERGENCY, _OVER, _GENERAL = "<not an emergency>", "<over>", "<general>"
_NOW, _FIRST_PERSON = "<now>", "<first person>"

THRESHOLD = 1.0
GAP = 3  # words that "..." may stand for
NEGATION_REACH = 3  # words a negator reaches forward
# A corrected message counts as "similar" when this share of the content words of the two
# messages (together) is shared (Jaccard similarity).
SIMILAR = 0.6
# A phrase stops counting for a label once it set that label wrongly in this many corrected
# messages (and never rightly).
MUTE_AFTER = 2


def label_name(label: str) -> str:
    """The label as the user reads it ("complaint" / "keluhan")."""
    return translate("Triage", _LABEL_NAMES[label])


@dataclass(frozen=True)
class Evidence:
    """One reason for (or against) a label: the words as written, and where it came from."""

    label: str
    words: str
    source: str = "rule"  # "rule", "correction" (this very message), "similar", "muted"
    weight: float = 1.0


@dataclass(frozen=True)
class Triage:
    complaint: bool
    urgent: bool
    question: bool
    reasons: tuple[str, ...] = ()  # why each set label is set, readable ("complaint: antre … lama")
    notes: tuple[str, ...] = ()  # what was found but did not count, and why
    evidence: tuple[Evidence, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels that are set, emergency first."""
        return tuple(label for label in LABELS if getattr(self, label))

    def reasons_for(self, label: str) -> tuple[str, ...]:
        return tuple(e.words for e in self.evidence if e.label == label and e.source != "muted")

    def to_json(self) -> dict:
        return {COMPLAINT: self.complaint, URGENT: self.urgent, QUESTION: self.question,
                "reasons": list(self.reasons)}


# -- rule files --------------------------------------------------------------------------------

def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("triage_rules", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _sections(name: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


@dataclass(frozen=True)
class _Element:
    text: str  # the token, or its prefix for "word*", or "<num>"
    prefix: bool = False
    gap_before: bool = False  # "..." stood before it

    def matches(self, token: str) -> bool:
        if self.text == "<num>":
            return token.isdigit() or token in _NUMBER_WORDS
        return token.startswith(self.text) if self.prefix else token == self.text


@dataclass(frozen=True)
class _Phrase:
    label: str
    source: str  # the line as written in the file
    elements: tuple[_Element, ...]
    weight: float
    at_start: bool = False  # "^": only at the start of a sentence part
    at_end: bool = False  # "$": only at the end of a sentence part

    @property
    def plain(self) -> tuple[str, ...] | None:
        """The words, when the phrase has no "...", "word*" or "<num>" (compared in one go)."""
        return self._plain

    def __post_init__(self):
        plain = all(not e.prefix and not e.gap_before and e.text != "<num>"
                    for e in self.elements)
        object.__setattr__(self, "_plain", tuple(e.text for e in self.elements) if plain
                           else None)
        # Words the message must hold for the phrase to be worth trying.
        object.__setattr__(self, "required", frozenset(
            e.text for e in self.elements if not e.prefix and e.text != "<num>"))


_NUMBER_WORDS = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh "
    "setengah seharian berjam beberapa one two three four five six seven eight nine ten "
    "eleven twelve half several".split())

# Sentence ends close a guess; clause ends (commas too) close negation and "..." gaps.
_SENTENCE_END, _CLAUSE_END = "<s>", "<c>"
# The standard library's re: several times faster than regex for this simple pattern.
_URL = re.compile(r"https?://\S+|www\.\S+")
_TOKEN = re.compile(r"[@#]?[^\W_]+(?:['’][^\W_]+)*|\?+|[.!;\n]+|[,:()\"“”]|"
                    r"[\u2600-\u27bf\U0001F300-\U0001FAFF]")
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")
_DOUBLED = re.compile(r"([^\W\d_])\1")


@dataclass(frozen=True)
class _Rules:
    slang: dict[str, tuple[str, ...]]
    vocabulary: frozenset[str]
    phrases: dict[str, tuple[_Phrase, ...]]  # label (or kind) -> phrases
    by_first: dict[str, tuple[_Phrase, ...]]  # first token -> phrases starting with it
    # "word*" phrases by the first three letters of "word"; phrases starting with "<num>"
    by_prefix: dict[str, tuple[_Phrase, ...]]
    by_number: tuple[_Phrase, ...]
    negators: frozenset[str]
    bridges: frozenset[str]
    openers: frozenset[str]
    closers: frozenset[str]


@cache
def _rules() -> _Rules:
    slang: dict[str, tuple[str, ...]] = {}
    for line in _lines("slang.txt"):
        variants, _, standard = line.partition("=")
        for variant in variants.split():
            slang[variant.casefold()] = tuple(standard.split())

    def words(phrase: str) -> tuple[str, ...]:
        out: list[str] = []
        for word in phrase.casefold().split():
            out += slang.get(word, (word,))
        return tuple(out)

    question = _sections("question.txt")
    negation = _sections("negation.txt")
    scope = _sections("scope.txt")
    sources = {label: _lines(name) for label, name in _RULE_FILES.items()}
    sources[QUESTION] = question["phrases"]
    sources[_EXPECT] = scope["expectation"]
    sources[_TURN] = scope["turn"] + scope["not a guess"]
    sources[_NOT_NEGATION] = negation["not a negation"]
    sources[_NOT_EMERGENCY] = negation["not an emergency"]
    sources[_OVER], sources[_GENERAL] = scope["over"], scope["general"]
    sources[_NOW], sources[_FIRST_PERSON] = scope["now"], scope["first person"]
    phrases: dict[str, list[_Phrase]] = {label: [] for label in sources}
    for label, lines in sources.items():
        for line in lines:
            source, _, weight = line.partition("|")
            source = source.strip()
            at_start = source.startswith("^ ")
            at_end = source.endswith(" $")
            body = source[2 if at_start else 0:-2 if at_end else None]
            elements: list[_Element] = []
            gap = False
            for word in body.split():
                if word == "...":
                    gap = True
                    continue
                if word.endswith("*") and len(word) > 1:
                    elements.append(_Element(word[:-1].casefold(), True, gap))
                elif word == "<num>":
                    elements.append(_Element(word, False, gap))
                else:
                    elements += [_Element(w, False, gap and i == 0)
                                 for i, w in enumerate(words(word))]
                gap = False
            phrases[label].append(_Phrase(label, body, tuple(elements),
                                          float(weight) if weight.strip() else 1.0, at_start,
                                          at_end))
    by_first: dict[str, list[_Phrase]] = {}
    by_prefix: dict[str, list[_Phrase]] = {}
    by_number: list[_Phrase] = []
    for label_phrases in phrases.values():
        for phrase in label_phrases:
            first = phrase.elements[0]
            if first.text == "<num>":
                by_number.append(phrase)
            elif first.prefix:
                if len(first.text) < 3:
                    raise ValueError(f"triage rule {phrase.source!r}: a word* needs three "
                                     "letters before the *")
                by_prefix.setdefault(first.text[:3], []).append(phrase)
            else:
                by_first.setdefault(first.text, []).append(phrase)
    vocabulary = {e.text for ps in phrases.values() for p in ps for e in p.elements}
    vocabulary |= set(slang) | {w for ws in slang.values() for w in ws}
    for section in (negation, scope):
        for lines in section.values():
            vocabulary |= {w for line in lines for w in words(line)}
    return _Rules(
        slang=slang,
        vocabulary=frozenset(vocabulary),
        phrases={label: tuple(ps) for label, ps in phrases.items()},
        by_first={first: tuple(ps) for first, ps in by_first.items()},
        by_prefix={first: tuple(ps) for first, ps in by_prefix.items()},
        by_number=tuple(by_number),
        negators=frozenset(w for line in negation["negators"] for w in words(line)),
        bridges=frozenset(w for line in negation["emergency bridges"] for w in words(line)),
        openers=frozenset(w for line in question["openers"] for w in words(line)),
        closers=frozenset(w for line in question["openers"] + question["closers"]
                          for w in words(line)),
    )


# -- normalising -------------------------------------------------------------------------------

class _Text:
    """A message as tokens: normalised words, the words as written, and which written word
    each came from (so that "makasih" -> "terima kasih" reads back once)."""

    __slots__ = ("words", "surfaces", "indexes")

    def __init__(self, text: str):
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
        if "http" in text or "www." in text:
            text = _URL.sub(" ", text)
        words: list[str] = []
        surfaces: list[str] = []
        indexes: list[int] = []
        for index, raw in enumerate(_TOKEN.findall(text)):
            normalised = _normalised(raw)
            if len(normalised) == 1:  # nearly always: one written word, one word
                words.append(normalised[0])
                surfaces.append(raw)
                indexes.append(index)
            else:
                words += normalised
                surfaces += [raw] * len(normalised)
                indexes += [index] * len(normalised)
        self.words, self.surfaces, self.indexes = words, surfaces, indexes


@cache
def _normalised(raw: str) -> tuple[str, ...]:
    """One written token as normalised words (none for an @handle)."""
    first = raw[0]
    if first == "?":
        return ("?", _SENTENCE_END)
    if first in ".!;\n":
        return (_SENTENCE_END,)
    if first in ',:()"“”':
        return (_CLAUSE_END,)
    if first == "@":
        return ()  # a handle says who, not what
    if first == "#":
        raw = raw[1:]  # a hashtag's words count: #pelayananburuk
    rules = _rules()
    word = raw.casefold().replace("’", "'")
    if len(word) > 3 and word.endswith("2") and word[:-1].isalpha():
        return _normalised(word[:-1]) * 2  # "buru2" is "buru-buru"
    if word not in rules.vocabulary:
        if _ELONGATED.search(word):  # "lamaaa", "tolooong", "maaaf"
            once, twice = _ELONGATED.sub(r"\1", word), _ELONGATED.sub(r"\1\1", word)
            word = twice if twice in rules.vocabulary and once not in rules.vocabulary else once
        if word not in rules.vocabulary and _DOUBLED.search(word):  # "jutekk", "parahh"
            single = _DOUBLED.sub(r"\1", word)
            if single in rules.vocabulary:
                word = single
    return rules.slang.get(word, (word,))


def _is_boundary(token: str) -> bool:
    return token in (_SENTENCE_END, _CLAUSE_END)


# -- matching ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Match:
    phrase: _Phrase
    positions: tuple[int, ...]


def _match_from(elements: tuple[_Element, ...], words: list[str], start: int
                ) -> tuple[int, ...] | None:
    if not elements[0].matches(words[start]):
        return None
    if len(elements) == 1:
        return (start,)
    following = elements[1]
    reach = GAP + 1 if following.gap_before else 1
    for position in range(start + 1, min(start + 1 + reach, len(words))):
        if _is_boundary(words[position]):
            return None
        rest = _match_from(elements[1:], words, position)
        if rest is not None:
            return (start, *rest)
    return None


def _at_start(words: list[str], position: int, rules: _Rules) -> bool:
    while position > 0 and words[position - 1] in rules.openers:
        position -= 1
    return position == 0 or _is_boundary(words[position - 1])


def _at_end(words: list[str], position: int, rules: _Rules) -> bool:
    position += 1
    while position < len(words) and words[position] in rules.closers:
        position += 1
    return position == len(words) or words[position] in (_SENTENCE_END, _CLAUSE_END, "?")


@cache
def _candidates(word: str) -> tuple[_Phrase, ...]:
    """The phrases that may start with this word."""
    rules = _rules()
    candidates = rules.by_first.get(word, ()) + rules.by_prefix.get(word[:3], ())
    if word.isdigit() or word in _NUMBER_WORDS:
        candidates += rules.by_number
    return candidates


def _matches(words: list[str], rules: _Rules) -> list[_Match]:
    found: list[_Match] = []
    present = frozenset(words)
    for start, word in enumerate(words):
        candidates = _candidates(word)
        if not candidates:
            continue
        for phrase in candidates:
            if not phrase.required <= present:
                continue
            if phrase.at_start and not _at_start(words, start, rules):
                continue
            plain = phrase.plain
            if plain is not None:
                positions = None
                if len(plain) == 1 or tuple(words[start:start + len(plain)]) == plain:
                    positions = tuple(range(start, start + len(plain)))
            else:
                positions = _match_from(phrase.elements, words, start)
            if positions is not None and (
                    not phrase.at_end or _at_end(words, positions[-1], rules)):
                found.append(_Match(phrase, positions))
    return found


def _negated(match: _Match, words: list[str], covered: set[int], turns: set[int],
             rules: _Rules) -> int | None:
    """The position of the negator that cancels this match, if any."""
    start = match.positions[0]
    if start in turns:
        return None
    emergency = match.phrase.label == URGENT
    for position in range(start - 1, max(-1, start - 1 - NEGATION_REACH), -1):
        word = words[position]
        if _is_boundary(word) or position in turns:  # "tidak aktif padahal ..." ends there
            return None
        if word in rules.negators and position not in covered:
            return position
        if emergency and word not in rules.bridges:
            return None
    return None


def _guessed(words: list[str], found: list[_Match]) -> list[bool]:
    """For each position: does it stand inside a guess or hearsay ("kirain bakal lama")?"""
    starts: dict[int, str] = {}
    longest: dict[int, int] = {}
    for m in found:  # where two start together, the longer one says what it is
        if m.phrase.label in (_EXPECT, _TURN) and \
                len(m.positions) > longest.get(m.positions[0], 0):
            starts[m.positions[0]] = m.phrase.label
            longest[m.positions[0]] = len(m.positions)
    inside = [False] * len(words)
    guessing = False
    for position, word in enumerate(words):
        kind = starts.get(position)
        if word == _SENTENCE_END or kind == _TURN:
            guessing = False
        elif kind == _EXPECT:
            guessing = True
        inside[position] = guessing
    return inside


def _read_back(match: _Match, text: _Text) -> str:
    """The words as he wrote them, "…" where a gap was."""
    parts: list[str] = []
    last_index = last_position = None
    for position in match.positions:
        index = text.indexes[position]
        if last_index == index:
            continue  # one written word written out as two ("makasih")
        if last_position is not None and position > last_position + 1 and \
                text.indexes[position - 1] != last_index:
            parts.append("…")
        parts.append(text.surfaces[position])
        last_index, last_position = index, position
    return " ".join(parts)


def _rule_evidence(text: _Text, rules: _Rules
                   ) -> tuple[list[tuple[_Match, str]], list[tuple[_Match, str]], list[bool]]:
    """(counted matches, cancelled matches with the reason), each with its read-back, and for
    each position whether it stands inside a guess."""
    words = text.words
    found = _matches(words, rules)
    if not found:
        return [], [], [False] * len(words)
    # A negator inside a phrase of its own ("tidak ramah", "tidak hanya") negates nothing else;
    # one that is only followed by bridge words in it ("tidak ada yang") still does.
    covered = set()
    for m in found:
        for i, p in enumerate(m.positions):
            if words[p] in rules.negators and any(
                    words[q] not in rules.bridges for q in m.positions[i + 1:]):
                covered.add(p)
    guessed = _guessed(words, found)
    kinds = {m.phrase.label for m in found}
    turns = {m.positions[0] for m in found if m.phrase.label == _TURN}
    not_emergency = {p for m in found if m.phrase.label == _NOT_EMERGENCY for p in m.positions}
    # An emergency told as over ("sudah pulih", "minggu lalu") or as a general topic
    # ("gejala", "seminar"), with nothing that says it is happening now.
    settled = None
    if _NOW not in kinds:
        for m in found:
            if m.phrase.label == _OVER or (m.phrase.label == _GENERAL and
                                           _FIRST_PERSON not in kinds):
                settled = _read_back(m, text)
                break
    found = [m for m in found if m.phrase.label in _LABEL_NAMES]
    emergencies = [(m.positions[0], m.positions[-1]) for m in found
                   if m.phrase.label == URGENT and not not_emergency.intersection(m.positions)]
    # Phrases inside a longer one of the same label ("lama" in "antre ... lama") say nothing new.
    if len(found) > 1:
        spans = [(m.phrase.label, set(m.positions)) for m in found]
        found = [m for m in found if not any(
            label == m.phrase.label and set(m.positions) < span for label, span in spans)]
    counted, cancelled = [], []
    for match in found:
        shown = _read_back(match, text)
        if match.phrase.label == QUESTION:
            counted.append((match, shown))
            continue
        label = match.phrase.label
        negator = _negated(match, words, covered, turns, rules)
        if label == URGENT and not_emergency.intersection(match.positions):
            cancelled.append((match, translate("Triage", "“{words}” is not an emergency here")
                              .format(words=shown)))
        elif label == URGENT and settled is not None:
            cancelled.append((match, translate(
                "Triage", "“{words}” is told as past or general (“{cue}”)").format(
                words=shown, cue=settled)))
        elif label == COMPLAINT and any(first <= match.positions[0] <= last + 2
                                        for first, last in emergencies):
            # "sesak napas parah", "collapsed, not responding": how bad the emergency is,
            # not a complaint about the service.
            cancelled.append((match, translate("Triage", "“{words}” describes the emergency")
                              .format(words=shown)))
        elif negator is not None:
            cancelled.append((match, translate("Triage", "“{negator}” cancels “{words}”").format(
                negator=text.surfaces[negator], words=shown)))
        elif match.phrase.label == COMPLAINT and guessed[match.positions[0]]:
            cancelled.append((match, translate("Triage", "“{words}” is only a guess or hearsay")
                              .format(words=shown)))
        else:
            counted.append((match, shown))
    return counted, cancelled, guessed


# -- learned word weights ---------------------------------------------------------------------
# Rules find what they name; the many ways of telling a complaint or an emergency without the
# words in the lists ("kursi tunggu cuma 10, keluarga pasien duduk di lantai") are caught by
# word weights learned from the tuning part of the labelled set (scripts/triage_weights.py): a
# logistic regression over the normalised words and word pairs, with words after a negator or
# inside a guess kept apart, and whether the rules found (or cancelled) something. It can only
# add a label; its reason names the words that weighed most.

LEARNED_FILE = "learned_weights.tsv"


def _features(text: _Text, guessed: list[bool], rule_labels: set[str],
              cancelled_labels: set[str]) -> dict[str, tuple[int, ...]]:
    """The message's features, each with the positions of its words (for the reason)."""
    negators = _rules().negators
    features: dict[str, tuple[int, ...]] = {}
    reach = 0
    previous = ""
    for position, word in enumerate(text.words):
        if word in _ENDS:
            reach, previous = 0, ""
            continue
        if word.isdigit():
            word = "<num>"
        if word in negators:
            kind, reach = "word:", NEGATION_REACH + 1
        elif reach:
            kind = "not:"
        else:
            kind = "guess:" if guessed[position] else "word:"
        key = kind + word
        if key not in features:
            features[key] = (position,)
        if previous:
            key = "pair:" + previous + " " + word
            if key not in features:
                features[key] = (position - 1, position)
        previous = word
        if reach:
            reach -= 1
    for label in rule_labels:
        features["rule:" + label] = ()
    for label in cancelled_labels:
        features["cancelled:" + label] = ()
    if "?" in text.words:
        features["mark:?"] = ()
    return features


_ENDS = frozenset((_SENTENCE_END, _CLAUSE_END, "?"))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(_lines("function_words.txt"))


def _learned_words(text: _Text, features: dict[str, tuple[int, ...]],
                   weights: dict[str, float], already: list[str]) -> str:
    """The (at most three) words that weighed most, leaving out common words and numbers."""
    common = _function_words()
    ranked = sorted(((weights.get(f, 0.0), positions) for f, positions in features.items()
                     if positions and weights.get(f, 0.0) > 0), reverse=True)
    shown: list[str] = []
    for _weight, positions in ranked:
        if all(text.words[p] in common or text.words[p].isdigit() for p in positions):
            continue
        words = " ".join(dict.fromkeys(text.surfaces[p] for p in positions))
        if not any(words in other or other in words for other in shown) and \
                not any(words in other for other in already):
            shown.append(words)
        if len(shown) == 3:
            break
    return translate("Triage", "{words} (learned from examples)").format(
        words=", ".join(shown) if shown else "…")


@cache
def _learned() -> dict[str, tuple[float, dict[str, float]]]:
    """label -> (bias, feature weights), from the learned weights file (none if it is missing)."""
    try:
        lines = _lines(LEARNED_FILE)
    except FileNotFoundError:
        return {}
    model: dict[str, tuple[float, dict[str, float]]] = {}
    for line in lines:
        label, feature, weight = line.split("\t")
        bias, weights = model.get(label, (0.0, {}))
        if feature == "(bias)":
            bias = float(weight)
        else:
            weights[feature] = float(weight)
        model[label] = (bias, weights)
    return model


# -- corrections -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Correction:
    """The officer's word on one label of one message: ``value`` is what is right."""

    text: str
    label: str
    value: bool


def _content(text: _Text) -> frozenset[str]:
    return frozenset(w for w in text.words
                     if not _is_boundary(w) and (len(w) > 2 or w.isdigit()))


def _key(text: _Text) -> tuple[str, ...]:
    return tuple(w for w in text.words if not _is_boundary(w) and w != "?")


class Corrections:
    """The officer's corrections, kept by the store and handed back here. They change:

    - the same message (the same words once normalised: case, slang, punctuation and stretched
      letters aside): the corrected label is taken as he said, emergencies included;
    - a similar message (at least ``SIMILAR`` of the content words shared): the label he gave
      the most similar corrected message, except that a similar message never loses an
      emergency label (only the very message he corrected does);
    - a phrase that set a label wrongly in ``MUTE_AFTER`` corrected messages and never rightly
      stops counting for that label (not for emergencies).

    Later corrections of the same message and label win over earlier ones.
    """

    def __init__(self, corrections: Iterable[Correction | tuple[str, str, bool]] = ()):
        rules = _rules()
        latest: dict[tuple[tuple[str, ...], str], tuple[Correction, _Text]] = {}
        for item in corrections:
            correction = item if isinstance(item, Correction) else Correction(*item)
            if correction.label not in _RULE_FILES:
                raise ValueError(f"unknown triage label {correction.label!r}")
            tokens = _Text(correction.text)
            latest[(_key(tokens), correction.label)] = (correction, tokens)
        self._exact: dict[tuple[tuple[str, ...], str], Correction] = {}
        self._similar: list[tuple[frozenset[str], Correction]] = []
        wrong: Counter[tuple[str, str]] = Counter()
        right: Counter[tuple[str, str]] = Counter()
        for (key, label), (correction, tokens) in latest.items():
            self._exact[(key, label)] = correction
            content = _content(tokens)
            if content:
                self._similar.append((content, correction))
            counted, _, _ = _rule_evidence(tokens, rules)
            for match, _shown in counted:
                if match.phrase.label == label:
                    (right if correction.value else wrong)[(label, match.phrase.source)] += 1
        self._muted = frozenset(
            phrase for phrase, count in wrong.items()
            if count >= MUTE_AFTER and not right[phrase] and phrase[0] != URGENT)

    def __len__(self) -> int:
        return len(self._exact)

    def exact(self, tokens: _Text, label: str) -> Correction | None:
        return self._exact.get((_key(tokens), label))

    def similar(self, tokens: _Text, label: str) -> tuple[Correction, float] | None:
        content = _content(tokens)
        best: tuple[Correction, float] | None = None
        for other, correction in self._similar:
            if correction.label != label:
                continue
            score = len(content & other) / len(content | other)
            if score >= SIMILAR and (best is None or score > best[1]):
                best = (correction, score)
        return best

    def muted(self, label: str, phrase: str) -> bool:
        return (label, phrase) in self._muted


# -- the entry point ---------------------------------------------------------------------------

def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def classify(text: str, corrections: Corrections | None = None) -> Triage:
    """Label one message; see the module's docstring for how."""
    rules = _rules()
    tokens = _Text(text)
    counted, cancelled, guessed = _rule_evidence(tokens, rules)
    evidence: list[Evidence] = []
    notes = [note for _match, note in cancelled]
    for match, shown in counted:
        label = match.phrase.label
        if corrections is not None and corrections.muted(label, match.phrase.source):
            evidence.append(Evidence(label, shown, "muted", match.phrase.weight))
            notes.append(translate("Triage", "“{words}” no longer counts as {label}: you "
                                             "corrected it").format(
                words=shown, label=label_name(label)))
        else:
            evidence.append(Evidence(label, shown, "rule", match.phrase.weight))
    values = {}
    for label in LABELS:
        weight = sum(e.weight for e in evidence if e.label == label and e.source == "rule")
        values[label] = weight >= THRESHOLD
    model = _learned()
    if model and not all(values[label] for label in model):
        features = _features(tokens, guessed, {e.label for e in evidence if e.source == "rule"},
                             {m.phrase.label for m, _note in cancelled})
        for label, (bias, weights) in model.items():
            if values[label]:
                continue  # the learned weights only add a label the rules missed
            score = bias + sum(weights.get(feature, 0.0) for feature in features)
            if score >= 0.0:  # a probability of at least one half
                values[label] = True
                already = [e.words for e in evidence if e.label == label]
                evidence.append(Evidence(label, _learned_words(tokens, features, weights,
                                                               already), "learned"))
    if corrections is not None and len(corrections):
        for label in LABELS:
            exact = corrections.exact(tokens, label)
            if exact is not None:
                values[label] = exact.value
                evidence.append(Evidence(label, translate("Triage", "your correction"),
                                         "correction"))
                continue
            similar = corrections.similar(tokens, label)
            if similar is None or similar[0].value == values[label]:
                continue
            if label == URGENT and not similar[0].value:
                continue  # only the very message he corrected loses an emergency label
            values[label] = similar[0].value
            evidence.append(Evidence(label, translate(
                "Triage", "like a message you corrected: “{text}”").format(
                text=_shorten(similar[0].text)), "similar"))
    reasons = []
    for label in LABELS:
        words = [e.words for e in evidence if e.label == label and e.source != "muted"]
        if values[label] and words:
            reasons.append(translate("Triage", "{label}: {words}").format(
                label=label_name(label), words=", ".join(dict.fromkeys(words))))
        elif not values[label]:
            for e in evidence:
                if e.label == label and e.source in ("correction", "similar"):
                    notes.append(translate("Triage", "not {label}: {words}").format(
                        label=label_name(label), words=e.words))
    return Triage(values[COMPLAINT], values[URGENT], values[QUESTION], tuple(reasons),
                  tuple(notes), tuple(evidence))
