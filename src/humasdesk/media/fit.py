"""A platform's copy of a picture: upright, within its limits, with nothing hidden in it.

His original is never changed. Each copy is made once and kept in the cache folder under a key
made of the picture's content, the platform's limits and his choices (pad or crop), so a retry
or a second account on the same platform reuses it.

- Upright: the EXIF orientation is applied to the pixels; the copy carries no orientation tag.
- Private: the copy is encoded from the pixels alone. No EXIF (location, camera serial, owner,
  dates), no XMP, no IPTC, no comments and no PNG text chunks go out; a colour profile is
  converted to sRGB and dropped (a profile can name the device it came from).
- Within the limits: shrunk to the platform's size first, then a photo's JPEG quality is stepped
  down (90 to 65), then the size again, until it fits. Screenshots and posters (PNG, GIF, or
  anything with transparency) stay PNG where the platform takes it, so small print stays sharp;
  when a PNG is too large it becomes a 4:4:4 JPEG of high quality, never a blurry one.
- Animated GIFs stay animated where the platform shows them moving; elsewhere the first picture
  goes, and the description says so.
- Aspect ratio (Instagram): padded with a colour he chose, or cropped to the centre.

``describe`` says all of this in words before the post goes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import stat
import time
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..domain.i18n import translate
from .limits import GIF, JPEG, PNG, WEBP, ImageLimits

log = logging.getLogger(__name__)

FIT_VERSION = 1  # raise when the way copies are made changes: old cached copies are not reused
PHOTO_QUALITIES = (90, 85, 80, 75, 70, 65)
GRAPHIC_JPEG_QUALITIES = (95, 92, 88)
SHRINK_STEP = 0.85  # each further shrink keeps 85% of the width and height
MIN_SIDE = 320  # smaller than this, a picture is no use to anyone: say it cannot be fitted
ORIENTATION_TAG = 0x0112
EXTENSIONS = {JPEG: ".jpg", PNG: ".png", GIF: ".gif", WEBP: ".webp"}
FORMAT_NAMES = {JPEG: "JPEG", PNG: "PNG", GIF: "GIF", WEBP: "WebP"}


class FitError(Exception):
    """The picture cannot be read, or cannot be made to fit; the message is for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class AspectChoice:
    """How a picture outside a platform's aspect ratio is made to fit."""

    mode: str = "pad"  # "pad" (bars of ``colour``) or "crop" (to the centre)
    colour: str = "#ffffff"


@dataclass
class Fitted:
    """A platform's copy and the facts ``describe`` turns into words."""

    path: str
    mime_type: str
    width: int
    height: int
    size: int
    source_width: int = 0
    source_height: int = 0
    turned_upright: bool = False
    metadata_removed: bool = False
    shrunk: bool = False
    quality: int = 0  # the JPEG quality, when it was stepped down to fit
    aspect: str = ""  # "pad" or "crop" when the ratio was changed
    pad_colour: str = ""
    animated: bool = False  # went out moving
    still_from_animation: bool = False  # an animated GIF that goes out as its first picture
    notes: list[str] = field(default_factory=list)  # reserved for later facts

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Fitted:
        return cls(**json.loads(text))


_heif_registered = False


def register_formats() -> None:
    """HEIC/HEIF photos (iPhones) are read through pillow-heif, where it is installed."""
    global _heif_registered
    if _heif_registered:
        return
    _heif_registered = True
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # HEIC is then refused with a clear message
        return
    register_heif_opener()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_key(sha256: str, limits: ImageLimits, aspect: AspectChoice | None) -> str:
    aspect_part = repr(aspect) if limits.fixes_aspect else ""
    text = f"{FIT_VERSION}|{sha256}|{limits.key()}|{aspect_part}"
    return hashlib.sha256(text.encode()).hexdigest()[:40]


def fit(source: Path | str, limits: ImageLimits, cache_dir: Path | str, *, sha256: str = "",
        aspect: AspectChoice | None = None) -> Fitted:
    """The copy of ``source`` for one platform (made, or found in the cache)."""
    return fit_many(source, [limits], cache_dir, sha256=sha256, aspect=aspect)[0]


