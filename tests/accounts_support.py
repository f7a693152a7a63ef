"""Shared by the Accounts tests (tests/cli/test_cli_accounts.py, tests/ui/test_accounts_page.py):
a keyring for the test, the real Bluesky PDS and the private Secret Service of
tests/platforms/conftest.py, and a search of the data directory for a secret.

The PDS and Secret Service fixtures are defined once, in tests/platforms/conftest.py; this
module loads that file under another name so tests outside tests/platforms can use them (a
session started here is separate from the one tests/platforms starts).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PLATFORM_TESTS = Path(__file__).resolve().parent / "platforms"


def _platform_fixtures():
    name = "humasdesk_platform_test_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    if str(_PLATFORM_TESTS) not in sys.path:
        sys.path.append(str(_PLATFORM_TESTS))  # its helpers (platform_support, ...)
    spec = importlib.util.spec_from_file_location(name, _PLATFORM_TESTS / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_fixtures = _platform_fixtures()
bluesky_pds = _fixtures.bluesky_pds
secret_service_session = _fixtures.secret_service_session
create_pds_account = _fixtures.create_pds_account


@pytest.fixture
def accounts_keyring():
    """keyring's default backend for this test: an in-memory one (never the user's keyring)."""
    import keyring

    from humasdesk.platforms.secrets import MemoryKeyring

    previous = keyring.core._keyring_backend
    memory = MemoryKeyring()
    keyring.core._keyring_backend = memory  # set_keyring() wants a KeyringBackend subclass
    yield memory
    keyring.core._keyring_backend = previous


def files_containing(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` (database, its journal, logs, outbox...) holding ``secret``."""
    needle = secret.encode()
    return [path for path in folder.rglob("*")
            if path.is_file() and needle in path.read_bytes()]


def keyring_entries(memory) -> dict:
    """The HumasDesk entries of a MemoryKeyring."""
    return {user: value for (service, user), value in memory.items.items()
            if service == "HumasDesk"}
