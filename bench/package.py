#!/usr/bin/env python3
"""The installable app: sizes of the frozen folder and the .deb, and the frozen app's start-up
time next to the source install's (goal: no slower).

Both are started the same way, alternately: the real command (dist/humasdesk/humasdesk, and
.venv/bin/humasdesk for the source install) on a private Xvfb, timed from process start to
the main window being mapped (seen by ``xev`` as MapNotify on the root window). The figure
bench/startup.py prints for the source install (offscreen, to the first shown window, against
a bare Qt window) is run and printed alongside. The figure printed last is the ratio
frozen / source.

    python bench/package.py [--dist dist] [--runs 9]     (after scripts/package)
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if not f.is_dir())


class Display:
    """A private Xvfb and an xev on its root window, with each event's arrival time."""

    def __init__(self):
        read_fd, write_fd = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten",
             "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            self.name = ":" + pipe.readline().strip()
        self.events: queue.Queue = queue.Queue()
        self.xev = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
            stdout=subprocess.PIPE, text=True, env=dict(os.environ, DISPLAY=self.name))
        threading.Thread(target=self._read, daemon=True).start()
        time.sleep(0.5)

    def _read(self) -> None:
        for line in self.xev.stdout:
            self.events.put((time.perf_counter(), line))

    def time_to_window(self, command: list[str], env: dict) -> float:
        time.sleep(0.3)  # let the last run's unmap and destroy events arrive, then drop them
        while not self.events.empty():
            self.events.get()
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            while True:
                arrived, line = self.events.get(timeout=60)
                if line.startswith("MapNotify"):
                    return arrived - start
        finally:
            process.terminate()
            process.wait(30)

    def close(self) -> None:
        for process in (self.xev, self.server):
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--source", default=str(Path(sys.executable).with_name("humasdesk")),
                        help="the source install's command (default: next to this Python)")
    args = parser.parse_args()
    frozen = args.dist / "humasdesk" / "humasdesk"
    debs = sorted(args.dist.glob("humasdesk_*_amd64.deb"))
    if not frozen.is_file():
        raise SystemExit(f"{frozen} is missing: run scripts/package first")
    for program in ("Xvfb", "xev", "stdbuf"):
        if shutil.which(program) is None:
            raise SystemExit(f"{program} is needed (Debian: xvfb, x11-utils, coreutils)")
    print(f"app folder {args.dist / 'humasdesk'}: {size(args.dist / 'humasdesk') / 2**20:.0f} MiB")
    for deb in debs:
        print(f"{deb.name}: {size(deb) / 2**20:.0f} MiB")

    home = tempfile.mkdtemp(prefix="humasdesk-bench-")
    env = {k: v for k, v in os.environ.items() if k not in ("HUMASDESK_HOME", "QT_QPA_PLATFORM")}
    env.update(HUMASDESK_HOME=home, QT_QPA_PLATFORM="xcb")
    # A normal start: the data file exists and the first-run welcome was done.
    subprocess.run([sys.executable, "-c", "from humasdesk.app import App; "
                    "App.build().settings.set('welcomed', True)"], env=env, check=True)
    display = Display()
    env["DISPLAY"] = display.name
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    try:
        for _ in range(args.runs):
            times["frozen"].append(display.time_to_window([str(frozen)], env))
            times["source"].append(display.time_to_window([args.source], env))
    finally:
        display.close()
        shutil.rmtree(home, ignore_errors=True)
    startup = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--runs",
                              str(max(3, args.runs // 2))], capture_output=True, text=True)
    print("bench/startup.py (source install, offscreen):")
    for line in startup.stdout.strip().splitlines():
        print(f"    {line}")
    medians = {}
    for name, values in times.items():
        medians[name] = statistics.median(values)
        print(f"{name:>6} window mapped on Xvfb: median {medians[name] * 1000:.0f} ms "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, "
              f"{len(values)} runs, alternating)")
    print(f"start-up ratio (frozen / source install, median): "
          f"{medians['frozen'] / medians['source']:.2f}")


if __name__ == "__main__":
    main()
