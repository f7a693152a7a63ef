"""Accounts (Akun): the accounts HumasDesk publishes to, each with its state in words; add,
verify, reconnect and remove them by keyboard.

Each row is one sentence for a screen reader: name, platform, state (connected, needs
reconnect, disabled), handle and server. The actions work on the selected row; each has its
shortcut on its button and works only while this page is shown. Network work (connecting,
"who am I", ending a session) runs in the task runner; the store is changed on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...domain.i18n import translate
from ...domain.model import Account, AccountState
from ...services.accounts import human_agent_description, removed_message
from ...services.errors import PlatformError
from ..account_dialogs import AccountDialog
from ..account_removal import confirm_paid_reading, confirm_removal
from ..context import UiContext
from ..widgets import (
    FlowLayout,
    Page,
    heading,
    hint,
    labelled,
    name_scroll_bars,
    scrolling_body,
    wrap_rows,
)

ACTION_IDS = ("accounts.add", "accounts.verify", "accounts.reconnect", "accounts.remove",
              "accounts.paid_reading")


class AccountsPage(Page):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.accounts = ui.app.accounts
        self.dialog: AccountDialog | None = None
        self._closed_dialog: AccountDialog | None = None
        self.busy: set[int] = set()  # accounts being verified or removed
        layout = scrolling_body(self, translate("Accounts", "the accounts page"))
        layout.addWidget(heading(translate("Accounts", "Accounts")))
        layout.addWidget(hint(translate(
            "Accounts", "The Local outbox saves posts as files on this computer, so everything "
            "works before you connect a platform. Passwords and tokens are kept only in the "
            "system keyring.")))
        self.list = QListWidget()
        self.list.setObjectName("accounts.list")
        wrap_rows(self.list)
        self.list.setSpacing(4)
        name_scroll_bars(self.list, translate("Accounts", "the account list"))
        layout.addWidget(labelled(translate("Accounts", "&Accounts:"), self.list))
        layout.addWidget(self.list, 1)

        buttons = FlowLayout()
        self.action_buttons = {}
        handlers = {"accounts.add": self.add_account, "accounts.verify": self.verify,
                    "accounts.reconnect": self.reconnect, "accounts.remove": self.remove,
                    "accounts.paid_reading": self.toggle_paid_reading}
        for action_id in ACTION_IDS:
            button = ui.actions.button(action_id, two_lines=True)
            buttons.addWidget(button)
            self.action_buttons[action_id] = button
            ui.actions.bind(action_id, handlers[action_id])
        layout.addLayout(buttons)

        # Facebook and Instagram only: answering messages for 7 days (the HUMAN_AGENT tag).
        # A short label: a check box cannot wrap (at 300 % a long one scrolled the page
        # sideways); the hint under it, which wraps, says what it means.
        self.human_agent = QCheckBox(translate("Accounts", "&Human Agent (7 days)"))
        self.human_agent.setObjectName("accounts.human_agent")
        self.human_agent.setAccessibleDescription(human_agent_description())
        self.human_agent_hint = hint(human_agent_description())
        layout.addWidget(self.human_agent)
        layout.addWidget(self.human_agent_hint)
        self.human_agent.clicked.connect(self.set_human_agent)

        ui.events.accounts_changed.connect(self.refresh)
        self.list.currentItemChanged.connect(self._update_actions)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        current_id = self.selected_id()
        self.list.clear()
        for account in self.accounts.all():
            visible, spoken = self.accounts.describe(account)
            inbox_note = self._inbox_note(account)
            if inbox_note:
                visible, spoken = f"{visible}\n{inbox_note}", f"{spoken}. {inbox_note}"
            row = QListWidgetItem(visible)
            row.setData(Qt.ItemDataRole.UserRole, account.id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(row)
            if account.id == current_id:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_actions()

    def _inbox_note(self, account) -> str:
        """Whether HumasDesk reads this account's inbox, when it does not or only in part
        (issue 15): in words, as the Inbox page says it."""
        inbox = self.ui.app.inbox
        try:
            return inbox.reading_refusal(account) or inbox.reading_limits(account)
        except Exception:  # a platform this version no longer knows: its row says so
            return ""

    def selected_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def select(self, account_id: int) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == account_id:
                self.list.setCurrentRow(index)
                return

    def selected(self) -> Account | None:
        account_id = self.selected_id()
        return self.accounts.get(account_id) if account_id is not None else None

    def _update_actions(self, *_args) -> None:
        account = self.selected()
        shown = self.isVisible()
        usable = account is not None and account.id not in self.busy
        allowed = {
            "accounts.add": True,
            "accounts.verify": usable and account.state is not AccountState.DISABLED,
            "accounts.reconnect": usable and self.accounts.can_reconnect(account),
            "accounts.remove": usable and account.state is not AccountState.DISABLED,
            "accounts.paid_reading": usable and bool(self._cost(account)),
        }
        for action_id, enabled in allowed.items():
            self.ui.actions.actions[action_id].setEnabled(enabled and shown)
        offered = account is not None and self.accounts.offers_human_agent(account)
        self.human_agent.setVisible(offered)
        self.human_agent_hint.setVisible(offered)
        self.human_agent.setEnabled(usable and offered)
        self.human_agent.setChecked(offered and self.accounts.uses_human_agent(account))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._update_actions()  # the shortcuts act only while this page is shown

    # -- adding and reconnecting ------------------------------------------------------------

    def add_account(self) -> None:
        self._open_dialog(None)

    def reconnect(self) -> None:
        account = self.selected()
        if account is not None and self.accounts.can_reconnect(account):
            self._open_dialog(account)

    def _open_dialog(self, previous: Account | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._closed_dialog is not None:
            # Deleted only now: destroying a window right after it closed can leave no window
            # active on some platforms, and then no shortcut works until he clicks.
            self._closed_dialog.deleteLater()
            self._closed_dialog = None
        dialog = AccountDialog(self.ui, self.window(), previous=previous)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.dialog = dialog
        dialog.open()  # window-modal, without blocking: connecting runs meanwhile

    def _dialog_closed(self, dialog: AccountDialog) -> None:
        if dialog.account is not None:
            self.refresh()
            self.select(dialog.account.id)
        self.window().activateWindow()
        self.list.setFocus()
        if self.dialog is dialog:
            self.dialog = None
        self._closed_dialog = dialog

    # -- verifying --------------------------------------------------------------------------

    def verify(self) -> None:
        account = self.selected()
        if account is None or account.id in self.busy or \
                account.state is AccountState.DISABLED:
            return
        self.busy.add(account.id)
        self._update_actions()
        self.ui.announcer.announce(translate("Accounts", "Checking “{name}”…").format(
            name=account.name))
        accounts = self.accounts
        self.ui.tasks.run(lambda: accounts.verify(account),
                          lambda description: self._verified(account, description, None),
                          lambda exc: self._verified(account, "", exc))

    def _verified(self, account: Account, description: str, error: BaseException | None) -> None:
        self.busy.discard(account.id)
        if error is not None and not isinstance(error, PlatformError):
            self._update_actions()
            self.ui.announcer.announce(translate(
                "Accounts", "Checking “{name}” failed unexpectedly ({reason}).").format(
                    name=account.name, reason=type(error).__name__), assertive=True)
            return
        self.accounts.record_verified(account, error)
        self.ui.events.accounts_changed.emit()
        if error is None:
            self.ui.announcer.announce(translate("Accounts", "“{name}” works. {details}").format(
                name=account.name, details=description))
        else:
            self.ui.announcer.announce(translate("Accounts", "“{name}”: {problem}").format(
                name=account.name, problem=error.message), assertive=True)

    # -- reading that costs money (X's mentions) -----------------------------------------

    def _cost(self, account: Account) -> str:
        try:
            return self.accounts.paid_reading_cost(account)
        except Exception:  # a platform this version no longer knows
            return ""

    def toggle_paid_reading(self) -> None:
        """Turn billed reading on or off for the selected account: the cost is shown and said
        in the question, and nothing changes until he confirms."""
        account = self.selected()
        if account is None or account.id in self.busy or not self._cost(account):
            return
        on = not self.accounts.reads_paid(account)
        question = self.accounts.paid_reading_question(account, on)
        self.ui.announcer.announce(question)
        if not confirm_paid_reading(self.window(), question, on):
            self.ui.announcer.announce(translate("Accounts", "Nothing was changed."))
            self.list.setFocus()
            return
        said = self.accounts.set_paid_reading(account, on)
        self.ui.events.accounts_changed.emit()
        self.ui.announcer.announce(said)
        self.list.setFocus()

    # -- answering Meta messages for 7 days -------------------------------------------------

    def set_human_agent(self, on: bool) -> None:
        """The check box was changed (Space, or Alt+H): saved at once and said."""
        account = self.selected()
        if account is None or account.id in self.busy:
            return
        said = self.accounts.set_human_agent(account, on)
        self.ui.events.accounts_changed.emit()
        self.ui.announcer.announce(said)

    # -- removing ---------------------------------------------------------------------------

    def remove(self) -> None:
        account = self.selected()
        if account is None or account.id in self.busy or \
                account.state is AccountState.DISABLED:
            return
        if not confirm_removal(self.window(), self.accounts.removal_question(account)):
            self.ui.announcer.announce(translate("Accounts", "Nothing was removed."))
            return
        self.busy.add(account.id)
        self._update_actions()
        accounts = self.accounts
        self.ui.tasks.run(lambda: accounts.forget_secrets(account),
                          lambda _none: self._forgotten(account, None),
                          lambda exc: self._forgotten(account, exc))

    def _forgotten(self, account: Account, error: BaseException | None) -> None:
        self.busy.discard(account.id)
        if error is not None:
            # The keyring could not be reached: nothing is removed, so no secret is orphaned.
            reason = error.message if isinstance(error, PlatformError) else type(error).__name__
            self._update_actions()
            self.ui.announcer.announce(translate("Accounts", "“{name}” was not removed: "
                                                             "{reason}").format(
                name=account.name, reason=reason), assertive=True)
            return
        deleted = self.accounts.finish_removal(account)
        self.ui.events.accounts_changed.emit()
        self.ui.announcer.announce(removed_message(account, deleted))
        self.list.setFocus()
