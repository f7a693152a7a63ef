"""The composer's When field understands "waktu terbaik": the chosen account's next best slot,
from its own history."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humasdesk.domain.metrics import PostMetrics
from humasdesk.domain.model import Post, PublishRecord, PublishState, Target


def focused():
    return QApplication.focusWidget()


def test_waktu_terbaik_picks_the_accounts_best_slot(app, qtbot, request):
    outbox = app.store.accounts.by_name("Local outbox")
    insights = app.insights
    base = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday
    insights.repo.save_audience(outbox.id, "2026-05-31", base - timedelta(days=1), 1000)
    for week in range(6):
        for hour_wib, likes in ((9, 4), (15, 25)):  # Thursdays: 15:00 WIB is the best
            at = base + timedelta(weeks=week, days=3, hours=hour_wib - 7)
            [record] = app.store.create_post(Post(body="x"), [(
                Target(0, outbox.id), PublishRecord(0, PublishState.PUBLISHED,
                                                    published_at=at, remote_id="r"))])
            insights.repo.save_reading(record.id, "24h", at, PostMetrics({"likes": likes}))
    window = request.getfixturevalue("window")
    compose = window.page("compose")
    window.activateWindow()
    compose.editor.setFocus()  # after other tests the offscreen window may start unfocused
    qtbot.waitUntil(lambda: focused() is compose.editor)
    qtbot.keyClicks(compose.editor, "Senam pagi bersama")
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is compose.when.edit)
    qtbot.keyClicks(focused(), "waktu terbaik")
    understood = compose.when.understood.text()
    assert understood.startswith("Understood: Thursday") and "15:00 WIB" in understood
    expected = insights.upcoming_best([outbox.id])[0]
    assert compose.chosen_instant() == expected
    # With no account chosen there is no best time to pick: said, nothing guessed.
    next(iter(compose.account_boxes.values())).setChecked(False)
    compose.when.show_understood()
    assert "No best time is known" in compose.when.understood.text()
