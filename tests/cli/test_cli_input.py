"""Input at the edge: every bad input is one line in the user's language, exit status 2, and
nothing stored; the data folder is private; what the CLI prints cannot drive the terminal.

Where the process matters (bytes on the command line, the locale, standard input as bytes, the
data folder) the CLI runs as a real process, as the user runs it."""

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.cli import main


def humasdesk(home, *argv, stdin: bytes = b"", env: dict | None = None):
    """``python -m humasdesk ARGV`` with its own data folder; arguments may be bytes."""
    environment = dict(os.environ, HUMASDESK_HOME=str(home), LC_ALL="en_US.UTF-8")
    environment.pop("PYTHONUTF8", None)
    environment.update(env or {})
    result = subprocess.run([sys.executable, "-m", "humasdesk", *argv], input=stdin,
                            capture_output=True, timeout=60, env=environment)
    return (result.returncode, result.stdout.decode("utf-8", "replace"),
            result.stderr.decode("utf-8", "replace"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def stored(home) -> tuple[int, int, int]:
    """Posts, targets and publish records in the data file (none when it was never made)."""
    from test_cli import counts

    return counts(home) if (home / "humasdesk.sqlite3").exists() else (0, 0, 0)


def refused(capsys, home, *argv) -> str:
    code, _, err = run(capsys, *argv)
    assert code == 2, err
    assert stored(home) == (0, 0, 0)
    return one_line(err)


POST = ("post", "--account", "Local outbox")


# -- times ---------------------------------------------------------------------------------------

def test_an_empty_time_is_refused_not_published_at_once(capsys, isolated_home):
    line = refused(capsys, isolated_home, *POST, "--text", "Halo", "--at", "")
    assert line == ("The time is empty. Write it as YYYY-MM-DD HH:MM, for example "
                    "2026-12-01 09:00.")
    assert not (isolated_home / "outbox").exists()


def test_an_empty_zone_is_refused_not_ignored(capsys, isolated_home):
    line = refused(capsys, isolated_home, *POST, "--text", "Halo", "--at", "2099-01-01 09:00",
                   "--zone", "")
    assert line == "The time zone is empty. Use a name like Asia/Jakarta."
    line = refused(capsys, isolated_home, *POST, "--text", "Halo", "--zone", "")
    assert line == "--zone only makes sense with --at."


@pytest.mark.parametrize("at, zone", [
    ("9999-12-31 23:59", "America/New_York"),  # UTC is in year 10000
    ("0001-01-01 00:00", "Asia/Jakarta"),  # UTC is in year 0
    ("9999-12-31 10:00", "UTC"),  # stored, it could not be shown in Jakarta
])
def test_a_time_at_the_end_of_the_calendar_is_one_line(capsys, isolated_home, at, zone):
    line = refused(capsys, isolated_home, *POST, "--text", "Halo", "--at", at, "--zone", zone)
    assert line == (f"“{at}” is outside the dates HumasDesk can schedule. Choose a time "
                    "before the year 9999.")


def test_no_typed_time_raises_anything_but_a_time_input_error():
    from humasdesk.domain.timezones import TimeInputError
    from humasdesk.domain.when import parse_when

    now = datetime(9999, 12, 30, 12, tzinfo=UTC)
    for text in ("99999999999 jam lagi", "9" * 5000 + " menit lagi", "besok jam 9",
                 "31 Desember 9999 jam 23", "lusa 14.00", "Senin 14.00", "in 2 hours"):
        with pytest.raises(TimeInputError):
            parse_when(text, "America/New_York", now)
    later = parse_when("2 jam lagi", "Asia/Jakarta", datetime(2026, 1, 1, tzinfo=UTC))
    assert later == datetime(2026, 1, 1, 2, tzinfo=UTC)


# -- bytes, encodings and locales ----------------------------------------------------------------

def test_invalid_utf8_on_the_command_line_is_one_line(tmp_path):
    home = tmp_path / "home"
    code, _, err = humasdesk(home, *POST, "--text", b"Halo \xff dunia")
    assert code == 2
    assert one_line(err) == ("Command-line argument 5 (“Halo \\xff dunia”) is not UTF-8 text: "
                             "byte 0xFF at line 1, byte 6 of the line, cannot be read.")
    assert stored(home) == (0, 0, 0)


def test_invalid_utf8_on_standard_input_says_where(tmp_path):
    home = tmp_path / "home"
    code, _, err = humasdesk(home, *POST, "-", stdin="Baris satu ✅\nbaris".encode() + b"\xc3(")
    assert code == 2
    assert one_line(err) == ("Standard input is not UTF-8 text: byte 0xC3 at line 2, byte 6 of "
                             "the line, cannot be read.")
    assert stored(home) == (0, 0, 0)


@pytest.mark.parametrize("utf8_mode", ["1", "0"])
def test_a_c_locale_reads_utf8_and_prints_what_it_cannot_show_escaped(tmp_path, utf8_mode):
    """LC_ALL=C, with Python's UTF-8 mode (its default there) and without it (ASCII streams)."""
    home = tmp_path / "home"
    text = "Donor darah ✅ “Sabtu”"
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": utf8_mode}
    code, out, err = humasdesk(home, *POST, "-", stdin=text.encode(), env=env)
    assert code == 0, err
    code, out, err = humasdesk(home, *POST, "--text", "Jadwal ✅".encode(), env=env)
    assert code == 0, err
    code, out, err = humasdesk(home, "queue", env=env)
    assert code == 0, err
    assert "Local outbox: Donor darah" in out and "Traceback" not in err
    if utf8_mode == "0":  # ASCII streams: what they cannot carry is escaped, not a crash
        assert 'Donor darah \\u2705 "Sabtu"' in out
    code, out, _ = humasdesk(home, "queue", "--json", env=env)
    assert sorted(item["text"] for item in json.loads(out)) == [text, "Jadwal ✅"]


def test_a_file_with_a_bom_loses_it_and_invisible_text_is_refused(capsys, isolated_home, tmp_path):
    for invisible in ("\ufeff", "\u200b", "\u2060", " \u200b\u2060\ufeff\u00ad\u200d\n\t",
                      "\u3164\u2800\u034f"):
        line = refused(capsys, isolated_home, *POST, "--text", invisible)
        assert line == "The post is empty. Write some text first."
    source = tmp_path / "windows.txt"
    source.write_bytes("\ufeffJadwal poli".encode())
    code, _, err = run(capsys, *POST, "--file", str(source))
    assert code == 0, err
    code, out, _ = run(capsys, "queue", "--json")
    assert json.loads(out)[0]["text"] == "Jadwal poli"


# -- the platform's rules at scheduling time -----------------------------------------------------

def add_account(home, platform: str, name: str) -> int:
    from humasdesk.app import App
    from humasdesk.domain.model import Account

    app = App.build(home)
    try:
        return app.store.accounts.add(Account(platform=platform, name=name,
                                              handle="rsko.bsky.social")).id
    finally:
        app.close()


def test_a_scheduled_text_too_long_for_its_platform_is_refused_now(capsys, isolated_home):
    add_account(isolated_home, "bluesky", "Bluesky RSKO")
    line = refused(capsys, isolated_home, "post", "--account", "Bluesky RSKO", "--account",
                   "Local outbox", "--text", "kata " * 80, "--at", "2099-01-01 09:00")
    assert line.startswith("Bluesky RSKO: ")
    assert "300" in line and "400" in line  # the platform's own message: length and limit


def test_a_text_meant_as_a_thread_is_checked_as_a_thread(app):
    from humasdesk.domain.errors import UserInputError
    from humasdesk.domain.model import Account

    account = app.store.accounts.add(Account(platform="bluesky", name="Bluesky RSKO",
                                             handle="rsko.bsky.social"))
    when = datetime.now(UTC) + timedelta(days=1)
    long_text = "Jadwal poliklinik spesialis minggu ini. " * 30
    with pytest.raises(UserInputError):
        app.publishing.submit(long_text, [account.id], when=when)
    [record] = app.publishing.submit(long_text, [account.id], when=when, threads={account.id})
    assert record.state.value == "scheduled"


# -- the data folder ---------------------------------------------------------------------------

def test_version_and_help_work_and_other_commands_name_a_folder_that_is_a_file(tmp_path):
    from humasdesk import __version__

    home = tmp_path / "a-file"
    home.write_text("not a folder")
    assert humasdesk(home, "--version")[:2] == (0, f"HumasDesk {__version__}\n")
    code, out, err = humasdesk(home, "--help")
    assert code == 0 and "usage: humasdesk" in out and not err
    for argv in (["queue"], ["post", "--account", "Local outbox", "--text", "Halo"],
                 ["check", "--platform", "x", "Halo"]):
        code, _, err = humasdesk(home, *argv)
        assert code == 2
        assert one_line(err) == (f"HumasDesk cannot use its data folder {home}: a file has "
                                 "that name. Set HUMASDESK_HOME to a folder you can write to, "
                                 "or fix this one.")
    code, _, err = humasdesk(home / "inside", "queue")
    assert code == 2 and "a part of its path is a file, not a folder" in one_line(err)


def test_a_folder_that_cannot_be_created_is_one_line_in_indonesian(tmp_path):
    from humasdesk.app import install_translations
    from humasdesk.domain.i18n import translate

    # sysfs refuses a new folder even to root, like a read-only parent does to a user.
    code, _, err = humasdesk("/sys/humasdesk-test", "queue", env={"LC_ALL": "id_ID.UTF-8"})
    assert code == 2
    install_translations("id")  # the message as the Indonesian catalogue has it
    expected = translate("App", "HumasDesk cannot use its data folder {folder}: {problem}. Set "
                                "HUMASDESK_HOME to a folder you can write to, or fix this "
                                "one.").format(folder="/sys/humasdesk-test", problem=translate(
                                    "App", "this user may not write there"))
    install_translations("en")
    assert one_line(err) == expected


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_and_its_files_are_private(capsys, isolated_home):
    from humasdesk.app import App

    assert run(capsys, *POST, "--text", "Halo")[0] == 0
    assert mode(isolated_home) == 0o700
    assert mode(isolated_home / "logs") == 0o700
    assert mode(isolated_home / "logs" / "humasdesk.log") == 0o600
    app = App.build(isolated_home)  # the WAL and shared-memory files exist while it is open
    try:
        app.settings.set("theme", "light")
        database = isolated_home / "humasdesk.sqlite3"
        for path in (database, database.with_name(database.name + "-wal"),
                     database.with_name(database.name + "-shm")):
            assert path.exists() and mode(path) == 0o600, path
    finally:
        app.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_older_data_folder_is_tightened(tmp_path):
    home = tmp_path / "home"
    assert humasdesk(home, "queue")[0] == 0
    os.chmod(home, 0o755)
    for path in (home / "humasdesk.sqlite3", home / "logs" / "humasdesk.log"):
        os.chmod(path, 0o644)
    assert humasdesk(home, "queue")[0] == 0
    assert mode(home) == 0o700
    assert mode(home / "humasdesk.sqlite3") == 0o600
    assert mode(home / "logs" / "humasdesk.log") == 0o600


# -- what the terminal is sent -------------------------------------------------------------------

HOSTILE = ("\x1b]0;pwned\x07\x1b[2J\x1b[H\rPublished to everyone.\x9b31m\u202eevil\u202c "
           "Jadwal\x00 poli\nbaris dua")


def test_queue_prints_no_control_sequences(capsys, isolated_home):
    assert run(capsys, *POST, "--text", HOSTILE, "--at", "2099-01-01 09:00")[0] == 0
    code, out, _ = run(capsys, "queue")
    assert code == 0
    [line] = out.splitlines()
    assert line.endswith("Local outbox: Published to everyone.evil Jadwal poli")
    assert not any(c in out for c in "\x1b\x07\r\x00\x9b\u202e\u202c")
    code, out, _ = run(capsys, "queue", "--json")
    assert json.loads(out)[0]["text"] == HOSTILE  # the data itself is kept as written
    assert not any(c in out for c in "\x1b\x07\r\x00\x9b\u202e\u202c")


def test_account_names_with_line_breaks_are_refused_and_old_ones_shown_on_one_line(
        capsys, isolated_home):
    line = refused(capsys, isolated_home, "accounts", "add", "--platform", "assisted",
                   "--preset", "kaskus", "--name", "Kaskus\nPublished to all")
    assert line == ("An account name is one line: remove the line breaks and control "
                    "characters.")
    add_account(isolated_home, "kaskus", "Lama\r\nPublished\x1b[2J")  # stored by an older version
    code, out, _ = run(capsys, "accounts", "list")
    assert code == 0 and "Lama Published: Kaskus" in out
    assert "\x1b" not in out and len(out.splitlines()) == 2
    for command in (["post", "--account", "No\nbody\x1b[2J", "--text", "Halo"],
                    ["accounts", "remove", "No\nbody\x1b[2J", "--yes"]):
        code, _, err = run(capsys, *command)
        assert code == 2 and "\x1b" not in err and "“No body”" in one_line(err)
        assert "“Lama Published”" in err


# -- removing an account with waiting posts --------------------------------------------------------

def test_removing_an_account_cancels_its_scheduled_posts_after_saying_so(capsys, isolated_home):
    from humasdesk.app import App

    account_id = add_account(isolated_home, "kaskus", "Kaskus RSKO")
    app = App.build(isolated_home)
    try:
        when = datetime.now(UTC) + timedelta(days=2)
        app.publishing.submit("Satu", [account_id], when=when)
        app.publishing.submit("Dua", [account_id], when=when)
        question = app.accounts.removal_question(app.store.accounts.get(account_id))
    finally:
        app.close()
    assert "2 scheduled posts for it will be cancelled." in question
    code, out, err = run(capsys, "accounts", "remove", "Kaskus RSKO", "--yes")
    assert code == 0, err
    assert out.splitlines()[-1] == "2 scheduled posts were cancelled."
    code, out, _ = run(capsys, "queue", "--json")
    assert {item["state"] for item in json.loads(out)} == {"cancelled"}
