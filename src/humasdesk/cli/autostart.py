"""``humasdesk autostart on|off|status``: start the publishing agent at log-in, as Settings →
"Start with the computer" does. The Windows installer calls it for its optional task."""

from __future__ import annotations

import argparse
import sys

from ..domain.i18n import translate
from ..services.autostart import AutostartError

EXIT_OK, EXIT_FAILED, EXIT_OFF = 0, 1, 3


def register(subparsers) -> None:
    autostart = subparsers.add_parser("autostart", help=translate(
        "Cli", "start the publishing agent when you log in (on), stop that (off), or say "
               "which it is (status)"))
    autostart.add_argument("state", choices=["on", "off", "status"])
    autostart.set_defaults(handler=cmd_autostart)


def cmd_autostart(app, args: argparse.Namespace) -> int:
    service = app.autostart
    if args.state == "status":
        on = service.is_enabled()
        print(translate("Cli", "The publishing agent starts when you log in.") if on else
              translate("Cli", "The publishing agent does not start when you log in."))
        return EXIT_OK if on else EXIT_OFF
    try:
        print(service.set_enabled(args.state == "on"))
    except AutostartError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
