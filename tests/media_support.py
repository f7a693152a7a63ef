"""Real pictures for the media tests: phone-sized JPEGs with GPS, serial number, owner and an
EXIF orientation written by exiftool; posters with printed text; an animated GIF; a HEIC photo;
and a real portrait with a face (scikit-image's astronaut, shipped in its wheel)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from humasdesk.domain.model import Media

SECRETS = ("CAM-SN-99887766", "Budi Santoso", "RSKO Bangsal Anak")  # must never go out
GPS = {"GPSLatitude": 6.2297, "GPSLatitudeRef": "S", "GPSLongitude": 106.8295,
       "GPSLongitudeRef": "E"}
POSTER_WORDS = ("VAKSINASI", "GRATIS", "SENIN", "JUMAT")


def photo_pixels(width: int, height: int, seed: int = 1) -> np.ndarray:
    """A photo-like picture: smooth light with grain, hard to compress (like a real photo). The
    top-left corner is marked red, so which way is up can be checked."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    pixels = np.stack([x / width * 200 + 30, y / height * 200 + 30,
                       (np.sin(x / 37) + np.cos(y / 53)) * 50 + 120], -1)
    pixels += rng.normal(0, 14, (height, width, 3))
    corner = max(16, min(width, height) // 8)
    pixels[:corner, :corner] = (255, 0, 0)
    return np.clip(pixels, 0, 255).astype(np.uint8)


def exiftool(path: Path, *tags: str) -> None:
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-n", *tags, str(path)],
                   check=True, timeout=60)


