"""The accounts service (``app.accounts``): built without loading the platforms, and saving a
connected account whose name someone else took meanwhile says so and keeps nothing."""

import pytest

from humasdesk.domain.errors import UserInputError
from humasdesk.domain.model import Account


def test_building_the_service_loads_no_platform_registry(app):
    accounts = app.accounts
    assert accounts is app.accounts  # built once
    assert "registry" not in vars(app)
    assert accounts.platform_name("bluesky") == "Bluesky"  # the registry, on first need
    assert "registry" in vars(app)


def test_a_name_taken_between_the_check_and_the_save_is_said_and_the_login_forgotten(app):
    app.accounts.save_connected(Account(platform="outbox", name="Bluesky RSKO"))
    real_by_name = app.accounts.by_name
    asked = []

    def by_name(name):  # the first check misses the other account, as in a race
        asked.append(name)
        return None if len(asked) == 1 else real_by_name(name)

    app.accounts.by_name = by_name
    forgotten = []
    with pytest.raises(UserInputError, match="There is already an account named"):
        app.accounts.save_connected(
            Account(platform="bluesky", name="bluesky rsko", credential_ref="bluesky:9"),
            forget=forgotten.append)
    assert len(asked) == 2  # checked again after the store refused the row
    assert [a.credential_ref for a in forgotten] == ["bluesky:9"]
    assert [a.name for a in app.accounts.all()] == ["Local outbox", "Bluesky RSKO"]
