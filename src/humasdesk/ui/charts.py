"""Bar charts drawn with QPainter, each beside a table with the same figures.

A chart here is one series of labelled numbers (an account and its reactions per post). It is
drawn in the theme's colours (the palette ``theme.apply`` sets): bars and words in the text
colour on the window colour (7:1), the focus ring in the focus colour, 4 px like every other
control. Each row puts its label on its own line above the bar, so at 300 % text the words wrap
and the chart grows taller instead of cutting them; the chart's height follows its width.

A screen reader meets the chart as a Chart named after its title, whose description is the
spoken summary (the same sentence F3 reads aloud); the table beside it holds every figure.
No chart library: a few dozen lines of painting are enough and keep start-up light.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from .theme import FOCUS_PX
from .widgets import heading, hint, name_scroll_bars


class Bar(NamedTuple):
    label: str
    value: float
    value_text: str  # how the value is written beside its bar ("12.5", "+34")


class BarChart(QWidget):
    """Horizontal bars, one per row, with a zero line when some values are negative."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        _install_chart_role()
        self.title = title
        self.bars: list[Bar] = []
        self.summary = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar], summary: str) -> None:
        self.bars = list(bars)
        self.summary = summary
        self.setAccessibleDescription(summary)
        self.updateGeometry()
        self.update()

    # -- size: the height follows the width (labels wrap) -----------------------------------

    def _margin(self) -> int:
        return FOCUS_PX + max(4, self.fontMetrics().height() // 3)

    def _row_heights(self, width: int) -> list[tuple[int, int]]:
        """(label height, bar height) of each row at ``width``."""
        metrics = self.fontMetrics()
        inner = max(1, width - 2 * self._margin())
        bar = metrics.height() + 8
        return [(metrics.boundingRect(QRect(0, 0, inner, 10_000), _WRAP, b.label).height(), bar)
                for b in self.bars]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        gap = self.fontMetrics().height() // 2
        rows = self._row_heights(width)
        if not rows:
            return 2 * self._margin() + self.fontMetrics().height()
        return 2 * self._margin() + sum(a + b + gap for a, b in rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), 30 * self.fontMetrics().averageCharWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 12 * self.fontMetrics().averageCharWidth()
        return QSize(width, self.heightForWidth(max(width, self.width())))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            self.paint(painter, self.rect(), self.hasFocus())
        finally:
            painter.end()

    def paint(self, painter: QPainter, rect: QRect, focused: bool) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(rect, window)
        painter.setFont(self.font())
        margin = self._margin()
        inner = rect.adjusted(margin, margin, -margin, -margin)
        if not self.bars:
            painter.setPen(text)
            painter.drawText(inner, _WRAP, translate("Insights page", "Nothing measured yet."))
        else:
            self._paint_bars(painter, inner, text, window)
        if focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), FOCUS_PX)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_PX // 2
            painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))

    def _paint_bars(self, painter: QPainter, inner: QRect, text: QColor, window: QColor) -> None:
        metrics = self.fontMetrics()
        gap = metrics.height() // 2
        low = min(0.0, *(b.value for b in self.bars))
        high = max(0.0, *(b.value for b in self.bars))
        span = (high - low) or 1.0
        widest_value = max(metrics.horizontalAdvance(b.value_text) for b in self.bars)
        room = max(1, inner.width() - widest_value - metrics.averageCharWidth())
        zero_x = inner.left() + round(room * (-low) / span)
        y = inner.top()
        for bar, (label_height, bar_height) in zip(self.bars, self._row_heights(
                inner.width() + 2 * self._margin()), strict=True):
            painter.setPen(text)
            painter.drawText(QRect(inner.left(), y, inner.width(), label_height), _WRAP,
                             bar.label)
            y += label_height
            length = round(room * abs(bar.value) / span)
            left = zero_x if bar.value >= 0 else zero_x - length
            bar_rect = QRect(left, y + 4, max(length, 2), bar_height - 8)
            painter.fillRect(bar_rect, text)
            if low < 0:  # the zero line, beside each bar (not through the labels)
                painter.fillRect(QRect(zero_x - 1, y, 2, bar_height), text)
            if bar.value < 0:  # told apart by more than its side: a pattern in the bar
                painter.fillRect(bar_rect.adjusted(3, 3, -3, -3),
                                 _pattern(window, Qt.BrushStyle.BDiagPattern))
            value_left = (bar_rect.right() if bar.value >= 0 else zero_x) + \
                metrics.averageCharWidth() // 2
            painter.drawText(QRect(value_left, y, widest_value + metrics.averageCharWidth(),
                                   bar_height), Qt.AlignmentFlag.AlignVCenter, bar.value_text)
            y += bar_height + gap

    def image(self) -> QImage:
        """The chart as an image (no focus ring), at the screen's pixel ratio."""
        ratio = self.devicePixelRatioF() or 1.0
        size = QSize(max(self.width(), self.sizeHint().width()), 0)
        size.setHeight(self.heightForWidth(size.width()))
        image = QImage(size * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        try:
            self.paint(painter, QRect(0, 0, size.width(), size.height()), False)
        finally:
            painter.end()
        return image


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def _pattern(color: QColor, style: Qt.BrushStyle):
    from PySide6.QtGui import QBrush

    return QBrush(color, style)


class _Header(QHeaderView):
    """Qt's table header asks, as its minimum, a few pixels more than the height its headings
    take (its size hint, which the table gives it); its minimum here is that height."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        minimum = super().minimumSizeHint()
        return QSize(minimum.width(), min(minimum.height(), self.sizeHint().height()))


class ChartPanel(QWidget):
    """A titled chart with its table beside it (under it when the text is large); the table
    has the same rows, every column written out."""

    def __init__(self, title: str, columns: Sequence[str], object_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = title
        self.columns = list(columns)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(title)
        outer.addWidget(self.heading)
        self.note = hint("")
        self.note.hide()
        outer.addWidget(self.note)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(self.row)
        self.chart = BarChart(title)
        self.chart.setObjectName(f"{object_name}.chart")
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeader(_Header(Qt.Orientation.Horizontal, self.table))
        self.table.setObjectName(f"{object_name}.table")
        self.table.setAccessibleName(translate("Insights page", "{title} (table)").format(
            title=title))
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        name_scroll_bars(self.table, title)
        self.row.addWidget(self.chart, 1)
        self.row.addWidget(self.table, 1)

    def set_data(self, bars: Sequence[Bar], rows: Sequence[Sequence[str]], summary: str) -> None:
        self.chart.set_bars(bars, summary)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, cell)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.fit(self.width())

    @property
    def summary(self) -> str:
        return self.chart.summary

    def cells(self) -> list[list[str]]:
        """The table as shown: the header row, then each row."""
        rows = [list(self.columns)]
        for r in range(self.table.rowCount()):
            rows.append([(self.table.item(r, c).text() if self.table.item(r, c) else "")
                         for c in range(len(self.columns))])
        return rows

    def write_csv(self, path: Path) -> None:
        # utf-8 with a byte-order mark: spreadsheet programs then read "Rp" and accents right.
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle).writerows(self.cells())

    def write_png(self, path: Path) -> None:
        if not self.chart.image().save(str(path), "PNG"):
            raise OSError(translate("Insights page", "the image could not be written"))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit(self.width())

    def _table_width(self) -> int:
        self.table.resizeColumnsToContents()
        return self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + \
            4 * self.fontMetrics().averageCharWidth()

    def fit(self, width: int) -> None:
        """Side by side when the chart keeps about 30 characters beside the whole table; one
        under the other otherwise. When even the whole width cannot hold the table, its
        headings break between words and the first column wraps, so no figure is cut."""
        self._wrap_headers(False)
        chart_room = 30 * self.fontMetrics().averageCharWidth()
        needed = self._table_width()
        wide = width >= needed + chart_room
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != wanted:
            self.row.setDirection(wanted)
        # Beside the chart the table takes the width its columns need, the chart the rest.
        self.table.setMinimumWidth(needed if wide else 0)
        self.row.setStretch(1, 0 if wide else 1)
        if not wide and needed > width:
            self._wrap_headers(True)
        self.table.resizeRowsToContents()

    def _wrap_headers(self, wrap: bool) -> None:
        # A data table keeps its rows and columns (WCAG 1.4.10 excepts it): what does not fit
        # scrolls sideways inside the table, never cut short with "…".
        for column, title in enumerate(self.columns):
            self.table.horizontalHeaderItem(column).setText(title.replace(" ", "\n") if wrap
                                                            else title)
        self.table.resizeColumnsToContents()


_chart_role_installed = False


def _install_chart_role() -> None:
    """Screen readers see a BarChart as a Chart (a plain widget would be an unnamed panel)."""
    global _chart_role_installed
    if _chart_role_installed:
        return
    _chart_role_installed = True
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    def factory(_class_name: str, obj: QObject):
        if isinstance(obj, BarChart):
            return QAccessibleWidget(obj, QAccessible.Role.Chart)
        return None

    QAccessible.installFactory(factory)
