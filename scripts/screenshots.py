"""Render every page of the real window in both themes and two text sizes to PNG files.

Uses a throw-away data folder with a few example posts, so the pictures show real content.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from humasdesk.app import App
from humasdesk.ui.main import GuiController
from humasdesk.ui.pages import PAGE_IDS as PAGES


def example_content(app: App) -> None:
    from humasdesk.domain.model import Account

    # A site posted by hand needs no login, so it can stand in for a second account here.
    app.store.accounts.add(Account(platform="kompasiana", name="Kompasiana RSUD",
                                   server_url="https://www.kompasiana.com/"))
    outbox = app.store.accounts.list()[0].id
    app.publishing.submit("Poli jantung RSUD buka hari Sabtu pukul 08.00–12.00 WIB. "
                          "Daftar lewat aplikasi atau loket. #RSUDSehat", [outbox])
    engine = app.engine("screenshots")
    engine.run_once()
    engine.release()
    app.publishing.submit("Donor darah bersama PMI, Senin 1 Desember di aula lantai 2.",
                          [outbox], when=datetime.now(UTC) + timedelta(days=2))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as home:
        app = App.build(home)
        app.settings.set("welcomed", True)
        app.set_language("en" if "--en" in sys.argv else app.language)
        example_content(app)
        for theme in ("dark", "light"):
            for scale in (100, 200):
                app.settings.set("theme", theme)
                app.settings.set("text_scale", scale)
                controller = GuiController(qt_app, app)
                window = controller.window
                window.resize(1100, 800)
                controller.show()
                if not window.ready:  # the accounts appear once the rest has loaded
                    loop = QEventLoop()
                    window.became_ready.connect(loop.quit)
                    loop.exec()
                compose = window.page("compose")
                compose.editor.setPlainText(
                    "Hari Jantung Sedunia: RSUD membuka pemeriksaan jantung gratis hari Sabtu, "
                    "29 September, pukul 08.00–12.00 WIB di Poli Jantung lantai 2. Bawa KTP. "
                    "#HariJantungSedunia #RSUDSehat")
                for page in PAGES:
                    window.show_page(page)
                    for _ in range(5):
                        qt_app.processEvents()
                    path = out / f"{page}-{theme}-{scale}.png"
                    window.grab().save(str(path))
                    print(path)
                window.close()
                window.deleteLater()
                qt_app.processEvents()
        app.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
