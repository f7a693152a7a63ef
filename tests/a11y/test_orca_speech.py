"""What a blind user hears: the real app, driven by keys, with a real screen reader (Orca, from
Debian) whose every utterance is logged. Each message is spoken exactly once, every Tab stop
says something, a drop-down list says its choices, a page says its name, and nothing says
"layered pane".

Add a step here for every new page, dialog and message: it is the check that a person hears
them, where the other AT-SPI tests check only what the bus carries.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

QUIET_S = 1.2  # Orca has said all it will for a key once it has been quiet this long
STEP_TIMEOUT_S = 30  # only a step that fails waits this long


class Listener:
    """Keys for the app, and what Orca said after each of them."""

    def __init__(self, orca, app):
        self.orca, self.app = orca, app
        self.steps: list[tuple[str, list[str]]] = []

    def after(self, what: str, action, expect: str | None = None) -> list[str]:
        """Do ``action``; return what Orca says after it: once ``expect`` (a pattern) has
        been said, or anything when no ``expect``, and Orca is then quiet for ``QUIET_S``."""
        start = len(self.orca.spoken())
        action()
        deadline = time.monotonic() + STEP_TIMEOUT_S
        said, last_change = [], time.monotonic()
        while time.monotonic() < deadline:
            now = self.orca.spoken()[start:]
            if now != said:
                said, last_change = now, time.monotonic()
            heard = any(re.search(expect, line) for line in said) if expect else bool(said)
            if heard and time.monotonic() - last_change >= QUIET_S:
                break
            time.sleep(0.1)
        self.steps.append((what, said))
        return said

    def key(self, *keys: str, expect: str | None = None) -> list[str]:
        return self.after(" ".join(keys), lambda: self.app.keys(*keys), expect)

    def type(self, text: str, expect: str | None = None) -> list[str]:
        if expect is None:  # typing is echoed by letter (not logged as speech): just type it
            self.app.type(text)
            self.wait_until_typed(text)
            return []
        return self.after(f"type {text!r}", lambda: self.app.type(text), expect)

    def wait_until_typed(self, text: str) -> None:
        """Until the focused field holds ``text``, as he waits to hear the last letter before
        the next key. With a screen reader, Qt holds each typed key until the AT-SPI registry
        has offered it to the reader, while a shortcut such as Alt+W can act first: on a busy
        machine a key sent right after typing would otherwise overtake its last letters."""
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while time.monotonic() < deadline:
            focused = self.app.focused()
            if focused and focused.get("text", "").endswith(text):
                return
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never reached the focused field:\n" + self.transcript())

    def transcript(self) -> str:
        return "\n".join(f"{what}: {said}" for what, said in self.steps)


def tab_round(listener: Listener, first: str, most: int = 40) -> list[list[str]]:
    """Tab until the stop whose speech has a line starting with ``first`` comes round again;
    every stop must say something. What each stop said."""
    stops = []
    for _ in range(most):
        said = listener.key("Tab")
        assert said, "a Tab stop said nothing:\n" + listener.transcript()
        stops.append(said)
        if any(line.startswith(first) for line in said):
            return stops
    raise AssertionError(f"Tab never came back to {first!r}:\n" + listener.transcript())


def once(said: list[str], message: str) -> bool:
    """``message`` is in exactly one utterance, said as a notification."""
    return [line for line in said if message in line] == [f"notification {message}"]


@pytest.fixture
def listener(orca, orca_app):
    time.sleep(QUIET_S)  # what the window said on opening is not part of any step
    return Listener(orca, orca_app)


def test_a_blind_user_hears_every_message_once_and_every_stop(listener):
    started = time.monotonic()
    key, type_ = listener.key, listener.type

    # The composer: every Tab stop says something, the time phrase field included, and Tab
    # comes back round to the post text.
    stops = tab_round(listener, "Post text")
    assert len(stops) >= 10, listener.transcript()
    assert any(line.startswith("When (for example") for said in stops for line in said)
    assert any(line.startswith("Publish now push button") for said in stops for line in said)

    # Publish now: the undo time (once, not every second), then the outcome.
    type_("Jadwal donor darah Sabtu pagi")
    said = key("ctrl+Return", expect="Published to Local outbox")
    assert once(said, "Publishing to Local outbox in 3 seconds. Press Escape to cancel."), said
    assert once(said, "Published to Local outbox."), said

    # Schedule without a time: he is told what to write; the time he writes is read back.
    type_("Seminar kesehatan jantung")
    said = key("ctrl+shift+Return", expect="Write when")
    assert once(said, "Write when the post should go out, for example “besok jam 9”."), said
    said = key("alt+w", expect="When")  # the field speaks when reached by its letter, too
    assert any(line.startswith("When (for example") for line in said), said
    said = type_("besok jam 9", expect="Understood: ")
    [understood] = [line for line in said if "Understood: " in line]
    assert re.fullmatch(r"notification Understood: \w+, \d+ \w+ \d{4}, 09:00 WIB\.",
                        understood), said
    # The time picker: an arrow changes it and what is now understood is said.
    key("Tab", expect="Date")
    said = key("Tab", expect="Time, WIB")
    assert said == ["Time, WIB (arrow keys change it): 09:00 spin button."], said
    said = key("Up", expect="Understood: ")
    understood = understood.replace("09:00", "10:00")
    assert once(said, understood.replace("notification ", "")), said
    said = key("ctrl+shift+Return", expect="Scheduled for")
    assert once(said, understood.replace("notification Understood: ", "Scheduled for ")), said

    # A schedule refused (a time gone by) is said, once; F6 says it again, once.
    key("alt+t", expect="Post text")
    type_("Donor darah")
    key("alt+w", expect="When")
    type_("2020-01-01 09:00", expect="Understood: ")
    refused = "2020-01-01 09:00 WIB is already past. Choose a time in the future."
    said = key("ctrl+shift+Return", expect="already past")
    assert once(said, refused), said
    said = key("F6", expect="already past")
    assert once(said, refused), said

    # Pages: switching says the page's name and where focus landed; the queue's filter
    # opens on an arrow and says each choice; nothing changes silently.
    said = key("ctrl+2", expect="Show: combo box")
    assert said[0] == "Queue page panel.", said
    said = key("Down", expect="All posts")
    assert said[-1] == "All posts.", said
    said = key("Down", expect="Upcoming")
    assert said == ["Upcoming."], said
    said = key("Return", expect="Show: combo box")
    assert said == ["Show: combo box.", "Upcoming."], said
    tab_round(listener, "Show: combo box")

    # Accounts: the outbox's name is its platform's, said once.
    said = key("ctrl+3", expect="Local outbox")
    assert said[0] == "Accounts page panel.", said
    # Its row also says, once, that the outbox has no inbox to read (issue 15).
    rows = [line for line in said if "Local outbox, Connected." in line]
    assert len(rows) == 1 and rows[0].count("Local outbox, Connected.") == 1, said
    assert "nobody can comment" in rows[0], said
    assert not any("Local outbox, Local outbox" in line for line in said), said
    tab_round(listener, "Accounts:")

    # From the Accounts button, Ctrl+4: the settings, and nothing stale about that button.
    key("shift+Tab", expect="Settings push button")
    key("shift+Tab", expect="Accounts push button")
    said = key("ctrl+4", expect="Language: combo box")
    assert said[0] == "Settings page panel.", said
    assert not any("HumasDesk publishes to" in line for line in said), said
    tab_round(listener, "Language: combo box")
    key("ctrl+3", expect="Accounts:")

    # A dialog: its name and first control; Escape says where he is back.
    said = key("ctrl+n", expect="Add an account dialog")
    assert said[0].startswith("Add an account dialog Step 1 of 2"), said
    said = key("Escape", expect="Accounts page panel")
    assert said[:2] == ["HumasDesk frame.", "Accounts page panel."], said

    # The command palette: the count is said once he stops typing, once.
    said = key("ctrl+k", expect="Type part of the action")
    assert said and said[0].startswith("Find an action dialog"), listener.transcript()
    said = type_("publ", expect="actions? found")
    counts = [line for line in said if "found" in line]
    assert len(counts) == 1, listener.transcript()
    [count] = counts
    assert re.fullmatch(r"notification \d+ actions? found\.", count), said
    key("Escape", expect="Accounts page panel")

    # Back to the composer, then Ctrl+1 again on the page he is on.
    said = key("ctrl+1", expect="Post text")
    assert said[0] == "Write page panel.", said
    said = key("ctrl+1", expect="Already on")
    assert once(said, "Already on the Write page."), said

    everything = listener.orca.spoken()
    assert not any("layered pane" in line for line in everything), listener.transcript()
    print(f"\nOrca scenario: {time.monotonic() - started:.0f} s\n" + listener.transcript())


def test_the_welcome_says_it_left_the_messages_to_the_running_screen_reader(
        orca, orca_first_start):
    app, start = orca_first_start, orca_first_start.spoken_before

    def wait_for(text: str) -> list[str]:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(
                text in line for line in orca.spoken()[start:]):
            time.sleep(0.2)
        return orca.spoken()[start:]

    said = wait_for("Welcome to HumasDesk dialog")
    [welcome] = [line for line in said if "Welcome to HumasDesk dialog" in line]
    assert "A screen reader is running, so HumasDesk leaves its messages to it" in welcome
    app.keys("Return")
    said = wait_for("Ready. The cursor is in the post text.")
    assert [line for line in said if "Ready." in line] == [
        "notification Ready. The cursor is in the post text."], said
    chosen = subprocess.run(
        [sys.executable, "-c", "import sys, pathlib; from humasdesk.app import App; "
         "print(App.build(pathlib.Path(sys.argv[1])).settings.get('self_voicing'))",
         str(app.home)], capture_output=True, text=True, timeout=60)
    assert chosen.stdout.strip() == "False", chosen.stderr
