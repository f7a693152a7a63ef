"""The queue as the user sees it: every post with its time and state, and what he can do
with one (cancel, reschedule, publish now, confirm it went out, take it back to edit).

Cancelling, rescheduling or publishing now a post handed to the platform's own scheduler
calls the platform: the window runs those through its task helper.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.model import Account, PublishState
from ..store import Store
from ..store.repositories import QueueItem

if TYPE_CHECKING:  # the page imports this module at start-up; publishing loads on first use
    from .publishing import PublishingService

__all__ = ["QueueItem", "QueueService"]

# Posts that are no longer in the queue's hands: editing them leaves them as they are.
_DONE = (PublishState.PUBLISHED, PublishState.CANCELLED)


class QueueService:
    def __init__(self, store: Store, publishing: PublishingService):
        self.store = store
        self.publishing = publishing

    # -- reading ---------------------------------------------------------------------------

    def items(self, states: Sequence[PublishState] | None = None,
              account_id: int | None = None) -> list[QueueItem]:
        return self.store.queue.items(states, account_id=account_id)

    def item(self, record_id: int) -> QueueItem | None:
        return self.store.queue.item(record_id)

    def accounts(self) -> list[Account]:
        """The accounts the queue can be filtered by."""
        return self.store.accounts.list()

    @staticmethod
    def asks_platform(item: QueueItem) -> bool:
        """Whether changing this post calls the platform (the network): a post handed to the
        platform's own scheduler is cancelled there first."""
        return item.state is PublishState.HANDED_OFF

    # -- acting (may call the platform: off the GUI thread) -----------------------------------

    def cancel(self, record_id: int) -> None:
        self.publishing.cancel(record_id)

    def reschedule(self, record_id: int, when: datetime) -> None:
        self.publishing.reschedule(record_id, when)

    def publish_now(self, record_id: int) -> None:
        self.publishing.publish_now(record_id)

    def mark_published(self, record_id: int, url: str = "") -> None:
        self.publishing.mark_published(record_id, url)

    def take_for_editing(self, item: QueueItem) -> tuple[str, list[int]]:
        """Take the post out of the queue (unless it is already out) and return what the
        composer opens: its text and its account."""
        if item.state not in _DONE:
            self.publishing.cancel(item.record_id)
        return item.text, [item.account_id]
