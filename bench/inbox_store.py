#!/usr/bin/env python3
"""Inbox store and sync (run by bench/inbox.py, or alone): reading 5,000 new items into the
store, and the first rows of a view with 50,000.

1. Sync. ``--accounts`` accounts (default 10) of the test forum platform (tests/inbox_support.py:
   an adapter that reads ``GET /inbox`` pages of 100 over HTTP from a server on 127.0.0.1)
   hold ``--items`` new comments in all (default 5,000) of realistic Indonesian and English
   text. Timed: ``InboxService.sync_due()`` reading every account from the start, as after
   connecting them: the HTTP reads, the triage of every message, and storing items and cursors
   in one transaction per page. Printed: seconds and items per second.
2. Views. A fresh data directory gets ``--stored`` items (default 50,000) over 8 accounts and
   two years: most handled, some read, 2,000 new, labelled by the triage, stored through the
   store's own ``save_batch`` in pages as a sync would. Timed, interleaved, medians over
   ``--runs`` rounds: the first 50 rows of each view (``InboxService.items``: priority, new,
   one account, handled, all), the counts of new items per account and kind, and a thread.
   Target for the priority view (the Inbox page's first screen): at most 100 ms.

The figure printed last is the headline: the priority view's first rows against its target.

    python bench/inbox.py [--parts sync,views] [--accounts 10] [--items 5000]
                          [--stored 50000] [--runs 50]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT / "tests"))

TEXTS = (
    "Antre di poli jiwa tiga jam, pelayanan lambat sekali, kecewa bgt",
    "Jam besuk sampai jam berapa ya min?",
    "Terima kasih RSKO, perawatnya ramah dan sabar",
    "Tolong, ayah saya kejang dan tidak sadar di rumah, IGD bisa jemput?",
    "Apakah poli anak buka hari Sabtu?",
    "BPJS saya ditolak di loket pendaftaran, padahal aktif. Gimana ini?",
    "Mantap, vaksinasinya cepat dan rapi. Sukses terus!",
    "Parkir motor penuh terus, udh muter 3x gak dapet",
    "Do you accept international insurance for outpatient visits?",
    "The nurse at ward 3 was rude to my mother, very disappointed",
    "Kirain bakal lama, ternyata cepat banget pelayanannya",
    "Tidak ada keluhan, semua baik. Makasih dok",
    "Dokter spesialis jantung praktik hari apa saja?",
    "Tagihan saya salah hitung, minta tolong dicek min",
    "Adik saya overdosis obat, harus ke mana sekarang??",
)
TARGET_MS = 100.0


def sync_figures(accounts: int, items: int) -> tuple[float, int]:
    """Seconds to read ``items`` new items spread over ``accounts`` forum accounts."""
    from contract_server import ContractServer
    from humasdesk.app import App
    from inbox_support import ForumAdapter, ForumServer, add_account

    ForumAdapter.page_size = 100
    home = Path(tempfile.mkdtemp(prefix="humasdesk-bench-inbox-"))
    servers, app = [], App.build(home)
    try:
        rng = random.Random(15)
        start = datetime.now(UTC) - timedelta(days=2)
        for number in range(accounts):
            forum = ForumServer(ContractServer())
            servers.append(forum)
            add_account(app, forum.url, name=f"Forum {number + 1}")
            for n in range(items // accounts):
                forum.add(rng.choice(TEXTS) + f" #{n}", handle=f"user{rng.randrange(900)}",
                          thread=f"post-{rng.randrange(40)}",
                          at=start + timedelta(seconds=30 * n))
        began = time.perf_counter()
        reports = app.inbox.sync_due()
        while any(r.next_at is not None and r.next_at <= datetime.now(UTC) for r in reports):
            reports = app.inbox.sync_due()  # the accounts with more than one sync's worth
        seconds = time.perf_counter() - began
        stored = app.store.inbox.count()
        problems = [r.problem for r in reports if r.problem]
        if problems:
            raise SystemExit(f"sync failed: {problems[0]}")
        return seconds, stored
    finally:
        app.close()
        for forum in servers:
            forum.server.close()
        shutil.rmtree(home, ignore_errors=True)


def fill_store(app, stored: int, rng: random.Random) -> None:
    """``stored`` items over 8 accounts and two years, as syncs would have left them."""
    from humasdesk.domain import triage
    from humasdesk.domain.inbox import ItemKind, ItemState, RemoteItem
    from humasdesk.domain.inbox_items import Labels
    from humasdesk.domain.model import Account

    accounts = [app.store.accounts.add(Account(platform="outbox", name=f"Akun {n}"))
                for n in range(8)]
    labels = {}
    for text in TEXTS:
        found = triage.classify(text)
        labels[text] = Labels(found.complaint, found.urgent, found.question, found.reasons)
    kinds = list(ItemKind)
    start = datetime.now(UTC) - timedelta(days=730)
    step = timedelta(days=730) / stored
    page, number = [], 0
    for n in range(stored):
        text = rng.choice(TEXTS)
        account = accounts[n % len(accounts)]
        page.append((account.id, RemoteItem(
            remote_id=f"r{n}", kind=rng.choice(kinds), author_name=f"Pengguna {n % 3000}",
            author_handle=f"user{n % 3000}", text=f"{text} #{n}", received_at=start + n * step,
            thread_id=f"t{n // 6}", url=f"https://example.invalid/{n}"), labels[text]))
        if len(page) == 500 or n == stored - 1:
            by_account: dict[int, list] = {}
            for account_id, remote, label in page:
                by_account.setdefault(account_id, []).append((remote, label))
            for account_id, batch in by_account.items():
                cursor = app.store.inbox.cursor(account_id).cursor
                app.store.inbox.save_batch(account_id, batch, cursor=f"{cursor}+",
                                           expected_cursor=cursor, next_at=None)
            page, number = [], number + 1
    # History: all but the newest 2,000 handled, a few hundred of those left read.
    ids = [r["id"] for r in app.store.db.query("SELECT id FROM inbox_items ORDER BY id")]
    old = ids[:-2000]
    app.store.inbox.set_state(old[300:], ItemState.HANDLED, how="reply")
    app.store.inbox.set_state(old[:300], ItemState.READ)


def view_figures(stored: int, runs: int) -> dict[str, float]:
    """Median milliseconds of each view's first 50 rows with ``stored`` items."""
    from humasdesk.app import App
    from humasdesk.services.inbox import InboxView

    home = Path(tempfile.mkdtemp(prefix="humasdesk-bench-inbox-"))
    app = App.build(home)
    try:
        rng = random.Random(15)
        began = time.perf_counter()
        fill_store(app, stored, rng)
        print(f"filled the store with {app.store.inbox.count():,} items in "
              f"{time.perf_counter() - began:.1f} s", flush=True)
        account_id = app.store.accounts.list()[-1].id
        some_item = app.inbox.items(InboxView.NEW, limit=1)[0].id
        calls = {
            "priority": lambda: app.inbox.items(InboxView.PRIORITY, limit=50),
            "new": lambda: app.inbox.items(InboxView.NEW, limit=50),
            "account": lambda: app.inbox.items(InboxView.ACCOUNT, account_id=account_id,
                                               limit=50),
            "handled": lambda: app.inbox.items(InboxView.HANDLED, limit=50),
            "all": lambda: app.inbox.items(InboxView.ALL, limit=50),
            "new counts": app.inbox.new_counts,
            "thread": lambda: app.inbox.thread(some_item),
        }
        assert len(calls["priority"]()) == 50
        times: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(runs):
            for name, call in calls.items():
                began = time.perf_counter()
                call()
                times[name].append((time.perf_counter() - began) * 1000)
        return {name: statistics.median(values) for name, values in times.items()}
    finally:
        app.close()
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="sync,views")
    parser.add_argument("--accounts", type=int, default=10)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--stored", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    headline = ""
    if "sync" in parts:
        seconds, stored = sync_figures(args.accounts, args.items)
        print(f"sync: {stored:,} new items from {args.accounts} accounts over HTTP in "
              f"{seconds:.2f} s ({stored / seconds:,.0f} items/s, triage included)",
              flush=True)
        headline = f"sync of {stored:,} items: {seconds:.2f} s"
    if "views" in parts:
        figures = view_figures(args.stored, args.runs)
        for name, ms in figures.items():
            print(f"  {name:<12} {ms:7.2f} ms (median of {args.runs})")
        priority = figures["priority"]
        verdict = "meets" if priority <= TARGET_MS else "MISSES"
        headline = (f"priority view, first 50 rows with {args.stored:,} items stored: "
                    f"{priority:.2f} ms median ({verdict} the {TARGET_MS:.0f} ms target)")
    print(headline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
