"""The agent's insights collector: runs beside publishing on its own thread, survives a failing
run, and stops when asked."""

from __future__ import annotations

import threading
import time

from humasdesk.publishing.agent import run_collector


def test_collector_runs_until_stopped_and_survives_a_failing_run(caplog):
    stop = threading.Event()
    calls, heard = [], []

    def collect():
        calls.append(time.monotonic())
        if len(calls) == 2:
            raise RuntimeError("the disk is full")
        if len(calls) >= 4:
            stop.set()
        return len(calls)

    thread = run_collector(collect, stop, 0.01, said=heard.append)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(calls) == 4 and heard == [1, 3, 4]
    assert "insights collector failed" in caplog.text


def test_collector_stops_while_waiting():
    stop = threading.Event()
    calls = []
    thread = run_collector(lambda: calls.append(1), stop, 3600)
    deadline = time.monotonic() + 5
    while not calls and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    thread.join(timeout=5)
    assert calls == [1] and not thread.is_alive()


def test_collector_waits_before_its_first_run_and_can_be_stopped_meanwhile():
    stop = threading.Event()
    calls = []
    thread = run_collector(lambda: calls.append(1), stop, 0.01, first_delay=3600)
    time.sleep(0.05)
    stop.set()
    thread.join(timeout=5)
    assert calls == [] and not thread.is_alive()
