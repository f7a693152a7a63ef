"""Start the publishing agent when he logs in, or stop doing so ("Start with the computer").

Each system has its own way; each is a small class that says which files it writes and which
commands it runs (a *plan*), and one function carries a plan out. The plans are what the unit
tests check for Windows and macOS, which cannot run here; on Linux the tests carry them out in a
temporary home folder.

- Linux with a systemd user session: a user unit in ``~/.config/systemd/user`` (it overrides
  the disabled copy the Debian package installs), enabled and started with ``systemctl --user``.
- Linux without one: an XDG autostart file in ``~/.config/autostart`` (it overrides the hidden
  copy the Debian package installs in ``/etc/xdg/autostart``).
- macOS: a LaunchAgent in ``~/Library/LaunchAgents``, loaded with ``launchctl``.
- Windows: a Task Scheduler task ("at log-on"), created with ``schtasks`` from an XML file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from ..domain.i18n import translate
from ..domain.identity import AGENT_ID, APP_NAME

COMMAND_TIMEOUT = 30  # seconds; systemctl, launchctl and schtasks answer in well under that


class AutostartError(RuntimeError):
    """Turning autostart on or off failed; the message is translated and says what to do."""


@dataclass
class Plan:
    """Files to write (path -> (text, encoding)), files to remove, then commands to run."""

    write: dict[Path, tuple[str, str]] = field(default_factory=dict)
    remove: list[Path] = field(default_factory=list)
    run: list[list[str]] = field(default_factory=list)


def agent_command(executable: str | None = None, frozen: bool | None = None,
                  platform: str = sys.platform) -> list[str]:
    """The command that starts the agent from this installation: the frozen app itself, the
    ``humasdesk`` script next to this Python (a virtual environment, pipx), or ``python -m``."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        # On Windows the frozen folder also has humasdeskw.exe, which opens no console window.
        quiet = Path(executable).with_name("humasdeskw.exe")
        if platform == "win32" and quiet.is_file():
            return [str(quiet), "agent"]
        return [executable, "agent"]
    script = Path(executable).parent / ("humasdesk.exe" if platform == "win32" else "humasdesk")
    if script.is_file():
        return [str(script), "agent"]
    return [executable, "-m", "humasdesk", "agent"]


def _agent_environment() -> dict[str, str]:
    # A data folder chosen with HUMASDESK_HOME must be the agent's too.
    home = os.environ.get("HUMASDESK_HOME")
    return {"HUMASDESK_HOME": str(Path(home).expanduser().absolute())} if home else {}


def _quoted(arg: str, specials: str) -> str:
    if arg and not any(c in arg for c in specials + ' \t"'):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


class Autostart:
    kind = ""

    def __init__(self, home: Path, command: list[str], environment: dict[str, str]):
        self.home = home
        self.command = command
        self.environment = environment

    def enable_plan(self) -> Plan:
        raise NotImplementedError

    def disable_plan(self) -> Plan:
        raise NotImplementedError

    def is_enabled(self) -> bool:
        raise NotImplementedError

    def where(self) -> str:
        """Where it is set up, in words and a path, for the message he hears."""
        raise NotImplementedError


class SystemdUser(Autostart):
    kind = "systemd"
    unit = f"{AGENT_ID}.service"

    @property
    def path(self) -> Path:
        config = os.environ.get("XDG_CONFIG_HOME") or self.home / ".config"
        return Path(config) / "systemd" / "user" / self.unit

    def unit_text(self) -> str:
        # "%" starts a specifier in both a unit and a desktop entry: doubled, it is itself.
        exec_start = " ".join(_quoted(arg, "'\\;").replace("%", "%%") for arg in self.command)
        lines = ["# Written by HumasDesk (Settings, Start with the computer).",
                 # (No network-online.target: a user manager has none; the agent retries.)
                 "[Unit]", f"Description={APP_NAME} publishing agent", "",
                 "[Service]", "Type=simple", f"ExecStart={exec_start}"]
        lines += [f'Environment="{key}={value}"' for key, value in self.environment.items()]
        lines += ["Restart=on-failure", "RestartSec=30",
                  "# The agent stops cleanly on SIGTERM and hands the publishing lease back.",
                  "KillSignal=SIGTERM", "TimeoutStopSec=40", "",
                  "[Install]", "WantedBy=default.target", ""]
        return "\n".join(lines)

    def enable_plan(self) -> Plan:
        return Plan(write={self.path: (self.unit_text(), "utf-8")},
                    run=[["systemctl", "--user", "daemon-reload"],
                         ["systemctl", "--user", "enable", "--now", self.unit]])

    def disable_plan(self) -> Plan:
        return Plan(run=[["systemctl", "--user", "disable", "--now", self.unit]],
                    remove=[self.path])

    def is_enabled(self) -> bool:
        done = _run_quietly(["systemctl", "--user", "is-enabled", self.unit])
        return done is not None and done.returncode == 0 and done.stdout.strip() == "enabled"

    def where(self) -> str:
        return translate("Autostart", "the systemd user service {name}").format(name=self.unit)


