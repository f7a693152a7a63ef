"""Command-line front end. Same services as the window; no Qt widgets are imported here.

Bad input prints one clear line in the user's language and exits with status 2; nothing is
written to the store before all input has been checked.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__
from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import PublishState
from ..domain.plaintext import decode_utf8, one_line, terminal_safe, without_bom
from ..domain.timezones import TimeInputError, format_local, parse_local
from ..services.errors import StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; the message is translated."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(translate("Cli", "{command}: {problem} (see {command} --help)").format(
            command=self.prog, problem=message))


# -- input and output at the edge --------------------------------------------------------------
# Text arrives as bytes (standard input, a file, the command line) and is decoded as UTF-8 here,
# whatever the locale says, so invalid bytes are refused with a line that says where, and a C
# locale cannot turn valid UTF-8 into an error. Everything printed goes through _SafeStream.


def read_standard_input() -> str:
    """Standard input as UTF-8 text (a leading BOM dropped), or a ``UsageError``."""
    stream = sys.stdin
    if stream is None:  # started without standard input
        return ""
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(data, str):  # a text stream handed in by a caller (tests, embedding)
        return without_bom(data)
    try:
        return decode_utf8(data, translate("Cli", "Standard input"))
    except UserInputError as exc:
        raise UsageError(str(exc)) from None


def _checked_argv(argv: list[str]) -> list[str]:
    """The arguments as text. Bytes the locale could not decode reach Python as lone
    surrogates (PEP 383); they are decoded again as UTF-8 (right under a C locale), and an
    argument that is not UTF-8 either is refused, shown with the bad byte escaped."""
    checked = []
    for number, value in enumerate(argv, 1):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raw = os.fsencode(value)
            shown = raw.decode("utf-8", "backslashreplace")
            try:
                value = decode_utf8(raw, translate(
                    "Cli", "Command-line argument {number} (“{shown}”)").format(
                    number=number, shown=shown))
            except UserInputError as exc:
                raise UsageError(str(exc)) from None
        checked.append(value)
    return checked


def _text_argument(args: argparse.Namespace) -> str:
    """The post text from --text, --file or standard input ('-')."""
    sources = [s for s in (args.text is not None, args.file is not None, args.stdin) if s]
    if len(sources) != 1:
        raise UsageError(translate(
            "Cli", "Give the text once: with --text TEXT, --file PATH, or - to read it from "
            "standard input."))
    if args.text is not None:
        return args.text
    if args.stdin:
        return read_standard_input()
    try:
        raw = Path(args.file).read_bytes()
    except FileNotFoundError:
        raise UsageError(translate("Cli", "The file {path} does not exist.").format(
            path=args.file)) from None
    except OSError as exc:
        raise UsageError(translate("Cli", "The file {path} cannot be read: {reason}").format(
            path=args.file, reason=exc.strerror or exc)) from None
    try:
        return decode_utf8(raw, translate("Cli", "The file {path}").format(path=args.file))
    except UserInputError as exc:
        raise UsageError(str(exc)) from None


# Characters a terminal may execute or that reorder a line, written as JSON escapes so that JSON
# output passes _SafeStream unchanged (json.dumps already escapes C0 controls).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def print_json(value) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):  # an ASCII terminal: JSON's own escapes
        text = json.dumps(value, indent=2)
    print(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


# Typographic punctuation of the messages, for a terminal whose encoding lacks it.
_PLAIN_PUNCTUATION = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-",
                                    "—": "--", "…": "...", "·": "-", "\u00a0": " "})


class _SafeStream:
    """Standard output or error as the CLI writes to it: user and server text cannot send the
    terminal control sequences (see ``terminal_safe``), and a character the terminal's encoding
    cannot show (an ASCII locale, a name with undecodable bytes) is written as an escape such
    as ``\\u2705`` instead of ending the command with a ``UnicodeEncodeError``."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        text = terminal_safe(text)
        encoding = getattr(self._stream, "encoding", None) or "utf-8"
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.translate(_PLAIN_PUNCTUATION).encode(
                encoding, "backslashreplace").decode(encoding)
        except LookupError:
            pass
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


