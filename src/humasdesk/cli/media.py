"""Pictures on the command line: ``humasdesk post ... --image PATH --alt TEXT`` (repeatable,
in order; one --alt per image)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import Media


class ImageArgumentError(Exception):
    """The images given cannot be used; the message says why (exit status 2)."""


def add_image_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--image", action="append", metavar="PATH", default=[],
                        help=translate("Cli", "attach a picture (repeat for several, in order)"))
    parser.add_argument("--alt", action="append", metavar="TEXT", default=[],
                        help=translate("Cli", "the description of each --image, in the same "
                                              "order (one per image)"))
    parser.add_argument("--blur-faces", action="store_true",
                        help=translate("Cli", "blur every face found in the images (patients "
                                              "must not be recognisable)"))


def images_from(app, args: argparse.Namespace) -> list[Media]:
    """The pictures of the post, copied into HumasDesk's folder, each with its description."""
    images, alts = args.image or [], args.alt or []
    if len(images) != len(alts):
        raise ImageArgumentError(translate(
            "Cli", "Give one --alt for each --image, in the same order: there are {images} "
            "--image and {alts} --alt. Use --alt '' for a picture with nothing to describe.")
            .format(images=len(images), alts=len(alts)))
    media = []
    for position, (path, alt) in enumerate(zip(images, alts, strict=True)):
        source = Path(path)
        if not source.is_file():
            raise ImageArgumentError(translate("Cli", "The image {path} does not exist.")
                                     .format(path=path))
        try:
            item = app.media.keep(source)
        except UserInputError as exc:
            raise ImageArgumentError(str(exc)) from None
        item.alt_text, item.position = alt.strip(), position
        media.append(app.media.decided(item))
    return _faces_decided(app, media, blur=args.blur_faces)


def _faces_decided(app, media: list[Media], *, blur: bool) -> list[Media]:
    """With --blur-faces, every face found is blurred (and the choice kept for the picture);
    without it, a picture with faces not decided about in the window is said on stderr."""
    import sys

    try:
        checks = app.media.faces_to_ask_about(media)
    except UserInputError as exc:
        raise ImageArgumentError(str(exc)) from None
    for check in checks:
        if blur:
            media[check.index] = app.media.blur(check.media, check.faces)
            print(translate("Cli", "%n face(s) blurred in image {n}.", None,
                            len(check.faces)).format(n=check.index + 1), file=sys.stderr)
        else:
            print(translate("Cli", "Image {n} shows %n face(s), sent as they are. If patients "
                                   "can be recognised, use --blur-faces.", None,
                            len(check.faces)).format(n=check.index + 1), file=sys.stderr)
    return media
