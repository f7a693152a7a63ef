"""Asking before an account is removed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..domain.i18n import translate


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


def confirm_paid_reading(parent: QWidget, question: str, on: bool) -> bool:
    """Ask before reading that costs money is turned on (or off), with the cost in the
    question; "Leave it as it is" is the default, so a stray Enter changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    title = translate("Accounts", "Turn on paid reading?") if on else \
        translate("Accounts", "Turn off paid reading?")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setAccessibleDescription(question)  # read with the box: the cost before anything changes
    box.setText(question)
    change = box.addButton(translate("Accounts", "&Turn on") if on else
                           translate("Accounts", "&Turn off"),
                           QMessageBox.ButtonRole.AcceptRole)
    change.setObjectName("confirm.paid_reading")
    keep = box.addButton(translate("Accounts", "&Leave it as it is"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("confirm.keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is change
