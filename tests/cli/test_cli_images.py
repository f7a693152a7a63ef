"""``humasdesk post --image PATH --alt TEXT``: in order, one description per image, a clear
exit 2 when the counts differ or a file cannot be used; the outbox gets private copies."""

from __future__ import annotations

import sys

from humasdesk.cli import main
from media_support import SECRETS, metadata, phone_photo, poster


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def queue_count(home) -> int:
    from humasdesk.store import Database

    db = Database(home / "humasdesk.sqlite3")
    try:
        return db.query("SELECT COUNT(*) FROM posts")[0][0]
    finally:
        db.close()


def test_images_go_out_in_order_with_their_descriptions_and_no_metadata(capsys, isolated_home,
                                                                        tmp_path):
    photo = phone_photo(tmp_path / "IMG_1.jpg", 1600, 1200)
    sign = poster(tmp_path / "poster.png", 600, 800, with_photo=False)
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text", "Dua gambar",
                         "--image", photo.path, "--alt", "Perawat di bangsal.",
                         "--image", sign.path, "--alt", "Poster vaksinasi.")
    assert code == 0, err
    [md] = (isolated_home / "outbox").glob("*.md")
    text = md.read_text()
    assert text.index("Perawat di bangsal.") < text.index("Poster vaksinasi.")
    files = sorted((md.parent / f"{md.stem}-media").iterdir())
    assert [f.suffix for f in files] == [".jpg", ".png"]
    for copy in files:
        tags = metadata(copy)
        assert not [k for k in tags if "GPS" in k or "Serial" in k or "Owner" in k]
        assert not any(secret in str(tags) for secret in SECRETS)


def test_one_alt_per_image_or_exit_2_and_nothing_saved(capsys, isolated_home, tmp_path):
    photo = phone_photo(tmp_path / "IMG_2.jpg", 800, 600, orientation=1)
    code, out, err = run(capsys, "post", "--account", "Local outbox", "--text", "x",
                         "--image", photo.path)
    assert code == 2 and "Give one --alt for each --image" in err and "1 --image and 0 --alt" \
        in err
    assert len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "x",
                          "--image", photo.path, "--alt", "a", "--alt", "b")
    assert code == 2 and "2 --alt" in err
    assert queue_count(isolated_home) == 0


def test_a_missing_or_unreadable_image_is_exit_2(capsys, isolated_home, tmp_path):
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "x",
                          "--image", str(tmp_path / "hilang.jpg"), "--alt", "a")
    assert code == 2 and "hilang.jpg does not exist" in err
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8 this is not a JPEG")
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "x",
                          "--image", str(broken), "--alt", "a")
    assert code == 2 and "rusak.jpg is not a picture HumasDesk can read" in err
    text_file = tmp_path / "catatan.txt"
    text_file.write_text("halo")
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "x",
                          "--image", str(text_file), "--alt", "a")
    assert code == 2 and "catatan.txt is not an image" in err
    assert queue_count(isolated_home) == 0
    assert sys.stdin is not None


def test_faces_are_said_or_blurred_with_blur_faces(capsys, isolated_home, tmp_path):
    from media_support import face_photo_path, three_faces

    if face_photo_path() is None:
        import pytest

        pytest.skip("scikit-image (its sample photos) is not installed")
    from humasdesk.media.faces import find_faces

    group = three_faces(tmp_path / "rombongan.jpg")
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "Tamu",
                          "--image", group.path, "--alt", "Tiga tamu.")
    assert code == 0 and "Image 1 shows 3 face(s), sent as they are" in err
    code, _out, err = run(capsys, "post", "--account", "Local outbox", "--text", "Tamu lagi",
                          "--image", group.path, "--alt", "Tiga tamu.", "--blur-faces")
    assert code == 0 and "3 face(s) blurred in image 1." in err
    [md] = [md for md in (isolated_home / "outbox").glob("*.md") if "Tamu lagi" in md.read_text()]
    [copy] = (md.parent / f"{md.stem}-media").iterdir()
    assert find_faces(copy)[0] == []
