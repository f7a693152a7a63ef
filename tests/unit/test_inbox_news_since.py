"""What another process stored since the window last looked: ``newest_id`` and
``stored_after`` (the window says the agent's reads with them)."""

from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.domain.inbox import ItemState
from inbox_support import ForumServer, add_account


@pytest.fixture
def forum(contract_server):
    return ForumServer(contract_server)


def test_items_stored_after_an_id_come_in_storing_order_new_only(app, forum):
    account = add_account(app, forum.url)
    assert app.inbox.newest_id() == 0
    now = datetime.now(UTC)
    # Received times out of order: storing order, not the platform's times, is what counts.
    forum.add("lama sekali", at=now - timedelta(days=3))
    forum.add("baru saja", at=now)
    app.inbox.sync_account(account.id)
    seen = app.inbox.newest_id()
    assert seen == max(i.id for i in app.inbox.items("all"))
    forum.add("kemarin", at=now - timedelta(days=1))
    forum.add("tadi", at=now - timedelta(hours=1))
    app.inbox.sync_account(account.id)
    after = app.inbox.stored_after(seen)
    assert [i.text for i in after] == ["kemarin", "tadi"]
    app.inbox.mark_handled([after[0].id])
    assert [i.text for i in app.inbox.stored_after(seen)] == ["tadi"]
    assert app.inbox.item(after[0].id).state is ItemState.HANDLED
    assert app.inbox.stored_after(app.inbox.newest_id()) == []
