"""Start with the computer: what each system's mechanism writes and runs. Linux plans are
carried out for real in a temporary home; Windows and macOS plans are checked as the files
and commands they would produce (they cannot run here)."""

from __future__ import annotations

import os
import plistlib
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from humasdesk.domain.identity import AGENT_ID, APP_ID
from humasdesk.services import autostart
from humasdesk.services.autostart import (
    AutostartError,
    AutostartService,
    LaunchAgent,
    SystemdUser,
    TaskScheduler,
    XdgAutostart,
    agent_command,
    for_this_system,
)

COMMAND = ["/opt/Humas Desk/humasdesk", "agent"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("HUMASDESK_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    return home


def test_the_agent_ids_derive_from_the_application_id():
    assert APP_ID == "io.github.humasdesk.HumasDesk"
    assert AGENT_ID.startswith(APP_ID + ".")


def test_the_agent_command_is_this_installation(tmp_path):
    assert agent_command("/opt/humasdesk/humasdesk", frozen=True) == [
        "/opt/humasdesk/humasdesk", "agent"]
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    assert agent_command(str(python), frozen=False) == [str(python), "-m", "humasdesk", "agent"]
    (bin_dir / "humasdesk").write_text("#!/bin/sh\n")
    assert agent_command(str(python), frozen=False) == [str(bin_dir / "humasdesk"), "agent"]
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    (scripts / "humasdesk.exe").write_text("")
    assert agent_command(str(scripts / "python.exe"), frozen=False, platform="win32") == [
        str(scripts / "humasdesk.exe"), "agent"]
    frozen_dir = tmp_path / "HumasDesk"
    frozen_dir.mkdir()
    (frozen_dir / "humasdeskw.exe").write_text("")
    assert agent_command(str(frozen_dir / "humasdesk.exe"), frozen=True, platform="win32") == [
        str(frozen_dir / "humasdeskw.exe"), "agent"]


def test_each_system_gets_its_own_mechanism(home, monkeypatch):
    monkeypatch.setattr(autostart, "systemd_user_available", lambda: False)
    assert isinstance(for_this_system("win32", home, COMMAND), TaskScheduler)
    assert isinstance(for_this_system("darwin", home, COMMAND), LaunchAgent)
    assert isinstance(for_this_system("linux", home, COMMAND), XdgAutostart)
    monkeypatch.setattr(autostart, "systemd_user_available", lambda: True)
    assert isinstance(for_this_system("linux", home, COMMAND), SystemdUser)


def test_systemd_user_manager_is_found_by_its_socket(tmp_path, monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: "/usr/bin/systemctl")
    runtime = tmp_path / "run"
    assert not autostart.systemd_user_available({"XDG_RUNTIME_DIR": str(runtime)})
    (runtime / "systemd").mkdir(parents=True)
    (runtime / "systemd" / "private").touch()
    assert autostart.systemd_user_available({"XDG_RUNTIME_DIR": str(runtime)})
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    assert not autostart.systemd_user_available({"XDG_RUNTIME_DIR": str(runtime)})


def test_xdg_autostart_is_written_and_removed_in_the_home_folder(home):
    service = AutostartService(XdgAutostart(home, COMMAND, {}))
    assert not service.is_enabled()
    said = service.set_enabled(True)
    path = home / ".config" / "autostart" / f"{AGENT_ID}.desktop"
    assert str(path) in said and "log in" in said
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/Humas Desk/humasdesk" agent' in text  # quoted: the path has a space
    assert service.is_enabled()
    validate = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                              text=True)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    said = service.set_enabled(False)
    assert not path.exists() and "no longer" in said
    assert not service.is_enabled()


def test_xdg_autostart_honours_xdg_config_home_and_the_data_folder(home, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HUMASDESK_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(autostart, "systemd_user_available", lambda: False)
    mechanism = for_this_system("linux", home, COMMAND)
    AutostartService(mechanism).set_enabled(True)
    text = (tmp_path / "config" / "autostart" / f"{AGENT_ID}.desktop").read_text()
    assert f"Exec=env HUMASDESK_HOME={tmp_path / 'data'} " in text


def test_a_hidden_system_entry_counts_as_off(home):
    mechanism = XdgAutostart(home, COMMAND, {})
    mechanism.path.parent.mkdir(parents=True)
    mechanism.path.write_text(mechanism.desktop_text().replace(
        "X-GNOME-Autostart-enabled=true", "Hidden=true"))
    assert not mechanism.is_enabled()


def fake_systemctl(tmp_path, monkeypatch, fail_enable=False) -> Path:
    """A systemctl on PATH that records its arguments (this machine has no user manager)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "systemctl.log"
    script = bin_dir / "systemctl"
    enable = ('echo "Failed to enable unit" >&2; exit 1' if fail_enable
              else f"touch {tmp_path}/enabled")
    script.write_text(f"""#!/bin/sh
echo "$@" >> {log}
case "$*" in
  *is-enabled*) [ -f {tmp_path}/enabled ] && {{ echo enabled; exit 0; }}; echo disabled; exit 1;;
  *" enable "*) {enable};;
  *disable*) rm -f {tmp_path}/enabled;;
