"""``humasdesk inbox`` and ``humasdesk reply``: the inbox for scripts and checks.

- ``humasdesk inbox [--sync] [--json] [--account NAME] [--state new|read|handled|all]`` lists
  the stored comments, replies, mentions, quotes and messages, newest first (``--sync`` reads
  the platforms and runs the saved searches first; what each read brought, or why it failed,
  goes to standard error).
- ``humasdesk reply ID (--text TEXT | --file PATH | -)`` answers an item through the publishing
  engine, exactly once; exit 0 once the reply is published, and the item is then handled.

Bad input (an unknown id or account, an empty text, a platform that takes no replies, a closed
reply window) prints one line and exits 2, with nothing written. The work is done by
``app.inbox`` (``services/inbox.py``), shared with the Inbox page.
"""

from __future__ import annotations

import argparse
import sys

from ..domain.i18n import translate
from ..domain.inbox import ItemState
from ..domain.plaintext import one_line, terminal_safe

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STATES = ("new", "read", "handled", "all")
PAGE = 1000


def register(subparsers) -> None:
    inbox = subparsers.add_parser("inbox", help=translate(
        "Inbox", "list the comments, replies, mentions and messages of every account"))
    inbox.add_argument("--sync", action="store_true", help=translate(
        "Inbox", "read the platforms first"))
    inbox.add_argument("--json", action="store_true",
                       help=translate("Cli", "print JSON instead of text"))
    inbox.add_argument("--account", metavar="NAME",
                       help=translate("Inbox", "only this account"))
    inbox.add_argument("--state", choices=STATES, default="all", help=translate(
        "Inbox", "only items in this state (default: all)"))
    inbox.set_defaults(handler=cmd_inbox)

    reply = subparsers.add_parser("reply", help=translate(
        "Inbox", "answer an inbox item (its id from humasdesk inbox)"))
    reply.add_argument("id", metavar="ID")
    reply.add_argument("--text", help=translate("Inbox", "the text of the reply"))
    reply.add_argument("--file", metavar="PATH",
                       help=translate("Cli", "read the text from a UTF-8 file"))
    reply.add_argument("stdin", nargs="?", choices=["-"], default=None,
                       help=translate("Cli", "'-' reads the text from standard input"))
    reply.set_defaults(handler=cmd_reply)


def _usage(message: str):
    from . import UsageError

    return UsageError(message)


def _account(app, name: str | None):
    if name is None:
        return None
    account = app.inbox.account_named(name)
    if account is None:
        known = ", ".join(f"“{one_line(a.name)}”" for a in app.inbox.accounts())
        raise _usage(translate("Cli", "There is no account named “{name}”. Accounts: "
                                      "{known}.").format(name=one_line(name), known=known))
    return account


def item_json(item) -> dict:
    remote = item.remote
    return {
        "id": str(item.id),
        "account": item.account_name,
        "platform": item.platform,
        "kind": remote.kind.value,
        "author": remote.author_name or remote.author_handle,
        "author_handle": remote.author_handle,
        "text": remote.text,
        "received_at": remote.received_at.isoformat(),
        "url": remote.url,
        "state": item.state.value,
        "complaint": item.labels.complaint,
        "urgent": item.labels.urgent,
        "question": item.labels.question,
        "reasons": list(item.labels.reasons),
        "corrected": item.corrected,
        "thread_id": remote.thread_id,
        "reply_until": remote.reply_until.isoformat() if remote.reply_until else None,
        "handled_how": item.handled_how,
        # Brand and keyword watch: the saved search that found it (humasdesk watch list).
        "watch_id": str(item.watch_id) if item.watch_id is not None else None,
    }


def _sync(app, account) -> int:
    """Read the platforms now: one account, or every account that can be read."""
    inbox = app.inbox
    if account is not None:
        refusal = inbox.reading_refusal(account)
        if refusal:
            raise _usage(refusal)
        accounts = [account]
    else:
        accounts = [a for a in inbox.accounts() if not inbox.reading_refusal(a)]
    status = EXIT_OK
    for one in accounts:
        report = inbox.sync_account(one.id)
        if report.problem:
            status = EXIT_FAILED
        line = report.announcement or translate("Inbox", "Nothing new on {account}.").format(
            account=one.name)
        print(line, file=sys.stderr)
    # Brand and keyword watch: the saved searches of those accounts run too.
    for search in inbox.watch.searches():
        if account is not None and search.account_id != account.id:
            continue
        report = inbox.watch.sync_search(search.id)
        if report.problem:
            status = EXIT_FAILED
        if report.announcement:
            print(report.announcement, file=sys.stderr)
    return status


def cmd_inbox(app, args: argparse.Namespace) -> int:
    account = _account(app, args.account)
    status = _sync(app, account) if args.sync else EXIT_OK
    state = None if args.state == "all" else ItemState(args.state)
    account_id = account.id if account is not None else None
    items, offset = [], 0
    while True:  # page by page: a long history is not one query result
        page = app.inbox.items_in_state(state, account_id=account_id, limit=PAGE,
                                        offset=offset)
        items += page
        offset += len(page)
        if len(page) < PAGE:
            break
    if args.json:
        from . import print_json

        print_json([item_json(i) for i in items])
        return status
    if not items:
        print(translate("Inbox", "The inbox is empty."))
    for item in items:  # the sentence the Inbox page gives a screen reader, one per line
        sentence = one_line(terminal_safe(app.inbox.sentence(item)))
        print(f"{item.id:>6}  {item.state.value:<8} {sentence}")
        if item.labels.reasons:
            print("        " + translate("Inbox", "Because: {reasons}").format(
                reasons=", ".join(one_line(r) for r in item.labels.reasons)))
    return status


def cmd_reply(app, args: argparse.Namespace) -> int:
    from ..domain.model import PublishState
    from . import _text_argument, publish_now

    try:
        item_id = int(args.id)
    except ValueError:
        raise _usage(translate("Inbox", "There is no inbox item {id}.").format(
            id=one_line(args.id))) from None
    app.inbox.item(item_id)  # an unknown id is refused before the text is read
    text = _text_argument(args)
    record = app.inbox.reply(item_id, text)  # checks everything, then writes
    status = EXIT_OK
    for state, line in publish_now(app, [record.id]):
        if state is PublishState.PUBLISHED:
            print(line)
        else:
            print(line, file=sys.stderr)
            status = EXIT_FAILED
    return status
