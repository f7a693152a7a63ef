"""Understand a typed date and time, in Indonesian or English, as the user would say it.

Accepted, in the user's zone: ``2026-12-01 09:00``, ``1/12/2026 9.00``, ``besok jam 9``,
``lusa 14.00``, ``Senin 14.00``, ``Jumat depan jam 2 siang``, ``5 Desember 08:30``,
``2 jam lagi``, ``30 menit lagi``, ``tomorrow 9am``, ``next Monday 2pm``, ``Dec 5 8:30``,
``in 2 hours``. The result is never used silently: the composer shows and announces it first.

``waktu terbaik`` / ``best time`` picks the first of the best slots the caller passes in (from
the account's own history, see ``domain/best_time.py``); the parser itself reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from .i18n import translate
from .timezones import (
    TimeInputError,
    check_in_range,
    local_to_utc,
    out_of_range,
    zone_info,
)

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "desember": 12, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}
RELATIVE_DAYS = {"hari ini": 0, "today": 0, "besok": 1, "tomorrow": 1, "lusa": 2,
                 "day after tomorrow": 2}
# Indonesian day periods decide whether "jam 2" means 02:00 or 14:00.
PERIODS = {"pagi": "am", "morning": "am", "am": "am", "a.m.": "am",
           "siang": "noon", "afternoon": "pm", "sore": "pm", "petang": "pm",
           "malam": "night", "evening": "pm", "night": "night", "pm": "pm", "p.m.": "pm"}
FILLER = {"jam", "pukul", "pkl", "at", "on", "pada", "tanggal", "tgl", "the", "of", "hari",
          "this", "ini", "ke"}
NEXT_WORDS = {"depan", "next", "mendatang"}


@dataclass
class _Parts:
    day: date | None = None
    clock: time | None = None
    offset: timedelta | None = None


def _fail(text: str) -> TimeInputError:
    return TimeInputError(translate(
        "Time", "Cannot understand “{text}”. Try “besok jam 9”, “Senin 14.00”, "
        "“tomorrow 9am” or 2026-12-01 09:00.").format(text=text))


def _hour_for_period(hour: int, period: str | None) -> int:
    if period in ("pm", "noon", "night") and hour < 12:
        if period == "noon" and hour >= 10:
            return hour  # "jam 11 siang" is 11:00
        if period == "night" and hour <= 3:
            return hour  # "jam 2 malam" is 02:00
        return hour + 12
    if period == "am" and hour == 12:
        return 0
    return hour


def parse_when(text: str, zone: str, now: datetime,
               best_slots: Sequence[datetime] = ()) -> datetime:
    """The UTC instant the user means by ``text`` in ``zone``; ``now`` is any aware datetime.

    ``best_slots``: upcoming best instants for the chosen accounts, best first
    (``InsightsService.upcoming_best``): "waktu terbaik" / "best time" picks the first one
    after ``now``.

    Any text gives an instant or a ``TimeInputError``: numbers too large for a date ("99999 jam
    lagi", a 5,000-digit year) are refused like any other time that cannot be used."""
    if mentions_best_time(text):
        return _best_slot(best_slots, now)
    try:
        return check_in_range(_parse_when(text, zone, now), text)
    except TimeInputError:
        raise
    except (OverflowError, ValueError):  # date arithmetic past year 9999, or int() limits
        raise out_of_range(text) from None


def _parse_when(text: str, zone: str, now: datetime) -> datetime:
    original = text
    tz = zone_info(zone)
    local_now = now.astimezone(tz)
    cleaned = " " + re.sub(r"\s+", " ", text.strip().lower().replace(",", " ")) + " "
    if not cleaned.strip():
        raise TimeInputError(translate("Time", "Write when the post should go out, for example "
                                               "“besok jam 9”."))
    parts = _Parts()
    period: str | None = None

    def take(pattern: str) -> re.Match | None:
        nonlocal cleaned
        match = re.search(pattern, cleaned)
        if match:
            cleaned = cleaned[:match.start()] + " " + cleaned[match.end():]
        return match

    # Offsets: "2 jam lagi", "dalam 30 menit", "in 2 hours", "1 jam 30 menit lagi".
    unit = r"(\d+) ?(jam|hours?|hrs?|menit|minutes?|mins?)"
    if m := (take(rf" (?:dalam|in) {unit}(?: {unit})? ")
             or take(rf" {unit}(?: {unit})? (?:lagi|from now) ")):
        amounts = [(int(m[i]), m[i + 1]) for i in (1, 3) if m[i]]
        parts.offset = sum((timedelta(hours=n) if u.startswith(("jam", "h")) else
                            timedelta(minutes=n) for n, u in amounts), timedelta())

    # Explicit dates.
    if m := take(r" (\d{4})-(\d{1,2})-(\d{1,2}) "):
        parts.day = _date(int(m[1]), int(m[2]), int(m[3]), original)
    elif m := take(r" (\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) "):
        parts.day = _date(int(m[3]), int(m[2]), int(m[1]), original)  # day first, as in Indonesia
    else:
        month_names = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
        if m := take(rf" (\d{{1,2}}) ({month_names})\.?(?: (\d{{4}}))? "):
            parts.day = _month_day(int(m[1]), MONTHS[m[2]], m[3], local_now, original)
        elif m := take(rf" ({month_names})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))? "):
            parts.day = _month_day(int(m[2]), MONTHS[m[1]], m[3], local_now, original)

    # Relative days and weekdays.
    for phrase in sorted(RELATIVE_DAYS, key=len, reverse=True):
        if take(rf" {phrase} "):
            parts.day = local_now.date() + timedelta(days=RELATIVE_DAYS[phrase])
            break
    weekday_names = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
    if m := take(rf" (?:(next) )?({weekday_names})(?: (depan|mendatang))? "):
        forced_next = bool(m[1] or m[3])
        ahead = (WEEKDAYS[m[2]] - local_now.weekday()) % 7
        if forced_next and ahead == 0:
            ahead = 7
        parts.day = local_now.date() + timedelta(days=ahead)
        weekday_today = ahead == 0
    else:
        weekday_today = False

    # Times of day.
    if take(r" (?:noon|tengah hari) "):
        parts.clock = time(12, 0)
    elif take(r" (?:midnight|tengah malam) "):
        parts.clock = time(0, 0)
    for word in sorted(PERIODS, key=len, reverse=True):
        if take(rf" {re.escape(word)} "):
            period = PERIODS[word]
            break
    if parts.clock is None:
        if m := take(r" (\d{1,2})[:.](\d{2}) ?(am|pm|a\.m\.|p\.m\.)? "):
            hour, minute = int(m[1]), int(m[2])
            period = PERIODS.get(m[3] or "", period)
            parts.clock = _time(_hour_for_period(hour, period), minute, original)
        elif m := take(r" (\d{1,2}) ?(am|pm|a\.m\.|p\.m\.) "):
            parts.clock = _time(_hour_for_period(int(m[1]), PERIODS[m[2]]), 0, original)
        elif m := take(r" (?:jam|pukul|pkl|at) (\d{1,2}) "):
            parts.clock = _time(_hour_for_period(int(m[1]), period), 0, original)
        elif m := re.fullmatch(r" (\d{1,2}) ", cleaned.replace("  ", " ")):
            parts.clock = _time(_hour_for_period(int(m[1]), period), 0, original)
            cleaned = " "
        elif period == "am" and parts.clock is None and parts.day is not None:
            raise TimeInputError(translate("Time", "Add a time, for example “besok jam 9”."))

    leftover = [w for w in cleaned.split() if w not in FILLER and w not in NEXT_WORDS]
    if leftover:
        raise _fail(original)

    if parts.offset is not None:
        if parts.day or parts.clock:
            raise _fail(original)
        return (now + parts.offset).astimezone(UTC).replace(second=0, microsecond=0)
    if parts.clock is None:
        if parts.day is None:
            raise _fail(original)
        raise TimeInputError(translate("Time", "Add a time, for example “besok jam 9”."))
    if parts.day is None:
        parts.day = local_now.date()
        if datetime.combine(parts.day, parts.clock) <= local_now.replace(tzinfo=None):
            parts.day += timedelta(days=1)  # "jam 9" after nine means tomorrow
    elif weekday_today and datetime.combine(parts.day, parts.clock) <= \
            local_now.replace(tzinfo=None):
        parts.day += timedelta(days=7)  # "Senin 9.00" on a Monday afternoon: next Monday
    return local_to_utc(datetime.combine(parts.day, parts.clock), tz, zone)


# "waktu terbaik", "pada waktu terbaik", "best time", "at the best time", "saat terbaik".
_BEST_TIME_RE = re.compile(r"(?:(?:pada|di) )?(?:waktu|saat|jam) terbaik"
                           r"|(?:(?:at|on) )?(?:the )?best(?: time| slot)?")


def mentions_best_time(text: str) -> bool:
    """Whether ``text`` is the "waktu terbaik" / "best time" phrase (so the caller looks up
    the best slots only then)."""
    return bool(_BEST_TIME_RE.fullmatch(text.strip().lower()))


def _best_slot(best_slots: Sequence[datetime], now: datetime) -> datetime:
    # In the order given: the caller puts the best first (``best_time.merged_upcoming``).
    later = [at for at in best_slots if at > now]
    if not later:
        raise TimeInputError(translate(
            "Time", "No best time is known for the chosen accounts yet. Choose the accounts "
            "first, or give a time such as “besok jam 9”."))
    return later[0].astimezone(UTC).replace(second=0, microsecond=0)


def _date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _fail(original) from None


def _time(hour: int, minute: int, original: str) -> time:
    try:
        return time(hour, minute)
    except ValueError:
        raise _fail(original) from None


def _month_day(day: int, month: int, year: str | None, local_now: datetime,
               original: str) -> date:
    if year:
        return _date(int(year), month, day, original)
    candidate = _date(local_now.year, month, day, original)
    if candidate < local_now.date():
        candidate = _date(local_now.year + 1, month, day, original)
    return candidate
