"""The window's side of the inbox: reads the platforms at their cadence off the GUI thread,
says what came (once per sync and per account, emergencies at once with their own sound) and
keeps the count of new items on the Inbox navigation button.

Only one process reads the inboxes (the service's reader lease): while the agent reads them,
``sync_due`` returns nothing here, and what the agent stored is found by looking for items
newer than the last one announced, and said in the same words.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict, deque

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.i18n import translate
from ..services.inbox import SyncReport, announcement
from .context import UiContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30_000  # sync_due itself keeps each platform's cadence and backoff


class InboxWatcher(QObject):
    changed = Signal()  # items were added or their states changed: views refresh
    synced = Signal(list)  # the SyncReports of one read
    stream_heard = Signal(object)  # a SyncReport of a read a notification stream asked for

    def __init__(self, ui: UiContext, nav_button, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.inbox = ui.app.inbox
        self.nav_button = nav_button
        self.busy = False
        self.last_seen = self.inbox.newest_id()  # items older than this were there before us
        # Items said as found in the store, whose own read's report may still be on its way
        # (a stream's read finishes between a polling round and its report): said once.
        self.said_from_store: deque[int] = deque(maxlen=1000)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        ui.events.published.connect(lambda _outcomes: self.refresh_count())
        ui.events.queue_changed.connect(self.refresh_count)
        self.refresh_count()
        self._start_streams()
        QTimer.singleShot(0, self.check)

    # -- Mastodon streaming: a mention read within seconds (services/inbox_stream.py) ---------

    def _start_streams(self) -> None:
        from ..services.inbox_stream import InboxStreams

        # The stream threads emit; Qt delivers the report on the GUI thread (queued).
        self.stream_heard.connect(self._heard)
        self.streams = InboxStreams(self.inbox, self.stream_heard.emit)

    def _sync_due(self) -> list[SyncReport]:
        """The polling round (off the GUI thread); then the streams follow the reader lease
        and the accounts."""
        reports = self.inbox.sync_due()
        try:
            self.streams.refresh()
        except Exception:  # a full disk, say: the polling goes on without the streams
            log.exception("starting the notification streams failed")
        return reports

    def _heard(self, report: SyncReport) -> None:
        self._say([report])
        self.last_seen = max(self.last_seen, self.inbox.newest_id())
        self.refresh_count()
        self.synced.emit([report])
        self.changed.emit()

    def stop(self) -> None:
        """The window closes: no more reads, no more streams."""
        self.timer.stop()
        self.streams.stop()

    # -- end of Mastodon streaming ---------------------------------------------------------

    # -- reading ------------------------------------------------------------------------------

    def check(self) -> None:
        """Read the accounts whose time has come (off the GUI thread)."""
        if self.busy:
            return
        self.busy = True
        self.ui.tasks.run(self._sync_due, self._read, self._failed)

    def sync_now(self) -> None:
        """Read every readable account now, whatever its cadence (the page's key)."""
        if self.busy:
            self.ui.announcer.announce(translate("Inbox", "Already checking for new items…"))
            return
        self.busy = True  # what came is said when the read is done (one message)

        def read_all() -> list[SyncReport]:
            return [self.inbox.sync_account(account.id) for account in self.inbox.accounts()
                    if not self.inbox.reading_refusal(account)]

        self.ui.tasks.run(read_all, lambda reports: self._read(reports, asked=True),
                          self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.error("reading the inboxes failed", exc_info=exc)
        self.ui.announcer.announce(translate(
            "Inbox", "Checking for new items failed unexpectedly ({reason}).").format(
                reason=type(exc).__name__), assertive=True)

    def _read(self, reports: list[SyncReport], asked: bool = False) -> None:
        self.busy = False
        said = self._say(reports) if reports else self._say_found_elsewhere()
        if asked and not said:
            self.ui.announcer.announce(translate("Inbox", "No new items."))
        self.last_seen = max(self.last_seen, self.inbox.newest_id())
        self.refresh_count()
        self.synced.emit(reports)
        self.changed.emit()

    def _say(self, reports: list[SyncReport]) -> bool:
        """One message for the whole read: its emergencies first (with their own sound),
        then one sentence per account that brought news or had a problem. One message, not
        several: a screen reader reading the message line hears only the last of messages
        shown in one go. Whether anything was said."""
        reports = [r for r in reports if r.problem or not r.new_ids or
                   not set(r.new_ids) <= set(self.said_from_store)]
        urgent = [item for report in reports for item in report.urgent_items]
        return self._announce(urgent, [r.announcement for r in reports if r.announcement],
                              paused=any(r.paused for r in reports))

    def _say_found_elsewhere(self) -> bool:
        """Another process (the agent) read the inboxes: say what it stored since we last
        looked, in the same words as our own reads. Whether anything was said."""
        fresh = self.inbox.stored_after(self.last_seen)
        self.said_from_store.extend(item.id for item in fresh)
        by_account: dict[int, list] = defaultdict(list)
        for item in fresh:
            by_account[item.account_id].append(item)
        sentences = []
        for items in by_account.values():
            kinds = Counter(item.kind for item in items)
            complaints = sum(1 for i in items if i.labels.complaint and not i.labels.urgent)
            urgent = sum(1 for i in items if i.labels.urgent)
            sentences.append(announcement(items[0].account_name, dict(kinds), complaints,
                                          urgent))
        return self._announce([i for i in fresh if i.labels.urgent], sentences)

    def _announce(self, urgent: list, sentences: list[str], paused: bool = False) -> bool:
        parts = [translate("Inbox", "Emergency: {item}").format(item=self.inbox.sentence(item))
                 for item in urgent] + sentences
        if urgent:
            self.ui.sounds.play("emergency")
        if not parts:
            return False
        self.ui.announcer.announce(". ".join(p.rstrip(".") for p in parts) + ".",
                                   assertive=bool(urgent) or paused)
        return True

    # -- the count on the navigation button -----------------------------------------------

    def refresh_count(self) -> None:
        count = self.inbox.new_total()
        label = self.ui.actions.label("page.inbox")
        shortcut = self.ui.actions.shortcut_text("page.inbox")
        if count:
            label = translate("Inbox", "{page} · %n new", n=count).format(page=label)
        self.nav_button.setText(f"{label}\n({shortcut})" if shortcut else label)
        self.nav_button.setAccessibleName(label)
        self.count = count
