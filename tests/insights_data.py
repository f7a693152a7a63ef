"""A week of published posts with figures and follower counts, for the Insights page tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from humasdesk.domain.metrics import PostMetrics
from humasdesk.domain.model import Account, Post, PublishRecord, PublishState, Target


def last_monday(now: datetime) -> date:
    local = (now + timedelta(hours=7)).date()  # Asia/Jakarta, the default zone
    return local - timedelta(days=local.weekday() + 7)


def fill_week(app, now: datetime | None = None) -> dict:
    """Two Mastodon accounts, three posts last week with readings, and follower counts.
    Returns the accounts and the expected figures."""
    now = now or datetime.now(UTC)
    monday = last_monday(now)
    start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC) - timedelta(hours=7)
    rs = app.store.accounts.add(Account(platform="mastodon", name="RSUD Mastodon",
                                        handle="@rsud", server_url="https://mastodon.example"))
    pmi = app.store.accounts.add(Account(platform="mastodon", name="Donor Mastodon",
                                         handle="@donor", server_url="https://mastodon.example"))
    repo = app.insights.repo
    figures = [("Donor darah bersama PMI. Datang ke aula.", rs, 1, 19, {"likes": 34, "reposts": 5,
                                                                       "replies": 12}),
               ("Jadwal poliklinik libur nasional", rs, 3, 8, {"likes": 2, "replies": 0}),
               ("Vaksinasi anak gratis hari Sabtu", pmi, 5, 12, {"likes": 8, "reposts": 1})]
    for text, account, day, hour, values in figures:
        at = start + timedelta(days=day, hours=hour)
        [record] = app.store.create_post(Post(body=text), [
            (Target(0, account.id), PublishRecord(0, PublishState.PUBLISHED, published_at=at,
                                                  remote_id=f"{account.id}-{day}"))])
        repo.save_reading(record.id, "24h", at + timedelta(days=1), PostMetrics(values))
    for account, before, after in ((rs, 1000, 1040), (pmi, 500, 490)):
        repo.save_audience(account.id, (monday - timedelta(days=1)).isoformat(),
                           start - timedelta(hours=10), before)
        repo.save_audience(account.id, (monday + timedelta(days=6)).isoformat(),
                           start + timedelta(days=6, hours=20), after)
    return {"rs": rs, "pmi": pmi, "monday": monday}
