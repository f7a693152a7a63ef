"""A platform's connection form as widgets: one builder for every platform, driven by the
form the platform declares (``services.accounts.PlatformForm`` and its ``FormField``s).

Each field becomes a labelled control (Alt+mnemonic from the label, the label's text as its
accessible name): a text field, a password field for a secret (hidden, no predictive text), a
choice list or a check box; its help line under it, and an error line that is shown, and read
with the field when it gets focus, once something is wrong with it. A choice whose values
mean something more (where images go) says the meaning of the chosen value under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.i18n import translate
from ..services.accounts import AccountsService, FormField, PlatformForm
from .choice_box import ChoiceBox
from .widgets import hint, labelled


class FieldWidgets:
    """One field on the form: its control, its label, its help line and its error line."""

    def __init__(self, spec: FormField, control: QWidget, label: QLabel,
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

    def set_description(self, text: str) -> None:
        """A new meaning said under the control and read with it (a choice's note)."""
        if self.help_label is not None:
            self.help_label.setText(text)
        self.base_description = text
        self.control.setAccessibleDescription(text)


class AccountForm(QWidget):
    """The fields of one platform's form, top to bottom in the form's order (which is the
    focus order), each control named ``{prefix}.{key}`` and its error ``{prefix}.{key}.error``.

    ``specs`` are the fields to show (the form's own, and the account's name when adding);
    ``values`` their starting values; ``intro`` a line above them.
    """

    def __init__(self, form: PlatformForm, specs: list[FormField], values: dict[str, str],
                 accounts: AccountsService, *, intro: str = "",
                 prefix: str = "account_dialog"):
        super().__init__()
        self.form = form
        self.accounts = accounts
        self.prefix = prefix
        self.fields: dict[str, FieldWidgets] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if intro:
            column.addWidget(hint(intro))
        for spec in specs:
            self.fields[spec.key] = self._add_field(column, spec, values.get(spec.key, ""))

    def _add_field(self, column: QVBoxLayout, spec: FormField, value: str) -> FieldWidgets:
        object_name = f"{self.prefix}.{spec.key}"
        help_text = translate("Accounts", spec.help) if spec.help else ""
        if spec.kind == "check":
            control: QWidget = QCheckBox(spec.title())
            control.setChecked(value not in ("", "0"))
            control.setAccessibleName(spec.title())
            if help_text:
                control.setAccessibleDescription(help_text)
            label = QLabel()  # the check box carries its own text
            label.setVisible(False)
        else:
            if spec.kind == "choice":
                control = ChoiceBox()
                for choice_value, choice_label in self.accounts.choices(self.form.platform,
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
        noted = bool(self.accounts.choice_note(self.form.platform, spec.key, spec.default))
        help_label = None
        if noted:
            help_label = hint("")  # filled with the chosen value's meaning, below
            column.addWidget(help_label)
        elif help_text:
            help_label = hint(help_text)
            column.addWidget(help_label)
        error = hint("", role="error")
        error.setObjectName(f"{object_name}.error")
        error.setVisible(False)
        column.addWidget(error)
        field = FieldWidgets(spec, control, label, help_label, error)
        if noted:
            control.currentIndexChanged.connect(lambda *_: self._say_choice(field))
            self._say_choice(field)
        return field

    def _say_choice(self, field: FieldWidgets) -> None:
        """A choice whose meaning is said under it (where images go): say the new one."""
        field.set_description(self.accounts.choice_note(self.form.platform, field.spec.key,
                                                        field.value()))

    # -- reading and marking ----------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: field.value() for key, field in self.fields.items()}

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error("")

    def mark(self, found: list[tuple[str, str]]) -> None:
        """Show each problem under its field (the first for a field that has several)."""
        for key, message in found:
            if key in self.fields and not self.fields[key].error.text():
                self.fields[key].set_error(message)

    def set_enabled(self, enabled: bool) -> None:
        for field in self.fields.values():
            field.control.setEnabled(enabled)

    def first_control(self) -> QWidget | None:
        """The first control that can take the focus, or None."""
        return next((f.control for f in self.fields.values() if f.control.isEnabled()), None)

    def secret_key(self) -> str:
        """The first secret field (a password or token), or ""."""
        return next((k for k, f in self.fields.items() if f.spec.secret), "")

    def key_with_value(self, text: str) -> str:
        """The field whose value the platform named in its refusal (a server address, a
        handle), or ""."""
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
