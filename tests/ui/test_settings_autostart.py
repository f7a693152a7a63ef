"""Settings → "Start with the computer": the check box shows the system's state, turns the
agent's autostart on and off for real (an XDG autostart file in a temporary home), and says
what it did; a failure is said and the box goes back."""

from __future__ import annotations

import pytest

from humasdesk.domain.identity import AGENT_ID
from humasdesk.services.autostart import AutostartService, XdgAutostart


@pytest.fixture
def autostart_home(tmp_path, monkeypatch, app):
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    app.autostart = AutostartService(XdgAutostart(home, ["/usr/bin/humasdesk", "agent"], {}))
    return home


def test_start_with_the_computer_turns_the_agent_on_and_off(autostart_home, window, qtbot):
    entry = autostart_home / ".config" / "autostart" / f"{AGENT_ID}.desktop"
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(page.autostart.isEnabled, timeout=10000)
    assert not page.autostart.isChecked()
    assert page.autostart.accessibleDescription()
    page.autostart.setChecked(True)
    qtbot.waitUntil(lambda: entry.exists() and page.autostart.isEnabled(), timeout=10000)
    said = window.ui.announcer.history[-1]
    assert "now starts when you log in" in said and str(entry) in said
    assert page.autostart_note.text() == said
    page.autostart.setChecked(False)
    qtbot.waitUntil(lambda: not entry.exists() and page.autostart.isEnabled(), timeout=10000)
    assert "no longer starts" in window.ui.announcer.history[-1]


def test_an_existing_autostart_is_shown_checked(autostart_home, app, window, qtbot):
    app.autostart.set_enabled(True)
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(page.autostart.isEnabled, timeout=10000)
    assert page.autostart.isChecked()


def test_a_failure_is_said_and_the_box_goes_back(autostart_home, window, qtbot):
    (autostart_home / ".config").write_text("a file where the folder should be")
    window.show_page("settings")
    page = window.page("settings")
    qtbot.waitUntil(page.autostart.isEnabled, timeout=10000)
    page.autostart.setChecked(True)
    qtbot.waitUntil(lambda: page.autostart.isEnabled(), timeout=10000)
    assert not page.autostart.isChecked()
    said = window.ui.announcer.history[-1]
    assert "could not change" in said and said == page.autostart_note.text()
