"""After connecting a Bluesky account and publishing through the real app services, no secret
(app password, tokens) is in any file under the data directory or in any log line.

Uses everything real: the composition root (``App``) with HUMASDESK_HOME in a temporary folder,
keyring's own choice of backend (the Secret Service: gnome-keyring on a private D-Bus), the
reference PDS, and the app's log file.
"""

from __future__ import annotations

import json
import logging

import pytest

from humasdesk.domain.model import PublishState
from humasdesk.platforms import bluesky

pytestmark = pytest.mark.slow


def test_no_secret_in_data_directory_or_logs(secret_service, bluesky_pds, bluesky_accounts,
                                             isolated_home, caplog):
    from humasdesk.app import App

    rsko = bluesky_accounts["rsko"]
    app = App.build(isolated_home)
    caplog.set_level(logging.DEBUG)  # after App set up its log file: catch every line
    try:
        account = bluesky.connect(app.registry.context, handle=rsko.handle,
                                  app_password=rsko.app_password, server=bluesky_pds.url,
                                  name="Bluesky RSKO")
        app.store.accounts.add(account)
        records = app.publishing.submit("Halo dari HumasDesk #RSKO", [account.id])
        [outcome] = app.engine("cli").run_once(only={r.id for r in records})
        assert outcome.state is PublishState.PUBLISHED, outcome.message
        assert app.registry.adapter_for(account).verify().endswith("as @rsko.test.")
        # A line that carries a token by mistake is redacted in the log file.
        stored = secret_service.backend().get_password("HumasDesk", account.credential_ref)
        session = json.loads(stored)
        logging.getLogger("humasdesk.test").warning(
            "oops Authorization: Bearer %s", session["accessJwt"])
    finally:
        app.close()
        logging.shutdown()

    secrets = [rsko.app_password, rsko.password, session["accessJwt"], session["refreshJwt"]]
    files = [p for p in isolated_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files), "the app wrote no log file"
    assert any("sqlite" in p.name for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"a secret is in {path}"
    log_text = "\n".join(p.read_text(errors="replace") for p in files if ".log" in p.name)
    assert "[redacted]" in log_text
    # Captured log records are the raw ones, before the file's redaction: none of our own code
    # may put a secret there in the first place (the deliberate line above aside).
    raw = "\n".join(r.getMessage() for r in caplog.records if r.name != "humasdesk.test")
    for secret in secrets:
        assert secret not in raw
