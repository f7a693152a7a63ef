"""Removing an account cancels the posts it still had waiting, here and on the platform's own
scheduler, after the question has said so (the window and the CLI share these functions)."""

import dataclasses
from datetime import timedelta

import pytest
from test_engine import START, Clock, setup, state

from humasdesk.domain.model import PublishState
from humasdesk.platforms.base import Transient


@pytest.fixture
def clock():
    return Clock()


def test_waiting_posts_are_named_in_the_question_and_cancelled_with_the_account(app, clock):
    platform, account, engine = setup(app, clock, native_scheduling=True, lookup=True,
                                      native_min_lead=timedelta(minutes=5))
    soon = app.publishing.submit("segera", [account.id], when=START + timedelta(minutes=3))[0]
    later = app.publishing.submit("nanti", [account.id], when=START + timedelta(days=1))[0]
    engine.run_once()
    assert state(app, later.id).state is PublishState.HANDED_OFF
    question = app.accounts.removal_question(account)
    assert "1 scheduled post for it will be cancelled." in question
    assert "1 post waiting in the platform's own schedule will be cancelled there " \
           "first." in question

    app.accounts.forget_secrets(account)
    assert platform.cancelled == [f"s-{later.idempotency_key}"]
    assert state(app, later.id).state is PublishState.CANCELLED
    assert app.accounts.finish_removal(account) is False  # it has history: disabled, not deleted
    assert state(app, soon.id).state is PublishState.CANCELLED
    assert app.store.accounts.get(account.id).state.value == "disabled"
    clock.now = START + timedelta(days=2)
    assert engine.run_once() == []  # nothing of it goes out any more


def test_when_the_platform_cannot_cancel_the_account_and_its_login_stay(app, clock):
    platform, account, engine = setup(app, clock, native_scheduling=True, lookup=True,
                                      native_min_lead=timedelta(minutes=5))
    later = app.publishing.submit("nanti", [account.id], when=START + timedelta(days=1))[0]
    engine.run_once()
    forgotten = []
    app.registry.register(dataclasses.replace(app.registry.spec("fake"),
                                              forget=lambda a, c: forgotten.append(a.id)))

    def unreachable(remote_id):
        raise Transient()

    original = app.registry.adapter_for

    def adapter_for(target):
        adapter = original(target)
        adapter.cancel_scheduled = unreachable
        return adapter

    app.registry.adapter_for = adapter_for
    with pytest.raises(Transient):  # the window and the CLI say it; nothing is removed
        app.accounts.forget_secrets(account)
    assert forgotten == []
    assert state(app, later.id).state is PublishState.HANDED_OFF
    assert app.store.accounts.get(account.id).state.value == "ok"
