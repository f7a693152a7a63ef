"""A real X server, D-Bus session and AT-SPI bus, and HumasDesk running on them.

This is the view Orca gets: the app is read through the accessibility bus by a separate
process (the system Python with Debian's python3-gi), never through Qt's own objects.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import require, require_program

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


@pytest.fixture(scope="session")
def desktop(tmp_path_factory):
    """Xvfb + a private D-Bus session + the AT-SPI bus; yields the environment to use."""
    xvfb = require_program("Xvfb")
    require_program("dbus-daemon")
    require_program("xdotool")
    require(Path(AT_SPI_LAUNCHER).exists(), "at-spi2-core is not installed")
    require(subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', "
                             "'2.0'); from gi.repository import Atspi"],
                            capture_output=True).returncode == 0,
             "python3-gi with gir1.2-atspi-2.0 is not installed")
    processes = []
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0",
                               "1280x1024x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    processes.append(server)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = ":" + pipe.readline().strip()
    env = dict(os.environ, DISPLAY=display, HOME=str(tmp_path_factory.mktemp("home")),
               XDG_RUNTIME_DIR=str(tmp_path_factory.mktemp("runtime")))
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    processes.append(bus)
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    processes.append(subprocess.Popen([AT_SPI_LAUNCHER, "--launch-immediately"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(0.5)
    try:
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


def probe(env: dict, *args: str, timeout: float = 30) -> object:
    result = subprocess.run([SYSTEM_PYTHON, str(PROBE), *args], capture_output=True, text=True,
                            env=env, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


class RunningApp:
    def __init__(self, env: dict, home: Path, process: subprocess.Popen):
        self.env, self.home, self.process = env, home, process

    def tree(self) -> dict:
        return probe(self.env, "tree", "HumasDesk")

    def focused(self) -> dict | None:
        return probe(self.env, "focused", "HumasDesk")

    def focus_after(self, previous: dict | None, timeout: float = 5) -> dict | None:
        """The focused object once it is no longer ``previous`` (or, after ``timeout``, the
        same one: Tab that does not move is then the app's doing, not a slow bus)."""
        deadline = time.monotonic() + timeout
        while True:
            focused = self.focused()
            if (focused is None or previous is None or time.monotonic() > deadline
                    or (focused["role"], focused["name"]) != (previous["role"], previous["name"])):
                return focused
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=self.env, check=True)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "30", text], env=self.env, check=True)

    def listen(self, seconds: float) -> subprocess.Popen:
        """Start recording announcement and focus events; read them with ``events()``."""
        listener = subprocess.Popen([SYSTEM_PYTHON, str(PROBE), "listen", str(seconds)],
                                    stdout=subprocess.PIPE, text=True, env=self.env)
        assert listener.stdout.readline().strip() == "LISTENING"
        return listener

    @staticmethod
    def events(listener: subprocess.Popen) -> list[dict]:
        out, _ = listener.communicate(timeout=60)
        return json.loads(out.strip().splitlines()[-1])


def start_app(desktop, home, welcomed=True, command=None, **settings):
    """Start HumasDesk (``command``: another build of it, such as the frozen app) and wait
    until it is on the accessibility bus with its accounts shown."""
    from humasdesk.app import App

    prepared = App.build(home)
    prepared.settings.set("welcomed", welcomed)
    for key, value in settings.items():
        prepared.settings.set(key, value)
    prepared.close()
    env = dict(desktop, HUMASDESK_HOME=str(home), QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LC_ALL="en_US.UTF-8")
    process = subprocess.Popen(command or [sys.executable, "-m", "humasdesk"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("HumasDesk exited: " + process.stderr.read().decode(errors="replace"))
        if probe(env, "tree", "HumasDesk"):
            break
        time.sleep(0.3)
    else:
        pytest.fail("HumasDesk never appeared on the accessibility bus")
    window = subprocess.run(["xdotool", "search", "--sync", "--name", "^HumasDesk$"],
                            capture_output=True, text=True, env=env, timeout=30)
    subprocess.run(["xdotool", "windowfocus", "--sync", window.stdout.split()[0]], env=env,
                   timeout=30)
    app = RunningApp(env, home, process)
    # Ready as the user meets it: the accounts have appeared in the composer (they load after
    # the first paint) and a control has the focus. Keys sent earlier can reach an X window
    # that is not yet focused and be lost, which would say nothing about the app.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if app.focused() is not None and any(
                node["role"] == "check box" for node in nodes(app.tree())):
            break
        time.sleep(0.3)
    else:
        pytest.fail("HumasDesk never showed its accounts in the composer")
    return app


def nodes(tree: dict):
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def stop_app(app):
    process = app.process
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def running_app(desktop, tmp_path):
    app = start_app(desktop, tmp_path / "home", undo_seconds=3)
    yield app
    stop_app(app)


@pytest.fixture
def first_start(desktop, tmp_path):
    app = start_app(desktop, tmp_path / "home", welcomed=False)
    yield app
    stop_app(app)



@pytest.fixture(scope="module")
def orca(tmp_path_factory):
    """A desktop with Orca, GNOME's screen reader, logging every word it says (orca_session)."""
    from orca_session import OrcaDesktop, missing_programs

    missing = missing_programs()
    require(not missing, "a real screen reader needs " + ", ".join(missing) +
            " (Debian: orca speech-dispatcher openbox at-spi2-core xvfb xdotool)")
    require(subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', "
                             "'2.0'); from gi.repository import Atspi"],
                            capture_output=True).returncode == 0,
             "python3-gi with gir1.2-atspi-2.0 is not installed")
    desktop = OrcaDesktop(tmp_path_factory.mktemp("orca"))
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()


@pytest.fixture
def orca_app(orca, tmp_path):
    """HumasDesk (welcomed before, a 3-second undo) on Orca's desktop."""
    app = start_app(orca.env, tmp_path / "home", undo_seconds=3)
    yield app
    stop_app(app)


@pytest.fixture
def orca_first_start(orca, tmp_path):
    """HumasDesk's first start (the welcome) on Orca's desktop; Orca's log from before it."""
    spoken_before = len(orca.spoken())
    app = start_app(orca.env, tmp_path / "home", welcomed=False)
    app.spoken_before = spoken_before
    yield app
    stop_app(app)
