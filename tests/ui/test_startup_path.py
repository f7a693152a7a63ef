"""What the first window does not need is not loaded before it shows (issue 2: the window must
appear quickly; network, speech, keyring, the platform layer and the other pages load after).

The real entry point runs in a child process, as the ``humasdesk`` command does; at the moment
the window is shown it reports which modules are loaded, and then which are loaded once the
rest of the start-up (accounts, scheduling box) has finished.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = """
import json, sys
import humasdesk.entry
import humasdesk.ui.main as gui

original_show = gui.GuiController.show

def show_and_report(self):
    original_show(self)
    shown = sorted(sys.modules)
    from PySide6.QtCore import QTimer

    def when_ready():
        compose = self.window.page("compose")
        print(json.dumps({"shown": shown, "ready": sorted(sys.modules),
                          "schedule_box": compose.when is not None,
                          "schedule_enabled":
                              self.window.ui.actions.actions["compose.schedule"].isEnabled()}),
              flush=True)
        self.qt_app.quit()

    self.window.became_ready.connect(lambda: QTimer.singleShot(0, when_ready))

gui.GuiController.show = show_and_report
from humasdesk.entry import main
sys.exit(main([]))
"""

# Loaded only when needed, after the first paint (or never, for a plain start).
NOT_BEFORE_THE_WINDOW = (
    "httpx", "keyring", "pyttsx3", "speech_recognition", "zoneinfo",
    "humasdesk.platforms.registry", "humasdesk.domain.textrules", "humasdesk.publishing.engine",
    "humasdesk.speech", "humasdesk.ui.when_field", "humasdesk.ui.pages.queue",
    "humasdesk.ui.pages.accounts", "humasdesk.ui.pages.settings", "humasdesk.cli",
)


def _start(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUMASDESK_HOME=str(tmp_path))
    subprocess.run([sys.executable, "-c", "from humasdesk.app import App; "
                    "App.build().settings.set('welcomed', True)"], env=env, check=True)
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_the_heavy_parts_load_and_they_load_after(tmp_path):
    report = _start(tmp_path)
    loaded_at_show = set(report["shown"])
    early = [name for name in NOT_BEFORE_THE_WINDOW if name in loaded_at_show]
    assert early == [], f"loaded before the window was shown: {early}"
    # ...and the start-up then finishes: rules, platforms and the scheduling box are there.
    loaded_when_ready = set(report["ready"])
    assert {"humasdesk.platforms.registry", "humasdesk.domain.textrules",
            "humasdesk.ui.when_field"} <= loaded_when_ready
    assert report["schedule_box"] is True
    assert report["schedule_enabled"] is True
