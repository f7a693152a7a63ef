"""The weekly report: the PDF is written and its text, read back with pdftotext, holds the
week's figures and headings in the chosen language; the HTML has the same, with named charts
and tables; complaints from the inbox, read from the inbox store for the report's week."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from humasdesk.domain.errors import UserInputError
from humasdesk.domain.i18n import current_language
from humasdesk.domain.metrics import PostMetrics
from humasdesk.domain.model import Account, Post, PublishRecord, PublishState, Target
from humasdesk.services.insights import InsightsService
from humasdesk.services.insights_report import InboxSummary
from humasdesk.store import Store
from humasdesk.store.db import Database

MONDAY = date(2026, 11, 23)
START = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 08:00 WIB

# What the Indonesian catalogue says for the report's headings (the same as the translations
# handed in with this feature), as a translate backend.
INDONESIAN = {
    "Weekly social media report": "Laporan mingguan media sosial",
    "Summary": "Ringkasan",
    "Posts per platform": "Unggahan per platform",
    "Follower change": "Perubahan pengikut",
    "Top posts": "Unggahan teratas",
    "Weakest posts": "Unggahan terlemah",
    "Complaints received and answered": "Keluhan diterima dan dijawab",
    "{start} to {end} ({zone})": "{start} sampai {end} ({zone})",
    "November": "November",
    "{posts} posts published, with {reactions} reactions in all.":
        "{posts} unggahan terbit, dengan total {reactions} reaksi.",
    "Not available: complaints from the inbox are not part of this report yet.":
        "Tidak tersedia: keluhan dari kotak masuk belum menjadi bagian laporan ini.",
    "No complaint came in this week.": "Tidak ada keluhan yang masuk minggu ini.",
    "%n like(s)": "%n suka",
    "%n share(s)": "%n bagikan",
    "%n repl(y/ies)": "%n balasan",
    "{figures} on {platform}": "{figures} di {platform}",
}


def indonesian(context: str, text: str, disambiguation, n: int) -> str:
    return INDONESIAN.get(text, "")


@pytest.fixture
def service(tmp_path):
    store = Store(Database(tmp_path / "humasdesk.sqlite3"))
    built = InsightsService(store, lambda: None, languages={"id": indonesian}.get,
                            clock=lambda: START + timedelta(days=9))
    yield built
    store.close()


def busy_week(service, posts_per_day: int = 2) -> dict[str, int]:
    """Three accounts posting every day of the week; returns the expected totals."""
    store, repo = service.store, service.repo
    accounts = [store.accounts.add(Account(platform=p, name=n)) for p, n in (
        ("facebook", "RSKO Facebook"), ("instagram", "@rsko"), ("bluesky", "rsko.bsky"))]
    reactions = 0
    count = 0
    for day in range(7):
        for slot in range(posts_per_day):
            at = START + timedelta(days=day, hours=slot * 5)
            text = "Donor darah bersama PMI" if (day, slot) == (2, 0) else \
                f"Info layanan hari {day + 1} nomor {slot + 1}"
            records = store.create_post(Post(body=text), [
                (Target(0, a.id), PublishRecord(0, PublishState.PUBLISHED, published_at=at,
                                                remote_id=f"{a.id}-{day}-{slot}"))
                for a in accounts])
            for index, record in enumerate(records):
                likes = 34 if (day, slot, index) == (2, 0, 0) else day + slot + index
                values = {"likes": likes, "reposts": 5 if likes == 34 else 1,
                          "replies": 12 if likes == 34 else 0}
                repo.save_reading(record.id, "24h", at + timedelta(days=1), PostMetrics(values))
                reactions += sum(values.values())
                count += 1
    for account, (before, after) in zip(accounts, ((1000, 1042), (500, 480), (80, 95)),
                                        strict=True):
        repo.save_audience(account.id, "2026-11-22", START - timedelta(hours=9), before)
        repo.save_audience(account.id, "2026-11-29", START + timedelta(days=6, hours=12),
                           after)
    return {"posts": count, "reactions": reactions}


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def test_english_pdf_holds_the_weeks_figures(service, tmp_path):
    totals = busy_week(service)
    week = service.write_report(tmp_path / "week.pdf", MONDAY, "en")
    assert week.start == MONDAY
    text = pdf_text(tmp_path / "week.pdf")
    for heading in ("Weekly social media report", "Summary", "Posts per platform",
                    "Follower change", "Top posts", "Weakest posts",
                    "Complaints received and answered"):
        assert heading in text
    assert "23 November 2026 to 29 November 2026 (WIB)" in text
    assert f"{totals['posts']} posts published, with {totals['reactions']:,} reactions" in text
    assert "+42" in text and "-20" in text and "+15" in text
    assert "Donor darah bersama PMI: 34 like" in text  # the top post, in words
    assert "No complaint came in this week." in text  # read from the (empty) inbox
    assert current_language() == "en"  # the report's language did not leak


def test_indonesian_pdf_uses_the_chosen_language(service, tmp_path):
    totals = busy_week(service)
    service.write_report(tmp_path / "minggu.pdf", MONDAY, "id")
    text = pdf_text(tmp_path / "minggu.pdf")
    for heading in ("Laporan mingguan media sosial", "Ringkasan", "Unggahan per platform",
                    "Perubahan pengikut", "Unggahan teratas", "Keluhan diterima dan dijawab"):
        assert heading in text
    assert "Weekly social media report" not in text
    assert "23 November 2026 sampai 29 November 2026 (WIB)" in text
    assert f"{totals['posts']} unggahan terbit, dengan total {totals['reactions']:,} reaksi" \
        in text
    assert "Donor darah bersama PMI: 34 suka, 5 bagikan, 12 balasan di Facebook" in text
    assert "1.042" in text and "1,042" not in text  # Indonesian thousands
    assert "Tidak ada keluhan yang masuk minggu ini." in text


def test_html_has_named_charts_with_tables_and_the_inbox_figures(service, tmp_path):
    busy_week(service)
    service.write_report(tmp_path / "week.html", MONDAY, "en",
                         inbox=InboxSummary(14, 12, timedelta(minutes=95)))
    page = (tmp_path / "week.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert page.count('<svg role="img"') == 2
    assert "<title id=" in page and "Reactions per platform</title>" in page
    assert "<caption>Posts per platform</caption>" in page
    assert '<th scope="col">Followers at the end</th>' in page
    assert "<td>RSKO Facebook</td>" in page and "<td>+42</td>" in page
    assert "14 complaints received, 12 answered." in page
    assert "Median time to the first answer: 1.6 hours." in page


def test_an_empty_week_says_so(service, tmp_path):
    service.write_report(tmp_path / "empty.pdf", MONDAY, "en")
    text = pdf_text(tmp_path / "empty.pdf")
    assert "0 posts published" in text and "No post of this week has figures yet." in text


def test_a_file_that_cannot_be_written_is_said(service, tmp_path):
    (tmp_path / "blocked").write_text("a file, not a folder")
    with pytest.raises(UserInputError, match="could not be written"):
        service.write_report(tmp_path / "blocked" / "week.pdf", MONDAY, "en")
    with pytest.raises(UserInputError, match=r"\.pdf or \.html"):
        service.write_report(tmp_path / "week.odt", MONDAY, "en")


def complaint_week(service) -> None:
    """Five messages in the week: three complaints (two answered from HumasDesk, after 30 min
    and 5 h), one emergency answered after 10 min, one thank-you; and a complaint of the week
    before, which the report leaves out."""
    from humasdesk.domain.inbox import ItemKind, RemoteItem
    from humasdesk.domain.inbox_items import Labels

    store = service.store
    account = store.accounts.add(Account(platform="mastodon", name="@rsko@mastodon"))
    received = {
        "k1": (START + timedelta(days=1), Labels(complaint=True), timedelta(minutes=30)),
        "k2": (START + timedelta(days=2), Labels(complaint=True), timedelta(hours=5)),
        "k3": (START + timedelta(days=3), Labels(complaint=True), None),
        "u1": (START + timedelta(days=4), Labels(urgent=True), timedelta(minutes=10)),
        "t1": (START + timedelta(days=4), Labels(), timedelta(minutes=1)),
        "old": (START - timedelta(days=2), Labels(complaint=True), timedelta(minutes=1)),
    }
    items = [(RemoteItem(remote_id, ItemKind.REPLY, "Budi", "budi", "teks", at), labels)
             for remote_id, (at, labels, _) in received.items()]
    saved = store.inbox.save_batch(account.id, items, cursor="c", expected_cursor="",
                                   next_at=None)
    for item_id, (at, _, wait) in zip(saved.new_ids, received.values(), strict=True):
        if wait is None:
            continue
        store.create_post(Post(body="Mohon maaf"), [(
            Target(0, account.id, inbox_item_id=item_id),
            PublishRecord(0, PublishState.PUBLISHED, published_at=at + wait))])
    # A reply still waiting to be sent is not an answer.
    store.create_post(Post(body="Sebentar"), [(
        Target(0, account.id, inbox_item_id=saved.new_ids[2]),
        PublishRecord(0, PublishState.SCHEDULED, scheduled_at=START + timedelta(days=5)))])


def test_the_pdf_holds_the_weeks_complaints_from_the_inbox(service, tmp_path):
    busy_week(service)
    complaint_week(service)
    summary = service.inbox_summary(MONDAY)
    assert (summary.received, summary.answered, summary.urgent, summary.urgent_answered) == \
        (4, 3, 1, 1)
    assert summary.median_response == timedelta(minutes=30)
    assert summary.longest_response == timedelta(hours=5)
    assert summary.urgent_median_response == timedelta(minutes=10)
    service.write_report(tmp_path / "week.pdf", MONDAY, "en")
    text = " ".join(pdf_text(tmp_path / "week.pdf").split())
    assert "4 complaints received, 3 answered." in text
    assert "Median time to the first answer: 30 minute" in text
    assert "Longest time to the first answer: 5.0 hours." in text
    assert "1 of them urgent (emergencies), 1 answered." in text
    assert "Median time to answer an emergency: 10 minute" in text
    assert "Not available" not in text
