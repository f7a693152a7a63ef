"""``humasdesk check`` and ``humasdesk split``: a platform's text rules from the command line.

``check`` exits 0 when the text is valid for the platform, 1 when it is not, 2 for bad usage;
``split`` exits 0 when every part is valid, 1 when one is not (a link longer than a whole part,
say), 2 for bad usage. No Qt here.
"""

from __future__ import annotations

import argparse

from ..domain.i18n import translate

EXIT_OK, EXIT_INVALID = 0, 1

# The platform names the CLI offers (the domain also knows "telegram_caption").
CLI_PLATFORMS = ("x", "mastodon", "bluesky", "threads", "instagram", "facebook", "telegram",
                 "linkedin", "wordpress", "outbox", "assisted")


def register(subparsers) -> None:
    platform_help = translate("TextRules", "the platform whose rules apply: {names}").format(
        names=", ".join(CLI_PLATFORMS))
    text_help = translate("TextRules", "the text, or - to read it from standard input (one "
                                       "final line break is dropped)")

    check = subparsers.add_parser("check", help=translate(
        "TextRules", "measure a text for a platform: length, limit, problems, links, mentions "
                     "and hashtags"))
    check.add_argument("--platform", required=True, choices=CLI_PLATFORMS, metavar="PLATFORM",
                       help=platform_help)
    check.add_argument("--json", action="store_true",
                       help=translate("TextRules", "print JSON instead of text"))
    check.add_argument("text", nargs="?", metavar="TEXT", help=text_help)
    check.set_defaults(handler=cmd_check)

    split = subparsers.add_parser("split", help=translate(
        "TextRules", "split a long text into a thread of parts that each fit the platform"))
    split.add_argument("--platform", required=True, choices=CLI_PLATFORMS, metavar="PLATFORM",
                       help=platform_help)
    split.add_argument("--numbering", action="store_true", help=translate(
        "TextRules", "end every part with its number, such as 1/3 (counted in the part)"))
    split.add_argument("--json", action="store_true", help=translate(
        "TextRules", "print the parts as a JSON list of strings"))
    split.add_argument("text", nargs="?", metavar="TEXT", help=text_help)
    split.set_defaults(handler=cmd_split)


def _read_text(args: argparse.Namespace) -> str:
    from . import UsageError, read_standard_input

    if args.text is None:
        raise UsageError(translate(
            "TextRules", "Give the text as an argument, or - to read it from standard input."))
    if args.text != "-":
        return args.text
    text = read_standard_input()
    # `echo TEXT | humasdesk check -` adds a line break that is not part of the post.
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def cmd_check(app, args: argparse.Namespace) -> int:
    from ..domain.textrules import measure
    from . import print_json

    measurement = measure(_read_text(args), args.platform)
    if args.json:
        print_json(measurement.to_json())
    else:
        _print_measurement(measurement)
    return EXIT_OK if measurement.valid else EXIT_INVALID


def _print_measurement(measurement) -> None:
    from ..domain.textrules.messages import platform_name

    name = platform_name(measurement.platform)
    if measurement.limit is None:
        print(translate("TextRules", "{platform}: {length} characters, no limit.").format(
            platform=name, length=measurement.length))
    elif measurement.remaining >= 0:
        print(translate("TextRules", "{platform}: {length} of {limit} characters, {remaining} "
                                     "left.").format(
            platform=name, length=measurement.length, limit=measurement.limit,
            remaining=measurement.remaining))
    else:
        print(translate("TextRules", "{platform}: {length} of {limit} characters.").format(
            platform=name, length=measurement.length, limit=measurement.limit))
    for problem in measurement.problems:
        print(problem.message)
    for label, entities in (
            (translate("TextRules", "Links"), measurement.urls),
            (translate("TextRules", "Mentions"), measurement.mentions),
            (translate("TextRules", "Hashtags"), measurement.hashtags)):
        if entities:
            print(f"{label}: " + ", ".join(entity.text for entity in entities))
    if measurement.valid:
        print(translate("TextRules", "Valid for {platform}.").format(platform=name))


def cmd_split(app, args: argparse.Namespace) -> int:
    from ..domain.textrules import measure, split
    from . import print_json

    parts = split(_read_text(args), args.platform, numbering=args.numbering)
    measurements = [measure(part, args.platform) for part in parts]
    if args.json:
        print_json(parts)
    else:
        for number, (part, measurement) in enumerate(zip(parts, measurements, strict=True), 1):
            print(translate("TextRules", "Part {number} of {total}, {length} characters:").format(
                number=number, total=len(parts), length=measurement.length))
            print(part)
            for problem in measurement.problems:
                print(problem.message)
            print()
    return EXIT_OK if all(m.valid for m in measurements) else EXIT_INVALID
