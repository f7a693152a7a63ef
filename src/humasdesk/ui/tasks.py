"""Slow work off the GUI thread: one thread pool; results come back on the GUI thread.

Every network call, publish, recognition or other slow step goes through ``TaskRunner.run`` so
no widget ever blocks the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

SLOW_AFTER_MS = 400  # longer than this, a wait he cannot see is said


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker are queued back to it."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # delivered to the caller, never lost in the pool
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        relay = _Relay(self)  # created here, so it belongs to the GUI thread
        self._relays.add(relay)

        def finish(callback, value):
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(_Job(work, relay))

    def wait_for(self, work: Callable[[], Any], when_slow: Callable[[], None] | None = None,
                 slow_after_ms: int = SLOW_AFTER_MS) -> Any:
        """Run ``work`` in the pool and return its result (or raise its exception), for a step
        the flow cannot go on without (the face check before publishing). Meanwhile the window
        keeps painting and answering the screen reader; his keys and clicks wait until the
        work is done (as they would behind a dialog), so nothing he presses acts on a post
        half checked. ``when_slow`` is called once if it takes longer than ``slow_after_ms``."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def finished(kind: str, value: Any) -> None:
            outcome[kind] = value
            loop.quit()

        self.run(work, lambda value: finished("result", value),
                 lambda exc: finished("error", exc))
        timer = QTimer()
        timer.setSingleShot(True)
        if when_slow is not None:
            timer.timeout.connect(when_slow)
            timer.start(slow_after_ms)
        if not outcome:  # the answer comes as a queued signal, so always after this point
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
