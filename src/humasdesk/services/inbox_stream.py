"""Live notification streams as a wake-up for the inbox (Mastodon's streaming API).

While this process is the inbox's reader (``InboxService.is_reader``), one thread per account
whose adapter offers a ``notification_stream`` listens to it. A mention heard there does not go
into the inbox by itself: it asks for the account to be read *now* through the same
``sync_account`` as the polling, so de-duplication, triage, the store and the announcement stay
the same, and the item is said once whichever way it came. Reads asked for are made one at a
time on a thread of their own, at most one per account every ``MIN_READ_GAP`` seconds (a burst
of mentions is one read).

A stream that fails leaves the polling (every 60 s) to carry on, and is tried again after a
backoff that grows to about a minute; a refusal of the login (401, 403) is said once in words;
a server that offers no stream (404, 501, not an event stream) is asked again only after
``UNAVAILABLE_WAIT``. ``refresh`` (called after each polling round) starts and stops the
threads as accounts and the reader lease change; ``stop`` ends them all within a moment.
No Qt here: the window and the agent give ``heard`` to receive each read's report.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from ..domain.i18n import translate
from ..domain.model import AccountState
from ..platforms.base import AuthExpired, PlatformError, Rejected
from .inbox import InboxService, SyncReport

log = logging.getLogger(__name__)

MIN_READ_GAP = 1.0  # seconds between two reads of one account asked for by its stream
UNAVAILABLE_WAIT = 30 * 60.0  # a server without streaming (or refusing it) is asked again after
STOP_SECONDS = 2.0  # how long ``stop`` waits for the threads to end


def backoff_seconds(failures: int, rng: random.Random) -> float:
    """How long to wait before connecting again after ``failures`` failures in a row: 5, 15,
    45 s, then a minute, each with up to half as much again at random (so that many clients
    cut at once do not all come back at once). Never sooner than a minute from the fourth."""
    base = 60.0 if failures >= 4 else 5.0 * 3 ** (max(failures, 1) - 1)
    return base * (1 + rng.random() / 2)


class InboxStreams:
    def __init__(self, inbox: InboxService, heard: Callable[[SyncReport], None], *,
                 idle_seconds: float | None = None, rng: random.Random | None = None,
                 backoff: Callable[[int, random.Random], float] = backoff_seconds,
                 healthy_seconds: float = 60.0):
        self.inbox = inbox
        self.heard = heard
        self.idle_seconds = idle_seconds  # None: the platform's own (two heartbeats)
        self.rng = rng or random.Random()
        self.backoff = backoff
        self.healthy_seconds = healthy_seconds  # a connection this old resets the backoff
        self._lock = threading.Condition()
        self._threads: dict[int, tuple[threading.Thread, threading.Event]] = {}
        self._streams: dict[int, object] = {}  # the open connection of each account
        self._wanted: set[int] = set()
        self._last_read: dict[int, float] = {}
        self._said: set[tuple[int, str]] = set()
        self._closed = False
        self._reader: threading.Thread | None = None

    # -- starting and stopping ------------------------------------------------------------------

    def refresh(self) -> None:
        """Listen to the accounts that should be (this process reads, the account is read and
        its platform streams); stop listening to the others."""
        wanted = set()
        if not self._closed and self.inbox.is_reader():
            wanted = {a.id for a in self.inbox.accounts()
                      if a.state is AccountState.OK and not self.inbox.reading_refusal(a)
                      and self._streams_news(a)}
        with self._lock:
            if self._closed:
                return
            for account_id in set(self._threads) - wanted:
                self._end(account_id)
            for account_id in wanted - set(self._threads):
                stop = threading.Event()
                thread = threading.Thread(target=self._listen, args=(account_id, stop),
                                          name=f"inbox-stream-{account_id}", daemon=True)
                self._threads[account_id] = (thread, stop)
                thread.start()
            if wanted and self._reader is None:
                self._reader = threading.Thread(target=self._read_wanted,
                                                name="inbox-stream-reads", daemon=True)
                self._reader.start()

    def stop(self, timeout: float = STOP_SECONDS) -> None:
        """End every stream and the reads they asked for (a read under way finishes on its
        own); waits at most ``timeout`` seconds."""
        with self._lock:
            self._closed = True
            threads = [thread for thread, _ in self._threads.values()]
            for account_id in list(self._threads):
                self._end(account_id)
            self._lock.notify_all()
            reader = self._reader
        deadline = time.monotonic() + timeout
        for thread in [*threads, *([reader] if reader else [])]:
            thread.join(max(deadline - time.monotonic(), 0.0))

    def listening(self) -> set[int]:
        """The accounts whose stream thread runs (for the tests and the log)."""
        with self._lock:
            return {a for a, (thread, _) in self._threads.items() if thread.is_alive()}

    def _end(self, account_id: int) -> None:  # with the lock held
        _, stop = self._threads.pop(account_id)
        stop.set()
        stream = self._streams.pop(account_id, None)
        if stream is not None:
            stream.close()

    def _streams_news(self, account) -> bool:
        try:
            return hasattr(self.inbox.registry.adapter_for(account), "notification_stream")
        except Exception:  # noqa: BLE001 - an account that cannot be built is not streamed
            return False

    # -- one account's stream -------------------------------------------------------------------

    def _listen(self, account_id: int, stop: threading.Event) -> None:
        failures = 0
        connected_before = False
        while not stop.is_set():
            started = time.monotonic()
            wait = 0.0
            stream = None
            try:
                account = self.inbox.store.accounts.get(account_id)
                if account is None:
                    return
                adapter = self.inbox.registry.adapter_for(account)
                kwargs = {} if self.idle_seconds is None else {"idle_seconds": self.idle_seconds}
                stream = adapter.notification_stream(**kwargs)
                with self._lock:
                    if stop.is_set():
                        return
                    self._streams[account_id] = stream

                def opened(again: bool = connected_before) -> None:
                    if again:  # what came while the stream was down is read at once
                        self._want(account_id)

                stream.listen(lambda: self._want(account_id), opened)
                if stop.is_set():
                    return
            except AuthExpired as exc:
                self._say_once(account_id, translate(
                    "Inbox", "{account}: new mentions cannot be heard as they come; the inbox "
                             "is still read every minute. {reason}").format(
                        account=self._name(account_id), reason=exc.message))
                wait = UNAVAILABLE_WAIT
            except Rejected as exc:  # no streaming on this server: polling is all there is
                log.info("account %s: no notification stream (%s)", account_id, exc.kind)
                wait = UNAVAILABLE_WAIT
            except PlatformError as exc:
                log.info("account %s: the notification stream ended (%s)", account_id,
                         exc.kind)
            except Exception:  # a bug must not end the stream for good, nor the app
                log.exception("the notification stream of account %s failed", account_id)
            finally:
                with self._lock:  # this thread's own stream: a newer thread may have its own
                    if stream is not None and self._streams.get(account_id) is stream:
                        del self._streams[account_id]
            connected_before = True
            if time.monotonic() - started >= self.healthy_seconds:
                failures = 0
            failures += 1
            stop.wait(max(wait, self.backoff(failures, self.rng)))

    def _name(self, account_id: int) -> str:
        account = self.inbox.store.accounts.get(account_id)
        return account.name if account else str(account_id)

    def _say_once(self, account_id: int, sentence: str) -> None:
        with self._lock:
            if (account_id, sentence) in self._said:
                return
            self._said.add((account_id, sentence))
        self.heard(SyncReport(account_id, self._name(account_id), notes=(sentence,),
                              announcement=sentence))

    # -- the reads the streams ask for ------------------------------------------------------------

    def _want(self, account_id: int) -> None:
        with self._lock:
            self._wanted.add(account_id)
            self._lock.notify_all()

    def _read_wanted(self) -> None:
        while True:
            with self._lock:
                ready: list[int] = []
                while not self._closed:
                    now = time.monotonic()
                    ready = [a for a in self._wanted
                             if self._last_read.get(a, float("-inf")) + MIN_READ_GAP <= now]
                    if ready:
                        break
                    soonest = min((self._last_read[a] + MIN_READ_GAP - now
                                   for a in self._wanted), default=None)
                    self._lock.wait(soonest)
                if self._closed:
                    return
                for account_id in ready:
                    self._wanted.discard(account_id)
                    self._last_read[account_id] = now
            for account_id in ready:
                if self._closed:
                    return
                try:
                    if not self.inbox.is_reader():
                        continue  # another process reads now: it hears its own streams
                    report = self.inbox.sync_account(account_id)
                    if not self._closed:  # the window may be gone meanwhile
                        self.heard(report)
                except Exception:  # a full disk, a bug: the polling tries again
                    log.exception("reading account %s when its stream asked failed",
                                  account_id)
