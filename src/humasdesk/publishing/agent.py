"""The engine without a window: publishes while the app is closed (``humasdesk agent``)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from ..domain.model import PublishState
from ..store import StoreError
from .engine import Engine, Outcome

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0  # renew the lease and notice posts scheduled by the window or the CLI
# How long ``once`` goes on for records a crash left "sending" that recovery sends again (or
# looks for again) a moment later, as the running agent does: the first retries come within
# seconds; one whose retry is later than this stays scheduled for the next run.
ONCE_SETTLE_SECONDS = 30.0


def run_agent(engine: Engine, stop: threading.Event, *, once: bool = False,
              report: Callable[[Outcome], None] = lambda outcome: None,
              problem: Callable[[str], None] = lambda message: None,
              inbox: InboxSyncing | None = None,
              heard: Callable[[object], None] = lambda sync_report: None,
              streams: NewsStreams | None = None) -> list[Outcome]:
    """Run until ``stop`` is set (or one run with ``once``); sleep until the next due time.

    Between runs it only wakes for the heartbeat, which costs one small query. With ``once``,
    records a crash left "sending" that recovery puts back for a moment later are settled the
    same way before it returns: it sleeps until they are due and runs again, for those records
    only, for at most ``ONCE_SETTLE_SECONDS``. When the data file cannot be written (a full
    disk) nothing is sent; ``problem`` hears it once, and the agent keeps trying at each
    heartbeat instead of dying.

    With ``inbox`` (and not ``once``), the accounts' inboxes are read on a thread of their own
    meanwhile (``run_inbox_sync``), so a slow platform never delays a due post; ``heard`` gets
    each account's sync report. ``streams`` (Mastodon's notification stream,
    ``services/inbox_stream.py``) make an account's read come at once when a mention arrives.
    """
    everything: list[Outcome] = []
    last_problem = ""
    halt = threading.Event()
    reader = None
    if inbox is not None and not once:
        reader = threading.Thread(target=run_inbox_sync, args=(inbox, stop, halt),
                                  kwargs={"heard": heard, "problem": problem,
                                          "streams": streams},
                                  name="inbox-sync", daemon=True)
        reader.start()
    unsettled: set[int] = set()  # with ``once``: recovered records still to be settled
    settle_until = time.monotonic() + ONCE_SETTLE_SECONDS
    try:
        while not stop.is_set():
            try:
                outcomes = engine.run_once(only=unsettled or None)
            except StoreError as exc:
                log.warning("publishing run failed: %s", exc)
                message = str(exc)
                if message != last_problem:
                    problem(message)
                    last_problem = message
                if once:
                    break
                stop.wait(HEARTBEAT_SECONDS)
                continue
            last_problem = ""
            for outcome in outcomes:
                log.info("record %s -> %s", outcome.record_id, outcome.state.value)
                report(outcome)
            everything += outcomes
            if once:
                unsettled = (unsettled | {o.record_id for o in outcomes if o.unsettled}) - {
                    o.record_id for o in outcomes if not o.unsettled}
                if not unsettled or time.monotonic() >= settle_until:
                    break
            wake = engine.next_wake_of(unsettled) if once else engine.next_wake()
            if once and wake is None:
                break  # settled meanwhile by someone else (the window, the user)
            delay = HEARTBEAT_SECONDS
            if wake is not None:
                delay = min(delay, max((wake - datetime.now(UTC)).total_seconds(), 0.0))
            if once:
                delay = min(delay, max(settle_until - time.monotonic(), 0.0))
            stop.wait(delay)
    finally:
        halt.set()
        engine.release()
        if reader is not None:
            reader.join(INBOX_JOIN_SECONDS)
    return everything


# -- reading the inboxes (issue 15) ---------------------------------------------------------------

INBOX_IDLE_SECONDS = 60.0  # look again at least this often (an account added meanwhile)
INBOX_JOIN_SECONDS = 30.0  # at the end, wait this long for a read under way to finish


class InboxSyncing(Protocol):
    """What the agent needs of the inbox service (``services/inbox.py``)."""

    def sync_due(self) -> list: ...

    def next_sync_at(self) -> datetime | None: ...

    def release(self) -> None: ...


class NewsStreams(Protocol):
    """Live notification streams that read an account at once (``services/inbox_stream.py``)."""

    def refresh(self) -> None: ...

    def stop(self) -> None: ...


def run_inbox_sync(inbox: InboxSyncing, stop: threading.Event, halt: threading.Event, *,
                   heard: Callable[[object], None] = lambda sync_report: None,
                   problem: Callable[[str], None] = lambda message: None,
                   streams: NewsStreams | None = None) -> None:
    """Read every account whose time has come, then sleep until the next one is due (each
    platform's cadence, backoff and rate limits are the service's); until ``stop`` or
    ``halt``. A data file that cannot be written is said once, and tried again later.
    ``streams`` are refreshed after each round (they follow the reader lease and the
    accounts) and stopped at the end."""
    last_problem = ""
    while not (stop.is_set() or halt.is_set()):
        try:
            for sync_report in inbox.sync_due():
                heard(sync_report)
            if streams is not None:  # Mastodon streaming: listen while this process reads
                streams.refresh()
            wake = inbox.next_sync_at()
            last_problem = ""
        except StoreError as exc:
            log.warning("reading the inboxes failed: %s", exc)
            if str(exc) != last_problem:
                problem(str(exc))
                last_problem = str(exc)
            wake = None
        except Exception:  # never let one bad read end the agent's reading for good
            log.exception("reading the inboxes failed")
            wake = None
        delay = INBOX_IDLE_SECONDS
        if wake is not None:
            delay = min(delay, max((wake - datetime.now(UTC)).total_seconds(), 1.0))
        halt.wait(delay)
    if streams is not None:
        streams.stop()
    try:
        inbox.release()  # another process (the window) may read from now on
    except StoreError as exc:
        log.warning("could not release the inbox reader lease: %s", exc)


def failed(outcomes: list[Outcome]) -> bool:
    return any(o.state in (PublishState.FAILED, PublishState.NEEDS_ATTENTION) for o in outcomes)


# -- insights (issue 16): figures of published posts, collected beside publishing ----------------

def run_collector(collect: Callable[[], object], stop: threading.Event, every: float, *,
                  first_delay: float = 0.0,
                  said: Callable[[object], None] = lambda report: None,
                  name: str = "insights-collector") -> threading.Thread:
    """Call ``collect`` (the insights service's ``collect_due``; the media cache's pruning,
    ``name`` says which) after ``first_delay`` seconds
    and then every ``every`` seconds until ``stop`` is set, on a thread of its own, so reading
    figures never delays a post (the delay leaves the agent's start to publishing). ``said``
    hears each run's report. A failing run is logged and the next one tries again; nothing
    here stops the agent."""
    def loop() -> None:
        if stop.wait(first_delay):
            return
        while not stop.is_set():
            try:
                said(collect())
            except Exception:  # a bug or a full disk must not end the agent's publishing
                log.exception("%s failed", name.replace("-", " "))
            stop.wait(every)

    thread = threading.Thread(target=loop, name=name, daemon=True)
    thread.start()
    return thread
