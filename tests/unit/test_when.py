from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from humasdesk.domain.timezones import TimeInputError
from humasdesk.domain.when import parse_when

JAKARTA = ZoneInfo("Asia/Jakarta")
# Thursday 2026-11-26 10:15 WIB.
NOW = datetime(2026, 11, 26, 10, 15, tzinfo=JAKARTA)


def local(text, zone="Asia/Jakarta", now=NOW):
    return parse_when(text, zone, now).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("text, expected", [
    ("2026-12-01 09:00", "2026-12-01 09:00"),
    ("1/12/2026 9.00", "2026-12-01 09:00"),
    ("01-12-2026 14.30", "2026-12-01 14:30"),
    ("besok jam 9", "2026-11-27 09:00"),
    ("Besok pukul 09.30", "2026-11-27 09:30"),
    ("besok jam 2 siang", "2026-11-27 14:00"),
    ("besok jam 11 siang", "2026-11-27 11:00"),
    ("besok jam 4 sore", "2026-11-27 16:00"),
    ("besok jam 7 malam", "2026-11-27 19:00"),
    ("lusa 14.00", "2026-11-28 14:00"),
    ("hari ini jam 16.00", "2026-11-26 16:00"),
    ("Senin 14.00", "2026-11-30 14:00"),
    ("Kamis 14.00", "2026-11-26 14:00"),  # today is Thursday and 14:00 is still ahead
    ("Kamis 08.00", "2026-12-03 08:00"),  # 08:00 has passed: next Thursday
    ("Jumat depan jam 8 pagi", "2026-11-27 08:00"),
    ("Kamis depan 08.00", "2026-12-03 08:00"),
    ("5 Desember 08:30", "2026-12-05 08:30"),
    ("tanggal 5 Des 2027 jam 10", "2027-12-05 10:00"),
    ("1 Januari 09.00", "2027-01-01 09:00"),  # already past this year
    ("jam 9", "2026-11-27 09:00"),  # 09:00 has passed today
    ("jam 11", "2026-11-26 11:00"),
    ("2 jam lagi", "2026-11-26 12:15"),
    ("30 menit lagi", "2026-11-26 10:45"),
    ("dalam 1 jam 30 menit", "2026-11-26 11:45"),
    ("tomorrow 9am", "2026-11-27 09:00"),
    ("tomorrow at 9:30 pm", "2026-11-27 21:30"),
    ("next Monday 2pm", "2026-11-30 14:00"),
    ("Dec 5 8:30", "2026-12-05 08:30"),
    ("December 5th, 2026 at 8 pm", "2026-12-05 20:00"),
    ("in 2 hours", "2026-11-26 12:15"),
    ("today noon", "2026-11-26 12:00"),
])
def test_phrases(text, expected):
    assert local(text) == expected


@pytest.mark.parametrize("text", ["", "kapan-kapan", "besok", "Senin", "32 Desember 10:00",
                                  "besok jam 25", "2026-02-30 10:00", "tomorrow maybe 9",
                                  "2 jam lagi besok"])
def test_unclear_phrases_are_refused_with_an_example(text):
    with pytest.raises(TimeInputError) as info:
        parse_when(text, "Asia/Jakarta", NOW)
    assert "besok jam 9" in str(info.value)


def test_other_zone_and_daylight_saving():
    berlin_now = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    instant = parse_when("tomorrow 9am", "Europe/Berlin", berlin_now)
    assert instant == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # CEST started that night
    with pytest.raises(TimeInputError, match="does not exist"):
        parse_when("tomorrow 2:30", "Europe/Berlin", berlin_now)
