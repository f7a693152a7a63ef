"""``humasdesk agent --once`` as a real process settles a post a crash left "Sending" in the same
run (the Local outbox drops a repeat of the same key: it is sent again, one file, not two)."""

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

from humasdesk.app import App
from humasdesk.domain.model import PublishState


def test_agent_once_settles_a_post_left_sending_by_a_dead_agent(isolated_home):
    app = App.build(isolated_home)
    outbox = app.store.accounts.by_name("Local outbox").id
    [record] = app.publishing.submit("Donor darah Sabtu pagi di aula", [outbox])
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait(timeout=30)
    assert app.store.records.transition(
        record.id, [PublishState.SCHEDULED], PublishState.SENDING, attempts=1,
        claimed_by=f"agent:{socket.gethostname()}:{ended.pid}:dead00",
        first_sent_at=datetime.now(UTC))
    app.close()

    done = subprocess.run([sys.executable, "-m", "humasdesk", "agent", "--once"],
                          capture_output=True, text=True, timeout=90,
                          env=dict(os.environ, HUMASDESK_HOME=str(isolated_home)))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == ("Sending to Local outbox again with the same key; the platform ignores "
                        "a repeat of it, so the post cannot appear twice.")
    assert lines[1].startswith("Published to Local outbox. file://")
    assert len(lines) == 2, done.stdout
    [md] = (isolated_home / "outbox").glob("*.md")
    app = App.build(isolated_home)
    final = app.store.records.get(record.id)
    app.close()
    assert final.state is PublishState.PUBLISHED
    assert final.remote_url == md.as_uri()
