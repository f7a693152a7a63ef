"""HumasDesk as Orca meets it: read over AT-SPI from another process, driven by real keys."""

import time

import pytest

pytestmark = pytest.mark.xvfb


def walk(node, path=()):
    yield node, path
    for child in node["children"]:
        yield from walk(child, (*path, node["role"]))


def unnamed_focusable(tree):
    return [(n["role"], " > ".join(p)) for n, p in walk(tree)
            if "focusable" in n["states"] and "showing" in n["states"]
            and n["role"] not in ("filler",) and not n["name"].strip()]


def test_every_focusable_control_on_every_page_has_a_role_and_a_name(running_app):
    seen_pages = {}
    for keys, page_marker in (("ctrl+1", "Post text (Alt+T)"), ("ctrl+2", "Refresh the queue"),
                              ("ctrl+3", "Accounts"), ("ctrl+4", "Language")):
        running_app.keys(keys)
        deadline = time.monotonic() + 10  # a page is built the first time it is opened
        while True:
            tree = running_app.tree()
            names = [n["name"] for n, _ in walk(tree) if "showing" in n["states"]]
            if any(name.startswith(page_marker) for name in names) \
                    or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert any(name.startswith(page_marker) for name in names), (keys, names)
        assert unnamed_focusable(tree) == [], keys
        seen_pages[keys] = sum(1 for n, _ in walk(tree) if "focusable" in n["states"]
                               and "showing" in n["states"])
    assert all(count >= 5 for count in seen_pages.values()), seen_pages


def test_tab_walk_through_the_composer_names_every_stop_and_comes_back(running_app):
    start = running_app.focused()
    assert start["role"] == "text" and start["name"].startswith("Post text")
    stops = []
    focused = start
    for _ in range(40):  # the composer has about 20 stops; more means Tab is stuck
        running_app.keys("Tab")
        focused = running_app.focus_after(focused)
        assert focused is not None, "focus was lost"
        assert focused["role"] and focused["name"].strip(), focused
        stops.append((focused["role"], focused["name"]))
        if focused["name"] == start["name"]:
            break
    roles = [role for role, _ in stops]
    names = [name for _, name in stops]
    assert "check box" in roles and "Publish now" in names and "Schedule" in names, repr(stops)
    assert names[-1] == start["name"], "Tab never came back round: a keyboard trap"


def test_publishing_by_keyboard_is_announced(running_app):
    listener = running_app.listen(9)
    running_app.type("Jadwal donor darah Sabtu pagi")
    running_app.keys("ctrl+Return")
    events = running_app.events(listener)
    # On Linux a message is a notification shown (Orca speaks it), never also an
    # announcement event (newer Orca would speak that too: twice).
    assert [e for e in events if e["type"] == "object:announcement"] == []
    announcements = [e["name"] for e in events if e["type"] == "object:state-changed:showing"
                     and e["role"] == "notification" and e["detail1"] == 1]
    # The undo time is said once (not every second), then the outcome.
    assert announcements == ["Publishing to Local outbox in 3 seconds. Press Escape to cancel.",
                             "Published to Local outbox."]
    focus_names = [e["name"] for e in events
                   if e["type"] == "object:state-changed:focused" and e["detail1"] == 1]
    assert all(focus_names), events
    [md] = (running_app.home / "outbox").glob("*.md")
    assert "Jadwal donor darah Sabtu pagi" in md.read_text()
