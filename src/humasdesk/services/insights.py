"""Insights: how the audience reacted to each published post, how each account grows, and
when to post. What the Insights page, ``humasdesk insights``, ``humasdesk report`` and the
agent use.

Collection (network: call it off the GUI thread, as the agent and ``--sync`` do):

- ``collect_due()`` reads, for every published post, its counters at about +1 h, +24 h and
  +7 days (a checkpoint missed while the computer was off is still taken a little late: +1 h
  until +6 h, +24 h until +3 days, +7 d until +14 days), and one audience snapshot per account
  and day. At most ``max_reads`` platform calls per run; an account whose platform asks to wait
  is left alone until then (kept in the store, so the window and the agent agree).
- ``sync(days)`` also refreshes the latest reading of every post of the last ``days`` days.
- A metric the platform no longer serves is said once per account and metric (the run's
  ``notices``), not at every reading. A deleted post is kept as deleted, never as zeros.

Reading (store only, fast, safe on the GUI thread): ``posts()`` with their latest figures,
``post_sentence()``/``sentences()`` ("Donor darah bersama PMI: 34 suka, 5 bagikan, 12 balasan
di Facebook; 8 suka di Bluesky"), ``week()`` (per account: posts, reactions per post, follower
change; the week's best and weakest posts), ``followers()``, ``best_times()``,
``upcoming_best()`` (what the time phrase "waktu terbaik" / "best time" picks from) and
``set_slots_from_best_time()`` (the account's queue slots).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ..domain import best_time
from ..domain.i18n import translate
from ..domain.metrics import (
    LIKES,
    QUOTES,
    REACH,
    REPLIES,
    REPOSTS,
    SAVES,
    SHARES,
    VIEWS,
    AudienceSnapshot,
)
from ..domain.model import Account, AccountState, utc_now
from ..domain.timezones import DEFAULT_ZONE, zone_info
from ..store import Store
from ..store.insights import LATEST, AudiencePoint, InsightsRepository, PublishedPost, Reading

log = logging.getLogger(__name__)

# Checkpoint name, its distance from publishing, and until when a missed one is still taken
# (a reading much later than its checkpoint would not compare with the others; the next
# checkpoint, and the latest reading, cover the post then).
CHECKPOINTS = (("1h", timedelta(hours=1), timedelta(hours=6)),
               ("24h", timedelta(hours=24), timedelta(days=3)),
               ("7d", timedelta(days=7), timedelta(days=14)))
OLDEST_CHASED = timedelta(days=14)
LEASE = "insights"
PROBLEM = "(problem)"  # the notice key of an account that could not be read
LEASE_SECONDS = 15 * 60  # a collector that died frees the lease after this
MAX_READS_PER_RUN = 60
# How often the agent looks for due readings: the earliest checkpoint is an hour after
# publishing, so a few minutes late is "about +1 h".
COLLECT_EVERY = timedelta(minutes=10)
COLLECT_FIRST_DELAY = timedelta(seconds=30)  # the agent's first moments are for publishing

# The words of a sentence, per metric, with their plural forms from the catalogue (``%n``).
_METRIC_WORDS = {
    LIKES: lambda n: translate("Insights", "%n like(s)", None, n),
    REPOSTS: lambda n: translate("Insights", "%n share(s)", None, n),
    REPLIES: lambda n: translate("Insights", "%n repl(y/ies)", None, n),
    QUOTES: lambda n: translate("Insights", "%n quote(s)", None, n),
    SHARES: lambda n: translate("Insights", "%n send(s)", None, n),
    SAVES: lambda n: translate("Insights", "%n save(s)", None, n),
    VIEWS: lambda n: translate("Insights", "%n view(s)", None, n),
    REACH: lambda n: translate("Insights", "%n account(s) reached", None, n),
}
_SENTENCE_ORDER = (LIKES, REPOSTS, REPLIES, QUOTES, SHARES, SAVES, VIEWS, REACH)


def metric_words(name: str, value: int) -> str:
    """"34 likes" / "34 suka" in the user's language."""
    return _METRIC_WORDS[name](value)


@dataclass
class CollectionReport:
    """What one collection run did, in words where the user should hear it."""

    readings: int = 0
    audiences: int = 0
    deleted: int = 0
    # Said once (not at every run): a figure no longer served, an account that stopped working.
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # every account not read this run
    waiting: list[str] = field(default_factory=list)  # accounts whose platform asked to wait
    more_due: bool = False  # stopped at the per-run limit; the rest comes next run
    skipped: bool = False  # another process (the agent, the window) was collecting


