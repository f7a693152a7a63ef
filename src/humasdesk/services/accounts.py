"""Accounts as a service: what each platform asks for, connecting, saving, verifying and
removing — shared by the Accounts page and ``humasdesk accounts``, so the window and the
command line ask for the same things and keep the same promises: secrets go only to the
keyring, and when adding fails nothing is kept (no account row, no keyring entry).

``AccountsService`` (``app.accounts``) does what needs the store or the platforms; the pure
helpers (a form's starting values, what is missing, the messages) are functions here.

No Qt here; the platform registry loads only when an account is connected, checked or listed
with its platform's name — not when the service is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..domain.errors import UserInputError
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import HUMAN_AGENT_OPTION
from ..domain.model import Account, AccountState, PublishState
from ..domain.plaintext import one_line
from ..platforms.base import AuthExpired, login_attempt
from ..platforms.spec import FormField, PlatformForm, PlatformSpec
from ..store import Store

if TYPE_CHECKING:
    from ..platforms.registry import PlatformRegistry

__all__ = ["NAME_FIELD", "AccountsService", "FormField", "PlatformForm", "all_forms",
           "connecting_cancelled", "disabled_message", "form_notes", "missing_message",
           "name_taken_message", "prefilled", "problems", "removed_message", "state_words"]

log = logging.getLogger(__name__)


NAME_FIELD = FormField("name", QT_TRANSLATE_NOOP("Accounts", "Account name in HumasDesk"),
                       help=QT_TRANSLATE_NOOP("Accounts", "How HumasDesk names this account, "
                                                          "for example Bluesky RSKO. Leave it "
                                                          "empty to use the account's own "
                                                          "name."))


def all_forms() -> list[PlatformForm]:
    """Every platform's connection form, in the registry's order (loads every platform file,
    so only when needed; with an app at hand, ``app.accounts.forms()``)."""
    from ..platforms.registry import platform_specs

    return [spec.form for spec in platform_specs() if spec.form is not None]


def __getattr__(name: str):
    # ``FORMS`` (platform id -> form) loads every platform module: only when asked for.
    if name == "FORMS":
        return {form.platform: form for form in all_forms()}
    raise AttributeError(name)


# -- pure helpers: a form's values and the messages ------------------------------------------------

def form_notes(form: PlatformForm) -> str:
    """Advice under the form's line (what posting by hand on this site is like), or ""."""
    return translate("Assisted", form.notes) if form.notes else ""


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
    if form.checks is not None:
        found += form.checks(values)
    return found


def name_taken_message(name: str, taken: Account) -> str:
    if taken.state is AccountState.DISABLED:
        return translate("Accounts", "“{name}” is the name of a removed account that is kept "
                                     "for its post history. Choose another name, or reconnect "
                                     "that account.").format(name=taken.name)
    return translate("Accounts", "There is already an account named “{name}”. Choose another "
                                 "name.").format(name=taken.name)


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


def disabled_message(account: Account) -> str:
    return translate("Accounts", "“{name}” was removed and is kept only for its post history. "
                                 "Reconnect it to use it again.").format(name=account.name)


def connecting_cancelled() -> Exception:
    """The error a login waiting for the user ends with when he cancels it."""
    from ..platforms.oauth import AuthorizationFailed  # loads the HTTP client: only here

    return AuthorizationFailed(translate("Accounts", "Connecting was cancelled. Nothing "
                                                     "was saved."))


HUMAN_AGENT_PLATFORMS = ("facebook", "instagram")  # the platforms with that option


def human_agent_description() -> str:
    return translate("Accounts", "Only if the hospital's Meta app passed review for the Human "
                                 "Agent permission: messages are then answered up to 7 days "
                                 "after the person's last message, instead of 24 hours.")


# -- the service -----------------------------------------------------------------------------------

@runtime_checkable
class PaidReading(Protocol):
    """An adapter whose inbox reads the platform bills (X): reading is off until he turns it
    on, after the estimated cost was shown and said."""

    paid_reading_option: str  # the account option that turns reading on

    def reading_cost_words(self) -> str:
        """The estimated monthly cost, in words."""
        ...


