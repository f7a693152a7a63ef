"""Insights (Statistik): how the audience reacted, per post and per account and week; when to
post; the weekly report. Every figure is also a sentence, every chart also a table.

- The week (chosen in a list: this week and the seven before it) per account: posts,
  reactions per post and follower change, as two bar charts each beside its table; F3 reads
  the chart (or table) in focus aloud as a summary; the same sentence is the chart's
  description for a screen reader.
- Each post of the week in one sentence ("Donor darah bersama PMI: 34 likes, 5 shares on
  Facebook; 8 likes on Bluesky"), and the week's best and weakest posts.
- The best time per account, with its confidence in words; a key sets the account's queue
  slots from it.
- Keys: collect the figures now (off the GUI thread: it asks the platforms), save the chart in
  focus as CSV (its table) or PNG (its picture), and write the weekly report (PDF or HTML).
  Each file is chosen in a save dialog and its path is said when written.

Reading the store is quick (one week); the best times, which read each account's whole
history, are worked out off the GUI thread after the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.i18n import translate
from ...domain.numbers import format_number, format_signed
from ...domain.timezones import zone_info
from ...services.insights import (
    AccountWeek,
    InsightsService,
    PostInsight,
    WeekSummary,
    platform_name,
    report_lines,
)
from ..charts import Bar, ChartPanel
from ..choice_box import ChoiceBox
from ..context import UiContext
from ..widgets import (
    FlowLayout,
    Page,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    scrolling_body,
    wrap_rows,
)

WEEKS_SHOWN = 8  # this week and the seven before it
ACTION_IDS = ("insights.collect", "insights.export_csv", "insights.export_png",
              "insights.report", "insights.set_slots")
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a best-time row's account name
FIRST_PAINT_MS = 100  # the best times are worked out this long after the page is first built


def _number(value: float) -> str:
    """"26.5" / "26,5", "1,000" / "1.000": as the user's language writes numbers."""
    return format_number(value, 0 if value == int(value) else 1)


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def week_label(start: date, index: int) -> str:
    end = start + timedelta(days=6)
    # The year once when both days share it: the label stays short enough at 300 % text.
    first = start.strftime("%d-%m") if start.year == end.year else _day(start)
    period = translate("Insights page", "{start} to {end}").format(start=first, end=_day(end))
    if index == 0:
        return translate("Insights page", "This week, {period}").format(period=period)
    if index == 1:
        return translate("Insights page", "Last week, {period}").format(period=period)
    return translate("Insights page", "Week of {period}").format(period=period)


def chart_summary(title: str, period: str, bars: list[Bar]) -> str:
    """"Reactions per post, 23-11-2026 to 29-11-2026: RSUD Facebook 12.5, RSUD Bluesky 3.
    Highest: RSUD Facebook; lowest: RSUD Bluesky." """
    if not bars:
        return translate("Insights page", "{title}, {period}: nothing measured.").format(
            title=title, period=period)
    items = ", ".join(f"{b.label} {b.value_text}" for b in bars)
    text = translate("Insights page", "{title}, {period}: {items}.").format(
        title=title, period=period, items=items)
    if len(bars) > 1:
        high = max(bars, key=lambda b: b.value)
        low = min(bars, key=lambda b: b.value)
        text += " " + translate("Insights page", "Highest: {high}; lowest: {low}.").format(
            high=high.label, low=low.label)
    return text


def _account_label(row: AccountWeek) -> str:
    return f"{row.account_name} ({platform_name(row.platform)})"


class InsightsPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.service: InsightsService = ui.app.insights
        self.week: WeekSummary | None = None
        self.collecting = False
        self.best_ready = False
        self._painted = False
        layout = scrolling_body(self, translate("Insights page", "the insights page"))
        layout.addWidget(heading(translate("Insights page", "Insights")))

        choices = FlowLayout()
        self.week_choice = ChoiceBox()
        self.week_choice.setObjectName("insights.week")
        self.account_choice = ChoiceBox()
        self.account_choice.setObjectName("insights.account")
        for label_text, combo in ((translate("Insights page", "&Week:"), self.week_choice),
                                  (translate("Insights page", "A&ccount:"),
                                   self.account_choice)):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(labelled(label_text, combo))
            column_layout.addWidget(combo)
            choices.addWidget(column)
        layout.addLayout(choices)
        self.status = hint("")
        self.status.setObjectName("insights.status")
        layout.addWidget(self.status)

        self.reactions = ChartPanel(
            translate("Insights page", "Reactions per post"),
            [translate("Insights page", "Account"), translate("Insights page", "Posts"),
             translate("Insights page", "Reactions"),
             translate("Insights page", "Reactions per post")], "insights.reactions")
        self.followers = ChartPanel(
            translate("Insights page", "Follower change"),
            [translate("Insights page", "Account"),
             translate("Insights page", "Followers at the start"),
             translate("Insights page", "Followers at the end"),
             translate("Insights page", "Change")], "insights.followers")
        self.panels = (self.reactions, self.followers)
        self.current_panel = self.reactions
        for panel in self.panels:
            layout.addWidget(panel)

        self.top_list = self._list("insights.top", translate(
            "Insights page", "&Best and weakest posts of the week:"), layout)
        self.post_list = self._list("insights.posts", translate(
            "Insights page", "&Posts of the week, each in one sentence:"), layout)
        self.best_list = self._list("insights.best_times", translate(
            "Insights page", "Best &time to post, per account:"), layout)

        buttons = FlowLayout()
        self.action_buttons = {}
        for action_id, handler in (("insights.collect", self.collect_now),
                                   ("insights.export_csv", self.export_csv),
                                   ("insights.export_png", self.export_png),
                                   ("insights.report", self.write_report),
                                   ("insights.set_slots", self.set_slots)):
            button = ui.actions.button(action_id, two_lines=True)
            buttons.addWidget(button)
            self.action_buttons[action_id] = button
            ui.actions.bind(action_id, handler)
        layout.addLayout(buttons)
        layout.addStretch()

        self._fill_weeks()
        self._reload_accounts()
        self.week_choice.currentIndexChanged.connect(self.refresh)
        self.account_choice.currentIndexChanged.connect(self._account_changed)
        ui.events.accounts_changed.connect(self._reload_accounts)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.refresh()

    def _list(self, name: str, label: str, layout) -> QListWidget:
        view = QListWidget()
        view.setObjectName(name)
        wrap_rows(view)
        view.setSpacing(4)
        name_scroll_bars(view, label.replace("&", "").rstrip(":"))
        layout.addWidget(labelled(label, view))
        layout.addWidget(view)
        return view

    # -- choices -----------------------------------------------------------------------------

    def _fill_weeks(self) -> None:
        today = self.service.clock().astimezone(zone_info(self.service.zone)).date()
        monday = today - timedelta(days=today.weekday())
        for index in range(WEEKS_SHOWN):
            start = monday - timedelta(weeks=index)
            self.week_choice.addItem(week_label(start, index), start)
        self.week_choice.setCurrentIndex(1)  # the last whole week, as the report

    def _reload_accounts(self) -> None:
        current = self.account_choice.currentData()
        self.account_choice.blockSignals(True)
        self.account_choice.clear()
        self.account_choice.addItem(translate("Insights page", "All accounts"), None)
        for account in self.service.accounts():
            self.account_choice.addItem(account.name, account.id)
        self.account_choice.setCurrentIndex(max(self.account_choice.findData(current), 0))
        self.account_choice.blockSignals(False)

    def _account_changed(self) -> None:
        self.refresh()

    def chosen_start(self) -> date:
        return self.week_choice.currentData()

    def chosen_account(self) -> int | None:
        return self.account_choice.currentData()

    # -- filling -----------------------------------------------------------------------------

    def refresh(self) -> None:
        start = self.chosen_start()
        account_id = self.chosen_account()
        week = self.week = self.service.week(start)
        period = translate("Insights page", "{start} to {end}").format(
            start=_day(week.start), end=_day(week.end))
        rows = [a for a in week.accounts if account_id is None or a.account_id == account_id]
        bars = [Bar(_account_label(a), round(a.reactions_per_post, 1),
                    _number(round(a.reactions_per_post, 1))) for a in rows]
        self.reactions.set_data(bars, [
            [_account_label(a), _number(a.posts), _number(a.reactions),
             _number(round(a.reactions_per_post, 1))] for a in rows],
            chart_summary(self.reactions.title, period, bars))
        unknown = translate("Insights page", "not measured")
        changes = [Bar(_account_label(a), a.follower_change, format_signed(a.follower_change))
                   for a in rows if a.follower_change is not None]
        self.followers.set_data(changes, [
            [_account_label(a),
             _number(a.followers_start) if a.followers_start is not None else unknown,
             _number(a.followers_end) if a.followers_end is not None else unknown,
             format_signed(a.follower_change) if a.follower_change is not None else unknown]
            for a in rows], chart_summary(self.followers.title, period, changes))

        posts = [p for p in week.posts if account_id is None or p.post.account_id == account_id]
        self._fill_posts(posts)
        self._fill_top(week, account_id)
        self.status.setText(self._status_text(week, posts))
        if self._painted:
            self._refresh_best_times()
        else:
            # Not while the page paints for the first time: the worker would compete with it
            # for the interpreter. Shortly after, it is out of the way.
            self._painted = True
            self.best_list.addItem(_row(translate("Insights page",
                                                  "Working out the best times…")))
            QTimer.singleShot(FIRST_PAINT_MS, self._refresh_best_times)
        self._update_actions()

    def _status_text(self, week: WeekSummary, posts: list[PostInsight]) -> str:
        if not week.accounts and not posts:
            return translate("Insights page", "No figures for this week yet. HumasDesk "
                                              "collects them about 1 hour, 1 day and 7 days "
                                              "after each post; collect now to ask at once.")
        return translate("Insights page", "{posts} posts on {accounts} accounts in this "
                                          "week.").format(posts=len(posts),
                                                          accounts=len(week.accounts))

    def _fill_posts(self, posts: list[PostInsight]) -> None:
        by_post: dict[int, list[PostInsight]] = {}
        for insight in posts:
            by_post.setdefault(insight.post.post_id, []).append(insight)
        self.post_list.clear()
        for group in reversed(list(by_post.values())):  # newest first
            self.post_list.addItem(_row(self.service.post_sentence(group)))
        if not by_post:
            self.post_list.addItem(_row(translate("Insights page", "No posts published in "
                                                                   "this week.")))

    def _fill_top(self, week: WeekSummary, account_id: int | None) -> None:
        self.top_list.clear()

        def mine(items: list[PostInsight]) -> list[PostInsight]:
            return [p for p in items if account_id is None or p.post.account_id == account_id]

        for words, items in ((translate("Insights page", "Best: {sentence}"), mine(week.best)),
                             (translate("Insights page", "Weakest: {sentence}"),
                              mine(week.weakest))):
            for insight in items[:3]:
                sentence = translate("Insights page", "{account}, {title}: {figures}").format(
                    account=insight.post.account_name, title=_short(insight.post.text),
                    figures=self.service.figures_words(insight))
                self.top_list.addItem(_row(words.format(sentence=sentence)))
        if not self.top_list.count():
            self.top_list.addItem(_row(translate("Insights page", "No post of this week has "
                                                                  "figures yet.")))

    def _refresh_best_times(self) -> None:
        """Each account's ranking reads its whole history: worked out off the GUI thread."""
        self.best_ready = False
        self.best_list.clear()
        self.best_list.addItem(_row(translate("Insights page", "Working out the best times…")))
        account_id = self.chosen_account()
        accounts = [(a.id, a.name) for a in self.service.accounts()
                    if account_id is None or a.id == account_id]
        service = self.service

        def work():
            return [(i, name, service.best_times(i)) for i, name in accounts]

        self.ui.tasks.run(work, self._show_best_times, self._best_times_failed)

    def _show_best_times(self, rankings) -> None:
        self.best_list.clear()
        for account_id, name, ranking in rankings:
            item = _row(translate("Insights page", "{account}: {summary}").format(
                account=name, summary=ranking.summary()))
            item.setData(Qt.ItemDataRole.UserRole, account_id)
            item.setData(NAME_ROLE, name)
            self.best_list.addItem(item)
        if not rankings:
            self.best_list.addItem(_row(translate("Insights page",
                                                  "No account gives figures yet.")))
        self.best_list.setCurrentRow(0)
        self.best_ready = True
        self._update_actions()

    def _best_times_failed(self, exc: BaseException) -> None:
        self.best_list.clear()
        self.best_list.addItem(_row(translate(
            "Insights page", "The best times could not be worked out: {reason}").format(
                reason=exc)))

    # -- actions -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        shown = self.isVisible()
        for action_id in ACTION_IDS:
            enabled = shown
            if action_id == "insights.collect":
                enabled = shown and not self.collecting
            elif action_id == "insights.set_slots":
                enabled = shown and self.best_ready and self._slot_account() is not None
            action = self.ui.actions.actions[action_id]
            if action.isEnabled() != enabled:  # each change restyles its button
                action.setEnabled(enabled)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._update_actions()

    def _focus_changed(self, _old, new) -> None:
        for panel in self.panels:
            if new is not None and panel.isAncestorOf(new):
                self.current_panel = panel

    def text_to_read(self) -> str:
        """What F3 (read aloud) reads here: the chart (or its table) in focus; a row of a
        list in focus; else both charts."""
        focused = QApplication.focusWidget()
        for panel in self.panels:
            if focused is not None and panel.isAncestorOf(focused):
                return panel.summary
        for view in (self.top_list, self.post_list, self.best_list):
            if focused is view and view.currentItem() is not None:
                return view.currentItem().text()
        return " ".join(panel.summary for panel in self.panels)

    def collect_now(self) -> None:
        if self.collecting:
            return
        self.collecting = True
        self._update_actions()
        self.ui.announcer.announce(translate("Insights page", "Collecting the figures from "
                                                              "the platforms…"))
        service = self.service
        self.ui.tasks.run(lambda: service.sync(days=7), self._collected, self._collect_failed)

    def _collected(self, report) -> None:
        self.collecting = False
        lines = [translate("Insights page", "Figures collected: {readings} post readings, "
                                            "{audiences} follower counts.").format(
            readings=report.readings, audiences=report.audiences)]
        if report.more_due:
            lines.append(translate("Insights page", "More are due; they come with the next "
                                                    "collection."))
        lines += report_lines(report, everything=True)
        self.ui.announcer.announce(" ".join(lines))
        self.refresh()

    def _collect_failed(self, exc: BaseException) -> None:
        self.collecting = False
        self._update_actions()
        self.ui.announcer.announce(translate("Insights page", "The figures could not be "
                                                             "collected: {reason}").format(
            reason=exc), assertive=True)

    def _ask_path(self, title: str, name: str, filter_text: str) -> Path | None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog  # not at start-up (its enums)

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                              filter_text)
        return Path(path) if path else None

    def _panel_file_name(self, panel: ChartPanel, suffix: str) -> str:
        slug = panel.objectName().split(".")[-1]
        return f"{translate('Insights page', 'insights')}-{slug}-{self.chosen_start()}.{suffix}"

    def export_csv(self) -> None:
        panel = self.current_panel
        path = self._ask_path(translate("Insights page", "Save the table as CSV"),
                              self._panel_file_name(panel, "csv"),
                              translate("Insights page", "CSV files (*.csv)"))
        if path is not None:
            self._save(panel.write_csv, path.with_suffix(".csv") if not path.suffix else path,
                       translate("Insights page", "The table “{title}” is saved as CSV in "
                                                  "{path}."), panel.title)

    def export_png(self) -> None:
        panel = self.current_panel
        path = self._ask_path(translate("Insights page", "Save the chart as a PNG image"),
                              self._panel_file_name(panel, "png"),
                              translate("Insights page", "PNG images (*.png)"))
        if path is not None:
            self._save(panel.write_png, path.with_suffix(".png") if not path.suffix else path,
                       translate("Insights page", "The chart “{title}” is saved as a PNG image "
                                                  "in {path}."), panel.title)

    def _save(self, write: Callable[[Path], None], path: Path, done: str, title: str) -> None:
        try:
            write(path)
        except OSError as exc:
            self.ui.announcer.announce(translate(
                "Insights page", "Nothing was saved: {path} could not be written ({reason}). "
                "Choose another folder.").format(path=path, reason=exc.strerror or exc),
                assertive=True)
            return
        self.ui.announcer.announce(done.format(title=title, path=path))

    def write_report(self) -> None:
        start = self.chosen_start()
        iso = start.isocalendar()
        path = self._ask_path(translate("Insights page", "Save the weekly report"),
                              translate("Insights page", "report-{week}.pdf").format(
                                  week=f"{iso.year}-W{iso.week:02d}"),
                              translate("Insights page", "PDF or HTML (*.pdf *.html)"))
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".pdf")
        self.ui.announcer.announce(translate("Insights page", "Writing the report…"))
        service = self.service
        self.ui.tasks.run(lambda: service.write_report(path, start),
                          lambda week: self._report_written(week, path), self._report_failed)

    def _report_written(self, week: WeekSummary, path: Path) -> None:
        self.ui.announcer.announce(translate(
            "Insights page", "The report for {start} to {end} is saved in {path}.").format(
                start=_day(week.start), end=_day(week.end), path=path))

    def _report_failed(self, exc: BaseException) -> None:
        self.ui.announcer.announce(translate("Insights page", "The report was not written: "
                                                              "{reason}").format(reason=exc),
                                   assertive=True)

    def _slot_account(self) -> int | None:
        item = self.best_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def set_slots(self) -> None:
        account_id = self._slot_account()
        if account_id is None:
            return
        slots = self.service.set_slots_from_best_time(account_id)
        name = self.best_list.currentItem().data(NAME_ROLE)
        self.ui.announcer.announce(translate(
            "Insights page", "The queue slots of {account} are now {slots}, from its best "
                             "time.").format(account=name, slots=", ".join(slots)))
        self.ui.events.accounts_changed.emit()


def _row(text: str) -> QListWidgetItem:
    """A list row a screen reader reads whole."""
    row = QListWidgetItem(text)
    row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    return row


def _short(text: str, limit: int = 60) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
