"""Runs the publishing engine for the window, off the GUI thread.

It sleeps until the next due time, or the heartbeat (which renews the publisher lease and
notices posts that the CLI scheduled), whichever is sooner. When the agent already holds the
lease, runs do nothing and the window only shows what the agent does.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer

from ..domain.model import PublishState
from ..services.publishing import HEARTBEAT_SECONDS
from .context import UiContext


class EngineRunner(QObject):
    def __init__(self, ui: UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.engine = ui.app.engine("window")
        self.busy = False
        self.last_problem = ""  # said once, not at every heartbeat while it lasts
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        ui.events.queue_changed.connect(self.plan)
        self.plan()

    def plan(self) -> None:
        if self.busy:
            return
        delay = HEARTBEAT_SECONDS * 1000
        wake = self.engine.next_wake()
        if wake is not None:
            delay = min(delay, max((wake - datetime.now(UTC)).total_seconds() * 1000, 0))
        self.timer.start(int(delay))

    def run(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ui.tasks.run(self.engine.run_once, self._done, self._failed)

    def _done(self, outcomes) -> None:
        self.busy = False
        self.last_problem = ""
        bad = (PublishState.FAILED, PublishState.NEEDS_ATTENTION)
        for outcome in outcomes:
            self.ui.announcer.announce(outcome.message, assertive=outcome.state in bad)
        if any(o.state in bad for o in outcomes):
            self.ui.sounds.play("failed")
        elif any(o.state is PublishState.PUBLISHED for o in outcomes):
            self.ui.sounds.play("published")
        if outcomes:
            self.ui.events.queue_changed.emit()
            self.ui.events.published.emit(outcomes)
        self.plan()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if str(exc) != self.last_problem:
            self.last_problem = str(exc)
            self.ui.announcer.announce(self.last_problem, assertive=True)
        self.plan()

    def stop(self) -> None:
        self.timer.stop()
        self.ui.tasks.wait()
        self.engine.release()
