"""Shared fixtures: every test gets its own data directory and English messages."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "humasdesk-home"
    monkeypatch.setenv("HUMASDESK_HOME", str(home))
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    yield home
    from humasdesk.domain import i18n

    i18n.install(None, "en")  # the next test starts from English source text


@pytest.fixture
def app(isolated_home):
    from humasdesk.app import App

    built = App.build(isolated_home)
    built.settings.set("welcomed", True)  # tests of the first-run welcome turn it back off
    yield built
    built.close()


@pytest.fixture
def contract_server():
    """A scripted HTTP server on 127.0.0.1 (see tests/contract_server.py)."""
    from contract_server import ContractServer

    server = ContractServer()
    yield server
    server.close()