@contextlib.contextmanager
def _safe_output():
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (s if s is None or isinstance(s, _SafeStream) else _SafeStream(s)
                              for s in saved)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def cmd_post(app, args: argparse.Namespace) -> int:
    if not args.account:
        raise UsageError(translate("Cli", "Say which account with --account NAME."))
    text = _text_argument(args)
    zone = app.settings.get("zone") if args.zone is None else args.zone
    if args.zone is not None and args.at is None:
        raise UsageError(translate("Cli", "--zone only makes sense with --at."))
    language = _language_argument(args.language)
    when = None
    if args.at is not None:  # "--at ''" is a mistake, not "now"
        try:
            when = parse_local(args.at, zone)
        except TimeInputError as exc:
            raise UsageError(str(exc)) from None
    # Pictures (cli/media.py): read and copied before anything is saved.
    from .media import ImageArgumentError, images_from

    try:
        media = images_from(app, args)
    except ImageArgumentError as exc:
        raise UsageError(str(exc)) from None
    account_ids = []
    for name in args.account:
        account = app.publishing.account_named(name)
        if account is None:
            known = ", ".join(f"“{one_line(a.name)}”" for a in app.publishing.accounts())
            raise UsageError(translate("Cli", "There is no account named “{name}”. "
                                              "Accounts: {known}.").format(name=one_line(name),
                                                                          known=known))
        account_ids.append(account.id)
    try:
        if when is not None:
            records = app.publishing.submit(text, account_ids, when=when, zone=zone,
                                            language=language, media=media)
            for name in args.account:
                print(translate("Cli", "Scheduled for {time} on {account}.").format(
                    time=format_local(when, zone), account=one_line(name)))
            return EXIT_OK if records else EXIT_FAILED
        records = app.publishing.submit(text, account_ids, zone=zone, language=language,
                                        media=media)
    except UserInputError as exc:
        raise UsageError(str(exc)) from None
    status = EXIT_OK
    for state, line in publish_now(app, [r.id for r in records]):
        if state is PublishState.PUBLISHED:
            print(line)
        else:
            print(line, file=sys.stderr)
            status = EXIT_FAILED
    return status


def _language_argument(value: str | None) -> str | None:
    """The post's language from --language (the composer's choices), or None to detect it."""
    from ..services.post_language import ENGLISH, INDONESIAN

    if value is None:
        return None
    code = value.strip().lower()
    if code not in (INDONESIAN, ENGLISH):
        raise UsageError(translate(
            "Cli", "Unknown post language “{value}”. Use --language id for Indonesian or "
            "--language en for English, or leave it out to detect it from the text.").format(
                value=one_line(value)))
    return code


WAIT_FOR_OTHER_PUBLISHER_SECONDS = 60


def publish_now(app, record_ids: list[int]) -> list[tuple[PublishState, str]]:
    """Send these records now: here if no other publisher is running, otherwise wait while
    the window or the agent (which holds the lease) sends them."""
    import time

    engine = app.engine("cli")
    try:
        outcomes = {o.record_id: o for o in engine.run_once(only=set(record_ids))}
    except StoreError as exc:
        # The post itself was saved before this: say so, or he would post it again.
        raise StoreError(translate(
            "Cli", "The post is saved in the queue but was not sent: {reason} It goes out when "
            "HumasDesk can write to its data folder again (if that is much later, HumasDesk "
            "asks first); see humasdesk queue.").format(reason=exc.reason)) from None
    finally:
        engine.release()
    deadline = time.monotonic() + WAIT_FOR_OTHER_PUBLISHER_SECONDS
    waiting = {PublishState.SCHEDULED, PublishState.SENDING}
    while time.monotonic() < deadline and any(
            app.publishing.state_of(i) in waiting for i in record_ids
            if i not in outcomes):
        time.sleep(0.5)
    lines = []
    for record_id in record_ids:
        if record_id in outcomes:
            o = outcomes[record_id]
            lines.append((o.state, o.message + (f" {o.url}" if o.url else "")))
            continue
        item = app.queue.item(record_id)
        if item.state is PublishState.PUBLISHED:
            message = translate("Publishing", "Published to {account}.").format(
                account=item.account_name)
            lines.append((item.state, f"{message} {item.remote_url}".strip()))
        elif item.state in waiting:
            lines.append((item.state, translate(
                "Cli", "Handed to the running HumasDesk, which publishes it to {account}; see "
                "humasdesk queue.").format(account=item.account_name)))
        else:
            lines.append((item.state, item.error_message or item.state.label()))
    return lines