def fit_many(source: Path | str, all_limits: Sequence[ImageLimits], cache_dir: Path | str, *,
             sha256: str = "", aspect: AspectChoice | None = None) -> list[Fitted]:
    """One copy per platform; the picture is read once for all of them."""
    source, cache_dir = Path(source), Path(cache_dir)
    try:
        sha256 = sha256 or file_sha256(source)
    except OSError as exc:
        raise FitError(translate("Media", "The picture {name} cannot be read: {reason}").format(
            name=source.name, reason=exc.strerror or exc)) from None
    results: list[Fitted | None] = []
    missing = []
    for limits in all_limits:
        key = cache_key(sha256, limits, aspect)
        found = _cached(cache_dir, key)
        results.append(found)
        if found is None:
            missing.append((len(results) - 1, limits, key))
    if missing:
        picture = _Picture.open(source, [limits for _i, limits, _k in missing])
        # Largest first, so each smaller copy is made from the one before it.
        missing.sort(key=lambda entry: -_area(target_size(*picture.source_size, entry[1])))
        for index, limits, key in missing:
            results[index] = _store(cache_dir, key, picture.fit(limits, aspect))
    return results  # type: ignore[return-value]


def _area(size: tuple[int, int]) -> int:
    return size[0] * size[1]


def _cached(cache_dir: Path, key: str) -> Fitted | None:
    facts = cache_dir / f"{key}.json"
    try:
        fitted = Fitted.from_json(facts.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None
    if not Path(fitted.path).is_file():
        return None
    for used in (facts, Path(fitted.path)):  # the last use, for ``prune``
        with contextlib.suppress(OSError):  # a read-only cache still serves
            os.utime(used)
    return fitted


class Pruned(NamedTuple):
    copies: int  # cache entries removed (a copy and its facts)
    size: int  # bytes freed


def prune(cache_dir: Path | str, keep: Collection[str], *, unused_for: float, max_size: int,
          now: float | None = None) -> Pruned:
    """Remove the copies not used for ``unused_for`` seconds, then, while the folder is larger
    than ``max_size`` bytes, the least recently used ones; never those whose key is in
    ``keep`` (a post waiting to go out needs them). A copy removed is made again if needed."""
    now = time.time() if now is None else now
    entries: dict[str, list] = {}  # key -> [last use, size, files]
    try:
        files = list(Path(cache_dir).iterdir())
    except FileNotFoundError:
        return Pruned(0, 0)
    for path in files:
        try:
            facts = path.stat()
        except OSError:  # removed meanwhile
            continue
        if not stat.S_ISREG(facts.st_mode):
            continue
        # "<key>.jpg", "<key>.json" and an unfinished "<key>.json.<pid>.part" go together.
        entry = entries.setdefault(path.name.split(".", 1)[0], [0.0, 0, []])
        entry[0] = max(entry[0], facts.st_mtime)
        entry[1] += facts.st_size
        entry[2].append(path)
    total = sum(size for _used, size, _files in entries.values())
    removed = Pruned(0, 0)
    for key, (used, size, paths) in sorted(entries.items(), key=lambda item: item[1][0]):
        if key in keep or (now - used <= unused_for and total <= max_size):
            continue
        # The facts first: a copy half removed is then simply not found.
        try:
            for path in sorted(paths, key=lambda path: path.suffix != ".json"):
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("a cached copy could not be removed: %s", exc)
            continue
        total -= size
        removed = Pruned(removed.copies + 1, removed.size + size)
    return removed


def _store(cache_dir: Path, key: str, made: tuple[bytes, Fitted]) -> Fitted:
    data, fitted = made
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{key}{EXTENSIONS[fitted.mime_type]}"
    fitted.path = str(path)
    for target, content in ((path, data), (cache_dir / f"{key}.json",
                                           fitted.to_json().encode())):
        temporary = target.with_name(target.name + f".{os.getpid()}.part")
        temporary.write_bytes(content)
        os.replace(temporary, target)
    return fitted


# -- making a copy ------------------------------------------------------------------------------

def target_size(width: int, height: int, limits: ImageLimits) -> tuple[int, int]:
    """The largest size within the platform's pixel limits, keeping the shape."""
    scale = 1.0
    if limits.max_side:
        scale = min(scale, limits.max_side / max(width, height))
    if limits.max_width:
        scale = min(scale, limits.max_width / width)
    if limits.max_pixels:
        scale = min(scale, (limits.max_pixels / (width * height)) ** 0.5)
    if limits.max_width_plus_height:
        scale = min(scale, limits.max_width_plus_height / (width + height))
    if scale >= 1.0:
        return width, height
    return max(1, int(width * scale)), max(1, int(height * scale))


def _hidden_details(image) -> bool:
    """Whether the file carries anything besides pixels that could identify a person or place."""
    info = image.info
    # (A colour profile is converted and left behind too, but it names no one: not counted.)
    if any(key in info for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop",
                                   "iptc")):
        return True
    if image.format == "PNG" and getattr(image, "text", None):
        return True
    try:
        return len(image.getexif()) > 0
    except Exception:  # a broken EXIF block is itself not sent
        return True


