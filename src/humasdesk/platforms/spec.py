"""What a platform file declares about itself: its spec (name, capabilities, connection form,
``connect()``, adapter factory) and the context adapters get.

Every platform module imports this, never the registry: the registry imports the platform
modules to list them, so the imports point one way only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserInputError
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.model import Account
from .base import Capabilities, PlatformAdapter
from .secrets import SecretStore

if TYPE_CHECKING:
    from .http import HttpFactory


def _default_http() -> HttpFactory:
    # Imported here: httpx is slow to import and the outbox never needs it.
    from .http import HttpFactory

    return HttpFactory()


@dataclass(frozen=True)
class PlatformContext:
    """What adapters may use besides their account.

    ``secrets``: the keyring (credential references -> secrets). ``http``: the one HTTP client
    factory. ``zone``: the IANA zone in which messages show times (a rate limit's reset, say).
    The defaults are the real services; both load their libraries on first use only.
    """

    data_dir: Path
    outbox_dir: Path
    secrets: SecretStore = field(default_factory=SecretStore)
    http: HttpFactory = field(default_factory=_default_http)
    zone: str = "Asia/Jakarta"
    # Whether a Bluesky post with a link reads the linked page for its preview card (the
    # setting "bluesky_link_cards"; asked at each publish). Off unless the app turns it on:
    # reading the page tells that site the computer's address.
    link_cards: Callable[[], bool] = lambda: False


def forget_credential(account: Account, context: PlatformContext) -> None:
    """The ``forget`` of a platform whose account keeps only its keyring entry outside the
    database: remove that entry."""
    if account.credential_ref:
        context.secrets.delete(account.credential_ref)


# -- the connection form --------------------------------------------------------------------------

@dataclass(frozen=True)
class FormField:
    """One thing the user gives to connect an account.

    ``key`` is the keyword of the platform's ``connect()`` (or ``image_host``, ``use_loopback``).
    ``kind``: ``text``, ``secret`` (hidden; never on the command line), ``choice`` or ``check``.
    ``flag`` is the command-line option (none for secrets). ``cli_help`` is that option's help
    when no other platform declares the same option (English, context "Accounts").
    """

    key: str
    label: str  # English, translated in context "Accounts"
    kind: str = "text"
    required: bool = False
    flag: str = ""
    help: str = ""  # English, translated in context "Accounts"
    default: str = ""
    prefill: Callable[[Account], str] | None = None  # the value a reconnect starts from
    cli_help: str = ""
    # A pasted token that replaces the browser login: asked for (hidden) only with --paste-token.
    pasted: bool = False
    # A choice's values the command line accepts, and what it says to another one.
    options: tuple[str, ...] = ()
    refused: str = ""  # English, context "Accounts"
    metavar: str = ""  # the command line's name of the value; "" the flag's, in capitals

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
    notes: str = ""  # a further hint under ``needs`` (English, context "Assisted")
    # Command-line options this platform takes besides its fields' own (``--server``).
    extra_flags: tuple[str, ...] = ()
    preset_of: str = ""  # a preset of this platform (``--platform assisted --preset ...``)
    # Checks of the values beyond "required": (field key, message) for each problem.
    checks: Callable[[dict], list[tuple[str, str]]] | None = None
    # Checks before a login from the command line, given whether a token is pasted: the
    # message of the first problem, or "".
    cli_checks: Callable[[dict, bool], str] | None = None

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)


REDIRECT_FIELD = FormField(
    "redirect_uri", QT_TRANSLATE_NOOP("Accounts", "Redirect address (optional)"),
    flag="--redirect-uri", metavar="URL",
    cli_help=QT_TRANSLATE_NOOP("Accounts", "Facebook, Instagram, X, Threads: the redirect "
                                           "address registered in the app; you then paste the "
                                           "address the browser ends on"),
    help=QT_TRANSLATE_NOOP("Accounts", "Only when the app accepts nothing but its registered "
                                       "address: then you paste the address the browser ends "
                                       "on. Leave it empty and the browser comes back to "
                                       "HumasDesk by itself."))


def value_of(values: dict, key: str) -> str:
    return str(values.get(key) or "").strip()


def handle_of(account: Account) -> str:
    return account.handle


def server_of(account: Account) -> str:
    return account.server_url


def option_of(name: str) -> Callable[[Account], str]:
    return lambda account: str(account.options.get(name) or "")


def image_host_of(account: Account) -> str:
    """The image-host choice an account stands on (``wordpress:<account id>`` for a site)."""
    host = str(account.options.get("image_host") or "")
    wordpress = account.options.get("wordpress") or {}
    if host == "wordpress" and wordpress.get("account_id"):
        return f"wordpress:{wordpress['account_id']}"
    return host


@dataclass
class Connection:
    """One connect request: the form's values and how to talk to the user meanwhile.

    ``accounts``: the connected accounts a choice may name (the WordPress site that holds the
    images), given by the caller so the platform layer never reads the store.
    """

    context: PlatformContext
    values: dict[str, str]
    previous: Account | None = None
    accounts: Sequence[Account] = ()
    open_browser: Callable | None = None
    paste_code: Callable | None = None
    choose_page: Callable | None = None
    cancel: object = None
    timeout: float | None = None

    def value(self, key: str) -> str:
        return value_of(self.values, key)

    def secret(self, key: str) -> str:
        """A password as typed (spaces may belong to it)."""
        return str(self.values.get(key) or "")

    @property
    def name(self) -> str:
        return self.previous.name if self.previous is not None else self.value("name")

    @property
    def credential_ref(self) -> str:
        return self.previous.credential_ref if self.previous is not None else ""

    def browser(self) -> dict:
        """The keywords of a browser login (``open_browser``, ``paste_code``, ``cancel``...)."""
        found = {"open_browser": self.open_browser, "paste_code": self.paste_code,
                 "cancel": self.cancel}
        if self.timeout is not None:
            found["timeout"] = self.timeout
        return found

    def wordpress_host(self, value: str) -> Account | None:
        """The WordPress account an image-host choice names (``wordpress:<id>``), or None."""
        if not value.startswith("wordpress:"):
            return None
        wanted = value.split(":", 1)[1]
        account = next((a for a in self.accounts if str(a.id) == wanted
                        and a.platform == "wordpress"), None)
        if account is None:
            raise UserInputError(translate("Accounts", "Choose a connected WordPress site to "
                                                       "hold the images."))
        return account


def wordpress_sites(accounts: Sequence[Account]) -> list[tuple[str, str]]:
    """(value, label) of the image-host choices that are connected WordPress sites."""
    return [(f"wordpress:{a.id}", translate("Accounts", "The WordPress site “{name}” (its "
                                                        "media library)").format(name=a.name))
            for a in accounts if a.platform == "wordpress"]


IMAGE_HOST_HELP = QT_TRANSLATE_NOOP("Accounts", "Instagram, Threads: where images go first "
                                               "(wordpress needs --wordpress-account)")


def image_by_hand() -> tuple[str, str]:
    return "assisted", translate("Accounts", "Nowhere: images are posted by hand")


# -- the spec -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlatformSpec:
    id: str
    display_name: Callable[[], str]  # translated when called, so a language switch applies
    capabilities: Capabilities
    factory: Callable[[Account, PlatformContext], PlatformAdapter]
    # Removes what the account keeps outside the database (its keyring entries, a server
    # session); called when the user removes the account. None: nothing to remove.
    forget: Callable[[Account, PlatformContext], None] | None = None
    # The text rules' limits for this account when its server or tier sets them (Mastodon's
    # instance limits, say); None: the platform's defaults, or the account's "text_limits".
    text_limits: Callable[[Account], object] | None = None
    # What connecting asks for; None: the platform cannot be added by the user.
    form: PlatformForm | None = None
    # Connects with the form's values; returns the new, unsaved account.
    connect: Callable[[Connection], Account] | None = None
    # (value, label) of a choice field, given the field's key and the connected accounts.
    choices: Callable[[str, Sequence[Account]], list[tuple[str, str]]] | None = None
    # A line that says what a choice means (where images go), given its key and value; "".
    choice_note: Callable[[str, str], str] | None = None
    # A line more about a connected account (where its images go); "" for none.
    account_note: Callable[[Account], str] | None = None


def adapter_factory(cls) -> Callable[[Account, PlatformContext], PlatformAdapter]:
    """The factory of an adapter built from its account, the keyring, the HTTP factory and the
    zone — the constructor most adapters share."""
    def factory(account: Account, context: PlatformContext) -> PlatformAdapter:
        return cls(account, context.secrets, context.http, context.zone)

    return factory


def platform_spec(platform: str, display_name: str, capabilities: Capabilities, adapter,
                  form: PlatformForm, connect: Callable[[Connection], Account],
                  **more) -> PlatformSpec:
    """A platform's spec: ``adapter`` is the adapter class when it is built the common way
    (:func:`adapter_factory`), or the factory itself; ``more``: the spec's other fields."""
    factory = adapter_factory(adapter) if isinstance(adapter, type) else adapter
    return PlatformSpec(id=platform, display_name=named(display_name), capabilities=capabilities,
                        factory=factory, form=form, connect=connect, **more)


def named(display_name: str) -> Callable[[], str]:
    """A display name translated when asked for (context "Platforms")."""
    return lambda: translate("Platforms", display_name)


__all__ = ["IMAGE_HOST_HELP", "REDIRECT_FIELD", "Connection", "FormField", "PlatformContext",
           "PlatformForm", "PlatformSpec", "adapter_factory", "forget_credential", "handle_of",
           "image_by_hand", "image_host_of", "named", "option_of", "platform_spec", "server_of",
           "value_of", "wordpress_sites"]
