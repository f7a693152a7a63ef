"""The inbox: what the officer reads and answers — comments, replies, mentions, quotes and
messages from every account, emergencies and complaints first.

What ``InboxService`` offers (the Inbox page, ``humasdesk inbox``/``reply`` and the agent use
it; no Qt here):

- Reading the platforms: ``sync_account`` reads one account (``read_inbox(cursor)`` again while
  the platform says ``more``, within ``MAX_BATCHES_PER_SYNC``), labels each new item with the
  triage and stores items and cursor together; ``sync_due`` reads every account whose time has
  come (each adapter's ``inbox_cadence``, a backoff after a failure, a rate limit's reset) and
  ``next_sync_at`` says when that is. Each returns a ``SyncReport`` per account, whose
  ``announcement`` is the sentence to speak ("3 new comments on Facebook RSKO, 1 complaint").
  An expired login pauses the account (state ``needs_reconnect``) and says so, as publishing
  does. Reading calls the network: the window runs it through its task helper. Only one
  process reads at the cadence (``sync_due`` holds a lease, like the publisher's; see
  ``is_reader``, ``release``); ``sync_account`` (the user's "read now") reads whatever holds it.
- Views: ``items(view, account_id=..., limit=..., offset=...)`` with ``InboxView`` PRIORITY
  (open items, emergencies then complaints then the rest, each newest first), NEW, ACCOUNT
  (the account's own items, not what its saved searches found), HANDLED, ALL, MENTIONS (what
  the saved searches found, newest first: ``services/watch.py``, reached as ``watch``);
  ``items_in_state`` for the command line; ``new_counts``/``new_total``;
  ``thread(item_id)`` (the stored items of its thread, oldest first); ``item(item_id)``;
  ``sentence(item)`` (the row's accessible name); ``reading_limits`` and ``counted`` (what
  the platform said about the last read, and counted without listing).
- The officer's actions: ``mark_read``, ``mark_handled`` (dismiss: handled without an answer),
  ``correct`` (his labels replace the triage's and are fed back to it), ``reply`` (a post whose
  one target answers the item, sent by the publishing engine exactly once; once published the
  item is handled), ``moderate`` (hide, unhide, approve, spam, trash, dismiss on the platform;
  handles the item), ``can_reply``/``reading_refusal`` (why not, in words), ``answered_by``
  (the item a queued reply answers), saved replies and their fields (``fill_saved_reply``).

Every change checks its input first and raises ``UserInputError`` (translated) without writing
anything; platform refusals come back as ``UserInputError`` too, with the platform's words.
"""

from __future__ import annotations

import enum
import logging
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..domain.errors import UserInputError
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import ItemKind, ItemState
from ..domain.inbox_items import (
    LABELS,
    InboxItem,
    Labels,
    SavedReply,
    ago,
    item_sentence,
    kind_name,
    label_name,
    no_replies_message,
    window_closed_message,
)
from ..domain.model import (
    Account,
    AccountState,
    Post,
    PublishRecord,
    PublishState,
    Target,
    utc_now,
)
from ..domain.plaintext import has_visible_text, without_bom
from ..domain.scheduling import backoff_delay
from ..platforms.base import (
    AuthExpired,
    InboxReader,
    Moderator,
    OutcomeUnknown,
    PlatformError,
    RateLimited,
    Replier,
    SaysWhatItCannotRead,
    Transient,
    new_idempotency_key,
)
from ..platforms.http import clamp_wait, describe_wait
from ..platforms.registry import PlatformRegistry
from ..publishing.engine import holder_is_gone, publisher_id
from ..publishing.rules import measure_for
from ..store import Store

__all__ = ["MAX_BATCHES_PER_SYNC", "MODERATION_ACTIONS", "InboxItem", "InboxService",
           "InboxView", "ItemKind", "ItemState", "Labels", "SavedReply", "SyncReport",
           "action_label", "ago", "announcement", "item_sentence", "kind_name", "label_name"]

log = logging.getLogger(__name__)

