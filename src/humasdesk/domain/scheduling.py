"""Scheduling rules: retry back-off, missed posts, queue slots and weekly repeats.

Everything here works on aware datetimes and the user's IANA zone, so "every Monday 08:00 WIB"
or "08:00 in Berlin" stays 08:00 on the wall clock across daylight-saving changes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time, timedelta

from .timezones import local_to_utc, zone_info

BACKOFF_BASE_SECONDS = 30
BACKOFF_CAP_SECONDS = 30 * 60
MAX_TRANSIENT_ATTEMPTS = 8


def backoff_delay(attempt: int, rng: random.Random | None = None) -> timedelta:
    """Delay before retry number ``attempt`` (1-based): exponential, capped, "full jitter".

    Full jitter (a random delay between half and all of the exponential step) keeps many
    retries from hitting a recovering server at the same instant.
    """
    rng = rng or random.Random()
    step = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(attempt - 1, 0))
    return timedelta(seconds=rng.uniform(step / 2, step))


def is_missed(due_at: datetime, now: datetime, grace: timedelta) -> bool:
    """A post this late was not sent on time (computer off, account paused): ask the user."""
    return now - due_at > grace


def parse_slot(text: str) -> time:
    hour, minute = text.strip().replace(".", ":").split(":")
    return time(int(hour), int(minute))


def next_free_slot(slots: Sequence[str], taken: Iterable[datetime], now: datetime, zone: str,
                   lead: timedelta = timedelta(minutes=1), days_ahead: int = 60
                   ) -> datetime | None:
    """The first slot time (e.g. "08:00") after ``now + lead`` not already taken, as UTC."""
    if not slots:
        return None
    tz = zone_info(zone)
    taken_set = {t.astimezone(UTC).replace(second=0, microsecond=0) for t in taken}
    times = sorted(parse_slot(s) for s in slots)
    start_day = (now + lead).astimezone(tz).date()
    for offset in range(days_ahead):
        day = start_day + timedelta(days=offset)
        for slot in times:
            try:
                instant = local_to_utc(datetime.combine(day, slot), tz, zone)
            except ValueError:
                continue  # the slot does not exist that day (clocks skip it)
            if instant >= now + lead and instant not in taken_set:
                return instant
    return None


def next_weekly(previous: datetime, zone: str, now: datetime | None = None) -> datetime:
    """The same wall-clock time one week (or more, if that is already past) later, as UTC."""
    tz = zone_info(zone)
    local = previous.astimezone(tz).replace(tzinfo=None)
    while True:
        local += timedelta(days=7)
        try:
            instant = local_to_utc(local, tz, zone)
        except ValueError:
            # Skipped by a clock change this week: publish at the first valid minute after it.
            instant = local_to_utc(local + timedelta(hours=1), tz, zone)
        if now is None or instant > now:
            return instant
