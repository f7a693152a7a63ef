"""Drafts: the composer's unsent text, kept so a crash or a closed window loses nothing.

A draft holds the main text, the chosen accounts and, in ``extra``, the per-account texts, the
accounts that publish as a thread and the described images. The composer saves it while he
types, offers it back after a crash, and keeps an unfinished text aside when another post is
opened in its place.
"""

from __future__ import annotations

from ..domain.model import Draft
from ..store import Store, StoreError

# Re-exported: a failed save is said to the user, and the UI catches it from here, not store/.
__all__ = ["DraftService", "StoreError"]


class DraftService:
    def __init__(self, store: Store):
        self._store = store

    def save(self, draft: Draft) -> Draft:
        """Save (a new draft when ``draft.id`` is None); the saved draft carries its id."""
        return self._store.drafts.save(draft)

    def latest(self) -> Draft | None:
        """The most recently changed unsent draft, if any."""
        return self._store.drafts.latest()

    def discard(self, draft_id: int) -> None:
        self._store.drafts.delete(draft_id)

    def from_failed_post(self, record_id: int) -> Draft | None:
        """A post that failed on one account, as a new draft with its text for that account."""
        item = self._store.queue.item(record_id)
        if item is None:
            return None
        return Draft(body=item.text, account_ids=[item.account_id])
