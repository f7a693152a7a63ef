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
