"""The Human Agent option of Facebook and Instagram accounts (answering messages up to 7 days
after the person's last message, only when the hospital's Meta app passed review for it):
``humasdesk accounts set NAME --human-agent on|off``, refused in words for other platforms
and bad values, and the reply window the inbox then uses.

No network: the store and the adapters' option only (the inbox read itself is in
tests/platforms/test_inbox_instagram_direct.py)."""

from __future__ import annotations

import pytest

from humasdesk.cli import main
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.model import Account
from humasdesk.platforms import meta


@pytest.fixture
def meta_accounts(app):
    facebook = app.store.accounts.add(Account(platform="facebook", name="RSKO Facebook",
                                              options={"page_id": "1048"}))
    instagram = app.store.accounts.add(Account(platform="instagram", name="@rsko",
                                               options={"page_id": "1048", "ig_user_id": "1784"}))
    return facebook, instagram


def options(app, account_id: int) -> dict:
    return app.store.accounts.get(account_id).options


@pytest.mark.parametrize("which", [0, 1])
def test_cli_turns_it_on_and_off_and_says_the_window(app, meta_accounts, capsys, which):
    account = meta_accounts[which]
    assert meta.reply_window(account.options) == meta.MESSAGE_WINDOW  # off until turned on
    assert main(["accounts", "set", account.name, "--human-agent", "on"]) == 0
    assert "up to 7 days" in capsys.readouterr().out
    stored = options(app, account.id)
    assert stored["human_agent"] is True and stored["page_id"] == "1048"  # the rest kept
    assert meta.reply_window(stored) == meta.HUMAN_AGENT_WINDOW
    assert main(["accounts", "set", account.name.upper(), "--human-agent", "off"]) == 0
    assert "up to 24 hours" in capsys.readouterr().out
    assert options(app, account.id)["human_agent"] is False
    assert meta.reply_window(options(app, account.id)) == meta.MESSAGE_WINDOW


def test_cli_bad_value_is_a_usage_error_and_changes_nothing(app, meta_accounts, capsys):
    facebook, _ = meta_accounts
    assert main(["accounts", "set", facebook.name, "--human-agent", "yes"]) == 2
    err = capsys.readouterr().err
    assert "--human-agent" in err and "'on', 'off'" in err
    assert "human_agent" not in options(app, facebook.id)


def test_cli_refuses_other_platforms_in_one_line(app, capsys):
    x_account = app.store.accounts.add(Account(platform="x", name="X RSKO",
                                               options={"user_id": "42"}))
    assert main(["accounts", "set", "X RSKO", "--human-agent", "on"]) == 2
    err = capsys.readouterr().err
    assert "only Facebook and Instagram" in err and len(err.strip().splitlines()) == 1
    assert "human_agent" not in options(app, x_account.id)


def test_cli_without_a_setting_says_which_there_are(app, meta_accounts, capsys):
    assert main(["accounts", "set", meta_accounts[0].name]) == 2
    err = capsys.readouterr().err
    assert "--human-agent" in err and "--read-mentions" in err


def test_the_service_offers_it_only_for_meta_accounts(app, meta_accounts):
    facebook, instagram = meta_accounts
    bluesky = app.store.accounts.add(Account(platform="bluesky", name="Bluesky RSKO"))
    assert app.accounts.offers_human_agent(facebook)
    assert app.accounts.offers_human_agent(instagram)
    assert not app.accounts.offers_human_agent(bluesky)
    with pytest.raises(UserInputError, match="only Facebook and Instagram"):
        app.accounts.set_human_agent(bluesky, True)
    assert not app.accounts.uses_human_agent(facebook)
    app.accounts.set_human_agent(facebook, True)
    assert app.accounts.uses_human_agent(app.store.accounts.get(facebook.id))
