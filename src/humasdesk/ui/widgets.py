"""Small factories that make the accessible way the easy way: a label is always paired with its
control, and the control's accessible name comes from the visible label."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from .screen_reader import focus_before_caret
from .theme import PAD_PX


def plain_label_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def labelled(text: str, control: QWidget, description: str = "") -> QLabel:
    """A visible label for ``control``; Alt+mnemonic focuses it; its accessible name matches."""
    label = QLabel(text)
    label.setBuddy(control)
    label.setWordWrap(True)
    control.setAccessibleName(plain_label_text(text))
    if isinstance(control, QLineEdit):
        control.installEventFilter(focus_before_caret)  # else Tab into it is silent in Orca
    if description:
        control.setAccessibleDescription(description)
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")  # larger and bold: the theme's style sheet
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


def ok_cancel_buttons(on_ok, on_cancel):
    """A dialog's OK and Cancel buttons (Enter and Escape work as in every dialog)."""
    from PySide6.QtWidgets import QDialogButtonBox  # only when a dialog opens

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                               QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel)
    return buttons


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


class SpinTextPadding:
    """For Qt's number, date and time fields. The style sheet's padding does not reach the
    editor inside them (Qt lays it over the whole width), so without this the digits touch
    the border. Their step buttons are given no width by the theme: the arrow keys step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lineEdit().setTextMargins(PAD_PX, 0, PAD_PX, 0)


class FlowLayout(QLayout):
    """Lays buttons out in a row that wraps onto the next line when the window is narrow or
    the text is large, so nothing is clipped and nothing scrolls sideways (WCAG 1.4.10)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        visible = [item for item in self._items if not item.isEmpty()]
        for item in visible:
            hint = item.sizeHint()
            # Never wider than the row: what cannot fit is narrowed, not pushed out sideways.
            hint.setWidth(max(min(hint.width(), rect.width()), item.minimumSize().width()))
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class Page(QScrollArea):
    """One of the main window's pages. Screen readers see it as a group named after the page
    (the main window names it), so moving into it from another page says which page it is;
    see ``announcer.install_roles``."""


def scrolling_body(page: QScrollArea, what: str) -> QVBoxLayout:
    """Make ``page`` scroll up and down when its content is taller than the window (large
    text, a small screen) instead of squeezing controls over each other; return the layout
    for that content. The page itself takes no Tab focus (a screen reader would land on an
    unnamed filler); its content scrolls to whatever has focus."""
    from PySide6.QtCore import Qt  # pages other than the composer: after start-up

    page.setWidgetResizable(True)  # no frame: the theme's QScrollArea rule
    page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    name_scroll_bars(page, what)
    body = QWidget()
    page.setWidget(body)
    follow_focus(page)
    return QVBoxLayout(body)


def scrolling_part(outer: QVBoxLayout, what: str) -> QVBoxLayout:
    """The part of a dialog that scrolls when a large text size makes it taller than the
    dialog; what ``outer`` gets after it (the buttons) stays in view. Returns its layout."""
    area = QScrollArea()
    outer.addWidget(area, 1)
    return scrolling_body(area, what)


class _FocusFollower(QObject):
    """Watches a scroll area's content: whenever it changes size (the text reflows at a new
    size, rows appear or go), the focused control inside is scrolled back into view, so the
    control he is on never slides out of sight (WCAG 2.4.11)."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._reveal)  # after the layout has moved the children
        return False

    def _reveal(self) -> None:
        focused = self.area.window().focusWidget()  # also while another window is active
        content = self.area.widget()
        if focused is not None and content is not None and content.isAncestorOf(focused):
            self.area.ensureWidgetVisible(focused)


def follow_focus(area: QScrollArea) -> None:
    """Keep the focused control in ``area`` in view when its content changes size."""
    area.widget().installEventFilter(_FocusFollower(area))


def wrap_rows(view) -> None:
    """A list whose rows wrap their text and never scroll sideways (WCAG 1.4.10)."""
    from PySide6.QtCore import Qt  # lists on the first window call this after start-up

    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
