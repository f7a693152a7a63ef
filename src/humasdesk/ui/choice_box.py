"""The drop-down list used everywhere a choice is made."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

# Where the window is too narrow for the longest choice (large text, a small screen), the list
# may shrink to show this many characters rather than make the page scroll sideways.
NARROWEST_CHARS = 12



@cache
def _changing_keys() -> frozenset:
    """Keys that change a closed Qt drop-down list at once, without showing or saying
    anything. On first use: Qt's "Qt" namespace is not loaded before the window shows."""
    from PySide6.QtCore import Qt

    return frozenset((Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                      Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End))


class ChoiceBox(QComboBox):
    """A choice changes only in its open list. The arrow keys (and a typed letter) on the
    closed list open it at the current choice; there the arrows move, Enter picks and Escape
    leaves it unchanged. A closed Qt list would change its value at each arrow, which Orca
    does not read (it ignores a combo box's name change): filters and settings would switch
    with no word said, and a tremor's stray key would change them unseen. An open list is read
    item by item by every screen reader, as in the ARIA select pattern and on macOS.

    It also asks for the width of its longest choice, so the chosen one is never cut off (a filter
    row or a form lays it out at that width), yet accepts being narrowed to about
    ``NARROWEST_CHARS`` characters, so a long choice never widens the whole page (WCAG 1.4.10).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        changing = _changing_keys()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier |
                                         Qt.KeyboardModifier.AltModifier |
                                         Qt.KeyboardModifier.MetaModifier)
        if plain and (event.key() in changing or event.text().isprintable()
                      and event.text().strip()):
            self.showPopup()
            if event.key() not in changing:
                self.view().keyboardSearch(event.text())
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()  # a trembling wheel never changes a choice; the page scrolls instead

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Qt's own hint leaves the text field a pixel short of its longest choice at some
        # sizes (rounding): that choice, when chosen, would be cut by a pixel.
        hint = super().sizeHint()
        return QSize(hint.width() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        wide = self.sizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        allowed = metrics.averageCharWidth() * NARROWEST_CHARS
        return QSize(wide.width() - max(0, longest - allowed), wide.height())
