"""Complaint, emergency and question triage of inbox messages, in Indonesian and English.

    classify(text, corrections=None) -> Triage

Rules, not a model: the phrases, slang, negators and guess words are plain text files in
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
5. The officer's corrections come last (see ``Corrections``).

Pure code: no I/O except reading its own rule files through ``importlib.resources``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from .i18n import QT_TRANSLATE_NOOP, translate

COMPLAINT, URGENT, QUESTION = "complaint", "urgent", "question"
LABELS = (URGENT, COMPLAINT, QUESTION)  # the order they are read out in
_LABEL_NAMES = {
    COMPLAINT: QT_TRANSLATE_NOOP("Triage", "complaint"),
    URGENT: QT_TRANSLATE_NOOP("Triage", "emergency"),
    QUESTION: QT_TRANSLATE_NOOP("Triage", "question"),
}
_RULE_FILES = {COMPLAINT: "complaint.txt", URGENT: "urgent.txt", QUESTION: "question.txt"}

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


_NUMBER_WORDS = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh "
    "setengah seharian berjam beberapa one two three four five six seven eight nine ten "
    "eleven twelve half several".split())

# Sentence ends close a guess; clause ends (commas too) close negation and "..." gaps.
_SENTENCE_END, _CLAUSE_END = "<s>", "<c>"
_TOKEN = regex.compile(
    r"https?://\S+|www\.\S+|[@#]?[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\?+|[.!;\n]+|[,:()\"“”]|"
    r"\p{Extended_Pictographic}")
_ELONGATED = regex.compile(r"(\p{L})\1{2,}")
_DOUBLED = regex.compile(r"(\p{L})\1")


@dataclass(frozen=True)
class _Rules:
    slang: dict[str, tuple[str, ...]]
    vocabulary: frozenset[str]
    phrases: dict[str, tuple[_Phrase, ...]]  # label -> phrases
    by_first: dict[str, tuple[_Phrase, ...]]  # first token -> phrases starting with it
    by_prefix: tuple[_Phrase, ...]  # phrases whose first element is "word*" or "<num>"
    negators: frozenset[str]
    not_negations: tuple[tuple[str, ...], ...]
    bridges: frozenset[str]
    expectations: tuple[tuple[str, ...], ...]
    turns: tuple[tuple[str, ...], ...]
    openers: frozenset[str]


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

    phrases: dict[str, list[_Phrase]] = {label: [] for label in _RULE_FILES}
    question = _sections("question.txt")
    for label, name in _RULE_FILES.items():
        lines = question["phrases"] if label == QUESTION else _lines(name)
        for line in lines:
            source, _, weight = line.partition("|")
            source = source.strip()
            at_start = source.startswith("^ ")
            body = source[2:] if at_start else source
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
                                          float(weight) if weight.strip() else 1.0, at_start))
    by_first: dict[str, list[_Phrase]] = {}
    by_prefix: list[_Phrase] = []
    for label_phrases in phrases.values():
        for phrase in label_phrases:
            first = phrase.elements[0]
            if first.prefix or first.text == "<num>":
                by_prefix.append(phrase)
            else:
                by_first.setdefault(first.text, []).append(phrase)
    negation = _sections("negation.txt")
    scope = _sections("scope.txt")
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
        by_prefix=tuple(by_prefix),
        negators=frozenset(w for line in negation["negators"] for w in words(line)),
        not_negations=tuple(words(line) for line in negation["not a negation"]),
        bridges=frozenset(w for line in negation["emergency bridges"] for w in words(line)),
        expectations=tuple(words(line) for line in scope["expectation"]),
        turns=tuple(words(line) for line in scope["turn"]),
        openers=frozenset(w for line in question["openers"] for w in words(line)),
    )


# -- normalising -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Token:
    text: str  # normalised
    surface: str  # as written
    index: int  # of the written word, so that "makasih" -> "terima kasih" reads back once


def _word(raw: str, rules: _Rules) -> tuple[str, ...]:
    word = raw.casefold().replace("’", "'")
    if word not in rules.vocabulary:
        if _ELONGATED.search(word):  # "lamaaa", "tolooong", "maaaf"
            once, twice = _ELONGATED.sub(r"\1", word), _ELONGATED.sub(r"\1\1", word)
            word = twice if twice in rules.vocabulary and once not in rules.vocabulary else once
        if word not in rules.vocabulary and _DOUBLED.search(word):  # "jutekk", "parahh"
            single = _DOUBLED.sub(r"\1", word)
            if single in rules.vocabulary:
                word = single
    return rules.slang.get(word, (word,))


def _tokens(text: str, rules: _Rules) -> list[_Token]:
    tokens: list[_Token] = []
    for index, match in enumerate(_TOKEN.finditer(unicodedata.normalize("NFKC", text))):
        raw = match.group()
        if raw[0] in "@#" and len(raw) > 1:
            if raw[0] == "@":
                continue  # a handle says who, not what
            raw = raw[1:]  # a hashtag's words count: #pelayananburuk
        if raw.startswith(("http", "www.")) and len(raw) > 4 and not raw.isalpha():
            continue
        if raw[0] == "?":
            tokens.append(_Token("?", raw, index))
            tokens.append(_Token(_SENTENCE_END, raw, index))
        elif raw[0] in ".!;\n":
            tokens.append(_Token(_SENTENCE_END, raw, index))
        elif raw[0] in ",:()\"“”":
            tokens.append(_Token(_CLAUSE_END, raw, index))
        else:
            tokens += [_Token(word, raw, index) for word in _word(raw, rules)]
    return tokens


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


def _matches(words: list[str], rules: _Rules) -> list[_Match]:
    found: list[_Match] = []
    for start, word in enumerate(words):
        if _is_boundary(word):
            continue
        candidates = rules.by_first.get(word, ())
        for phrase in (*candidates, *rules.by_prefix):
            if phrase.at_start and not _at_start(words, start, rules):
                continue
            positions = _match_from(phrase.elements, words, start)
            if positions is not None:
                found.append(_Match(phrase, positions))
    return found


def _starts_with(words: list[str], position: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[position:position + len(phrase)]) == phrase


def _negated(match: _Match, words: list[str], covered: set[int], rules: _Rules) -> int | None:
    """The position of the negator that cancels this match, if any."""
    start = match.positions[0]
    emergency = match.phrase.label == URGENT
    for position in range(start - 1, max(-1, start - 1 - NEGATION_REACH), -1):
        word = words[position]
        if _is_boundary(word):
            return None
        if word in rules.negators and position not in covered and not any(
                _starts_with(words, position, phrase) for phrase in rules.not_negations):
            return position
        if emergency and word not in rules.bridges:
            return None
    return None


def _guessed(words: list[str], rules: _Rules) -> list[bool]:
    """For each position: does it stand inside a guess or hearsay ("kirain bakal lama")?"""
    inside = [False] * len(words)
    guessing = False
    for position, word in enumerate(words):
        if word == _SENTENCE_END or any(_starts_with(words, position, t) for t in rules.turns):
            guessing = False
        elif any(_starts_with(words, position, e) for e in rules.expectations):
            guessing = True
        inside[position] = guessing
    return inside


def _read_back(match: _Match, tokens: list[_Token]) -> str:
    """The words as he wrote them, "…" where a gap was."""
    parts: list[str] = []
    last_index = last_position = None
    for position in match.positions:
        token = tokens[position]
        if last_index == token.index:
            continue  # one written word written out as two ("makasih")
        if last_position is not None and position > last_position + 1 and \
                tokens[position - 1].index != last_index:
            parts.append("…")
        parts.append(token.surface)
        last_index, last_position = token.index, position
    return " ".join(parts)


def _rule_evidence(tokens: list[_Token], rules: _Rules
                   ) -> tuple[list[tuple[_Match, str]], list[tuple[_Match, str]]]:
    """(counted matches, cancelled matches with the reason), each with its read-back."""
    words = [t.text for t in tokens]
    found = _matches(words, rules)
    # A negator inside a phrase of its own ("tidak ramah") negates nothing else.
    covered = {p for m in found if len(m.phrase.elements) > 1 for p in m.positions
               if words[p] in rules.negators}
    # Phrases inside a longer one of the same label ("lama" in "antre ... lama") say nothing new.
    spans = {label: [set(m.positions) for m in found if m.phrase.label == label]
             for label in LABELS}
    found = [m for m in found
             if not any(set(m.positions) < span for span in spans[m.phrase.label])]
    guessed = _guessed(words, rules)
    counted, cancelled = [], []
    for match in found:
        shown = _read_back(match, tokens)
        if match.phrase.label == QUESTION:
            counted.append((match, shown))
            continue
        negator = _negated(match, words, covered, rules)
        if negator is not None:
            cancelled.append((match, translate("Triage", "“{negator}” cancels “{words}”").format(
                negator=tokens[negator].surface, words=shown)))
        elif match.phrase.label == COMPLAINT and guessed[match.positions[0]]:
            cancelled.append((match, translate("Triage", "“{words}” is only a guess or hearsay")
                              .format(words=shown)))
        else:
            counted.append((match, shown))
    return counted, cancelled


# -- corrections -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Correction:
    """The officer's word on one label of one message: ``value`` is what is right."""

    text: str
    label: str
    value: bool


