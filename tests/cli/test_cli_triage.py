"""``humasdesk triage [--json] (TEXT | -)`` (in-process, plus one real process)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from humasdesk.cli import main
from humasdesk.domain import i18n


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_message_as_a_readable_line(capsys):
    code, out, err = run(capsys, "triage", "Antri di poli jiwa tiga jam, kenapa lamaaa bgt?")
    assert code == 0, err
    assert out == ("complaint, question · Antri di poli jiwa tiga jam, kenapa lamaaa bgt? "
                   "(complaint: Antri … tiga jam, lamaaa bgt; question: kenapa, ?)\n")


def test_no_label_is_said(capsys):
    code, out, _ = run(capsys, "triage", "Terima kasih, pelayanannya cepat")
    assert code == 0 and out == "no label · Terima kasih, pelayanannya cepat\n"


def test_json_from_standard_input_one_object_per_line(capsys, monkeypatch):
    stdin = "Tolong anak saya kejang\n\nTidak ada keluhan, terima kasih\nJam besuk jam berapa?\n"
    code, out, err = run(capsys, "triage", "--json", "-", stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0, err
    data = json.loads(out)
    assert [list(item) for item in data] == [["text", "complaint", "urgent", "question",
                                              "reasons"]] * 3
    assert [(d["text"], d["complaint"], d["urgent"], d["question"]) for d in data] == [
        ("Tolong anak saya kejang", False, True, False),
        ("Tidak ada keluhan, terima kasih", False, False, False),
        ("Jam besuk jam berapa?", False, False, True)]
    assert data[0]["reasons"] == ["emergency: kejang"]
    assert data[1]["reasons"] == []


def test_empty_input_exits_2_with_one_line(capsys, monkeypatch):
    for argv, stdin in ((["triage", "   "], None), (["triage", "-"], "\n  \n"),
                        (["triage", "--json"], None), (["triage", "-"], "")):
        code, out, err = run(capsys, *argv, stdin=stdin, monkeypatch=monkeypatch)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1, err


def test_the_readable_line_is_in_the_users_language(capsys, monkeypatch):
    indonesian = {"complaint": "keluhan", "{label}: {words}": "{label}: {words}"}
    original = i18n.install

    def backend(context, text, disambiguation, n):
        return indonesian.get(text, "")

    # main() installs the saved language; put the Indonesian words in place after it does.
    monkeypatch.setattr("humasdesk.app.install_translations",
                        lambda language: original(backend, "id") or "id")
    code, out, _ = run(capsys, "triage", "antre lama banget")
    assert code == 0
    assert out == "keluhan · antre lama banget (keluhan: antre lama, lama banget)\n"


def test_as_a_real_process(isolated_home):
    result = subprocess.run(
        [sys.executable, "-m", "humasdesk", "triage", "--json", "-"],
        input="My wife collapsed and is not breathing\nparkir penuh, petugasnya kasar\n",
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "HUMASDESK_HOME": str(isolated_home)})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(d["urgent"], d["complaint"]) for d in data] == [(True, False), (False, True)]
