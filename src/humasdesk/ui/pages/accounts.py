"""Accounts (Akun): the accounts HumasDesk publishes to, each with its state in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.i18n import translate
from ..context import UiContext
from ..widgets import heading, hint, labelled, name_scroll_bars


class AccountsPage(QWidget):
    def __init__(self, ui: UiContext):
        super().__init__()
        self.ui = ui
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Accounts", "Accounts")))
        layout.addWidget(hint(translate(
            "Accounts", "The Local outbox saves posts as files on this computer, so everything "
            "works before you connect a platform.")))
        self.list = QListWidget()
        self.list.setObjectName("accounts.list")
        self.list.setWordWrap(True)
        name_scroll_bars(self.list, translate("Accounts", "the account list"))
        layout.addWidget(labelled(translate("Accounts", "&Accounts:"), self.list))
        layout.addWidget(self.list, 1)
        ui.events.accounts_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for account in self.ui.app.store.accounts.list():
            platform = self.ui.app.registry.spec(account.platform).display_name()
            text = f"{account.name} · {platform} · {account.state.label()}"
            if account.handle:
                text += f"\n{account.handle}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, account.id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, translate(
                "Accounts", "{name}, {platform}, {state}").format(
                    name=account.name, platform=platform, state=account.state.label()))
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
