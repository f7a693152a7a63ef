"""Start the window: build the services once, apply the theme, show the composer first."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..app import CANNOT_START, App
from ..domain.identity import APP_ID, APP_NAME
from . import theme
from .context import Events
from .main_window import MainWindow


class GuiController:
    """Owns the window; rebuilds it when the language changes so every label is retranslated."""

    def __init__(self, qt_app: QApplication, app: App):
        self.qt_app = qt_app
        self.app = app
        self.events = Events()
        self.events.settings_changed.connect(self._settings_changed)
        self.welcome_dialog = None
        self._rebuild_after_welcome = False
        self.apply_theme()
        self.window = self._new_window()

    def apply_theme(self) -> None:
        theme.apply(self.qt_app, self.app.settings.get("theme"),
                    self.app.settings.get("text_scale"), self.app.paths.cache)

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.app, self.events)
        return window

    def show(self) -> None:
        self.window.show()
        # Keys typed as soon as the window appears go into the post text, not to a button.
        self.window.page("compose").focus_editor()
        # After the first paint: load the rest, then offer back a draft left by a crash or a
        # killed process (or, the first time, welcome him).
        self.window.became_ready.connect(self._ready)
        QTimer.singleShot(150, self.window.start_background_work)

    def _ready(self) -> None:
        if self.app.settings.get("welcomed"):
            self.window.page("compose").offer_unsent_draft()
        else:
            self.welcome()

    def welcome(self) -> None:
        from .welcome import WelcomeDialog

        dialog = WelcomeDialog(self.app, self.events,
                               lambda text: self.window.ui.announcer.announce(text),
                               self.window.screen_reader)
        self.welcome_dialog = dialog
        dialog.exec()
        self.welcome_dialog = None
        if self._rebuild_after_welcome:
            self._rebuild_after_welcome = False
            self._rebuild()
        self.window.activateWindow()
        self.window.page("compose").offer_unsent_draft()

    def _settings_changed(self, key: str) -> None:
        if key in ("theme", "text_scale"):
            self.apply_theme()
        elif key == "single_key_mode":
            self.window.single_keys.set_active(self.app.settings.get("single_key_mode"))
        elif key == "language":
            if self.welcome_dialog is not None:
                self._rebuild_after_welcome = True  # keep the welcome in front; rebuild after
            else:
                QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        old = self.window
        page = old.current_page_name()
        geometry = old.saveGeometry()
        self.window = self._new_window()
        self.window.restoreGeometry(geometry)
        self.window.show_page(page)
        self.window.show()
        self.window.start_background_work()  # its own accounts and engine; no new welcome
        old.hide()
        old.deleteLater()


def cannot_start(message: str) -> int:
    """The data folder or file cannot be used: say so in a dialog (he may have started
    HumasDesk from the desktop menu, where nothing printed is seen) and on the terminal."""
    from PySide6.QtWidgets import QMessageBox

    print(message, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "HumasDesk", message)
    box.exec()
    return 2


def app_icon():
    """HumasDesk's icon at every size it is drawn in (src/humasdesk/assets/icons)."""
    from pathlib import Path

    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((Path(__file__).parents[1] / "assets" / "icons").glob("humasdesk-*.png")):
        icon.addFile(str(png))
    return icon


def set_identity(qt_app: QApplication, icon: bool = True) -> None:
    """The name, the icon and the application id (the desktop entry's name: Wayland and the
    taskbar match the window to the installed entry and its icon by it). The id must be set
    before the first window; the icon (a few milliseconds of reading images) may follow it."""
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationDisplayName(APP_NAME)
    qt_app.setDesktopFileName(APP_ID)
    if icon:
        qt_app.setWindowIcon(app_icon())


def run_gui(argv: Sequence[str] = ()) -> int:
    qt_app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    set_identity(qt_app, icon=False)
    try:
        app = App.build()
    except CANNOT_START as exc:
        return cannot_start(str(exc))
    controller = GuiController(qt_app, app)
    controller.show()
    # After the first paint, with the rest of the start-up work: the taskbar takes it then.
    QTimer.singleShot(150, lambda: qt_app.setWindowIcon(app_icon()))
    try:
        return qt_app.exec()
    finally:
        app.close()
