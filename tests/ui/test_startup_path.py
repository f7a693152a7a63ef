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

import pytest

CHILD = """
import json, sys
import humasdesk.entry
import humasdesk.ui.main as gui

original_show = gui.GuiController.show

def show_and_report(self):
    original_show(self)
    shown = sorted(sys.modules)
    # Qt's "Qt" namespace is an attribute of QtCore that PySide builds on first use (~15 ms).
    qt_namespace_at_show = "Qt" in sys.modules["PySide6.QtCore"].__dict__
    from PySide6.QtCore import Qt, QTimer

    def when_ready():
        compose = self.window.page("compose")
        ready = sorted(sys.modules)
        built_when_ready = sorted(self.window.pages)
        visits = {}
        for page in ("queue", "accounts", "settings"):  # as Ctrl+2, Ctrl+3, Ctrl+4 do
            self.window.ui.actions.actions["page." + page].trigger()
            visits[page] = {"modules": sorted(sys.modules),
                            "current": self.window.current_page_name(),
                            "name": self.window.page(page).accessibleName()}
        print(json.dumps({"shown": shown, "ready": ready, "built_when_ready": built_when_ready,
                          "visits": visits, "qt_namespace_at_show": qt_namespace_at_show,
                          "navigation_takes_focus":
                              self.window.nav_area.focusPolicy() != Qt.FocusPolicy.NoFocus,
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

# The pages after the first: each is built, and its module imported, on its first visit.
LATER_PAGES = {"queue": "humasdesk.ui.pages.queue", "accounts": "humasdesk.ui.pages.accounts",
               "settings": "humasdesk.ui.pages.settings"}

# Loaded only when needed, after the first paint (or never, for a plain start).
NOT_BEFORE_THE_WINDOW = (
    "httpx", "keyring", "pyttsx3", "speech_recognition", "zoneinfo",
    "humasdesk.platforms.registry", "humasdesk.domain.textrules", "humasdesk.publishing.engine",
    "humasdesk.speech", "humasdesk.ui.when_field", "humasdesk.ui.pages.queue",
    "humasdesk.ui.pages.accounts", "humasdesk.ui.pages.settings", "humasdesk.cli",
    # The Inbox and Insights pages, the inbox's store and rules, the platform layer's base.
    "humasdesk.ui.pages.inbox", "humasdesk.ui.pages.insights", "humasdesk.ui.inbox_watch",
    "humasdesk.store.inbox", "humasdesk.store.watch", "humasdesk.store.media_choices",
    "humasdesk.domain.inbox", "humasdesk.domain.triage", "humasdesk.platforms.base",
    "humasdesk.services.inbox", "humasdesk.services.insights",
    # Heavy libraries: the post language's model (numpy), regex, pictures, reports, speech.
    "numpy", "py3langid", "regex", "cv2", "reportlab", "pillow_heif", "PIL",
    "faster_whisper", "ctranslate2", "subprocess", "humasdesk.ui.picture_sources",
)


def _start(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUMASDESK_HOME=str(tmp_path))
    subprocess.run([sys.executable, "-c", "from humasdesk.app import App; "
                    "App.build().settings.set('welcomed', True)"], env=env, check=True)
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    """One start serves every test here: each start costs seconds."""
    return _start(tmp_path_factory.mktemp("home"))


def test_the_window_shows_before_the_heavy_parts_load_and_they_load_after(report):
    loaded_at_show = set(report["shown"])
    early = [name for name in NOT_BEFORE_THE_WINDOW if name in loaded_at_show]
    assert early == [], f"loaded before the window was shown: {early}"
    assert report["qt_namespace_at_show"] is False, (
        "Qt's \"Qt\" namespace was loaded before the window was shown: import it inside the "
        "function that needs it after the first paint (about 15 ms of start-up)")
    # ...and what was left for after the first paint is done once the window is ready.
    assert report["navigation_takes_focus"] is False
    # ...and the start-up then finishes: rules, platforms and the scheduling box are there.
    loaded_when_ready = set(report["ready"])
    assert {"humasdesk.platforms.registry", "humasdesk.domain.textrules",
            "humasdesk.ui.when_field"} <= loaded_when_ready
    assert report["schedule_box"] is True
    assert report["schedule_enabled"] is True


def test_only_the_first_page_is_built_before_a_visit_and_each_other_page_on_its_first(
        report):
    assert report["built_when_ready"] == ["compose"]
    # Not even the background start-up loads a page he has not asked for.
    assert not set(LATER_PAGES.values()) & set(report["ready"])
    titles = {"queue": "Queue page", "accounts": "Accounts page", "settings": "Settings page"}
    for visited, (page, module) in enumerate(LATER_PAGES.items()):
        visit = report["visits"][page]
        assert visit["current"] == page
        assert visit["name"] == titles[page]  # what a screen reader says on entering it
        assert module in visit["modules"]
        # ...and the pages not visited yet are still not loaded.
        later = list(LATER_PAGES.values())[visited + 1:]
        assert not set(later) & set(visit["modules"])
