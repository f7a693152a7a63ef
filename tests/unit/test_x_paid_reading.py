"""Reading X mentions costs money, so it is off until he turns it on (issue 15): the words that
say why and what it costs, where they are said (the inbox service, the Accounts row, the
question before turning it on), and ``humasdesk accounts set NAME --read-mentions on|off``.

No network: nothing here reads X, it only builds the adapters and reads the store."""

from __future__ import annotations

import pytest

from humasdesk.cli import main
from humasdesk.domain.errors import UserInputError
from humasdesk.domain.model import Account
from humasdesk.platforms import x
from humasdesk.platforms.base import InboxReader, SaysWhatItCannotRead

COST = "US$ 64.80 a month"


@pytest.fixture
def x_account(app):
    return app.store.accounts.add(Account(platform="x", name="X RSKO", handle="rsko_official",
                                          options={"user_id": "42"}))


@pytest.fixture
def bluesky_account(app):
    return app.store.accounts.add(Account(platform="bluesky", name="Bluesky RSKO",
                                          handle="rsko.bsky.social"))


def test_the_words_say_why_it_is_off_and_what_it_costs():
    off = x.mentions_off_words()
    assert off.startswith("Reading mentions on X is off, because X bills every post it "
                          "returns.")
    assert off.endswith(x.monthly_cost_words())
    assert COST in x.monthly_cost_words() and "every 10 minutes" in x.monthly_cost_words()


def test_the_adapter_says_why_it_does_not_read(app, x_account):
    off = app.registry.adapter_for(x_account)
    assert isinstance(off, SaysWhatItCannotRead) and not isinstance(off, InboxReader)
    assert off.cannot_read_reason() == x.mentions_off_words()
    x_account.options["read_mentions"] = True
    on = app.registry.adapter_for(x_account)
    assert isinstance(on, InboxReader) and on.cannot_read_reason() == ""


def test_the_inbox_and_the_accounts_row_say_it_with_the_cost(app, x_account):
    assert app.inbox.reading_refusal(x_account) == x.mentions_off_words()
    assert app.accounts.paid_reading_cost(x_account) == x.monthly_cost_words()
    assert not app.accounts.reads_paid(x_account)
    said = app.accounts.set_paid_reading(x_account, True)
    assert said == f"Reading the inbox of “X RSKO” is on. {x.monthly_cost_words()}"
    stored = app.store.accounts.get(x_account.id)
    assert stored.options == {"user_id": "42", "read_mentions": True}  # the rest kept
    assert app.accounts.reads_paid(stored) and app.inbox.reading_refusal(stored) == ""
    visible, spoken = app.accounts.describe(stored)
    assert COST in visible and COST in spoken and "Reading the inbox is on." in spoken
    off_said = app.accounts.set_paid_reading(stored, False)
    assert "off; nothing more is billed" in off_said
    stored = app.store.accounts.get(x_account.id)
    assert stored.options["read_mentions"] is False
    assert app.inbox.reading_refusal(stored) == x.mentions_off_words()
    assert COST not in app.accounts.describe(stored)[1]  # the inbox note says it there


def test_the_question_before_turning_it_on_carries_the_cost(app, x_account):
    question = app.accounts.paid_reading_question(x_account, True)
    assert question.startswith("Turn on reading the inbox of “X RSKO”?")
    assert COST in question
    assert COST not in app.accounts.paid_reading_question(x_account, False)


def test_a_free_platform_has_nothing_to_turn_on(app, bluesky_account):
    assert app.accounts.paid_reading_cost(bluesky_account) == ""
    assert not app.accounts.reads_paid(bluesky_account)
    with pytest.raises(UserInputError, match="costs nothing"):
        app.accounts.set_paid_reading(bluesky_account, True)
    assert app.store.accounts.get(bluesky_account.id).options == {}


# -- the command line ------------------------------------------------------------------------------

def options(app, account_id):
    """The account's options as the command line left them (read from a fresh App)."""
    from humasdesk.app import App

    fresh = App.build()
    try:
        return fresh.store.accounts.get(account_id).options
    finally:
        fresh.close()


def test_cli_turns_it_on_with_yes_and_says_the_cost(app, x_account, capsys):
    assert main(["accounts", "set", "X RSKO", "--read-mentions", "on", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Reading the inbox of “X RSKO” is on." in out and COST in out
    assert options(app, x_account.id)["read_mentions"] is True
    assert main(["accounts", "set", "x rsko", "--read-mentions", "off", "--yes"]) == 0
    assert "is off" in capsys.readouterr().out
    assert options(app, x_account.id)["read_mentions"] is False


def test_cli_without_a_terminal_or_yes_says_the_cost_and_changes_nothing(app, x_account,
                                                                         capsys):
    assert main(["accounts", "set", "X RSKO", "--read-mentions", "on"]) == 2
    err = capsys.readouterr().err
    assert COST in err and "--yes" in err and len(err.strip().splitlines()) == 1
    assert "read_mentions" not in options(app, x_account.id)


def test_cli_asks_on_a_terminal_and_no_changes_nothing(app, x_account, capsys, monkeypatch):
    from humasdesk.cli import accounts as cli_accounts

    asked = []
    monkeypatch.setattr(cli_accounts, "_interactive", lambda: True)
    monkeypatch.setattr(cli_accounts, "read_line", lambda prompt: asked.append(prompt) or "n")
    assert main(["accounts", "set", "X RSKO", "--read-mentions", "on"]) == 0
    assert COST in asked[0] and asked[0].endswith("Type yes to go on: ")
    assert "Nothing was changed." in capsys.readouterr().out
    assert "read_mentions" not in options(app, x_account.id)
    monkeypatch.setattr(cli_accounts, "read_line", lambda prompt: "ya")
    assert main(["accounts", "set", "X RSKO", "--read-mentions", "on"]) == 0
    assert options(app, x_account.id)["read_mentions"] is True


def test_cli_refuses_a_free_platform_in_one_line(app, bluesky_account, capsys):
    assert main(["accounts", "set", "Bluesky RSKO", "--read-mentions", "on", "--yes"]) == 2
    err = capsys.readouterr().err
    assert "costs nothing" in err and len(err.strip().splitlines()) == 1
