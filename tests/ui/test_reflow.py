"""At 300 % text every page fits a 1280-pixel-wide window in both languages: nothing is
clipped and nothing needs scrolling sideways (WCAG 1.4.10); only the page scrolls up and down."""

import pytest
from layout_checks import fully_in_view, layout_problems
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
)

from humasdesk.domain.model import Account
from humasdesk.ui.pages import PAGE_IDS as PAGES


@pytest.fixture
def large_text_window(app, controller_factory):
    def make(scale: int, language: str = "en", width: int = 1280):
        app.settings.set("text_scale", scale)
        app.set_language(language)
        app.store.accounts.add(Account(platform="kompasiana", name="Kompasiana RSUD Kota",
                                       server_url="https://www.kompasiana.com/"))
        window = controller_factory().window
        window.resize(width, 900)
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


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("scale", [200, 300])
def test_every_page_reflows_at_large_text(large_text_window, qtbot, scale, language):
    window = large_text_window(scale, language)
    for page_name in PAGES:
        page = _show(window, qtbot, page_name)
        assert window.minimumSizeHint().width() <= 1280, page_name
        areas = [page] if isinstance(page, QAbstractScrollArea) else []
        areas += [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
        for area in areas:
            assert area.horizontalScrollBar().maximum() == 0, (page_name, area.objectName())
        for button in window.nav_buttons.values():
            assert button.width() >= button.sizeHint().width(), "a navigation label is cut"


@pytest.mark.parametrize("scale", [200, 300])
def test_no_control_is_squeezed_or_drawn_over_another(large_text_window, qtbot, scale):
    """When the content is taller than the window the page scrolls; controls are never
    squeezed below their size or laid over each other (a wrapped button row once ran under
    the button below it on the queue page)."""
    window = large_text_window(scale)
    problems = []
    for page_name in PAGES:
        problems += layout_problems(_show(window, qtbot, page_name), f"{page_name}: ")
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


@pytest.mark.parametrize("scale", [200, 300])
def test_the_welcome_stays_readable_when_he_chooses_a_larger_text(app, qtbot, scale):
    """The first-run welcome is where he picks the text size: after picking it, every
    choice is still whole and reachable by Tab, and the Start button stays in view."""
    from PySide6.QtCore import Qt

    from humasdesk.ui.context import Events
    from humasdesk.ui.main import GuiController
    from humasdesk.ui.welcome import WelcomeDialog

    controller = GuiController(QApplication.instance(), app)  # applies a text-size change
    qtbot.addWidget(controller.window)
    dialog = WelcomeDialog(app, controller.events or Events(), lambda _text: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text_scale.setFocus()
    # Chosen with the arrow keys in the open list (Down opens it), then Enter.
    qtbot.keyClick(dialog.text_scale, Qt.Key.Key_Down)
    view = dialog.text_scale.view()
    for _ in range(dialog.text_scale.count()):
        if view.currentIndex().data(Qt.ItemDataRole.UserRole) == scale:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.text_scale.currentData() == scale
    assert dialog.isVisible() and not dialog.text_scale.view().isVisible()
    # The offscreen platform does not make the dialog active again when the list closes (a
    # window system does); the new text size is applied meanwhile.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_scale)
    qtbot.wait(50)
    assert QApplication.font().pointSizeF() > 12
    assert fully_in_view(dialog.text_scale), "the choice he is on slid out of view"
    assert layout_problems(dialog) == []
    assert fully_in_view(dialog.start)
    reached = []
    for key in (Qt.Key.Key_Backtab, Qt.Key.Key_Backtab, None, Qt.Key.Key_Tab, Qt.Key.Key_Tab,
                Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab):
        if key is not None:
            qtbot.keyClick(QApplication.focusWidget(), key)
            qtbot.wait(10)
        widget = QApplication.focusWidget()
        assert fully_in_view(widget), widget.objectName()
        reached.append(widget.objectName())
    assert reached == ["welcome.theme", "welcome.language", "welcome.language", "welcome.theme",
                       "welcome.text_scale", "welcome.self_voicing", "welcome.sound_cues",
                       "welcome.start"]
    dialog.close()


@pytest.mark.parametrize("scale", [200, 300])
def test_the_account_dialog_keeps_its_buttons_whole_at_large_text(large_text_window, qtbot,
                                                                  scale):
    window = large_text_window(scale)
    page = _show(window, qtbot, "accounts")
    page.add_account()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    qtbot.wait(50)
    assert layout_problems(page.dialog) == []
    assert fully_in_view(page.dialog.next_button)
    assert fully_in_view(page.dialog.cancel_button)
    page.dialog.close()


def _dialogs(window):
    """Every smaller dialog, as it opens in use."""
    from datetime import UTC, datetime, timedelta

    from humasdesk.ui.alt_text_dialog import AltTextDialog
    from humasdesk.ui.pages.queue import RescheduleDialog
    from humasdesk.ui.pages.settings import ShortcutDialog
    from humasdesk.ui.palette import CommandPalette

    app = window.ui.app
    outbox = next(a.id for a in app.store.accounts.list() if a.platform == "outbox")
    app.publishing.submit("Donor darah bersama PMI, Senin 1 Desember di aula lantai 2.",
                          [outbox], when=datetime.now(UTC) + timedelta(days=1))
    item = app.store.queue.items()[0]
    return {
        "alt text": lambda: AltTextDialog("poster-donor-darah.png", "", window),
        "action finder": lambda: CommandPalette(window.ui.actions, window.ui.announcer, window),
        "reschedule": lambda: RescheduleDialog(window.ui, item, window),
        "shortcut": lambda: ShortcutDialog("Publish now", "Ctrl+Return", window),
    }


@pytest.mark.parametrize("scale", [200, 300])
def test_the_smaller_dialogs_stay_whole_at_large_text(large_text_window, qtbot, scale):
    window = large_text_window(scale)
    problems = []
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        problems += layout_problems(dialog, f"{name}: ")
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        problems += [f"{name}: button {b.text()!r} cut" for b in buttons if not fully_in_view(b)]
        dialog.close()
    assert problems == []


@pytest.mark.parametrize("language", ["en", "id"])
def test_an_account_with_its_own_options_still_reflows_at_300(large_text_window, qtbot,
                                                               language):
    """Options shown only for the account chosen (Facebook's Human Agent check box) fit too."""
    window = large_text_window(300, language)
    window.ui.app.store.accounts.add(Account(platform="facebook", name="Facebook RSUD",
                                             options={"page_id": "1"}))
    window.ui.events.accounts_changed.emit()
    page = _show(window, qtbot, "accounts")
    [row] = [r for r in range(page.list.count()) if "Facebook" in page.list.item(r).text()]
    page.list.setCurrentRow(row)
    qtbot.waitUntil(page.human_agent.isVisible)
    QApplication.processEvents()
    areas = [page] if isinstance(page, QAbstractScrollArea) else []
    areas += [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
    assert all(area.horizontalScrollBar().maximum() == 0 for area in areas)
