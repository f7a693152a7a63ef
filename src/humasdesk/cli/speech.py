"""``humasdesk dictate``: a recorded voice memo becomes text, or a new draft.

No Qt here; the speech libraries load only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.i18n import translate

EXIT_OK, EXIT_FAILED = 0, 1


def register(subparsers) -> None:
    from ..services.dictation import ENGINE_IDS, LANGUAGES

    dictate = subparsers.add_parser("dictate", help=translate(
        "Speech", "turn a recorded voice memo into text, with spoken commands applied"))
    dictate.add_argument("--engine", choices=ENGINE_IDS, help=translate(
        "Speech", "recognition engine (default: the one in Settings): whisper (offline, "
        "Indonesian and English, needs a model folder), pocketsphinx (offline, English only), "
        "google (online: sends the recording to Google)"))
    dictate.add_argument("--language", choices=LANGUAGES, help=translate(
        "Speech", "language spoken in the memo (default: the one in Settings, Indonesian)"))
    dictate.add_argument("--model", metavar="DIR", help=translate(
        "Speech", "Whisper model folder (default: the one in Settings)"))
    dictate.add_argument("--draft", action="store_true", help=translate(
        "Speech", "save the text as a new draft instead of printing it"))
    dictate.add_argument("file", metavar="FILE", help=translate(
        "Speech", "the recording: WAV, AIFF or FLAC; other formats such as M4A or MP3 when "
        "PyAV is installed"))
    dictate.set_defaults(handler=cmd_dictate)


def cmd_dictate(app, args: argparse.Namespace) -> int:
    from ..services.dictation import SpeechError
    from . import UsageError

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("Speech", "The audio file {path} does not exist.").format(
            path=path))
    try:
        transcript = app.dictation.transcribe_file(
            path, engine_id=args.engine, model_dir=args.model, language=args.language)
    except SpeechError as error:
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    for problem in transcript.problems:
        print(problem, file=sys.stderr)
    if args.draft:
        draft = app.dictation.keep_as_draft(transcript.text)
        print(translate("Speech", "Saved as draft {id}.").format(id=draft.id))
    else:
        print(transcript.text)
    return EXIT_OK
