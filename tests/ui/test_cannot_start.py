"""The window with a data folder it cannot use: one clear message in a dialog (and on the
terminal), then a clean exit instead of a traceback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def test_an_unusable_data_folder_is_said_in_a_dialog_and_nothing_starts(
        qapp, tmp_path, monkeypatch, capsys):
    from humasdesk.ui.main import run_gui

    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("HUMASDESK_HOME", str(not_a_folder))
    seen = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen["text"] = box.text()
        seen["focus"] = box.isActiveWindow()
        box.accept()

    QTimer.singleShot(50, read_and_close)
    assert run_gui([]) == 2
    message = (f"HumasDesk cannot use its data folder {not_a_folder}: a file has that name. "
               "Set HUMASDESK_HOME to a folder you can write to, or fix this one.")
    assert seen == {"text": message, "focus": True}
    assert capsys.readouterr().err.strip() == message
    assert not_a_folder.read_text() == "a file where the data folder should be"
