"""The copies that go out: each picture of a post replaced by its platform's fitted copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.media import MediaChoice
from ..domain.model import Media
from .fit import AspectChoice, Fitted, cache_key, file_sha256, fit
from .limits import ImageLimits


def aspect_of(choice: MediaChoice) -> AspectChoice:
    return AspectChoice(mode=choice.aspect or "pad", colour=choice.pad_colour or "#ffffff")


def source_of(item: Media, choice: MediaChoice) -> tuple[str, str]:
    """The picture that is fitted (its path and sha256): the blurred copy where he chose to
    blur the faces, else his picture."""
    if choice.face_decision == "blurred" and choice.blurred_path and \
            Path(choice.blurred_path).is_file():
        return choice.blurred_path, choice.blurred_sha256
    return item.path, item.sha256


def copy_key(item: Media, limits: ImageLimits, choice: MediaChoice) -> str:
    """The cache key of ``item``'s fitted copy for a platform with ``limits``."""
    return cache_key(source_of(item, choice)[1], limits, aspect_of(choice))


def fitted_media(item: Media, limits: ImageLimits, cache_dir: Path,
                 choice: MediaChoice) -> tuple[Media, Fitted]:
    """``item`` as the platform gets it: its fitted copy, with the same description. Where he
    chose to blur the faces, the blurred copy is what is fitted."""
    source, sha256 = source_of(item, choice)
    fitted = fit(source, limits, cache_dir, sha256=sha256, aspect=aspect_of(choice))
    return replace(item, path=fitted.path, mime_type=fitted.mime_type,
                   sha256=file_sha256(Path(fitted.path))), fitted