# Only one process reads the inboxes at their cadence (the window or the agent, whichever came
# first): two would read every platform twice, and X bills each read. Renewed at each
# ``sync_due``, which runs at least every minute while the holder lives.
READER_LEASE = "inbox-reader"
READER_LEASE_SECONDS = 10 * 60

# One sync reads at most this many batches from an account; the rest waits for the next sync
# (due at once), so one busy account cannot hold up the others or the window.
MAX_BATCHES_PER_SYNC = 20
# After a refusal that is not a rate limit or a lost connection (a permission the app lacks,
# say), read again no sooner than this: the platform will not change its mind every minute.
REFUSED_WAIT = timedelta(minutes=30)


class InboxView(enum.StrEnum):
    PRIORITY = "priority"  # open items: emergencies, then complaints, then the rest
    NEW = "new"  # new items, newest first
    ACCOUNT = "account"  # one account's items (give ``account_id``), newest first
    HANDLED = "handled"  # answered, hidden or dismissed
    ALL = "all"  # everything, newest first
    MENTIONS = "mentions"  # what the saved searches (brand and keyword watch) found


@dataclass(frozen=True)
class SyncReport:
    """What reading one account brought, for the window and the agent.

    ``new_by_kind`` counts the items new to the store; ``urgent_items`` are the emergencies
    among them (said at once, with their own sound); ``problem`` is in words ("" when the read
    went well); ``paused``: the login expired and the account now waits to be reconnected.
    ``announcement`` is the one sentence to say for this sync and account ("" for nothing).
    """

    account_id: int
    account_name: str
    new_by_kind: dict[ItemKind, int] = field(default_factory=dict)
    complaints: int = 0
    urgent_items: tuple[InboxItem, ...] = ()
    reopened: int = 0
    problem: str = ""
    paused: bool = False
    next_at: datetime | None = None
    announcement: str = ""
    # What the platform said about this read in words (a permission the app lacks, how long
    # it keeps items), each once; and what it counted without listing (likes, reactions).
    notes: tuple[str, ...] = ()
    counted: dict[str, int] = field(default_factory=dict)
    new_ids: tuple[int, ...] = ()  # the stored items new to the store, by their ids

    @property
    def new(self) -> int:
        return sum(self.new_by_kind.values())


# The moderation actions, as the platform adapters name them, and the moderation state each
# leaves an item in.
MODERATION_ACTIONS = {"hide": "hidden", "unhide": "", "approve": "approved", "spam": "spam",
                      "trash": "trash", "dismiss": "dismissed"}
_ACTION_LABELS = {
    "hide": QT_TRANSLATE_NOOP("Inbox", "Hide"),
    "unhide": QT_TRANSLATE_NOOP("Inbox", "Show again"),
    "approve": QT_TRANSLATE_NOOP("Inbox", "Approve"),
    "spam": QT_TRANSLATE_NOOP("Inbox", "Mark as spam"),
    "trash": QT_TRANSLATE_NOOP("Inbox", "Move to trash"),
    "dismiss": QT_TRANSLATE_NOOP("Inbox", "Dismiss"),
}
_ACTION_DONE = {
    "hide": QT_TRANSLATE_NOOP("Inbox", "Hidden on {account}."),
    "unhide": QT_TRANSLATE_NOOP("Inbox", "Shown again on {account}."),
    "approve": QT_TRANSLATE_NOOP("Inbox", "Approved on {account}."),
    "spam": QT_TRANSLATE_NOOP("Inbox", "Marked as spam on {account}."),
    "trash": QT_TRANSLATE_NOOP("Inbox", "Moved to the trash on {account}."),
    "dismiss": QT_TRANSLATE_NOOP("Inbox", "Dismissed on {account}."),
}
# "%n new comments" and the like, one plural message per kind (Qt's %n plural forms).
_NEW_OF_KIND = {
    ItemKind.REPLY: QT_TRANSLATE_NOOP("Inbox", "%n new replies"),
    ItemKind.MENTION: QT_TRANSLATE_NOOP("Inbox", "%n new mentions"),
    ItemKind.QUOTE: QT_TRANSLATE_NOOP("Inbox", "%n new quotes"),
    ItemKind.COMMENT: QT_TRANSLATE_NOOP("Inbox", "%n new comments"),
    ItemKind.MESSAGE: QT_TRANSLATE_NOOP("Inbox", "%n new messages"),
}
_KIND_ORDER = (ItemKind.COMMENT, ItemKind.REPLY, ItemKind.MENTION, ItemKind.QUOTE,
               ItemKind.MESSAGE)
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
AUTHOR_FIELD = "nama"


