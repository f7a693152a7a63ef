from datetime import UTC, datetime

import pytest

from humasdesk.domain.timezones import (
    TimeInputError,
    format_local,
    parse_local,
    zone_label,
)


def test_jakarta_time_is_stored_as_utc():
    assert parse_local("2026-12-01 09:00", "Asia/Jakarta") == datetime(2026, 12, 1, 2, 0,
                                                                      tzinfo=UTC)


def test_indonesian_zone_names():
    assert zone_label("Asia/Jakarta") == "WIB"
    assert zone_label("Asia/Makassar") == "WITA"
    assert zone_label("Asia/Jayapura") == "WIT"


def test_other_zones_follow_daylight_saving():
    assert zone_label("Europe/Berlin", datetime(2026, 1, 15, tzinfo=UTC)) == "CET"
    assert zone_label("Europe/Berlin", datetime(2026, 7, 15, tzinfo=UTC)) == "CEST"
    assert zone_label("Asia/Kolkata", datetime(2026, 7, 15, tzinfo=UTC)) == "IST"


def test_skipped_wall_clock_time_is_refused():
    # 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    with pytest.raises(TimeInputError, match="does not exist"):
        parse_local("2026-03-29 02:30", "Europe/Berlin")


def test_repeated_wall_clock_time_means_the_first_one():
    # 2026-10-25 02:30 happens twice in Berlin; the first is still summer time (UTC+2).
    assert parse_local("2026-10-25 02:30", "Europe/Berlin") == datetime(2026, 10, 25, 0, 30,
                                                                       tzinfo=UTC)


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01 09:00", "2026-12-01", "09:00", ""])
def test_unreadable_times(text):
    with pytest.raises(TimeInputError, match="YYYY-MM-DD HH:MM"):
        parse_local(text, "Asia/Jakarta")


def test_unknown_zone():
    with pytest.raises(TimeInputError, match="Unknown time zone"):
        parse_local("2026-12-01 09:00", "Mars/Olympus")


def test_format_local_always_names_the_zone():
    instant = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    assert format_local(instant, "Asia/Jakarta") == "2026-12-01 09:00 WIB"
    assert format_local(instant, "Asia/Jayapura") == "2026-12-01 11:00 WIT"