@dataclass(frozen=True)
class PostInsight:
    """One published post on one account, with its latest reading (None: not read yet)."""

    post: PublishedPost
    latest: Reading | None
    readings: dict[str, Reading]

    @property
    def deleted(self) -> bool:
        return bool(self.latest and self.latest.deleted)

    @property
    def reactions(self) -> int:
        return self.latest.reactions if self.latest and not self.latest.deleted else 0


@dataclass(frozen=True)
class AccountWeek:
    account_id: int
    account_name: str
    platform: str
    posts: int
    reactions: int
    followers_start: int | None
    followers_end: int | None

    @property
    def reactions_per_post(self) -> float:
        return self.reactions / self.posts if self.posts else 0.0

    @property
    def follower_change(self) -> int | None:
        if self.followers_start is None or self.followers_end is None:
            return None
        return self.followers_end - self.followers_start


@dataclass(frozen=True)
class WeekSummary:
    start: date  # the Monday
    zone: str
    accounts: list[AccountWeek]
    posts: list[PostInsight]  # the week's posts, oldest first
    best: list[PostInsight]  # most reactions first (posts with a reading, not deleted)
    weakest: list[PostInsight]  # fewest reactions first

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)


class InsightsService:
    def __init__(self, store: Store, registry: Callable[[], object], settings=None, *,
                 clock: Callable[[], datetime] = utc_now, max_reads: int = MAX_READS_PER_RUN,
                 languages: Callable[[str], object] | None = None):
        """``registry``: returns the platform registry (built on first use by the App).
        ``languages``: a language code -> its ``translate`` backend (for a report in another
        language than the window's)."""
        self.languages = languages
        self.holder = f"insights-{uuid.uuid4().hex}"
        self.store = store
        self.repo = InsightsRepository(store.db)
        self._registry = registry
        self.settings = settings
        self.clock = clock
        self.max_reads = max_reads
        self._working: set[int] = set()  # accounts read without a problem by this process

    @property
    def zone(self) -> str:
        return self.settings.get("zone") if self.settings is not None else DEFAULT_ZONE

    # -- collecting (network) -----------------------------------------------------------------

    def collect_due(self, now: datetime | None = None) -> CollectionReport:
        """Read what is due: checkpoints of published posts and today's audience snapshots.

        One process collects at a time (the "insights" lease): when the window and the agent
        both run, the other one's run is ``skipped`` rather than asking the platforms twice."""
        now = now or self.clock()
        if not self.store.leases.acquire(LEASE, self.holder, now, LEASE_SECONDS):
            return CollectionReport(skipped=True)
        try:
            return self._collect_due(now, set())
        finally:
            self.store.leases.release(LEASE, self.holder)

    def _collect_due(self, now: datetime, stopped: set[int]) -> CollectionReport:
        """``stopped``: accounts that failed in this run, not asked again in it."""
        report = CollectionReport()
        budget = [self.max_reads]
        due: list[tuple[PublishedPost, str]] = []
        for post, taken in self.repo.readable(now - OLDEST_CHASED, now):
            checkpoint = due_checkpoint(post.published_at, taken, now)
            if checkpoint:
                due.append((post, checkpoint))
        self._read_posts(due, now, report, budget, stopped)
        self._read_audiences(now, report, budget, stopped)
        return report

    def sync(self, days: int = 7, account_id: int | None = None,
             now: datetime | None = None) -> CollectionReport:
        """What is due, then the latest figures of every post of the last ``days`` days
        (``humasdesk insights --sync``, the page's refresh)."""
        now = now or self.clock()
        stopped: set[int] = set()
        report = self._collect_due(now, stopped)  # he asked: even while another collects
        budget = [self.max_reads]
        recent = [(post, LATEST) for post, _taken in self.repo.readable(
            now - timedelta(days=days), now)
            if account_id is None or post.account_id == account_id]
        self._read_posts(recent, now, report, budget, stopped)
        return report

    def _read_posts(self, due: list[tuple[PublishedPost, str]], now: datetime,
                    report: CollectionReport, budget: list[int], stopped: set[int]) -> None:
        from ..platforms.base import MetricsReader, PlatformError

        waits = self.repo.waits()
        adapters: dict[int, object] = {}
        for post, checkpoint in due:
            if post.account_id in stopped or _waiting(waits, post.account_id, now):
                continue
            if budget[0] <= 0:
                report.more_due = True
                return
            account = self.store.accounts.get(post.account_id)
            if account is None or account.state is not AccountState.OK:
                continue
            adapter = adapters.get(post.account_id)
            if adapter is None:
                adapter = adapters[post.account_id] = self._registry().adapter_for(account)
            if not isinstance(adapter, MetricsReader):
                stopped.add(post.account_id)
                continue
            budget[0] -= 1
            try:
                metrics = adapter.read_metrics(post.remote_id, post.remote_url)
            except PlatformError as exc:
                stopped.add(post.account_id)
                self._problem(account, exc, report, now)
                continue
            self.repo.save_reading(post.record_id, checkpoint, now, metrics)
            self._worked(account.id)
            report.readings += 1
            report.deleted += int(metrics.deleted)
            self._say_unavailable(account, metrics.unavailable, report, now)

    def _read_audiences(self, now: datetime, report: CollectionReport, budget: list[int],
                        stopped: set[int]) -> None:
        from ..platforms.base import MetricsReader, PlatformError

        day = now.astimezone(zone_info(self.zone)).date().isoformat()
        done = self.repo.audience_days(day)
        waits = self.repo.waits()
        for account in self.store.accounts.list():
            if account.id in done or account.id in stopped \
                    or account.state is not AccountState.OK or _waiting(waits, account.id, now):
                continue
            if budget[0] <= 0:
                report.more_due = True
                return
            adapter = self._registry().adapter_for(account)
            if not isinstance(adapter, MetricsReader):
                continue
            budget[0] -= 1
            try:
                snapshot: AudienceSnapshot = adapter.read_audience()
            except PlatformError as exc:
                self._problem(account, exc, report, now)
                continue
            self.repo.save_audience(account.id, day, now, snapshot.followers,
                                    snapshot.unavailable_reason)
            self._worked(account.id)
            report.audiences += 1
            if snapshot.followers is None and snapshot.unavailable_reason:
                self._say_unavailable(account, {"followers": snapshot.unavailable_reason},
                                      report, now)

    def _problem(self, account: Account, exc, report: CollectionReport, now: datetime) -> None:
        from ..platforms.base import RateLimited

        if isinstance(exc, RateLimited):
            until = exc.reset_at or now + timedelta(minutes=15)
            self.repo.set_wait(account.id, until)
            report.waiting.append(translate(
                "Insights", "{account}: {reason}").format(account=account.name,
                                                           reason=exc.message))
            return
        log.info("insights: reading %s failed: %s", account.platform, exc.kind)
        line = translate("Insights", "{account}: {reason}").format(account=account.name,
                                                                   reason=exc.message)
        report.problems.append(line)
        # A notice once while it lasts (the agent tries every few minutes), like a retired
        # metric; said again if it comes back after the account worked.
        self._working.discard(account.id)
        if self.repo.unsaid(account.id, {PROBLEM: exc.message}, now):
            report.notices.append(line)

    def _worked(self, account_id: int) -> None:
        if account_id not in self._working:
            self._working.add(account_id)
            self.repo.forget_notice(account_id, PROBLEM)

    def _say_unavailable(self, account: Account, unavailable: dict[str, str],
                         report: CollectionReport, now: datetime) -> None:
        # The same reason for several metrics (X off, Telegram) is said once.
        for reason in sorted(set(self.repo.unsaid(account.id, unavailable, now).values())):
            report.notices.append(translate("Insights", "{account}: {reason}").format(
                account=account.name, reason=reason))

    # -- reading the store --------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """The accounts whose platform gives figures (the local outbox and sites posted by
        hand give none)."""
        from ..platforms.base import MetricsReader

        registry = self._registry()
        return [a for a in self.store.accounts.list()
                if isinstance(registry.adapter_for(a), MetricsReader)]

    def posts(self, days: int = 7, account_id: int | None = None,
              now: datetime | None = None) -> list[PostInsight]:
        """The posts published in the last ``days`` days, oldest first, with their readings."""
        now = now or self.clock()
        return self._insights(self.repo.published(now - timedelta(days=days),
                                                  now + timedelta(seconds=1), account_id))

    def _insights(self, posts: list[PublishedPost]) -> list[PostInsight]:
        readings = self.repo.readings([p.record_id for p in posts])
        return [PostInsight(p, readings[p.record_id].get(LATEST), readings[p.record_id])
                for p in posts]

    def post_sentence(self, insights: Sequence[PostInsight]) -> str:
        """One sentence for one post on all its accounts (the records of one post):
        "Donor darah bersama PMI: 34 likes, 5 shares, 12 replies on Facebook; 8 likes on
        Bluesky"."""
        if not insights:
            return ""
        title = _title(insights[0].post.text)
        parts = [self.figures_words(insight) for insight in insights]
        return translate("Insights", "{title}: {figures}").format(title=title,
                                                                  figures="; ".join(parts))

    def figures_words(self, insight: PostInsight) -> str:
        """"34 likes, 5 shares, 12 replies on Facebook" (or why there are no figures)."""
        platform = platform_name(insight.post.platform)
        if insight.latest is None:
            return translate("Insights", "no figures yet on {platform}").format(
                platform=platform)
        if insight.latest.deleted:
            return translate("Insights", "deleted on {platform}").format(platform=platform)
        values = insight.latest.values
        if not values and insight.latest.unavailable:
            return translate("Insights", "no figures available from {platform}").format(
                platform=platform)
        words = [metric_words(name, values[name]) for name in _SENTENCE_ORDER
                 if name in values and (values[name] or name in (LIKES,))]
        if not words:
            return translate("Insights", "no reactions yet on {platform}").format(
                platform=platform)
        return translate("Insights", "{figures} on {platform}").format(
            figures=", ".join(words), platform=platform)

    def sentences(self, days: int = 7, account_id: int | None = None,
                  now: datetime | None = None) -> list[str]:
        """A sentence per post (its accounts together), newest first."""
        by_post: dict[int, list[PostInsight]] = {}
        for insight in self.posts(days, account_id, now):
            by_post.setdefault(insight.post.post_id, []).append(insight)
        return [self.post_sentence(group) for group in reversed(list(by_post.values()))]

    def week(self, start: date | None = None, now: datetime | None = None) -> WeekSummary:
        """The week starting on Monday ``start`` (default: the week before this one), in the
        user's zone: per account, posts, reactions and follower change; best and weakest."""
        zone = self.zone
        tz = zone_info(zone)
        if start is None:
            today = (now or self.clock()).astimezone(tz).date()
            start = today - timedelta(days=today.weekday() + 7)
        begin = datetime.combine(start, datetime.min.time(), tz).astimezone(UTC)
        end = datetime.combine(start + timedelta(days=7), datetime.min.time(), tz).astimezone(UTC)
        posts = self._insights(self.repo.published(begin, end))
        accounts = []
        for account in self.store.accounts.list():
            mine = [p for p in posts if p.post.account_id == account.id]
            points = [a for a in self.repo.audience(
                account.id, (start - timedelta(days=1)).isoformat(),
                (start + timedelta(days=6)).isoformat()) if a.followers is not None]
            if not any(p.latest for p in mine) and not points:
                continue  # nothing measured (the local outbox, a site posted by hand)
            accounts.append(AccountWeek(
                account.id, account.name, account.platform, len(mine),
                sum(p.reactions for p in mine),
                points[0].followers if points else None,
                points[-1].followers if len(points) > 1 else None))
        ranked = [p for p in posts if p.latest is not None and not p.deleted]
        best = sorted(ranked, key=lambda p: (-p.reactions, p.post.published_at))
        weakest = sorted(ranked, key=lambda p: (p.reactions, p.post.published_at))
        return WeekSummary(start, zone, accounts, posts, best[:5], weakest[:3])

    def followers(self, account_id: int, days: int = 30, now: datetime | None = None
                  ) -> list[AudiencePoint]:
        today = (now or self.clock()).astimezone(zone_info(self.zone)).date()
        return self.repo.audience(account_id, (today - timedelta(days=days)).isoformat())

    # -- X: figures cost money, so reading them is the user's choice ---------------------------

    def x_metrics_cost(self, account_id: int, now: datetime | None = None) -> str:
        """What reading figures would cost for this X account, in words, estimated from its
        posts of the last 30 days (at least 30)."""
        now = now or self.clock()
        posts = len(self.repo.published(now - timedelta(days=30), now, account_id))
        return _x().x_metrics_cost_words(max(posts, 30))

    def set_x_metrics(self, account_id: int, on: bool) -> str:
        """Turn reading figures on or off for an X account; returns what to tell the user
        (the cost when turned on)."""
        account = self.store.accounts.get(account_id)
        if account is None or account.platform != "x":
            from ..domain.errors import UserInputError

            raise UserInputError(translate("Insights", "Only X accounts have this choice: "
                                                       "reading figures from the other "
                                                       "platforms costs nothing."))
        account.options = {**account.options, _x().METRICS_OPTION: bool(on)}
        self.store.accounts.update(account)
        if on:
            return translate("Insights", "Reading figures from X is on for {account}. "
                                         "{cost}").format(account=account.name,
                                                          cost=self.x_metrics_cost(account_id))
        return translate("Insights", "Reading figures from X is off for {account}; nothing is "
                                     "read or billed.").format(account=account.name)

    # -- the weekly report ---------------------------------------------------------------------

    def write_report(self, path, start: date | None = None, language: str = "",
                     inbox=None, now: datetime | None = None) -> WeekSummary:
        """Write the week's report (PDF, or HTML when ``path`` ends in .html/.htm) in
        ``language`` ("id" or "en"; "" the current one). ``inbox`` is an
        ``insights_report.InboxSummary`` (complaints received, answered and how fast); None
        reads it from the inbox for the report's week. Returns the week it covers. Raises
        ``UserInputError`` when the file cannot be written (said in words)."""
        from ..domain import i18n
        from . import insights_report

        language = language or i18n.current_language()
        backend = self.languages(language) if self.languages is not None else None
        with i18n.speaking(backend, language):
            week = self.week(start, now)
            if inbox is None:
                inbox = self.inbox_summary(week.start)
            insights_report.write(self, week, path, inbox, language)
        return week

    def inbox_summary(self, start: date):
        """The complaints (emergencies included) received in the week starting on Monday
        ``start``, in the user's zone: how many, how many answered and how fast."""
        from .insights_report import summarise_inbox

        tz = zone_info(self.zone)
        begin = datetime.combine(start, datetime.min.time(), tz).astimezone(UTC)
        end = datetime.combine(start + timedelta(days=7), datetime.min.time(), tz).astimezone(UTC)
        return summarise_inbox(self.store.inbox.complaints(begin, end))

    # -- best time ----------------------------------------------------------------------------

    def best_times(self, account_id: int) -> best_time.BestTimes:
        """The account's ranking of weekday-and-hour slots, with its confidence (or the
        stated general default when the history is too short)."""
        posts, audience = self.repo.history(account_id)
        return best_time.rank_series(posts, audience, self.zone)

    def upcoming_best(self, account_ids: Sequence[int], now: datetime | None = None,
                      count: int = 5) -> list[datetime]:
        """Upcoming best instants for these accounts together: pass to
        ``domain.when.parse_when(..., best_slots=...)``."""
        now = now or self.clock()
        return best_time.merged_upcoming([self.best_times(i) for i in account_ids], now, count)

    def set_slots_from_best_time(self, account_id: int, count: int = 3) -> list[str]:
        """Set the account's queue slots (its ``slots`` option, daily times) to its best
        hours; returns them."""
        account = self.store.accounts.get(account_id)
        if account is None:
            return []
        slots = best_time.daily_slots(self.best_times(account_id), count)
        account.options = {**account.options, "slots": slots}
        self.store.accounts.update(account)
        return slots


