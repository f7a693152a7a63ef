"""The main window: large navigation buttons on the left, the current page on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..app import App
from ..domain.i18n import translate
from .actions import ActionRegistry
from .announcer import Announcer
from .context import Events, UiContext
from .sounds import Sounds
from .widgets import refresh_style

PAGES = ("compose", "queue", "accounts", "settings")


def warm_up(app: App) -> None:
    """Import and build, in a worker thread, what the window needs soon after it shows."""
    from ..domain.textrules import measure
    from ..publishing import engine  # noqa: F401 - imported for its cost, here

    registry = app.registry
    for spec in registry.specs():
        measure("", spec.capabilities.text_rules)


class MainWindow(QMainWindow):
    became_ready = Signal()

    def __init__(self, app: App, events: Events | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(translate("MainWindow", "HumasDesk"))
        self.setAccessibleName(translate("MainWindow", "HumasDesk"))
        self.resize(1100, 800)
        actions = ActionRegistry(self, app.settings)
        self.ui = UiContext(app=app, actions=actions, announcer=Announcer(self),
                            events=events or Events(self),
                            sounds=Sounds(app.paths.cache / "sounds", app.settings), owner=self)

        central = QWidget()
        outer = QVBoxLayout(central)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        nav = QVBoxLayout()
        self.nav_buttons = {}
        for name in PAGES:
            # Plain buttons, not checkable ones: a screen reader would call those check boxes.
            # The current page is marked by style and in the accessible description.
            button = actions.button(f"page.{name}", two_lines=True)
            button.setObjectName(f"nav.{name}")
            # Never narrower than its text: at large text sizes the page scrolls, not this.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            nav.addWidget(button)
            self.nav_buttons[name] = button
            actions.bind(f"page.{name}", lambda n=name: self.show_page(n))
        nav.addStretch()
        row.addLayout(nav)
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # The last message stays visible here (a QLabel, not QStatusBar: cheaper at start-up).
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setProperty("role", "status")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        self.ui.announcer.announced.connect(lambda text, _a: self.status_label.setText(text))
        actions.bind("app.repeat_status", self.repeat_status)
        actions.bind("app.quit", self.close)
        actions.bind("app.palette", self.open_palette)
        actions.bind("app.single_key_mode", self.toggle_single_key_mode)
        self._single_keys = None

        self.pages: dict[str, QWidget] = {}
        self.show_page("compose")
        self.ui.events.edit_requested.connect(lambda *_: self.show_page("compose"))
        self.engine_runner = None
        self.ready = False
        self._started = False

    @property
    def single_keys(self):
        if self._single_keys is None:
            from .single_key import SingleKeyFilter

            self._single_keys = SingleKeyFilter(self, self.ui.actions)
        return self._single_keys

    def start_background_work(self) -> None:
        """Called once the window is on screen. What the first paint does not need loads now,
        off the GUI thread: the platform layer (adapters, HTTP), the text rules (their large
        patterns compile on import) and the publishing engine. Then the accounts appear in
        the composer and publishing starts; ``ready`` is emitted."""
        if self._started:
            return
        self._started = True
        self.ui.tasks.run(lambda: warm_up(self.ui.app), self._warmed, self._warmed)

    def _warmed(self, _result=None) -> None:
        from .engine_runner import EngineRunner

        self.page("compose").finish_setup()
        self.single_keys.set_active(self.ui.app.settings.get("single_key_mode"))
        self.page("compose").accounts_ready()
        self.engine_runner = EngineRunner(self.ui, self)
        self.ready = True
        self.became_ready.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.engine_runner is not None:
            self.engine_runner.stop()  # hand the lease to the agent at once
        super().closeEvent(event)

    def page(self, name: str) -> QWidget:
        """Pages other than the composer are built when first needed, after the window shows."""
        if name not in self.pages:
            # Built inside the stack, so its widgets are styled once, not again on moving in.
            self.pages[name] = _PAGE_FACTORIES[name]()(self.ui, self.stack)
            self.stack.addWidget(self.pages[name])
        return self.pages[name]

    def show_page(self, name: str) -> None:
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        for page_name, button in self.nav_buttons.items():
            current = page_name == name
            button.setProperty("current", current)
            base = button.property("base_description")
            if base is None:
                base = button.accessibleDescription()
                button.setProperty("base_description", base)
            button.setAccessibleDescription(
                translate("MainWindow", "Current page. {details}").format(details=base)
                if current else base)
            refresh_style(button)
        if self.isVisible():
            QTimer.singleShot(0, lambda: _focus_first(widget))

    def open_palette(self) -> None:
        from .palette import CommandPalette

        palette = CommandPalette(self.ui.actions, self)
        if palette.exec() and palette.chosen is not None:
            palette.chosen.trigger()

    def toggle_single_key_mode(self) -> None:
        on = not self.ui.app.settings.get("single_key_mode")
        self.ui.app.settings.set("single_key_mode", on)
        self.single_keys.set_active(on)
        self.ui.events.settings_changed.emit("single_key_mode")
        self.ui.announcer.announce(
            translate("MainWindow", "Single-key mode is on: letters alone run actions while "
                                    "you are not in a text field.") if on else
            translate("MainWindow", "Single-key mode is off."))

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next((n for n, w in self.pages.items() if w is current), "compose")

    def repeat_status(self) -> None:
        if self.ui.announcer.history:
            self.ui.announcer.announce(self.ui.announcer.history[-1])


def _focus_first(page: QWidget) -> None:
    from PySide6.QtCore import Qt

    for child in page.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and \
                child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus()
            return


def _compose():
    from .pages.compose import ComposePage
    return ComposePage


def _queue():
    from .pages.queue import QueuePage
    return QueuePage


def _accounts():
    from .pages.accounts import AccountsPage
    return AccountsPage


def _settings():
    from .pages.settings import SettingsPage
    return SettingsPage


_PAGE_FACTORIES: dict[str, Callable[[], type]] = {
    "compose": _compose, "queue": _queue, "accounts": _accounts, "settings": _settings}
