"""The main window: large navigation buttons on the left, the current page on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..app import App
from ..domain.i18n import translate
from .actions import ActionRegistry
from .announcer import Announcer, Notice
from .context import Events, UiContext
from .pages import FIRST_PAGE, PAGE_SPECS
from .sounds import Sounds
from .widgets import follow_focus, name_scroll_bars, refresh_style


def warm_up(app: App, ask_screen_reader: bool) -> bool | None:
    """Import and build, in a worker thread, what the window needs soon after it shows. On
    the first start, also ask whether a screen reader is running (the welcome chooses from
    it; a D-Bus round trip on Linux) and return the answer."""
    from .screen_reader import screen_reader_running

    app.composing.warm_up()
    # The inbox (issue 15): its reader starts once this is done, and its page must show its
    # first rows at once when he presses its key.
    from . import inbox_reply, inbox_watch  # noqa: F401
    from .pages import inbox  # noqa: F401
    return screen_reader_running() if ask_screen_reader else None


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
        nav_area = NavigationArea()
        nav = QVBoxLayout(nav_area.widget())
        nav.setContentsMargins(0, 0, 0, 0)
        self.nav_buttons = {}
        for name in PAGE_SPECS:
            # Plain buttons, not checkable ones: a screen reader would call those check boxes.
            # The current page is marked by style and in the accessible description.
            button = actions.button(f"page.{name}", two_lines=True)
            button.setObjectName(f"nav.{name}")
            # Never narrower than its text: at large text sizes the page scrolls, not this.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            # Marked before its first polish, so the first page's needs no re-styling.
            button.setProperty("current", name == FIRST_PAGE)
            nav.addWidget(button)
            self.nav_buttons[name] = button
            actions.bind(f"page.{name}", lambda n=name: self.show_page(n))
        nav.addStretch()
        row.addWidget(nav_area)
        self.nav_area = nav_area
        # The pages share one place; a plain container with a stacked layout, not a
        # QStackedWidget, which screen readers would call a "layered pane" at every page.
        pages = QWidget()
        self.stack = QStackedLayout(pages)
        row.addWidget(pages, 1)
        self.setCentralWidget(central)

        # The last message stays visible here (a QLabel, not QStatusBar: cheaper at start-up);
        # it is also how screen readers on Linux hear the messages (see announcer.py).
        self.status_label = Notice()
        self.ui.announcer.notice = self.status_label
        outer.addWidget(self.status_label)
        actions.bind("app.repeat_status", self.repeat_status)
        actions.bind("app.quit", self.close)
        actions.bind("app.palette", self.open_palette)
        actions.bind("app.single_key_mode", self.toggle_single_key_mode)
        # Voice commands (issue 18): built on first use.
        self._voice = None
        actions.bind("app.voice_command", lambda: self.voice.listen())
        # From the keyboard or the palette, choosing an account is done in the composer's list.
        for action_id in ("compose.choose_account", "compose.skip_account"):
            actions.bind(action_id, self.focus_accounts)
        self._single_keys = None

        self.pages: dict[str, QWidget] = {}
        self.show_page(FIRST_PAGE)  # the only page built before the window shows
        self.ui.events.edit_requested.connect(lambda *_: self.show_page("compose"))
        self.engine_runner = None
        self.screen_reader: bool | None = None  # known once ready (see warm_up)
        self.ready = False
        self._started = False

    def focus_accounts(self) -> None:
        self.show_page("compose")
        boxes = list(self.page("compose").account_boxes.values())
        if boxes:
            boxes[0].setFocus()

    @property
    def voice(self):
        if self._voice is None:
            from .voice_commands import VoiceCommands

            self._voice = VoiceCommands(self)
        return self._voice

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
        self.nav_area.finish_setup()
        first_start = not self.ui.app.settings.get("welcomed")  # read here: the GUI's store
        self.ui.tasks.run(lambda: warm_up(self.ui.app, first_start), self._warmed,
                          self._warmed)

    def _warmed(self, result=None) -> None:
        from .engine_runner import EngineRunner

        self.screen_reader = result if isinstance(result, bool) else None
        self.page("compose").finish_setup()
        self.single_keys.set_active(self.ui.app.settings.get("single_key_mode"))
        self.page("compose").accounts_ready()
        self.engine_runner = EngineRunner(self.ui, self)
        self._start_inbox()
        # Fitted copies not used for a month, or beyond the size cap, go (in the pool).
        self.ui.tasks.run(lambda: self.ui.app.media.prune_cache())
        self.ready = True
        self.became_ready.emit()

    # -- the inbox (issue 15) -----------------------------------------------------------------

    inbox_watch = None

    def _start_inbox(self) -> None:
        """Read the inboxes at their cadence and keep the new count on the Inbox button."""
        from .inbox_watch import InboxWatcher

        self.inbox_watch = InboxWatcher(self.ui, self.nav_buttons["inbox"], self)
        if "inbox" in self.pages:
            self.pages["inbox"].watch(self.inbox_watch)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.engine_runner is not None:
            self.engine_runner.stop()  # hand the lease to the agent at once
        if self.inbox_watch is not None:
            self.inbox_watch.stop()  # its timer and the notification streams
            self.ui.app.inbox.release()  # the agent may read the inboxes now
        super().closeEvent(event)

    def page(self, name: str) -> QWidget:
        """Pages other than the first are built when first needed, after the window shows."""
        if name not in self.pages:
            # Built inside the stack, so its widgets are styled once, not again on moving in.
            page = PAGE_SPECS[name].factory()(self.ui, self.stack.parentWidget())
            # Said by the screen reader when focus enters the page from another one.
            page.setAccessibleName(translate("MainWindow", "{page} page").format(
                page=self.ui.actions.actions[f"page.{name}"].text().replace("&", "")))
            self.pages[name] = page
            self.stack.addWidget(page)
            if name == "inbox" and self.inbox_watch is not None:
                page.watch(self.inbox_watch)
        return self.pages[name]

    def show_page(self, name: str) -> None:
        widget = self.page(name)
        already_there = self.isVisible() and self.stack.currentWidget() is widget
        self.stack.setCurrentWidget(widget)
        for page_name, button in self.nav_buttons.items():
            # Marked by style only: a description that changed with the page would be read
            # out again, stale, by a screen reader whose focus is on that button. Re-styled
            # only where the mark changes (re-styling re-lays out the column).
            if button.property("current") != (page_name == name):
                button.setProperty("current", page_name == name)
                refresh_style(button)
        if already_there:
            # Focus entering a page says its name; here focus stays on the page, so say it.
            self.ui.announcer.announce(translate("MainWindow", "Already on the {page}.").format(
                page=widget.accessibleName()))
        if self.isVisible():
            QTimer.singleShot(0, lambda: _focus_first(widget))

    def open_palette(self) -> None:
        from .palette import CommandPalette

        palette = CommandPalette(self.ui.actions, self.ui.announcer, self)
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
        return next((n for n, w in self.pages.items() if w is current), FIRST_PAGE)

    def repeat_status(self) -> None:
        if self.ui.announcer.history:
            self.ui.announcer.announce(self.ui.announcer.history[-1])


class _Column(QWidget):
    """The buttons' column: never shorter than its buttons' full height (they have a small
    minimum of their own, which would squeeze them), so its scroll area scrolls instead."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


class NavigationArea(QScrollArea):
    """The column of navigation buttons. When large text and a long message in the status
    line leave it less height than its buttons need, it scrolls up and down (following the
    focused button) instead of squeezing them; it is always as wide as its widest button plus
    the scroll bar, so no label is ever cut."""

    def __init__(self):
        super().__init__()
        self.setObjectName("navigation")
        self.setWidgetResizable(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        name_scroll_bars(self, translate("MainWindow", "the page buttons"))
        self.setWidget(_Column())
        self.widget().installEventFilter(self)
        follow_focus(self)

    def finish_setup(self) -> None:
        """After the first paint (Qt's "Qt" namespace, which these need, takes about 15 ms to
        load): the area takes no Tab focus, only its buttons do, and never scrolls sideways
        (it is as wide as its widest button anyway)."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LayoutRequest:  # the text size changed
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget().sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width()
                     + 2 * self.frameWidth(), inner.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.sizeHint().width(), 0)


def _focus_first(page: QWidget) -> None:
    from PySide6.QtCore import Qt

    for child in page.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and \
                child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus()
            return

