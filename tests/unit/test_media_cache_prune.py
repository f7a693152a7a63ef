"""The folder of fitted copies does not grow for ever: a copy not used for a month goes, and the
folder is kept under its size cap (least recently used first), but a copy that a post still
waiting to go out needs is never removed. Real files; their ages set with os.utime."""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from humasdesk.domain.model import Account
from humasdesk.media.fit import fit, prune
from humasdesk.media.limits import limits_for
from humasdesk.media.outgoing import copy_key
from humasdesk.platforms.base import Capabilities
from humasdesk.platforms.registry import PlatformSpec
from humasdesk.services.media import CACHE_UNUSED_DAYS, DAY_SECONDS, start_pruning
from media_support import Recorder, phone_photo

DAY = 24 * 60 * 60
MONTH = 30 * DAY
LARGE = 10 ** 12


def aged(paths, days: float, now: float) -> None:
    for path in paths:
        os.utime(path, (now - days * DAY, now - days * DAY))


def entry(folder: Path, key: str, size: int, days: float, now: float) -> list[Path]:
    """A cached copy as ``fit`` leaves it: the picture and its facts, last used ``days`` ago."""
    folder.mkdir(parents=True, exist_ok=True)
    picture, facts = folder / f"{key}.jpg", folder / f"{key}.json"
    picture.write_bytes(b"\xff" * size)
    facts.write_text("{}")
    aged([picture, facts], days, now)
    return [picture, facts]


def test_copies_not_used_for_a_month_go_and_the_others_stay(tmp_path):
    now, cache = time.time(), tmp_path / "fitted"
    old = entry(cache, "old", 5000, 31, now)
    unfinished = cache / "old.json.4242.part"  # left by a crash while writing
    unfinished.write_bytes(b"{")
    aged([unfinished], 31, now)
    recent = entry(cache, "recent", 5000, 29, now)
    pruned = prune(cache, set(), unused_for=MONTH, max_size=LARGE, now=now)
    assert pruned.copies == 1 and pruned.size == 5000 + 2 + 1
    assert not any(path.exists() for path in [*old, unfinished])
    assert all(path.exists() for path in recent)


def test_over_the_size_cap_the_least_recently_used_go_first(tmp_path):
    now, cache = time.time(), tmp_path / "fitted"
    copies = {key: entry(cache, key, 1000, days, now)
              for key, days in (("a", 5), ("b", 3), ("c", 1), ("d", 2))}
    pruned = prune(cache, set(), unused_for=MONTH, max_size=2100, now=now)
    assert pruned.copies == 2
    assert sorted(path.stem for path in cache.glob("*.jpg")) == ["c", "d"]
    assert sum(path.stat().st_size for path in cache.iterdir()) <= 2100
    assert not copies["a"][0].exists() and not copies["b"][1].exists()


def test_a_copy_that_is_needed_stays_however_old_and_large(tmp_path):
    now, cache = time.time(), tmp_path / "fitted"
    needed = entry(cache, "needed", 10_000, 400, now)
    other = entry(cache, "other", 10, 400, now)
    pruned = prune(cache, {"needed"}, unused_for=MONTH, max_size=100, now=now)
    assert pruned.copies == 1
    assert all(path.exists() for path in needed) and not any(p.exists() for p in other)


def test_no_folder_yet_is_nothing_to_prune(tmp_path):
    assert prune(tmp_path / "fitted", set(), unused_for=MONTH, max_size=0) == (0, 0)


def test_a_copy_used_again_counts_as_used_now(tmp_path):
    now, cache = time.time(), tmp_path / "fitted"
    photo = phone_photo(tmp_path / "IMG.jpg", width=1200, height=900)
    limits = limits_for("bluesky", {})
    made = fit(photo.path, limits, cache, sha256=photo.sha256)
    aged(cache.iterdir(), 45, now)
    again = fit(photo.path, limits, cache, sha256=photo.sha256)  # found in the cache
    assert again.path == made.path
    assert prune(cache, set(), unused_for=MONTH, max_size=LARGE, now=now).copies == 0
    assert Path(made.path).is_file()


def setup(app):
    recorder = Recorder()
    app.registry.register(PlatformSpec(id="bluesky", display_name=lambda: "Bluesky",
                                       capabilities=Capabilities(text_rules="outbox"),
                                       factory=recorder.adapter))
    return app.store.accounts.add(Account(platform="bluesky", name="Bluesky RSKO"))


def test_the_copies_of_a_post_still_waiting_to_go_out_are_kept(app, tmp_path):
    account = setup(app)
    waiting = phone_photo(tmp_path / "IMG-1.jpg", width=1200, height=900)
    unused = phone_photo(tmp_path / "IMG-2.jpg", width=900, height=1200)
    [record] = app.publishing.submit("Bangsal anak", [account.id], media=[waiting],
                                     when=datetime.now(UTC) + timedelta(days=2))
    app.media.prepare([waiting, unused], [account])  # both copies made ahead
    cache = app.media.cache_dir
    assert len(list(cache.glob("*.jpg"))) == 2
    now = time.time()
    aged(cache.iterdir(), CACHE_UNUSED_DAYS + 10, now)
    needed = copy_key(waiting, limits_for("bluesky", {}), app.media.choice(waiting))
    assert app.media.prune_cache(now=now).copies == 1
    assert {path.name for path in cache.iterdir()} == {f"{needed}.jpg", f"{needed}.json"}
    # Cancelled, the post needs its copy no more.
    app.publishing.cancel(record.id)
    assert app.media.prune_cache(now=now).copies == 1
    assert list(cache.iterdir()) == []


def test_the_agent_prunes_in_the_background_until_stopped(app, tmp_path, monkeypatch):
    import humasdesk.services.media as media_service

    monkeypatch.setattr(media_service, "PRUNE_FIRST_DELAY_SECONDS", 0)
    now = time.time()
    old = entry(app.media.cache_dir, "old", 100, CACHE_UNUSED_DAYS + 1, now)
    stop = threading.Event()
    thread = start_pruning(app.media, stop)
    deadline = time.monotonic() + 10
    while old[0].exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    stop.set()
    thread.join(5)
    assert not old[0].exists() and not thread.is_alive()
    assert DAY_SECONDS == DAY
