"""``humasdesk watch``: the brand and keyword watch's saved searches for scripts and checks.

- ``humasdesk watch add ACCOUNT QUERY``: watch for the hospital's name, some words or a
  #hashtag on an account whose platform can search (Bluesky, Mastodon, Threads); prints how
  often it runs and the platform's limits (Threads' daily quota).
- ``humasdesk watch list [--json]``: the saved searches, with their ids and what they found.
- ``humasdesk watch remove ID``: forget one (what it found stays in the inbox).

What the searches find comes into the inbox with its sync (``humasdesk inbox --sync``, the
window, the agent). Bad input (an unknown account or id, an empty query, a platform that cannot
search) prints one line and exits 2, with nothing written. The work is done by
``app.inbox.watch`` (``services/watch.py``), shared with the Inbox page.
"""

from __future__ import annotations

import argparse

from ..domain.i18n import translate
from ..domain.plaintext import one_line, terminal_safe

EXIT_OK = 0


def register(subparsers) -> None:
    watch = subparsers.add_parser("watch", help=translate(
        "Watch", "saved searches for the hospital's name or a hashtag (brand watch)"))
    actions = watch.add_subparsers(dest="watch_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate(
        "Watch", "watch for a name, some words or a #hashtag on an account"))
    add.add_argument("account", metavar="ACCOUNT")
    add.add_argument("query", metavar="QUERY")
    add.set_defaults(handler=cmd_add)
    listing = actions.add_parser("list", help=translate("Watch", "list the saved searches"))
    listing.add_argument("--json", action="store_true",
                         help=translate("Cli", "print JSON instead of text"))
    listing.set_defaults(handler=cmd_list)
    remove = actions.add_parser("remove", help=translate(
        "Watch", "forget a saved search (its id from humasdesk watch list)"))
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(handler=cmd_remove)


def _usage(message: str):
    from . import UsageError

    return UsageError(message)


def cmd_add(app, args: argparse.Namespace) -> int:
    from .inbox import _account

    account = _account(app, args.account)
    _, said = app.inbox.watch.add(account.id, args.query)
    print(said)
    return EXIT_OK


def search_json(search) -> dict:
    return {"id": str(search.id), "account": search.account_name, "platform": search.platform,
            "query": search.query, "found": search.found,
            "last_run": search.synced_at.isoformat() if search.synced_at else None,
            "next_run": search.next_at.isoformat() if search.next_at else None,
            "problem": search.problem, "note": search.note}


def cmd_list(app, args: argparse.Namespace) -> int:
    searches = app.inbox.watch.searches()
    if args.json:
        from . import print_json

        print_json([search_json(s) for s in searches])
        return EXIT_OK
    if not searches:
        print(translate("Watch", "No saved searches. Add one with: humasdesk watch add "
                                 "ACCOUNT QUERY"))
    for search in searches:
        line = translate("Watch", "“{query}” on {account}, %n found", n=search.found).format(
            query=search.query, account=search.account_name)
        print(f"{search.id:>6}  {one_line(terminal_safe(line))}")
        if search.problem:
            print("        " + one_line(terminal_safe(search.problem)))
    return EXIT_OK


def cmd_remove(app, args: argparse.Namespace) -> int:
    try:
        search_id = int(args.id)
    except ValueError:
        raise _usage(translate("Watch", "There is no saved search {id}.").format(
            id=one_line(args.id))) from None
    search = app.inbox.watch.remove(search_id)
    print(translate("Watch", "{account} no longer watches for “{query}”.").format(
        account=search.account_name, query=search.query))
    return EXIT_OK
