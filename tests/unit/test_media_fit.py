"""Each platform's copy of real pictures: within its limits, upright, nothing hidden in it, his
original untouched, small print still readable, animation kept or said."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess

import pytest
from PIL import Image

from humasdesk.media.fit import AspectChoice, FitError, describe, fit, fit_many
from humasdesk.media.limits import PLATFORM_LIMITS, limits_for
from media_support import (
    POSTER_WORDS,
    SECRETS,
    animated_gif,
    heic_photo,
    metadata,
    phone_photo,
    poster,
    red_corner,
)

IDENTIFYING = ("GPS", "Serial", "Owner", "Creator", "Sub-location", "Comment", "Make", "Model",
               "Author", "Location", "XMP", "IPTC", "Orientation", "ICC")


def leaks(path) -> list[str]:
    """Tags that identify a person, a place or a device, and any secret value."""
    tags = metadata(path)
    found = [f"{k}={v}" for k, v in tags.items() if any(word in k for word in IDENTIFYING)]
    found += [f"{k}={v}" for k, v in tags.items() if any(s in str(v) for s in SECRETS)]
    return found


@pytest.fixture(scope="module")
def phone(tmp_path_factory):
    folder = tmp_path_factory.mktemp("phone")
    return phone_photo(folder / "IMG_2041.jpg")


@pytest.fixture(scope="module")
def heavy_poster(tmp_path_factory):
    return poster(tmp_path_factory.mktemp("poster") / "poster.png")


def test_the_phone_photo_really_carries_what_must_not_go_out(phone):
    tags = {key.split(":")[-1]: value for key, value in metadata(phone.path).items()}
    assert tags["GPSLatitude"] == pytest.approx(6.2297)
    assert tags["SerialNumber"] == SECRETS[0]
    assert tags["OwnerName"] == SECRETS[1]
    assert tags["Orientation"] == 6
    assert tags["Creator"] == SECRETS[1] and tags["Sub-location"] == SECRETS[2]
    assert len(open(phone.path, "rb").read()) > 2_000_000  # too big for Bluesky as it is


def test_every_platform_gets_a_private_upright_copy_within_its_limits(phone, tmp_path):
    original = open(phone.path, "rb").read()
    copies = fit_many(phone.path, list(PLATFORM_LIMITS.values()), tmp_path / "cache",
                      sha256=phone.sha256)
    for limits, copy in zip(PLATFORM_LIMITS.values(), copies, strict=True):
        data = open(copy.path, "rb").read()
        assert len(data) == copy.size
        if limits.max_bytes:
            assert copy.size <= limits.max_bytes, limits.platform
        image = Image.open(io.BytesIO(data))
        assert image.format == "JPEG" and copy.mime_type in limits.formats
        assert image.size == (copy.width, copy.height)
        # Upright: the phone stored it sideways (orientation 6); the red corner is top-left.
        if limits.aspect_ok(3000, 4000):  # Instagram pads it to 4:5 (checked below)
            assert red_corner(image) == "top-left", limits.platform
        assert image.height > image.width  # portrait, as the phone showed it
        if limits.max_side:
            assert max(image.size) <= limits.max_side
        if limits.max_width:
            assert image.width <= limits.max_width
        assert leaks(copy.path) == [], limits.platform
    assert open(phone.path, "rb").read() == original  # his file is untouched
    bluesky = copies[list(PLATFORM_LIMITS).index("bluesky")]
    words = describe(bluesky)
    assert "turned upright" in words and "location, camera and owner details removed" in words
    assert "3000 × 4000 to 1500 × 2000" in words


def test_quality_is_stepped_down_then_the_size_when_the_bytes_do_not_fit(phone, tmp_path):
    tight = PLATFORM_LIMITS["bluesky"].__class__("test", max_bytes=300_000, max_side=2000)
    copy = fit(phone.path, tight, tmp_path)
    assert copy.size <= 300_000
    assert copy.quality and copy.quality < 90
    loose = fit(phone.path, PLATFORM_LIMITS["bluesky"], tmp_path)
    assert copy.width * copy.height <= loose.width * loose.height


def test_a_copy_is_made_once_and_reused(phone, tmp_path):
    first = fit(phone.path, PLATFORM_LIMITS["x"], tmp_path)
    made = (tmp_path / first.path.split("/")[-1]).stat().st_ino
    again = fit(phone.path, PLATFORM_LIMITS["x"], tmp_path)
    assert again.path == first.path and again.size == first.size
    # The same file (a copy made again replaces it with a new one); its time is the last use.
    assert (tmp_path / again.path.split("/")[-1]).stat().st_ino == made
    other = fit(phone.path, PLATFORM_LIMITS["bluesky"], tmp_path)
    assert other.path != first.path


def test_mastodon_limits_come_from_the_server(phone, tmp_path):
    limits = limits_for("mastodon", {"limits": {"image_size_limit": 1_000_000,
                                                "image_matrix_limit": 2_000_000}})
    assert (limits.max_bytes, limits.max_pixels) == (1_000_000, 2_000_000)
    copy = fit(phone.path, limits, tmp_path)
    assert copy.size <= 1_000_000 and copy.width * copy.height <= 2_000_000
    assert limits_for("mastodon", {}).max_bytes == 16_777_216  # documented default


def test_a_poster_stays_sharp_and_readable(heavy_poster, tmp_path):
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    copy = fit(heavy_poster.path, PLATFORM_LIMITS["bluesky"], tmp_path)
    assert copy.size <= 2_000_000 and max(copy.width, copy.height) <= 2000
    if copy.mime_type == "image/jpeg":  # no blurry chroma: 4:4:4, high quality
        assert copy.quality == 0
        assert Image.open(copy.path).layers == 3
    text = subprocess.run(["tesseract", copy.path, "-", "-l", "eng"], capture_output=True,
                          text=True, timeout=120).stdout.upper()
    for word in POSTER_WORDS:
        assert word in text, (word, text)
    assert "08.00" in text or "12.00" in text  # the small print too
    assert leaks(copy.path) == []


def test_a_small_poster_stays_png(tmp_path):
    media = poster(tmp_path / "small.png", 800, 1000, with_photo=False)
    copy = fit(media.path, PLATFORM_LIMITS["bluesky"], tmp_path / "cache")
    assert copy.mime_type == "image/png" and (copy.width, copy.height) == (800, 1000)
    original = Image.open(media.path).convert("RGB")
    assert Image.open(copy.path).convert("RGB").tobytes() == original.tobytes()  # lossless
    assert leaks(copy.path) == []
    assert "Budi" not in open(copy.path, "rb").read().decode("latin-1")


def test_instagram_gets_jpeg_in_its_aspect_ratio_padded_or_cropped(heavy_poster, tmp_path):
    tall = Image.new("RGB", (900, 1600), "white")  # 9:16, a phone story
    tall.paste((200, 0, 0), (0, 0, 900, 100))  # red band at the top
    path = tmp_path / "story.png"
    tall.save(path)
    limits = PLATFORM_LIMITS["instagram"]
    padded = fit(path, limits, tmp_path / "c", aspect=AspectChoice("pad", "#003366"))
    cropped = fit(path, limits, tmp_path / "c", aspect=AspectChoice("crop"))
    for copy in (padded, cropped):
        assert copy.mime_type == "image/jpeg"
        assert 0.8 - 0.01 <= copy.width / copy.height <= 1.91
    image = Image.open(padded.path).convert("RGB")
    r, g, b = image.getpixel((2, image.height // 2))  # the bar on the left
    assert abs(r - 0) < 12 and abs(g - 0x33) < 12 and abs(b - 0x66) < 12
    assert red_band_visible(image)
    cropped_image = Image.open(cropped.path).convert("RGB")
    assert not red_band_visible(cropped_image)  # the top was cut away
    assert "bars of colour #003366" in describe(padded)
    assert "cropped to the centre" in describe(cropped)


def red_band_visible(image) -> bool:
    r, g, b = image.getpixel((image.width // 2, 3))
    return r > 150 and g < 60


def test_an_animated_gif_stays_animated_where_the_platform_shows_it(tmp_path):
    gif = animated_gif(tmp_path / "bola.gif")
    moving = fit(gif.path, PLATFORM_LIMITS["mastodon"], tmp_path / "c")
    assert moving.mime_type == "image/gif" and moving.animated
    image = Image.open(moving.path)
    assert image.n_frames == 6
    assert SECRETS[2].encode() not in open(moving.path, "rb").read()  # the comment is gone
    still = fit(gif.path, PLATFORM_LIMITS["bluesky"], tmp_path / "c")
    assert still.mime_type == "image/png" and still.still_from_animation
    assert "only its first picture goes" in describe(still)


@pytest.mark.parametrize("kind", ["heic", "webp"])
def test_heic_and_webp_photos_are_read(kind, tmp_path):
    if kind == "heic":
        media = heic_photo(tmp_path / "IMG_0001.heic")
        if media is None:
            pytest.skip("pillow-heif is not installed")
    else:
        path = tmp_path / "photo.webp"
        from media_support import photo_pixels

        Image.fromarray(photo_pixels(1600, 1200)).save(path, quality=90)
        media = type("M", (), {"path": str(path)})()
    copy = fit(media.path, PLATFORM_LIMITS["bluesky"], tmp_path / "c")
    assert copy.mime_type == "image/jpeg" and (copy.width, copy.height) == (1600, 1200)
    assert red_corner(Image.open(copy.path)) == "top-left"


def test_a_file_that_is_not_a_picture_is_refused_in_words(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("not a picture")
    with pytest.raises(FitError, match="not a picture HumasDesk can read"):
        fit(path, PLATFORM_LIMITS["bluesky"], tmp_path / "c")
    with pytest.raises(FitError, match="cannot be read"):
        fit(tmp_path / "gone.jpg", PLATFORM_LIMITS["bluesky"], tmp_path / "c")


def test_the_cache_key_changes_with_the_content(phone, tmp_path):
    other = tmp_path / "other.jpg"
    Image.new("RGB", (640, 480), "green").save(other)
    a = fit(phone.path, PLATFORM_LIMITS["bluesky"], tmp_path)
    b = fit(other, PLATFORM_LIMITS["bluesky"], tmp_path)
    assert a.path != b.path
    assert hashlib.sha256(open(b.path, "rb").read()).hexdigest() != \
        hashlib.sha256(open(a.path, "rb").read()).hexdigest()


def test_a_colour_profile_is_applied_and_not_sent(tmp_path):
    from PIL import ImageCms

    from media_support import photo_pixels

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "profiled.jpg"
    Image.fromarray(photo_pixels(1200, 900)).save(path, quality=92, icc_profile=profile)
    assert any("ICC" in key for key in metadata(path))
    copy = fit(path, PLATFORM_LIMITS["x"], tmp_path / "c")
    assert leaks(copy.path) == []
    assert "icc_profile" not in Image.open(copy.path).info
