#!/usr/bin/python3
"""Read HumasDesk the way a screen reader does, over the AT-SPI bus (Debian's python3-gi).

Runs under the system Python (gi is a Debian package, not in the virtual environment).
    atspi_probe.py tree APP_NAME            -> JSON tree of the application
    atspi_probe.py focused APP_NAME         -> JSON of the focused object (or null)
    atspi_probe.py listen SECONDS           -> JSON list of announcement, showing and focus
                                               events
"""

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

INTERESTING_STATES = ("focusable", "focused", "showing", "visible", "enabled", "checked",
                      "editable", "selected")


def states_of(node):
    state_set = node.get_state_set()
    return [name for name in INTERESTING_STATES
            if state_set.contains(getattr(Atspi.StateType, name.upper()))]


def describe(node, depth=0, max_depth=40):
    try:
        item = {
            "role": node.get_role_name(),
            "name": node.get_name() or "",
            "description": node.get_description() or "",
            "states": states_of(node),
            "children": [],
        }
    except GLib.Error:
        return None
    if depth < max_depth:
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                described = describe(child, depth + 1, max_depth)
                if described:
                    item["children"].append(described)
    return item


def find_app(name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and (app.get_name() or "").lower() == name.lower():
            return app
    return None


def text_of(node) -> str:
    """What a text field holds ("" for other objects)."""
    try:
        text = node.get_text_iface()
        return text.get_text(0, text.get_character_count()) if text is not None else ""
    except GLib.Error:
        return ""


def find_focused(node):
    try:
        states = node.get_state_set()
        # A combo box's closed list keeps its current item marked focused; what is not shown
        # cannot hold the keyboard focus, so a hidden branch is not searched.
        if node.get_role() != Atspi.Role.APPLICATION and \
                not states.contains(Atspi.StateType.SHOWING):
            return None
        if states.contains(Atspi.StateType.FOCUSED):
            return node
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                found = find_focused(child)
                if found is not None:
                    return found
    except GLib.Error:
        return None
    return None


def main():
    command = sys.argv[1]
    if command == "tree":
        app = find_app(sys.argv[2])
        print(json.dumps(describe(app) if app else None))
    elif command == "focused":
        app = find_app(sys.argv[2])
        node = find_focused(app) if app else None
        print(json.dumps(None if node is None else {
            "role": node.get_role_name(), "name": node.get_name() or "",
            "description": node.get_description() or "", "states": states_of(node),
            "text": text_of(node)}))
    elif command == "listen":
        events = []

        def on_event(event):
            source = event.source
            data = event.any_data
            events.append({"type": event.type, "detail1": event.detail1,
                           "data": data if isinstance(data, str) else "",
                           "role": source.get_role_name() if source else "",
                           "name": (source.get_name() or "") if source else ""})

        listener = Atspi.EventListener.new(on_event)
        listener.register("object:announcement")
        listener.register("object:state-changed:showing")
        listener.register("object:state-changed:focused")
        print("LISTENING", flush=True)
        loop = GLib.MainLoop()
        GLib.timeout_add(int(float(sys.argv[2]) * 1000), loop.quit)
        loop.run()
        print(json.dumps(events), flush=True)


if __name__ == "__main__":
    main()
