"""Best time to post: synthetic histories with a known best hour, too little history, and the
ranking's independence of the history's order; the "waktu terbaik" time phrase."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humasdesk.domain import best_time
from humasdesk.domain.best_time import PostOutcome, rank
from humasdesk.domain.timezones import TimeInputError
from humasdesk.domain.when import parse_when

ZONE = "Asia/Jakarta"  # UTC+7, no daylight saving
MONDAY = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday


def at_local(week: int, weekday: int, hour: int) -> datetime:
    """An instant on ``weekday`` at ``hour`` WIB in week ``week`` after MONDAY."""
    return MONDAY + timedelta(weeks=week, days=weekday, hours=hour - 7)


def history(best: tuple[int, int], weeks: int, followers_growth: bool = False
            ) -> list[PostOutcome]:
    """Posts on Tuesday 19:00, Wednesday 08:00 and ``best`` every week; ``best`` gets twice
    the reactions per follower. With growth, followers double over the period and reactions
    grow with them (so raw reactions would favour the late posts)."""
    rng = random.Random(7)
    posts = []
    for week in range(weeks):
        followers = 1000 + (1000 * week // max(weeks - 1, 1) if followers_growth else 0)
        for (weekday, hour), rate in (((1, 19), 0.010), ((2, 8), 0.008), (best, 0.020)):
            noise = rng.uniform(0.9, 1.1)
            posts.append(PostOutcome(at_local(week, weekday, hour),
                                     round(followers * rate * noise), followers))
    return posts


def test_known_best_hour_with_high_confidence():
    ranking = rank(history((4, 12), weeks=10), ZONE)
    assert not ranking.fallback
    assert (ranking.best.weekday, ranking.best.hour) == (4, 12)  # Friday 12:00 WIB
    assert ranking.best.posts == 10 and ranking.total_posts == 30
    assert ranking.confidence == "high"
    assert ranking.best.score == pytest.approx(0.020, rel=0.1)
    summary = ranking.summary()
    assert "Friday 12:00 WIB" in summary and "10 posts" in summary and "30" in summary


def test_confidence_follows_the_posts_the_best_slot_rests_on():
    assert rank(history((5, 10), weeks=5), ZONE).confidence == "medium"  # 5 posts
    low = rank(history((5, 10), weeks=4) + history((0, 6), weeks=0), ZONE)
    assert low.confidence == "medium"  # 4 posts: the medium threshold
    three = rank(history((5, 10), weeks=3) + [
        PostOutcome(at_local(9, 6, 6), 1, 1000) for _ in range(2)], ZONE)
    assert three.best.hour == 10 and three.confidence == "low"


def test_reactions_are_normalised_by_followers_at_the_time():
    # The early posts at 07:00 got 3 % of a small audience; the late ones at 21:00 got 2 % of
    # an audience ten times larger. Per follower, 07:00 is better.
    posts = [PostOutcome(at_local(w, 0, 7), 30, 1000) for w in range(6)]
    posts += [PostOutcome(at_local(w + 20, 0, 21), 200, 10_000) for w in range(6)]
    ranking = rank(posts, ZONE)
    assert ranking.best.hour == 7
    assert [s.hour for s in ranking.slots] == [7, 21]


def test_unknown_followers_count_with_the_median():
    posts = [PostOutcome(at_local(w, 2, 9), 40, None) for w in range(6)]
    posts += [PostOutcome(at_local(w, 2, 15), 20, 1000) for w in range(6)]
    ranking = rank(posts, ZONE)
    assert ranking.best.hour == 9 and ranking.total_posts == 12


def test_too_little_history_falls_back_to_the_stated_default():
    ranking = rank(history((4, 12), weeks=3)[:7], ZONE)
    assert ranking.fallback and ranking.confidence == "none"
    assert ranking.total_posts == 7
    assert [(s.weekday, s.hour) for s in ranking.slots] == [(d, 19) for d in range(5)]
    summary = ranking.summary()
    assert "Too little history" in summary and "7 posts" in summary
    assert "19:00 WIB" in summary and "rule of thumb" in summary


def test_no_followers_known_at_all_is_too_little():
    ranking = rank([PostOutcome(at_local(w, 1, 10), 50, None) for w in range(20)], ZONE)
    assert ranking.fallback and ranking.total_posts == 0


def test_slots_with_a_single_post_are_not_believed():
    # Twelve posts, each at a different hour: nothing rests on two posts.
    posts = [PostOutcome(at_local(0, 0, hour), 10 + hour, 1000) for hour in range(12)]
    assert rank(posts, ZONE).fallback


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6), st.integers(0, 23),
                          st.integers(0, 500), st.one_of(st.none(), st.integers(1, 50_000))),
                min_size=0, max_size=80),
       st.randoms(use_true_random=False))
def test_ranking_does_not_depend_on_the_order_of_the_history(rows, rng):
    posts = [PostOutcome(at_local(w, d, h), r, f) for w, d, h, r, f in rows]
    shuffled = list(posts)
    rng.shuffle(shuffled)
    assert rank(shuffled, ZONE) == rank(posts, ZONE)
    assert rank(list(reversed(posts)), ZONE) == rank(posts, ZONE)


def test_upcoming_best_instants_and_the_time_phrase():
    ranking = rank(history((4, 12), weeks=10), ZONE)
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 10:00 WIB
    # By default the best slot's next occurrences: Friday 12:00 WIB.
    assert best_time.upcoming(ranking, now, count=2) == [
        datetime(2026, 12, 4, 5, 0, tzinfo=UTC), datetime(2026, 12, 11, 5, 0, tzinfo=UTC)]
    upcoming = best_time.upcoming(ranking, now, count=3, top=3)
    # The best three slots: Friday 12:00, Tuesday 19:00, Wednesday 08:00 (WIB), next first.
    assert upcoming == [datetime(2026, 12, 4, 5, 0, tzinfo=UTC),
                        datetime(2026, 12, 8, 12, 0, tzinfo=UTC),
                        datetime(2026, 12, 9, 1, 0, tzinfo=UTC)]
    for phrase in ("waktu terbaik", "Waktu Terbaik", "pada waktu terbaik", "best time",
                   "at the best time"):
        assert parse_when(phrase, ZONE, now, best_slots=upcoming) == upcoming[0]
    # Slots already past are skipped.
    later = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)
    assert parse_when("best time", ZONE, later, best_slots=upcoming) == upcoming[1]
    # Ordinary phrases are unchanged by the best slots.
    assert parse_when("besok jam 9", ZONE, now, best_slots=upcoming) == \
        datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def test_time_phrase_without_best_slots_says_so():
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with pytest.raises(TimeInputError, match="No best time is known"):
        parse_when("waktu terbaik", ZONE, now)


def test_fallback_upcoming_is_the_next_weekday_evening():
    ranking = rank([], ZONE)
    saturday = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    assert best_time.upcoming(ranking, saturday, count=1) == [
        datetime(2026, 12, 7, 12, 0, tzinfo=UTC)]  # Monday 19:00 WIB


def test_merged_upcoming_prefers_instants_best_for_every_account():
    one = rank(history((4, 12), weeks=10), ZONE)
    other = rank(history((4, 12), weeks=10, followers_growth=True)
                 + [PostOutcome(at_local(w, 3, 6), 500, 1000) for w in range(4)], ZONE)
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    merged = best_time.merged_upcoming([one, other], now, count=2)
    assert merged[0] == datetime(2026, 12, 4, 5, 0, tzinfo=UTC)  # Friday 12:00 for both


def test_daily_queue_slots_from_the_ranking():
    ranking = rank(history((4, 12), weeks=10), ZONE)
    assert best_time.daily_slots(ranking, 2) == ["12:00", "19:00"]
    assert best_time.daily_slots(rank([], ZONE), 3) == ["19:00"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(1_600_000_000, 1_800_000_000), st.integers(1, 300)),
                min_size=1, max_size=40),
       st.sampled_from(["Asia/Jakarta", "Europe/Berlin", "America/New_York",
                        "Australia/Lord_Howe", "Asia/Kathmandu"]))
def test_slots_are_the_local_weekday_and_hour_across_clock_changes(instants, zone):
    """The ranking's fast day-offset arithmetic gives the same weekday and hour as converting
    each instant, also on days when the clocks change."""
    from zoneinfo import ZoneInfo

    rows = [(seconds * 1000, reactions, 1000) for seconds, reactions in instants]
    # Each post twice, so every slot rests on two posts and is ranked.
    ranking = best_time.rank_rows(rows * 2, zone)
    expected = {(datetime.fromtimestamp(s, ZoneInfo(zone)).weekday(),
                 datetime.fromtimestamp(s, ZoneInfo(zone)).hour) for s, _ in instants}
    if ranking.fallback:
        assert len(rows) * 2 < best_time.MIN_POSTS
    else:
        assert {(s.weekday, s.hour) for s in ranking.slots} == expected


def test_an_instant_on_a_clock_change_day_gets_its_own_offset():
    # 29 March 2026, Berlin: 01:59:59 CET is followed by 03:00 CEST.
    before = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 CET
    after = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST
    posts = [PostOutcome(before, 10, 100)] * 6 + [PostOutcome(after, 20, 100)] * 6
    ranking = rank(posts, "Europe/Berlin")
    assert [(s.weekday, s.hour) for s in ranking.slots] == [(6, 3), (6, 1)]


def test_numbers_are_written_the_way_the_language_writes_them():
    from humasdesk.domain.numbers import format_number, format_signed

    assert format_number(1234.5, 1, "en") == "1,234.5"
    assert format_number(1234.5, 1, "id") == "1.234,5"
    assert format_signed(42, "id") == "+42" and format_signed(-1200, "id") == "-1.200"
    assert format_signed(0, "en") == "0"


def test_series_count_each_post_with_the_followers_it_had():
    hour = 3_600_000
    week = 7 * 24 * hour
    # Audience: 100 followers from week 0, 1,000 from week 10. Posts at 07:00 WIB (00 UTC)
    # in weeks -1 to 4 (few followers, 10 reactions each), at 08:00 WIB in weeks 11 to 16
    # (many followers, 20 reactions each), always on the same weekday.
    audience = [(0, 100), (10 * week, 1000)]
    posts = [(w * week, 10) for w in range(-1, 5)] + [(w * week + hour, 20) for w in range(11, 17)]
    ranking = best_time.rank_series(posts, audience, "Asia/Jakarta")
    # 10 per 100 followers beats 20 per 1,000; the post before week 0 counts with the first
    # snapshot.
    assert [(s.hour, s.posts) for s in ranking.slots] == [(7, 6), (8, 6)]
    assert ranking.slots[0].score == pytest.approx(0.1)
    assert ranking.slots[1].score == pytest.approx(0.02)
    assert best_time.rank_series(posts, [], "Asia/Jakarta").fallback  # no audience at all
