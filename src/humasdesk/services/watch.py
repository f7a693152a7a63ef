"""Brand and keyword watch (issue 16, section 4): saved searches — the hospital's name, a
#hashtag — run on the accounts whose platform can search (the adapter is a ``Searcher``), whose
new results come into the inbox as mentions, triaged like the rest, in the view "Mentions of
the hospital" (``InboxView.MENTIONS``).

What ``WatchService`` offers (``InboxService.watch``; the Inbox page, ``humasdesk watch`` and
the inbox's own sync use it; no Qt here):

- ``searches()``; ``add(account_id, query)`` (refused in words for an account that cannot
  search, an empty or repeated query; returns the search and the sentence to say, with the
  platform's limits such as Threads' 2,200 searches a day); ``remove(search_id)``;
  ``search_refusal(account)`` (why an account cannot search, "" when it can).
- ``sync_due()`` runs every search whose time has come (``InboxService.sync_due`` calls it
  within its reader lease), ``sync_search(search_id)`` runs one now; each returns a
  ``SyncReport`` whose announcement names the search ("2 new posts name “RSKO” (Bluesky
  RSKO)").
  Each search keeps its own cursor, stored with its results in one transaction, and runs at a
  gentle cadence (``cadence``): Bluesky and Mastodon every 15 minutes, Threads every 30
  (Threads counts searches against a daily quota).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.inbox import ItemKind
from ..domain.model import Account, AccountState
from ..platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    PlatformError,
    RateLimited,
    Searcher,
    Transient,
)
from ..platforms.http import clamp_wait, describe_wait
from ..store.watch import SavedSearch

log = logging.getLogger(__name__)

# How often a saved search runs, per platform (the adapter's own ``search_cadence`` when it asks
# for longer). Threads allows 2,200 keyword searches in 24 hours across the app.
CADENCE = {"bluesky": timedelta(minutes=15), "mastodon": timedelta(minutes=15),
           "threads": timedelta(minutes=30)}
DEFAULT_CADENCE = timedelta(minutes=15)
MAX_BATCHES_PER_RUN = 5
MAX_QUERY_LENGTH = 200
# After a failure that is not a rate limit, wait at least this long (or the cadence).
FAILED_WAIT = timedelta(minutes=30)


def found_sentence(search: SavedSearch, new: int, complaints: int, urgent: int) -> str:
    """"2 new posts name “RSKO” (Bluesky RSKO), 1 complaint"; "" when nothing is new."""
    if not new:
        return ""
    sentence = translate("Watch", "%n new posts name “{query}” ({account})", n=new).format(
        query=search.query, account=search.account_name)
    if urgent:
        sentence += ", " + translate("Inbox", "%n emergencies", n=urgent)
    if complaints:
        sentence += ", " + translate("Inbox", "%n complaints", n=complaints)
    return sentence


class WatchService:
    def __init__(self, inbox):
        self.inbox = inbox  # the InboxService: its store, registry, clock and triage

    @property
    def store(self):
        return self.inbox.store

    def clock(self) -> datetime:
        return self.inbox.clock()

    # -- saved searches -----------------------------------------------------------------------

    def searches(self) -> list[SavedSearch]:
        return self.store.watch.searches()

    def search(self, search_id: int) -> SavedSearch:
        found = self.store.watch.get(search_id)
        if found is None:
            raise UserInputError(translate("Watch", "There is no saved search {id}.").format(
                id=search_id))
        return found

    def search_refusal(self, account: Account) -> str:
        """Why HumasDesk cannot search on this account's platform, in words; "" when it can."""
        try:
            spec = self.inbox.registry.spec(account.platform)
        except KeyError as exc:
            return str(exc.args[0])
        if not isinstance(self.inbox.registry.adapter_for(account), Searcher):
            return translate("Watch", "{platform} does not let HumasDesk search its posts, so "
                                      "{account} cannot watch for a name or a hashtag. Bluesky, "
                                      "Mastodon and Threads accounts can.").format(
                platform=spec.display_name(), account=account.name)
        return ""

    def searching_accounts(self) -> list[Account]:
        """The accounts whose platform can search."""
        return [a for a in self.store.accounts.list() if not self.search_refusal(a)]

    def cadence(self, account: Account) -> timedelta:
        adapter = self.inbox.registry.adapter_for(account)
        own = getattr(adapter, "search_cadence", None)
        cadence = CADENCE.get(account.platform, DEFAULT_CADENCE)
        return max(cadence, own) if isinstance(own, timedelta) else cadence

    def add(self, account_id: int, query: str) -> tuple[SavedSearch, str]:
        """Save a search and return it with the sentence to say: how often it runs, and the
        platform's limits (Threads' daily quota). Nothing is written when it is refused."""
        account = self.store.accounts.get(account_id)
        if account is None:
            raise UserInputError(translate("Publishing", "That account no longer exists."))
        query = " ".join(query.split())
        if not query or query == "#":
            raise UserInputError(translate("Watch", "Type what to watch for: the hospital's "
                                                    "name, a few words or a #hashtag."))
        if len(query) > MAX_QUERY_LENGTH:
            raise UserInputError(translate("Watch", "A saved search is at most {limit} "
                                                    "characters long.").format(
                limit=MAX_QUERY_LENGTH))
        refusal = self.search_refusal(account)
        if refusal:
            raise UserInputError(refusal)
        if self.store.watch.find(account.id, query) is not None:
            raise UserInputError(translate("Watch", "{account} already watches for “{query}”."
                                           ).format(account=account.name, query=query))
        search = self.store.watch.add(account.id, query, self.clock())
        minutes = int(self.cadence(account).total_seconds() // 60)
        said = translate("Watch", "{account} now watches for “{query}”, every {minutes} "
                                  "minutes; new posts appear in the inbox under “Mentions of "
                                  "the hospital”.").format(account=account.name, query=query,
                                                           minutes=minutes)
        if account.platform == "threads":
            said += " " + translate("Watch", "Threads allows 2,200 keyword searches in 24 hours "
                                             "for the whole app, so each saved search on "
                                             "Threads runs only every {minutes} minutes.").format(
                minutes=minutes)
        elif account.platform == "mastodon" and not query.startswith("#"):
            said += " " + translate("Watch", "Mastodon servers search words only where they "
                                             "run a search engine; a #hashtag always works.")
        return search, said

    def remove(self, search_id: int) -> SavedSearch:
        """Forget a saved search; what it found stays in the inbox."""
        search = self.search(search_id)
        self.store.watch.remove(search.id)
        return search

    # -- running ------------------------------------------------------------------------------

    def next_run_at(self) -> datetime | None:
        times = [s.next_at or self.clock() for s in self._runnable()]
        return min(times) if times else None

    def sync_due(self) -> list:
        now = self.clock()
        return [self.sync_search(s.id) for s in self._runnable()
                if s.next_at is None or s.next_at <= now + timedelta(milliseconds=1)]

    def _runnable(self) -> list[SavedSearch]:
        ok = {a.id for a in self.store.accounts.list() if a.state is AccountState.OK}
        return [s for s in self.searches() if s.account_id in ok]

    def sync_search(self, search_id: int):
        """Run one saved search now. Never raises a platform error: the report says what went
        wrong and when it runs next."""
        from .inbox import SyncReport

        search = self.search(search_id)
        account = self.store.accounts.get(search.account_id)
        label = account.name
        refusal = self.search_refusal(account)
        if refusal:
            return SyncReport(account.id, label, problem=refusal)
        if account.state is not AccountState.OK:
            return SyncReport(account.id, label, problem=translate(
                "Inbox", "{account} cannot be read now: {state}.").format(
                    account=account.name, state=account.state.label()))
        adapter = self.inbox.registry.adapter_for(account)
        cadence = self.cadence(account)
        corrections = self.inbox._corrections()
        by_kind: Counter[ItemKind] = Counter()
        complaints, urgent_ids = 0, []
        cursor = search.cursor
        notes: list[str] = []
        problem, paused, next_at = "", False, self.clock() + cadence
        for _ in range(MAX_BATCHES_PER_RUN):
            try:
                batch = adapter.search(search.query, cursor)
            except PlatformError as exc:
                problem, paused, next_at = self._failed(search, account, exc, cadence)
                break
            except Exception:  # a bug in an adapter must not stop the other searches
                log.exception("saved search %s failed", search.id)
                problem, paused, next_at = self._failed(search, account, PlatformError(
                    translate("Inbox", "Something went wrong inside HumasDesk while reading.")),
                    cadence)
                break
            if batch.note and batch.note not in notes:
                notes.append(batch.note)
            labelled = [(remote, self.inbox._label(remote.text, corrections))
                        for remote in batch.items]
            due = self.clock() if batch.more else self.clock() + cadence
            saved = self.store.watch.save_batch(
                search, labelled, cursor=batch.cursor, expected_cursor=cursor, next_at=due,
                note=" ".join(notes), now=self.clock())
            for (_remote, labels), item_id in zip(labelled, saved.new_ids, strict=True):
                if item_id is None:
                    continue
                by_kind[ItemKind.MENTION] += 1
                if labels.urgent:
                    urgent_ids.append(item_id)
                elif labels.complaint:
                    complaints += 1
            next_at = due
            if not saved.cursor_saved or not batch.more:
                break
            cursor = batch.cursor
        urgent = tuple(i for i in (self.store.inbox.get(i) for i in urgent_ids) if i)
        speech = found_sentence(search, sum(by_kind.values()), complaints, len(urgent))
        if problem:
            speech = f"{speech}. {problem}" if speech else problem
        return SyncReport(account.id, label, dict(by_kind), complaints, urgent, 0, problem,
                          paused, next_at, speech, tuple(notes))

    def _failed(self, search: SavedSearch, account: Account, exc: PlatformError,
                cadence: timedelta) -> tuple[str, bool, datetime | None]:
        now = self.clock()
        zone = self.inbox.zone()
        if isinstance(exc, AuthExpired):
            self.store.accounts.set_state(account.id, AccountState.NEEDS_RECONNECT)
            message = translate("Watch", "{account} needs to be reconnected; its saved searches "
                                         "do not run until then. {reason}").format(
                account=account.name, reason=exc.message)
            self.store.watch.failed(search.id, now, message)
            return message, True, None
        if isinstance(exc, RateLimited):
            wait_until = max(clamp_wait(exc.reset_at or now + cadence, now), now + cadence)
        elif isinstance(exc, Transient | OutcomeUnknown):
            wait_until = now + cadence
        else:
            wait_until = now + max(FAILED_WAIT, cadence)
        message = translate("Watch", "The search for “{query}” on {account} did not run: "
                                     "{reason} It runs again at {time}.").format(
            query=search.query, account=account.name, reason=exc.message,
            time=describe_wait(wait_until, zone))
        self.store.watch.failed(search.id, wait_until, message)
        return message, False, wait_until
