"""``humasdesk post --language id|en``: the post's language chosen by hand instead of detected
(what the composer's language list does), and a bad code refused before anything is saved."""

import re

import pytest

from humasdesk.cli import main
from humasdesk.store import Database

ENGLISH_TEXT = "The emergency room is open twenty-four hours a day, every day of the week."
INDONESIAN_TEXT = "Instalasi gawat darurat buka dua puluh empat jam setiap hari."


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sent_language(home) -> str:
    """The language written into the one outbox file (what a platform is told)."""
    [md] = (home / "outbox").glob("*.md")
    return re.search(r"^language: \"?([^\"\n]*)\"?$", md.read_text(), re.MULTILINE).group(1)


def stored(home) -> list[tuple]:
    db = Database(home / "humasdesk.sqlite3")
    try:
        return [tuple(row) for row in db.query("SELECT body, language FROM posts ORDER BY id")]
    finally:
        db.close()


def test_without_language_it_is_detected(capsys, isolated_home):
    code, _, err = run(capsys, "post", "--account", "Local outbox", "--text", ENGLISH_TEXT)
    assert code == 0, err
    assert sent_language(isolated_home) == "en"


@pytest.mark.parametrize("text, given, expected", [
    (ENGLISH_TEXT, "id", "id"),
    (INDONESIAN_TEXT, "EN", "en"),
    (INDONESIAN_TEXT, " id ", "id"),
])
def test_language_overrides_detection(capsys, isolated_home, text, given, expected):
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text", text,
                         "--language", given)
    assert code == 0, err
    assert out.startswith("Published to Local outbox.")
    assert sent_language(isolated_home) == expected
    assert stored(isolated_home) == [(text, expected)]


def test_language_of_a_scheduled_post_is_kept(capsys, isolated_home):
    code, _, err = run(capsys, "post", "--account", "Local outbox", "--text", ENGLISH_TEXT,
                       "--at", "2099-12-01 09:00", "--language", "id")
    assert code == 0, err
    assert stored(isolated_home) == [(ENGLISH_TEXT, "id")]


@pytest.mark.parametrize("given", ["fr", "", "indonesia", "id-ID"])
def test_bad_language_is_one_clear_line_exit_2_and_nothing_saved(capsys, isolated_home, given):
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text", ENGLISH_TEXT,
                         "--language", given)
    assert (code, out) == (2, "")
    [line] = err.strip().splitlines()
    assert line == (f"Unknown post language “{given}”. Use --language id for Indonesian or "
                    "--language en for English, or leave it out to detect it from the text.")
    assert stored(isolated_home) == []
    assert not (isolated_home / "outbox").exists()
