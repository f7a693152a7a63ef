"""The publishing engine: sends due records exactly once, retries, recovers after a crash.

State machine and rules: DESIGN.md "Publishing state machine" and domain.model.TRANSITIONS.

- Every transition is one database transaction; "sending" is committed, with the record's
  idempotency key and the publisher's id, before the network call.
- Only the holder of the "publisher" lease sends (one publisher per data directory, whether
  that is the window, the agent or the CLI); the lease is renewed at every run.
- A record found "sending" at the start of a run is an orphan (a crash, a power cut, or a
  check that could not be made): it is resolved by capability — retried with the same key where
  the platform deduplicates, looked up where it can be, otherwise handed to the user. Never
  re-posted blindly.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain.i18n import translate
from ..domain.model import AccountState, PublishRecord, PublishState, utc_now
from ..domain.scheduling import (
    MAX_TRANSIENT_ATTEMPTS,
    backoff_delay,
    is_missed,
    next_weekly,
)
from ..domain.timezones import describe_instant
from ..platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    OutgoingPost,
    PlatformError,
    PublishResult,
    RateLimited,
    ThreadPart,
    Transient,
    new_idempotency_key,
)
from ..platforms.http import clamp_wait, describe_wait, send_window
from ..platforms.registry import PlatformRegistry
from ..store import Store
from .rules import thread_parts

log = logging.getLogger(__name__)

LEASE_NAME = "publisher"
LEASE_TTL_SECONDS = 90  # longer than any single platform call (HTTP timeouts are 30 s)
DEFAULT_GRACE = timedelta(minutes=15)
HANDOFF_MARGIN = timedelta(minutes=2)  # on top of the platform's own minimum lead time
KEY_EXPIRY_MARGIN = timedelta(minutes=5)


@dataclass(frozen=True)
class Outcome:
    """What happened to one record in a run; ``message`` is for the user (announced)."""

    record_id: int
    account_name: str
    state: PublishState
    message: str
    url: str = ""


def publisher_id(role: str) -> str:
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{os.urandom(3).hex()}"


def holder_is_gone(holder: str) -> bool:
    """True only when the lease holder ran on this computer and its process no longer exists.
    A reused process id makes this say "alive", which errs on the safe side (wait for the lease
    to expire). Not decided on Windows, where os.kill cannot probe a process."""
    try:
        _role, host, pid, _nonce = holder.rsplit(":", 3)
        pid_number = int(pid)
    except ValueError:
        return False
    if host != socket.gethostname() or os.name != "posix" or pid_number == os.getpid():
        return False
    try:
        os.kill(pid_number, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Engine:
    def __init__(self, store: Store, registry: PlatformRegistry, *, role: str = "app",
                 clock: Callable[[], datetime] = utc_now, rng: random.Random | None = None,
                 grace: Callable[[], timedelta] = lambda: DEFAULT_GRACE):
        self.store = store
        self.registry = registry
        self.clock = clock
        self.rng = rng or random.Random()
        self.grace = grace
        self.holder = publisher_id(role)
        self._lock = threading.Lock()  # one run at a time in this process

    # -- the lease ----------------------------------------------------------------------------

    def acquire(self) -> bool:
        now = self.clock()
        if self.store.leases.acquire(LEASE_NAME, self.holder, now, LEASE_TTL_SECONDS):
            return True
        # A publisher on this computer that crashed (kill -9, power cut) would block
        # publishing until its lease expires; when its process is gone, take over at once.
        holder = self.store.leases.holder(LEASE_NAME, now)
        if holder is not None and holder_is_gone(holder):
            log.info("taking over the lease of %s, whose process is gone", holder)
            return self.store.leases.take_over(LEASE_NAME, holder, self.holder, now,
                                               LEASE_TTL_SECONDS)
        return False

    def release(self) -> None:
        self.store.leases.release(LEASE_NAME, self.holder)

    def is_publisher(self) -> bool:
        return self.store.leases.holder(LEASE_NAME, self.clock()) == self.holder

    # -- a run --------------------------------------------------------------------------------

    def run_once(self, only: set[int] | None = None) -> list[Outcome]:
        """Recover orphans, hand off far-future posts, confirm handed-off ones, send due ones.

        Returns nothing when another publisher holds the lease. ``only`` limits sending to
        those record ids (the CLI's "publish now").
        """
        with self._lock:
            if not self.acquire():
                return []
            outcomes: list[Outcome] = []
            outcomes += self.recover()
            outcomes += self.confirm_handed_off()
            outcomes += self.hand_off()
            for record in self.store.records.due(self.clock()):
                if only is not None and record.id not in only:
                    continue
                if not self.acquire():  # renew between sends; stop if we lost it
                    break
                outcome = self.send(record)
                if outcome is not None:
                    outcomes.append(outcome)
            return outcomes

    def next_wake(self) -> datetime | None:
        """When the next run has work: the earliest due record or handed-off confirmation."""
        candidates = [self.store.records.next_due_at(),
                      self.store.records.next_handed_off_at()]
        candidates = [c for c in candidates if c is not None]
        return min(candidates) if candidates else None

    # -- sending ------------------------------------------------------------------------------

    def send(self, record: PublishRecord) -> Outcome | None:
        """Send one due record; None if its account was paused since the run began."""
        item = self.store.queue.item(record.id)
        if item.account_state is not AccountState.OK:
            return None
        now = self.clock()
        if record.due_at is not None and is_missed(record.due_at, now, self.grace()):
            return self._missed(record, item)
        earlier_send = record.first_sent_at  # a try that may have reached the platform
        first_sent = earlier_send or now
        claimed = self.store.records.transition(
            record.id, [PublishState.SCHEDULED], PublishState.SENDING,
            attempts=record.attempts + 1, claimed_by=self.holder, first_sent_at=first_sent)
        if not claimed:  # someone (the user, another run) moved it first
            current = self.store.records.get(record.id)
            return Outcome(record.id, item.account_name, current.state, current.state.label())
        record.attempts += 1
        record.first_sent_at = first_sent
        account = self.store.accounts.get(item.account_id)
        adapter = None
        try:
            adapter = self.registry.adapter_for(account)
            if earlier_send is not None and adapter.capabilities.idempotency and \
                    not self._key_remembered(adapter, record):
                # An earlier try may have reached the platform, which has since forgotten the
                # key: sending again could post twice. Look for it, or ask.
                return self._resolve_unknown(record, item, adapter)
            result = adapter.publish(self._outgoing(record, item))
        except PlatformError as exc:
            return self._failed(record, item, exc, adapter, earlier_send)
        except Exception:
            log.exception("adapter crashed while publishing record %s", record.id)
            message = translate("Publishing", "Something went wrong inside HumasDesk while "
                                              "sending; check the account before sending again.")
            self._to(record, PublishState.NEEDS_ATTENTION, error_kind="internal",
                     error_message=message)
            return Outcome(record.id, item.account_name, PublishState.NEEDS_ATTENTION, message)
        return self._published(record, item, result)

    def _outgoing(self, record: PublishRecord, item) -> OutgoingPost:
        post = self.store.posts.get(item.post_id)
        outgoing = OutgoingPost(text=item.text, idempotency_key=record.idempotency_key,
                                language=post.language, media=post.media, zone=record.zone,
                                scheduled_at=record.scheduled_at)
        target = self.store.targets.get(record.target_id)
        account = self.store.accounts.get(item.account_id)
        if target.as_thread and self.registry.spec(account.platform).capabilities.threads:
            parts = thread_parts(item.text, account, self.registry)
            if len(parts) > 1:  # images go with the first part
                outgoing.text = parts[0]
                outgoing.thread = [ThreadPart(text) for text in parts[1:]]
        return outgoing

    def _to(self, record: PublishRecord, state: PublishState, conn=None, **fields) -> bool:
        return self.store.records.transition(record.id, [PublishState.SENDING], state,
                                             conn=conn, claimed_by="", **fields)

    def _published(self, record: PublishRecord, item, result: PublishResult) -> Outcome:
        with self.store.db.transaction() as conn:
            self._to(record, PublishState.PUBLISHED, conn=conn, remote_id=result.remote_id,
                     remote_url=result.url, by_hand=int(result.by_hand),
                     published_at=self.clock(), error_kind="", error_message="")
            if record.recurrence == "weekly":
                self._schedule_next_occurrence(conn, record, item)
        return Outcome(record.id, item.account_name, PublishState.PUBLISHED, translate(
            "Publishing", "Published to {account}.").format(account=item.account_name),
            result.url)

    def _schedule_next_occurrence(self, conn, record: PublishRecord, item) -> None:
        """A weekly post: the same wall-clock time next week, as a new record of the post."""
        from ..domain.model import Target

        base = record.scheduled_at or self.clock()
        when = next_weekly(base, record.zone, now=self.clock())
        target = Target(post_id=item.post_id, account_id=item.account_id,
                        text_variant=self.store.targets.get(record.target_id).text_variant)
        # A target is unique per (post, account), so each occurrence is a copy of the post.
        post = self.store.posts.get(item.post_id)
        post.id = None
        self.store.posts.insert(conn, post)
        target.post_id = post.id
        self.store.targets.insert(conn, target)
        self.store.records.insert(conn, PublishRecord(
            target_id=target.id, state=PublishState.SCHEDULED, scheduled_at=when,
            zone=record.zone, idempotency_key=new_idempotency_key(), recurrence="weekly"))

    def _failed(self, record: PublishRecord, item, exc: PlatformError, adapter,
                earlier_send: datetime | None = None) -> Outcome:
        now = self.clock()
        name = item.account_name
        log.info("record %s: %s", record.id, exc.kind)
        if not isinstance(exc, OutcomeUnknown) and earlier_send is None:
            # The platform answered and took nothing, so it knows no key of ours yet.
            record.first_sent_at = None
            self.store.records.transition(record.id, [PublishState.SENDING],
                                          PublishState.SENDING, first_sent_at=None,
                                          claimed_by=self.holder)
        if isinstance(exc, AuthExpired):
            # Pause everything of this account: due() skips accounts that are not "ok".
            with self.store.db.transaction() as conn:
                self._to(record, PublishState.SCHEDULED, conn=conn, due_at=record.due_at or now,
                         error_kind=exc.kind, error_message=exc.message)
                conn.execute("UPDATE accounts SET state = ? WHERE id = ?",
                             (AccountState.NEEDS_RECONNECT.value, item.account_id))
            return Outcome(record.id, name, PublishState.SCHEDULED, translate(
                "Publishing", "{account} needs to be reconnected; its posts wait until then. "
                "{reason}").format(account=name, reason=exc.message))
        if isinstance(exc, RateLimited):
            # Clamped (at most a day): a reset a server sent must neither overflow nor park the
            # post for years.
            wait_until = max(clamp_wait(exc.reset_at or now, now), now) + \
                backoff_delay(1, self.rng) / 10
            message = translate("Publishing", "{account} asks us to wait until {time}; "
                                              "HumasDesk will try again then.").format(
                account=name, time=describe_wait(wait_until, record.zone))
            if exc.specific:
                message = f"{message} {exc.message}"
            self._to(record, PublishState.SCHEDULED, due_at=wait_until, error_kind=exc.kind,
                     error_message=message)
            return Outcome(record.id, name, PublishState.SCHEDULED, message)
        if isinstance(exc, Transient):
            if record.attempts >= MAX_TRANSIENT_ATTEMPTS:
                message = translate("Publishing", "Not published to {account} after {n} "
                                                  "tries: {reason}").format(
                    account=name, n=record.attempts, reason=exc.message)
                self._to(record, PublishState.FAILED, error_kind=exc.kind, error_message=message)
                return Outcome(record.id, name, PublishState.FAILED, message)
            retry_at = now + backoff_delay(record.attempts, self.rng)
            self._to(record, PublishState.SCHEDULED, due_at=retry_at, error_kind=exc.kind,
                     error_message=exc.message)
            return Outcome(record.id, name, PublishState.SCHEDULED, translate(
                "Publishing", "{account} could not be reached; trying again at {time}.").format(
                    account=name, time=describe_instant(retry_at, record.zone)))
        if isinstance(exc, OutcomeUnknown):
            return self._resolve_unknown(record, item, adapter)
        if exc.kind == "awaiting_user":
            # A site without a posting API (or a fallback to one): he posts it by hand and
            # confirms in the queue; nothing went out yet.
            self._to(record, PublishState.AWAITING_USER, error_kind=exc.kind,
                     error_message=exc.message)
            return Outcome(record.id, name, PublishState.AWAITING_USER, exc.message)
        # Rejected, or any other refusal: permanent, with the platform's own words.
        message = translate("Publishing", "Not published to {account}: {reason}").format(
            account=name, reason=exc.message)
        self._to(record, PublishState.FAILED, error_kind=exc.kind, error_message=message)
        return Outcome(record.id, name, PublishState.FAILED, message)

    def _missed(self, record: PublishRecord, item) -> Outcome:
        when = describe_instant(record.due_at, record.zone)
        message = translate("Publishing", "The post for {account} was due at {time} but was "
                                          "not sent then. Publish it now, reschedule or cancel "
                                          "it.").format(account=item.account_name, time=when)
        self.store.records.transition(record.id, [PublishState.SCHEDULED],
                                      PublishState.NEEDS_ATTENTION, error_kind="missed",
                                      error_message=message)
        return Outcome(record.id, item.account_name, PublishState.NEEDS_ATTENTION, message)

    # -- after a crash ------------------------------------------------------------------------

    def recover(self) -> list[Outcome]:
        """Resolve every record left "sending" by a publisher that is gone."""
        outcomes = []
        for record in self.store.records.in_state(PublishState.SENDING):
            item = self.store.queue.item(record.id)
            account = self.store.accounts.get(item.account_id)
            try:
                adapter = self.registry.adapter_for(account)
            except KeyError:
                adapter = None
            log.info("recovering record %s left sending by %s", record.id, record.claimed_by)
            outcomes.append(self._resolve_unknown(record, item, adapter))
        return outcomes

    def _resolve_unknown(self, record: PublishRecord, item, adapter) -> Outcome:
        """It may or may not have gone out. Decide by what the platform can do: find it again,
        or drop a repeat of the same key; otherwise the user decides. Never re-post blindly."""
        name = item.account_name
        caps = getattr(adapter, "capabilities", None)
        sent_at = record.first_sent_at or record.updated_at
        key_remembered = caps is not None and caps.idempotency and \
            self._key_remembered(adapter, record)
        if caps is not None and (caps.lookup or (caps.idempotency and not key_remembered)):
            try:
                found = self._look_up(adapter, record, item, sent_at)
            except PlatformError as exc:
                # Cannot check now: leave it "sending" (unclaimed) and look again next run.
                self.store.records.transition(record.id, [PublishState.SENDING],
                                              PublishState.SENDING, claimed_by="",
                                              error_kind=exc.kind, error_message=exc.message)
                return Outcome(record.id, name, PublishState.SENDING, translate(
                    "Publishing", "Checking whether the post reached {account}; HumasDesk "
                    "will look again.").format(account=name))
            if found is not None:
                return self._published(record, item, found)
        if caps is not None and (caps.lookup or key_remembered):
            # Not there (a reliable look-up), or the platform drops a repeat of the same key.
            retry_at = self.clock() + backoff_delay(max(record.attempts, 1), self.rng) / 10
            self._to(record, PublishState.SCHEDULED, due_at=retry_at, error_kind="",
                     error_message="")
            return Outcome(record.id, name, PublishState.SCHEDULED, translate(
                "Publishing", "Sending to {account} again; the platform prevents a double "
                "post.").format(account=name))
        message = translate("Publishing", "It is not known whether the post reached {account}. "
                                          "Check the account, then mark it published or send "
                                          "it again.").format(account=name)
        self._to(record, PublishState.NEEDS_ATTENTION, error_kind="outcome_unknown",
                 error_message=message)
        return Outcome(record.id, name, PublishState.NEEDS_ATTENTION, message)

    def _key_remembered(self, adapter, record: PublishRecord) -> bool:
        """Whether the platform still drops a repeat of this record's key (with a margin, so
        the key cannot expire while the request is on its way)."""
        caps = adapter.capabilities
        if not caps.idempotency:
            return False
        if caps.idempotency_window is None:
            return True
        sent_at = record.first_sent_at or record.updated_at
        return self.clock() - sent_at < caps.idempotency_window - KEY_EXPIRY_MARGIN

    @staticmethod
    def _look_up(adapter, record: PublishRecord, item, since: datetime):
        with send_window():  # a look-up ends in bounded time, like a send
            if adapter.capabilities.lookup:
                return adapter.find_published(record.idempotency_key)
            # The key is no longer remembered: look for the text itself, where the adapter can.
            try:
                return adapter.find_published(record.idempotency_key, text=item.text,
                                              since=since)
            except TypeError:  # an adapter that can only look up by key
                return None

    # -- platform-native scheduling -----------------------------------------------------------

    def hand_off(self) -> list[Outcome]:
        """Give far-enough-ahead posts to platforms that can schedule them themselves, so they
        go out even when this computer is off."""
        outcomes = []
        now = self.clock()
        for spec in self.registry.specs():
            caps = spec.capabilities
            if not caps.native_scheduling:
                continue
            earliest = now + caps.native_min_lead + HANDOFF_MARGIN
            for record in self.store.records.handoff_candidates(spec.id, earliest):
                item = self.store.queue.item(record.id)
                account = self.store.accounts.get(item.account_id)
                if not account.options.get("native_scheduling", True):
                    continue
                adapter = self.registry.adapter_for(account)
                outgoing = self._outgoing(record, item)
                can = getattr(adapter, "can_schedule", None)
                if can is not None and not can(outgoing, record.scheduled_at):
                    self.store.records.transition(  # remember: not again every run
                        record.id, [PublishState.SCHEDULED], PublishState.SCHEDULED,
                        due_at=record.due_at, error_kind="handoff_failed", error_message="")
                    continue
                if not self.store.records.transition(
                        record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                        claimed_by=self.holder):
                    continue
                try:
                    result = adapter.schedule(outgoing, record.scheduled_at)
                except PlatformError as exc:
                    # Not fatal: HumasDesk publishes it itself at the time instead.
                    self._to(record, PublishState.SCHEDULED, due_at=record.scheduled_at,
                             error_kind="handoff_failed", error_message=exc.message)
                    continue
                self._to(record, PublishState.HANDED_OFF, remote_id=result.remote_id,
                         remote_url=result.url, error_kind="", error_message="")
                outcomes.append(Outcome(record.id, item.account_name, PublishState.HANDED_OFF,
                                        translate("Publishing", "{account} will publish it "
                                                  "itself at {time}, even if this computer is "
                                                  "off.").format(
                                            account=item.account_name,
                                            time=describe_instant(record.scheduled_at,
                                                                  record.zone))))
        return outcomes

    def confirm_handed_off(self) -> list[Outcome]:
        """Handed-off posts whose time has passed are marked published (found again by their
        key where the platform can look it up)."""
        outcomes = []
        for record in self.store.records.handed_off_past(self.clock() - HANDOFF_MARGIN):
            item = self.store.queue.item(record.id)
            url = record.remote_url
            adapter = self.registry.adapter_for(self.store.accounts.get(item.account_id))
            if adapter.capabilities.lookup:
                try:
                    found = adapter.find_published(record.idempotency_key)
                except PlatformError:
                    continue  # look again next run
                if found is not None:
                    url = found.url
            self.store.records.transition(record.id, [PublishState.HANDED_OFF],
                                          PublishState.PUBLISHED, remote_url=url,
                                          published_at=record.scheduled_at)
            outcomes.append(Outcome(record.id, item.account_name, PublishState.PUBLISHED,
                                    translate("Publishing", "Published to {account}.").format(
                                        account=item.account_name), url))
        return outcomes

