"""Checks of what a low-vision user sees at large text sizes: no control squeezed below its
size, none drawn over another, nothing cut at the edge of its window."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

_KINDS = (QPushButton, QComboBox, QLabel, QCheckBox, QLineEdit, QAbstractScrollArea)


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{widget.metaObject().className()} {widget.objectName() or text[:30]!r}"


def layout_problems(top: QWidget, where: str = "") -> list[str]:
    """Every visible control inside ``top``: squeezed, cut, or overlapping another. Only the
    part a control shows is compared (a control scrolled out of view shows nothing)."""
    window = top.window()
    shown = []
    for widget in top.findChildren(QWidget):
        if not (isinstance(widget, _KINDS) and widget.isVisible()):
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue  # scrolled out of view
        shown.append((widget, QRect(widget.mapTo(window, visible.topLeft()), visible.size())))
    problems = []
    for widget, _ in shown:
        if widget.height() < widget.minimumSizeHint().height() - 1:
            problems.append(f"{where}{_describe(widget)} squeezed")
    for index, (first, first_rect) in enumerate(shown):
        for second, second_rect in shown[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{where}{_describe(first)} over {_describe(second)}")
    return problems


def fully_in_view(widget: QWidget) -> bool:
    """The whole control is on screen inside its window (not cut by a scroll area's edge)."""
    return widget.visibleRegion().boundingRect().size() == widget.size()
