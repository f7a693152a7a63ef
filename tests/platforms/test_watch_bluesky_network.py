"""Brand and keyword watch against the full local Bluesky network (PLC + PDS + the real
AppView: tests/platforms/bluesky_network.py): another account names the hospital; the saved
search finds it once across two syncs and a restart, in the "mentions of the hospital" view,
triaged like the rest."""

from __future__ import annotations

import os

import pytest

from humasdesk.app import App
from humasdesk.domain.inbox import ItemKind
from humasdesk.platforms import registry as platform_registry
from humasdesk.platforms.bluesky import BlueskyAdapter
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.spec import PlatformContext
from humasdesk.services.inbox import InboxView

pytestmark = pytest.mark.slow


def test_a_saved_search_finds_a_post_naming_the_hospital_once(
        bluesky_network, memory_secrets, isolated_home, monkeypatch):
    default = platform_registry.default_registry

    def with_memory_keyring(context):
        return default(PlatformContext(data_dir=context.data_dir,
                                       outbox_dir=context.outbox_dir, secrets=memory_secrets,
                                       http=HttpFactory(timeout=60)))

    monkeypatch.setattr(platform_registry, "default_registry", with_memory_keyring)
    hospital = bluesky_network.account("rsko")
    visitor = bluesky_network.account("budi")
    name = f"RSKO{os.urandom(3).hex()}"

    app = App.build(isolated_home)
    try:
        account = BlueskyAdapter.connect(handle=hospital.handle,
                                         app_password=hospital.app_password,
                                         server=bluesky_network.pds_url, name="Bluesky RSKO",
                                         secrets=memory_secrets, http=HttpFactory())
        app.store.accounts.add(account)
        search, said = app.inbox.watch.add(account.id, f"  {name} ")
        assert search.query == name and "every 15 minutes" in said

        complaint = visitor.post(f"Antre di {name} tiga jam, pelayanan buruk sekali, "
                                 "kecewa saya")
        reports = app.inbox.sync_due()
        [found] = [r for r in reports if name in r.announcement]
        assert found.problem == "", found.problem
        assert found.new_by_kind == {ItemKind.MENTION: 1} and found.complaints == 1
        assert f"name “{name}” (Bluesky RSKO)" in found.announcement
        assert found.announcement.startswith("1 new post")
        assert ", 1 complaint" in found.announcement

        # A second sync at once finds nothing new (and the search is not due yet).
        assert app.inbox.watch.sync_search(search.id).new == 0
        assert [r for r in app.inbox.sync_due() if r.new or r.problem] == []
    finally:
        app.close()

    later = bluesky_network.account("ani").post(f"Terima kasih {name}, dokternya ramah")
    app = App.build(isolated_home)  # a restart: the search's cursor was kept
    try:
        again = app.inbox.watch.sync_search(search.id)
        assert again.problem == "" and again.new == 1, again
        mentions = app.inbox.items(InboxView.MENTIONS)
        assert [i.remote.remote_id for i in mentions] == [later.uri, complaint.uri]
        first = mentions[1]
        assert first.kind is ItemKind.MENTION and first.watch_id == search.id
        assert first.labels.complaint and not mentions[0].labels.complaint
        assert first.remote.author_handle == visitor.handle
        # Not among the account's own notifications, but in the priority view (a complaint).
        assert app.inbox.items(InboxView.ACCOUNT, account_id=account.id) == []
        assert first.id in [i.id for i in app.inbox.items(InboxView.PRIORITY)][:1]
        assert app.store.inbox.count() == 2
    finally:
        app.close()


def test_a_post_that_is_both_a_mention_and_a_search_hit_is_stored_once(
        bluesky_network, memory_secrets, isolated_home, monkeypatch):
    default = platform_registry.default_registry
    monkeypatch.setattr(platform_registry, "default_registry", lambda context: default(
        PlatformContext(data_dir=context.data_dir, outbox_dir=context.outbox_dir,
                        secrets=memory_secrets, http=HttpFactory(timeout=60))))
    hospital = bluesky_network.account("rsko")
    visitor = bluesky_network.account("budi")
    name = f"RSKO{os.urandom(3).hex()}"
    app = App.build(isolated_home)
    try:
        account = BlueskyAdapter.connect(handle=hospital.handle,
                                         app_password=hospital.app_password,
                                         server=bluesky_network.pds_url, name="Bluesky RSKO",
                                         secrets=memory_secrets, http=HttpFactory())
        app.store.accounts.add(account)
        search, _ = app.inbox.watch.add(account.id, name)
        both = visitor.mention(f"@{hospital.handle} {name} parkirnya penuh")
        # The search runs first here; the notification then claims the item as the account's.
        assert app.inbox.watch.sync_search(search.id).new == 1
        assert app.inbox.sync_account(account.id).new == 0
        [item] = app.inbox.items(InboxView.ALL)
        assert item.remote.remote_id == both.uri and item.watch_id is None
        assert app.inbox.items(InboxView.MENTIONS) == []
        assert app.inbox.watch.sync_search(search.id).new == 0
        assert app.store.inbox.count() == 1
    finally:
        app.close()
