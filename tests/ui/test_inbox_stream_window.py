"""The window listens to a Mastodon account's notification stream while it reads the inboxes:
a mention on the stream (a real SSE server on 127.0.0.1) is read, stored and said once within
seconds, not at the next minute's poll; closing the window ends the stream's thread."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "platforms"))

from test_inbox_mastodon import ME  # noqa: E402
from test_mastodon import INSTANCE, TOKEN  # noqa: E402
from test_mastodon_stream import HEAD, Mastodon, event  # noqa: E402

from humasdesk.domain.model import Account  # noqa: E402
from humasdesk.platforms import mastodon  # noqa: E402
from humasdesk.platforms import registry as platform_registry  # noqa: E402
from humasdesk.platforms.http import HttpFactory  # noqa: E402
from humasdesk.platforms.registry import PlatformContext  # noqa: E402
from humasdesk.platforms.secrets import MemoryKeyring, SecretStore  # noqa: E402


def test_a_mention_on_the_stream_is_said_once_and_closing_ends_the_stream(
        app, contract_server, monkeypatch, request, qtbot):
    secrets = SecretStore(MemoryKeyring())
    default = platform_registry.default_registry
    monkeypatch.setattr(platform_registry, "default_registry", lambda context: default(
        PlatformContext(data_dir=context.data_dir, outbox_dir=context.outbox_dir,
                        secrets=secrets, http=HttpFactory(timeout=5))))
    instance = Mastodon(contract_server)

    def write(out) -> None:
        out.write(HEAD)
        instance.heartbeats(out, until=lambda: instance.streams >= 1 and instance.reads() >= 1,
                            every=0.05)
        time.sleep(0.3)
        out.write(event(instance.mention()))
        instance.sent_at.append(time.monotonic())
        instance.heartbeats(out)

    instance.stream(write)
    ref = SecretStore.new_reference("mastodon")
    secrets.set(ref, json.dumps({"access_token": TOKEN, "client_id": "c", "client_secret": "s"}))
    app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
        server_url=contract_server.url, credential_ref=ref,
        options={"visibility": "public", "account_id": ME,
                 "limits": mastodon.limits_from_instance(INSTANCE)}))
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: bool(instance.sent_at), timeout=10000)
    history = window.ui.announcer.history
    qtbot.waitUntil(lambda: any("Mastodon RSKO" in said for said in history), timeout=2000)
    took = time.monotonic() - instance.sent_at[0]
    assert took < 2.0
    assert app.inbox.new_total() == 1
    qtbot.wait(300)
    assert sum("Mastodon RSKO" in said for said in history) == 1  # said once
    stream_threads = [t for t in threading.enumerate() if t.name.startswith("inbox-stream")]
    assert stream_threads
    window.close()
    assert not any(t.is_alive() for t in stream_threads)
