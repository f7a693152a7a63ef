"""The drop-down list used everywhere a choice is made."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

# Where the window is too narrow for the longest choice (large text, a small screen), the list
# may shrink to show this many characters rather than make the page scroll sideways.
NARROWEST_CHARS = 12


class ChoiceBox(QComboBox):
    """Asks for the width of its longest choice, so the chosen one is never cut off (a filter
    row or a form lays it out at that width), yet accepts being narrowed to about
    ``NARROWEST_CHARS`` characters, so a long choice never widens the whole page (WCAG 1.4.10).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        wide = self.sizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        allowed = metrics.averageCharWidth() * NARROWEST_CHARS
        return QSize(wide.width() - max(0, longest - allowed), wide.height())
