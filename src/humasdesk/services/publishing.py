"""What the user does with posts: create them, and cancel, reschedule, retry or confirm them.

Sending is the engine's job (``publishing/engine.py``); ``PublishingService.engine`` builds one
for a process. Every change here is checked first, so bad input raises ``UserInputError`` and
writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import (
    Account,
    AccountState,
    Media,
    Post,
    PublishRecord,
    PublishState,
    Target,
    states_that_may_become,
    utc_now,
)
from ..domain.plaintext import has_visible_text, without_bom
from ..domain.scheduling import next_free_slot
from ..domain.timezones import format_local, zone_info
from ..platforms.base import PlatformError, new_idempotency_key
from ..platforms.registry import PlatformRegistry
from ..publishing.agent import HEARTBEAT_SECONDS, failed, run_agent
from ..publishing.engine import DEFAULT_GRACE, Engine, Outcome
from ..publishing.rules import measure_for, thread_parts
from ..store import Store
from .post_language import detect_language

# The engine and the agent loop, for the front ends that run one (the window, the agent).
__all__ = ["HEARTBEAT_SECONDS", "RECURRENCES", "Engine", "Outcome", "PublishingService",
           "failed", "run_agent"]

log = logging.getLogger(__name__)

RECURRENCES = ("", "weekly")


class PublishingService:
    def __init__(self, store: Store, registry: PlatformRegistry,
                 clock: Callable[[], datetime] = utc_now,
                 grace: Callable[[], timedelta] = lambda: DEFAULT_GRACE,
                 media_cache: Path | None = None):
        self.store = store
        self.media_cache = media_cache  # each platform's copy of a picture (media/fit.py)
        self.registry = registry
        self.clock = clock
        self.grace = grace  # how late a post may go out without asking (a setting)

    def engine(self, role: str) -> Engine:
        """A publishing engine for this process (the window, the agent or the CLI); only one
        of them, the lease holder, sends at a time."""
        return Engine(self.store, self.registry, role=role, grace=self.grace,
                      media_cache=self.media_cache)

    # -- the accounts a post can go to ------------------------------------------------------

    def accounts(self) -> list[Account]:
        return self.store.accounts.list()

    def account_named(self, name: str) -> Account | None:
        return self.store.accounts.by_name(name)

    def state_of(self, record_id: int) -> PublishState | None:
        record = self.store.records.get(record_id)
        return record.state if record else None

    # -- creating ---------------------------------------------------------------------------

    def submit(self, body: str, account_ids: Sequence[int], *, when: datetime | None = None,
               zone: str = "Asia/Jakarta", language: str | None = None,
               media: Sequence[Media] = (), delay: timedelta = timedelta(0), recurrence: str = "",
               variants: dict[int, str] | None = None,
               threads: set[int] | frozenset[int] = frozenset()) -> list[PublishRecord]:
        """Create a post for the accounts: due at ``when``, or now plus ``delay`` (the undo
        window of "Publish now"). ``variants`` maps an account id to its own text; accounts in
        ``threads`` get a text too long for one post as a numbered thread."""
        body = without_bom(body)
        variants = {k: without_bom(v) for k, v in (variants or {}).items() if v}
        if not has_visible_text(body) and not any(map(has_visible_text, variants.values())):
            raise UserInputError(translate("Publishing", "The post is empty. Write some text "
                                                         "first."))
        if not account_ids:
            raise UserInputError(translate("Publishing", "Choose at least one account."))
        if recurrence not in RECURRENCES:
            raise UserInputError(translate("Publishing", "Unknown repeat: {value}").format(
                value=recurrence))
        zone_info(zone)  # raises a translated error for an unknown zone
        now = self.clock()
        if when is not None and when <= now:
            raise UserInputError(translate(
                "Publishing", "{time} is already past. Choose a time in the future.").format(
                    time=format_local(when, zone)))
        due = when or now + delay
        targets = []
        for account_id in dict.fromkeys(account_ids):
            account = self._usable_account(account_id)
            variant = variants.get(account_id)
            self._check_text(variant or body, account, as_thread=account_id in threads)
            record = PublishRecord(
                target_id=0, state=PublishState.SCHEDULED, scheduled_at=due, zone=zone,
                idempotency_key=new_idempotency_key(), recurrence=recurrence)
            targets.append((Target(post_id=0, account_id=account_id,
                                   text_variant=variant or None,
                                   as_thread=account_id in threads), record))
        language = language or detect_language(body if has_visible_text(body)
                                               else " ".join(variants.values()))
        post = Post(body=body, language=language, media=list(media))
        return self.store.create_post(post, targets)

    def add_to_queue(self, body: str, account_ids: Sequence[int], *, zone: str,
                     language: str | None = None,
                     media: Sequence[Media] = ()) -> list[PublishRecord]:
        """Each account's next free queue slot (its ``slots`` option, e.g. 08:00, 12:00)."""
        records = []
        for account_id in dict.fromkeys(account_ids):
            account = self._usable_account(account_id)
            slots = account.options.get("slots") or []
            if not slots:
                raise UserInputError(translate(
                    "Publishing", "{account} has no queue times yet. Set them on the Accounts "
                    "page.").format(account=account.name))
            taken = [i.scheduled_at for i in self.store.queue.items(
                [PublishState.SCHEDULED, PublishState.HANDED_OFF], account_id=account_id)
                if i.scheduled_at]
            when = next_free_slot(slots, taken, self.clock(), zone)
            if when is None:
                raise UserInputError(translate("Publishing", "No free queue time in the next "
                                                             "60 days for {account}.").format(
                    account=account.name))
            records += self.submit(body, [account_id], when=when, zone=zone, language=language,
                                   media=media)
        return records

    def _check_text(self, text: str, account, *, as_thread: bool) -> None:
        """Refuse now what the platform would refuse when the post is due: an invisible text,
        or one its rules do not allow (checked part by part when it goes out as a thread)."""
        if not has_visible_text(text):
            raise UserInputError(translate(
                "Publishing", "The text for “{account}” is empty or has only invisible "
                "characters.").format(account=account.name))
        measurement = measure_for(text, account, self.registry)
        if measurement.valid:
            return
        problems = measurement.problems
        if as_thread and self.registry.spec(account.platform).capabilities.threads:
            problems = [problem for part in thread_parts(text, account, self.registry)
                        for problem in measure_for(part, account, self.registry).problems]
            if not problems:
                return
        raise UserInputError(translate("Publishing", "{account}: {problem}").format(
            account=account.name, problem=" ".join(p.message for p in problems)))

    def _usable_account(self, account_id: int):
        account = self.store.accounts.get(account_id)
        if account is None:
            raise UserInputError(translate("Publishing", "That account no longer exists."))
        if account.state is not AccountState.OK:
            raise UserInputError(translate(
                "Publishing", "The account “{name}” cannot publish now: {state}.").format(
                    name=account.name, state=account.state.label()))
        return account

    # -- changing ---------------------------------------------------------------------------

    def _record(self, record_id: int) -> PublishRecord:
        record = self.store.records.get(record_id)
        if record is None:
            raise UserInputError(translate("Publishing", "That post no longer exists."))
        return record

    def _refuse(self, record: PublishRecord) -> UserInputError:
        return UserInputError(translate("Publishing", "This post is {state}; that cannot be "
                                                      "changed now.").format(
            state=record.state.label().lower()))

    def cancel(self, record_id: int) -> None:
        record = self._record(record_id)
        if record.state is PublishState.HANDED_OFF:
            self._adapter_for(record).cancel_scheduled(record.remote_id)
        if not self.store.records.transition(
                record_id, states_that_may_become(PublishState.CANCELLED) -
                {PublishState.SENDING}, PublishState.CANCELLED, error_kind="",
                error_message=""):
            raise self._refuse(record)

    def reschedule(self, record_id: int, when: datetime) -> None:
        record = self._record(record_id)
        if when <= self.clock():
            raise UserInputError(translate(
                "Publishing", "{time} is already past. Choose a time in the future.").format(
                    time=format_local(when, record.zone)))
        if record.state is PublishState.HANDED_OFF:
            # Take it back; the engine hands it off again at the new time if it can.
            self._adapter_for(record).cancel_scheduled(record.remote_id)
        allowed = states_that_may_become(PublishState.SCHEDULED) - {PublishState.SENDING}
        if not self.store.records.transition(
                record_id, allowed, PublishState.SCHEDULED, scheduled_at=when, due_at=when,
                attempts=0, remote_id="", error_kind="", error_message=""):
            raise self._refuse(record)

    def publish_now(self, record_id: int) -> None:
        """Send a scheduled, failed or missed post at the next run (which starts at once)."""
        record = self._record(record_id)
        if record.state is PublishState.HANDED_OFF:
            self._adapter_for(record).cancel_scheduled(record.remote_id)
        allowed = states_that_may_become(PublishState.SCHEDULED) - {PublishState.SENDING}
        now = self.clock()
        if not self.store.records.transition(
                record_id, allowed, PublishState.SCHEDULED, due_at=now, scheduled_at=now,
                remote_id="", error_kind="", error_message=""):
            raise self._refuse(record)

    def mark_published(self, record_id: int, url: str = "") -> None:
        """The user checked: it did go out (an unknown outcome, or posted by hand)."""
        record = self._record(record_id)
        with self.store.db.transaction() as conn:
            if not self.store.records.transition(
                    record_id, [PublishState.NEEDS_ATTENTION, PublishState.AWAITING_USER],
                    PublishState.PUBLISHED, conn, remote_url=url.strip(),
                    published_at=self.clock(),
                    by_hand=int(record.state is PublishState.AWAITING_USER), error_kind="",
                    error_message=""):
                raise self._refuse(record)
            answered = self.store.inbox.for_target(record.target_id)
            if answered is not None:  # a reply (issue 15): the item it answers is handled
                self.store.inbox.handle(answered.id, "reply", conn=conn)

    def _adapter_for(self, record: PublishRecord):
        item = self.store.queue.item(record.id)
        adapter = self.registry.adapter_for(self.store.accounts.get(item.account_id))
        return _TranslatedErrors(adapter)


class _TranslatedErrors:
    """Platform errors during a user's action become a message for him, not a traceback."""

    def __init__(self, adapter):
        self.adapter = adapter

    def __getattr__(self, name):
        method = getattr(self.adapter, name)

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except PlatformError as exc:
                raise UserInputError(exc.message) from None
        return call
