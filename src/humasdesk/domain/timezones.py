"""Instants are stored in UTC; the user always sees them in the zone he chose, with its name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Jakarta"

# Indonesia's official abbreviations; the tz database only has numeric ones (+07) for them.
_INDONESIAN_ZONE_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


class TimeInputError(ValueError):
    """A time the user typed cannot be used; the message is translated and says why."""


def zone_info(zone: str) -> ZoneInfo:
    # Imported here: the window's first paint needs no zone, and zoneinfo's import (which
    # reads the interpreter's build configuration for its search path) is not free.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not zone.strip():
        raise TimeInputError(translate("Time", "The time zone is empty. Use a name like "
                                               "Asia/Jakarta."))
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeInputError(
            translate("Time", "Unknown time zone: {zone}. Use a name like Asia/Jakarta.").format(
                zone=zone
            )
        ) from exc


def zone_label(zone: str, at: datetime | None = None) -> str:
    """Short name shown next to every time: WIB, WITA, WIT, CET, or UTC+05:30."""
    if zone in _INDONESIAN_ZONE_NAMES:
        return _INDONESIAN_ZONE_NAMES[zone]
    local = (at or datetime.now(UTC)).astimezone(zone_info(zone))
    name = local.tzname() or ""
    if name and name[0] not in "+-":
        return name
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_local(text: str, zone: str) -> datetime:
    """Parse ``YYYY-MM-DD HH:MM`` as a wall-clock time in ``zone``; return the UTC instant.

    A wall-clock time that does not exist (skipped by a daylight-saving change) is refused rather
    than silently moved; one that happens twice means the first occurrence.
    """
    tz = zone_info(zone)
    if not text.strip():
        raise TimeInputError(translate("Time", "The time is empty. Write it as YYYY-MM-DD HH:MM, "
                                               "for example 2026-12-01 09:00."))
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as exc:
        raise TimeInputError(
            translate("Time", "Cannot read the time “{text}”. Write it as YYYY-MM-DD HH:MM, "
                      "for example 2026-12-01 09:00.").format(text=text)
        ) from exc
    return local_to_utc(naive, tz, zone)


# Instants HumasDesk accepts from the user. Python's datetime ends at 9999-12-31, and an instant
# near either end cannot be shown in every zone (09:00 on 31 December 9999 in New York is already
# year 10000 in UTC), so a day is kept free at each end.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, tzinfo=UTC)


def out_of_range(text: str) -> TimeInputError:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return TimeInputError(translate(
        "Time", "“{text}” is outside the dates HumasDesk can schedule. Choose a time before "
        "the year 9999.").format(text=shown))


def check_in_range(instant: datetime, text: str) -> datetime:
    """``instant`` if it can be stored and shown in any zone; otherwise a ``TimeInputError``."""
    if not EARLIEST <= instant <= LATEST:
        raise out_of_range(text)
    return instant


def local_to_utc(naive: datetime, tz: ZoneInfo, zone: str) -> datetime:
    local = naive.replace(tzinfo=tz, fold=0)
    typed = naive.isoformat(sep=" ", timespec="minutes")
    try:
        instant = check_in_range(local.astimezone(UTC), typed)
    except OverflowError:  # the local time is a valid date, its UTC instant is not
        raise out_of_range(typed) from None
    if instant.astimezone(tz).replace(tzinfo=None) != naive:
        raise TimeInputError(
            translate("Time", "{time} does not exist in {zone}: the clocks skip it. "
                      "Choose another time.").format(
                time=naive.strftime("%Y-%m-%d %H:%M"), zone=zone)
        )
    return instant


def format_local(instant: datetime, zone: str) -> str:
    """``2026-12-01 09:00 WIB``: the form used in lists, the CLI and announcements."""
    local = instant.astimezone(zone_info(zone))
    return f"{local:%Y-%m-%d %H:%M} {zone_label(zone, instant)}"


_WEEKDAY_NAMES = [QT_TRANSLATE_NOOP("Time", "Monday"), QT_TRANSLATE_NOOP("Time", "Tuesday"),
                  QT_TRANSLATE_NOOP("Time", "Wednesday"), QT_TRANSLATE_NOOP("Time", "Thursday"),
                  QT_TRANSLATE_NOOP("Time", "Friday"), QT_TRANSLATE_NOOP("Time", "Saturday"),
                  QT_TRANSLATE_NOOP("Time", "Sunday")]
_MONTH_NAMES = [QT_TRANSLATE_NOOP("Time", "January"), QT_TRANSLATE_NOOP("Time", "February"),
                QT_TRANSLATE_NOOP("Time", "March"), QT_TRANSLATE_NOOP("Time", "April"),
                QT_TRANSLATE_NOOP("Time", "May"), QT_TRANSLATE_NOOP("Time", "June"),
                QT_TRANSLATE_NOOP("Time", "July"), QT_TRANSLATE_NOOP("Time", "August"),
                QT_TRANSLATE_NOOP("Time", "September"), QT_TRANSLATE_NOOP("Time", "October"),
                QT_TRANSLATE_NOOP("Time", "November"), QT_TRANSLATE_NOOP("Time", "December")]


def describe_instant(instant: datetime, zone: str) -> str:
    """``Friday, 27 November 2026, 09:00 WIB``: the long form that is shown and spoken."""
    local = instant.astimezone(zone_info(zone))
    return translate("Time", "{weekday}, {day} {month} {year}, {time} {zone}").format(
        weekday=translate("Time", _WEEKDAY_NAMES[local.weekday()]), day=local.day,
        month=translate("Time", _MONTH_NAMES[local.month - 1]), year=local.year,
        time=f"{local:%H:%M}", zone=zone_label(zone, instant))
