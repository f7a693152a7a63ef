"""The Insights page by keyboard: the week's charts and their tables, F3's spoken summary, CSV
and PNG through the save dialog, collecting off the GUI thread from a local server, the weekly
report, queue slots from the best time, and the page at 300 % in both themes."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from layout_checks import layout_problems
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.registry import PlatformContext
from humasdesk.platforms.secrets import MemoryKeyring, SecretStore
from insights_data import fill_week

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def save_as(qtbot, path) -> None:
    """When the save dialog opens: select its file name, type the path, press Enter."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        field = QApplication.focusWidget() or dialog
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(field, str(path))
        qtbot.keyClick(field, Qt.Key.Key_Return)
    QTimer.singleShot(50, act)


def open_page(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, CTRL)
    page = window.page("insights")
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.best_ready, timeout=10000)
    return page


@pytest.fixture
def week(app):
    return fill_week(app)


@pytest.fixture
def page(week, window, qtbot):
    return open_page(window, qtbot)


def table_cells(panel) -> list[list[str]]:
    table = panel.table
    return [[table.horizontalHeaderItem(c).text().replace("\n", " ")
             for c in range(table.columnCount())]] + \
        [[table.item(r, c).text() for c in range(table.columnCount())]
         for r in range(table.rowCount())]


def test_the_week_per_account_in_charts_and_tables(page):
    assert table_cells(page.reactions) == [
        ["Account", "Posts", "Reactions", "Reactions per post"],
        ["RSUD Mastodon (Mastodon)", "2", "53", "26.5"],
        ["Donor Mastodon (Mastodon)", "1", "9", "9"]]
    assert table_cells(page.followers) == [
        ["Account", "Followers at the start", "Followers at the end", "Change"],
        ["RSUD Mastodon (Mastodon)", "1,000", "1,040", "+40"],
        ["Donor Mastodon (Mastodon)", "500", "490", "-10"]]
    # The chart draws the same rows as its table.
    assert [(b.label, b.value) for b in page.reactions.chart.bars] == [
        ("RSUD Mastodon (Mastodon)", 26.5), ("Donor Mastodon (Mastodon)", 9)]
    assert [b.value for b in page.followers.chart.bars] == [40, -10]
    posts = [page.post_list.item(i).text() for i in range(page.post_list.count())]
    assert posts[-1].startswith("Donor darah bersama PMI: 34 ")
    assert "on Mastodon" in posts[-1] and len(posts) == 3
    top = [page.top_list.item(i).text() for i in range(page.top_list.count())]
    assert top[0].startswith("Best: RSUD Mastodon, Donor darah bersama PMI")
    assert any(t.startswith("Weakest: RSUD Mastodon, Jadwal poliklinik") for t in top)
    best = [page.best_list.item(i).text() for i in range(page.best_list.count())]
    assert best[0].startswith("RSUD Mastodon: Too little history to say (2 posts")


def test_charts_are_named_for_screen_readers_and_f3_reads_the_summary(page, window, qtbot):
    chart = page.reactions.chart
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface.role() == QAccessible.Role.Chart
    assert iface.text(QAccessible.Text.Name) == "Reactions per post"
    summary = iface.text(QAccessible.Text.Description)
    assert "RSUD Mastodon (Mastodon) 26.5" in summary and "Highest: RSUD Mastodon" in summary

    spoken = []

    class Reader:  # the read-aloud voice, heard here as text
        def speak(self, text, language):
            spoken.append(text)

        def stop(self):
            pass

    window.page("compose").speech._reader = Reader()
    page.followers.table.setFocus()
    qtbot.keyClick(page.followers.table, Qt.Key.Key_F3)
    assert len(spoken) == 1 and spoken[0].startswith("Follower change, ")
    assert "Donor Mastodon (Mastodon) -10" in spoken[0]
    chart.setFocus()
    qtbot.wait(window.ui.app.settings.get("tremor_window_ms") + 50)  # not a tremor's repeat
    qtbot.keyClick(chart, Qt.Key.Key_F3)
    assert spoken[-1] == summary  # the composer's text is not read from here


def test_the_account_filter_keeps_one_account(page, week, qtbot):
    from helpers import choose

    choose(qtbot, page.account_choice, Qt.Key.Key_Down)
    assert page.chosen_account() in (week["rs"].id, week["pmi"].id)
    assert page.reactions.table.rowCount() == 1


