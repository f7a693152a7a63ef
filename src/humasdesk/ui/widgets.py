"""Small factories that make the accessible way the easy way: a label is always paired with its
control, and the control's accessible name comes from the visible label."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from ..domain.i18n import translate


def plain_label_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def labelled(text: str, control: QWidget, description: str = "") -> QLabel:
    """A visible label for ``control``; Alt+mnemonic focuses it; its accessible name matches."""
    label = QLabel(text)
    label.setBuddy(control)
    label.setWordWrap(True)
    control.setAccessibleName(plain_label_text(text))
    if description:
        control.setAccessibleDescription(description)
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def hint(text: str, role: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def text_area(name: str) -> QPlainTextEdit:
    """A multi-line editor where Tab moves focus (so it never traps a keyboard user)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    return edit


_restyles = itertools.count()


def refresh_style(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (such as ``role``) changed.

    A new (empty, comment-only) style sheet of the widget's own makes Qt re-polish it; the
    usual style().unpolish()/polish() would make PySide load its whole Qt namespace (about
    15 ms) on the start-up path. Our widgets have no style sheets of their own to lose.
    """
    widget.setStyleSheet(f"/* {next(_restyles)} */")


def name_scroll_bars(area: QAbstractScrollArea, what: str) -> None:
    """Scroll bars are mouse targets too; say what they scroll."""
    area.verticalScrollBar().setAccessibleName(
        translate("Widgets", "Scroll {what} up and down").format(what=what))
    area.horizontalScrollBar().setAccessibleName(
        translate("Widgets", "Scroll {what} sideways").format(what=what))


class _TabLeavesPicker:
    """Qt's date and time editors use Tab to move between their parts, so a keyboard user
    has to press Tab three times to leave them. Here Tab leaves at once; the arrow keys (Left,
    Right, Up, Down) still move between and change the parts."""

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, next_child)


class DateEdit(_TabLeavesPicker, QDateEdit):
    pass


class TimeEdit(_TabLeavesPicker, QTimeEdit):
    pass
