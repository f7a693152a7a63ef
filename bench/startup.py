#!/usr/bin/env python3
"""Start-up time: process start to the main window shown, HumasDesk against a bare QMainWindow.

Both are started the same way (a fresh Python process on the same Qt platform), alternately,
several times; the figure printed last is the ratio of the medians. Target: at most 1.5.

    python bench/startup.py [--runs 9] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 800)
window.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""

# The real entry point (the console script's main), with the controller's show() wrapped so the
# process reports and exits once the window is shown.
HUMASDESK = """
import sys
import humasdesk.entry
import humasdesk.ui.main as gui
original_show = gui.GuiController.show
def show_and_report(self):
    original_show(self)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), self.qt_app.quit()))
gui.GuiController.show = show_and_report
from humasdesk.entry import main  # what the humasdesk command runs
sys.exit(main([]))
"""


def time_once(code: str, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == "SHOWN":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never reported it was shown")
    proc.wait(30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    # The real default data folder (found through platformdirs), in a throw-away XDG home.
    xdg = tempfile.mkdtemp(prefix="humasdesk-bench-")
    env = {k: v for k, v in os.environ.items() if k != "HUMASDESK_HOME"}
    env.update(QT_QPA_PLATFORM=args.platform, XDG_DATA_HOME=xdg)
    # A normal start: the data file exists and the first-run welcome was done.
    subprocess.run([sys.executable, "-c", "from humasdesk.app import App; "
                    "App.build().settings.set('welcomed', True)"], env=env, check=True)
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(time_once(BARE, env))
        ours.append(time_once(HUMASDESK, env))
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    print(f"platform: {args.platform}, runs: {args.runs} each, alternating")
    print(f"bare QMainWindow: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"HumasDesk:        median {ours_median * 1000:.0f} ms "
          f"(min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})")
    print(f"startup ratio (HumasDesk / bare window, median): {ours_median / bare_median:.2f}")


if __name__ == "__main__":
    main()
