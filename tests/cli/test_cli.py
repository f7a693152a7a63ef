"""The command line, in-process for speed and as a real subprocess where the process matters."""

import json
import os
import subprocess
import sys

import pytest

from humasdesk import __version__
from humasdesk.cli import main


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(home):
    from humasdesk.store import Database

    db = Database(home / "humasdesk.sqlite3")
    try:
        return tuple(db.query(f"SELECT COUNT(*) FROM {t}")[0][0]
                     for t in ("posts", "targets", "publish_records"))
    finally:
        db.close()


def test_version_as_a_real_process(isolated_home):
    result = subprocess.run([sys.executable, "-m", "humasdesk", "--version"],
                            capture_output=True, text=True, timeout=60, env=os.environ)
    assert result.returncode == 0
    assert result.stdout.strip() == f"HumasDesk {__version__}"


def test_post_now_writes_outbox_file_and_queue_shows_it(capsys, isolated_home):
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text",
                         "Layanan IGD buka 24 jam")
    assert code == 0, err
    assert out.startswith("Published to Local outbox.")
    [md] = (isolated_home / "outbox").glob("*.md")
    assert "Layanan IGD buka 24 jam" in md.read_text()
    code, out, _ = run(capsys, "queue", "--json")
    [item] = json.loads(out)
    assert item["state"] == "published"
    assert item["account"] == "Local outbox"
    assert item["url"] == md.as_uri()
    assert item["text"] == "Layanan IGD buka 24 jam"


def test_post_from_file_and_stdin(capsys, monkeypatch, isolated_home, tmp_path):
    source = tmp_path / "post.txt"
    source.write_text("Dari berkas ✅\n", encoding="utf-8")
    assert run(capsys, "post", "--account", "local outbox", "--file", str(source))[0] == 0
    code, _, err = run(capsys, "post", "--account", "Local outbox", "-", stdin="Dari stdin",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    texts = sorted(i["text"] for i in json.loads(run(capsys, "queue", "--json")[1]))
    assert texts == ["Dari berkas ✅\n", "Dari stdin"]


def test_schedule_with_zone(capsys, isolated_home):
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text", "Besok",
                         "--at", "2099-12-01 09:00")
    assert code == 0, err
    assert out.strip() == "Scheduled for 2099-12-01 09:00 WIB on Local outbox."
    code, out, _ = run(capsys, "post", "--account", "Local outbox", "--text", "Berlin",
                       "--at", "2099-07-01 09:00", "--zone", "Europe/Berlin")
    assert code == 0
    items = {i["text"]: i for i in json.loads(run(capsys, "queue", "--json")[1])}
    assert items["Besok"]["scheduled_at"] == "2099-12-01T02:00:00+00:00"
    assert items["Besok"]["scheduled_local"] == "2099-12-01 09:00 WIB"
    assert items["Berlin"]["scheduled_at"] == "2099-07-01T07:00:00+00:00"
    assert items["Berlin"]["state"] == "scheduled"
    assert not (isolated_home / "outbox").exists()  # nothing published yet


@pytest.mark.parametrize("argv, message", [
    (["post", "--account", "Nobody", "--text", "x"], "There is no account named “Nobody”"),
    (["post", "--account", "Local outbox", "--text", "x", "--at", "2001-01-01 10:00"],
     "already past"),
    (["post", "--account", "Local outbox", "--text", "x", "--at", "besok"], "YYYY-MM-DD HH:MM"),
    (["post", "--account", "Local outbox", "--file", "/no/such/file.txt"], "does not exist"),
    (["post", "--account", "Local outbox", "--text", "   \n "], "The post is empty"),
    (["post", "--account", "Local outbox"], "Give the text once"),
    (["post", "--account", "Local outbox", "--text", "a", "--file", "b"], "Give the text once"),
    (["post", "--text", "x"], "--account"),
    (["post", "--account", "Local outbox", "--text", "x", "--zone", "Asia/Jakarta"],
     "--zone only makes sense with --at"),
    (["post", "--account", "Local outbox", "--text", "x", "--at", "2099-01-01 10:00",
      "--zone", "Mars/Base"], "Unknown time zone"),
    (["post", "--bogus"], "unrecognized arguments"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(capsys, isolated_home, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert message in lines[0]
    assert counts(isolated_home) == (0, 0, 0)


def test_unreadable_and_non_utf8_files(capsys, isolated_home, tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"line one\n\xff\xfe\x00\x81")
    code, _, err = run(capsys, "post", "--account", "Local outbox", "--file", str(binary))
    assert (code, err.strip()) == (2, f"The file {binary} is not UTF-8 text: byte 0xFF at "
                                      "line 2, byte 1 of the line, cannot be read.")
    code, _, err = run(capsys, "post", "--account", "Local outbox", "--file", str(tmp_path))
    assert code == 2 and "cannot be read" in err


def test_queue_text_and_empty(capsys, isolated_home):
    assert run(capsys, "queue")[1].strip() == "The queue is empty."
    run(capsys, "post", "--account", "Local outbox", "--text", "Satu\ndua")
    code, out, _ = run(capsys, "queue")
    assert code == 0 and "Published" in out and "Local outbox: Satu" in out


def test_indonesian_messages(capsys, isolated_home, monkeypatch):
    monkeypatch.setenv("LC_ALL", "id_ID.UTF-8")
    code, _, err = run(capsys, "post", "--account", "Tidak Ada", "--text", "x")
    assert code == 2
    assert "Tidak ada akun bernama “Tidak Ada”" in err