def cmd_agent(app, args: argparse.Namespace) -> int:
    import signal
    import threading

    from ..services.publishing import failed, run_agent

    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: stop.set())
    engine = app.engine("agent")

    def report(outcome) -> None:
        line = outcome.message + (f" {outcome.url}" if outcome.url else "")
        print(line, flush=True)

    if not args.once:
        print(translate("Cli", "HumasDesk agent: publishing due posts until stopped "
                               "(Ctrl+C)."), flush=True)
    problems = []

    def problem(message: str) -> None:
        problems.append(message)
        print(message, file=sys.stderr, flush=True)

    # -- insights (issue 16): figures of published posts are read beside publishing -------
    from ..services.insights import report_lines, start_collector

    if not args.once:
        start_collector(app.insights, stop, lambda line: print(line, flush=True))
    # -- end of insights ------------------------------------------------------------------

    # Fitted copies of pictures not used for a month go, once a day (services/media.py).
    if not args.once:
        from ..services.media import start_pruning

        start_pruning(app.media, stop)

    def heard(sync_report) -> None:  # the inbox (issue 15): what each read brought
        if sync_report.announcement:
            print(sync_report.announcement, flush=True)

    # -- Mastodon streaming: a mention read within seconds (services/inbox_stream.py) ------
    streams = None
    if not args.once:
        from ..services.inbox_stream import InboxStreams

        streams = InboxStreams(app.inbox, heard)
    # -- end of Mastodon streaming ------------------------------------------------------------

    outcomes = run_agent(engine, stop, once=args.once, report=report, problem=problem,
                         inbox=app.inbox, heard=heard, streams=streams)
    if args.once:  # insights: what is due, once, after publishing
        for line in report_lines(app.insights.collect_due()):
            print(line, flush=True)
    if args.once and not outcomes and not problems:
        print(translate("Cli", "Nothing was due."))
    return EXIT_FAILED if failed(outcomes) or problems else EXIT_OK


def _queue_json(item) -> dict:
    return {
        "id": item.record_id,
        "post_id": item.post_id,
        "account": item.account_name,
        "platform": item.platform,
        "state": item.state.value,
        "state_label": item.state.label(),
        "scheduled_at": item.scheduled_at.isoformat() if item.scheduled_at else None,
        "zone": item.zone,
        "scheduled_local": format_local(item.scheduled_at, item.zone) if item.scheduled_at
        else None,
        "published_at": item.published_at.isoformat() if item.published_at else None,
        "url": item.remote_url,
        "error": item.error_message,
        "text": item.text,
    }


def cmd_queue(app, args: argparse.Namespace) -> int:
    items = app.queue.items()
    if args.json:
        print_json([_queue_json(i) for i in items])
        return EXIT_OK
    if not items:
        print(translate("Cli", "The queue is empty."))
    for item in items:
        # One line per post, whatever the text holds: its first line, without controls.
        when = item.published_at or item.scheduled_at
        text = terminal_safe(item.text).strip()  # before splitting: "\r" is a line end too
        first_line = one_line(text.splitlines()[0] if text else "")
        print(f"{item.record_id:>5}  {format_local(when, item.zone) if when else '-':<20}  "
              f"{item.state.label():<12}  {one_line(item.account_name)}: {first_line[:60]}")
        if item.error_message:
            print(f"       {one_line(item.error_message)}")
    return EXIT_OK


