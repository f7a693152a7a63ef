"""Helpers shared by the test folders (tests/ is on sys.path through its conftest.py)."""

from __future__ import annotations

import os
import shutil

import pytest


def require(condition: bool, message: str) -> None:
    """Skip when the machine lacks something; in CI (HUMASDESK_REQUIRE_ALL=1) fail instead."""
    if not condition:
        if os.environ.get("HUMASDESK_REQUIRE_ALL") == "1":
            pytest.fail(message + " (HUMASDESK_REQUIRE_ALL=1)")
        pytest.skip(message)


def require_program(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} is not installed on this machine")
    return path


def publish_now(app, body: str, account_ids: list[int]):
    """Create a post and send it at once through a publishing engine; the engine's outcomes."""
    records = app.publishing.submit(body, account_ids)
    engine = app.engine("test")
    try:
        return engine.run_once(only={r.id for r in records})
    finally:
        engine.release()


def choose(qtbot, box, arrow) -> None:
    """Pick the next choice of a drop-down list as he does: an arrow on the closed list opens
    it (the value stays), the arrow moves in the open list, Enter picks."""
    from PySide6.QtCore import Qt

    before = box.currentIndex()
    qtbot.keyClick(box, arrow)
    qtbot.waitUntil(box.view().isVisible)
    assert box.currentIndex() == before, "a closed list changed without being opened"
    qtbot.keyClick(box.view(), arrow)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