# EXIF orientation -> the turn that makes the picture upright (as PIL.ImageOps.exif_transpose).
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
            6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}


class _Picture:
    """A source picture read once. Each platform's copy is made from it: shrunk first, then
    turned upright and put in sRGB (cheaper on the smaller picture)."""

    def __init__(self, raw, orientation: int, *, hidden: bool, graphic: bool, frames=(),
                 durations=(), loop: int = 0):
        self.raw = raw  # as stored in the file (maybe decoded at a reduced scale)
        self.orientation = orientation
        swapped = orientation in (5, 6, 7, 8)
        self.source_size = (raw.height, raw.width) if swapped else raw.size
        self.hidden = hidden
        self.graphic = graphic  # a screenshot, poster or drawing: kept sharp
        self.frames = list(frames)  # the frames of an animated GIF (upright, clean), else []
        self.durations = list(durations)
        self.loop = loop
        self._prepared: dict[tuple[int, int], object] = {}
        self._scaled = [raw]  # resized copies, as stored in the file (not yet upright)
        self._encoded: dict[tuple, bytes] = {}

    @classmethod
    def open(cls, path: Path, all_limits: Sequence[ImageLimits]) -> _Picture:
        from PIL import Image, UnidentifiedImageError

        register_formats()
        try:
            image = Image.open(path)
            fmt = image.format or ""
            hidden = _hidden_details(image)
            orientation = image.getexif().get(ORIENTATION_TAG, 1)
            orientation = orientation if orientation in _UPRIGHT else 1
            swapped = orientation in (5, 6, 7, 8)
            if fmt == "GIF" and getattr(image, "n_frames", 1) > 1:
                frames, durations, loop = _frames(image)
                return cls(frames[0], 1, hidden=hidden, graphic=True, frames=frames,
                           durations=durations, loop=loop)
            if fmt == "JPEG":
                # Decoding a 12-megapixel photo at the scale the largest copy needs is several
                # times faster than decoding it whole (libjpeg's DCT scaling).
                upright = (image.height, image.width) if swapped else image.size
                largest = max((target_size(*upright, limits) for limits in all_limits),
                              key=lambda size: size[0] * size[1])
                image.draft("RGB", (largest[1], largest[0]) if swapped else largest)
            image.load()
        except Image.DecompressionBombError:
            raise FitError(translate(
                "Media", "{name} is too large a picture to open safely.").format(
                    name=path.name)) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise FitError(translate(
                "Media", "{name} is not a picture HumasDesk can read ({reason}). Save it as "
                "JPEG or PNG and attach it again.").format(name=path.name, reason=exc)) from None
        graphic = fmt in ("PNG", "GIF", "BMP", "TIFF") or "A" in image.getbands() or \
            image.mode in ("P", "1", "LA", "PA")
        return cls(image, orientation, hidden=hidden, graphic=graphic)

    def prepared(self, size: tuple[int, int]):
        """The picture upright, at ``size`` (upright), in sRGB, with nothing but pixels."""
        size = tuple(size)
        if size not in self._prepared:
            from PIL import Image

            swapped = self.orientation in (5, 6, 7, 8)
            stored = (size[1], size[0]) if swapped else size
            # From the smallest copy already made that is at least as large: each platform's
            # size costs a resize of the size before it, not of the 12-megapixel original.
            source = min((image for image in self._scaled
                          if image.width >= stored[0] and image.height >= stored[1]),
                         key=lambda image: image.width * image.height)
            image = _resize(source, stored)
            if image is not source:
                self._scaled.append(image)
            if self.orientation != 1:
                image = image.transpose(getattr(Image.Transpose, _UPRIGHT[self.orientation]))
            image = _srgb(image, self.raw.info.get("icc_profile"))
            if image is self.raw:
                image = image.copy()  # the copy's metadata is cleared, not the source's
            image = _clean(image)
            self._prepared[size] = image
        return self._prepared[size]

    def fit(self, limits: ImageLimits, aspect: AspectChoice | None) -> tuple[bytes, Fitted]:
        fitted = Fitted(path="", mime_type="", width=0, height=0, size=0,
                        source_width=self.source_size[0], source_height=self.source_size[1],
                        turned_upright=self.orientation != 1, metadata_removed=self.hidden)
        if self.frames and limits.animated_gif and GIF in limits.formats:
            return self._fit_animation(limits, fitted)
        fitted.still_from_animation = bool(self.frames)
        size = target_size(*self.source_size, limits)
        image = self.prepared(size)
        reshaped = limits.fixes_aspect and not limits.aspect_ok(*image.size)
        if reshaped:
            choice = aspect or AspectChoice()
            image = _fix_aspect(image, limits, choice)
            fitted.aspect = choice.mode
            fitted.pad_colour = choice.colour if choice.mode == "pad" else ""
            size = target_size(*image.size, limits)
        for attempt in range(40):
            if attempt:
                size = (int(size[0] * SHRINK_STEP), int(size[1] * SHRINK_STEP))
                if min(size) < MIN_SIDE:
                    break
            scaled = _resize(image, size) if reshaped else self.prepared(size)
            for data, mime, quality in self._encodings(scaled, limits, fitted,
                                                       memo=not reshaped):
                if limits.max_bytes is None or len(data) <= limits.max_bytes:
                    fitted.mime_type, fitted.size = mime, len(data)
                    fitted.width, fitted.height = scaled.size
                    fitted.shrunk = scaled.size != self.source_size
                    fitted.quality = quality if quality and quality < PHOTO_QUALITIES[0] else 0
                    return data, fitted
        raise FitError(translate(
            "Media", "This picture cannot be made small enough for {platform}, even at {side} "
            "pixels. Choose a smaller picture.").format(platform=limits.platform, side=MIN_SIDE))

    def _encodings(self, image, limits: ImageLimits, fitted: Fitted, memo: bool):
        """The encodings to try at one size, best first: (bytes, mime type, JPEG quality).
        Two platforms asking for the same size and format share one encoding."""
        def encoded(source, fmt, **options) -> bytes:
            if not memo:
                return _encode(source, fmt, **options)
            key = (image.size, fmt, tuple(sorted(options.items())))
            if key not in self._encoded:
                self._encoded[key] = _encode(source, fmt, **options)
            return self._encoded[key]

        formats = limits.formats
        if self.graphic and PNG in formats:
            yield encoded(image, "PNG"), PNG, 0
            if image.mode not in ("P", "L", "1"):
                # 256 colours keep lettering crisp and cut the size by half or more.
                yield encoded(image.quantize(256, dither=0), "PNG", colours=256), PNG, 0
        if JPEG in formats:
            flat = _flatten(image, fitted.pad_colour or "#ffffff")
            if self.graphic:
                for quality in GRAPHIC_JPEG_QUALITIES:  # 4:4:4: coloured text stays sharp
                    yield encoded(flat, "JPEG", quality=quality, subsampling=0), JPEG, 0
            else:
                for quality in PHOTO_QUALITIES:
                    yield encoded(flat, "JPEG", quality=quality), JPEG, quality
        elif WEBP in formats:
            for quality in PHOTO_QUALITIES:
                yield encoded(image, "WEBP", quality=quality), WEBP, quality
        elif not self.graphic and PNG in formats:
            yield encoded(image, "PNG"), PNG, 0

    def _fit_animation(self, limits: ImageLimits, fitted: Fitted) -> tuple[bytes, Fitted]:
        budget = limits.gif_max_bytes or limits.max_bytes
        size = target_size(*self.frames[0].size, limits)
        for attempt in range(30):
            if attempt:
                size = (int(size[0] * SHRINK_STEP), int(size[1] * SHRINK_STEP))
                if min(size) < 64:
                    break
            frames = [_resize(frame, size) for frame in self.frames]
            buffer = io.BytesIO()
            frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:],
                           duration=self.durations, loop=self.loop, disposal=2)
            data = buffer.getvalue()
            if budget is None or len(data) <= budget:
                fitted.mime_type, fitted.size = GIF, len(data)
                fitted.width, fitted.height = size
                fitted.shrunk = size != self.source_size
                fitted.animated = True
                return data, fitted
        raise FitError(translate(
            "Media", "This animated picture cannot be made small enough for {platform}. Choose "
            "a shorter or smaller one.").format(platform=limits.platform))


