"""Both high-contrast themes meet WCAG AAA text contrast and 3:1 for controls and focus."""

import pytest
from PySide6.QtGui import QPalette

from humasdesk.domain.contrast import contrast_ratio, relative_luminance
from humasdesk.ui import theme


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_every_pair_meets_its_ratio(name):
    t = theme.THEMES[name]
    failures = [(what, round(contrast_ratio(fg, bg), 2), required)
                for what, fg, bg, required in theme.contrast_pairs(t)
                if contrast_ratio(fg, bg) < required]
    assert failures == []
    assert len(theme.contrast_pairs(t)) >= 15


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_qt_palette_uses_the_checked_colours(name, qapp):
    t = theme.THEMES[name]
    palette = theme.palette(t)
    text = palette.color(QPalette.ColorRole.Text).name().upper()
    base = palette.color(QPalette.ColorRole.Base).name().upper()
    window_text = palette.color(QPalette.ColorRole.WindowText).name().upper()
    window = palette.color(QPalette.ColorRole.Window).name().upper()
    assert contrast_ratio(text, base) >= 7
    assert contrast_ratio(window_text, window) >= 7


def test_focus_ring_is_at_least_3px_and_in_the_style_sheet(tmp_path):
    assert theme.FOCUS_PX >= 3
    sheet = theme.stylesheet(theme.DARK, 100, tmp_path)
    assert f"border: {theme.FOCUS_PX}px solid {theme.DARK.focus}" in sheet


def test_focus_ring_is_visible_on_a_grabbed_image(window, qtbot):
    """Grab the publish button unfocused and focused: the ring's pixels change by 3:1 or more."""
    button = window.page("compose").publish_button
    t = theme.THEMES[window.ui.app.settings.get("theme")]
    window.page("compose").editor.setFocus()
    qtbot.wait(20)
    before = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.wait(20)
    after = button.grab().toImage()
    assert (before.width(), before.height()) == (after.width(), after.height())
    y = after.height() // 2
    ring = [after.pixelColor(x, y).name().upper() for x in range(theme.FOCUS_PX)]
    assert all(c == t.focus.upper() for c in ring[1:theme.FOCUS_PX]), ring
    changed = [x for x in range(theme.FOCUS_PX)
               if contrast_ratio(before.pixelColor(x, y).name(),
                                 after.pixelColor(x, y).name()) >= 3]
    assert len(changed) >= 2  # at least a 2 px band changes by 3:1 (WCAG 2.4.13)


def _headings(window):
    from PySide6.QtWidgets import QLabel

    return [label for label in window.findChildren(QLabel)
            if label.property("role") == "heading" and label.text()]


@pytest.mark.parametrize("scale", [200, 300])
def test_headings_grow_with_the_text_size_chosen_while_running(window, qtbot, scale):
    """Headings stay 30 % larger than body text when he changes the text size in Settings."""
    from PySide6.QtWidgets import QApplication

    def heading_sizes():
        return {round(label.font().pointSizeF(), 1) for label in _headings(window)}

    body = QApplication.font().pointSizeF()
    assert heading_sizes() == {round(body * theme.HEADING_FACTOR, 1)}
    window.ui.app.settings.set("text_scale", scale)
    window.ui.events.settings_changed.emit("text_scale")
    qtbot.wait(20)
    body = QApplication.font().pointSizeF()
    assert body == pytest.approx(theme.BASE_POINT_SIZE * scale / 100)
    assert heading_sizes() == {round(body * theme.HEADING_FACTOR, 1)}


def _first_text_column(widget, background: str) -> int:
    """The first column inside the borders where something other than the field's own
    background is drawn (the first glyph), scanning the middle of the field."""
    image = widget.grab().toImage()
    rows = range(image.height() // 3, 2 * image.height() // 3)
    for x in range(theme.BORDER_PX, image.width() - theme.FOCUS_PX):
        if any(contrast_ratio(image.pixelColor(x, y).name(), background) > 1.5 for y in rows):
            return x
    raise AssertionError("no text drawn in the field")


def test_number_date_and_time_fields_show_their_value_with_inner_space(window, qtbot):
    """Digits that touch a field's border are hard to read with low vision, and a value that
    is not drawn at all cannot be read: every number, date and time field (whose inner editor
    Qt lays out itself) shows its value, padded like every other field."""
    from PySide6.QtWidgets import QAbstractSpinBox

    t = theme.THEMES[window.ui.app.settings.get("theme")]
    when = window.page("compose").when
    when.edit.setText("2026-12-01 09:00")
    fields = [("when", when.edit), ("date", when.date_edit), ("time", when.time_edit)]
    window.show_page("settings")
    qtbot.wait(20)
    fields += [(f.objectName(), f) for f in window.page("settings").findChildren(QAbstractSpinBox)]
    assert len(fields) >= 6
    gaps = {name: _first_text_column(field, t.field) - theme.BORDER_PX for name, field in fields}
    assert min(gaps.values()) >= theme.PAD_PX - 1, gaps


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_drop_down_lists_show_a_large_clear_arrow(name, qapp, tmp_path):
    """The only sign that a list opens is its arrow: it must be big and in the text colour,
    not Qt's few grey pixels."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

    from humasdesk.ui.choice_box import ChoiceBox

    t = theme.apply(QApplication.instance(), name, 100, tmp_path)
    combo = ChoiceBox()
    combo.addItem("All accounts")
    combo.resize(combo.sizeHint())
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxArrow, combo)
    image = combo.grab().toImage()
    strong = sum(1 for x in range(arrow.left(), arrow.right() + 1)
                 for y in range(arrow.top(), arrow.bottom() + 1)
                 if contrast_ratio(image.pixelColor(x, y).name(), t.field) >= 7)
    assert arrow.width() >= 20, arrow
    assert strong >= 50, strong  # a filled triangle in the text colour, not a speck