def metadata(path: Path | bytes, tmp: Path | None = None) -> dict:
    """Every tag exiftool finds (file and composite groups left out)."""
    if isinstance(path, bytes):
        target = (tmp or Path("/tmp")) / f"read-{hashlib.sha256(path).hexdigest()[:12]}"
        target.write_bytes(path)
        path = target
    out = subprocess.run(["exiftool", "-j", "-a", "-G1", "-n", str(path)], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    tags = json.loads(out)[0]
    return {k: v for k, v in tags.items()
            if k.split(":")[0] not in ("SourceFile", "ExifTool", "System", "File", "Composite")}


def phone_photo(path: Path, width: int = 4000, height: int = 3000, orientation: int = 6,
                quality: int = 95) -> Media:
    """A 12-megapixel JPEG as a phone stores it: pixels sideways and an orientation tag, GPS of
    the ward, the camera's serial number and owner, XMP and IPTC."""
    # Drawn upright (portrait, red corner top-left), stored turned a quarter to the left, as
    # a phone held upright stores it with orientation 6 ("turn right to show").
    assert orientation in (1, 6)
    upright = photo_pixels(height, width) if orientation == 6 else photo_pixels(width, height)
    stored = np.rot90(upright, 1) if orientation == 6 else upright
    Image.fromarray(np.ascontiguousarray(stored)).save(path, quality=quality)
    exiftool(path, f"-Orientation={orientation}", *(f"-{k}={v}" for k, v in GPS.items()),
             f"-SerialNumber={SECRETS[0]}", f"-OwnerName={SECRETS[1]}", "-Make=Samsung",
             "-Model=SM-A546E", f"-XMP-dc:Creator={SECRETS[1]}",
             f"-IPTC:Sub-location={SECRETS[2]}", f"-Comment={SECRETS[2]}")
    return media_for(path, "Perawat memeriksa pasien di bangsal anak.")


def poster(path: Path, width: int = 2400, height: int = 3400, with_photo: bool = True) -> Media:
    """A PNG poster: large and small print, and (to make it heavy) a photo in its lower half.
    PNG text chunks carry the designer's name and place."""
    from PIL import PngImagePlugin

    image = Image.new("RGB", (width, height), "white")
    if with_photo:
        image.paste(Image.fromarray(photo_pixels(width, height // 2, seed=3)), (0, height // 2))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                              width // 14)
    small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", width // 40)
    draw.text((width // 12, height // 20), " ".join(POSTER_WORDS[:2]), fill="navy", font=font)
    draw.text((width // 12, height // 5), f"{POSTER_WORDS[2]} - {POSTER_WORDS[3]}",
              fill="black", font=font)
    for line in range(4):
        draw.text((width // 12, height // 3 + line * width // 30),
                  "Pukul 08.00 sampai 12.00 WIB di Poli Anak lantai 2", fill="black", font=small)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", SECRETS[1])
    info.add_text("Location", SECRETS[2])
    image.save(path, pnginfo=info)
    return media_for(path, "Poster vaksinasi gratis, Senin sampai Jumat.")


def animated_gif(path: Path, frames: int = 6, size: tuple[int, int] = (320, 240)) -> Media:
    pictures = []
    for index in range(frames):
        image = Image.new("RGB", size, (40 * index % 255, 120, 200))
        ImageDraw.Draw(image).ellipse((20 + index * 30, 60, 100 + index * 30, 140), fill="red")
        pictures.append(image)
    pictures[0].save(path, save_all=True, append_images=pictures[1:], duration=120, loop=0,
                     comment=SECRETS[2].encode())
    return media_for(path, "Bola merah bergerak.")


def heic_photo(path: Path, width: int = 1600, height: int = 1200) -> Media | None:
    """A HEIC photo, where pillow-heif can write one (None otherwise)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return None
    register_heif_opener()
    Image.fromarray(photo_pixels(width, height)).save(path, "HEIF", quality=90)
    return media_for(path, "Foto dari iPhone.")


def face_photo_path() -> Path | None:
    """A real portrait with one face: the astronaut photo (NASA, public domain) in
    scikit-image's wheel."""
    spec = importlib.util.find_spec("skimage")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "data" / "astronaut.png"
    return path if path.is_file() else None


def no_face_photo_path() -> Path | None:
    """A real photo without a face: a cup of coffee (scikit-image's wheel)."""
    found = face_photo_path()
    return found.with_name("coffee.png") if found else None


def three_faces(path: Path) -> Media:
    """Three copies of the astronaut's head side by side: a group photo with three faces."""
    face = Image.open(face_photo_path()).convert("RGB").crop((120, 20, 320, 260))
    image = Image.new("RGB", (face.width * 3 + 80, face.height + 40), (90, 90, 90))
    for index in range(3):
        image.paste(face, (20 + index * (face.width + 20), 20))
    image.save(path, quality=95)
    return media_for(path, "Tiga orang.")


def media_for(path: Path, alt: str) -> Media:
    import mimetypes

    data = path.read_bytes()
    return Media(path=str(path), sha256=hashlib.sha256(data).hexdigest(),
                 mime_type=mimetypes.guess_type(path.name)[0] or "image/heic", alt_text=alt)


def copy_of(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def red_corner(image: Image.Image) -> str:
    """Which corner of the picture is the red one (the photo's top-left when upright)."""
    rgb = image.convert("RGB")
    w, h = rgb.size
    corners = {"top-left": (4, 4), "top-right": (w - 5, 4), "bottom-left": (4, h - 5),
               "bottom-right": (w - 5, h - 5)}
    for name, xy in corners.items():
        r, g, b = rgb.getpixel(xy)
        if r > 200 and g < 60 and b < 60:
            return name
    return ""


def fitted_phone_photo(tmp_path: Path, platform: str, options: dict | None = None,
                       width: int = 4000, height: int = 3000):
    """A 12-megapixel phone photo (sideways, with GPS and serial), as the publishing engine
    hands it to ``platform``'s adapter: (the fitted Media, the original Media, the limits)."""
    from humasdesk.domain.media import MediaChoice
    from humasdesk.media.limits import limits_for
    from humasdesk.media.outgoing import fitted_media

    original = phone_photo(tmp_path / "IMG_20261205_0930.jpg", width, height)
    limits = limits_for(platform, options)
    fitted, _facts = fitted_media(original, limits, tmp_path / "fitted",
                                  MediaChoice(original.sha256))
    return fitted, original, limits


def assert_sent_privately(data: bytes, limits, tmp_path: Path) -> None:
    """What a platform received: within its limits, upright, nothing identifying in it."""
    import io

    if limits.max_bytes:
        assert len(data) <= limits.max_bytes
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.height > image.width  # upright portrait
    assert red_corner(image) == "top-left"
    if limits.max_side:
        assert max(image.size) <= limits.max_side
    tags = metadata(data, tmp_path)
    assert not [k for k in tags if any(word in k for word in (
        "GPS", "Serial", "Owner", "Make", "Model", "Orientation", "Creator", "IPTC", "XMP"))]
    assert not any(secret in str(tags) for secret in SECRETS)
    assert not any(secret.encode() in data for secret in SECRETS)
