"""The spoken-command table and the text buffer, with plain strings in both languages."""

from __future__ import annotations

import json

import pytest

from humasdesk.speech.buffer import TextBuffer
from humasdesk.speech.commands import Action, Command, CommandTable, Do, Word


def dictate(language: str, *phrases: str, text: str = "") -> TextBuffer:
    buffer = TextBuffer(text, language=language)
    for phrase in phrases:
        buffer.dictate(phrase)
    return buffer


# --- punctuation and layout -------------------------------------------------------------------

@pytest.mark.parametrize(("language", "phrases", "expected"), [
    ("id", ["rumah sakit membuka klinik baru titik"], "Rumah sakit membuka klinik baru."),
    ("id", ["besok koma kami buka tanda seru"], "Besok, kami buka!"),
    ("id", ["apakah anda sehat tanda tanya"], "Apakah anda sehat?"),
    ("id", ["jadwal titik dua senin titik koma selasa"], "Jadwal: senin; selasa"),
    ("id", ["poli anak buka kurung lantai dua tutup kurung"], "Poli anak (lantai dua)"),
    ("id", ["anak tanda hubung anak"], "Anak-anak"),
    ("id", ["salam baris baru terima kasih"], "Salam\nTerima kasih"),
    ("id", ["salam titik paragraf baru terima kasih"], "Salam.\n\nTerima kasih"),
    ("id", ["salam", "alinea baru", "hormat kami"], "Salam\n\nHormat kami"),
    ("en", ["the clinic opens today period"], "The clinic opens today."),
    ("en", ["hello comma world exclamation point"], "Hello, world!"),
    ("en", ["do you need help question mark"], "Do you need help?"),
    ("en", ["hours colon nine to five semicolon closed sunday"],
     "Hours: nine to five; closed sunday"),
    ("en", ["call us open paren free close paren"], "Call us (free)"),
    ("en", ["thanks full stop new line see you"], "Thanks.\nSee you"),
    ("en", ["thanks new paragraph regards"], "Thanks\n\nRegards"),
    ("en", ["i think i am fine"], "I think I am fine"),
])
def test_punctuation_and_layout(language, phrases, expected):
    assert dictate(language, *phrases).text == expected


def test_commands_only_in_their_own_language():
    assert dictate("en", "titik").text == "Titik"
    assert dictate("id", "period").text == "Period"


def test_whisper_punctuation_and_capitals_do_not_hide_commands():
    # Whisper writes "Titik." for a spoken "titik" at the end of a sentence.
    assert dictate("id", "Rumah sakit buka hari ini Koma besok libur Titik.").text == \
        "Rumah sakit buka hari ini, besok libur."
    assert dictate("en", "We are open, question mark?").text == "We are open?"


def test_whisper_own_punctuation_is_kept_and_attached():
    assert dictate("en", "Hello , world .").text == "Hello, world."


def test_sentences_continue_with_a_space_and_a_capital():
    buffer = dictate("id", "klinik buka titik", "pengunjung dipersilakan datang")
    assert buffer.text == "Klinik buka. Pengunjung dipersilakan datang"


def test_longest_phrase_wins():
    table = CommandTable()
    assert [op.command.text for op in table.parse("titik dua", "id")] == [":"]
    assert table.parse("titik", "id") == [Do(table.parse("titik", "id")[0].command)]


# --- the literal escape -----------------------------------------------------------------------

@pytest.mark.parametrize(("language", "phrase", "expected"), [
    ("id", "ketik titik adalah tanda baca", "Titik adalah tanda baca"),
    ("id", "tulis kata ketik koma di sini", "Tulis kata koma di sini"),
    ("id", "saya ketik surat", "Saya ketik surat"),  # not before a command: an ordinary word
    ("id", "ketik ketik", "Ketik"),
    ("id", "ketik tanda tanya", "Tanda tanya"),
    ("en", "type period is a word", "Period is a word"),
    ("en", "literal new line", "New line"),
    ("en", "this type of clinic", "This type of clinic"),
])
def test_literal_escape(language, phrase, expected):
    assert dictate(language, phrase).text == expected


# --- hashtags and capitals --------------------------------------------------------------------

def test_hashtag_and_capital():
    assert dictate("id", "ayo sehat tagar rumah sakit sehat").text == "Ayo sehat #rumah sakit sehat"
    assert dictate("id", "salam dari huruf besar jakarta").text == "Salam dari Jakarta"
    assert dictate("en", "stay safe hashtag health").text == "Stay safe #health"
    assert dictate("en", "greetings from cap jakarta").text == "Greetings from Jakarta"


def test_hashtag_and_capital_carry_over_to_the_next_phrase():
    assert dictate("en", "stay safe hashtag", "health week").text == "Stay safe #health week"
    assert dictate("id", "salam dari huruf besar", "jakarta").text == "Salam dari Jakarta"


# --- deleting and scratching ------------------------------------------------------------------

def test_delete_word():
    assert dictate("id", "klinik buka besok hapus kata").text == "Klinik buka"
    assert dictate("en", "clinic opens tomorrow", "delete word").text == "Clinic opens"
    assert dictate("en", "hello new line delete word").text == "Hello"


def test_delete_word_removes_the_selection():
    buffer = TextBuffer("one two three", cursor=4, anchor=8, language="en")
    buffer.dictate("delete word")
    assert buffer.text == "one three"


