"""Kill -9 while typing loses at most two seconds of text, and the draft is offered back."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from humasdesk.store import Database, Store

CHILD = Path(__file__).with_name("autosave_child.py")


def test_killed_while_typing_loses_at_most_two_seconds(isolated_home, qtbot, controller_factory,
                                                       app):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUMASDESK_HOME=str(isolated_home))
    child = subprocess.Popen([sys.executable, str(CHILD)], stdout=subprocess.PIPE, text=True,
                             env=env)
    progress: list[tuple[float, int]] = []
    try:
        assert child.stdout.readline().strip() == "READY"
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("TYPED"):
                progress.append((time.monotonic(), int(line.split()[1])))
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert len(progress) > 20

    store = Store(Database(isolated_home / "humasdesk.sqlite3"))
    draft = store.drafts.latest()
    store.close()
    assert draft is not None
    typed_two_seconds_before = max(n for t, n in progress if t <= killed_at - 2.0)
    assert len(draft.body) >= typed_two_seconds_before
    assert draft.body.startswith("Pelayanan poli anak")

    # The next start offers it back; restoring puts every saved character in the composer.
    controller = controller_factory()
    compose = controller.window.page("compose")
    qtbot.waitUntil(compose.restore_box.isVisible)
    assert compose.restore_button.hasFocus()
    compose.restore_button.click()
    assert compose.editor.toPlainText() == draft.body
    assert controller.window.ui.announcer.history[-1] == "Draft restored."
