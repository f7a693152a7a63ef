"""``humasdesk check`` and ``humasdesk split`` (in-process, plus one real process)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from humasdesk.cli import main
from humasdesk.domain.textrules import measure


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_valid_text_prints_the_count_and_exits_0(capsys):
    code, out, err = run(capsys, "check", "--platform", "x", "Halo 😷 https://rsud.id/jadwal")
    assert code == 0, err
    assert "X: 31 of 280 characters, 249 left." in out
    assert "Valid for X." in out


def test_check_json_has_the_documented_keys(capsys):
    code, out, _ = run(capsys, "check", "--platform", "bluesky", "--json",
                       "Cek rsud.id @rs.bsky.social #sehat")
    assert code == 0
    data = json.loads(out)
    assert {"platform", "length", "limit", "remaining", "valid", "problems", "urls",
            "mentions", "hashtags", "facets"} <= set(data)
    assert data["platform"] == "bluesky" and data["limit"] == 300
    assert [f["features"][0]["$type"] for f in data["facets"]] == [
        "app.bsky.richtext.facet#link", "app.bsky.richtext.facet#mention",
        "app.bsky.richtext.facet#tag"]
    code, out, _ = run(capsys, "check", "--platform", "mastodon", "--json", "Halo")
    assert "facets" not in json.loads(out)


def test_check_too_long_exits_1_and_says_why(capsys):
    code, out, _ = run(capsys, "check", "--platform", "threads", "--json", "a" * 501)
    assert code == 1
    data = json.loads(out)
    assert (data["valid"], data["length"], data["remaining"]) == (False, 501, -1)
    [problem] = data["problems"]
    assert problem["code"] == "too_long" and (problem["start"], problem["end"]) == (500, 501)
    assert "Threads" in problem["message"]
    code, out, _ = run(capsys, "check", "--platform", "telegram", "a" * 4097)
    assert code == 1 and "Too long for Telegram: 4097 of 4096 characters, 1 over." in out


def test_check_reads_standard_input_without_its_final_line_break(capsys, monkeypatch):
    code, out, _ = run(capsys, "check", "--platform", "mastodon", "--json", "-",
                       stdin="Halo @budi@rs.example\n", monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out)["length"] == len("Halo @budi")


def test_bad_usage_exits_2(capsys):
    code, _, err = run(capsys, "check", "--platform", "myspace", "Halo")
    assert code == 2 and "myspace" in err
    code, _, err = run(capsys, "check", "--platform", "x")
    assert code == 2 and "standard input" in err
    code, _, _ = run(capsys, "split", "Halo")
    assert code == 2


def test_split_prints_parts_that_each_fit(capsys):
    text = " ".join(["Poli anak buka pukul delapan pagi."] * 20)
    code, out, _ = run(capsys, "split", "--platform", "x", "--numbering", "--json", text)
    assert code == 0
    parts = json.loads(out)
    assert len(parts) == 3
    assert [p.rsplit(" ", 1)[1] for p in parts] == ["1/3", "2/3", "3/3"]
    assert all(measure(part, "x").valid for part in parts)
    code, out, _ = run(capsys, "split", "--platform", "x", text)
    assert code == 0 and "Part 1 of 3" in out and "Part 3 of 3" in out


def test_split_exits_1_when_a_part_cannot_fit(capsys):
    link = "https://rsud.id/" + "a" * 400
    code, out, _ = run(capsys, "split", "--platform", "bluesky", "--json", f"Lihat {link} ya")
    assert code == 1
    assert link in json.loads(out)


def test_check_as_a_real_process_reading_stdin(isolated_home):
    result = subprocess.run(
        [sys.executable, "-m", "humasdesk", "check", "--platform", "linkedin", "--json", "-"],
        input="Seminar #KesehatanJantung (gratis)\n", capture_output=True, text=True,
        timeout=120, env={**os.environ, "HUMASDESK_HOME": str(isolated_home)})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["length"] == len("Seminar #KesehatanJantung (gratis)") + 3  # # ( ) escaped
