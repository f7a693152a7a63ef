"""At 300 % text every page fits a 1280-pixel-wide window: nothing is clipped and nothing
needs scrolling sideways (WCAG 1.4.10); only the page scrolls up and down."""

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from humasdesk.domain.model import Account
from humasdesk.ui.main_window import PAGES


@pytest.mark.parametrize("scale", [200, 300])
def test_every_page_reflows_at_large_text(app, qtbot, controller_factory, scale):
    app.settings.set("text_scale", scale)
    app.store.accounts.add(Account(platform="kompasiana", name="Kompasiana RSUD Kota",
                                   server_url="https://www.kompasiana.com/"))
    window = controller_factory().window
    window.resize(1280, 900)
    window.page("compose").editor.setPlainText("Teks panjang " * 40)
    for box in window.page("compose").account_boxes.values():
        box.setChecked(True)
    for page_name in PAGES:
        window.show_page(page_name)
        qtbot.wait(30)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280, page_name
        page = window.page(page_name)
        areas = [page] if isinstance(page, QAbstractScrollArea) else []
        areas += [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
        for area in areas:
            assert area.horizontalScrollBar().maximum() == 0, (page_name, area.objectName())
        for button in window.nav_buttons.values():
            assert button.width() >= button.sizeHint().width(), "a navigation label is cut"