def _content(tokens: list[_Token]) -> frozenset[str]:
    return frozenset(t.text for t in tokens
                     if not _is_boundary(t.text) and (len(t.text) > 2 or t.text.isdigit()))


def _key(tokens: list[_Token]) -> tuple[str, ...]:
    return tuple(t.text for t in tokens if not _is_boundary(t.text) and t.text != "?")


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
        latest: dict[tuple[tuple[str, ...], str], tuple[Correction, list[_Token]]] = {}
        for item in corrections:
            correction = item if isinstance(item, Correction) else Correction(*item)
            if correction.label not in _RULE_FILES:
                raise ValueError(f"unknown triage label {correction.label!r}")
            tokens = _tokens(correction.text, rules)
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
            counted, _ = _rule_evidence(tokens, rules)
            for match, _shown in counted:
                if match.phrase.label == label:
                    (right if correction.value else wrong)[(label, match.phrase.source)] += 1
        self._muted = frozenset(
            phrase for phrase, count in wrong.items()
            if count >= MUTE_AFTER and not right[phrase] and phrase[0] != URGENT)

    def __len__(self) -> int:
        return len(self._exact)

    def exact(self, tokens: list[_Token], label: str) -> Correction | None:
        return self._exact.get((_key(tokens), label))

    def similar(self, tokens: list[_Token], label: str) -> tuple[Correction, float] | None:
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
    tokens = _tokens(text, rules)
    counted, cancelled = _rule_evidence(tokens, rules)
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
