"""Whether a screen reader runs, as HumasDesk asks it on Linux: the AT-SPI status on a real
D-Bus session with the real at-spi-bus-launcher (Windows' and macOS' flags cannot be read
here)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.xvfb

ASK = ("from humasdesk.ui.screen_reader import screen_reader_running; "
       "print(screen_reader_running())")


def running(env: dict) -> str:
    result = subprocess.run([sys.executable, "-c", ASK], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def set_screen_reader(env: dict, on: bool) -> None:
    subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                    "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                    "string:org.a11y.Status", "string:ScreenReaderEnabled",
                    f"variant:boolean:{'true' if on else 'false'}"],
                   env=env, check=True, capture_output=True, timeout=10)


def test_the_at_spi_status_says_whether_a_screen_reader_runs(desktop):
    assert running(desktop) == "False"
    set_screen_reader(desktop, True)
    try:
        assert running(desktop) == "True"
    finally:
        set_screen_reader(desktop, False)
    assert running(desktop) == "False"


def test_without_a_session_bus_it_cannot_tell(desktop, tmp_path):
    env = dict(desktop, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus")
    assert running(env) == "None"


def test_asking_does_not_start_the_accessibility_bus(tmp_path):
    """On a session where nothing started the AT-SPI bus, no screen reader can run; HumasDesk
    cannot tell and leaves the bus unstarted (D-Bus would start it on a plain call)."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus.stdout.readline().strip(),
                   HOME=str(tmp_path))
        assert running(env) == "None"
        owner = subprocess.run(["dbus-send", "--session", "--print-reply",
                                "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"],
                               env=env, capture_output=True, text=True, timeout=10)
        assert "boolean false" in owner.stdout, owner.stdout + owner.stderr
    finally:
        bus.terminate()
        bus.wait(5)
        bus.stdout.close()