def test_scratch_that_removes_the_last_phrase():
    buffer = dictate("id", "klinik buka titik", "pengunjung dipersilakan datang titik")
    change = buffer.dictate("hapus itu")
    assert buffer.text == "Klinik buka."
    assert change.notices == ()
    buffer.dictate("hapus itu")
    assert buffer.text == ""
    change = buffer.dictate("hapus itu")
    assert buffer.text == "" and change.notices == ("There is no dictated phrase to remove.",)


def test_scratch_that_within_a_phrase_removes_what_came_before_it_in_that_phrase():
    buffer = dictate("en", "first phrase period", "second oops scratch that second phrase")
    assert buffer.text == "First phrase. Second phrase"
    buffer.dictate("scratch that")
    assert buffer.text == "First phrase."


def test_scratch_that_after_the_cursor_moved_and_text_was_typed_before_it():
    buffer = dictate("en", "hello world period", "second sentence period")
    # The person clicks at the start and types a heading by hand.
    buffer.sync("Intro. " + buffer.text, cursor=0)
    change = buffer.dictate("scratch that")
    assert buffer.text == "Intro. Hello world."
    assert change.apply_to("Intro. Hello world. Second sentence.") == buffer.text
    buffer.dictate("scratch that")
    assert buffer.text == "Intro. "


def test_scratch_that_refuses_a_phrase_edited_by_hand():
    buffer = dictate("en", "hello world period")
    buffer.sync("Hello wide world.", cursor=17)
    change = buffer.dictate("scratch that")
    assert buffer.text == "Hello wide world."
    assert "changed after it was dictated" in change.notices[0]


def test_dictation_replaces_the_selection_and_scratch_restores_it():
    buffer = TextBuffer("Visit us on Monday.", cursor=12, anchor=18, language="en")
    buffer.dictate("tuesday")
    assert buffer.text == "Visit us on tuesday."
    buffer.dictate("scratch that")
    assert buffer.text == "Visit us on Monday."


def test_words_inserted_mid_text_are_spaced():
    buffer = TextBuffer("Klinik buka", cursor=6, language="id")
    buffer.dictate("anak")
    assert buffer.text == "Klinik anak buka"
    buffer = TextBuffer("Klinikbuka", cursor=6, language="id")
    buffer.dictate("anak")
    assert buffer.text == "Klinik anak buka"


def test_read_back_is_an_action_for_the_ui():
    buffer = TextBuffer("Halo.", language="id")
    change = buffer.dictate("baca ulang")
    assert change.actions == ("read_back",)
    assert not change.changes_text and buffer.text == "Halo."
    assert TextBuffer(language="en").dictate("read back").actions == ("read_back",)


def test_change_describes_the_edit_for_the_composer():
    buffer = TextBuffer("Salam. ", language="id")
    change = buffer.dictate("terima kasih titik")
    assert (change.start, change.end, change.replacement) == (7, 7, "Terima kasih.")
    assert change.cursor == change.anchor == len(buffer.text)
    assert change.apply_to("Salam. ") == buffer.text


# --- the table is data ------------------------------------------------------------------------

def test_table_can_be_extended_and_overrides_defaults():
    ellipsis = Command(Action.PUNCTUATION, {"id": ("titik tiga",), "en": ("ellipsis",)},
                       "Ellipsis", text="…")
    table = CommandTable().extended([ellipsis])
    assert TextBuffer(language="id", table=table).dictate("tunggu titik tiga").replacement == \
        "Tunggu…"
    assert [type(op) for op in table.parse("titik", "id")] == [Do]


def test_table_from_json(tmp_path):
    path = tmp_path / "commands.json"
    path.write_text(json.dumps([{
        "action": "punctuation", "text": "/", "space_after": False,
        "phrases": {"id": ["garis miring"], "en": ["slash"]}, "description": "Slash"}]),
        encoding="utf-8")
    table = CommandTable.from_json(path)
    buffer = TextBuffer(language="id", table=table)
    buffer.dictate("dan garis miring atau")
    assert buffer.text == "Dan/atau"
    broken = tmp_path / "broken.json"
    broken.write_text('[{"action": "fly"}]', encoding="utf-8")
    with pytest.raises(ValueError, match="cannot be used"):
        CommandTable.from_json(broken)


def test_every_command_has_words_in_both_languages_and_a_description():
    rows_id = CommandTable().describe("id")
    rows_en = CommandTable().describe("en")
    assert len(rows_id) == len(rows_en) == len(CommandTable().commands)
    assert ("hapus itu / batalkan itu",
            "Remove the last dictated phrase, wherever the cursor is now") in rows_id
    assert all(description for _, description in rows_en)


def test_descriptions_are_translated_at_use():
    from humasdesk.domain import i18n

    i18n.install(lambda context, text, disambiguation, n:
                 "Koma (,)" if (context, text) == ("SpeechCommand", "Comma (,)") else "", "id")
    try:
        assert ("koma", "Koma (,)") in CommandTable().describe("id")
    finally:
        i18n.install(None, "en")


def test_parse_gives_words_and_commands():
    table = CommandTable()
    ops = table.parse("halo tagar Sehat! titik", "id")
    assert ops[0] == Word("halo")
    assert ops[1].action is Action.HASHTAG and ops[1].argument == "Sehat"
    assert ops[2].action is Action.PUNCTUATION
