"""Creating posts with their targets, and sending due targets through their adapters.

Every state change is one transaction; "sending" is committed with the idempotency key before
the network call, so a crash in the middle leaves a record that says exactly what was in flight.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import (
    AccountState,
    Media,
    Post,
    PublishRecord,
    PublishState,
    Target,
    utc_now,
)
from ..domain.timezones import format_local, zone_info
from ..platforms.base import OutgoingPost, PlatformError
from ..platforms.registry import PlatformRegistry
from ..store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What happened to one record when it was sent; ``message`` is for the user."""

    record_id: int
    account_name: str
    state: PublishState
    message: str
    url: str = ""


class PublishingService:
    def __init__(self, store: Store, registry: PlatformRegistry,
                 clock: Callable[[], datetime] = utc_now):
        self.store = store
        self.registry = registry
        self.clock = clock

    # -- creating ---------------------------------------------------------------------------

    def submit(self, body: str, account_ids: Sequence[int], *, when: datetime | None = None,
               zone: str = "Asia/Jakarta", language: str = "id",
               media: Sequence[Media] = ()) -> list[PublishRecord]:
        """Create a post for the accounts, due now (``when`` None) or at ``when``.

        Checks everything first, so bad input raises ``UserInputError`` and writes nothing.
        """
        if not body.strip():
            raise UserInputError(translate("Publishing", "The post is empty. Write some text "
                                                         "first."))
        if not account_ids:
            raise UserInputError(translate("Publishing", "Choose at least one account."))
        zone_info(zone)  # raises a translated error for an unknown zone
        now = self.clock()
        if when is not None and when <= now:
            raise UserInputError(translate(
                "Publishing", "{time} is already past. Choose a time in the future.").format(
                    time=format_local(when, zone)))
        targets = []
        for account_id in dict.fromkeys(account_ids):
            account = self.store.accounts.get(account_id)
            if account is None:
                raise UserInputError(translate("Publishing", "That account no longer exists."))
            if account.state is not AccountState.OK:
                raise UserInputError(translate(
                    "Publishing", "The account “{name}” cannot publish now: {state}.").format(
                        name=account.name, state=account.state.label()))
            record = PublishRecord(
                target_id=0, state=PublishState.SCHEDULED, scheduled_at=when or now, zone=zone,
                idempotency_key=os.urandom(16).hex())
            targets.append((Target(post_id=0, account_id=account_id), record))
        post = Post(body=body, language=language, media=list(media))
        return self.store.create_post(post, targets)

    # -- sending ----------------------------------------------------------------------------

    def publish_due(self, now: datetime | None = None) -> list[Outcome]:
        now = now or self.clock()
        return [self.send(record.id) for record in self.store.records.due(now)]

    def next_due_at(self) -> datetime | None:
        return self.store.records.next_due_at()

    def send(self, record_id: int) -> Outcome:
        """Send one scheduled record now. Safe to call from any thread."""
        record = self.store.records.get(record_id)
        item = self.store.queue.item(record_id)
        if record is None or item is None:
            raise UserInputError(translate("Publishing", "That post no longer exists."))
        # Claim it: only one caller can move it from scheduled to sending.
        claimed = self.store.records.transition(
            record_id, [PublishState.SCHEDULED], PublishState.SENDING,
            attempts=record.attempts + 1)
        if not claimed:
            current = self.store.records.get(record_id)
            return Outcome(record_id, item.account_name, current.state, current.state.label())
        account = self.store.accounts.get(item.account_id)
        post = self.store.posts.get(item.post_id)
        outgoing = OutgoingPost(text=item.text, idempotency_key=record.idempotency_key,
                                language=post.language, media=post.media, zone=record.zone)
        try:
            adapter = self.registry.adapter_for(account)
            result = adapter.publish(outgoing)
        except PlatformError as exc:
            log.info("publishing record %s failed: %s", record_id, exc.kind)
            self.store.records.transition(
                record_id, [PublishState.SENDING], PublishState.FAILED,
                error_kind=exc.kind, error_message=exc.message)
            return Outcome(record_id, account.name, PublishState.FAILED, translate(
                "Publishing", "Not published to {account}: {reason}").format(
                    account=account.name, reason=exc.message))
        except Exception:
            # A bug in an adapter must not leave the record "sending" forever; we cannot know
            # if it went out, so the user decides.
            log.exception("adapter crashed while publishing record %s", record_id)
            message = translate("Publishing", "Something went wrong inside HumasDesk while "
                                              "sending; check the account before sending again.")
            self.store.records.transition(
                record_id, [PublishState.SENDING], PublishState.NEEDS_ATTENTION,
                error_kind="internal", error_message=message)
            return Outcome(record_id, account.name, PublishState.NEEDS_ATTENTION, message)
        self.store.records.transition(
            record_id, [PublishState.SENDING], PublishState.PUBLISHED,
            remote_id=result.remote_id, remote_url=result.url, published_at=self.clock(),
            error_kind="", error_message="")
        return Outcome(record_id, account.name, PublishState.PUBLISHED, translate(
            "Publishing", "Published to {account}.").format(account=account.name), result.url)

    def publish_now(self, body: str, account_ids: Sequence[int], **kwargs) -> list[Outcome]:
        records = self.submit(body, account_ids, **kwargs)
        return [self.send(record.id) for record in records]
