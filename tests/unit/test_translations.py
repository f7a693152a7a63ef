"""Both catalogues are complete, up to date with the code, and keep every placeholder."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {lang: ROOT / "assets" / "translations" / f"humasdesk_{lang}.ts"
              for lang in ("id", "en")}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path):
    for context in ET.parse(ts).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_catalogue_is_complete(lang):
    unfinished = [(ctx, m.find("source").text) for ctx, m in messages(CATALOGUES[lang])
                  if m.find("translation").get("type") == "unfinished"
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_placeholders_and_mnemonics_survive_translation(lang):
    problems = []
    for ctx, message in messages(CATALOGUES[lang]):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            continue  # reported by test_catalogue_is_complete
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append((ctx, source, form, "placeholders differ"))
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append((ctx, source, form, "mnemonic (&) missing or added"))
            if message.get("numerus") == "yes" and "%n" not in form:
                problems.append((ctx, source, form, "plural form without %n"))
    assert problems == []


def test_catalogues_match_the_code(tmp_path):
    """Running lupdate on the current code finds nothing new and nothing gone."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(CATALOGUES["id"], copy)
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "humasdesk").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *files,
                    "-ts", str(copy)], check=True, cwd=ROOT)
    before = {(c, m.find("source").text) for c, m in messages(CATALOGUES["id"])}
    after = {(c, m.find("source").text) for c, m in messages(copy)}
    assert after - before == set(), "strings in the code are missing from the catalogue"
    assert before - after == set(), "the catalogue has strings the code no longer uses"


def test_indonesian_is_used_when_asked(app):
    from humasdesk.domain.i18n import translate
    from humasdesk.domain.model import PublishState

    app.set_language("id")
    assert PublishState.PUBLISHED.label() == "Terbit"
    assert translate("Actions", "Publish now") == "Terbitkan sekarang"
    app.set_language("en")
    assert PublishState.PUBLISHED.label() == "Published"
