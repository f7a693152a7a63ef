"""The engine without a window: publishes while the app is closed (``humasdesk agent``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from ..domain.model import PublishState
from ..store import StoreError
from .engine import Engine, Outcome

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0  # renew the lease and notice posts scheduled by the window or the CLI


def run_agent(engine: Engine, stop: threading.Event, *, once: bool = False,
              report: Callable[[Outcome], None] = lambda outcome: None,
              problem: Callable[[str], None] = lambda message: None) -> list[Outcome]:
    """Run until ``stop`` is set (or one run with ``once``); sleep until the next due time.

    Between runs it only wakes for the heartbeat, which costs one small query. When the data
    file cannot be written (a full disk) nothing is sent; ``problem`` hears it once, and the
    agent keeps trying at each heartbeat instead of dying.
    """
    everything: list[Outcome] = []
    last_problem = ""
    try:
        while not stop.is_set():
            try:
                outcomes = engine.run_once()
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
                break
            wake = engine.next_wake()
            delay = HEARTBEAT_SECONDS
            if wake is not None:
                delay = min(delay, max((wake - datetime.now(UTC)).total_seconds(), 0.0))
            stop.wait(delay)
    finally:
        engine.release()
    return everything


def failed(outcomes: list[Outcome]) -> bool:
    return any(o.state in (PublishState.FAILED, PublishState.NEEDS_ATTENTION) for o in outcomes)


# -- insights (issue 16): figures of published posts, collected beside publishing ----------------

def run_collector(collect: Callable[[], object], stop: threading.Event, every: float, *,
                  first_delay: float = 0.0,
                  said: Callable[[object], None] = lambda report: None) -> threading.Thread:
    """Call ``collect`` (the insights service's ``collect_due``) after ``first_delay`` seconds
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
                log.exception("collecting insights failed")
            stop.wait(every)

    thread = threading.Thread(target=loop, name="insights-collector", daemon=True)
    thread.start()
    return thread
