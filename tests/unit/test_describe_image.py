"""Describe image (media/words.py, services/describing.py): the words on generated posters in
reading order, read by the real tesseract with its Indonesian data, and the blur check."""

from __future__ import annotations

import json

import pytest

from helpers import require_program
from humasdesk.services.describing import (
    DescribeError,
    describe_picture,
    picture_sharpness,
)
from poster_support import POSTER_LINES, photo, poster


@pytest.fixture(autouse=True)
def tesseract():
    require_program("tesseract")


def test_an_indonesian_poster_is_read_in_order(tmp_path):
    reading = describe_picture(poster(tmp_path / "donor.png"))
    assert reading.text.splitlines() == [text for _w, _s, text in POSTER_LINES]
    assert reading.language == "id"
    assert reading.alt_text == ("Gambar bertuliskan: DONOR DARAH. Sabtu, 14 Desember 2026. "
                                "Lobi utama rumah sakit. Pendaftaran gratis untuk umum.")


def test_small_print_with_indonesian_letters(tmp_path):
    lines = [("regular", 30, "Pemeriksaan gratis bagi lansia"),
             ("regular", 30, "Jum'at pukul 08.00–11.00 WIB"),
             ("bold", 30, "Hubungi 1500-123")]
    reading = describe_picture(poster(tmp_path / "small.png", lines, size=(900, 500)))
    words = reading.text.split()
    for expected in ("Pemeriksaan", "gratis", "lansia", "WIB", "Hubungi", "1500-123"):
        assert expected in words


def test_an_english_poster_is_framed_in_english(tmp_path):
    lines = [("bold", 100, "BLOOD DRIVE"), ("regular", 60, "Saturday in the main lobby")]
    reading = describe_picture(poster(tmp_path / "en.png", lines))
    assert reading.language == "en"
    assert reading.alt_text == "Image with the text: BLOOD DRIVE. Saturday in the main lobby."


def test_a_photo_without_words_proposes_nothing(tmp_path):
    reading = describe_picture(photo(tmp_path / "astronaut.jpg"))
    assert reading.alt_text == ""


def test_a_shaken_photo_is_blurry_and_a_sharp_one_is_not(tmp_path):
    sharp = picture_sharpness(photo(tmp_path / "sharp.jpg"))
    shaken = picture_sharpness(photo(tmp_path / "shaken.jpg", shaken=True))
    assert not sharp.blurry and shaken.blurry
    assert sharp.score > 3 * shaken.score


def test_a_poster_and_a_plain_card_are_not_blurry(tmp_path):
    from PIL import Image

    assert not picture_sharpness(poster(tmp_path / "p.png")).blurry
    Image.new("RGB", (800, 600), "#3060a0").save(tmp_path / "plain.png")
    assert not picture_sharpness(tmp_path / "plain.png").blurry


@pytest.mark.parametrize("name, content, message", [
    ("missing.png", None, "There is no picture"),
    ("notes.txt", b"not a picture", "is not a picture"),
])
def test_bad_input_is_said(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DescribeError, match=message):
        describe_picture(path)


def test_describe_command(tmp_path, capsys, isolated_home):
    from humasdesk.cli import main

    path = poster(tmp_path / "donor.png")
    assert main(["describe", str(path), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["text"].splitlines()[0] == "DONOR DARAH"
    assert answer["alt_text"].startswith("Gambar bertuliskan: DONOR DARAH.")
    assert main(["describe", str(path), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Image with the text: DONOR DARAH.")
    assert main(["describe", str(tmp_path / "none.png")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "There is no picture" in err[0]
    assert main(["describe", str(path), "--language", "fr"]) == 2
