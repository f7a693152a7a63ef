"""Adding and reconnecting an account, by keyboard alone.

Step 1 chooses the platform from a list (each row says what connecting needs); step 2 shows that
platform's fields, labelled, with secrets in password fields, and Connect. Connecting runs in the
task runner, off the GUI thread; progress is announced; an error is shown in words next to the
field it concerns (or above Connect) and announced, and everything typed stays. A browser login
shows its address in a read-only field with a Copy button, and a field for pasting the address
the browser ended on when the platform needs that.

The parts: the form's fields are built from the platform's form by ``account_form.py``; the
browser login (and the choice of a page) is ``account_login.py``; this dialog holds the steps
and connects and saves through the accounts service (``app.accounts``), which the command line
shares, so both ask for the same things.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from ..domain.model import Account
from ..services.accounts import NAME_FIELD, PlatformForm, form_notes, prefilled, problems
from ..services.errors import AuthExpired, PlatformError, Rejected
from .account_form import AccountForm, FieldWidgets
from .account_login import LoginBridge, LoginPanel
from .context import UiContext
from .widgets import heading, hint, labelled, name_scroll_bars, refresh_style, scrolling_part

log = logging.getLogger(__name__)

# A browser login waits for the user as long as he needs (no time limits); Cancel ends it.
LOGIN_WAIT_SECONDS = 24 * 3600.0


class _Steps(QWidget):
    """The dialog's steps, one shown at a time. A plain layout rather than a QStackedWidget:
    a stacked widget does not pass on height-for-width, so wrapped text (at large text sizes)
    would be cut off."""

    def __init__(self):
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget, 1)
        widget.setVisible(widget is self._current)

    def replace(self, old: QWidget, new: QWidget) -> None:
        self._layout.replaceWidget(old, new)
        new.setVisible(old is self._current)
        if old is self._current:
            self._current = new
        old.setParent(None)
        old.deleteLater()

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        self._current = widget
        for index in range(self._layout.count()):
            child = self._layout.itemAt(index).widget()
            if child is not None:
                child.setVisible(child is widget)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._current


class AccountDialog(QDialog):
    """Add an account (``previous`` None) or reconnect ``previous``.

    ``open_url`` opens the login page; by default the desktop's browser. ``account`` holds the
    saved account once connected.
    """

    def __init__(self, ui: UiContext, parent: QWidget | None = None,
                 previous: Account | None = None,
                 open_url: Callable[[str], object] | None = None):
        super().__init__(parent)
        self.ui = ui
        self.accounts = ui.app.accounts
        self.previous = previous
        self.open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.account: Account | None = None
        self.form: PlatformForm | None = None
        self.form_fields: AccountForm | None = None  # the fields of step 2
        self.login: LoginPanel | None = None  # the browser login, in their place meanwhile
        self.connecting = False
        self.cancel_event: threading.Event | None = None
        self.bridge: LoginBridge | None = None
        title = translate("Accounts", "Reconnect “{name}”").format(name=previous.name) \
            if previous is not None else translate("Accounts", "Add an account")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("account_dialog")
        self.resize(820, 760)

        layout = QVBoxLayout(self)
        # The steps scroll when a larger text size makes them taller than the dialog; the
        # status and the buttons stay in view below them.
        self.steps = _Steps()
        scrolling_part(layout, translate("Accounts", "the steps")).addWidget(self.steps)
        self._build_choose_step()
        self.fields_step = QWidget()
        self.steps.add(self.fields_step)

        # Progress and errors that belong to no single field, just above the buttons.
        self.status = hint("")
        self.status.setObjectName("account_dialog.status")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.error = hint("", role="error")
        self.error.setObjectName("account_dialog.error")
        self.error.setVisible(False)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Accounts", "&Back"))
        self.back_button.setObjectName("account_dialog.back")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(translate("Accounts", "&Next"))
        self.next_button.setObjectName("account_dialog.next")
        self.next_button.clicked.connect(self.go_next)
        self.connect_button = QPushButton(translate("Accounts", "C&onnect"))
        self.connect_button.setObjectName("account_dialog.connect")
        self.connect_button.clicked.connect(self.start_connect)
        self.cancel_button = QPushButton(translate("Accounts", "Cancel"))
        self.cancel_button.setObjectName("account_dialog.cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button, self.connect_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)  # apart from the others
        layout.addLayout(buttons)

        if previous is not None:
            self.show_fields(previous.platform)
        else:
            self._show_choose()

    # -- step 1: the platform -----------------------------------------------------------------

    def _build_choose_step(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(translate("Accounts", "Step 1 of 2: choose the platform")))
        column.addWidget(hint(translate(
            "Accounts", "Use the arrow keys to choose, then press Enter. Each line says what "
            "connecting needs.")))
        self.platform_list = QListWidget()
        self.platform_list.setObjectName("account_dialog.platforms")
        self.platform_list.setWordWrap(True)
        self.platform_list.setSpacing(2)
        self.platform_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        name_scroll_bars(self.platform_list, translate("Accounts", "the platform list"))
        column.addWidget(labelled(translate("Accounts", "&Platform:"), self.platform_list))
        column.addWidget(self.platform_list, 1)
        for form in self.accounts.forms():
            name = self.accounts.platform_name(form.platform)
            needs = self.accounts.needs_line(form)
            row = QListWidgetItem(f"{name}\n{needs}")
            row.setData(Qt.ItemDataRole.UserRole, form.platform)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {needs}")
            self.platform_list.addItem(row)
        self.platform_list.setCurrentRow(0)
        self.steps.add(page)
        self.choose_step = page

    def _show_choose(self) -> None:
        self.steps.setCurrentWidget(self.choose_step)
        self.back_button.setVisible(False)
        self.next_button.setVisible(True)
        self.connect_button.setVisible(False)
        self.next_button.setDefault(True)
        self.connect_button.setDefault(False)
        self._set_error("")
        self._set_status("")
        self.platform_list.setFocus()

    def selected_platform(self) -> str:
        row = self.platform_list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else ""

    def go_next(self) -> None:
        platform = self.selected_platform()
        if platform:
            self.show_fields(platform)

    def go_back(self) -> None:
        if self.previous is None and not self.connecting:
            self._show_choose()
            self.ui.announcer.announce(translate("Accounts", "Step 1 of 2: choose the "
                                                             "platform."))

    # -- step 2: the platform's fields --------------------------------------------------------

    def show_fields(self, platform: str) -> None:
        form = self.accounts.form_for(platform)
        if self.form is None or self.form.platform != platform:
            self._build_fields(form)
        self.steps.setCurrentWidget(self.fields_step)
        self.back_button.setVisible(self.previous is None)
        self.next_button.setVisible(False)
        self.connect_button.setVisible(True)
        self.next_button.setDefault(False)
        self.connect_button.setDefault(True)  # Enter in any field connects
        (self.form_fields.first_control() or self.connect_button).setFocus()
        name = self.accounts.platform_name(platform)
        self.ui.announcer.announce(translate("Accounts", "{platform}. {needs}").format(
            platform=name, needs=self.accounts.needs_line(form, self.values())))

    @property
    def fields(self) -> dict[str, FieldWidgets]:
        """The fields of step 2 by key (none before a platform is chosen)."""
        return self.form_fields.fields if self.form_fields is not None else {}

    @property
    def url_field(self) -> QLineEdit:
        return self.login.url_field

    @property
    def paste_field(self) -> QLineEdit:
        return self.login.paste_field

    def _build_fields(self, form: PlatformForm) -> None:
        self.form = form
        old = self.fields_step
        self.fields_step = QWidget()
        self.steps.replace(old, self.fields_step)

        outer = QVBoxLayout(self.fields_step)
        outer.setContentsMargins(0, 0, 0, 0)
        name = self.accounts.platform_name(form.platform)
        if self.previous is None:
            title = translate("Accounts", "Step 2 of 2: {platform}").format(platform=name)
        else:
            title = translate("Accounts", "Reconnect “{name}” ({platform})").format(
                name=self.previous.name, platform=name)
        outer.addWidget(heading(title))
        # What the platform needs, above the scroll area so it always shows whole.
        self.needs_label = hint(translate("Accounts", form.needs))
        outer.addWidget(self.needs_label)
        if form.notes:
            outer.addWidget(hint(form_notes(form)))
        scroll = self.scroll = QScrollArea()
        scroll.setObjectName("account_dialog.scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it reflows
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        name_scroll_bars(scroll, translate("Accounts", "the account's fields"))
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        body_column = QVBoxLayout(body)
        # The fields and, in their place while a browser login runs, the login: both in the
        # scroll area, so nothing is cut off at large text sizes.
        specs = list(form.fields)
        intro = ""
        if self.previous is None:
            specs.insert(0, NAME_FIELD)
        else:
            intro = translate(
                "Accounts", "Log in again; the account keeps its name, its posts and its "
                "settings. Passwords and tokens are not shown: type them again.")
        self.form_fields = AccountForm(form, specs, prefilled(form, self.previous),
                                       self.accounts, intro=intro)
        self.form_fields.setObjectName("account_dialog.fields")
        body_column.addWidget(self.form_fields)
        # The browser login: shown once connecting reaches it.
        self.login = LoginPanel(self.ui, lambda url: self.open_url(url))
        self.login.pasted.connect(self._send_pasted)
        self.login.page_chosen.connect(self._send_page)
        body_column.addWidget(self.login)
        body_column.addStretch()

    def values(self) -> dict[str, str]:
        return self.form_fields.values() if self.form_fields is not None else {}

    # -- connecting ---------------------------------------------------------------------------

    def start_connect(self) -> None:
        if self.connecting or self.form is None:
            return
        self.form_fields.clear_errors()
        self._set_error("")
        values = self.values()
        found = problems(self.form, values)
        if found:
            self.form_fields.mark(found)
            self._fail_at(found[0][0], found[0][1])
            return
        if self.previous is None:
            try:
                self.accounts.check_name_free(values.get("name", ""))
            except UserInputError as exc:
                self.fields["name"].set_error(str(exc))
                self._fail_at("name", str(exc))
                return
        self._set_busy(True)
        name = self.accounts.platform_name(self.form.platform)
        self._set_status(translate("Accounts", "Connecting to {platform}…").format(
            platform=name))
        self.cancel_event = threading.Event()
        self.bridge = LoginBridge(self.cancel_event)
        self.bridge.url_shown.connect(self._show_login)
        self.bridge.page_asked.connect(self._ask_page)
        # However the dialog goes away (closed, deleted with the window, the app quitting),
        # the worker stops waiting for the browser.
        self.destroyed.connect(self.cancel_event.set)
        QCoreApplication.instance().aboutToQuit.connect(self.cancel_event.set)
        bridge, cancel, previous, platform = (self.bridge, self.cancel_event, self.previous,
                                              self.form.platform)
        accounts = self.accounts

        def work() -> Account:
            return accounts.connect(platform, values, previous=previous,
                                    open_browser=bridge.open_browser,
                                    paste_code=bridge.paste_code,
                                    choose_page=bridge.choose_page, cancel=cancel,
                                    timeout=LOGIN_WAIT_SECONDS)

        self.ui.tasks.run(work, self._connected, self._failed)

    def _connected(self, account: Account) -> None:
        cancelled = self.cancel_event is not None and self.cancel_event.is_set()
        self._set_busy(False)
        if cancelled:  # he cancelled while it finished: keep nothing
            self._forget_later(account)
            return
        try:
            # A name already taken (by the platform's own name, say) or a data file that
            # cannot be written: the login just made is forgotten again.
            saved = self.accounts.save_connected(account, self.previous,
                                         forget=self._forget_later)
        except UserInputError as exc:
            if "name" in self.fields:
                self.fields["name"].set_error(str(exc))
            self._fail_at("name", str(exc))
            return
        except Exception as exc:  # the data file could not be written
            log.exception("saving the connected account failed")
            self._set_error(str(exc))
            self.ui.announcer.announce(str(exc), assertive=True)
            return
        self.account = saved
        self.ui.events.accounts_changed.emit()
        message = translate("Accounts", "Connected “{name}”.").format(name=saved.name) \
            if self.previous is None else \
            translate("Accounts", "Reconnected “{name}”.").format(name=saved.name)
        note = self.accounts.account_note(saved)
        if note:
            message += " " + note
        self.ui.announcer.announce(message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        cancelled = self.cancel_event is not None and self.cancel_event.is_set()
        self._set_busy(False)
        if cancelled:
            return
        if isinstance(exc, PlatformError):
            message = exc.message
        elif isinstance(exc, UserInputError):
            message = str(exc)
        else:
            log.error("connecting failed", exc_info=exc)
            message = translate("Accounts", "Connecting failed unexpectedly ({reason}). Nothing "
                                            "was saved.").format(reason=type(exc).__name__)
        key = ""
        if isinstance(exc, Rejected):
            key = self.form_fields.key_with_value(exc.platform_message)
        elif isinstance(exc, AuthExpired) and not self.form.browser:
            # A refused login: the password (or token) is what is most likely wrong.
            key = self.form_fields.secret_key()
        if key:
            self.fields[key].set_error(message)
        self._fail_at(key, message)

    def _fail_at(self, key: str, message: str) -> None:
        """Show and announce ``message``; put the focus on the field it concerns."""
        field = self.fields.get(key)
        if field is None:
            self._set_error(message)
        self._set_status("")
        self.ui.announcer.announce(message, assertive=True)
        target = field.control if field is not None else (
            self.form_fields.first_control() or self.connect_button)
        self._focus(target)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def _focus(self, widget: QWidget) -> None:
        """Focus ``widget`` and scroll it into view (the scroll area only follows Tab)."""
        widget.setFocus()
        if self.scroll.isAncestorOf(widget):
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(widget)
                              if widget.isVisible() else None)

    def _set_busy(self, busy: bool) -> None:
        self.connecting = busy
        self.form_fields.set_enabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.login.end()
            self.form_fields.setVisible(True)  # the fields, as typed, for another try

    def _forget_later(self, account: Account) -> None:
        self.ui.tasks.run(lambda: self.accounts.forget_quietly(account))

    # -- the browser login --------------------------------------------------------------------

    def _show_login(self, url: str, wants_paste: bool) -> None:
        if not self.connecting:
            return
        # While the browser login runs the fields cannot change: the login alone is shown.
        target = self.login.show_login(url, wants_paste)
        self.form_fields.setVisible(False)
        self._focus(target)
        self._set_status(translate("Accounts", "Waiting for the login in the browser."))
        self.ui.announcer.announce(self.login.login_hint.text())

    def _send_pasted(self, text: str) -> None:
        if self.bridge is None:
            return
        self.cancel_button.setFocus()
        self._set_status(translate("Accounts", "Finishing the login…"))
        self.ui.announcer.announce(translate("Accounts", "Finishing the login…"))
        self.bridge.answers.put(text)

    def _ask_page(self, pages: list) -> None:
        if not self.connecting:
            return
        target = self.login.ask_page(pages)
        self.form_fields.setVisible(False)
        self._focus(target)
        self.ui.announcer.announce(self.login.login_hint.text())

    def _send_page(self, page_id: str) -> None:
        if self.bridge is None:
            return
        self.cancel_button.setFocus()
        self.bridge.answers.put(page_id)

    # -- closing ------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing the dialog while connecting cancels the login (Escape, Cancel, closing)."""
        if self.connecting and self.cancel_event is not None and not self.cancel_event.is_set():
            self.cancel_event.set()
            if self.bridge is not None:
                self.bridge.answers.put(None)
            self.ui.announcer.announce(translate("Accounts", "Connecting was cancelled. Nothing "
                                                             "was saved."))
        super().done(result)

    # -- messages -----------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text and self.connecting:
            self.ui.announcer.announce(text)

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        refresh_style(self.error)
