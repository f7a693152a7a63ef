"""Adding and reconnecting an account, by keyboard alone.

Step 1 chooses the platform from a list (each row says what connecting needs); step 2 shows that
platform's fields, labelled, with secrets in password fields, and Connect. Connecting runs in the
task runner, off the GUI thread; progress is announced; an error is shown in words next to the
field it concerns (or above Connect) and announced, and everything typed stays. A browser login
shows its address in a read-only field with a Copy button, and a field for pasting the address
the browser ended on when the platform needs that.

What each platform asks for, and how it is connected and saved, is shared with the command line
(``humasdesk.services.accounts``).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
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
from ..services import accounts as forms
from ..services.errors import AuthExpired, PlatformError, Rejected
from .choice_box import ChoiceBox
from .context import UiContext
from .widgets import heading, hint, labelled, name_scroll_bars, refresh_style, scrolling_part

log = logging.getLogger(__name__)

# A browser login waits for the user as long as he needs (no time limits); Cancel ends it.
LOGIN_WAIT_SECONDS = 24 * 3600.0


class _LoginBridge(QObject):
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
            raise forms.connecting_cancelled()
        return answer


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


class _Field:
    """One field on the form: its control, its help line and its error line."""

    def __init__(self, spec: forms.FormField, control: QWidget, label: QLabel,
                 help_label: QLabel | None, error: QLabel):
        self.spec = spec
        self.control = control
        self.label = label
        self.help_label = help_label
        self.error = error
        self.base_description = control.accessibleDescription()

    def value(self) -> str:
        if isinstance(self.control, QLineEdit):
            return self.control.text()
        if isinstance(self.control, QComboBox):
            return str(self.control.currentData() or "")
        if isinstance(self.control, QCheckBox):
            return "1" if self.control.isChecked() else ""
        return ""

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        # Read when the field gets focus, so the error is heard where it applies.
        self.control.setAccessibleDescription(
            f"{message} {self.base_description}".strip() if message else self.base_description)


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
        self.form: forms.PlatformForm | None = None
        self.fields: dict[str, _Field] = {}
        self.connecting = False
        self.cancel_event: threading.Event | None = None
        self.bridge: _LoginBridge | None = None
        self.login_url = ""
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
        first = next((f.control for f in self.fields.values() if f.control.isEnabled()),
                     self.connect_button)
        first.setFocus()
        name = self.accounts.platform_name(platform)
        self.ui.announcer.announce(translate("Accounts", "{platform}. {needs}").format(
            platform=name, needs=self.accounts.needs_line(form, self.values())))

    def _build_fields(self, form: forms.PlatformForm) -> None:
        self.form = form
        self.fields = {}
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
            outer.addWidget(hint(forms.form_notes(form)))
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
        self.fields_box = QWidget()
        self.fields_box.setObjectName("account_dialog.fields")
        column = QVBoxLayout(self.fields_box)
        column.setContentsMargins(0, 0, 0, 0)

        values = forms.prefilled(form, self.previous)
        specs = list(form.fields)
        if self.previous is None:
            specs.insert(0, forms.NAME_FIELD)
        else:
            column.addWidget(hint(translate(
                "Accounts", "Log in again; the account keeps its name, its posts and its "
                "settings. Passwords and tokens are not shown: type them again.")))
        for spec in specs:
            self.fields[spec.key] = self._add_field(column, form, spec, values.get(spec.key, ""))
        body_column.addWidget(self.fields_box)

        # The browser login: shown once connecting reaches it.
        self.login_box = QWidget()
        self.login_box.setObjectName("account_dialog.login")
        login = QVBoxLayout(self.login_box)
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
        self.open_button.clicked.connect(lambda: self.open_url(self.login_url))
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
        self.login_box.setVisible(False)
        body_column.addWidget(self.login_box)
        body_column.addStretch()

    def _add_field(self, column: QVBoxLayout, form: forms.PlatformForm, spec: forms.FormField,
                   value: str) -> _Field:
        object_name = f"account_dialog.{spec.key}"
        help_text = translate("Accounts", spec.help) if spec.help else ""
        if spec.kind == "check":
            control: QWidget = QCheckBox(spec.title())
            control.setChecked(value not in ("", "0"))
            control.setAccessibleName(spec.title())
            if help_text:
                control.setAccessibleDescription(help_text)
            label = QLabel()
            label.setVisible(False)
        else:
            if spec.kind == "choice":
                control = ChoiceBox()
                for choice_value, choice_label in self.accounts.choices(form.platform,
                                                                spec.key):
                    control.addItem(choice_label, choice_value)
                control.setCurrentIndex(max(control.findData(value), 0))
            else:
                control = QLineEdit()
                if spec.secret:
                    control.setEchoMode(QLineEdit.EchoMode.Password)
                    control.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText |
                                                Qt.InputMethodHint.ImhNoPredictiveText)
                else:
                    control.setText(value)
            label = labelled(spec.title() + ":", control, help_text)
            column.addWidget(label)
        control.setObjectName(object_name)
        column.addWidget(control)
        help_label = None
        if self.accounts.choice_note(form.platform, spec.key, spec.default):
            help_label = hint("")
            column.addWidget(help_label)
            control.currentIndexChanged.connect(lambda *_: self._choice_changed(spec.key))
        elif help_text:
            help_label = hint(help_text)
            column.addWidget(help_label)
        error = hint("", role="error")
        error.setObjectName(f"{object_name}.error")
        error.setVisible(False)
        column.addWidget(error)
        field = _Field(spec, control, label, help_label, error)
        if self.accounts.choice_note(form.platform, spec.key, spec.default):
            self.fields[spec.key] = field
            self._choice_changed(spec.key)
        return field

    def _choice_changed(self, key: str) -> None:
        """A choice whose meaning is said under it (where images go): say the new one."""
        field = self.fields.get(key)
        if field is None or self.form is None:
            return
        text = self.accounts.choice_note(self.form.platform, key, field.value())
        if field.help_label is not None:
            field.help_label.setText(text)
        field.base_description = text
        field.control.setAccessibleDescription(text)

    def values(self) -> dict[str, str]:
        return {key: field.value() for key, field in self.fields.items()}

    # -- connecting ---------------------------------------------------------------------------

    def start_connect(self) -> None:
        if self.connecting or self.form is None:
            return
        for field in self.fields.values():
            field.set_error("")
        self._set_error("")
        values = self.values()
        found = forms.problems(self.form, values)
        if found:
            for key, message in found:
                if key in self.fields and not self.fields[key].error.text():
                    self.fields[key].set_error(message)
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
        self.bridge = _LoginBridge(self.cancel_event)
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
            key = self._field_with_value(exc.platform_message)
        elif isinstance(exc, AuthExpired) and not self.form.browser:
            # A refused login: the password (or token) is what is most likely wrong.
            key = next((k for k, f in self.fields.items() if f.spec.secret), "")
        if key:
            self.fields[key].set_error(message)
        self._fail_at(key, message)

    def _field_with_value(self, text: str) -> str:
        text = (text or "").strip()
        if not text:
            return ""
        if text == "token" and "token" in self.fields:
            return "token"
        for key, field in self.fields.items():
            value = field.value().strip()
            if value and (value == text or value.rstrip("/") in text):
                return key
        return ""

    def _fail_at(self, key: str, message: str) -> None:
        """Show and announce ``message``; put the focus on the field it concerns."""
        field = self.fields.get(key)
        if field is None:
            self._set_error(message)
        self._set_status("")
        self.ui.announcer.announce(message, assertive=True)
        target = field.control if field is not None else next(
            (f.control for f in self.fields.values() if f.control.isEnabled()),
            self.connect_button)
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
        for field in self.fields.values():
            field.control.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self.login_box.setVisible(False)
            self.fields_box.setVisible(True)  # the fields, as typed, for another try
            self.login_url = ""

    def _forget_later(self, account: Account) -> None:
        self.ui.tasks.run(lambda: self.accounts.forget_quietly(account))

    # -- the browser login --------------------------------------------------------------------

    def _show_login(self, url: str, wants_paste: bool) -> None:
        if not self.connecting:
            return
        first_time = url != self.login_url
        self.login_url = url
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        # While the browser login runs the fields cannot change: the login alone is shown.
        self.fields_box.setVisible(False)
        self.login_box.setVisible(True)
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
            text = translate(
                "Accounts", "The login page is open in the browser (its address is below, with "
                "a Copy button). Log in and allow access, then paste here the address the "
                "browser ends on, or the code the page shows, and press Enter.")
            self._focus(self.paste_field)
        else:
            text = translate(
                "Accounts", "The login page is open in the browser (its address is below, with "
                "a Copy button). Log in and allow access; the browser then comes back to "
                "HumasDesk by itself.")
            self._focus(self.url_field)
        self.login_hint.setText(text)
        self._set_status(translate("Accounts", "Waiting for the login in the browser."))
        self.ui.announcer.announce(text)

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.login_url)
        self.ui.announcer.announce(translate("Accounts", "Login address copied."))

    def send_paste(self) -> None:
        text = self.paste_field.text().strip()
        if self.bridge is None or not self.paste_field.isVisible():
            return
        if not text:
            self.ui.announcer.announce(translate("Accounts", "Paste the address first."),
                                       assertive=True)
            return
        self.paste_field.clear()  # it carries a one-time code
        self.paste_field.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.cancel_button.setFocus()
        self._set_status(translate("Accounts", "Finishing the login…"))
        self.ui.announcer.announce(translate("Accounts", "Finishing the login…"))
        self.bridge.answers.put(text)

    def _ask_page(self, pages: list) -> None:
        if not self.connecting:
            return
        self.fields_box.setVisible(False)
        self.login_box.setVisible(True)
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
        self._focus(self.page_list)
        count = len(pages)  # a plain name: lupdate skips translate() with a call for the count
        text = translate("Accounts", "This login manages %n page(s). Choose the page to use, "
                                     "then press Use this page.", None, count)
        self.login_hint.setText(text)
        self.ui.announcer.announce(text)

    def send_page(self) -> None:
        row = self.page_list.currentItem()
        if self.bridge is None or row is None:
            return
        self.page_button.setEnabled(False)
        self.cancel_button.setFocus()
        self.bridge.answers.put(row.data(Qt.ItemDataRole.UserRole))

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


def confirm_removal(parent: QWidget, question: str) -> bool:
    """Ask before removing; "Keep it" is the default, so a stray Enter removes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    title = translate("Accounts", "Remove the account?")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(question)
    remove = box.addButton(translate("Accounts", "&Remove account"),
                           QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("confirm.remove")
    keep = box.addButton(translate("Accounts", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("confirm.keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is remove
