"""Command-line front end. Same services as the window; no Qt widgets are imported here.

Bad input prints one clear line in the user's language and exits with status 2; nothing is
written to the store before all input has been checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .domain.errors import UserInputError
from .domain.i18n import translate
from .domain.model import PublishState
from .domain.timezones import TimeInputError, format_local, parse_local
from .store.db import StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; the message is translated."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise UsageError(translate("Cli", "{command}: {problem} (see {command} --help)").format(
            command=self.prog, problem=message))


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
        return sys.stdin.read()
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(translate("Cli", "The file {path} does not exist.").format(
            path=args.file)) from None
    except UnicodeDecodeError:
        raise UsageError(translate("Cli", "The file {path} is not UTF-8 text.").format(
            path=args.file)) from None
    except OSError as exc:
        raise UsageError(translate("Cli", "The file {path} cannot be read: {reason}").format(
            path=args.file, reason=exc.strerror or exc)) from None


def cmd_post(app, args: argparse.Namespace) -> int:
    if not args.account:
        raise UsageError(translate("Cli", "Say which account with --account NAME."))
    text = _text_argument(args)
    zone = args.zone or app.settings.get("zone")
    if args.zone and not args.at:
        raise UsageError(translate("Cli", "--zone only makes sense with --at."))
    when = None
    if args.at:
        try:
            when = parse_local(args.at, zone)
        except TimeInputError as exc:
            raise UsageError(str(exc)) from None
    account_ids = []
    for name in args.account:
        account = app.store.accounts.by_name(name)
        if account is None:
            known = ", ".join(f"“{a.name}”" for a in app.store.accounts.list())
            raise UsageError(translate("Cli", "There is no account named “{name}”. "
                                              "Accounts: {known}.").format(name=name, known=known))
        account_ids.append(account.id)
    try:
        if when is not None:
            records = app.publishing.submit(text, account_ids, when=when, zone=zone)
            for name in args.account:
                print(translate("Cli", "Scheduled for {time} on {account}.").format(
                    time=format_local(when, zone), account=name))
            return EXIT_OK if records else EXIT_FAILED
        records = app.publishing.submit(text, account_ids, zone=zone)
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
            app.store.records.get(i).state in waiting for i in record_ids
            if i not in outcomes):
        time.sleep(0.5)
    lines = []
    for record_id in record_ids:
        if record_id in outcomes:
            o = outcomes[record_id]
            lines.append((o.state, o.message + (f" {o.url}" if o.url else "")))
            continue
        item = app.store.queue.item(record_id)
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

    from .publishing.agent import failed, run_agent

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

    outcomes = run_agent(engine, stop, once=args.once, report=report, problem=problem)
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
    items = app.store.queue.items()
    if args.json:
        json.dump([_queue_json(i) for i in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not items:
        print(translate("Cli", "The queue is empty."))
    for item in items:
        when = item.published_at or item.scheduled_at
        first_line = item.text.strip().splitlines()[0] if item.text.strip() else ""
        print(f"{item.record_id:>5}  {format_local(when, item.zone) if when else '-':<20}  "
              f"{item.state.label():<12}  {item.account_name}: {first_line[:60]}")
        if item.error_message:
            print(f"       {item.error_message}")
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
    __import__(f"{__package__}.cli_speech", fromlist=["register"]).register(sub)
    __import__(f"{__package__}.cli_text", fromlist=["register"]).register(sub)
    __import__(f"{__package__}.cli_accounts", fromlist=["register"]).register(sub)
    return parser


Handler = Callable[..., int]


def main(argv: Sequence[str] | None = None) -> int:
    from .app import App, Paths, install_translations, saved_language, system_language
    from .logs import configure_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the window: no parser needed, and start-up time matters
        from .ui.main import run_gui

        return run_gui(argv)
    paths = Paths.resolve()
    configure_logging(paths.logs)
    install_translations(saved_language(paths) or system_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from .ui.main import run_gui

            return run_gui(argv)
        app = App(paths)
        try:
            return args.handler(app, args)
        finally:
            app.close()
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except UserInputError as exc:
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
