"""Saved replies: fields filled, the rest of the text left exactly as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from humasdesk.domain.reply_templates import DEFAULT_TEMPLATES, fields, fill


def test_the_authors_name_and_other_fields_are_filled():
    filled = fill("Halo {nama}, jadwal {poli} ada di {tautan}.",
                  {"poli": "poli anak", "tautan": "https://rsud.id/jadwal"}, author="Budi")
    assert filled.text == "Halo Budi, jadwal poli anak ada di https://rsud.id/jadwal."
    assert filled.missing == () and filled.unused == () and filled.complete
    assert filled.problem() == ""


def test_missing_fields_stay_in_place_and_are_named():
    filled = fill("Halo {nama}, keluhan Anda kami teruskan ke {unit}. Salam, {nama}",
                  {"unit": "  "})
    assert filled.text == "Halo {nama}, keluhan Anda kami teruskan ke {unit}. Salam, {nama}"
    assert filled.missing == ("nama", "unit")
    assert filled.problem() == "Still to fill in: {nama}, {unit}"


def test_values_for_fields_the_text_does_not_have_are_named():
    filled = fill("Terima kasih, {nama}!", {"poli": "gigi"}, author="Sari")
    assert filled.text == "Terima kasih, Sari!" and filled.unused == ("poli",)


def test_a_given_name_wins_over_the_author_and_values_are_not_filled_twice():
    assert fill("Halo {nama}", {"nama": "Ibu Sari"}, author="sari_88").text == "Halo Ibu Sari"
    assert fill("{a} {b}", {"a": "{b}", "b": "x"}).text == "{b} x"


def test_other_braces_and_spacing_stay_as_written():
    text = "Kode {1} dan {{nama}} serta { nama } dan {} \n  baris dua\t{nama}"
    assert fields(text) == ("nama",)
    assert fill(text, author="Budi").text == \
        "Kode {1} dan {Budi} serta { nama } dan {} \n  baris dua\tBudi"


def test_the_default_templates_come_in_both_languages_with_the_authors_name():
    assert {t.language for t in DEFAULT_TEMPLATES} == {"id", "en"}
    assert len({t.key for t in DEFAULT_TEMPLATES}) == len(DEFAULT_TEMPLATES)
    for template in DEFAULT_TEMPLATES:
        assert "nama" in template.fields and template.title
        assert "{nama}" not in fill(template.text, author="Budi").text


@given(st.text(), st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True),
                                  st.text(min_size=1).filter(str.strip)))
def test_text_without_fields_is_never_changed(text, values):
    if not fields(text):
        assert fill(text, values).text == text
