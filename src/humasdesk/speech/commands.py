"""Spoken commands: a table of data, and the parser that turns a recognised phrase into words
and commands.

The words people say ("titik", "new paragraph") are data per language: the table below is the
default, ``CommandTable.extended`` adds entries, and ``CommandTable.from_json`` reads extra
entries from a file, so a new command word needs no code. Each command's description is marked
for translation (shown in a "what can I say" list); the spoken words themselves are not
translated, since they are what the person says in that language.

Parsing rules:
- The longest command phrase wins ("titik dua" is a colon, not a full stop and "dua").
- The escape word ("ketik", "type", "literal") types the command that follows it as plain words
  ("ketik titik" types "titik"); before anything that is not a command it is an ordinary word,
  so "saya ketik surat" stays as said.
- "tagar X" / "hashtag X" joins the next word as "#X".
- Matching ignores case and the punctuation Whisper adds ("Titik." is the command "titik").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate


class Action(StrEnum):
    PUNCTUATION = "punctuation"  # inserts ``text``, spaced as the command says
    NEW_LINE = "new_line"
    NEW_PARAGRAPH = "new_paragraph"
    SCRATCH_THAT = "scratch_that"  # removes the last dictated phrase
    DELETE_WORD = "delete_word"  # the word before the cursor (or the selection)
    CAPITALIZE_NEXT = "capitalize_next"
    HASHTAG = "hashtag"  # the next word becomes #word
    READ_BACK = "read_back"  # asks the UI to read the text aloud
    LITERAL = "literal"  # the next command is typed as words


@dataclass(frozen=True)
class Command:
    action: Action
    phrases: Mapping[str, tuple[str, ...]]  # language code -> spoken forms, lower case
    description: str  # English, marked with QT_TRANSLATE_NOOP; see ``describe``
    text: str = ""  # what PUNCTUATION inserts
    space_before: bool = False  # "(" wants a space before it; "," does not
    space_after: bool = True  # "-" glues the next word on; "," does not

    def describe(self) -> str:
        return translate("SpeechCommand", self.description)


def _punct(text: str, id_: tuple[str, ...], en: tuple[str, ...], description: str, *,
           space_before: bool = False, space_after: bool = True) -> Command:
    return Command(Action.PUNCTUATION, {"id": id_, "en": en}, description, text,
                   space_before, space_after)


def _do(action: Action, id_: tuple[str, ...], en: tuple[str, ...], description: str) -> Command:
    return Command(action, {"id": id_, "en": en}, description)


DEFAULT_COMMANDS: tuple[Command, ...] = (
    _punct(".", ("titik",), ("period", "full stop"),
           QT_TRANSLATE_NOOP("SpeechCommand", "Full stop (.)")),
    _punct(",", ("koma",), ("comma",), QT_TRANSLATE_NOOP("SpeechCommand", "Comma (,)")),
    _punct("?", ("tanda tanya",), ("question mark",),
           QT_TRANSLATE_NOOP("SpeechCommand", "Question mark (?)")),
    _punct("!", ("tanda seru",), ("exclamation mark", "exclamation point"),
           QT_TRANSLATE_NOOP("SpeechCommand", "Exclamation mark (!)")),
    _punct(":", ("titik dua",), ("colon",), QT_TRANSLATE_NOOP("SpeechCommand", "Colon (:)")),
    _punct(";", ("titik koma",), ("semicolon",),
           QT_TRANSLATE_NOOP("SpeechCommand", "Semicolon (;)")),
    _punct("(", ("buka kurung",), ("open paren", "open parenthesis", "open bracket"),
           QT_TRANSLATE_NOOP("SpeechCommand", "Opening bracket ((), no space after"),
           space_before=True, space_after=False),
    _punct(")", ("tutup kurung",), ("close paren", "close parenthesis", "close bracket"),
           QT_TRANSLATE_NOOP("SpeechCommand", "Closing bracket ())")),
    _punct("-", ("tanda hubung",), ("hyphen", "dash"),
           QT_TRANSLATE_NOOP("SpeechCommand", "Hyphen (-), joining the words on both sides"),
           space_after=False),
    _do(Action.NEW_LINE, ("baris baru",), ("new line",),
        QT_TRANSLATE_NOOP("SpeechCommand", "Start a new line")),
    _do(Action.NEW_PARAGRAPH, ("paragraf baru", "alinea baru"), ("new paragraph",),
        QT_TRANSLATE_NOOP("SpeechCommand", "Start a new paragraph (an empty line between)")),
    _do(Action.SCRATCH_THAT, ("hapus itu", "batalkan itu"), ("scratch that", "undo that"),
        QT_TRANSLATE_NOOP("SpeechCommand", "Remove the last dictated phrase, wherever the "
                                           "cursor is now")),
    _do(Action.DELETE_WORD, ("hapus kata",), ("delete word", "scratch word"),
        QT_TRANSLATE_NOOP("SpeechCommand", "Delete the word before the cursor, or the "
                                           "selected text")),
    _do(Action.CAPITALIZE_NEXT, ("huruf besar",), ("cap",),
        QT_TRANSLATE_NOOP("SpeechCommand", "Start the next word with a capital letter")),
    _do(Action.HASHTAG, ("tagar", "tanda pagar"), ("hashtag",),
        QT_TRANSLATE_NOOP("SpeechCommand", "Make the next word a hashtag (#word)")),
    _do(Action.READ_BACK, ("baca ulang",), ("read back",),
        QT_TRANSLATE_NOOP("SpeechCommand", "Read the text aloud")),
    _do(Action.LITERAL, ("ketik",), ("type", "literal"),
        QT_TRANSLATE_NOOP("SpeechCommand", "Type the next command as words, e.g. “ketik "
                                           "titik” types the word “titik”")),
)


@dataclass(frozen=True)
class Word:
    """Dictated text, inserted with normal spacing."""

    text: str


@dataclass(frozen=True)
class Do:
    """A command to carry out; ``argument`` is the word a hashtag command took."""

    command: Command
    argument: str = ""

    @property
    def action(self) -> Action:
        return self.command.action


Operation = Word | Do

# Characters Whisper (or a person) may attach to a word; ignored when matching commands.
_EDGE_PUNCTUATION = ".,!?;:\"'()[]{}“”‘’…-"


_SPOKEN_LAYOUT = (Action.PUNCTUATION, Action.NEW_LINE, Action.NEW_PARAGRAPH)
_GUESSED_MARKS = ".,;:!?"


def _key(token: str) -> str:
    return token.casefold().strip(_EDGE_PUNCTUATION)


@dataclass
class CommandTable:
    commands: tuple[Command, ...] = DEFAULT_COMMANDS
    _index: dict[str, list[tuple[tuple[str, ...], Command]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def extended(self, extra: Iterable[Command]) -> CommandTable:
        """A new table with ``extra`` added; an extra phrase overrides a default one."""
        return CommandTable(tuple(extra) + self.commands)

    @classmethod
    def from_json(cls, path: str | Path, base: CommandTable | None = None) -> CommandTable:
        """Extra commands from a JSON list such as
        ``[{"action": "punctuation", "text": "…", "phrases": {"id": ["titik tiga"],
        "en": ["ellipsis"]}, "description": "Ellipsis"}]``.
        Raises ``ValueError`` with a translated message for a malformed file."""
        try:
            entries = json.loads(Path(path).read_text(encoding="utf-8"))
            extra = [Command(
                action=Action(entry["action"]),
                phrases={lang: tuple(p.casefold() for p in forms)
                         for lang, forms in entry["phrases"].items()},
                description=entry.get("description", ""),
                text=entry.get("text", ""),
                space_before=bool(entry.get("space_before", False)),
                space_after=bool(entry.get("space_after", True)),
            ) for entry in entries]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(translate(
                "Speech", "The command file {path} cannot be used: {reason}").format(
                path=path, reason=exc)) from None
        return (base or cls()).extended(extra)

    def _phrases(self, language: str) -> dict[str, list[tuple[tuple[str, ...], Command]]]:
        """First word -> [(words, command)], longest first; earlier entries win ties."""
        if language not in self._index:
            index: dict[str, list[tuple[tuple[str, ...], Command]]] = {}
            seen: set[tuple[str, ...]] = set()
            for command in self.commands:
                for phrase in command.phrases.get(language, ()):
                    words = tuple(phrase.casefold().split())
                    if words and words not in seen:
                        seen.add(words)
                        index.setdefault(words[0], []).append((words, command))
            for entries in index.values():
                entries.sort(key=lambda entry: -len(entry[0]))
            self._index[language] = index
        return self._index[language]

    def _match(self, keys: list[str], at: int, language: str
               ) -> tuple[int, Command] | None:
        for words, command in self._phrases(language).get(keys[at], ()):
            if tuple(keys[at : at + len(words)]) == words:
                return len(words), command
        return None

    def parse(self, phrase: str, language: str) -> list[Operation]:
        tokens = phrase.split()
        keys = [_key(token) for token in tokens]
        operations: list[Operation] = []
        i = 0
        while i < len(tokens):
            match = self._match(keys, i, language) if keys[i] else None
            if match is None:
                operations.append(Word(tokens[i]))
                i += 1
                continue
            length, command = match
            following = i + length
            if command.action is Action.LITERAL:
                escaped = self._match(keys, following, language) \
                    if following < len(tokens) and keys[following] else None
                if escaped is None:  # not before a command: an ordinary word
                    operations.extend(Word(t) for t in tokens[i:following])
                else:
                    operations.extend(Word(k) for k in keys[following : following + escaped[0]])
                    following += escaped[0]
            elif command.action is Action.HASHTAG and following < len(tokens):
                argument = re.sub(r"[^\w]", "", tokens[following])
                operations.append(Do(command, argument))
                following += 1 if argument else 0
            else:
                if command.action in _SPOKEN_LAYOUT and operations \
                        and isinstance(operations[-1], Word):
                    # The person said which mark they want here; drop the one Whisper guessed
                    # ("open, question mark" is "open?", not "open,?").
                    previous = operations.pop().text.rstrip(_GUESSED_MARKS)
                    if previous:
                        operations.append(Word(previous))
                operations.append(Do(command))
            i = following
        return operations

    def describe(self, language: str) -> list[tuple[str, str]]:
        """(what to say, what it does) for a help list, in table order."""
        return [(" / ".join(command.phrases[language]), command.describe())
                for command in self.commands if command.phrases.get(language)]