def action_label(action: str) -> str:
    """What a moderation action is called on its button ("Hide", "Approve"…)."""
    return translate("Inbox", _ACTION_LABELS[action])


def announcement(account_name: str, new_by_kind: dict[ItemKind, int], complaints: int,
                 urgent: int) -> str:
    """"3 new comments, 1 new message on Facebook RSKO, 1 emergency, 1 complaint"; "" when
    nothing is new."""
    parts = [translate("Inbox", _NEW_OF_KIND[kind], n=new_by_kind[kind])
             for kind in _KIND_ORDER if new_by_kind.get(kind)]
    if not parts:
        return ""
    sentence = translate("Inbox", "{items} on {account}").format(
        items=", ".join(parts), account=account_name)
    if urgent:
        sentence += ", " + translate("Inbox", "%n emergencies", n=urgent)
    if complaints:
        sentence += ", " + translate("Inbox", "%n complaints", n=complaints)
    return sentence


def fill_template(body: str, values: dict[str, str]) -> str:
    """``body`` with each ``{field}`` that has a value replaced; a field without one stays as
    written, for the officer to fill in by hand."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), body)


def template_fields(body: str) -> list[str]:
    """The ``{fields}`` a saved reply uses, in order, each once."""
    return list(dict.fromkeys(_FIELD.findall(body)))


class InboxService:
    def __init__(self, store: Store, registry: Callable[[], PlatformRegistry], *,
                 clock: Callable[[], datetime] = utc_now,
                 zone: Callable[[], str] = lambda: "Asia/Jakarta",
                 rng: random.Random | None = None, role: str = "app"):
        self.store = store
        self._registry = registry  # reached on first use: the platform layer loads late
        self.clock = clock
        self.zone = zone
        self.rng = rng or random.Random()
        self.holder = publisher_id(f"{role}-inbox")  # this process, for the reader lease
        from .watch import WatchService  # brand and keyword watch (issue 16)

        self.watch = WatchService(self)

    @property
    def registry(self) -> PlatformRegistry:
        return self._registry()

    # -- views ----------------------------------------------------------------------------------

    def items(self, view: InboxView | str = InboxView.PRIORITY, *,
              account_id: int | None = None, limit: int = 50,
              offset: int = 0) -> list[InboxItem]:
        """One page of a view. ``account_id`` narrows any view to one account (and is required
        for ``InboxView.ACCOUNT``)."""
        view = InboxView(view)
        if view is InboxView.ACCOUNT and account_id is None:
            raise UserInputError(translate("Inbox", "Choose an account to see its inbox."))
        inbox = self.store.inbox
        if view is InboxView.PRIORITY:
            return inbox.list(open_only=True, by_rank=True, account_id=account_id, limit=limit,
                              offset=offset)
        if view is InboxView.MENTIONS:
            return inbox.list(watched=True, account_id=account_id, limit=limit, offset=offset)
        if view is InboxView.ACCOUNT:
            return inbox.list(watched=False, account_id=account_id, limit=limit, offset=offset)
        state = {InboxView.NEW: ItemState.NEW, InboxView.HANDLED: ItemState.HANDLED}.get(view)
        return inbox.list(state=state, account_id=account_id, limit=limit, offset=offset)

    def items_in_state(self, state: ItemState | None, *, account_id: int | None = None,
                       limit: int = 1000, offset: int = 0) -> list[InboxItem]:
        """Items in one state (None: every state), newest first."""
        return self.store.inbox.list(state=state, account_id=account_id, limit=limit,
                                     offset=offset)

    def item(self, item_id: int) -> InboxItem:
        found = self.store.inbox.get(item_id)
        if found is None:
            raise UserInputError(translate("Inbox", "There is no inbox item {id}.").format(
                id=item_id))
        return found

    def thread(self, item_id: int) -> list[InboxItem]:
        """The stored items of the item's thread, oldest first (the item alone when the
        platform names no thread)."""
        item = self.item(item_id)
        if not item.remote.thread_id:
            return [item]
        return self.store.inbox.thread(item.account_id, item.remote.thread_id)

    def sentence(self, item: InboxItem) -> str:
        """The one sentence a screen reader says for the item (its row's accessible name):
        "Complaint · Facebook RSKO · Budi: Antre di poli jiwa tiga jam… · 10 minutes ago"."""
        return item_sentence(item, self.clock(), self.zone())

    def new_counts(self) -> dict[tuple[int, ItemKind], int]:
        """New items per (account id, kind)."""
        return self.store.inbox.new_counts()

    def newest_id(self) -> int:
        """The id of the item stored last (0 for none); see ``stored_after``."""
        return self.store.inbox.newest_id()

    def stored_after(self, item_id: int, limit: int = 500) -> list[InboxItem]:
        """The new items stored after ``item_id``, oldest first: what another process (the
        agent) read since the window last looked."""
        return self.store.inbox.stored_after(item_id, limit)

    def new_total(self, account_id: int | None = None) -> int:
        return self.store.inbox.count(state=ItemState.NEW, account_id=account_id)

    def accounts(self) -> list[Account]:
        return self.store.accounts.list()

    def account_named(self, name: str) -> Account | None:
        return self.store.accounts.by_name(name)

    # -- what a platform cannot do, in words -------------------------------------------------

    def reading_refusal(self, account: Account) -> str:
        """Why HumasDesk does not read this account's inbox, in words; "" when it does."""
        try:
            spec = self.registry.spec(account.platform)
        except KeyError as exc:
            return str(exc.args[0])
        adapter = self._adapter(account)
        if not isinstance(adapter, InboxReader):
            if isinstance(adapter, SaysWhatItCannotRead) and adapter.cannot_read_reason():
                return adapter.cannot_read_reason()  # a site posted by hand, the outbox, ...
            return translate("Inbox", "HumasDesk cannot read comments or messages on "
                                      "{platform} yet; open it in the browser.").format(
                platform=spec.display_name())
        if account.options.get("read_inbox") is False:
            return translate("Inbox", "Reading the inbox of {account} is turned off on the "
                                      "Accounts page.").format(account=account.name)
        return ""

    def reading_limits(self, account: Account) -> str:
        """What HumasDesk reads of this account only in part, in the platform's words, as the
        last read said it (a Bluesky app password without access to direct messages, how long
        Telegram keeps updates); "" when nothing was said or the account is not read at all
        (see ``reading_refusal``)."""
        if self.reading_refusal(account):
            return ""
        return " ".join(self.store.inbox.cursor(account.id).notes)

    def counted(self, account_id: int) -> dict[str, int]:
        """What the account's platform counted without listing since reading began (likes,
        reposts, reactions), by name."""
        return dict(self.store.inbox.cursor(account_id).counts)

    def can_reply(self, item: InboxItem | int) -> str:
        """Why this item cannot be answered from HumasDesk, in words; "" when it can."""
        item = self.item(item) if isinstance(item, int) else item
        account = self.store.accounts.get(item.account_id)
        if account is None:
            return translate("Publishing", "That account no longer exists.")
        if account.state is not AccountState.OK:
            return translate("Inbox", "{account} cannot answer now: {state}.").format(
                account=account.name, state=account.state.label())
        if not isinstance(self._adapter(account), Replier):
            return no_replies_message(account.name)
        return self.window_closed(item)

    def window_closed(self, item: InboxItem) -> str:
        """The words for an item whose reply window has closed; "" while it is open."""
        until = item.remote.reply_until
        if until is None or self.clock() <= until:
            return ""
        return window_closed_message(until, self.zone(), item.account_name)

    def moderation_actions(self, item: InboxItem | int) -> tuple[str, ...]:
        """The moderation actions the item's platform allows ("hide", "approve", ...)."""
        item = self.item(item) if isinstance(item, int) else item
        account = self.store.accounts.get(item.account_id)
        adapter = self._adapter(account) if account else None
        if not isinstance(adapter, Moderator):
            return ()
        return tuple(a for a in adapter.moderation_actions if a in MODERATION_ACTIONS)

    # -- reading the platforms ---------------------------------------------------------------

    def sync_due(self) -> list[SyncReport]:
        """Read every account whose time has come; one report per account read. Nothing
        while another process (the window, the agent) is the one that reads: see
        ``is_reader``."""
        if not self._hold_reader_lease():
            return []
        now = self.clock()
        cursors = self.store.inbox.cursors()
        reports = []
        for account in self._readable_accounts():
            known = cursors.get(account.id)
            # The store keeps milliseconds: a time rounded up by less than one is due.
            if known is not None and known.next_at is not None and \
                    known.next_at > now + timedelta(milliseconds=1):
                continue
            reports.append(self.sync_account(account.id))
        # Then the saved searches: after the account's own notifications, so a post that is
        # both is stored as the notification.
        reports += self.watch.sync_due()
        return reports

    def _hold_reader_lease(self) -> bool:
        now = self.clock()
        leases = self.store.leases
        if leases.acquire(READER_LEASE, self.holder, now, READER_LEASE_SECONDS):
            return True
        holder = leases.holder(READER_LEASE, now)
        if holder is not None and holder_is_gone(holder):  # its process crashed
            return leases.take_over(READER_LEASE, holder, self.holder, now,
                                    READER_LEASE_SECONDS)
        return False

    def is_reader(self) -> bool:
        """Whether this process reads the inboxes at their cadence (``sync_due``)."""
        return self.store.leases.holder(READER_LEASE, self.clock()) == self.holder

    def release(self) -> None:
        """Stop being the reader (the window closes, the agent stops): another may take over."""
        self.store.leases.release(READER_LEASE, self.holder)

    def next_sync_at(self) -> datetime | None:
        """When ``sync_due`` next has an account to read (now, for one never read); None when
        no account can be read."""
        cursors = self.store.inbox.cursors()
        times = []
        for account in self._readable_accounts():
            known = cursors.get(account.id)
            times.append(known.next_at if known and known.next_at else self.clock())
        searches = self.watch.next_run_at()
        if searches is not None:
            times.append(searches)
        return min(times) if times else None

    def sync_account(self, account_id: int) -> SyncReport:
        """Read one account now (whatever its cadence says). Never raises a platform error:
        the report says what went wrong, and when the account is read next."""
        account = self.store.accounts.get(account_id)
        if account is None:
            raise UserInputError(translate("Publishing", "That account no longer exists."))
        refusal = self.reading_refusal(account)
        if refusal:
            return SyncReport(account.id, account.name, problem=refusal)
        if account.state is not AccountState.OK:
            return SyncReport(account.id, account.name, problem=translate(
                "Inbox", "{account} cannot be read now: {state}.").format(
                    account=account.name, state=account.state.label()))
        adapter = self._adapter(account)
        cadence = adapter.inbox_cadence
        corrections = self._corrections()
        by_kind: Counter[ItemKind] = Counter()
        counted: Counter[str] = Counter()
        notes: list[str] = []
        complaints, urgent_ids, reopened = 0, [], 0
        new_ids: list[int] = []
        cursor = self.store.inbox.cursor(account.id).cursor
        next_at = self.clock() + cadence
        problem, paused = "", False
        for _ in range(MAX_BATCHES_PER_SYNC):
            try:
                batch = adapter.read_inbox(cursor)
            except PlatformError as exc:
                problem, paused, next_at = self._read_failed(account, exc, cadence)
                break
            except Exception:  # a bug in an adapter must not stop the other accounts
                log.exception("reading the inbox of account %s failed", account.id)
                problem, paused, next_at = self._read_failed(
                    account, PlatformError(translate(
                        "Inbox", "Something went wrong inside HumasDesk while reading.")),
                    cadence)
                break
            labelled = [(remote, self._label(remote.text, corrections))
                        for remote in batch.items]
            counted.update(batch.counts)
            if batch.note and batch.note not in notes:
                notes.append(batch.note)
            due = self.clock() if batch.more else self.clock() + cadence
            saved = self.store.inbox.save_batch(
                account.id, labelled, cursor=batch.cursor, expected_cursor=cursor,
                next_at=due, counts=batch.counts, now=self.clock())
            for (remote, label), item_id in zip(labelled, saved.new_ids, strict=True):
                if item_id is None:
                    continue
                new_ids.append(item_id)
                by_kind[ItemKind(remote.kind)] += 1
                if label.urgent:
                    urgent_ids.append(item_id)
                elif label.complaint:
                    complaints += 1
            reopened += saved.reopened
            next_at = due
            if not saved.cursor_saved:
                break  # another reader (the window, the agent) moved on meanwhile
            cursor = batch.cursor
            if not batch.more:
                break
        if isinstance(adapter, SaysWhatItCannotRead):  # learned while reading (Bluesky DMs)
            reason = adapter.cannot_read_reason()
            if reason and reason not in notes:
                notes.append(reason)
        if not problem:
            self.store.inbox.set_notes(account.id, notes)
        urgent_items = tuple(i for i in (self.store.inbox.get(i) for i in urgent_ids) if i)
        speech = announcement(account.name, dict(by_kind), complaints, len(urgent_items))
        if problem:
            speech = f"{speech}. {problem}" if speech else problem
        return SyncReport(account.id, account.name, dict(by_kind), complaints, urgent_items,
                          reopened, problem, paused, next_at, speech, tuple(notes),
                          dict(counted), tuple(new_ids))

    def _read_failed(self, account: Account, exc: PlatformError,
                     cadence: timedelta) -> tuple[str, bool, datetime | None]:
        """Write down why reading failed and when to read again; (problem, paused, next)."""
        now = self.clock()
        failures = self.store.inbox.cursor(account.id).failures + 1
        zone = self.zone()
        if isinstance(exc, AuthExpired):
            # As publishing does: the account waits for the user to reconnect it.
            self.store.accounts.set_state(account.id, AccountState.NEEDS_RECONNECT)
            message = translate("Inbox", "{account} needs to be reconnected; its inbox is not "
                                         "read until then. {reason}").format(
                account=account.name, reason=exc.message)
            self.store.inbox.set_next(account.id, now, failures=failures,
                                      error_kind=exc.kind, error_message=message)
            return message, True, None
        if isinstance(exc, RateLimited):
            wait_until = max(clamp_wait(exc.reset_at or now + cadence, now), now + cadence)
            message = translate("Inbox", "{account} asks us to wait until {time} before "
                                         "reading its inbox again.").format(
                account=account.name, time=describe_wait(wait_until, zone))
            if exc.specific:
                message = f"{message} {exc.message}"
        elif isinstance(exc, Transient | OutcomeUnknown):
            wait_until = now + max(backoff_delay(failures, self.rng), cadence)
            message = translate("Inbox", "{account} could not be reached; reading its inbox "
                                         "again at {time}.").format(
                account=account.name, time=describe_wait(wait_until, zone))
        else:
            wait_until = now + max(REFUSED_WAIT, cadence)
            message = translate("Inbox", "The inbox of {account} could not be read: "
                                         "{reason}").format(account=account.name,
                                                            reason=exc.message)
        self.store.inbox.set_next(account.id, wait_until, failures=failures,
                                  error_kind=exc.kind, error_message=message)
        return message, False, wait_until

    def _readable_accounts(self) -> list[Account]:
        return [a for a in self.store.accounts.list()
                if a.state is AccountState.OK and not self.reading_refusal(a)]

    # -- triage -------------------------------------------------------------------------------

    def _corrections(self):
        """The officer's corrections, ready for the triage (built once per sync)."""
        from ..domain import triage

        return triage.Corrections(self.store.inbox.corrections())

    @staticmethod
    def _label(text: str, corrections) -> Labels:
        """The triage's labels for one message, taught by the officer's corrections."""
        from ..domain import triage

        result = triage.classify(text, corrections)
        return Labels(complaint=result.complaint, urgent=result.urgent,
                      question=result.question, reasons=tuple(result.reasons))

    def correct(self, item_id: int, **labels: bool) -> InboxItem:
        """The officer's labels for an item (``complaint=True``, ``urgent=False``...; the
        labels not given keep their value). Kept, shown instead of the triage's, and used by
        the triage for the messages that come later."""
        unknown = set(labels) - set(LABELS)
        if unknown:
            raise UserInputError(translate("Inbox", "Unknown label: {label}").format(
                label=", ".join(sorted(unknown))))
        item = self.item(item_id)
        current = item.labels
        merged = Labels(**{name: bool(labels.get(name, getattr(current, name)))
                           for name in LABELS}, reasons=current.reasons)
        self.store.inbox.correct(item.id, merged)
        return self.item(item.id)

    def toggle_label(self, item_id: int, label: str) -> InboxItem:
        """Turn one label on or off (the "correct the label" key)."""
        item = self.item(item_id)
        if label not in LABELS:
            raise UserInputError(translate("Inbox", "Unknown label: {label}").format(
                label=label))
        return self.correct(item_id, **{label: not getattr(item.labels, label)})

    # -- the officer's marks ------------------------------------------------------------------

    def mark_read(self, item_ids: Sequence[int]) -> int:
        """New items become read (read or handled ones stay as they are)."""
        return self.store.inbox.set_state(item_ids, ItemState.READ, only_from=[ItemState.NEW])

    def mark_handled(self, item_ids: Sequence[int], how: str = "marked") -> int:
        """Handled without an answer from HumasDesk (answered elsewhere, or nothing to say:
        dismissed). A new message in the same conversation reopens it."""
        return self.store.inbox.set_state(item_ids, ItemState.HANDLED, how=how)

    def dismiss(self, item_id: int) -> None:
        self.item(item_id)
        self.mark_handled([item_id], how="dismiss")

    def reopen(self, item_id: int) -> None:
        """Back among the open items (read), e.g. after handling one by mistake."""
        self.item(item_id)
        self.store.inbox.set_state([item_id], ItemState.READ)

    # -- answering ----------------------------------------------------------------------------

    def reply(self, item_id: int, text: str, *, delay: timedelta = timedelta(0),
              language: str = "id") -> PublishRecord:
        """Answer an item: a post with one target that names the item, due now plus ``delay``
        (the undo window). The publishing engine sends it exactly once, through the adapter's
        ``reply``; once published, the item is handled. Refused in words, with nothing
        written: an unknown item, an empty text, a platform that takes no replies, a closed
        reply window, a text the platform's rules refuse."""
        item = self.item(item_id)
        text = without_bom(text)
        if not has_visible_text(text):
            raise UserInputError(translate("Inbox", "The reply is empty. Write some text "
                                                    "first."))
        refusal = self.can_reply(item)
        if refusal:
            raise UserInputError(refusal)
        if self.store.inbox.pending_reply(item.id) is not None:
            # Also after a crash mid-send: the engine finishes that one, exactly once.
            raise UserInputError(translate(
                "Inbox", "A reply to this item is already waiting to be sent; it goes out "
                "once, also after a restart. To change it, cancel it in the queue first."))
        account = self.store.accounts.get(item.account_id)
        measurement = measure_for(text, account, self.registry)
        if not measurement.valid:
            raise UserInputError(translate("Publishing", "{account}: {problem}").format(
                account=account.name, problem=" ".join(p.message
                                                        for p in measurement.problems)))
        due = self.clock() + delay
        record = PublishRecord(target_id=0, state=PublishState.SCHEDULED, scheduled_at=due,
                               zone=self.zone(), idempotency_key=new_idempotency_key())
        target = Target(post_id=0, account_id=account.id, inbox_item_id=item.id)
        [record] = self.store.create_post(Post(body=text, language=language),
                                          [(target, record)])
        return record

    def answered_by(self, record_id: int) -> InboxItem | None:
        """The item a queued post answers, or None when the post is not a reply (so the
        queue's "edit" can reopen a reply as a reply, not as a post of its own)."""
        record = self.store.records.get(record_id)
        return self.store.inbox.for_target(record.target_id) if record else None

    def moderate(self, item_id: int, action: str) -> str:
        """Carry out a moderation action on the platform (hide, approve, spam, trash,
        dismiss...), then mark the item handled. Returns the sentence to announce. Calls the
        network: off the GUI thread."""
        item = self.item(item_id)
        allowed = self.moderation_actions(item)
        if action not in allowed:
            raise UserInputError(translate("Inbox", "{account} does not allow “{action}” on "
                                                    "this item.").format(
                account=item.account_name,
                action=action_label(action) if action in _ACTION_LABELS else action))
        account = self.store.accounts.get(item.account_id)
        adapter = self._adapter(account)
        try:
            adapter.moderate(item.remote, action)
        except AuthExpired as exc:
            self.store.accounts.set_state(account.id, AccountState.NEEDS_RECONNECT)
            raise UserInputError(exc.message) from None
        except PlatformError as exc:
            raise UserInputError(exc.message) from None
        self.store.inbox.handle(item.id, action, moderation=MODERATION_ACTIONS[action])
        return translate("Inbox", _ACTION_DONE[action]).format(account=item.account_name)

    # -- saved replies ------------------------------------------------------------------------

    def saved_replies(self, language: str | None = None) -> list[SavedReply]:
        return self.store.inbox.saved_replies(language)

    def save_reply(self, title: str, body: str, language: str = "id",
                   reply_id: int | None = None) -> SavedReply:
        title, body = title.strip(), without_bom(body)
        if not title:
            raise UserInputError(translate("Inbox", "Give the saved reply a name."))
        if not has_visible_text(body):
            raise UserInputError(translate("Inbox", "The saved reply is empty. Write some "
                                                    "text first."))
        if language not in ("id", "en"):
            raise UserInputError(translate("Inbox", "A saved reply is in Indonesian (id) or "
                                                    "English (en)."))
        return self.store.inbox.save_reply(SavedReply(title=title, body=body,
                                                      language=language, id=reply_id))

    def delete_saved_reply(self, reply_id: int) -> None:
        self.store.inbox.delete_saved_reply(reply_id)

    def reply_fields(self) -> dict[str, str]:
        """The officer's own template fields and their values ({"jam_besuk": "16.00"})."""
        return self.store.inbox.reply_fields()

    def set_reply_field(self, name: str, value: str | None) -> None:
        name = name.strip().strip("{}")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or name == AUTHOR_FIELD:
            raise UserInputError(translate(
                "Inbox", "A field name is one word of letters, digits and “_”, and not "
                         "“{author}” (that one is the author's name).").format(
                author=AUTHOR_FIELD))
        self.store.inbox.set_reply_field(name, value)

    def fill_saved_reply(self, reply: SavedReply, item_id: int) -> str:
        """The saved reply's text for this item: ``{nama}`` is the author's name, the other
        fields take the officer's values; a field with no value stays for him to fill."""
        item = self.item(item_id)
        values = dict(self.reply_fields())
        values[AUTHOR_FIELD] = item.remote.author_name or item.remote.author_handle
        return fill_template(reply.body, values)

    # -- helpers ------------------------------------------------------------------------------

    def _adapter(self, account: Account):
        return self.registry.adapter_for(account)

