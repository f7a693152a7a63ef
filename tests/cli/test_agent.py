"""``humasdesk agent``: the engine without a window, as real processes."""

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from humasdesk.app import App
from humasdesk.domain.model import PublishState


def agent(home, *args):
    env = dict(os.environ, HUMASDESK_HOME=str(home))
    return subprocess.Popen([sys.executable, "-m", "humasdesk", "agent", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_agent_once_publishes_what_is_due_and_exits(isolated_home):
    app = App.build(isolated_home)
    outbox = app.store.accounts.by_name("Local outbox").id
    app.publishing.submit("Sudah waktunya", [outbox])
    app.publishing.submit("Nanti saja", [outbox], when=datetime.now(UTC) + timedelta(hours=1))
    app.close()
    done = agent(isolated_home, "--once")
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert out.strip().startswith("Published to Local outbox.")
    again = agent(isolated_home, "--once")
    out, _ = again.communicate(timeout=60)
    assert (again.returncode, out.strip()) == (0, "Nothing was due.")
    app = App.build(isolated_home)
    states = {i.text: i.state for i in app.store.queue.items()}
    app.close()
    assert states == {"Sudah waktunya": PublishState.PUBLISHED,
                      "Nanti saja": PublishState.SCHEDULED}


def test_two_agents_on_one_data_directory_send_each_post_once(isolated_home):
    app = App.build(isolated_home)
    outbox = app.store.accounts.by_name("Local outbox").id
    agents = [agent(isolated_home), agent(isolated_home)]
    try:
        soon = datetime.now(UTC) + timedelta(seconds=2)
        for n in range(20):
            app.publishing.submit(f"Pos {n}", [outbox], when=soon + timedelta(milliseconds=n))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if all(i.state is PublishState.PUBLISHED for i in app.store.queue.items()):
                break
            time.sleep(0.3)
    finally:
        for process in agents:
            process.send_signal(signal.SIGTERM)
        outputs = [p.communicate(timeout=30) for p in agents]
    items = app.store.queue.items()
    app.close()
    assert [p.returncode for p in agents] == [0, 0], outputs
    assert {i.state for i in items} == {PublishState.PUBLISHED}
    assert {i.attempts for i in items} == {1}
    assert len(list((isolated_home / "outbox").glob("*.md"))) == 20
    published_lines = [sum(line.startswith("Published") for line in out.splitlines())
                       for out, _ in outputs]
    assert sum(published_lines) == 20  # all by the lease holder: none sent twice
    assert 20 in published_lines
