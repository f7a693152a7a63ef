"""Property tests: no sequence of dictated phrases, commands, cursor moves and hand edits
corrupts the text or the "scratch that" records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humasdesk.speech.buffer import TextBuffer
from humasdesk.speech.commands import DEFAULT_COMMANDS, Action

SCRATCH = {"id": "hapus itu", "en": "scratch that"}
COMMAND_WORDS = {
    language: [phrase for command in DEFAULT_COMMANDS
               for phrase in command.phrases[language]
               if command.action is not Action.SCRATCH_THAT]
    for language in ("id", "en")
}
WORDS = ["klinik", "Besok", "rumah", "sakit", "a", "I", "x1", "halo,", "ok.", ",", "?", "-",
         "(", "#", "dua", "Jakarta!", "anak-anak", "é"]

languages = st.sampled_from(["id", "en"])


def tokens(language: str):
    return st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(COMMAND_WORDS[language]),
                              st.text(alphabet="abc ,.?!\n-#(", min_size=1, max_size=5)),
                    min_size=1, max_size=8)


def phrase(language: str):
    return tokens(language).map(" ".join)


def assert_consistent(buffer: TextBuffer) -> None:
    assert 0 <= buffer.cursor <= len(buffer.text)
    assert 0 <= buffer.anchor <= len(buffer.text)
    for start, _removed, inserted, valid in buffer.records:
        if valid:
            assert buffer.text[start : start + len(inserted)] == inserted


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), languages)
def test_scratching_every_phrase_restores_each_earlier_text(data, language):
    """Dictating at the end: each "scratch that" gives back exactly the text before the last
    remaining phrase, all the way to the start."""
    start = data.draw(st.sampled_from(["", "Salam. ", "Halo"]))
    buffer = TextBuffer(start, language=language)
    history = [start]  # the text before each phrase that changed it
    for _ in range(data.draw(st.integers(1, 12))):
        if data.draw(st.booleans()) and len(history) > 1:
            change = buffer.dictate(SCRATCH[language])
            history.pop()
            assert buffer.text == history[-1]
            assert change.notices == ()
        else:
            before = buffer.text
            change = buffer.dictate(data.draw(phrase(language)))
            assert change.apply_to(before) == buffer.text
            if buffer.text != before:
                history.append(buffer.text)
        assert_consistent(buffer)
    while len(history) > 1:
        buffer.dictate(SCRATCH[language])
        history.pop()
        assert buffer.text == history[-1]
    assert buffer.text == start
    assert buffer.dictate(SCRATCH[language]).notices  # nothing left: says so, changes nothing
    assert buffer.text == start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), languages)
def test_moves_and_hand_edits_never_corrupt_text_or_records(data, language):
    buffer = TextBuffer(data.draw(st.text(alphabet="ab .,\n", max_size=12)), language=language)
    for _ in range(data.draw(st.integers(1, 15))):
        step = data.draw(st.sampled_from(["dictate", "scratch", "move", "edit"]))
        text = buffer.text
        if step == "dictate":
            change = buffer.dictate(data.draw(phrase(language)))
            assert change.apply_to(text) == buffer.text
        elif step == "scratch":
            last = buffer.records[-1] if buffer.records else None
            change = buffer.dictate(SCRATCH[language])
            if change.notices:  # refused (or nothing to remove): the text is untouched
                assert buffer.text == text
            else:
                start, removed, inserted, valid = last
                assert valid
                assert buffer.text == text[:start] + removed + text[start + len(inserted):]
        elif step == "move":
            cursor = data.draw(st.integers(0, len(text)))
            anchor = data.draw(st.integers(0, len(text)))
            buffer.sync(text, cursor, anchor)
        else:  # the person types or deletes by hand somewhere
            position = data.draw(st.integers(0, len(text)))
            removed = data.draw(st.integers(0, len(text) - position))
            typed = data.draw(st.text(alphabet="xy ,", max_size=4))
            new_text = text[:position] + typed + text[position + removed:]
            buffer.sync(new_text, position + len(typed))
        assert_consistent(buffer)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["rumah", "sakit", "klinik", "buka", "senin", "pagi"]),
                min_size=1, max_size=6),
       st.text(alphabet="ab .\n", max_size=10), st.data())
def test_plain_words_land_at_the_cursor_in_order(words, text, data):
    cursor = data.draw(st.integers(0, len(text)))
    buffer = TextBuffer(text, cursor=cursor, language="id")
    buffer.dictate(" ".join(words))
    inserted = buffer.text[cursor:buffer.cursor].strip()
    assert inserted.lower() == " ".join(words)
    assert buffer.text[:cursor].rstrip() == text[:cursor].rstrip()
    assert buffer.text[buffer.cursor:].lstrip() == text[cursor:].lstrip()
