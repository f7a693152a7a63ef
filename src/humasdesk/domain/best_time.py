"""When to post: from an account's own history, by weekday and hour, which slot reached his
followers best. Pure: the history comes in, a ranking and its confidence come out.

A post's score is its reactions (likes, reposts, replies, quotes, shares) divided by the
account's followers at the time it was published, so a post from a year ago, when the account
had half the followers, weighs the same as a post today. A slot's score is the mean of its
posts' scores. Means are summed with ``math.fsum`` (exactly rounded), and ties are broken by
fixed keys, so the ranking does not depend on the order the history comes in.

With too little history the answer says so and falls back to a stated general default
(``DEFAULT_SLOTS``): weekday evenings at 19:00 in the account's zone. That default is a rule of
thumb for Indonesian audiences (people read social media after work and after the evening
meal), not a measurement; the text the user hears says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from .i18n import QT_TRANSLATE_NOOP, translate
from .numbers import format_number
from .timezones import local_to_utc, zone_info, zone_label

# A ranking needs at least this many posts in all, and a slot at least this many of its own,
# before it is believed at all.
MIN_POSTS = 10
MIN_SLOT_POSTS = 2
# Confidence levels by the number of posts the best slot rests on.
MEDIUM_SLOT_POSTS = 4
HIGH_SLOT_POSTS = 8
# The general default: Monday to Friday at 19:00 local time.
DEFAULT_WEEKDAYS = (0, 1, 2, 3, 4)
DEFAULT_HOUR = 19

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("BestTime", "Monday"), QT_TRANSLATE_NOOP("BestTime", "Tuesday"),
    QT_TRANSLATE_NOOP("BestTime", "Wednesday"), QT_TRANSLATE_NOOP("BestTime", "Thursday"),
    QT_TRANSLATE_NOOP("BestTime", "Friday"), QT_TRANSLATE_NOOP("BestTime", "Saturday"),
    QT_TRANSLATE_NOOP("BestTime", "Sunday"),
)


@dataclass(frozen=True)
class PostOutcome:
    """One published post of the account: when, how many reactions, how many followers then
    (None when no audience snapshot is known; the post then counts with the account's median
    follower count)."""

    published_at: datetime
    reactions: int
    followers: int | None = None


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 = Monday
    hour: int  # local hour, 0-23
    score: float  # mean reactions per follower of its posts (0 for the default)
    posts: int  # how many posts it rests on

    def label(self, zone: str) -> str:
        """"Tuesday 19:00 WIB" in the user's language."""
        return translate("BestTime", "{weekday} {hour:02d}:00 {zone}").format(
            weekday=translate("BestTime", WEEKDAY_NAMES[self.weekday]), hour=self.hour,
            zone=zone_label(zone))


@dataclass(frozen=True)
class BestTimes:
    """The ranking of one account's slots, best first, and how far to trust it."""

    slots: tuple[Slot, ...]  # ranked, best first; the default slots when ``fallback``
    total_posts: int  # posts of the history that were counted
    confidence: str  # "high", "medium", "low" or "none" (the fallback)
    fallback: bool
    zone: str

    @property
    def best(self) -> Slot | None:
        return self.slots[0] if self.slots else None

    def summary(self) -> str:
        """One sentence for the page, the CLI and the screen reader."""
        if self.fallback:
            return translate(
                "BestTime", "Too little history to say ({n} posts with figures; at least "
                "{needed} are needed). Until then HumasDesk suggests the general default, "
                "weekdays at {hour:02d}:00 {zone}: a rule of thumb for Indonesian audiences, "
                "who read social media after work, not a measurement of yours.").format(
                    n=self.total_posts, needed=MIN_POSTS, hour=DEFAULT_HOUR,
                    zone=zone_label(self.zone))
        best = self.slots[0]
        return translate(
            "BestTime", "Best time: {slot}, with {score} reactions per 1,000 followers. "
            "Confidence {level}: it rests on {slot_posts} posts at that hour, out of {n} "
            "in all.").format(slot=best.label(self.zone), score=format_number(best.score * 1000, 1),
                              level=confidence_label(self.confidence),
                              slot_posts=best.posts, n=self.total_posts)


def confidence_label(level: str) -> str:
    return translate("BestTime", {"high": QT_TRANSLATE_NOOP("BestTime", "high"),
                                  "medium": QT_TRANSLATE_NOOP("BestTime", "medium"),
                                  "low": QT_TRANSLATE_NOOP("BestTime", "low")}.get(
        level, QT_TRANSLATE_NOOP("BestTime", "none")))


def default_slots() -> tuple[Slot, ...]:
    return tuple(Slot(weekday, DEFAULT_HOUR, 0.0, 0) for weekday in DEFAULT_WEEKDAYS)


def rank(history: Iterable[PostOutcome], zone: str) -> BestTimes:
    """Rank the weekday-and-hour slots of one account's history (see the module text)."""
    return rank_rows(((round(p.published_at.timestamp() * 1000), p.reactions, p.followers)
                      for p in history), zone)