def build_parser() -> _Parser:
    parser = _Parser(prog="humasdesk", description=translate(
        "Cli", "HumasDesk: write, schedule and publish posts for every account, by keyboard, "
        "voice and screen reader. Without a command, the window opens."))
    parser.add_argument("--version", action="version", version=f"HumasDesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    post = sub.add_parser("post", help=translate("Cli", "publish now, or schedule with --at"))
    post.add_argument("--account", action="append", metavar="NAME",
                      help=translate("Cli", "account to publish to (repeat for several)"))
    post.add_argument("--text", help=translate("Cli", "the text of the post"))
    post.add_argument("--file", metavar="PATH",
                      help=translate("Cli", "read the text from a UTF-8 file"))
    post.add_argument("stdin", nargs="?", choices=["-"], default=None,
                      help=translate("Cli", "'-' reads the text from standard input"))
    post.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'",
                      help=translate("Cli", "schedule for this local time instead of now"))
    post.add_argument("--zone", metavar="ZONE",
                      help=translate("Cli", "time zone of --at (default: the one in "
                                            "Settings, Asia/Jakarta = WIB)"))
    post.add_argument("--language", metavar="id|en",
                      help=translate("Cli", "the post's language, sent to the platforms "
                                            "(default: detected from the text)"))
    from .media import add_image_arguments  # pictures: --image PATH --alt TEXT

    add_image_arguments(post)
    post.set_defaults(handler=cmd_post)

    queue = sub.add_parser("queue", help=translate("Cli", "list scheduled, published and failed "
                                                          "posts"))
    queue.add_argument("--json", action="store_true",
                       help=translate("Cli", "print JSON instead of text"))
    queue.set_defaults(handler=cmd_queue)

    agent = sub.add_parser("agent", help=translate(
        "Cli", "publish due posts without the window (for autostart)"))
    agent.add_argument("--once", action="store_true",
                       help=translate("Cli", "publish what is due now, then exit"))
    agent.set_defaults(handler=cmd_agent)
    __import__(f"{__package__}.speech", fromlist=["register"]).register(sub)
    __import__(f"{__package__}.text", fromlist=["register"]).register(sub)
    __import__(f"{__package__}.accounts", fromlist=["register"]).register(sub)
    # Inbox triage (cli/triage.py).
    __import__(f"{__package__}.triage", fromlist=["register"]).register(sub)
    # insights (issue 16): humasdesk insights, humasdesk report
    __import__(f"{__package__}.insights", fromlist=["register"]).register(sub)
    # The inbox (issue 15): humasdesk inbox, humasdesk reply.
    __import__(f"{__package__}.inbox", fromlist=["register"]).register(sub)
    # Describe a picture from the words on it (cli/describe.py).
    __import__(f"{__package__}.describe", fromlist=["register"]).register(sub)
    __import__(f"{__package__}.autostart", fromlist=["register"]).register(sub)
    # Brand and keyword watch (issue 16): humasdesk watch add|list|remove.
    __import__(f"{__package__}.watch", fromlist=["register"]).register(sub)
    # Voice commands (issue 18).
    __import__(f"{__package__}.command", fromlist=["register"]).register(sub)
    return parser


Handler = Callable[..., int]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the window: no parser needed, and start-up time matters
        from ..ui.main import run_gui

        return run_gui(argv)
    with _safe_output():
        return _run(argv)


def _run(argv: list[str]) -> int:
    from ..app import (
        App,
        DataFolderError,
        Paths,
        install_translations,
        saved_language,
        system_language,
    )

    # Nothing here creates or writes the data folder: --version and --help work whatever state
    # it is in (saved_language only reads, and gives up quietly).
    paths = Paths.resolve()
    install_translations(saved_language(paths) or system_language())
    parser = build_parser()
    try:
        args = parser.parse_args(_checked_argv(argv))
        if args.command is None:
            from ..ui.main import run_gui

            return run_gui(argv)
        app = App(paths)
        try:
            return args.handler(app, args)
        finally:
            app.close()
    except (UsageError, UserInputError, DataFolderError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `humasdesk queue | head`
        sys.stderr.close()
        return EXIT_OK
