"""What a screen reader and a shaky hand meet on every page, checked in-process.

For every page, in both themes and at 100 % and 200 % text: each interactive control has an
accessible name, is at least 48 × 48 px, and list rows expose their text to screen readers.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)

from helpers import publish_now
from humasdesk.ui.pages import PAGE_IDS as PAGES

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QScrollBar)


def interactive_widgets(root: QWidget):
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and widget.isVisible():
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                            (QAbstractSpinBox, QComboBox)):
                continue  # the inner editor of a spin box or combo box is part of it
            yield widget


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface else ""


@pytest.fixture(params=[("dark", 100), ("light", 100), ("dark", 200), ("light", 200)],
                ids=lambda p: f"{p[0]}-{p[1]}")
def styled_window(request, app, qtbot, controller_factory):
    theme, scale = request.param
    app.settings.set("theme", theme)
    app.settings.set("text_scale", scale)
    controller = controller_factory()
    return controller.window


def test_every_control_on_every_page_is_named_and_large(styled_window, qtbot, app):
    window = styled_window
    # Something in every list, so rows are checked too.
    publish_now(app, "Isi antrean", [app.store.accounts.list()[0].id])
    window.ui.events.queue_changed.emit()
    problems = []
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(10)
        checked = 0
        for widget in interactive_widgets(window):
            checked += 1
            where = f"{page}: {type(widget).__name__} {widget.objectName()!r}"
            if not accessible_name(widget).strip():
                problems.append(f"{where} has no accessible name")
            if isinstance(widget, QScrollBar):
                thickness = widget.width() if widget.orientation() == Qt.Orientation.Vertical \
                    else widget.height()
                if thickness < 48:
                    problems.append(f"{where} is {thickness} px thick")
            elif widget.width() < 48 or widget.height() < 48:
                problems.append(f"{where} is {widget.width()}×{widget.height()} px")
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    if not model.data(index, Qt.ItemDataRole.AccessibleTextRole):
                        problems.append(f"{where} row {row} has no accessible text")
                    if widget.visualRect(index).height() < 48:
                        problems.append(f"{where} row {row} is "
                                        f"{widget.visualRect(index).height()} px high")
        assert checked >= 3, f"{page} shows almost no controls"
    assert problems == []


def tab_cycle(qtbot) -> list:
    """Press Tab from the focused widget until focus reaches a widget it met before; the
    widgets in the order Tab reached them."""
    from PySide6.QtWidgets import QApplication

    seen = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_reaches_every_composer_control_and_never_traps(window, qtbot):
    from PySide6.QtWidgets import QApplication

    compose = window.page("compose")
    compose.editor.setFocus()
    seen = tab_cycle(qtbot)
    row = next(iter(compose.rows.values()))
    expected = [compose.editor, compose.dictate_button, compose.read_button,
                compose.media.attach_button, row.checkbox, row.own_text_button,
                compose.publish_button, compose.review_button, compose.when.edit,
                compose.when.date_edit, compose.when.time_edit, compose.schedule_button]
    positions = [seen.index(w) for w in expected]
    assert positions == sorted(positions), "Tab order does not follow the visual order"
    assert QApplication.focusWidget() is seen[0] or seen[0] in seen  # the cycle closes


def test_the_image_list_joins_the_tab_order_where_it_appears(window, qtbot, tmp_path):
    """The list of images is built with the first image; Tab then reaches it between
    "Read aloud" and "Attach image", as on screen, and the cycle still closes."""
    from PySide6.QtWidgets import QApplication
    from test_composer_features import PNG

    compose = window.page("compose")
    assert compose.media.list is None
    image = tmp_path / "poli.png"
    image.write_bytes(PNG)
    compose.media.add_file(image, ask_description=False)
    assert compose.media.list.isVisible()
    compose.read_button.setFocus()
    qtbot.keyClick(compose.read_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.media.list
    qtbot.keyClick(compose.media.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is compose.media.attach_button
    compose.editor.setFocus()
    seen = tab_cycle(qtbot)
    assert compose.media.list in seen and compose.schedule_button in seen
    assert QApplication.focusWidget() is compose.editor  # came back round: no trap


def test_shortcuts_are_unique_and_shown_on_buttons(window):
    actions = window.ui.actions
    sequences = [a.shortcut().toString() for a in actions.actions.values() if not
                 a.shortcut().isEmpty()]
    assert len(sequences) == len(set(sequences))
    button = window.page("compose").publish_button
    assert actions.shortcut_text("compose.publish_now") in button.text()
    assert accessible_name(button) == actions.label("compose.publish_now")