def rank_rows(rows: Iterable[tuple[int, int, int | None]], zone: str) -> BestTimes:
    """:func:`rank` on plain rows, ``(published_ms, reactions, followers)``: what the store
    gives, without building a datetime per post (two years of history in milliseconds)."""
    rows = [row for row in rows if row[1] is not None and row[1] >= 0]
    median = None
    if any(not row[2] for row in rows):
        known = sorted(row[2] for row in rows if row[2])
        median = known[len(known) // 2] if known else None
    tz = zone_info(zone)
    offsets: dict[int, int | None] = {}  # UTC day -> the zone's offset that whole day, seconds
    per_slot: dict[tuple[int, int], list[float]] = {}
    for published_ms, reactions, followers in rows:
        followers = followers or median
        if not followers:
            continue  # no audience known at all: reactions alone would favour today's size
        seconds = published_ms // 1000
        local = seconds + _offset(tz, seconds, offsets)
        day, rest = divmod(local, 86_400)
        # 1 January 1970 was a Thursday (weekday 3).
        per_slot.setdefault(((day + 3) % 7, rest // 3600), []).append(reactions / followers)
    counted = sum(len(scores) for scores in per_slot.values())
    slots = [Slot(weekday, hour, math.fsum(scores) / len(scores), len(scores))
             for (weekday, hour), scores in per_slot.items() if len(scores) >= MIN_SLOT_POSTS]
    if counted < MIN_POSTS or not slots:
        return BestTimes(default_slots(), counted, "none", True, zone)
    slots.sort(key=lambda s: (-s.score, -s.posts, s.weekday, s.hour))
    best = slots[0].posts
    level = "high" if best >= HIGH_SLOT_POSTS else "medium" if best >= MEDIUM_SLOT_POSTS \
        else "low"
    return BestTimes(tuple(slots), counted, level, False, zone)


def rank_series(posts: Sequence[tuple[int, int]], audience: Sequence[tuple[int, int]],
                zone: str) -> BestTimes:
    """:func:`rank_rows` from the two series the store keeps, both oldest first: posts
    ``(published_ms, reactions)`` and follower snapshots ``(taken_ms, followers)``. Each post
    counts with the last snapshot taken before it (before the first one, the first one: the
    nearest estimate there is)."""
    def with_followers():
        index, count = 0, len(audience)
        current = audience[0][1] if audience else None
        for published_ms, reactions in posts:
            while index < count and audience[index][0] <= published_ms:
                current = audience[index][1]
                index += 1
            yield published_ms, reactions, current

    return rank_rows(with_followers(), zone)


def _offset(tz, seconds: int, offsets: dict[int, int | None]) -> int:
    """The zone's UTC offset at ``seconds``: looked up once per UTC day when it is the same at
    the day's start and end (no clock change that day), else for the instant itself."""
    day = seconds // 86_400
    if day not in offsets:
        start = _utcoffset(tz, day * 86_400)
        offsets[day] = start if start == _utcoffset(tz, day * 86_400 + 86_399) else None
    whole_day = offsets[day]
    return whole_day if whole_day is not None else _utcoffset(tz, seconds)


def _utcoffset(tz, seconds: int) -> int:
    return int(datetime.fromtimestamp(seconds, tz).utcoffset().total_seconds())


def upcoming(best: BestTimes, now: datetime, count: int = 5, top: int = 1,
             days_ahead: int = 14) -> list[datetime]:
    """The next ``count`` instants (UTC) that fall in one of the ``top`` best slots, after
    ``now``, in time order: what "waktu terbaik" / "best time" picks from (by default the
    best slot's next occurrences; with the fallback, every weekday evening)."""
    tz = zone_info(best.zone)
    chosen = best.slots[:top] if not best.fallback else best.slots
    wanted = {(s.weekday, s.hour) for s in chosen}
    found: list[datetime] = []
    local_now = now.astimezone(tz)
    for offset in range(days_ahead + 1):
        day = local_now.date() + timedelta(days=offset)
        for hour in sorted(h for w, h in wanted if w == day.weekday()):
            try:
                instant = local_to_utc(datetime.combine(day, time(hour, 0)), tz, best.zone)
            except ValueError:
                continue  # the hour does not exist that day (a clock change)
            if instant > now:
                found.append(instant)
                if len(found) >= count:
                    return found
    return found


def merged_upcoming(rankings: Sequence[BestTimes], now: datetime, count: int = 5,
                    top: int = 3) -> list[datetime]:
    """Upcoming best instants for several accounts posting the same thing. Each account
    gives its ``top`` slots points (the best ``top``, the next ``top - 1``...); the instants
    with most points come first, then the earliest."""
    points: dict[datetime, int] = {}
    for ranking in rankings:
        chosen = ranking.slots if ranking.fallback else ranking.slots[:top]
        for place, slot in enumerate(chosen):
            single = BestTimes((slot,), ranking.total_posts, ranking.confidence, False,
                               ranking.zone)
            for instant in upcoming(single, now, count=count):
                points[instant] = points.get(instant, 0) + (top - min(place, top - 1)
                                                             if not ranking.fallback else 1)
    return sorted(points, key=lambda at: (-points[at], at))[:count]


def daily_slots(best: BestTimes, count: int = 3) -> list[str]:
    """Queue slot times ("19:00") from the ranking: the ``count`` best hours of the day,
    whatever the weekday (a queue slot repeats every day), earliest first."""
    by_hour: dict[int, list[Slot]] = {}
    for slot in best.slots:
        by_hour.setdefault(slot.hour, []).append(slot)

    def hour_score(hour: int) -> tuple[float, int]:
        slots = by_hour[hour]
        posts = sum(s.posts for s in slots)
        weighted = math.fsum(s.score * s.posts for s in slots) / posts if posts else 0.0
        return weighted, posts

    hours = sorted(by_hour, key=lambda h: (-hour_score(h)[0], -hour_score(h)[1], h))[:count]
    return [f"{hour:02d}:00" for hour in sorted(hours)]
