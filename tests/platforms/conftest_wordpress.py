"""The session-scoped real WordPress (see wordpress_server.py), for tests/platforms.

Imported by one line in tests/platforms/conftest.py, so any test there can ask for
``wordpress_site``. The site starts once per test session, on first use.
"""

from __future__ import annotations

import pytest
from wordpress_server import WordPressServer, missing_parts

from helpers import require


@pytest.fixture(scope="session")
def wordpress_site():
    missing = missing_parts()
    require(not missing, "a local WordPress needs: " + ", ".join(missing)
            + " (Debian packages in packaging/debian-test-packages.txt)")
    server = WordPressServer()
    site = server.start()
    yield site
    server.stop()
