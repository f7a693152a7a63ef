"""``humasdesk describe PATH``: the words printed on a picture and a description proposed from
them, offline (tesseract). Exits 0 when the picture was read (with or without words), 2 for bad
input (no such file, not a picture, no text recognition installed). No Qt here."""

from __future__ import annotations

import argparse

from ..domain.i18n import translate

EXIT_OK = 0


def register(subparsers) -> None:
    describe = subparsers.add_parser("describe", help=translate(
        "Media", "propose a description of a picture from the words printed on it"))
    describe.add_argument("path", metavar="PATH", help=translate("Media", "the picture"))
    describe.add_argument("--language", choices=("id", "en"), help=translate(
        "Media", "the language of the words on the picture (default: found from the words)"))
    describe.add_argument("--json", action="store_true", help=translate(
        "Media", "print a JSON object with the proposed alt_text and the raw text found"))
    describe.set_defaults(handler=cmd_describe)


def cmd_describe(app, args: argparse.Namespace) -> int:
    from ..services.describing import (
        DescribeError,
        blur_warning,
        describe_picture,
        picture_sharpness,
    )
    from . import UsageError, print_json

    try:
        reading = describe_picture(args.path, args.language)
        sharp = picture_sharpness(args.path)
    except DescribeError as exc:
        raise UsageError(exc.message) from None
    if args.json:
        print_json({"alt_text": reading.alt_text, "text": reading.text,
                    "language": reading.language, "blurry": sharp.blurry})
        return EXIT_OK
    if reading.text:
        print(reading.alt_text)
        print()
        print(translate("Media", "Words found, in reading order:"))
        print(reading.text)
    else:
        print(translate("Media", "No printed words were found. Describe the picture in your "
                                 "own words."))
    if sharp.blurry:
        from pathlib import Path

        print(blur_warning(Path(args.path).name))
    return EXIT_OK