def test_csv_holds_the_table_and_png_the_chart(page, window, qtbot, tmp_path):
    page.followers.chart.setFocus()
    target = tmp_path / "followers.csv"
    save_as(qtbot, target)
    qtbot.keyClick(page.followers.chart, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(target.exists)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == table_cells(page.followers)
    assert str(target) in window.ui.announcer.history[-1]

    picture = tmp_path / "followers.png"
    window.activateWindow()  # the offscreen platform does not give it back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    save_as(qtbot, picture)
    qtbot.keyClick(page.followers.chart, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(picture.exists)
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= page.followers.chart.width()
    assert str(picture) in window.ui.announcer.history[-1]


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_lost(page, window, qtbot,
                                                                    tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    # The dialog's answer: a folder that is a file (as a full or read-only disk, refused).
    monkeypatch.setattr(page, "_ask_path", lambda *args: blocker / "week.csv")
    page.reactions.chart.setFocus()
    qtbot.keyClick(page.reactions.chart, Qt.Key.Key_E, CTRL_SHIFT)
    said = window.ui.announcer.history[-1]
    assert said.startswith(f"Nothing was saved: {blocker / 'week.csv'} could not be written")
    assert said.endswith("Choose another folder.")
    assert blocker.read_text() == "not a folder"
    assert page.reactions.table.rowCount() == 2  # the figures are still on the page


def test_the_weekly_report_from_the_page_with_one_key(page, week, window, qtbot, tmp_path):
    target = tmp_path / "laporan.pdf"
    save_as(qtbot, target)
    qtbot.keyClick(page.reactions.chart, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: str(target) in (window.ui.announcer.history or [""])[-1],
                    timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    monday = week["monday"].strftime("%d-%m-%Y")
    assert window.ui.announcer.history[-1].startswith(f"The report for {monday} to ")


def test_queue_slots_from_the_best_time_by_key(page, window, app, week, qtbot):
    page.best_list.setFocus()
    page.best_list.setCurrentRow(0)
    qtbot.keyClick(page.best_list, Qt.Key.Key_J, CTRL_SHIFT)
    account = app.store.accounts.get(week["rs"].id)
    assert account.options["slots"]  # the general default: too little history
    said = window.ui.announcer.history[-1]
    assert said.startswith("The queue slots of RSUD Mastodon are now ")
    assert ", ".join(account.options["slots"]) in said


@pytest.fixture
def mastodon_server(app, contract_server, tmp_path):
    secrets = SecretStore(MemoryKeyring())
    app.registry.context = PlatformContext(
        data_dir=tmp_path / "data", outbox_dir=tmp_path / "data" / "outbox", secrets=secrets,
        http=HttpFactory(timeout=httpx.Timeout(30.0, connect=5.0)))
    ref = SecretStore.new_reference("mastodon")
    secrets.set(ref, json.dumps({"access_token": "tok-abc", "client_id": "c",
                                 "client_secret": "s"}))
    account = app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
        server_url=contract_server.url, credential_ref=ref, options={"account_id": "109"}))
    from humasdesk.domain.model import Post, PublishRecord, PublishState, Target

    at = datetime.now(UTC) - timedelta(hours=2)
    app.store.create_post(Post(body="Donor darah bersama PMI"), [
        (Target(0, account.id), PublishRecord(0, PublishState.PUBLISHED, published_at=at,
                                              remote_id="5001"))])
    contract_server.script("GET", "/api/v1/statuses/5001", Reply(200, {
        "id": "5001", "favourites_count": 34, "reblogs_count": 5, "replies_count": 12}))
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", Reply(200, {
        "id": "109", "acct": "rsko", "followers_count": 1200}))
    return account


def test_collect_now_asks_the_server_off_the_gui_thread(mastodon_server, window, qtbot,
                                                        contract_server):
    page = open_page(window, qtbot)
    choose_this_week(page, qtbot)
    qtbot.keyClick(page.reactions.chart, Qt.Key.Key_U, CTRL_SHIFT)
    # The conftest guard fails the test if the request was made on the GUI thread.
    qtbot.waitUntil(lambda: window.ui.announcer.history[-1].startswith("Figures collected"),
                    timeout=20000)
    assert "/api/v1/statuses/5001" in [r.path for r in contract_server.requests]
    said = window.ui.announcer.history[-1]
    assert "post readings" in said
    posts = [page.post_list.item(i).text() for i in range(page.post_list.count())]
    assert posts == ["Donor darah bersama PMI: 34 likes, 5 shares, 12 replies on Mastodon"]


def choose_this_week(page, qtbot) -> None:
    from helpers import choose

    choose(qtbot, page.week_choice, Qt.Key.Key_Up)
    assert page.week_choice.currentIndex() == 0


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_page_at_300_percent_cuts_nothing(app, week, window, qtbot, theme):
    app.settings.set("theme", theme)
    app.settings.set("text_scale", 300)
    window.ui.events.settings_changed.emit("text_scale")
    page = open_page(window, qtbot)
    from humasdesk.ui import theme as themes

    themes.apply(QApplication.instance(), theme, 300, app.paths.cache / "theme")
    qtbot.wait(50)
    for widget in (page.reactions.chart, page.followers.chart, page.best_list, page.post_list):
        page.ensureWidgetVisible(widget)
        qtbot.wait(20)
        assert layout_problems(page) == [], theme
    for panel in (page.reactions, page.followers):
        chart = panel.chart
        # The chart's words wrap inside it: its height holds every row at its width.
        assert chart.height() >= chart.heightForWidth(chart.width())
        # The table's columns are as wide as their text (a data table scrolls, never cuts).
        header = panel.table.horizontalHeader()
        metrics = panel.table.fontMetrics()
        for r in range(panel.table.rowCount()):
            for c in range(panel.table.columnCount()):
                text = panel.table.item(r, c).text()
                assert header.sectionSize(c) >= metrics.horizontalAdvance(text), text


def test_figures_are_written_as_the_language_writes_numbers(app, week, window, qtbot,
                                                            tmp_path):
    from humasdesk.domain import i18n

    i18n.install(None, "id")  # Indonesian numbers: 1.000 and 26,5 (the conftest resets it)
    page = open_page(window, qtbot)
    cells = table_cells(page.reactions)
    assert cells[1][3] == "26,5"
    assert table_cells(page.followers)[1][1:] == ["1.000", "1.040", "+40"]
    page.followers.chart.setFocus()
    target = tmp_path / "pengikut.csv"
    save_as(qtbot, target)
    qtbot.keyClick(page.followers.chart, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(target.exists)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][1:] == ["1.000", "1.040", "+40"]
