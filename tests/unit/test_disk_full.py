"""A full disk, for real: the data folder on a small tmpfs of the test's own, filled to the last
byte at the moment that matters. Every message must say what was kept and what was not, and no
post may go out twice or be lost.

Mounting needs root (as in CI); elsewhere these tests skip, unless HUMASDESK_REQUIRE_ALL=1.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import require
from humasdesk.app import App
from humasdesk.cli import main, publish_now
from humasdesk.domain.model import Account, PublishState
from humasdesk.platforms.base import Capabilities, PublishResult
from humasdesk.platforms.registry import PlatformSpec
from humasdesk.store import StoreError

DISK_SIZE = "4m"


class SmallDisk:
    def __init__(self, mount_point: Path):
        self.path = mount_point
        self.filler = mount_point / "filler"

    def fill(self) -> None:
        """Write until the file system refuses one more byte."""
        with open(self.filler, "ab", buffering=0) as handle:
            block = b"\0" * 4096
            try:
                while True:
                    handle.write(block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
            try:
                while True:
                    handle.write(b"\0")
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path):
    require(os.geteuid() == 0 and shutil.which("mount") is not None,
            "mounting a tmpfs needs root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs",
                    str(mount_point)], check=True)
    try:
        yield SmallDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def disk_app(small_disk, monkeypatch):
    home = small_disk.path / "home"
    monkeypatch.setenv("HUMASDESK_HOME", str(home))
    app = App.build(home)
    app.settings.set("welcomed", True)
    yield app
    app.close()


def ended_process_holder() -> str:
    """A publisher id of a process on this computer that has ended."""
    import socket

    child = subprocess.Popen(["true"])
    child.wait()
    return f"window:{socket.gethostname()}:{child.pid}:000000"


def counts(app) -> tuple[int, int, int]:
    return tuple(app.store.db.query(f"SELECT COUNT(*) FROM {table}")[0][0]
                 for table in ("posts", "targets", "publish_records"))


class CountingPlatform:
    """A platform that keeps what it was sent; ``on_publish`` runs as a post arrives."""

    def __init__(self, **capabilities):
        self.capabilities = Capabilities(text_rules="outbox", **capabilities)
        self.posts: dict[str, PublishResult] = {}
        self.on_publish = None

    def register(self, app) -> Account:
        app.registry.register(PlatformSpec(id="counting", display_name=lambda: "Counting",
                                           capabilities=self.capabilities,
                                           factory=self.adapter))
        return app.store.accounts.add(Account(platform="counting", name="Counting"))

    def adapter(self, account, _context):
        platform = self

        class Adapter:
            capabilities = platform.capabilities

            def __init__(self):
                self.account = account

            def publish(self, post):
                result = PublishResult(f"r{len(platform.posts) + 1}",
                                       f"https://counting/{post.idempotency_key}")
                platform.posts[post.idempotency_key] = result
                if platform.on_publish is not None:
                    platform.on_publish()
                return result

            def find_published(self, key):
                return platform.posts.get(key)

        return Adapter()


def test_cli_post_on_a_full_disk_says_nothing_was_saved_and_saves_nothing(
        disk_app, small_disk, capsys):
    disk_app.close()
    small_disk.fill()
    code = main(["post", "--account", "Local outbox", "--text", "Poli jantung buka Sabtu."])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [
        "The disk is full or cannot be written. Nothing was saved. Free some space and try "
        "again."]
    small_disk.free()
    app = App.build(disk_app.paths.data_dir)
    try:
        assert counts(app) == (0, 0, 0)
        assert list(app.paths.outbox.glob("*.md")) == []
    finally:
        app.close()


def test_a_post_saved_just_before_the_disk_filled_is_said_to_be_saved_and_goes_out_once(
        disk_app, small_disk):
    [account] = [a for a in disk_app.store.accounts.list() if a.platform == "outbox"]
    [record] = disk_app.publishing.submit("Donor darah Sabtu pagi.", [account.id])
    small_disk.fill()
    with pytest.raises(StoreError) as raised:
        publish_now(disk_app, [record.id])
    message = str(raised.value)
    assert message.startswith("The post is saved in the queue but was not sent: The disk is "
                              "full or cannot be written.")
    assert "Nothing was saved" not in message
    assert disk_app.store.records.get(record.id).state is PublishState.SCHEDULED

    small_disk.free()
    engine = disk_app.engine("agent")
    try:
        [outcome] = engine.run_once()
    finally:
        engine.release()
    assert outcome.state is PublishState.PUBLISHED
    assert len(list(disk_app.paths.outbox.glob("*.md"))) == 1


def test_a_post_the_platform_took_while_the_disk_filled_is_written_down_later_not_resent(
        disk_app, small_disk):
    platform = CountingPlatform()  # no look-up, no key: a second send would be a second post
    account = platform.register(disk_app)
    [record] = disk_app.publishing.submit("Jadwal vaksin anak.", [account.id])
    platform.on_publish = small_disk.fill
    engine = disk_app.engine("agent")
    try:
        [outcome] = engine.run_once()
        assert outcome.state is PublishState.SENDING
        assert outcome.message.startswith(
            "Published to Counting, but HumasDesk could not write that down: The disk is full")
        assert "will not send the post again" in outcome.message
        assert outcome.url.startswith("https://counting/")
        platform.on_publish = None
        with pytest.raises(StoreError, match="^Publishing is paused: The disk is full"):
            engine.run_once()  # still full: nothing is sent, nothing is lost
        assert disk_app.store.records.get(record.id).state is PublishState.SENDING

        small_disk.free()
        [outcome] = engine.run_once()
        assert outcome.state is PublishState.PUBLISHED
    finally:
        engine.release()
    current = disk_app.store.records.get(record.id)
    assert current.state is PublishState.PUBLISHED
    assert current.remote_url.startswith("https://counting/")
    assert len(platform.posts) == 1


def test_after_a_restart_the_unwritten_answer_is_looked_up_never_resent(disk_app, small_disk):
    """The process that kept the answer in memory is gone (a restart while the disk was full):
    the record is still "sending", so the next publisher looks it up, or asks."""
    platform = CountingPlatform(lookup=True)
    account = platform.register(disk_app)
    [found, unknown] = [disk_app.publishing.submit(text, [account.id])[0]
                        for text in ("Satu.", "Dua.")]
    platform.on_publish = small_disk.fill
    first = disk_app.engine("window")
    first.holder = ended_process_holder()
    [outcome] = first.run_once()  # stops after the first: the disk is full
    assert outcome.record_id == found.id and outcome.state is PublishState.SENDING
    assert disk_app.store.records.get(unknown.id).state is PublishState.SCHEDULED
    first._unrecorded.clear()  # the process ends without writing down what it knew
    small_disk.free()
    platform.on_publish = None

    second = disk_app.engine("agent")
    try:
        outcomes = {o.record_id: o for o in second.run_once()}
    finally:
        second.release()
    assert outcomes[found.id].state is PublishState.PUBLISHED  # found, not sent again
    assert outcomes[unknown.id].state is PublishState.PUBLISHED
    assert len(platform.posts) == 2


def test_the_agent_keeps_running_on_a_full_disk_and_says_why_once(disk_app, small_disk):
    import threading

    from humasdesk.publishing.agent import run_agent

    [account] = [a for a in disk_app.store.accounts.list() if a.platform == "outbox"]
    disk_app.publishing.submit("Satu.", [account.id])
    small_disk.fill()
    problems, stop = [], threading.Event()
    engine = disk_app.engine("agent")

    def problem(message):
        problems.append(message)
        if len(problems) == 1:
            threading.Timer(0.5, small_disk.free).start()

    published = []

    def report(outcome):
        published.append(outcome)
        stop.set()

    from humasdesk.publishing import agent as agent_module

    agent_module.HEARTBEAT_SECONDS, before = 0.2, agent_module.HEARTBEAT_SECONDS
    try:
        thread = threading.Thread(target=run_agent, args=(engine, stop),
                                  kwargs={"report": report, "problem": problem})
        thread.start()
        thread.join(30)
        stop.set()
        thread.join(5)
    finally:
        agent_module.HEARTBEAT_SECONDS = before
    assert problems == ["Publishing is paused: The disk is full or cannot be written. Nothing "
                        "more is sent until HumasDesk can write to its data folder; the posts "
                        "wait in the queue."]
    assert [o.state for o in published] == [PublishState.PUBLISHED]