def _x():
    from ..platforms import x

    return x


def start_collector(service: InsightsService, stop, say: Callable[[str], None]):
    """Collect in the background until ``stop`` (a ``threading.Event``) is set, every
    ``COLLECT_EVERY``; ``say`` hears each line worth telling (a figure no longer served, an
    account that could not be read). What ``humasdesk agent`` runs beside publishing."""
    from ..publishing.agent import run_collector

    def said(report: CollectionReport) -> None:
        for line in report_lines(report):
            say(line)

    return run_collector(service.collect_due, stop, COLLECT_EVERY.total_seconds(),
                         first_delay=COLLECT_FIRST_DELAY.total_seconds(), said=said)


def report_lines(report: CollectionReport, everything: bool = False) -> list[str]:
    """What a collection run has to tell, one line each: what is new (notices) and the
    platforms that asked to wait; with ``everything`` (he asked for the run) also the
    problems that were said before."""
    problems = [p for p in report.problems if p not in report.notices] if everything else []
    return [*report.notices, *problems, *report.waiting]


def due_checkpoint(published_at: datetime, taken: set[str], now: datetime) -> str:
    """The checkpoint to read now for a post published at ``published_at`` with ``taken``
    already read: the latest one whose time has come and whose window is still open, if it
    was not taken ("" when nothing is due)."""
    age = now - published_at
    for name, after, until in reversed(CHECKPOINTS):
        if after <= age < until:
            return "" if name in taken else name
    return ""


def _waiting(waits: dict[int, datetime], account_id: int, now: datetime) -> bool:
    until = waits.get(account_id)
    return until is not None and until > now


def _title(text: str, limit: int = 60) -> str:
    first = " ".join((text or "").split())
    first = first.split(". ")[0] if ". " in first[:limit] else first
    return first if len(first) <= limit else first[:limit - 1].rstrip() + "…"


# Platforms by their own names in a sentence ("8 suka di Bluesky"), not the Accounts page's
# longer descriptions.
PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "x": "X",
                  "bluesky": "Bluesky", "mastodon": "Mastodon", "threads": "Threads",
                  "telegram": "Telegram", "wordpress": "WordPress", "linkedin": "LinkedIn"}


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform)