def _frames(image):
    from PIL import ImageSequence

    loop = image.info.get("loop", 0)
    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        durations.append(int(frame.info.get("duration", 100) or 100))
        frames.append(_clean(frame.convert("RGBA")))
    return frames, durations, loop


def _clean(image):
    """The picture (a new one, not the source's) with nothing but pixels: no EXIF, XMP,
    comments, text chunks or profile. (Only a palette picture's transparent colour is kept:
    it is part of the pixels.)"""
    if image.mode in ("I;16", "I", "F", "CMYK", "YCbCr", "LAB", "HSV"):
        image = image.convert("RGB")
    transparency = image.info.get("transparency") if image.mode in ("P", "L", "RGB") else None
    image.info = {} if transparency is None else {"transparency": transparency}
    if hasattr(image, "_exif"):
        image._exif = None
    return image


def _srgb(image, profile: bytes | None):
    """Pixels in sRGB: a camera's or phone's colour profile is applied, not sent."""
    if not profile:
        return image
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        if image.mode not in ("RGB", "RGBA"):
            return image  # grey or palette pictures: the profile is simply left behind
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"),
                                         outputMode=mode)
    except Exception:  # a broken profile: the pixels as they are
        return image


def _resize(image, size: tuple[int, int]):
    from PIL import Image

    if image.size == tuple(size):
        return image
    if image.mode == "P":
        image = image.convert("RGBA")
    # Reduced by a whole factor (box filter) first, then Lanczos: sharp to the eye, and
    # several times faster than Lanczos alone on a 12-megapixel photo.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=1.0)


