"""``humasdesk accounts``: list, add, verify, reconnect and remove the accounts HumasDesk
publishes to. No Qt here; the platform layer loads only when a command needs it.

Secrets (app passwords, bot tokens, application passwords, app secrets, pasted tokens) are never
taken from the command line, where the shell history and the process list would keep them: they
are read from a hidden prompt when standard input is a terminal, or one per line from standard
input when it is not (``printf '%s\\n' "$APP_PASSWORD" | humasdesk accounts add ...``). Browser
logins print the address to open and read back the address the browser ended on (or the code the
platform shows) the same way.

Exit status: 0 done; 1 the platform or the keyring refused, or could not be reached (the message
says why); 2 bad input, including a value the platform's rules refuse. When adding fails nothing
is kept: no account row and no keyring entry.

The platform forms, connecting, saving and removing live in ``humasdesk.services.accounts``
(``app.accounts``), shared with the Accounts page.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from ..domain.i18n import translate
from ..domain.model import Account, AccountState
from ..domain.plaintext import one_line
from ..services.accounts import (
    FormField,
    PlatformForm,
    all_forms,
    disabled_message,
    prefilled,
    problems,
    removed_message,
    state_words,
)
from ..services.errors import PlatformError, Rejected

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers) -> None:
    accounts = subparsers.add_parser("accounts", help=translate(
        "Accounts", "list, add, verify, reconnect or remove the accounts HumasDesk publishes "
                    "to"))
    sub = accounts.add_subparsers(dest="accounts_command",
                                  parser_class=_filled_when_used(type(accounts)),
                                  metavar="list|add|verify|reconnect|remove|set")
    accounts.set_defaults(handler=_no_subcommand)

    listing = sub.add_parser("list", help=translate("Accounts", "every account with its "
                                                                "state"))
    listing.add_argument("--json", action="store_true",
                         help=translate("Accounts", "print JSON instead of text"))
    listing.set_defaults(handler=cmd_list)

    add = sub.add_parser("add", help=translate(
        "Accounts", "connect an account; passwords and tokens are asked for (hidden), or read "
                    "one per line from standard input, never taken from the command line"))

    def add_options(parser) -> None:
        parser.add_argument("--platform", required=True, metavar="PLATFORM", help=translate(
            "Accounts", "one of: {platforms}").format(
                platforms=", ".join(form.platform for form in all_forms())))
        parser.add_argument("--name", required=True, metavar="NAME",
                            help=translate("Accounts", "what HumasDesk calls the account"))
        _platform_options(parser)

    add.fill = add_options
    add.set_defaults(handler=cmd_add)

    reconnect = sub.add_parser("reconnect", help=translate(
        "Accounts", "log in again (after an expired login, or to re-enable a removed "
                    "account); the platform options default to the account's own"))
    reconnect.add_argument("name", metavar="NAME")
    reconnect.fill = _platform_options
    reconnect.set_defaults(handler=cmd_reconnect)

    verify = sub.add_parser("verify", help=translate(
        "Accounts", "ask the platform who the account is logged in as"))
    verify.add_argument("name", metavar="NAME")
    verify.set_defaults(handler=cmd_verify)

    remove = sub.add_parser("remove", help=translate(
        "Accounts", "forget an account's login and remove it (an account with post history "
                    "is disabled instead, so the history stays)"))
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true",
                        help=translate("Accounts", "do not ask for confirmation"))
    remove.set_defaults(handler=cmd_remove)

    setting = sub.add_parser("set", help=translate(
        "Accounts", "change an account's setting: the Human Agent option of Facebook and "
                    "Instagram, or reading X mentions, which X bills (the estimated cost is "
                    "printed, and asked about, before it is turned on)"))
    setting.add_argument("name", metavar="NAME")
    setting.add_argument("--read-mentions", choices=("on", "off"),
                         help=translate("Accounts", "read the account's mentions (X bills "
                                                    "every read), or stop reading them"))
    setting.add_argument("--human-agent", choices=("on", "off"), help=translate(
        "Accounts", "Facebook and Instagram: answer messages up to 7 days after the person's "
                    "last message (only if the hospital's Meta app passed review for the "
                    "Human Agent permission), or within 24 hours"))
    setting.add_argument("--yes", action="store_true",
                         help=translate("Accounts", "do not ask for confirmation"))
    setting.set_defaults(handler=cmd_set)


def _filled_when_used(base: type) -> type:
    """A parser class whose ``fill`` adds options only when the subcommand is used (or its help
    shown): the platforms' options come from the platform files, which every other command
    need not load."""

    class Parser(base):
        fill = None

        def _fill(self) -> None:
            fill, self.fill = self.fill, None
            if fill is not None:
                fill(self)

        def parse_known_args(self, args=None, namespace=None):
            self._fill()
            return super().parse_known_args(args, namespace)

        def format_help(self) -> str:
            self._fill()
            return super().format_help()

    return Parser


class _RefuseSecret(argparse.Action):
    """A password or token on the command line: refused without repeating it."""

    def __call__(self, parser, namespace, values, option_string=None):
        from . import UsageError

        raise UsageError(translate(
            "Accounts", "{option}: passwords and tokens are never taken from the command line, "
            "where the shell history keeps them. Leave it out: HumasDesk asks for it with a "
            "hidden prompt, or reads it from standard input.").format(option=option_string))


_SECRET_OPTIONS = ("--password", "--app-password", "--token", "--bot-token", "--app-secret",
                   "--secret", "--access-token", "--application-password")


def _flag_attribute(flag: str) -> str:
    return flag.removeprefix("--").replace("-", "_")


def _form_options() -> dict[str, dict]:
    """The command-line options the platforms' forms declare, in the order the platforms are
    listed: flag -> its help (each platform's own, joined) and, for a choice, its values."""
    options: dict[str, dict] = {}
    for form in all_forms():
        for f in form.fields:
            if not f.flag:
                continue
            option = options.setdefault(f.flag, {
                "help": [], "choices": [], "check": False,
                "metavar": f.metavar or _flag_attribute(f.flag).upper()})
            if f.cli_help and f.cli_help not in option["help"]:
                option["help"].append(f.cli_help)
            option["choices"] += [c for c in f.options if c not in option["choices"]]
            option["check"] = option["check"] or f.kind == "check"
    return options


def _platform_options(parser: argparse.ArgumentParser) -> None:
    for flag, option in _form_options().items():
        text = "; ".join(translate("Accounts", part) for part in option["help"])
        if option["check"]:
            parser.add_argument(flag, action="store_true", help=text)
        elif option["choices"]:
            parser.add_argument(flag, choices=tuple(option["choices"]), help=text)
        else:
            parser.add_argument(flag, metavar=option["metavar"], help=text)
    presets = [form.platform for form in all_forms() if form.preset_of]
    parser.add_argument("--preset", choices=tuple(presets), help=translate(
        "Accounts", "a site posted by hand that HumasDesk knows (with --platform assisted)"))
    parser.add_argument("--wordpress-account", metavar="NAME", help=translate(
        "Accounts", "Instagram, Threads: the connected WordPress site that holds the images"))
    parser.add_argument("--paste-token", action="store_true", help=translate(
        "Accounts", "Facebook, Instagram, Threads: paste a token (asked for hidden) instead of "
                    "logging in in the browser"))
    parser.add_argument("--no-browser", action="store_true", help=translate(
        "Accounts", "only print the login address; do not open the browser"))
    for flag in _SECRET_OPTIONS:
        parser.add_argument(flag, nargs="?", action=_RefuseSecret, help=argparse.SUPPRESS)


def _no_subcommand(app, args) -> int:
    from . import UsageError

    raise UsageError(translate("Accounts", "Say what to do: humasdesk accounts list, add, "
                                           "verify, reconnect or remove (see humasdesk accounts "
                                           "--help)."))


def _usage(message: str):
    from . import UsageError

    return UsageError(message)


def _find(app, name: str) -> Account:
    account = app.accounts.by_name(name)
    if account is None:
        known = ", ".join(f"“{one_line(a.name)}”" for a in app.accounts.all())
        raise _usage(translate("Accounts", "There is no account named “{name}”. Accounts: "
                                           "{known}.").format(name=one_line(name),
                                                              known=known or "-"))
    return account


# -- list --------------------------------------------------------------------------------------

def _account_json(app, account: Account) -> dict:
    data = {"id": account.id, "name": account.name, "platform": account.platform,
            "platform_name": app.accounts.platform_name(account.platform),
            "handle": account.handle,
            "server_url": account.server_url, "state": account.state.value,
            "state_label": state_words(account)}
    if account.options.get("image_host"):
        data["image_host"] = account.options["image_host"]
    return data


def cmd_list(app, args: argparse.Namespace) -> int:
    from . import print_json

    accounts = app.accounts.all()
    if args.json:
        print_json([_account_json(app, a) for a in accounts])
        return EXIT_OK
    if not accounts:
        print(translate("Accounts", "There are no accounts. Add one with humasdesk accounts "
                                    "add."))
    for account in accounts:
        details = ", ".join(p for p in (app.accounts.platform_name(account.platform),
                                        account.handle, account.server_url) if p)
        # A name stored before line breaks were refused still takes one line.
        print(translate("Accounts", "{name}: {details}. {state}.").format(
            name=one_line(account.name), details=one_line(details),
            state=state_words(account)))
    return EXIT_OK


# -- reading what the user types ----------------------------------------------------------------

def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_secret(label: str) -> str:
    """A secret: hidden prompt on a terminal, else one line of standard input."""
    from ..logs import register_secret

    prompt = translate("Accounts", "{what} (hidden): ").format(what=label)
    if _interactive():
        import getpass

        value = getpass.getpass(prompt)
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    value = value.strip()
    if not value:
        raise _usage(translate("Accounts", "No {what} was given. Type it at the prompt, or give "
                                           "it as one line on standard input.").format(
            what=label))
    register_secret(value)
    return value


def read_line(prompt: str) -> str:
    """A visible answer (a pasted address, a choice): prompt on standard error."""
    if _interactive():
        print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line and not _interactive():
        return ""
    return line.rstrip("\r\n").strip()


def _cli_browser(args) -> tuple[Callable[[str], object], Callable[[str], str],
                                Callable[[list[dict]], str]]:
    def open_browser(url: str) -> object:
        print(translate("Accounts", "Open this address in the browser, log in and allow "
                                    "HumasDesk access:"), file=sys.stderr)
        print(url, flush=True)
        if args.no_browser or not _interactive():
            return False
        import webbrowser

        return webbrowser.open(url)

    def paste_code(url: str) -> str:
        from ..logs import register_secret

        answer = read_line(translate("Accounts", "Paste the address the browser shows after you "
                                                 "allowed access (or the code the page shows): "))
        if answer:
            register_secret(answer)
        return answer

    def choose_page(pages: list[dict]) -> str:
        print(translate("Accounts", "This Facebook user manages several pages:"),
              file=sys.stderr)
        for number, page in enumerate(pages, 1):
            print(f"{number}. {page.get('name')} ({page.get('id')})", file=sys.stderr)
        answer = read_line(translate("Accounts", "Number or ID of the page to use: "))
        if answer.isdigit() and 1 <= int(answer) <= len(pages):
            return str(pages[int(answer) - 1].get("id"))
        return answer

    return open_browser, paste_code, choose_page


# -- add and reconnect -------------------------------------------------------------------------

def _values_from_args(app, form: PlatformForm, args, previous: Account | None) -> dict:
    values = prefilled(form, previous)
    if previous is None:
        values["name"] = args.name
    for f in form.fields:
        if not f.flag or f.key == "image_host":
            continue
        given = getattr(args, _flag_attribute(f.flag), None)
        if f.kind == "check":
            values[f.key] = "1" if given else ""
        elif given is not None:
            values[f.key] = given
    for flag in form.extra_flags:
        given = getattr(args, _flag_attribute(flag), None)
        if given is not None:
            values[_flag_attribute(flag)] = given
    host_field = form.field("image_host")
    if host_field is not None:
        host = args.image_host or ("wordpress" if args.wordpress_account else "")
        if host == "wordpress":
            if not args.wordpress_account:
                raise _usage(translate("Accounts", "--image-host wordpress needs "
                                                   "--wordpress-account NAME."))
            site = _find(app, args.wordpress_account)
            if site.platform != "wordpress":
                raise _usage(translate("Accounts", "“{name}” is not a WordPress site.").format(
                    name=site.name))
            values["image_host"] = f"wordpress:{site.id}"
        elif host:
            if host_field.options and host not in host_field.options:
                raise _usage(translate("Accounts", host_field.refused))
            values["image_host"] = host
    _refuse_foreign_options(form, args)
    return values


def _pastes_token(form: PlatformForm) -> bool:
    return any(f.pasted for f in form.fields)


def _refuse_foreign_options(form: PlatformForm, args) -> None:
    """An option that belongs to another platform is a mistake worth saying."""
    allowed = {f.flag for f in form.fields if f.flag} | set(form.extra_flags)
    if _pastes_token(form):
        allowed.add("--paste-token")
    if form.field("image_host") is not None:
        allowed.add("--wordpress-account")
    checks = {flag: getattr(args, _flag_attribute(flag), None) for flag in _form_options()}
    checks["--wordpress-account"] = args.wordpress_account
    checks["--paste-token"] = args.paste_token
    for flag, given in checks.items():
        if given is not None and given is not False and flag not in allowed:
            raise _usage(translate("Accounts", "{option} does not apply to {platform}.").format(
                option=flag, platform=form.platform))


def _secret_fields(form: PlatformForm, args) -> list[FormField]:
    """The secrets to ask for: a pasted token only with --paste-token, and then only the
    secrets still required besides it."""
    if args.paste_token:
        return [f for f in form.fields if f.secret and (f.pasted or f.required)]
    return [f for f in form.fields if f.secret and not f.pasted]


def _form_for(app, platform: str, preset: str | None) -> PlatformForm:
    platform = (platform or "").strip().lower()
    available = {f.platform: f for f in app.accounts.forms()}
    if preset:
        # argparse offers only the presets' ids; each names the platform it is a preset of.
        if platform not in (available[preset].preset_of, preset):
            raise _usage(translate("Accounts", "--preset goes with --platform {platform}.")
                         .format(platform=available[preset].preset_of))
        platform = preset
    if platform not in available:
        raise _usage(translate("Accounts", "Unknown platform “{platform}”. Choose one of: "
                                           "{platforms}.").format(
            platform=platform, platforms=", ".join(available)))
    return available[platform]


def _connect_from_args(app, form: PlatformForm, args, previous: Account | None) -> Account:
    values = _values_from_args(app, form, args, previous)
    if form.cli_checks is not None:
        problem = form.cli_checks(values, bool(args.paste_token))
        if problem:
            raise _usage(problem)
    to_read = _secret_fields(form, args)
    # The secrets are asked for last, so a missing option fails before anything is typed.
    found = problems(form, {**values, **{f.key: "-" for f in to_read}})
    if found:
        key, message = found[0]
        field = form.field(key)
        flag = field.flag if field is not None else ""
        raise _usage(translate("Accounts", "{problem} ({option})").format(
            problem=message, option=flag) if flag else message)
    if previous is None:
        app.accounts.check_name_free(values.get("name", ""))
    for field in to_read:
        values[field.key] = read_secret(field.title())
    open_browser, paste_code, choose_page = _cli_browser(args)
    try:
        account = app.accounts.connect(form.platform, values, previous=previous,
                                       open_browser=open_browser, paste_code=paste_code,
                                       choose_page=choose_page)
    except Rejected as exc:
        raise _usage(exc.message) from None
    except PlatformError as exc:
        raise _Failed(exc.message) from None
    return app.accounts.save_connected(account, previous)


class _Failed(Exception):
    """The platform or the keyring said no: exit 1 with its message."""


def _run(action: Callable[[], int]) -> int:
    try:
        return action()
    except _Failed as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED


def cmd_add(app, args: argparse.Namespace) -> int:
    form = _form_for(app, args.platform, args.preset)

    def add() -> int:
        account = _connect_from_args(app, form, args, None)
        print(translate("Accounts", "Added “{name}” ({platform}).").format(
            name=account.name, platform=app.accounts.platform_name(account.platform)))
        note = app.accounts.account_note(account)
        if note:
            print(note)
        return EXIT_OK

    return _run(add)


def cmd_reconnect(app, args: argparse.Namespace) -> int:
    previous = _find(app, args.name)
    if not app.accounts.can_reconnect(previous):
        raise _usage(translate("Accounts", "The Local outbox has no login to reconnect."))
    form = _form_for(app, previous.platform, args.preset)

    def reconnect() -> int:
        account = _connect_from_args(app, form, args, previous)
        print(translate("Accounts", "Reconnected “{name}”.").format(name=account.name))
        return EXIT_OK

    return _run(reconnect)


# -- verify and remove -------------------------------------------------------------------------

def cmd_verify(app, args: argparse.Namespace) -> int:
    account = _find(app, args.name)
    if account.state is AccountState.DISABLED:
        raise _usage(disabled_message(account))
    try:
        description = app.accounts.verify(account)
    except PlatformError as exc:
        app.accounts.record_verified(account, exc)
        print(exc.message, file=sys.stderr)
        return EXIT_FAILED
    app.accounts.record_verified(account, None)
    print(description)
    return EXIT_OK


_YES = ("y", "yes", "ya", "iya")


def cmd_remove(app, args: argparse.Namespace) -> int:
    account = _find(app, args.name)
    if account.state is AccountState.DISABLED:
        print(disabled_message(account))
        return EXIT_OK
    if not args.yes:
        if not _interactive():
            raise _usage(translate("Accounts", "Removing needs a confirmation: run it in a "
                                               "terminal, or add --yes."))
        answer = read_line(app.accounts.removal_question(account) + " " + translate(
            "Accounts", "Type yes to remove it: "))
        if answer.lower() not in _YES:
            print(translate("Accounts", "Nothing was removed."))
            return EXIT_OK
    waiting = app.accounts.scheduled_count(account)
    try:
        app.accounts.forget_secrets(account)
    except PlatformError as exc:
        print(exc.message, file=sys.stderr)
        print(translate("Accounts", "The account was not removed."), file=sys.stderr)
        return EXIT_FAILED
    print(removed_message(account, app.accounts.finish_removal(account)))
    if waiting:
        print(translate("Accounts", "%n scheduled post(s) were cancelled.", None, waiting))
    return EXIT_OK


def cmd_set(app, args: argparse.Namespace) -> int:
    """Change the settings named: the Human Agent option, and billed inbox reading (its
    cost is printed before anything changes)."""
    if args.read_mentions is None and args.human_agent is None:
        raise _usage(translate("Accounts", "Say which setting to change: --read-mentions on|off "
                                           "or --human-agent on|off."))
    account = _find(app, args.name)
    if args.human_agent is not None:
        print(app.accounts.set_human_agent(account, args.human_agent == "on"))
        if args.read_mentions is None:
            return EXIT_OK
        account = _find(app, args.name)  # with the option just saved
    return _set_paid_reading(app, account, args)


def _set_paid_reading(app, account: Account, args: argparse.Namespace) -> int:
    """Turn billed inbox reading on or off: the cost is printed before anything changes."""
    on = args.read_mentions == "on"
    if not app.accounts.paid_reading_cost(account):
        raise _usage(translate("Accounts", "Reading the inbox of “{name}” costs nothing; "
                                           "there is nothing to turn on.").format(
            name=one_line(account.name)))
    question = app.accounts.paid_reading_question(account, on)
    if not args.yes:
        if not _interactive():
            raise _usage(question + " " + translate(
                "Accounts", "This needs a confirmation: run it in a terminal, or add --yes."))
        answer = read_line(question + " " + translate("Accounts", "Type yes to go on: "))
        if answer.lower() not in _YES:
            print(translate("Accounts", "Nothing was changed."))
            return EXIT_OK
    print(app.accounts.set_paid_reading(account, on))
    return EXIT_OK


__all__ = ["register"]
