"""``humasdesk triage [--json] (TEXT | -)``: label messages as emergency, complaint and question,
with the words that set each label. With ``-``, one message per line of standard input (blank
lines are skipped). No Qt here; nothing is read from or written to the store.
"""

from __future__ import annotations

import argparse

from ..domain.i18n import translate

EXIT_OK = 0


def register(subparsers) -> None:
    triage = subparsers.add_parser("triage", help=translate(
        "Triage", "label messages as emergency, complaint or question, with the words that "
                  "set each label"))
    triage.add_argument("--json", action="store_true", help=translate(
        "Triage", "print a JSON array, one object per message"))
    triage.add_argument("text", nargs="?", metavar="TEXT", help=translate(
        "Triage", "the message, or - to read one message per line from standard input"))
    triage.set_defaults(handler=cmd_triage)


def _messages(args: argparse.Namespace) -> list[str]:
    from . import UsageError, read_standard_input

    if args.text is None:
        raise UsageError(translate(
            "Triage", "Give the message as an argument, or - to read one message per line from "
                      "standard input."))
    if args.text == "-":
        messages = [line for line in read_standard_input().splitlines() if line.strip()]
        if not messages:
            raise UsageError(translate("Triage", "Standard input holds no message: every line "
                                                 "is empty."))
        return messages
    if not args.text.strip():
        raise UsageError(translate("Triage", "The message is empty."))
    return [args.text]


def cmd_triage(app, args: argparse.Namespace) -> int:
    from ..domain.plaintext import one_line
    from ..domain.triage import classify, label_name
    from . import print_json

    results = [(text, classify(text)) for text in _messages(args)]
    if args.json:
        print_json([{"text": text, **result.to_json()} for text, result in results])
        return EXIT_OK
    for text, result in results:
        labels = ", ".join(label_name(label) for label in result.labels) or \
            translate("Triage", "no label")
        line = f"{labels} · {one_line(text)}"
        if result.reasons:
            line += f" ({'; '.join(result.reasons)})"
        print(line)
    return EXIT_OK
