"""The autostart files start the agent and are well-formed for their systems."""

import configparser
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_systemd_user_unit_runs_the_agent():
    unit = configparser.ConfigParser(interpolation=None, strict=True)
    unit.read(PACKAGING / "linux" / "humasdesk-agent.service")
    assert unit["Service"]["ExecStart"].split()[-2:] == ["humasdesk", "agent"] or \
        unit["Service"]["ExecStart"].endswith("humasdesk agent")
    assert unit["Install"]["WantedBy"] == "default.target"
    assert unit["Service"]["KillSignal"] == "SIGTERM"


def test_desktop_entries():
    for name, exec_line in (("humasdesk-agent.desktop", "humasdesk agent"),
                            ("humasdesk.desktop", "humasdesk")):
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(PACKAGING / "linux" / name)
        section = entry["Desktop Entry"]
        assert section["Type"] == "Application"
        assert section["Exec"] == exec_line
        assert section["Name"]


def test_windows_task_and_macos_launch_agent():
    task = ET.fromstring((PACKAGING / "windows" / "humasdesk-agent.xml").read_bytes())
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert task.find(".//t:Exec/t:Arguments", ns).text == "agent"
    assert task.find(".//t:LogonTrigger", ns) is not None
    with open(PACKAGING / "macos" / "id.humasdesk.agent.plist", "rb") as handle:
        plist = plistlib.load(handle)
    assert plist["ProgramArguments"][-1] == "agent"
    assert plist["RunAtLoad"] is True
