"""``humasdesk command FILE``: what a recorded voice command would do, without doing it.

No Qt widgets here; the speech libraries load only when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_NOT_A_COMMAND = 0, 1, 3


def register(subparsers) -> None:
    from ..services.dictation import ENGINE_IDS, LANGUAGES

    command = subparsers.add_parser("command", help=translate(
        "Voice", "say which action a recorded voice command asks for, without running it"))
    command.add_argument("--engine", choices=ENGINE_IDS, help=translate(
        "Voice", "recognition engine (default: the one in Settings)"))
    command.add_argument("--language", choices=LANGUAGES, help=translate(
        "Voice", "language spoken (default: the one in Settings)"))
    command.add_argument("--page", help=translate(
        "Voice", "the page he is on, for commands that belong to a page (default: compose)"),
        default="compose")
    command.add_argument("--json", action="store_true", help=translate(
        "Voice", "print an object with “heard”, “action” and “arguments”"))
    command.add_argument("file", metavar="FILE", help=translate(
        "Voice", "the recording: WAV, AIFF or FLAC"))
    command.set_defaults(handler=cmd_command)


def cmd_command(app, args: argparse.Namespace) -> int:
    from ..services.voice import SpeechError, VoiceCommandService
    from . import UsageError

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("Speech", "The audio file {path} does not exist.").format(
            path=path))
    voice = VoiceCommandService(app.dictation, app.accounts, app.settings)
    try:
        heard = voice.hear_file(path, engine_id=args.engine, language=args.language,
                                page=args.page)
    except SpeechError as error:
        if args.json:
            print(json.dumps({"heard": None, "action": None, "arguments": {},
                              "message": str(error)}, ensure_ascii=False))
        else:
            print(str(error), file=sys.stderr)
        return EXIT_FAILED
    understood = voice.understand(heard, page=args.page)
    arguments = understood.json_arguments(voice.zone())
    if args.json:
        print(json.dumps({
            "heard": heard, "action": understood.action, "arguments": arguments,
            "outcome": str(understood.outcome),
            "choices": [c.action_id for c in understood.choices],
            "message": understood.message}, ensure_ascii=False))
    else:
        print(translate("Voice", "Heard: {heard}").format(heard=heard))
        print(understood.message)
    return EXIT_OK if understood.action else EXIT_NOT_A_COMMAND
