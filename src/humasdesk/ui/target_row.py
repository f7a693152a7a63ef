"""One account in the composer: whether to publish there, what its rules say about the text
right now (in words, not only colour), an optional text of its own, and whether a text too
long for one post goes out as a numbered thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from ..domain.i18n import translate
from ..domain.model import Account, AccountState
from .widgets import hint, labelled, name_scroll_bars, refresh_style, text_area

if TYPE_CHECKING:  # the rules load after the first paint (main_window.warm_up)
    from ..domain.textrules import Measurement

# Announced once each time the remaining count crosses one of these (not on every key).
THRESHOLDS = (20, 10, 0)


def band(remaining: int | None) -> int:
    """Which threshold band a count is in: 0 = plenty left … len(THRESHOLDS) = over."""
    if remaining is None:
        return 0
    return sum(1 for limit in THRESHOLDS if remaining < limit) if remaining >= 0 \
        else len(THRESHOLDS)


def describe_measurement(m: Measurement) -> str:
    if m.limit is None:
        return translate("Compose", "No length limit.")
    if m.remaining >= 0:
        text = translate("Compose", "{left} of {limit} left.").format(left=m.remaining,
                                                                       limit=m.limit)
    else:
        text = translate("Compose", "{over} over the limit of {limit}.").format(
            over=-m.remaining, limit=m.limit)
    problems = [p.message for p in m.problems if p.code != "too_long"]
    return " ".join([text, *problems])


class TargetRow(QWidget):
    changed = Signal()  # checked, own text or thread choice changed

    def __init__(self, account: Account, platform_name: str, supports_threads: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.account = account
        self.name = account.name if account.name == platform_name else \
            f"{account.name} ({platform_name})"
        self.last_band = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        # A check box cannot wrap its text, so it carries only the account's name; the
        # platform and state go in a line under it that wraps at any text size.
        self.checkbox = QCheckBox(account.name)
        self.checkbox.setObjectName(f"compose.account.{account.id}")
        self.checkbox.setAccessibleName(f"{self.name}, {account.state.label()}")
        self.checkbox.setEnabled(account.state is AccountState.OK)
        layout.addWidget(self.checkbox)
        self.about = hint(f"{platform_name} · {account.state.label()}")
        layout.addWidget(self.about)
        self.status = hint("")
        self.status.setObjectName(f"compose.status.{account.id}")
        layout.addWidget(self.status)

        self.own_text_button = QPushButton()
        self.own_text_button.setObjectName(f"compose.own_text.{account.id}")
        layout.addWidget(self.own_text_button)
        self.variant = text_area(translate("Compose", "Text for {account}").format(
            account=self.name))
        self.variant.setObjectName(f"compose.variant.{account.id}")
        self.variant.setMinimumHeight(120)
        name_scroll_bars(self.variant, translate("Compose", "the text for {account}").format(
            account=self.name))
        self.variant_label = labelled(translate("Compose", "Text for {account}:").format(
            account=self.name), self.variant)
        layout.addWidget(self.variant_label)
        layout.addWidget(self.variant)

        self.thread = QCheckBox(translate("Compose", "Numbered thread if too long"))
        self.thread.setObjectName(f"compose.thread.{account.id}")
        layout.addWidget(self.thread)  # first: shown while still parentless, it would be a window
        self.thread.setVisible(supports_threads)

        self.checkbox.toggled.connect(self._checked)
        self.own_text_button.clicked.connect(self.toggle_own_text)
        self.variant.textChanged.connect(self.changed)
        self.thread.toggled.connect(self.changed)
        self._show_own_text(False)
        self._checked(False)

    def focus_chain(self) -> list[QWidget]:
        return [self.checkbox, self.own_text_button, self.variant, self.thread]

    def is_checked(self) -> bool:
        return self.checkbox.isChecked()

    def own_text(self) -> str | None:
        return self.variant.toPlainText() if self.has_own_text() else None

    def has_own_text(self) -> bool:
        return bool(self.variant.property("own"))

    def set_own_text(self, text: str | None) -> None:
        self.variant.setPlainText(text or "")
        self._show_own_text(text is not None)

    def toggle_own_text(self) -> None:
        """A separate text starts as the main text; switching back keeps it for later."""
        if self.has_own_text():
            self._show_own_text(False)
        else:
            if not self.variant.toPlainText():
                self.variant.setPlainText(self.main_text())
            self._show_own_text(True)
            self.variant.setFocus()
        self.changed.emit()

    def main_text(self) -> str:
        """The composer's main text; the composer sets this when it makes the row."""
        return ""

    def _show_own_text(self, own: bool) -> None:
        self.variant.setProperty("own", own)
        shown = own and self.is_checked()
        self.variant.setVisible(shown)
        self.variant_label.setVisible(shown)
        self.own_text_button.setText(
            translate("Compose", "Use the main text") if own else
            translate("Compose", "Write a separate text"))
        self.own_text_button.setAccessibleName(
            translate("Compose", "Use the main text for {account}").format(account=self.name)
            if own else
            translate("Compose", "Write a separate text for {account}").format(account=self.name))

    def _checked(self, on: bool) -> None:
        self.own_text_button.setVisible(on)
        self.status.setVisible(on)
        self.thread.setEnabled(on)
        self._show_own_text(self.has_own_text())
        self.changed.emit()

    def show_measurement(self, m: Measurement, thread_parts: int = 1) -> None:
        text = describe_measurement(m)
        if thread_parts > 1:
            text += " " + translate("Compose", "Goes out as a thread of {n} parts.").format(
                n=thread_parts)
        self.status.setText(text)
        self.status.setProperty("role", "hint" if m.valid or thread_parts > 1 else "error")
        refresh_style(self.status)
        self.checkbox.setAccessibleDescription(text)