esac
exit 0
""")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def test_systemd_user_unit_is_written_enabled_and_disabled(home, tmp_path, monkeypatch):
    log = fake_systemctl(tmp_path, monkeypatch)
    service = AutostartService(SystemdUser(home, COMMAND, {"HUMASDESK_HOME": "/data/humas"}))
    assert not service.is_enabled()
    said = service.set_enabled(True)
    unit = home / ".config" / "systemd" / "user" / f"{AGENT_ID}.service"
    text = unit.read_text()
    assert 'ExecStart="/opt/Humas Desk/humasdesk" agent' in text
    assert 'Environment="HUMASDESK_HOME=/data/humas"' in text
    assert "WantedBy=default.target" in text
    assert f"{AGENT_ID}.service" in said
    assert service.is_enabled()
    service.set_enabled(False)
    assert not unit.exists() and not service.is_enabled()
    calls = log.read_text().splitlines()
    assert calls == [f"--user is-enabled {AGENT_ID}.service", "--user daemon-reload",
                     f"--user enable --now {AGENT_ID}.service",
                     f"--user is-enabled {AGENT_ID}.service",
                     f"--user disable --now {AGENT_ID}.service",
                     f"--user is-enabled {AGENT_ID}.service"]
    if subprocess.run(["which", "systemd-analyze"], capture_output=True).returncode == 0:
        unit.write_text(text.replace('"/opt/Humas Desk/humasdesk"', "/bin/true"))
        checked = subprocess.run(["systemd-analyze", "verify", "--user", str(unit)],
                                 capture_output=True, text=True)
        assert "Invalid" not in checked.stderr and "bad" not in checked.stderr.lower()


def test_a_failing_command_is_said_in_words(home, tmp_path, monkeypatch):
    fake_systemctl(tmp_path, monkeypatch, fail_enable=True)
    service = AutostartService(SystemdUser(home, COMMAND, {}))
    with pytest.raises(AutostartError, match="Failed to enable unit"):
        service.set_enabled(True)


def test_an_unwritable_folder_is_said_in_words(home):
    (home / ".config").write_text("a file, not a folder")
    with pytest.raises(AutostartError, match="could not change"):
        AutostartService(XdgAutostart(home, COMMAND, {})).set_enabled(True)


def test_macos_launch_agent_plan(home, monkeypatch):
    monkeypatch.setattr(autostart.os, "getuid", lambda: 501, raising=False)
    mechanism = LaunchAgent(home, COMMAND, {"HUMASDESK_HOME": "/Volumes/USB/humas"})
    plan = mechanism.enable_plan()
    path = home / "Library" / "LaunchAgents" / f"{AGENT_ID}.plist"
    [(written, (text, encoding))] = plan.write.items()
    assert written == path and encoding == "utf-8"
    parsed = plistlib.loads(text.encode())
    assert parsed["Label"] == AGENT_ID
    assert parsed["ProgramArguments"] == COMMAND
    assert parsed["RunAtLoad"] is True
    assert parsed["EnvironmentVariables"] == {"HUMASDESK_HOME": "/Volumes/USB/humas"}
    assert plan.run == [["launchctl", "bootstrap", "gui/501", str(path)]]
    off = mechanism.disable_plan()
    assert off.run == [["launchctl", "bootout", f"gui/501/{AGENT_ID}"]]
    assert off.remove == [path]


def test_windows_task_scheduler_plan(home, monkeypatch):
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    program = r"C:\Program Files\HumasDesk\humasdeskw.exe"
    mechanism = TaskScheduler(home, [program, "agent"], {})
    plan = mechanism.enable_plan()
    [(path, (text, encoding))] = plan.write.items()
    assert path == home / "AppData" / "Local" / "HumasDesk" / f"{AGENT_ID}.xml"
    assert encoding == "utf-16"  # schtasks /XML reads UTF-16
    namespace = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    task = ET.fromstring(text.encode("utf-16"))
    assert task.find("t:Actions/t:Exec/t:Command", namespace).text == program
    assert task.find("t:Actions/t:Exec/t:Arguments", namespace).text == "agent"
    assert task.find("t:Triggers/t:LogonTrigger/t:Enabled", namespace).text == "true"
    assert plan.run == [["schtasks", "/Create", "/TN", f"HumasDesk\\{AGENT_ID}", "/XML",
                         str(path), "/F"]]
    off = mechanism.disable_plan()
    assert off.run == [["schtasks", "/Delete", "/TN", f"HumasDesk\\{AGENT_ID}", "/F"]]
    # Carried out here (no schtasks), the file is written and the missing command is said.
    with pytest.raises(AutostartError, match="schtasks"):
        autostart.carry_out(plan)
    assert path.read_bytes().startswith(b"\xff\xfe")  # UTF-16 with its byte-order mark
