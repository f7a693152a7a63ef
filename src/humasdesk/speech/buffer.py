"""A small text buffer that applies dictated phrases as edit operations, with no Qt in it.

The composer keeps one ``TextBuffer`` beside its text field:

1. Before applying a phrase it calls ``sync(text, cursor, anchor)`` with the field's current
   state, so hand edits made since the last phrase are known.
2. ``dictate(phrase)`` returns a ``Change``: replace ``old[start:end]`` with ``replacement``,
   then put the cursor at ``cursor`` (selection from ``anchor``). The composer applies it in one
   edit block, so one phrase is one step of the text field's own undo as well.

"Scratch that" removes the last dictated phrase even after the cursor moved: every phrase leaves
a record of what it replaced and where, and records move along when text before them changes.
A record whose text was edited since (by hand or by a later phrase overlapping it) is never
guessed at: "scratch that" then says so and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.i18n import translate
from .commands import Action, CommandTable, Do, Operation, Word

# After these characters a dictated word follows without a space.
_GLUE_AFTER = "([{“‘#-/\n"
# A word starting with one of these attaches to the word before it.
_ATTACH_BEFORE = ".,!?;:)]}”’…%"
_SENTENCE_END = ".!?"
_BLANK = " \t"


@dataclass(frozen=True)
class Change:
    """Replace ``old_text[start:end]`` with ``replacement``; then cursor and anchor."""

    start: int
    end: int
    replacement: str
    cursor: int
    anchor: int
    actions: tuple[str, ...] = ()  # e.g. ("read_back",) for the UI to carry out
    notices: tuple[str, ...] = ()  # translated sentences for the UI to show and announce

    @property
    def changes_text(self) -> bool:
        return self.end > self.start or bool(self.replacement)

    def apply_to(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass
class _Record:
    """One dictated phrase: at ``start`` it replaced ``removed`` with ``inserted``."""

    start: int
    removed: str
    inserted: str
    valid: bool = True
    # Set when a later phrase overlapped this one: if that phrase is scratched, this record is
    # back where it was (``offset`` from the later phrase's start) and valid again.
    hidden_by: _Record | None = None
    offset: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.inserted)


def _diff(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): the one region where ``old`` and ``new`` differ."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    tail = 0
    while tail < limit - start and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return start, len(old) - tail, len(new) - tail


@dataclass
class TextBuffer:
    text: str = ""
    cursor: int | None = None  # None: at the end
    anchor: int | None = None  # None: same as cursor (no selection)
    language: str = "id"
    table: CommandTable = field(default_factory=CommandTable)
    auto_capitalize: bool = True
    max_records: int = 100

    def __post_init__(self):
        self.cursor = len(self.text) if self.cursor is None else self.cursor
        self.anchor = self.cursor if self.anchor is None else self.anchor
        self._check_positions()
        self._records: list[_Record] = []
        self._capitalize_next = False
        self._hashtag_next = False

    # --- state from the composer -------------------------------------------------------------

    def sync(self, text: str, cursor: int, anchor: int | None = None) -> None:
        """The text field's current state; hand edits since the last call move the records."""
        if text != self.text:
            start, old_end, new_end = _diff(self.text, text)
            self._moved(start, old_end, new_end)
            self.text = text
        self.cursor = cursor
        self.anchor = cursor if anchor is None else anchor
        self._check_positions()

    def _check_positions(self) -> None:
        if not (0 <= self.cursor <= len(self.text) and 0 <= self.anchor <= len(self.text)):
            raise ValueError(f"cursor {self.cursor} or anchor {self.anchor} outside the text")

    def _moved(self, start: int, old_end: int, new_end: int, by: _Record | None = None) -> None:
        """Text ``[start, old_end)`` became ``[start, new_end)`` (by hand, or by the dictated
        phrase ``by``): move or invalidate the records."""
        delta = new_end - old_end
        for record in self._records:
            if record is by or not record.valid:
                continue
            # A phrase that only deleted text is a point; a dictated change that begins or ends
            # there cannot say on which side it lies, so it counts as overlapping (and the
            # point comes back exactly if that change is scratched).
            at_edge = by is not None and not record.inserted and start <= record.start <= old_end
            if record.end <= start and not at_edge:
                continue  # wholly before the change (or it ends where an insertion begins)
            if record.start >= old_end and not at_edge:
                record.start += delta  # wholly after: moves along
            else:
                record.valid = False  # the change touched it: never guess
                if by is not None:
                    record.hidden_by, record.offset = by, record.start - by.start

    @property
    def can_scratch(self) -> bool:
        return bool(self._records) and self._records[-1].valid

    @property
    def records(self) -> list[tuple[int, str, str, bool]]:
        """(start, removed, inserted, valid) of each phrase, oldest first (for tests)."""
        return [(r.start, r.removed, r.inserted, r.valid) for r in self._records]

    # --- dictation -----------------------------------------------------------------------------

    def dictate(self, phrase: str) -> Change:
        """Parse ``phrase`` with the command table and apply it as one undoable step."""
        return self.apply(self.table.parse(phrase, self.language))

    def apply(self, operations: list[Operation]) -> Change:
        before = (self.text, self.cursor, self.anchor)
        baseline = before  # what the current phrase's record is measured against
        actions: list[str] = []
        notices: list[str] = []
        for operation in operations:
            if isinstance(operation, Word):
                self._insert_word(operation.text)
                continue
            action = operation.action
            if action is Action.PUNCTUATION:
                self._insert_mark(operation.command)
            elif action is Action.NEW_LINE:
                self._insert_break("\n")
            elif action is Action.NEW_PARAGRAPH:
                self._insert_break("\n\n")
            elif action is Action.DELETE_WORD:
                self._delete_word()
            elif action is Action.CAPITALIZE_NEXT:
                self._capitalize_next = True
            elif action is Action.HASHTAG:
                if operation.argument:
                    self._hashtag_next = True
                    self._insert_word(operation.argument)
                else:
                    self._hashtag_next = True  # the next word, even in the next phrase
            elif action is Action.READ_BACK:
                actions.append("read_back")
            elif action is Action.SCRATCH_THAT:
                if self.text != baseline[0]:
                    # Words said earlier in this same phrase: that is what "that" means.
                    self.text, self.cursor, self.anchor = baseline
                else:
                    notice = self._scratch_last()
                    if notice:
                        notices.append(notice)
                self._capitalize_next = self._hashtag_next = False
                baseline = (self.text, self.cursor, self.anchor)
            elif action is Action.LITERAL:  # the parser resolves escapes; a stray one is a word
                self._insert_word(operation.command.phrases.get(self.language, ("",))[0])
        self._record(baseline[0])
        start, old_end, new_end = _diff(before[0], self.text)
        return Change(start, old_end, self.text[start:new_end], self.cursor, self.anchor,
                      tuple(actions), tuple(notices))

    def scratch_that(self) -> Change:
        """The "scratch that" command, for a key or a menu item."""
        command = next(c for c in self.table.commands if c.action is Action.SCRATCH_THAT)
        return self.apply([Do(command)])

    def _record(self, baseline: str) -> None:
        if baseline == self.text:
            return
        start, old_end, new_end = _diff(baseline, self.text)
        record = _Record(start, baseline[start:old_end], self.text[start:new_end])
        self._moved(start, old_end, new_end, by=record)
        self._records.append(record)
        del self._records[: -self.max_records]

    def _scratch_last(self) -> str | None:
        if not self._records:
            return translate("Speech", "There is no dictated phrase to remove.")
        record = self._records.pop()
        if not record.valid or self.text[record.start : record.end] != record.inserted:
            return translate("Speech", "The last dictated phrase was changed after it was "
                                       "dictated, so it was not removed. Use Undo instead.")
        self.text = self.text[: record.start] + record.removed + self.text[record.end :]
        self.cursor = self.anchor = record.start + len(record.removed)
        self._moved(record.start, record.end, record.start + len(record.removed))
        for earlier in self._records:
            if earlier.hidden_by is record:  # the text it overlapped is back as it was
                earlier.hidden_by = None
                earlier.start = record.start + earlier.offset
                earlier.valid = self.text[earlier.start : earlier.end] == earlier.inserted
        return None

    # --- editing primitives --------------------------------------------------------------------

    def _replace(self, start: int, end: int, text: str) -> None:
        self.text = self.text[:start] + text + self.text[end:]
        self.cursor = self.anchor = start + len(text)

    def _delete_selection(self) -> bool:
        if self.anchor == self.cursor:
            return False
        start, end = sorted((self.anchor, self.cursor))
        self._replace(start, end, "")
        return True

    def _strip_blanks_before_cursor(self) -> None:
        start = self.cursor
        while start > 0 and self.text[start - 1] in _BLANK:
            start -= 1
        if start < self.cursor:
            self._replace(start, self.cursor, "")

    def _at_sentence_start(self) -> bool:
        position = self.cursor
        while position > 0 and self.text[position - 1] in _BLANK:
            position -= 1
        return position == 0 or self.text[position - 1] in _SENTENCE_END + "\n"

    def _insert_word(self, word: str) -> None:
        if not word:
            return
        self._delete_selection()
        if self._hashtag_next:
            word = "#" + "".join(ch for ch in word if ch.isalnum() or ch == "_")
            self._hashtag_next = False
            if word == "#":
                return
        if self.language == "en" and word.casefold() in ("i", "i'm", "i've", "i'll", "i'd"):
            word = "I" + word[1:]
        if word[:1].islower() and (self._capitalize_next or (
                self.auto_capitalize and self._at_sentence_start())):
            word = word[0].upper() + word[1:]
        self._capitalize_next = False
        if word[:1] in _ATTACH_BEFORE:
            self._strip_blanks_before_cursor()
            before = ""
        else:
            previous = self.text[self.cursor - 1] if self.cursor else "\n"
            before = "" if previous in _BLANK or previous in _GLUE_AFTER else " "
        following = self.text[self.cursor : self.cursor + 1]
        after = " " if following.isalnum() else ""
        self._replace(self.cursor, self.cursor, before + word)
        if after:  # the space goes after the cursor, so the next word continues here
            self.text = self.text[: self.cursor] + after + self.text[self.cursor :]

    def _insert_mark(self, command) -> None:
        self._delete_selection()
        if command.space_before:
            previous = self.text[self.cursor - 1] if self.cursor else "\n"
            before = "" if previous in _BLANK or previous in _GLUE_AFTER else " "
        else:
            self._strip_blanks_before_cursor()
            before = ""
        self._replace(self.cursor, self.cursor, before + command.text)
        if command.space_after and self.text[self.cursor : self.cursor + 1].isalnum():
            self._replace(self.cursor, self.cursor, " ")

    def _insert_break(self, text: str) -> None:
        self._delete_selection()
        self._strip_blanks_before_cursor()
        self._replace(self.cursor, self.cursor, text)

    def _delete_word(self) -> None:
        if self._delete_selection():
            return
        end = self.cursor
        start = end
        while start > 0 and self.text[start - 1] in _BLANK:
            start -= 1
        if start > 0 and self.text[start - 1] == "\n":
            start -= 1  # a line break counts as one word
        else:
            while start > 0 and not self.text[start - 1].isspace():
                start -= 1
            while start > 0 and self.text[start - 1] in _BLANK:
                start -= 1  # and the space before it, so the next word is spaced afresh
        self._replace(start, end, "")