class XdgAutostart(Autostart):
    kind = "xdg"

    @property
    def path(self) -> Path:
        config = os.environ.get("XDG_CONFIG_HOME") or self.home / ".config"
        return Path(config) / "autostart" / f"{AGENT_ID}.desktop"

    def desktop_text(self) -> str:
        command = [*self.command]
        if self.environment:
            command = ["env", *(f"{k}={v}" for k, v in self.environment.items()), *command]
        return "\n".join([
            "[Desktop Entry]",
            "# Written by HumasDesk (Settings, Start with the computer).",
            "Type=Application",
            f"Name={APP_NAME} agent",
            "Name[id]=Agen HumasDesk",
            "Comment=Publishes scheduled posts while the HumasDesk window is closed",
            "Comment[id]=Menerbitkan unggahan terjadwal saat jendela HumasDesk tertutup",
            "Exec=" + " ".join(_quoted(arg, "'\\><~|&;$*?#()`").replace("%", "%%")
                               for arg in command),
            "Terminal=false", "NoDisplay=true", "X-GNOME-Autostart-enabled=true", ""])

    def enable_plan(self) -> Plan:
        return Plan(write={self.path: (self.desktop_text(), "utf-8")})

    def disable_plan(self) -> Plan:
        return Plan(remove=[self.path])

    def is_enabled(self) -> bool:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return False
        return not {"Hidden=true", "X-GNOME-Autostart-enabled=false"} & {
            line.strip() for line in lines}

    def where(self) -> str:
        return translate("Autostart", "the autostart file {path}").format(path=self.path)


class LaunchAgent(Autostart):
    kind = "launchd"

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{AGENT_ID}.plist"

    def plist_text(self) -> str:
        arguments = "".join(f"\n    <string>{escape(arg)}</string>" for arg in self.command)
        environment = ""
        if self.environment:
            pairs = "".join(f"\n    <key>{escape(k)}</key>\n    <string>{escape(v)}</string>"
                            for k, v in self.environment.items())
            environment = f"\n  <key>EnvironmentVariables</key>\n  <dict>{pairs}\n  </dict>"
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>{AGENT_ID}</string>
  <key>ProgramArguments</key>
  <array>{arguments}
  </array>{environment}
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>ProcessType</key>
  <string>Background</string>
