"""While the window is open, publish scheduled posts when they fall due.

It sleeps until the next due time (or at most ``MAX_SLEEP_MS``, because another process such as
the CLI may have scheduled something sooner) and sends due posts off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer

from ..domain.model import PublishState
from .context import UiContext

MAX_SLEEP_MS = 30_000


class DueRunner(QObject):
    def __init__(self, ui: UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_due)
        ui.events.queue_changed.connect(self.plan)
        self.plan()

    def plan(self) -> None:
        if self.busy:
            return
        next_at = self.ui.app.publishing.next_due_at()
        if next_at is None:
            delay = MAX_SLEEP_MS
        else:
            delay = (next_at - datetime.now(UTC)).total_seconds() * 1000
            delay = int(min(max(delay, 0), MAX_SLEEP_MS))
        self.timer.start(delay)

    def run_due(self) -> None:
        if self.busy:
            return
        self.busy = True
        publishing = self.ui.app.publishing
        self.ui.tasks.run(publishing.publish_due, self._done, self._failed)

    def _done(self, outcomes) -> None:
        self.busy = False
        for outcome in outcomes:
            self.ui.announcer.announce(outcome.message,
                                       assertive=outcome.state is not PublishState.PUBLISHED)
        if outcomes:
            self.ui.events.queue_changed.emit()
        self.plan()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ui.announcer.announce(str(exc), assertive=True)
        self.plan()
