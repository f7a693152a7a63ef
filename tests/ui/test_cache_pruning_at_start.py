"""Once the window is up, fitted copies not used for a month are removed, in the pool."""

from __future__ import annotations

import os
import threading
import time

from humasdesk.services.media import CACHE_UNUSED_DAYS, MediaService


def test_old_fitted_copies_go_after_start_up_off_the_gui_thread(app, request, monkeypatch):
    cache = app.paths.cache / "fitted"
    cache.mkdir(parents=True, exist_ok=True)
    old, recent = cache / "old.jpg", cache / "recent.jpg"
    for path, days in ((old, CACHE_UNUSED_DAYS + 1), (recent, 1)):
        path.write_bytes(b"\xff" * 100)
        used = time.time() - days * 24 * 60 * 60
        os.utime(path, (used, used))
    threads = []
    original = MediaService.prune_cache

    def prune_cache(self, now=None):
        threads.append(threading.get_ident())
        return original(self, now)

    monkeypatch.setattr(MediaService, "prune_cache", prune_cache)
    window = request.getfixturevalue("window")  # started now, and waited for until ready
    window.ui.tasks.wait()
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert not old.exists() and recent.exists()