class AccountsService:
    """The accounts in the store and the platforms that connect them.

    ``registry`` is called for the platform registry on first need, so building the service
    loads no platform file (the window shows before the platform layer is imported).
    """

    def __init__(self, store: Store, registry: Callable[[], PlatformRegistry]):
        self.store = store
        self._registry = registry

    @property
    def registry(self) -> PlatformRegistry:
        return self._registry()

    # -- the accounts -----------------------------------------------------------------------

    def all(self) -> list[Account]:
        """Every account, the removed (disabled) ones too."""
        return self.store.accounts.list()

    def get(self, account_id: int) -> Account | None:
        return self.store.accounts.get(account_id)

    def by_name(self, name: str) -> Account | None:
        """The account with this name (case does not matter), or None."""
        return self.store.accounts.by_name(name)

    # -- what the platforms ask for ---------------------------------------------------------

    def forms(self) -> list[PlatformForm]:
        """The platforms one can add, in the order the user meets them (daily accounts
        first)."""
        return [spec.form for spec in self.registry.specs() if spec.form is not None]

    def form_for(self, platform: str) -> PlatformForm:
        return self.registry.spec(platform).form

    def _spec(self, platform: str) -> PlatformSpec | None:
        try:
            return self.registry.spec(platform)
        except KeyError:
            return None

    def platform_name(self, platform: str) -> str:
        spec = self._spec(platform)
        return spec.display_name() if spec is not None else platform

    def needs_line(self, form: PlatformForm, values: dict | None = None) -> str:
        """The one line that says what connecting asks for, and what a choice in the form
        means (for Instagram, where images go)."""
        values = values or {}
        notes = [self.choice_note(form.platform, f.key, str(values.get(f.key) or f.default))
                 for f in form.fields if f.kind == "choice"]
        return " ".join([translate("Accounts", form.needs), *(note for note in notes if note)])

    def choice_note(self, platform: str, key: str, value: str) -> str:
        """What a value of a choice field means (where images go), or ""."""
        spec = self._spec(platform)
        if spec is None or spec.choice_note is None:
            return ""
        return spec.choice_note(key, value)

    def account_note(self, account: Account) -> str:
        """A line more about a connected account (where its images go), or ""."""
        spec = self._spec(account.platform)
        if spec is None or spec.account_note is None:
            return ""
        return spec.account_note(account)

    # -- reading that costs money (X's mentions) ---------------------------------------------

    def _paid_reading(self, account: Account) -> PaidReading | None:
        if self._spec(account.platform) is None or account.state is AccountState.DISABLED:
            return None
        adapter = self.registry.adapter_for(account)
        return adapter if isinstance(adapter, PaidReading) else None

    def paid_reading_cost(self, account: Account) -> str:
        """The estimated monthly cost of reading this account's inbox, in words; "" when
        reading it costs nothing."""
        paid = self._paid_reading(account)
        return paid.reading_cost_words() if paid is not None else ""

    def reads_paid(self, account: Account) -> bool:
        """Whether he turned the billed reading of this account on."""
        paid = self._paid_reading(account)
        return paid is not None and account.options.get(paid.paid_reading_option) is True

    def paid_reading_question(self, account: Account, on: bool) -> str:
        """What is asked before the billed reading is turned on or off."""
        if on:
            return translate("Accounts", "Turn on reading the inbox of “{name}”? {cost} "
                                         "You can turn it off again here.").format(
                name=account.name, cost=self.paid_reading_cost(account))
        return translate("Accounts", "Turn off reading the inbox of “{name}”? Nothing more is "
                                     "billed for it; comments and mentions are no longer "
                                     "listed in the Inbox.").format(name=account.name)

    def set_paid_reading(self, account: Account, on: bool) -> str:
        """Turn the billed reading on or off (after he confirmed); the sentence to say."""
        paid = self._paid_reading(account)
        if paid is None:
            raise UserInputError(translate("Accounts", "Reading the inbox of “{name}” costs "
                                                       "nothing; there is nothing to turn on.")
                                 .format(name=account.name))
        self.store.accounts.update(replace(account, options={
            **account.options, paid.paid_reading_option: on}))
        if on:
            return translate("Accounts", "Reading the inbox of “{name}” is on. {cost}").format(
                name=account.name, cost=paid.reading_cost_words())
        return translate("Accounts", "Reading the inbox of “{name}” is off; nothing more is "
                                     "billed for it.").format(name=account.name)

    # -- answering Meta messages for 7 days (the HUMAN_AGENT tag) ----------------------------

    def offers_human_agent(self, account: Account) -> bool:
        """Whether the account has the Human Agent option (Facebook, Instagram)."""
        return account.platform in HUMAN_AGENT_PLATFORMS and \
            account.state is not AccountState.DISABLED

    @staticmethod
    def uses_human_agent(account: Account) -> bool:
        return (account.options or {}).get(HUMAN_AGENT_OPTION) is True

    def set_human_agent(self, account: Account, on: bool) -> str:
        """Turn the option on or off; the sentence to say. Refused in words for a platform
        without it."""
        if not self.offers_human_agent(account):
            raise UserInputError(translate(
                "Accounts", "“{name}” has no Human Agent option: only Facebook and Instagram "
                "accounts answer messages with it.").format(name=account.name))
        self.store.accounts.update(replace(account, options={
            **(account.options or {}), HUMAN_AGENT_OPTION: on}))
        if on:
            return translate("Accounts", "“{name}” now answers messages up to 7 days after the "
                                         "person's last message (Human Agent).").format(
                name=account.name)
        return translate("Accounts", "“{name}” now answers messages up to 24 hours after the "
                                     "person's last message.").format(name=account.name)

    def can_reconnect(self, account: Account) -> bool:
        """Whether the account has a login to reconnect (the Local outbox has none)."""
        spec = self._spec(account.platform)
        return spec is None or spec.form is None or bool(spec.form.fields)

    def choices(self, platform: str, key: str) -> list[tuple[str, str]]:
        """(value, label) of a choice field."""
        spec = self._spec(platform)
        if spec is None or spec.choices is None:
            return []
        usable = [a for a in self.all() if a.state is not AccountState.DISABLED]
        return spec.choices(key, usable)

    def describe(self, account: Account) -> tuple[str, str]:
        """(visible text, the sentence a screen reader reads) for one account."""
        platform = self.platform_name(account.platform)
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
        note = self.account_note(account)
        if self.reads_paid(account):
            note = " ".join(n for n in (note, translate(
                "Accounts", "Reading the inbox is on. {cost}").format(
                    cost=self.paid_reading_cost(account))) if n)
        if note:
            visible += f"\n{note}"
            spoken += f". {note}"
        return visible, spoken

    # -- connecting and saving --------------------------------------------------------------

    def check_name_free(self, name: str, keep: Account | None = None) -> None:
        """Raise ``UserInputError`` when another account has this name (case does not
        matter)."""
        name = name.strip()
        if not name:
            return
        if name != one_line(name) or "\t" in name:
            raise UserInputError(translate("Accounts", "An account name is one line: remove "
                                                       "the line breaks and control "
                                                       "characters."))
        taken = self.by_name(name)
        if taken is not None and (keep is None or taken.id != keep.id):
            raise UserInputError(name_taken_message(name, taken))

    @login_attempt()  # messages speak of the login, not of a post
    def connect(self, platform: str, values: dict[str, str], *,
                previous: Account | None = None, open_browser=None, paste_code=None,
                choose_page=None, cancel=None, timeout: float | None = None) -> Account:
        """Run the platform's ``connect()`` with the form's values; returns the new, unsaved
        account.

        Slow (it talks to the platform): the window runs it off the GUI thread. ``previous``
        is the account being reconnected: its credential reference is reused. Raises the
        platform's errors (``Rejected``, ``AuthExpired``, ``Transient``,
        ``SecretsUnavailable``...) or ``UserInputError``.
        """
        from ..platforms.spec import Connection

        spec = self._spec(platform)
        if spec is None or spec.connect is None:
            raise UserInputError(translate("Accounts", "HumasDesk cannot add a {platform} "
                                                       "account yet.").format(platform=platform))
        return spec.connect(Connection(self.registry.context, values, previous=previous,
                                       accounts=self.all(), open_browser=open_browser,
                                       paste_code=paste_code, choose_page=choose_page,
                                       cancel=cancel, timeout=timeout))

    def forget_quietly(self, account: Account) -> None:
        """Remove what a just-connected account keeps in the keyring (after a failed save)."""
        try:
            self.registry.forget(account)
        except Exception as exc:  # the keyring went away meanwhile; say so in the log only
            log.warning("could not remove the keyring entry of an unsaved account: %s",
                        type(exc).__name__)

    def save_connected(self, account: Account, previous: Account | None = None,
                       forget: Callable[[Account], None] | None = None) -> Account:
        """Store a just-connected account: a new row, or the reconnected one updated (its
        name, id and the options the user set elsewhere are kept; its state becomes "ok").

        When the row cannot be written, the keyring entry that ``connect`` made is removed (by
        ``forget``; the window passes one that runs off the GUI thread), so nothing is left
        half-written.
        """
        try:
            if previous is None:
                # A name the platform gave (a page's title) is made one line rather than
                # refused.
                account = replace(account, name=one_line(account.name).strip())
                self.check_name_free(account.name)
                try:
                    return self.store.accounts.add(account)
                except Exception:
                    # Someone else took the name meanwhile (the store refuses a second row
                    # with it): say so in words; any other failure goes on as it is.
                    self.check_name_free(account.name)
                    raise
            updated = replace(account, id=previous.id, name=previous.name,
                              state=AccountState.OK,
                              options={**previous.options, **account.options})
            self.store.accounts.update(updated)
            return updated
        except BaseException:
            if previous is None or account.credential_ref != previous.credential_ref:
                (forget or self.forget_quietly)(account)
            raise

    # -- verifying --------------------------------------------------------------------------

    @login_attempt()
    def verify(self, account: Account) -> str:
        """Ask the platform who the account is; slow (the window runs it off the GUI
        thread)."""
        return self.registry.adapter_for(account).verify()

    def record_verified(self, account: Account, error: BaseException | None) -> None:
        """After ``verify``: a working login is "ok", an expired one "needs reconnect"."""
        if error is None and account.state is AccountState.NEEDS_RECONNECT:
            self.store.accounts.set_state(account.id, AccountState.OK)
        elif isinstance(error, AuthExpired) and account.state is AccountState.OK:
            self.store.accounts.set_state(account.id, AccountState.NEEDS_RECONNECT)

    # -- removing ---------------------------------------------------------------------------

    def scheduled_count(self, account: Account) -> int:
        return len(self.store.queue.items([PublishState.SCHEDULED], account_id=account.id))

    def handed_off_count(self, account: Account) -> int:
        return len(self.store.queue.items([PublishState.HANDED_OFF], account_id=account.id))

    def hosted_by(self, account: Account) -> list[Account]:
        """Accounts (Instagram, Threads) that put their images on this WordPress site."""
        return [a for a in self.all()
                if (a.options.get("wordpress") or {}).get("account_id") == account.id
                and a.id != account.id]

    def removal_question(self, account: Account) -> str:
        """What removing this account does, asked before doing it."""
        parts = [translate("Accounts", "Remove the account “{name}”? HumasDesk forgets its "
                                       "login (the keyring entries).").format(name=account.name)]
        if self.store.accounts.has_history(account.id):
            parts.append(translate("Accounts", "It has posts in its history, so it is disabled "
                                               "rather than deleted; the history stays."))
        # Its waiting posts are cancelled with it: a removed account cannot send them, and
        # posts left "Scheduled" for ever would say otherwise.
        waiting = self.scheduled_count(account)
        if waiting:
            parts.append(translate("Accounts", "%n scheduled post(s) for it will be cancelled.",
                                   None, waiting))
        handed = self.handed_off_count(account)
        if handed:
            parts.append(translate("Accounts", "%n post(s) waiting in the platform's own "
                                               "schedule will be cancelled there first.",
                                   None, handed))
        users = self.hosted_by(account)
        if users:
            parts.append(translate("Accounts", "{accounts} put their images on this site; they "
                                               "will post images by hand instead.").format(
                accounts=", ".join(f"“{a.name}”" for a in users)))
        return " ".join(parts)

    def forget_secrets(self, account: Account) -> None:
        """Cancel the posts handed to the platform's own scheduler (without the login they
        could not be cancelled later, and would go out), then remove the account's keyring
        entries (and end its server session where there is one). Raises the platform's error
        when a cancel fails; the login is then kept. Slow: the window runs it off the GUI
        thread."""
        handed = self.store.queue.items([PublishState.HANDED_OFF], account_id=account.id)
        if handed:
            adapter = self.registry.adapter_for(account)
            for item in handed:
                adapter.cancel_scheduled(self.store.records.get(item.record_id).remote_id)
                self.store.records.transition(item.record_id, [PublishState.HANDED_OFF],
                                              PublishState.CANCELLED, error_kind="",
                                              error_message="")
        self.registry.forget(account)

    def cancel_scheduled_posts(self, account: Account) -> int:
        """Cancel the account's posts that wait in HumasDesk's queue; how many were
        cancelled."""
        cancelled = 0
        for item in self.store.queue.items([PublishState.SCHEDULED], account_id=account.id):
            cancelled += self.store.records.transition(
                item.record_id, [PublishState.SCHEDULED], PublishState.CANCELLED,
                error_kind="", error_message="")
        return cancelled

    def finish_removal(self, account: Account) -> bool:
        """After ``forget_secrets``: cancel its scheduled posts, then delete the row, or
        disable it when it has post history. True when deleted."""
        self.cancel_scheduled_posts(account)
        if self.store.accounts.has_history(account.id):
            self.store.accounts.set_state(account.id, AccountState.DISABLED)
            return False
        self.store.accounts.remove(account.id)
        return True
