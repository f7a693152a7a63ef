"""Types into the real composer, a few characters every 100 ms, and reports progress.

Run by test_autosave.py, which kills this process with SIGKILL in the middle of typing.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from humasdesk.app import App
from humasdesk.ui.main import GuiController

WORDS = "Pelayanan poli anak dibuka kembali mulai Senin pukul delapan pagi ".split()


def main() -> None:
    qt_app = QApplication(sys.argv[:1])
    app = App.build()
    app.settings.set("welcomed", True)
    controller = GuiController(qt_app, app)
    controller.show()
    editor = controller.window.page("compose").editor
    state = {"i": 0}

    def type_more() -> None:
        word = WORDS[state["i"] % len(WORDS)] + " "
        state["i"] += 1
        QTest.keyClicks(editor, word)
        print(f"TYPED {len(editor.toPlainText())}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_more)
    timer.start(100)
    print("READY", flush=True)
    qt_app.exec()


if __name__ == "__main__":
    main()
