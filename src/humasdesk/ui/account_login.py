"""The browser login while an account connects: the bridge between the platform's
``connect()`` (in a worker thread) and the dialog, and the panel that shows the login.

The panel shows the login address in a read-only field with Copy and Open buttons, a field for
pasting the address the browser ended on (or the code the page shows) when the platform needs
that, or the list of pages the login manages when there is a choice. What the user answers
goes back to the worker through the bridge.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import translate
from ..services.accounts import connecting_cancelled
from .context import UiContext
from .widgets import hint, labelled, name_scroll_bars

log = logging.getLogger(__name__)


class LoginBridge(QObject):
    """Lets the connect() running in a worker thread ask the dialog (on the GUI thread) to show
    the login page, and wait for a pasted address or a chosen page."""

    url_shown = Signal(str, bool)  # the login address; whether an answer must be pasted
    page_asked = Signal(list)  # the pages to choose from (dicts with id and name)

    def __init__(self, cancel: threading.Event):
        super().__init__()
        self.cancel = cancel
        self.answers: queue.Queue[str | None] = queue.Queue()

    # These run in the worker thread.
    def open_browser(self, url: str) -> bool:
        self.url_shown.emit(url, False)
        return True

    def paste_code(self, url: str) -> str:
        self.url_shown.emit(url, True)
        return self._answer()

    def choose_page(self, pages: list[dict]) -> str:
        self.page_asked.emit(pages)
        return self._answer()

    def _answer(self) -> str:
        answer = None
        while not self.cancel.is_set():  # no time limit, but a closed dialog ends the wait
            try:
                answer = self.answers.get(timeout=0.25)
                break
            except queue.Empty:
                continue
        if answer is None or self.cancel.is_set():
            raise connecting_cancelled()
        return answer


class LoginPanel(QWidget):
    """The login as the user follows it: shown in place of the form's fields.

    ``open_url`` opens an address in the browser. ``pasted`` carries the address (or code) he
    pasted; ``page_chosen`` the id of the page he chose.
    """

    pasted = Signal(str)
    page_chosen = Signal(str)

    def __init__(self, ui: UiContext, open_url: Callable[[str], object]):
        super().__init__()
        self.ui = ui
        self.open_url = open_url
        self.url = ""
        self.setObjectName("account_dialog.login")
        login = QVBoxLayout(self)
        login.setContentsMargins(0, 0, 0, 0)
        self.login_hint = hint("")
        self.login_hint.setObjectName("account_dialog.login_hint")
        login.addWidget(self.login_hint)
        self.url_field = QLineEdit()
        self.url_field.setObjectName("account_dialog.login_url")
        self.url_field.setReadOnly(True)  # read-only but focusable: he can read it and copy it
        login.addWidget(labelled(translate("Accounts", "Login &address:"), self.url_field))
        login.addWidget(self.url_field)
        row = QHBoxLayout()
        self.copy_button = QPushButton(translate("Accounts", "Cop&y address"))
        self.copy_button.setObjectName("account_dialog.copy")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_url)
        row.addWidget(self.copy_button)
        self.open_button = QPushButton(translate("Accounts", "Open in bro&wser"))
        self.open_button.setObjectName("account_dialog.open")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_url(self.url))
        row.addWidget(self.open_button)
        row.addStretch()
        login.addLayout(row)
        self.paste_field = QLineEdit()
        self.paste_field.setObjectName("account_dialog.paste")
        self.paste_label = labelled(translate(
            "Accounts", "&Paste the address the browser ended on (or the code it shows):"),
            self.paste_field)
        login.addWidget(self.paste_label)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_field, 1)
        self.continue_button = QPushButton(translate("Accounts", "Con&tinue"))
        self.continue_button.setObjectName("account_dialog.continue")
        self.continue_button.clicked.connect(self.send_paste)
        self.paste_field.returnPressed.connect(self.send_paste)  # Enter sends the address
        paste_row.addWidget(self.continue_button)
        login.addLayout(paste_row)
        self.page_list = QListWidget()
        self.page_list.setObjectName("account_dialog.pages")
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        name_scroll_bars(self.page_list, translate("Accounts", "the page list"))
        self.page_label = labelled(translate("Accounts", "&Which page:"), self.page_list)
        login.addWidget(self.page_label)
        login.addWidget(self.page_list)
        self.page_button = QPushButton(translate("Accounts", "&Use this page"))
        self.page_button.setObjectName("account_dialog.use_page")
        self.page_button.clicked.connect(self.send_page)
        self.page_list.activated.connect(lambda _index: self.send_page())  # Enter chooses
        login.addWidget(self.page_button)
        self.setVisible(False)

    def show_login(self, url: str, wants_paste: bool) -> QWidget:
        """Show the login address (and the paste field when an answer is needed); the browser
        opens the first time an address is shown. Returns the control to focus."""
        first_time = url != self.url
        self.url = url
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        self.setVisible(True)
        self.page_label.setVisible(False)
        self.page_list.setVisible(False)
        self.page_button.setVisible(False)
        self.paste_label.setVisible(wants_paste)
        self.paste_field.setVisible(wants_paste)
        self.continue_button.setVisible(wants_paste)
        self.continue_button.setEnabled(True)
        self.paste_field.setEnabled(True)
        if first_time:
            try:
                self.open_url(url)
            except Exception as exc:  # no browser: the address is in the field to copy
                log.info("could not open the browser: %s", type(exc).__name__)
        if wants_paste:
            self.login_hint.setText(translate(
                "Accounts", "The login page is open in the browser (its address is below, with "
                "a Copy button). Log in and allow access, then paste here the address the "
                "browser ends on, or the code the page shows, and press Enter."))
            return self.paste_field
        self.login_hint.setText(translate(
            "Accounts", "The login page is open in the browser (its address is below, with "
            "a Copy button). Log in and allow access; the browser then comes back to "
            "HumasDesk by itself."))
        return self.url_field

    def ask_page(self, pages: list) -> QWidget:
        """Show the pages the login manages to choose from. Returns the control to focus."""
        self.setVisible(True)
        for widget in (self.paste_label, self.paste_field, self.continue_button):
            widget.setVisible(False)
        self.page_list.clear()
        for page in pages:
            text = f"{page.get('name')} ({page.get('id')})"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, str(page.get("id")))
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.page_list.addItem(row)
        self.page_list.setCurrentRow(0)
        for widget in (self.page_label, self.page_list, self.page_button):
            widget.setVisible(True)
        self.page_button.setEnabled(True)
        count = len(pages)  # a plain name: lupdate skips translate() with a call for the count
        self.login_hint.setText(translate(
            "Accounts", "This login manages %n page(s). Choose the page to use, then press Use "
                        "this page.", None, count))
        return self.page_list

    def end(self) -> None:
        """The login is over (connected, failed or cancelled): hide it and forget the
        address."""
        self.setVisible(False)
        self.url = ""

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.ui.announcer.announce(translate("Accounts", "Login address copied."))

    def send_paste(self) -> None:
        text = self.paste_field.text().strip()
        if not self.paste_field.isVisible():
            return
        if not text:
            self.ui.announcer.announce(translate("Accounts", "Paste the address first."),
                                       assertive=True)
            return
        self.paste_field.clear()  # it carries a one-time code
        self.paste_field.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.pasted.emit(text)

    def send_page(self) -> None:
        row = self.page_list.currentItem()
        if row is None:
            return
        self.page_button.setEnabled(False)
        self.page_chosen.emit(row.data(Qt.ItemDataRole.UserRole))