def _flatten(image, colour: str):
    """A picture with transparency on a solid colour (JPEG has no transparency)."""
    from PIL import Image

    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("P", "1"):
        image = image.convert("RGBA")
    if "A" not in image.getbands():
        return image.convert("RGB")
    background = Image.new("RGB", image.size, colour)
    background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
    return background


def _encode(image, fmt: str, colours: int = 0, **options) -> bytes:
    buffer = io.BytesIO()
    image.info = {key: value for key, value in image.info.items() if key == "transparency"}
    if fmt == "JPEG":
        image.save(buffer, "JPEG", **options)
    elif fmt == "PNG":
        image.save(buffer, "PNG", compress_level=6)
    else:
        image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _fix_aspect(image, limits: ImageLimits, choice: AspectChoice):
    from PIL import Image

    width, height = image.size
    ratio = width / height
    wanted = limits.min_aspect if limits.min_aspect and ratio < limits.min_aspect \
        else limits.max_aspect
    if choice.mode == "crop":
        if ratio > wanted:  # too wide: keep the middle columns
            new_width = max(1, round(height * wanted))
            left = (width - new_width) // 2
            return image.crop((left, 0, left + new_width, height))
        new_height = max(1, round(width / wanted))
        top = (height - new_height) // 2
        return image.crop((0, top, width, top + new_height))
    if ratio > wanted:  # too wide: bars above and below
        size = (width, round(width / wanted))
    else:
        size = (round(height * wanted), height)
    mode = "RGBA" if "A" in image.getbands() else "RGB"
    canvas = Image.new(mode, size, choice.colour)
    source = image if image.mode == mode else image.convert(mode)
    canvas.paste(source, ((size[0] - width) // 2, (size[1] - height) // 2))
    return canvas


# -- in words ---------------------------------------------------------------------------------

def describe(fitted: Fitted) -> str:
    """What was done to the copy, in a sentence or two he can hear before it goes."""
    said = []
    if fitted.turned_upright:
        said.append(translate("Media", "turned upright"))
    if fitted.aspect == "crop":
        said.append(translate("Media", "cropped to the centre to fit the platform's shape"))
    elif fitted.aspect == "pad":
        said.append(translate("Media", "given bars of colour {colour} to fit the platform's "
                                       "shape").format(colour=fitted.pad_colour))
    if fitted.shrunk:
        said.append(translate("Media", "made smaller from {w0} × {h0} to {w} × {h} pixels")
                    .format(w0=fitted.source_width, h0=fitted.source_height, w=fitted.width,
                            h=fitted.height))
    if fitted.quality:
        said.append(translate("Media", "saved at JPEG quality {quality}").format(
            quality=fitted.quality))
    if fitted.metadata_removed:
        said.append(translate("Media", "location, camera and owner details removed"))
    if fitted.animated:
        said.append(translate("Media", "still animated"))
    if fitted.still_from_animation:
        said.append(translate("Media", "only its first picture goes, because this platform "
                                       "does not show animation"))
    size = translate("Media", "{format}, {size} MB").format(
        format=FORMAT_NAMES.get(fitted.mime_type, fitted.mime_type),
        size=f"{fitted.size / 1_000_000:.1f}")
    if not said:
        return translate("Media", "Sent as it is ({size}).").format(size=size)
    return translate("Media", "Sent {changes} ({size}).").format(
        changes=", ".join(said), size=size)
