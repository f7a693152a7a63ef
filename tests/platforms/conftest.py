"""Fixtures for the platform layer: keyrings (in memory, and the real Secret Service) and the
real Bluesky PDS.

- No test here may touch the keyring of the person running the tests: an autouse fixture makes
  keyring's default backend the "fail" backend unless a test asks for the private Secret Service.
- ``secret_service``: gnome-keyring in a private D-Bus session (``dbus-run-session``) with a
  fresh HOME, unlocked with a password on standard input, as local-servers.md describes.
- ``bluesky_pds``: tests/servers/bluesky-pds.mjs (the reference PDS and an in-memory PLC) on
  loopback; ``bluesky_accounts`` creates two accounts and an app password over XRPC.
- ``bluesky_network``: the full network with the AppView (tests/platforms/bluesky_network.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from platform_servers import (
    Pds,
    _read_line,
    create_pds_account,
    start_secret_service,
    stop_secret_service,
)

from helpers import require

ROOT = Path(__file__).resolve().parents[2]
SERVERS = ROOT / "tests" / "servers"


# -- keyrings -------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def no_real_keyring():
    import keyring
    import keyring.backends.fail

    previous = keyring.core._keyring_backend
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.core._keyring_backend = previous


@pytest.fixture
def memory_keyring():
    from humasdesk.platforms.secrets import MemoryKeyring

    return MemoryKeyring()


@pytest.fixture
def memory_secrets(memory_keyring):
    from humasdesk.platforms.secrets import SecretStore

    return SecretStore(memory_keyring)


@pytest.fixture(scope="session")
def secret_service_session():
    base = Path(tempfile.mkdtemp(prefix="humasdesk-keyring-"))
    service = start_secret_service(base)
    yield service
    stop_secret_service(service)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def secret_service(secret_service_session, monkeypatch):
    """The private Secret Service, as keyring's default backend for this test."""
    import keyring

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_session.bus_address)
    keyring.set_keyring(secret_service_session.backend())
    return secret_service_session


# -- the Bluesky PDS ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bluesky_pds():
    node = shutil.which("node")
    require(node is not None, "Node.js is not installed; the Bluesky PDS tests need it")
    require((SERVERS / "node_modules" / "@atproto" / "dev-env").is_dir(),
            "the Bluesky PDS is not installed; run scripts/test-servers")
    tmp = Path(tempfile.mkdtemp(prefix="humasdesk-pds-"))
    # The PDS keeps its database and blobs under TMPDIR: ours, removed afterwards.
    env = {**os.environ, "TMPDIR": str(tmp), "NODE_ENV": "test"}
    log = open(tmp / "pds.log", "w")  # noqa: SIM115 - closed at teardown
    process = subprocess.Popen([node, str(SERVERS / "bluesky-pds.mjs")], cwd=SERVERS, env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                               text=True)
    line = _read_line(process, timeout=120)
    try:
        info = json.loads(line)
    except ValueError:
        process.kill()
        process.wait()
        log.close()
        output = (tmp / "pds.log").read_text(errors="replace")[-2000:]
        shutil.rmtree(tmp, ignore_errors=True)
        require(False, f"the Bluesky PDS did not start: {line!r} {output}")
    yield Pds(info["pds_url"], info["plc_url"], info["handle_domain"], info["admin_password"])
    process.stdin.close()  # the script shuts the servers down when its stdin closes
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def bluesky_accounts(bluesky_pds):
    """The hospital's account (with an app password) and another one to mention."""
    return {"rsko": create_pds_account(bluesky_pds, "rsko"),
            "dinkes": create_pds_account(bluesky_pds, "dinkes")}

# -- the full Bluesky network (PLC + PDS + AppView, PostgreSQL, Redis) -----------------------------

@pytest.fixture(scope="session")
def bluesky_network():
    """tests/platforms/bluesky_network.py (how to use it is written at its top)."""
    from bluesky_network import start_network

    network, processes = start_network()
    print(f"\nbluesky network up in {network.start_seconds:.1f} s "
          f"(PostgreSQL and Redis, then {network.network_seconds:.1f} s for the network)")
    try:
        yield network
    finally:
        network._client.close()
        processes.stop()


# Issue 5: the real WordPress (Debian package) for the WordPress adapter tests.
from conftest_wordpress import wordpress_site  # noqa: E402, F401