</dict>
</plist>
"""

    def _domain(self) -> str:
        return f"gui/{os.getuid() if hasattr(os, 'getuid') else 501}"

    def enable_plan(self) -> Plan:
        return Plan(write={self.path: (self.plist_text(), "utf-8")},
                    run=[["launchctl", "bootstrap", self._domain(), str(self.path)]])

    def disable_plan(self) -> Plan:
        return Plan(run=[["launchctl", "bootout", f"{self._domain()}/{AGENT_ID}"]],
                    remove=[self.path])

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def where(self) -> str:
        return translate("Autostart", "the LaunchAgent {path}").format(path=self.path)


class TaskScheduler(Autostart):
    kind = "schtasks"
    task = f"{APP_NAME}\\{AGENT_ID}"

    @property
    def path(self) -> Path:
        # schtasks reads the definition from a file; it is kept for the record.
        local = os.environ.get("LOCALAPPDATA") or str(self.home / "AppData" / "Local")
        return Path(local) / APP_NAME / f"{AGENT_ID}.xml"

    def task_xml(self) -> str:
        program, *arguments = self.command
        joined = " ".join(f'"{a}"' if " " in a else a for a in arguments)
        return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>Publishes scheduled HumasDesk posts while the window is closed.</Description>
  </RegistrationInfo>
  <Triggers>
    <LogonTrigger>
      <Enabled>true</Enabled>
    </LogonTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <RestartOnFailure>
      <Interval>PT1M</Interval>
      <Count>10</Count>
    </RestartOnFailure>
    <StartWhenAvailable>true</StartWhenAvailable>
    <Enabled>true</Enabled>
    <Hidden>true</Hidden>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(program)}</Command>
      <Arguments>{escape(joined)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""

    def enable_plan(self) -> Plan:
        return Plan(write={self.path: (self.task_xml(), "utf-16")},
                    run=[["schtasks", "/Create", "/TN", self.task, "/XML", str(self.path),
                          "/F"]])

    def disable_plan(self) -> Plan:
        return Plan(run=[["schtasks", "/Delete", "/TN", self.task, "/F"]], remove=[self.path])

    def is_enabled(self) -> bool:
        done = _run_quietly(["schtasks", "/Query", "/TN", self.task])
        return done is not None and done.returncode == 0

    def where(self) -> str:
        return translate("Autostart", "the Task Scheduler task {name}").format(name=self.task)


def systemd_user_available(environ=os.environ) -> bool:
    """A systemd user manager runs for this session (its private socket exists)."""
    if shutil.which("systemctl") is None:
        return False
    runtime = environ.get("XDG_RUNTIME_DIR") or (
        f"/run/user/{os.getuid()}" if hasattr(os, "getuid") else "")
    return bool(runtime) and (Path(runtime) / "systemd" / "private").exists()


def for_this_system(platform: str = sys.platform, home: Path | None = None,
                    command: list[str] | None = None) -> Autostart:
    """The autostart mechanism of ``platform`` for this user."""
    home = home or Path.home()
    command = command or agent_command(platform=platform)
    environment = _agent_environment()
    if platform == "win32":
        return TaskScheduler(home, command, environment)
    if platform == "darwin":
        return LaunchAgent(home, command, environment)
    if systemd_user_available():
        return SystemdUser(home, command, environment)
    return XdgAutostart(home, command, environment)


def carry_out(plan: Plan) -> None:
    for path, (text, encoding) in plan.write.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding=encoding)
    for argv in plan.run:
        done = _run_quietly(argv)
        if done is None or done.returncode != 0:
            reason = (done.stderr or done.stdout).strip() if done else translate(
                "Autostart", "the command is missing or did not answer")
            raise AutostartError(translate(
                "Autostart", "“{command}” failed: {reason}").format(
                    command=" ".join(argv), reason=reason or done.returncode))
    for path in plan.remove:
        path.unlink(missing_ok=True)


def _run_quietly(argv: list[str]) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=COMMAND_TIMEOUT,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None


class AutostartService:
    """What Settings calls: is the agent started at log-in, and turn that on or off."""

    def __init__(self, mechanism: Autostart | None = None):
        self._mechanism = mechanism

    @property
    def mechanism(self) -> Autostart:
        if self._mechanism is None:
            self._mechanism = for_this_system()
        return self._mechanism

    def is_enabled(self) -> bool:
        return self.mechanism.is_enabled()

    def set_enabled(self, on: bool) -> str:
        """Turn it on or off; return the sentence that says what was done. Raises
        ``AutostartError`` (translated) when it could not be done."""
        mechanism = self.mechanism
        try:
            carry_out(mechanism.enable_plan() if on else mechanism.disable_plan())
        except OSError as exc:
            raise AutostartError(translate(
                "Autostart", "HumasDesk could not change {where}: {reason}.").format(
                    where=mechanism.where(), reason=exc.strerror or exc)) from None
        if on:
            return translate("Autostart", "The publishing agent now starts when you log in, "
                             "through {where}. Scheduled posts go out while the window is "
                             "closed.").format(where=mechanism.where())
        return translate("Autostart", "The publishing agent no longer starts when you log in "
                         "({where} was removed). Posts go out only while HumasDesk is "
                         "open.").format(where=mechanism.where())
