"""Accounts as a service: what each platform asks for, connecting, saving, verifying and
removing — shared by the Accounts page and ``humasdesk accounts``, so the window and the
command line ask for the same things and keep the same promises: secrets go only to the
keyring, and when adding fails nothing is kept (no account row, no keyring entry).

No Qt here; the platform layer loads only when an account is connected or checked.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from .domain.errors import UserInputError
from .domain.i18n import QT_TRANSLATE_NOOP, translate
from .domain.model import Account, AccountState, PublishState
from .domain.plaintext import one_line
from .platforms.base import login_attempt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FormField:
    """One thing the user gives to connect an account.

    ``key`` is the keyword of the platform's ``connect()`` (or ``image_host``, ``use_loopback``).
    ``kind``: ``text``, ``secret`` (hidden; never on the command line), ``choice`` or ``check``.
    ``flag`` is the command-line option (none for secrets).
    """

    key: str
    label: str  # English, translated in context "Accounts"
    kind: str = "text"
    required: bool = False
    flag: str = ""
    help: str = ""  # English, translated in context "Accounts"
    default: str = ""
    prefill: Callable[[Account], str] | None = None  # the value a reconnect starts from

    @property
    def secret(self) -> bool:
        return self.kind == "secret"

    def title(self) -> str:
        return translate("Accounts", self.label)


@dataclass(frozen=True)
class PlatformForm:
    platform: str
    needs: str  # one line: what connecting asks for (English, context "Accounts")
    fields: tuple[FormField, ...] = ()
    browser: bool = False  # connecting may need a login in the browser

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)


def _handle(account: Account) -> str:
    return account.handle


def _server(account: Account) -> str:
    return account.server_url


def _option(name: str) -> Callable[[Account], str]:
    return lambda account: str(account.options.get(name) or "")


def _host_choice(account: Account) -> str:
    host = str(account.options.get("image_host") or "")
    wordpress = account.options.get("wordpress") or {}
    if host == "wordpress" and wordpress.get("account_id"):
        return f"wordpress:{wordpress['account_id']}"
    return host


NAME_FIELD = FormField("name", QT_TRANSLATE_NOOP("Accounts", "Account name in HumasDesk"),
                  help=QT_TRANSLATE_NOOP("Accounts", "How HumasDesk names this account, for "
                                                     "example Bluesky RSKO. Leave it empty to "
                                                     "use the account's own name."))
_APP_ID = FormField("app_id", QT_TRANSLATE_NOOP("Accounts", "Meta app ID"), required=True,
                    flag="--app-id", prefill=_option("app_id"),
                    help=QT_TRANSLATE_NOOP("Accounts", "Digits only: Meta for Developers, your "
                                                       "app, App settings, Basic."))
_APP_SECRET = FormField("app_secret", QT_TRANSLATE_NOOP("Accounts", "Meta app secret"),
                        kind="secret", required=True,
                        help=QT_TRANSLATE_NOOP("Accounts", "App settings, Basic. Kept in the "
                                                           "system keyring only."))
_REDIRECT = FormField("redirect_uri", QT_TRANSLATE_NOOP("Accounts", "Redirect address "
                                                                    "(optional)"),
                      flag="--redirect-uri",
                      help=QT_TRANSLATE_NOOP("Accounts", "Only when the app accepts nothing "
                                                         "but its registered address: then you "
                                                         "paste the address the browser ends "
                                                         "on. Leave it empty and the browser "
                                                         "comes back to HumasDesk by itself."))
_META_TOKEN = FormField("token", QT_TRANSLATE_NOOP("Accounts", "Token (optional)"),
                        kind="secret",
                        help=QT_TRANSLATE_NOOP("Accounts", "A token from Meta's Graph API "
                                                           "Explorer, instead of logging in "
                                                           "in the browser."))
_PAGE_ID = FormField("page_id", QT_TRANSLATE_NOOP("Accounts", "Facebook page ID (optional)"),
                     flag="--page-id", prefill=_option("page_id"),
                     help=QT_TRANSLATE_NOOP("Accounts", "Leave it empty to choose from the pages "
                                                        "this login manages."))

FORMS: dict[str, PlatformForm] = {form.platform: form for form in (
    PlatformForm("facebook", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the App ID and App secret of the hospital's Meta app, then a "
        "Facebook login in the browser (or a pasted token)."),
        (_APP_ID, _APP_SECRET, _REDIRECT, _META_TOKEN, _PAGE_ID), browser=True),
    PlatformForm("instagram", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the same Meta app and login as the Facebook page, and the "
        "Instagram professional account linked to that page."),
        (_APP_ID, _APP_SECRET,
         FormField("image_host", QT_TRANSLATE_NOOP("Accounts", "Where images go first"),
                   kind="choice", default="facebook", flag="--image-host",
                   prefill=_host_choice),
         _REDIRECT, _META_TOKEN, _PAGE_ID), browser=True),
    PlatformForm("x", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the Client ID of your own X app; then you log in and allow access "
        "in the browser."),
        (FormField("client_id", QT_TRANSLATE_NOOP("Accounts", "X app Client ID"),
                   required=True, flag="--client-id",
                   help=QT_TRANSLATE_NOOP("Accounts", "X developer portal, your app, Keys and "
                                                      "tokens, OAuth 2.0 Client ID.")),
         _REDIRECT), browser=True),
    PlatformForm("bluesky", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the handle and an app password (Bluesky: Settings, Privacy and "
        "security, App passwords); not your main password."),
        (FormField("handle", QT_TRANSLATE_NOOP("Accounts", "Handle"), required=True,
                   flag="--handle", prefill=_handle,
                   help=QT_TRANSLATE_NOOP("Accounts", "For example rsko.bsky.social.")),
         FormField("app_password", QT_TRANSLATE_NOOP("Accounts", "App password"),
                   kind="secret", required=True),
         FormField("server", QT_TRANSLATE_NOOP("Accounts", "Server"), flag="--server",
                   default="https://bsky.social", prefill=_server,
                   help=QT_TRANSLATE_NOOP("Accounts", "Leave https://bsky.social unless the "
                                                      "account lives on another server.")))),
    PlatformForm("mastodon", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the server's address; then you log in and allow access in the "
        "browser."),
        (FormField("instance", QT_TRANSLATE_NOOP("Accounts", "Server address"), required=True,
                   flag="--instance", prefill=_server,
                   help=QT_TRANSLATE_NOOP("Accounts", "For example mastodon.social.")),
         FormField("visibility", QT_TRANSLATE_NOOP("Accounts", "Who sees the posts"),
                   kind="choice", default="public", flag="--visibility",
                   prefill=_option("visibility")),
         FormField("use_loopback", QT_TRANSLATE_NOOP("Accounts", "Browser comes back by itself"),
                   kind="check", default="1",
                   help=QT_TRANSLATE_NOOP("Accounts", "After you allow access, the browser "
                                                      "returns to HumasDesk. Turn it off to "
                                                      "paste the code the server shows "
                                                      "instead."))), browser=True),
    PlatformForm("threads", QT_TRANSLATE_NOOP(
        "Accounts", "Needs a token from the Meta app dashboard, or the Threads App ID, App "
        "secret and redirect address for a login in the browser."),
        (FormField("token", QT_TRANSLATE_NOOP("Accounts", "Token"), kind="secret",
                   help=QT_TRANSLATE_NOOP("Accounts", "Meta app dashboard, Threads use case, "
                                                      "User Token Generator. Leave it empty "
                                                      "to log in in the browser instead.")),
         FormField("app_id", QT_TRANSLATE_NOOP("Accounts", "Threads app ID"),
                   flag="--app-id", prefill=_option("app_id")),
         FormField("app_secret", QT_TRANSLATE_NOOP("Accounts", "Threads app secret"),
                   kind="secret"),
         FormField("redirect_uri", QT_TRANSLATE_NOOP("Accounts", "Redirect address"),
                   flag="--redirect-uri",
                   help=QT_TRANSLATE_NOOP("Accounts", "The https address registered in the "
                                                      "Threads app; you paste the address the "
                                                      "browser ends on.")),
         FormField("image_host", QT_TRANSLATE_NOOP("Accounts", "Where images go first"),
                   kind="choice", default="assisted", flag="--image-host",
                   prefill=_host_choice)), browser=True),
    PlatformForm("telegram", QT_TRANSLATE_NOOP(
        "Accounts", "Needs a bot token from BotFather and the channel; the bot must be an "
        "administrator of the channel, allowed to post."),
        (FormField("token", QT_TRANSLATE_NOOP("Accounts", "Bot token"), kind="secret",
                   required=True),
         FormField("channel", QT_TRANSLATE_NOOP("Accounts", "Channel"), required=True,
                   flag="--channel", prefill=_handle,
                   help=QT_TRANSLATE_NOOP("Accounts", "@name, t.me/name, or a private "
                                                      "channel's number starting with "
                                                      "-100.")))),
    PlatformForm("wordpress", QT_TRANSLATE_NOOP(
        "Accounts", "Needs the site's address, your WordPress user name and an application "
        "password (your profile page, Application Passwords)."),
        (FormField("site_url", QT_TRANSLATE_NOOP("Accounts", "Site address"), required=True,
                   flag="--site", prefill=_server,
                   help=QT_TRANSLATE_NOOP("Accounts", "For example https://www.rsko.co.id.")),
         FormField("user", QT_TRANSLATE_NOOP("Accounts", "WordPress user name"),
                   required=True, flag="--user", prefill=_handle),
         FormField("app_password", QT_TRANSLATE_NOOP("Accounts", "Application password"),
                   kind="secret", required=True))),
    PlatformForm("kompasiana", QT_TRANSLATE_NOOP(
        "Accounts", "Nothing to type: you post on Kompasiana by hand, HumasDesk prepares the "
        "text and opens the site."),
        (FormField("url", QT_TRANSLATE_NOOP("Accounts", "Address of the write page "
                                                        "(optional)"),
                   flag="--url", prefill=_server),)),
    PlatformForm("kaskus", QT_TRANSLATE_NOOP(
        "Accounts", "Nothing to type: you post on Kaskus by hand, HumasDesk prepares the text "
        "and opens the site."),
        (FormField("url", QT_TRANSLATE_NOOP("Accounts", "Address of the write page "
                                                        "(optional)"),
                   flag="--url", prefill=_server),)),
    PlatformForm("assisted", QT_TRANSLATE_NOOP(
        "Accounts", "Any other site: needs the address of its write page. You post there by "
        "hand; HumasDesk prepares the text and opens the page."),
        (FormField("url", QT_TRANSLATE_NOOP("Accounts", "Address of the write page"),
                   required=True, flag="--url", prefill=_server),)),
    PlatformForm("outbox", QT_TRANSLATE_NOOP(
        "Accounts", "Nothing to type: posts are saved as files on this computer.")),
)}


def forms(app) -> list[PlatformForm]:
    """The platforms one can add, in the order the user meets them (daily accounts first)."""
    known = {spec.id for spec in app.registry.specs()}
    return [form for platform, form in FORMS.items() if platform in known]


def platform_name(app, platform: str) -> str:
    try:
        return app.registry.spec(platform).display_name()
    except KeyError:
        return platform


def needs_line(app, form: PlatformForm, values: dict | None = None) -> str:
    """The one line that says what connecting asks for; for Instagram also where images go."""
    line = translate("Accounts", form.needs)
    if form.platform == "instagram":
        from .platforms.instagram import host_label

        host = str((values or {}).get("image_host") or "facebook").split(":")[0]
        line += " " + host_label(host)
    return line


def wordpress_accounts(app) -> list[Account]:
    return [a for a in app.store.accounts.list()
            if a.platform == "wordpress" and a.state is not AccountState.DISABLED]


def choices(app, platform: str, key: str) -> list[tuple[str, str]]:
    """(value, label) of a choice field."""
    if key == "visibility":
        from .platforms.mastodon import VISIBILITIES, visibility_label

        return [(v, visibility_label(v)) for v in VISIBILITIES]
    if key == "image_host":
        sites = [(f"wordpress:{a.id}", translate("Accounts", "The WordPress site “{name}” "
                                                             "(its media library)").format(
            name=a.name)) for a in wordpress_accounts(app)]
        by_hand = ("assisted", translate("Accounts", "Nowhere: images are posted by hand"))
        if platform == "instagram":
            return [("facebook", translate("Accounts", "The linked Facebook page (hidden, "
                                                       "temporary photos)")), *sites, by_hand]
        return [by_hand, *sites]
    return []


def prefilled(form: PlatformForm, account: Account | None) -> dict[str, str]:
    """Starting values: the defaults, or for a reconnect what the account already says."""
    values = {f.key: f.default for f in form.fields}
    if account is not None:
        values["name"] = account.name
        for f in form.fields:
            if f.prefill is not None and f.prefill(account):
                values[f.key] = f.prefill(account)
    return values


def missing_message(field: FormField) -> str:
    return translate("Accounts", "Fill in “{field}”.").format(field=field.title())


def problems(form: PlatformForm, values: dict[str, str]) -> list[tuple[str, str]]:
    """(field key, message) for what is missing, before anything is sent."""
    found = [(f.key, missing_message(f)) for f in form.fields
             if f.required and not str(values.get(f.key) or "").strip()]
    if form.platform == "threads" and not str(values.get("token") or "").strip():
        message = translate("Accounts", "Paste a token, or fill in the app ID, the app secret "
                                        "and the redirect address to log in in the browser.")
        found += [(key, message) for key in ("app_id", "app_secret", "redirect_uri")
                  if not str(values.get(key) or "").strip()]
    return found


def name_taken_message(name: str, taken: Account) -> str:
    if taken.state is AccountState.DISABLED:
        return translate("Accounts", "“{name}” is the name of a removed account that is kept "
                                     "for its post history. Choose another name, or reconnect "
                                     "that account.").format(name=taken.name)
    return translate("Accounts", "There is already an account named “{name}”. Choose another "
                                 "name.").format(name=taken.name)


def check_name_free(app, name: str, keep: Account | None = None) -> None:
    """Raise ``UserInputError`` when another account has this name (case does not matter)."""
    name = name.strip()
    if not name:
        return
    if name != one_line(name) or "\t" in name:
        raise UserInputError(translate("Accounts", "An account name is one line: remove the "
                                                   "line breaks and control characters."))
    taken = app.store.accounts.by_name(name)
    if taken is not None and (keep is None or taken.id != keep.id):
        raise UserInputError(name_taken_message(name, taken))


def _wordpress_host(app, value: str) -> Account | None:
    if not value.startswith("wordpress:"):
        return None
    account = app.store.accounts.get(int(value.split(":", 1)[1]))
    if account is None or account.platform != "wordpress":
        raise UserInputError(translate("Accounts", "Choose a connected WordPress site to hold "
                                                   "the images."))
    return account


@login_attempt()  # messages speak of the login, not of a post
def connect_account(app, platform: str, values: dict[str, str], *, previous: Account | None = None,
                    open_browser=None, paste_code=None, choose_page=None, cancel=None,
                    timeout: float | None = None) -> Account:
    """Run the platform's ``connect()`` with the form's values; returns the new, unsaved account.

    Slow (it talks to the platform): the window runs it off the GUI thread. ``previous`` is the
    account being reconnected: its credential reference is reused. Raises the platform's errors
    (``Rejected``, ``AuthExpired``, ``Transient``, ``SecretsUnavailable``...) or
    ``UserInputError``.
    """
    from .platforms import (
        assisted,
        bluesky,
        facebook,
        instagram,
        mastodon,
        telegram,
        threads,
        wordpress,
        x,
    )

    def value(key: str) -> str:
        return str(values.get(key) or "").strip()

    context = app.registry.context
    name = (previous.name if previous is not None else value("name"))
    ref = previous.credential_ref if previous is not None else ""
    browser = {"open_browser": open_browser, "paste_code": paste_code, "cancel": cancel}
    if timeout is not None:
        browser["timeout"] = timeout
    if platform == "bluesky":
        return bluesky.connect(context, handle=value("handle"),
                               app_password=str(values.get("app_password") or ""),
                               server=value("server") or bluesky.DEFAULT_SERVER, name=name,
                               credential_ref=ref)
    if platform == "mastodon":
        return mastodon.connect(context, instance=value("instance"),
                                use_loopback=value("use_loopback") not in ("", "0"),
                                visibility=value("visibility") or "public", name=name,
                                credential_ref=ref, **browser)
    if platform == "telegram":
        extra = {"server": previous.server_url} if previous is not None and \
            previous.server_url else {}
        if value("server"):
            extra["server"] = value("server")
        return telegram.connect(context, token=value("token"), channel=value("channel"),
                                name=name, credential_ref=ref, **extra)
    if platform == "wordpress":
        return wordpress.connect(context, site_url=value("site_url"), user=value("user"),
                                 app_password=str(values.get("app_password") or ""), name=name,
                                 credential_ref=ref)
    if platform in ("facebook", "instagram"):
        meta_values = dict(app_id=value("app_id"), app_secret=value("app_secret"),
                           token=value("token"), page_id=value("page_id"),
                           redirect_uri=value("redirect_uri"), choose_page=choose_page,
                           name=name, credential_ref=ref, **browser)
        if platform == "facebook":
            return facebook.connect(context, **meta_values)
        host = value("image_host") or "facebook"
        return instagram.connect(context, image_host=host.split(":")[0],
                                 wordpress_account=_wordpress_host(app, host), **meta_values)
    if platform == "x":
        return x.connect(context, client_id=value("client_id"),
                         redirect_uri=value("redirect_uri"), name=name, credential_ref=ref,
                         **browser)
    if platform == "threads":
        return threads.connect(context, token=value("token"), app_id=value("app_id"),
                               app_secret=value("app_secret"),
                               redirect_uri=value("redirect_uri"),
                               wordpress_account=_wordpress_host(app, value("image_host")),
                               name=name, credential_ref=ref, **browser)
    if platform in assisted.PRESETS:
        return assisted.connect(context, preset=platform, url=value("url"), name=name)
    if platform == "assisted":
        return assisted.connect(context, url=value("url"), name=name)
    if platform == "outbox":
        from .platforms.outbox import DEFAULT_NAME

        return Account(platform="outbox", name=name or translate("Platforms", DEFAULT_NAME))
    raise UserInputError(translate("Accounts", "HumasDesk cannot add a {platform} account "
                                               "yet.").format(platform=platform))


def forget_quietly(app, account: Account) -> None:
    """Remove what a just-connected account keeps in the keyring (after a failed save)."""
    try:
        app.registry.forget(account)
    except Exception as exc:  # the keyring went away meanwhile; say so in the log only
        log.warning("could not remove the keyring entry of an unsaved account: %s",
                    type(exc).__name__)


def save_connected(app, account: Account, previous: Account | None = None,
                   forget: Callable[[Account], None] | None = None) -> Account:
    """Store a just-connected account: a new row, or the reconnected one updated (its name,
    id and the options the user set elsewhere are kept; its state becomes "ok").

    When the row cannot be written, the keyring entry that ``connect`` made is removed (by
    ``forget``; the window passes one that runs off the GUI thread), so nothing is left
    half-written.
    """
    try:
        if previous is None:
            # A name the platform gave (a page's title) is made one line rather than refused.
            account = replace(account, name=one_line(account.name).strip())
            check_name_free(app, account.name)
            try:
                return app.store.accounts.add(account)
            except sqlite3.IntegrityError:
                check_name_free(app, account.name)  # someone else took the name meanwhile
                raise
        updated = replace(account, id=previous.id, name=previous.name, state=AccountState.OK,
                          options={**previous.options, **account.options})
        app.store.accounts.update(updated)
        return updated
    except BaseException:
        if previous is None or account.credential_ref != previous.credential_ref:
            (forget or (lambda a: forget_quietly(app, a)))(account)
        raise


def scheduled_count(app, account: Account) -> int:
    return len(app.store.queue.items([PublishState.SCHEDULED], account_id=account.id))


def handed_off_count(app, account: Account) -> int:
    return len(app.store.queue.items([PublishState.HANDED_OFF], account_id=account.id))


def hosted_by(app, account: Account) -> list[Account]:
    """Accounts (Instagram, Threads) that put their images on this WordPress site."""
    return [a for a in app.store.accounts.list()
            if (a.options.get("wordpress") or {}).get("account_id") == account.id
            and a.id != account.id]


def removal_question(app, account: Account) -> str:
    """What removing this account does, asked before doing it."""
    parts = [translate("Accounts", "Remove the account “{name}”? HumasDesk forgets its login "
                                   "(the keyring entries).").format(name=account.name)]
    if app.store.accounts.has_history(account.id):
        parts.append(translate("Accounts", "It has posts in its history, so it is disabled "
                                           "rather than deleted; the history stays."))
    # Its waiting posts are cancelled with it: a removed account cannot send them, and posts
    # left "Scheduled" for ever would say otherwise.
    waiting = scheduled_count(app, account)
    if waiting:
        parts.append(translate("Accounts", "%n scheduled post(s) for it will be cancelled.",
                               None, waiting))
    handed = handed_off_count(app, account)
    if handed:
        parts.append(translate("Accounts", "%n post(s) waiting in the platform's own schedule "
                                           "will be cancelled there first.", None, handed))
    users = hosted_by(app, account)
    if users:
        parts.append(translate("Accounts", "{accounts} put their images on this site; they "
                                           "will post images by hand instead.").format(
            accounts=", ".join(f"“{a.name}”" for a in users)))
    return " ".join(parts)


def forget_secrets(app, account: Account) -> None:
    """Cancel the posts handed to the platform's own scheduler (without the login they could
    not be cancelled later, and would go out), then remove the account's keyring entries (and
    end its server session where there is one). Raises the platform's error when a cancel
    fails; the login is then kept. Slow: the window runs it off the GUI thread."""
    handed = app.store.queue.items([PublishState.HANDED_OFF], account_id=account.id)
    if handed:
        adapter = app.registry.adapter_for(account)
        for item in handed:
            adapter.cancel_scheduled(app.store.records.get(item.record_id).remote_id)
            app.store.records.transition(item.record_id, [PublishState.HANDED_OFF],
                                         PublishState.CANCELLED, error_kind="",
                                         error_message="")
    app.registry.forget(account)


def cancel_scheduled_posts(app, account: Account) -> int:
    """Cancel the account's posts that wait in HumasDesk's queue; how many were cancelled."""
    cancelled = 0
    for item in app.store.queue.items([PublishState.SCHEDULED], account_id=account.id):
        cancelled += app.store.records.transition(
            item.record_id, [PublishState.SCHEDULED], PublishState.CANCELLED, error_kind="",
            error_message="")
    return cancelled


def finish_removal(app, account: Account) -> bool:
    """After ``forget_secrets``: cancel its scheduled posts, then delete the row, or disable it
    when it has post history. True when deleted."""
    cancel_scheduled_posts(app, account)
    if app.store.accounts.has_history(account.id):
        app.store.accounts.set_state(account.id, AccountState.DISABLED)
        return False
    app.store.accounts.remove(account.id)
    return True


def removed_message(account: Account, deleted: bool) -> str:
    if deleted:
        return translate("Accounts", "Removed “{name}” and forgot its login.").format(
            name=account.name)
    return translate("Accounts", "“{name}” has posts in its history, so it was disabled "
                                 "rather than deleted; its login was forgotten.").format(
        name=account.name)


def state_words(account: Account) -> str:
    if account.state is AccountState.DISABLED:
        return translate("Accounts", "Disabled (removed; kept for its post history)")
    return account.state.label()


def describe(app, account: Account) -> tuple[str, str]:
    """(visible text, the sentence a screen reader reads) for one account."""
    platform = platform_name(app, account.platform)
    where = " · ".join(p for p in (account.handle, account.server_url) if p)
    name = one_line(account.name)  # stored before line breaks were refused
    # The platform only when the name does not already say it ("Local outbox, Connected",
    # not "Local outbox, Local outbox, Connected").
    if name.strip().casefold() == platform.casefold():
        visible = f"{name} · {state_words(account)}"
        spoken = translate("Accounts", "{name}, {state}").format(
            name=name, state=state_words(account))
    else:
        visible = f"{name} · {platform} · {state_words(account)}"
        spoken = translate("Accounts", "{name}, {platform}, {state}").format(
            name=name, platform=platform, state=state_words(account))
    if where:
        visible += f"\n{where}"
        spoken += ". " + ", ".join(p for p in (account.handle, account.server_url) if p)
    if account.platform == "instagram":
        from .platforms.instagram import host_label

        note = host_label(str(account.options.get("image_host") or "facebook"))
        visible += f"\n{note}"
        spoken += f". {note}"
    return visible, spoken


@login_attempt()
def verify_account(app, account: Account) -> str:
    """Ask the platform who the account is; slow (the window runs it off the GUI thread)."""
    return app.registry.adapter_for(account).verify()


def record_verified(app, account: Account, error: BaseException | None) -> None:
    """After ``verify_account``: a working login is "ok", an expired one "needs reconnect"."""
    from .platforms.base import AuthExpired

    if error is None and account.state is AccountState.NEEDS_RECONNECT:
        app.store.accounts.set_state(account.id, AccountState.OK)
    elif isinstance(error, AuthExpired) and account.state is AccountState.OK:
        app.store.accounts.set_state(account.id, AccountState.NEEDS_RECONNECT)


def disabled_message(account: Account) -> str:
    return translate("Accounts", "“{name}” was removed and is kept only for its post history. "
                                 "Reconnect it to use it again.").format(name=account.name)
