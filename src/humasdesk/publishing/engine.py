"""The publishing engine: sends due records exactly once, retries, recovers after a crash.

State machine and rules: DESIGN.md "Publishing state machine" and domain.model.TRANSITIONS.

- Every transition is one database transaction; "sending" is committed, with the record's
  idempotency key and the publisher's id, before the network call.
- Only the holder of the "publisher" lease sends (one publisher per data directory, whether
  that is the window, the agent or the CLI). The lease is renewed on a thread of its own while a
  run goes on, so a send slower than the lease (a slow upload, a server that answers slowly)
  does not let a second publisher in.
- A record found "sending" at the start of a run is resolved only when its sender is gone (its
  process ended, or it has held the record longer than any send may take): a crash, a power
  cut, or a check that could not be made. It is resolved by capability — sent again with the
  same key where the platform drops repeats, looked up where it can be, otherwise handed to the
  user. Never re-posted blindly. Every later write about a record checks that this publisher
  still holds it, so a publisher that lost a record cannot overwrite what another decided.
- A full disk: what the platform answered is kept in memory and written as soon as the disk
  allows; until then the record stays "sending" and is never sent again blindly.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from ..domain.i18n import translate
from ..domain.inbox_items import no_replies_message, window_closed_message
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
    FindsByKey,
    FindsByText,
    HandOffRequired,
    NativeScheduler,
    OutcomeUnknown,
    OutgoingPost,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
    Replier,
    SchedulePreflight,
    ThreadPart,
    Transient,
    new_idempotency_key,
)
from ..platforms.http import SEND_DEADLINE, clamp_wait, describe_wait, send_window
from ..platforms.registry import PlatformRegistry
from ..store import Store, StoreError
from .rules import thread_parts

log = logging.getLogger(__name__)

LEASE_NAME = "publisher"
LEASE_TTL_SECONDS = 90  # how long a publisher that stopped renewing keeps the others out
LEASE_RENEW_SECONDS = 20  # renewed this often while a run goes on (a quarter of the TTL)
# No send may take longer than this: every request has its own deadline, and so has a whole
# send (SEND_DEADLINE), with time to spare for a look-up and writing the outcome down. A
# publisher still holding a record after that is stuck, and another may take over.
MAX_SEND_SECONDS = SEND_DEADLINE + 5 * 60
DEFAULT_GRACE = timedelta(minutes=15)
HANDOFF_MARGIN = timedelta(minutes=2)  # on top of the platform's own minimum lead time
KEY_EXPIRY_MARGIN = timedelta(minutes=5)
LOOK_AGAIN = timedelta(seconds=5)  # a check on the platform that could not be made, again


@dataclass(frozen=True)
class Outcome:
    """What happened to one record in a run; ``message`` is for the user (announced)."""

    record_id: int
    account_name: str
    state: PublishState
    message: str
    url: str = ""
    # Found "sending" after a crash and not decided yet: it is sent again (or looked for
    # again) in a moment, by the agent's next run or by the rest of ``agent --once``.
    unsettled: bool = False


def paused_message(exc: StoreError) -> str:
    return translate("Publishing", "Publishing is paused: {reason} Nothing more is sent until "
                                   "HumasDesk can write to its data folder; the posts wait in "
                                   "the queue.").format(reason=exc.reason)


def publisher_id(role: str) -> str:
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{os.urandom(3).hex()}"


def sender_is_gone(holder: str, claimed_at: datetime | None, now: datetime) -> bool:
    """Whether a record "sending" under ``holder`` may be resolved by another publisher.

    Not while its sender is still at work: a process on this computer that is alive may still
    get the platform's answer and write it down itself, until it has held the record longer
    than any send may take. A sender on another computer (a data folder on a shared drive)
    cannot be probed; that it let its lease expire says it stopped.
    """
    if not holder:
        return True  # left unclaimed on purpose: a check that could not be made
    if claimed_at is not None and now - claimed_at > timedelta(
            seconds=MAX_SEND_SECONDS + LEASE_TTL_SECONDS):
        return True
    try:
        _role, host, pid, _nonce = holder.rsplit(":", 3)
        int(pid)
    except ValueError:
        return True
    if host != socket.gethostname():
        return True
    return holder_is_gone(holder)


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
                 grace: Callable[[], timedelta] = lambda: DEFAULT_GRACE,
                 media_cache: Path | None = None):
        self.store = store
        # Where each platform's copy of a picture is kept; None sends the files as they are.
        self.media_cache = media_cache
        self.registry = registry
        self.clock = clock
        self.rng = rng or random.Random()
        self.grace = grace
        self.holder = publisher_id(role)
        self._lock = threading.Lock()  # one run at a time in this process
        # Answers the platform gave that the disk was too full to write down, by record id.
        self._unrecorded: dict[int, PublishResult] = {}
        self._send_started: float | None = None  # monotonic time the current send began
        self._lease_lost = threading.Event()
        self._write_failed = False  # this run could not write down what a platform answered

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
        try:
            self.store.leases.release(LEASE_NAME, self.holder)
        except StoreError as exc:  # a full disk: the lease then simply expires
            log.warning("could not release the publisher lease: %s", exc)

    def is_publisher(self) -> bool:
        return self.store.leases.holder(LEASE_NAME, self.clock()) == self.holder

    @contextmanager
    def _lease_kept(self) -> Iterator[None]:
        """Renew the lease every ``LEASE_RENEW_SECONDS`` on a thread of its own while the
        block runs; stop renewing once one send has run past ``MAX_SEND_SECONDS`` (stuck), so
        that another publisher may take over."""
        stop = threading.Event()
        self._lease_lost.clear()

        def renew() -> None:
            while not stop.wait(LEASE_RENEW_SECONDS):
                started = self._send_started
                if started is not None and time.monotonic() - started > MAX_SEND_SECONDS:
                    log.warning("a send has run for over %s s; no longer renewing the lease",
                                MAX_SEND_SECONDS)
                    continue
                try:
                    if not self.store.leases.acquire(LEASE_NAME, self.holder, self.clock(),
                                                     LEASE_TTL_SECONDS):
                        log.warning("lost the publisher lease during a run")
                        self._lease_lost.set()
                        return
                except StoreError as exc:  # a full disk: try again at the next beat
                    log.warning("could not renew the publisher lease: %s", exc)

        beat = threading.Thread(target=renew, name="publisher-lease", daemon=True)
        beat.start()
        try:
            yield
        finally:
            stop.set()
            beat.join()

    # -- a run --------------------------------------------------------------------------------

    def run_once(self, only: set[int] | None = None) -> list[Outcome]:
        """Recover orphans, hand off far-future posts, confirm handed-off ones, send due ones.

        Returns nothing when another publisher holds the lease. ``only`` limits sending to
        those record ids (the CLI's "publish now").
        """
        with self._lock:
            try:
                return self._run(only)
            except StoreError as exc:
                raise StoreError(paused_message(exc), exc.reason) from exc

    def _run(self, only: set[int] | None) -> list[Outcome]:
        if not self.acquire():
            return []
        self._write_failed = False
        with self._lease_kept():
            outcomes: list[Outcome] = []
            outcomes += self.record_unrecorded()
            if self._unrecorded:
                return outcomes  # the disk is still full: send nothing more
            outcomes += self.recover()
            outcomes += self.confirm_handed_off()
            outcomes += self.hand_off()
            for record in self.store.records.due(self.clock()):
                if only is not None and record.id not in only:
                    continue
                if self._lease_lost.is_set() or not self.acquire():
                    break  # another publisher has it now
                outcome = self.send(record)
                if outcome is not None:
                    outcomes.append(outcome)
                if self._write_failed:
                    break  # the disk is full: the next sends would fare no better
            return outcomes

    def next_wake(self) -> datetime | None:
        """When the next run has work: the earliest due record or handed-off confirmation."""
        candidates = [self.store.records.next_due_at(),
                      self.store.records.next_handed_off_at()]
        candidates = [c for c in candidates if c is not None]
        return min(candidates) if candidates else None

    def next_wake_of(self, record_ids: set[int]) -> datetime | None:
        """When the next run has work for these records: the earliest one due, or a moment
        from now for one left "sending" until the platform can be asked (None when none of
        them waits any more)."""
        times = []
        for record_id in record_ids:
            record = self.store.records.get(record_id)
            if record is None:
                continue
            if record.state is PublishState.SENDING:
                times.append(self.clock() + LOOK_AGAIN)
            elif record.state is PublishState.SCHEDULED and record.due_at is not None:
                times.append(record.due_at)
        return min(times, default=None)

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
        try:
            claimed = self.store.records.transition(
                record.id, [PublishState.SCHEDULED], PublishState.SENDING,
                attempts=record.attempts + 1, claimed_by=self.holder, first_sent_at=first_sent)
        except StoreError as exc:  # nothing was sent; the post waits in the queue
            self._write_failed = True
            return Outcome(record.id, item.account_name, PublishState.SCHEDULED,
                           paused_message(exc))
        if not claimed:  # someone (the user, another run) moved it first
            current = self.store.records.get(record.id)
            return Outcome(record.id, item.account_name, current.state, current.state.label())
        record.attempts += 1
        record.first_sent_at = first_sent
        record.claimed_by = self.holder
        account = self.store.accounts.get(item.account_id)
        adapter = None
        self._send_started = time.monotonic()
        try:
            adapter = self.registry.adapter_for(account)
            if earlier_send is not None and adapter.capabilities.idempotency and \
                    not self._key_remembered(adapter, record):
                # An earlier try may have reached the platform, which has since forgotten the
                # key: sending again could post twice. Look for it, or ask.
                return self._write_down(record, item, partial(
                    self._resolve_unknown, record, item, adapter))
            answering = self.store.inbox.for_target(record.target_id)
            if answering is not None:
                result = self._reply(adapter, answering, record, item)
            else:
                result = adapter.publish(self._fit_media(self._outgoing(record, item), account))
        except PlatformError as exc:
            return self._write_down(record, item, partial(
                self._failed, record, item, exc, adapter, earlier_send))
        except Exception:
            log.exception("adapter crashed while publishing record %s", record.id)
            message = translate("Publishing", "Something went wrong inside HumasDesk while "
                                              "sending; check the account before sending again.")
            return self._write_down(record, item, partial(
                self._to_outcome, record, item, PublishState.NEEDS_ATTENTION, message,
                error_kind="internal"))
        finally:
            self._send_started = None
        return self._write_down(record, item, partial(self._published, record, item, result),
                                result)

    def _reply(self, adapter, answering, record: PublishRecord, item) -> PublishResult:
        """Send a reply: the adapter answers the stored inbox item, with the record's key.
        Refused before anything is sent when the platform takes no replies or the item's
        reply window has closed (Messenger's 24 hours, say)."""
        if not isinstance(adapter, Replier):
            raise Rejected("", no_replies_message(item.account_name))
        until = answering.remote.reply_until
        if until is not None and self.clock() > until:
            raise Rejected("", window_closed_message(until, record.zone, item.account_name))
        return adapter.reply(answering.remote, item.text, record.idempotency_key)

    def _write_down(self, record: PublishRecord, item, write: Callable[[], Outcome],
                    result: PublishResult | None = None) -> Outcome:
        """Write what the platform answered. When the disk refuses, say so truthfully: the
        record stays "sending" (so it is never sent again blindly); a success is kept in
        memory and written as soon as the disk allows (``record_unrecorded``)."""
        try:
            return write()
        except StoreError as exc:
            self._write_failed = True
            name = item.account_name
            log.warning("record %s: could not write the outcome down: %s", record.id, exc)
            if result is not None:
                self._unrecorded[record.id] = result
                return Outcome(record.id, name, PublishState.SENDING, translate(
                    "Publishing", "Published to {account}, but HumasDesk could not write "
                    "that down: {reason} It will write it down once there is space, and will "
                    "not send the post again.").format(account=name, reason=exc.reason),
                    result.url)
            return Outcome(record.id, name, PublishState.SENDING, translate(
                "Publishing", "What {account} answered could not be written down: {reason} "
                "The post stays “Sending”; HumasDesk checks it on the platform before it "
                "sends anything again.").format(account=name, reason=exc.reason))

    def record_unrecorded(self) -> list[Outcome]:
        """Write down the successes that a full disk kept in memory."""
        outcomes = []
        for record_id, result in list(self._unrecorded.items()):
            record = self.store.records.get(record_id)
            item = self.store.queue.item(record_id)
            if record is None or item is None:
                del self._unrecorded[record_id]
                continue
            try:
                outcomes.append(self._published(record, item, result))
            except StoreError as exc:
                log.warning("record %s: still cannot write it down: %s", record_id, exc)
                break
            del self._unrecorded[record_id]
        return outcomes

    def _to_outcome(self, record: PublishRecord, item, state: PublishState, message: str,
                    **fields) -> Outcome:
        self._to(record, state, error_message=message, **fields)
        return Outcome(record.id, item.account_name, state, message)

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

    def _fit_media(self, outgoing: OutgoingPost, account) -> OutgoingPost:
        """Every picture replaced by the account's platform's copy: upright, within its limits,
        without metadata, faces blurred where he chose it (media/). His files stay as they
        are. A picture that cannot be read or fitted is refused with the reason."""
        if self.media_cache is None or not any(part.media for part in outgoing.parts()):
            return outgoing
        from ..media.fit import FitError
        from ..media.limits import limits_for
        from ..media.outgoing import fitted_media

        limits = limits_for(account.platform, account.options)
        try:
            for part in [outgoing, *outgoing.thread]:
                part.media = [fitted_media(item, limits, self.media_cache,
                                           self.store.media_choices.get(item.sha256))[0]
                              if item.mime_type.startswith("image/") else item
                              for item in part.media]  # a video goes as it is
        except FitError as exc:
            raise Rejected(exc.message, exc.message) from None
        return outgoing

    def _to(self, record: PublishRecord, state: PublishState, conn=None, **fields) -> bool:
        """Move a record this publisher holds out of "sending". False when another publisher
        took it over meanwhile: then that one decides, and nothing is written."""
        moved = self.store.records.transition(record.id, [PublishState.SENDING], state,
                                              conn=conn, if_claimed_by=self.holder,
                                              claimed_by="", **fields)
        if not moved:
            log.warning("record %s is no longer held by this publisher; leaving it", record.id)
        return moved

    def _published(self, record: PublishRecord, item, result: PublishResult) -> Outcome:
        published = dict(remote_id=result.remote_id, remote_url=result.url,
                         by_hand=int(result.by_hand), published_at=self.clock(),
                         error_kind="", error_message="", claimed_by="")
        with self.store.db.transaction() as conn:
            moved = self.store.records.transition(
                record.id, [PublishState.SENDING], PublishState.PUBLISHED, conn=conn,
                if_claimed_by=self.holder, **published)
            if not moved:
                # Another publisher took the record over while the answer was on its way; the
                # post is out, so no one may send it again.
                moved = self.store.records.transition(
                    record.id, [PublishState.SCHEDULED, PublishState.NEEDS_ATTENTION],
                    PublishState.PUBLISHED, conn=conn, **published)
            if moved and record.recurrence == "weekly":
                self._schedule_next_occurrence(conn, record, item)
            answered = self.store.inbox.for_target(record.target_id) if moved else None
            if answered is not None:  # a reply: the item it answers is handled
                self.store.inbox.handle(answered.id, "reply", conn=conn)
        message = translate("Publishing", "Published to {account}.")
        if answered is not None:
            message = translate("Inbox", "Reply published to {account}.")
        message = message.format(account=item.account_name)
        if result.note:  # what the platform could not take (a link card), said with it
            message = f"{message} {result.note}"
        return Outcome(record.id, item.account_name, PublishState.PUBLISHED, message, result.url)

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
                                          if_claimed_by=self.holder)
        if isinstance(exc, AuthExpired):
            # Pause everything of this account: due() skips accounts that are not "ok".
            with self.store.db.transaction() as conn:
                self._to(record, PublishState.SCHEDULED, conn=conn, due_at=record.due_at or now,
                         error_kind=exc.kind, error_message=exc.message)
                self.store.accounts.set_state(item.account_id, AccountState.NEEDS_RECONNECT,
                                              conn)
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
        if isinstance(exc, HandOffRequired):
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
        """Resolve every record left "sending" by a publisher that is gone (never one whose
        sender is still waiting for the platform's answer)."""
        outcomes = []
        now = self.clock()
        for record in self.store.records.in_state(PublishState.SENDING):
            if record.id in self._unrecorded:
                continue
            sender = record.claimed_by
            if sender != self.holder and not sender_is_gone(sender, record.updated_at, now):
                log.info("record %s is still being sent by %s", record.id, sender)
                continue
            if not self.store.records.transition(record.id, [PublishState.SENDING],
                                                 PublishState.SENDING, if_claimed_by=sender,
                                                 claimed_by=self.holder):
                continue  # another publisher decided meanwhile
            record.claimed_by = self.holder
            item = self.store.queue.item(record.id)
            account = self.store.accounts.get(item.account_id)
            try:
                adapter = self.registry.adapter_for(account)
            except KeyError:
                adapter = None
            log.info("recovering record %s left sending by %s", record.id, record.claimed_by)
            outcome = self._resolve_unknown(record, item, adapter)
            outcomes.append(replace(outcome, unsettled=outcome.state in (
                PublishState.SCHEDULED, PublishState.SENDING)))
        return outcomes

    def _resolve_unknown(self, record: PublishRecord, item, adapter) -> Outcome:
        """It may or may not have gone out. Decide by what the platform can do: send it again
        with the same key where the platform drops a repeat of it (which also completes a
        thread cut off in the middle), or find it again; otherwise the user decides. Never
        re-post blindly."""
        name = item.account_name
        caps = getattr(adapter, "capabilities", None)
        sent_at = record.first_sent_at or record.updated_at
        # What he hears names what went out: an answer to a comment or message, or a post.
        is_reply = self.store.inbox.for_target(record.target_id) is not None
        key_remembered = caps is not None and caps.idempotency and \
            self._key_remembered(adapter, record)
        if caps is not None and not key_remembered and (caps.lookup or caps.idempotency):
            try:
                found = self._look_up(adapter, record, item, sent_at)
            except PlatformError as exc:
                # Cannot check now: leave it "sending" (unclaimed) and look again next run.
                self._to(record, PublishState.SENDING, error_kind=exc.kind,
                         error_message=exc.message)
                return Outcome(record.id, name, PublishState.SENDING, (translate(
                    "Publishing", "Checking whether the reply reached {account}; HumasDesk "
                    "will look again.") if is_reply else translate(
                    "Publishing", "Checking whether the post reached {account}; HumasDesk "
                    "will look again.")).format(account=name))
            if found is not None:
                return self._published(record, item, found)
        if caps is not None and (caps.lookup or key_remembered):
            # The platform drops a repeat of the same key, or a reliable look-up did not find
            # the post: sending it again cannot make a second one.
            retry_at = self.clock() + backoff_delay(max(record.attempts, 1), self.rng) / 10
            self._to(record, PublishState.SCHEDULED, due_at=retry_at, error_kind="",
                     error_message="")
            if key_remembered and is_reply:
                message = translate("Publishing", "Sending to {account} again with the same "
                                                  "key; the platform ignores a repeat of it, so "
                                                  "the reply cannot appear twice.")
            elif key_remembered:
                message = translate("Publishing", "Sending to {account} again with the same "
                                                  "key; the platform ignores a repeat of it, so "
                                                  "the post cannot appear twice.")
            elif is_reply:
                message = translate("Publishing", "The reply was not found on {account}, so "
                                                  "HumasDesk sends it again.")
            else:
                message = translate("Publishing", "The post was not found on {account}, so "
                                                  "HumasDesk sends it again.")
            return Outcome(record.id, name, PublishState.SCHEDULED, message.format(
                account=name))
        message = (translate("Publishing", "It is not known whether the reply reached "
                                           "{account}. Check the conversation, then mark it "
                                           "published or send it again.") if is_reply else
                   translate("Publishing", "It is not known whether the post reached {account}. "
                                           "Check the account, then mark it published or send "
                                           "it again.")).format(account=name)
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
            if adapter.capabilities.lookup and isinstance(adapter, FindsByKey):
                return adapter.find_published(record.idempotency_key)
            # The key is no longer remembered: look for the text itself, where the adapter can.
            if isinstance(adapter, FindsByText):
                return adapter.find_by_text(item.text, since)
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
                try:
                    outgoing = self._fit_media(self._outgoing(record, item), account)
                except PlatformError:  # a picture that cannot fit: said when it is due
                    outgoing = None
                if outgoing is None or not isinstance(adapter, NativeScheduler) or (
                        isinstance(adapter, SchedulePreflight)
                        and not adapter.can_schedule(outgoing, record.scheduled_at)):
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
            if adapter.capabilities.lookup and isinstance(adapter, FindsByKey):
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

