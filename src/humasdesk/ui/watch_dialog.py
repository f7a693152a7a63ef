"""Saved searches (brand and keyword watch), opened from the Inbox page: the list of what each
account watches for, an account, a query (the hospital's name, some words, a #hashtag), Add and
Remove — all by keys. What a platform allows is said in words when he adds a search (Threads'
daily quota; Mastodon servers without full-text search); an account that cannot search is
refused in words. What the searches find appears in the Inbox view "Mentions of the hospital".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserInputError
from ..domain.i18n import translate
from .choice_box import ChoiceBox
from .context import UiContext
from .widgets import heading, hint, labelled, name_scroll_bars, scrolling_part, wrap_rows


class _DeleteRemoves(QObject):
    """The Delete key on the list removes the chosen search."""

    def __init__(self, dialog: WatchDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.dialog.remove()
            return True
        return False


class WatchDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.watch = ui.app.inbox.watch
        self.setWindowTitle(translate("Watch", "Saved searches"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 600)
        outer = QVBoxLayout(self)
        layout = scrolling_part(outer, translate("Watch", "the saved searches"))
        layout.addWidget(heading(translate("Watch", "Saved searches")))
        layout.addWidget(hint(translate(
            "Watch", "HumasDesk searches for these words and shows new posts in the inbox "
                     "under “Mentions of the hospital”.")))
        self.list = QListWidget()
        self.list.setObjectName("watch.list")
        wrap_rows(self.list)
        self.list.setMinimumHeight(140)
        name_scroll_bars(self.list, translate("Watch", "the saved searches"))
        layout.addWidget(labelled(translate("Watch", "&Saved searches:"), self.list,
                                  translate("Watch", "Delete removes the chosen search.")))
        layout.addWidget(self.list)
        self.list.installEventFilter(_DeleteRemoves(self))
        self.account = ChoiceBox()
        self.account.setObjectName("watch.account")
        layout.addWidget(labelled(translate("Watch", "A&ccount:"), self.account))
        layout.addWidget(self.account)
        self.query = QLineEdit()
        self.query.setObjectName("watch.query")
        layout.addWidget(labelled(translate("Watch", "&Watch for:"), self.query, translate(
            "Watch", "The hospital's name, a few words or a #hashtag. Enter adds it.")))
        layout.addWidget(self.query)
        self.query.returnPressed.connect(self.add)
        self.message = hint("")
        self.message.setObjectName("watch.message")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Watch", "&Add"))
        self.remove_button = QPushButton(translate("Watch", "&Remove"))
        self.close_button = QPushButton(translate("Watch", "Close"))
        for button in (self.add_button, self.remove_button, self.close_button):
            # Enter in the query adds it once: no button of the dialog takes Enter as well.
            button.setAutoDefault(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.accept)
        self._fill_accounts()
        self.reload()
        (self.query if self.account.count() else self.close_button).setFocus()

    def _fill_accounts(self) -> None:
        accounts = self.watch.searching_accounts()
        for account in accounts:
            self.account.addItem(account.name, account.id)
        if not accounts:
            self._say(translate("Watch", "None of your accounts can search. Connect a Bluesky, "
                                         "Mastodon or Threads account first."), error=True)
            for widget in (self.account, self.query, self.add_button):
                widget.setEnabled(False)

    def reload(self, keep: int | None = None) -> None:
        self.list.clear()
        for search in self.watch.searches():
            text = translate("Watch", "“{query}” on {account}, %n found", n=search.found
                             ).format(query=search.query, account=search.account_name)
            if search.problem:
                text += "\n" + search.problem
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, search.id)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.list.addItem(row)
            if search.id == keep:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.remove_button.setEnabled(bool(self.list.count()))

    def _say(self, message: str, error: bool = False) -> None:
        self.message.setText(message)
        self.message.show()
        self.ui.announcer.announce(message, assertive=error)

    def add(self) -> None:
        account_id = self.account.currentData()
        if account_id is None:
            return
        try:
            search, said = self.watch.add(account_id, self.query.text())
        except UserInputError as exc:
            self._say(str(exc), error=True)  # his text stays in the field
            return
        self.query.clear()
        self.reload(keep=search.id)
        self._say(said)

    def remove(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        try:
            search = self.watch.remove(row.data(Qt.ItemDataRole.UserRole))
        except UserInputError as exc:
            self._say(str(exc), error=True)
            return
        self.reload()
        self._say(translate("Watch", "{account} no longer watches for “{query}”.").format(
            account=search.account_name, query=search.query))
        (self.list if self.list.count() else self.query).setFocus()
