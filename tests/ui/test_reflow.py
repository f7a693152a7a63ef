"""At 300 % text every page fits a 1280-pixel-wide window: nothing is clipped and nothing
needs scrolling sideways (WCAG 1.4.10); only the page scrolls up and down."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from humasdesk.domain.model import Account
from humasdesk.ui.main_window import PAGES


@pytest.fixture
def large_text_window(app, controller_factory):
    def make(scale: int):
        app.settings.set("text_scale", scale)
        app.store.accounts.add(Account(platform="kompasiana", name="Kompasiana RSUD Kota",
                                       server_url="https://www.kompasiana.com/"))
        window = controller_factory().window
        window.resize(1280, 900)
        window.page("compose").editor.setPlainText("Teks panjang " * 40)
        for box in window.page("compose").account_boxes.values():
            box.setChecked(True)
        return window
    return make


def _show(window, qtbot, page_name):
    window.show_page(page_name)
    qtbot.wait(30)
    QApplication.processEvents()
    return window.page(page_name)


@pytest.mark.parametrize("scale", [200, 300])
def test_every_page_reflows_at_large_text(large_text_window, qtbot, scale):
    window = large_text_window(scale)
    for page_name in PAGES:
        page = _show(window, qtbot, page_name)
        assert window.minimumSizeHint().width() <= 1280, page_name
        areas = [page] if isinstance(page, QAbstractScrollArea) else []
        areas += [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
        for area in areas:
            assert area.horizontalScrollBar().maximum() == 0, (page_name, area.objectName())
        for button in window.nav_buttons.values():
            assert button.width() >= button.sizeHint().width(), "a navigation label is cut"


def _controls(page):
    kinds = (QPushButton, QComboBox, QLabel, QCheckBox, QAbstractScrollArea)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def _describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{widget.metaObject().className()} {widget.objectName() or text[:30]!r}"


@pytest.mark.parametrize("scale", [200, 300])
def test_no_control_is_squeezed_or_drawn_over_another(large_text_window, qtbot, scale):
    """When the content is taller than the window the page scrolls; controls are never
    squeezed below their size or laid over each other (a wrapped button row once ran under
    the button below it on the queue page)."""
    window = large_text_window(scale)
    problems = []
    for page_name in PAGES:
        page = _show(window, qtbot, page_name)
        controls = _controls(page)
        placed = [(w, QRect(w.mapTo(window, w.rect().topLeft()), w.size())) for w in controls]
        for widget, _rect in placed:
            if widget.height() < widget.minimumSizeHint().height() - 1:
                problems.append(f"{page_name}: {_describe(widget)} squeezed")
        for index, (first, first_rect) in enumerate(placed):
            for second, second_rect in placed[index + 1:]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                overlap = first_rect.intersected(second_rect)
                if overlap.width() > 2 and overlap.height() > 2:
                    problems.append(f"{page_name}: {_describe(first)} over {_describe(second)}")
    assert problems == []


@pytest.mark.parametrize("scale", [100, 200, 300])
def test_every_drop_down_list_shows_its_choice_in_full(large_text_window, qtbot, scale):
    window = large_text_window(scale)
    cut = []
    for page_name in PAGES:
        page = _show(window, qtbot, page_name)
        for combo in (c for c in page.findChildren(QComboBox) if c.isVisible()):
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField, combo)
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            if field.width() < needed:
                cut.append(f"{page_name}: {combo.objectName()} {combo.currentText()!r} "
                           f"needs {needed} px, has {field.width()}")
    assert cut == []
