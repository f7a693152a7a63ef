#!/usr/bin/env python3
"""Translation catalogues: ``update`` refreshes the .ts sources from the code, ``build`` compiles
them to the .qm files the app loads. The .qm files are build output, never edited by hand."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "humasdesk"
TS_DIR = ROOT / "assets" / "translations"
QM_DIR = SOURCES / "locale"
LANGUAGES = ("id", "en")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into this environment first")
    return found


def _lupdate() -> str:
    tool = os.environ.get("PYSIDE6_LUPDATE") or _tool("pyside6-lupdate")
    version = subprocess.run([tool, "-version"], capture_output=True, text=True).stdout
    found = re.search(r"(\d+)\.(\d+)", version)
    if found and (int(found[1]), int(found[2])) < (6, 12):
        sys.exit(f"{tool} is Qt {found[0]}; plural messages need 6.12 or newer "
                 "(set PYSIDE6_LUPDATE to a newer pyside6-lupdate)")
    return tool


def update() -> None:
    """Add new source strings to every catalogue and drop the ones no longer in the code.

    Needs the lupdate of PySide6 6.12 or newer: earlier ones mark a message as plural only
    when its count is a number literal, and would turn our plural messages into plain ones
    (dropping their plural forms). The app itself runs on 6.11 (see pyproject.toml), so run
    this with a newer lupdate: ``PYSIDE6_LUPDATE=/path/to/pyside6-lupdate``.
    """
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        ts = TS_DIR / f"humasdesk_{language}.ts"
        subprocess.run([_lupdate(), "-silent", "-no-obsolete", "-locations",
                        "none", "-target-language", language, *files, "-ts", str(ts)],
                       check=True, cwd=ROOT)
    _english_is_the_source(TS_DIR / "humasdesk_en.ts")


def _english_is_the_source(ts: Path) -> None:
    """The code is written in English, so English translations are the source text itself;
    only plural forms (numerus) are written by hand in the English catalogue."""
    text = ts.read_text(encoding="utf-8")
    # A source never contains "<" (lupdate escapes it), so a match cannot run on into the
    # next message.
    pattern = re.compile(r"(<message>\s*<source>([^<]*)</source>\s*)"
                         r"<translation type=\"unfinished\">[^<]*</translation>")
    ts.write_text(pattern.sub(lambda m: f"{m[1]}<translation>{m[2]}</translation>", text),
                  encoding="utf-8")


def build() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        ts = TS_DIR / f"humasdesk_{language}.ts"
        qm = QM_DIR / f"humasdesk_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
