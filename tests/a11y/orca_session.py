"""A headless desktop with a real screen reader: Xvfb, openbox, a private D-Bus session, the
AT-SPI bus, speech-dispatcher on a silent ALSA device and Orca writing every utterance to a log.

Used by test_orca_speech.py, and runnable by hand to hear (read) the app as a blind user does:
    .venv/bin/python tests/a11y/orca_session.py   # starts everything, prints the log path
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Orca 43 writes "… SPEECH OUTPUT: 'text'" and may add the speech server's state as a dict.
SPEECH_LINE = re.compile(r"SPEECH OUTPUT: '(.*)'(?:\{[^\n]*\})?$", re.MULTILINE)
NEEDED = ("Xvfb", "openbox", "dbus-daemon", "xdotool", "speech-dispatcher", "orca")


def missing_programs() -> list[str]:
    missing = [name for name in NEEDED if shutil.which(name) is None]
    if not Path(AT_SPI_LAUNCHER).exists():
        missing.append("at-spi-bus-launcher")
    return missing


def _speechd_config(directory: Path) -> Path:
    """A private copy of /etc/speech-dispatcher that speaks to ALSA's "null" device with the
    dummy module: nothing is heard, Orca still sends (and logs) every utterance."""
    config = directory / "speech-dispatcher"
    shutil.copytree("/etc/speech-dispatcher", config)
    lines = [line for line in (config / "speechd.conf").read_text().splitlines()
             if not re.match(r"\s*(AddModule|DefaultModule|AudioOutputMethod|AudioALSADevice)\b",
                             line)]
    lines += ['AudioOutputMethod "alsa"', 'AudioALSADevice "null"',
              'AddModule "dummy" "sd_dummy" ""', "DefaultModule dummy"]
    (config / "speechd.conf").write_text("\n".join(lines) + "\n")
    return config


def _line_buffered_orca(directory: Path) -> Path:
    """/usr/bin/orca opens its debug file block-buffered and loses the end when stopped; this
    copy writes each line as it comes. It also neither calls itself "orca" nor refuses to run
    beside another Orca of the same user: this one has its own D-Bus session and display, and
    must not be taken for (or stop) the user's own screen reader."""
    source = Path(shutil.which("orca")).read_text()
    patched = source
    for old, new in (("open(args.debug_file, 'w')", "open(args.debug_file, 'w', buffering=1)"),
                     ("setProcessName('orca')", "setProcessName('orca-test')"),
                     ("if otherOrcas():", "if False:")):
        assert old in patched, f"this Orca differs from 43.1: {old!r} not found"
        patched = patched.replace(old, new)
    script = directory / "orca"
    script.write_text(patched)
    script.chmod(0o755)
    return script


class OrcaDesktop:
    def __init__(self, root: Path | None = None):
        self.root = Path(root or tempfile.mkdtemp(prefix="humasdesk-orca-"))
        self.processes: list[subprocess.Popen] = []
        self.log = self.root / "orca-debug.log"
        self.env: dict[str, str] = {}

    def _start(self, args, **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(args, env=kwargs.pop("env", self.env), start_new_session=True,
                                   **kwargs)
        self.processes.append(process)
        return process

    def start(self) -> dict[str, str]:
        home, runtime = self.root / "home", self.root / "runtime"
        home.mkdir(exist_ok=True)
        runtime.mkdir(mode=0o700, exist_ok=True)
        read_fd, write_fd = os.pipe()
        self._start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
                     "-nolisten", "tcp"], pass_fds=(write_fd,), env=dict(os.environ))
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_"))}
        self.env.update(DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
                        XDG_CONFIG_HOME=str(home / ".config"),
                        XDG_DATA_HOME=str(home / ".local" / "share"),
                        LC_ALL="en_US.UTF-8", GTK_A11Y="atspi", NO_AT_BRIDGE="0")
        bus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        # Without a window manager the main window is not made active again after a dialog
        # closes, and Orca then says nothing at all.
        self._start(["openbox", "--sm-disable"])
        self._start([AT_SPI_LAUNCHER, "--launch-immediately"])
        self._wait_for_name("org.a11y.Bus")
        # What GNOME does when the user turns the screen reader on: the app can ask for it.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                        "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                        "string:org.a11y.Status", "string:ScreenReaderEnabled",
                        "variant:boolean:true"], env=self.env, check=True,
                       capture_output=True, timeout=10)
        config = _speechd_config(self.root)
        self._start(["speech-dispatcher", "-s", "-t", "0", "-C", str(config)])
        orca = _line_buffered_orca(self.root)
        self._start(["/usr/bin/python3", str(orca), "--debug-file", str(self.log)])
        deadline = time.monotonic() + 30
        while not self.spoken() and time.monotonic() < deadline:
            time.sleep(0.2)  # Orca says "Screen reader on." once it is listening
        if not self.spoken():
            raise RuntimeError(f"Orca did not start; see {self.log}")
        return self.env

    def _wait_for_name(self, name: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = subprocess.run(["dbus-send", "--session", "--print-reply",
                                    "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                    "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                                   env=self.env, capture_output=True, text=True, timeout=10)
            if "boolean true" in reply.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError(f"{name} never appeared on the session bus")

    def spoken(self) -> list[str]:
        """Every utterance so far, in order."""
        if not self.log.exists():
            return []
        return [match.group(1) for match in SPEECH_LINE.finditer(
            self.log.read_text(errors="replace"))]

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for process in reversed(self.processes):
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
            if process.stdout:
                process.stdout.close()
        self.processes.clear()


if __name__ == "__main__":
    desktop = OrcaDesktop()
    # Stopped by Ctrl+C or a plain kill: either way everything started here stops too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        env = desktop.start()
        print("DISPLAY", env["DISPLAY"], "DBUS", env["DBUS_SESSION_BUS_ADDRESS"])
        print("LOG", desktop.log)
        print(desktop.spoken())
        signal.pause()
    finally:
        desktop.stop()
