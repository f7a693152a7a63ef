"""Issue 12 against the real servers: the Bluesky reference PDS behind a proxy that trickles the
answer to ``createRecord`` past the deadline, and the real WordPress printing a PHP notice
before its JSON (a must-use plugin of tests/platforms/wordpress_server.py). The real engine
sends; the posts are counted on the server itself.
"""

from __future__ import annotations

import os
import random
import time

import pytest
from pds_support import list_posts

from hostile_server import HostileProxy, notice_before_json, trickle
from humasdesk.domain.model import PublishState
from humasdesk.platforms import bluesky, http, wordpress
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.registry import PlatformContext, default_registry
from humasdesk.publishing.engine import Engine
from humasdesk.services.publishing import PublishingService

pytestmark = pytest.mark.slow


def _engine(app, tmp_path, memory_secrets, connect):
    context = PlatformContext(data_dir=tmp_path, outbox_dir=tmp_path / "outbox",
                              secrets=memory_secrets, http=HttpFactory(timeout=60))
    account = app.store.accounts.add(connect(context))
    registry = default_registry(context)
    return (account, PublishingService(app.store, registry),
            Engine(app.store, registry, role="test", rng=random.Random(1)))


def test_bluesky_answer_trickled_past_the_deadline_still_posts_once(
        app, tmp_path, memory_secrets, bluesky_pds, bluesky_accounts, monkeypatch):
    monkeypatch.setattr(http, "REQUEST_DEADLINE", 2.0)
    proxy = HostileProxy(
        bluesky_pds.url,
        match=lambda method, path, query: path.endswith("com.atproto.repo.createRecord"),
        spoil=lambda status, payload: trickle(payload, status, every=0.3))
    try:
        rsko = bluesky_accounts["rsko"]
        account, service, engine = _engine(app, tmp_path, memory_secrets, lambda ctx: (
            bluesky.connect(ctx, handle=rsko.handle, app_password=rsko.app_password,
                            server=proxy.url, name="Bluesky RSKO")))
        text = f"Pengumuman jam besuk {os.urandom(3).hex()}"
        before = len(list_posts(bluesky_pds.url, rsko.did))
        [record] = service.submit(text, [account.id])
        started = time.monotonic()
        engine.run_once()
        seconds = time.monotonic() - started
        final = app.store.records.get(record.id)
        posts = [p for p in list_posts(bluesky_pds.url, rsko.did) if p["value"]["text"] == text]
        assert proxy.spoiled == 1  # the answer really was trickled
        assert len(posts) == 1 and len(list_posts(bluesky_pds.url, rsko.did)) == before + 1
        assert proxy.count("POST", "/xrpc/com.atproto.repo.createRecord") == 1
        # Cut off at the deadline, then found again by its record key.
        assert final.state is PublishState.PUBLISHED, (final.state, final.error_message)
        assert final.remote_id == posts[0]["uri"]
        assert seconds < 15, seconds
    finally:
        proxy.close()


def _count(site, marker: str) -> int:
    with site.client() as client:
        response = client.get(site.url + "/", params={
            "rest_route": "/wp/v2/posts", "search": marker, "context": "edit",
            "status": "publish,future,draft,pending,private"})
    response.raise_for_status()
    return len(response.json())


def test_wordpress_with_php_notices_posts_once(app, tmp_path, memory_secrets, wordpress_site):
    account, service, engine = _engine(app, tmp_path, memory_secrets, lambda ctx: (
        wordpress.connect(ctx, site_url=wordpress_site.url, user=wordpress_site.user,
                          app_password=wordpress_site.app_password, name="Situs RSKO")))
    marker = f"notice{os.urandom(3).hex()}"
    [record] = service.submit(f"Layanan baru {marker}\n\nIsi berita.", [account.id])
    wordpress_site.php_notices("create")
    try:
        [outcome] = engine.run_once()
    finally:
        wordpress_site.php_notices(None)
    final = app.store.records.get(record.id)
    assert _count(wordpress_site, marker) == 1
    # The 201 could not be read; the post was found by the key in its content.
    assert final.state is PublishState.PUBLISHED, (final.state, final.error_message)
    assert final.remote_url


def test_wordpress_noticing_on_every_request_never_posts_twice(
        app, tmp_path, memory_secrets, wordpress_site):
    account, service, engine = _engine(app, tmp_path, memory_secrets, lambda ctx: (
        wordpress.connect(ctx, site_url=wordpress_site.url, user=wordpress_site.user,
                          app_password=wordpress_site.app_password, name="Situs RSKO")))
    marker = f"everywhere{os.urandom(3).hex()}"
    [record] = service.submit(f"Info {marker}\n\nIsi.", [account.id])
    wordpress_site.php_notices("all")
    try:
        with wordpress_site.client() as client:  # the switch works: PHP's own notice
            raw = client.get(wordpress_site.rest("/wp/v2/users/me")).text
        assert raw.startswith("<br />\n<b>Deprecated</b>:  Function create_function()"), raw[:99]
        for _ in range(3):  # the look-up cannot read the answers either: it waits
            [outcome] = engine.run_once()
            assert app.store.records.get(record.id).state is PublishState.SENDING
            assert "Checking whether the post reached" in outcome.message
    finally:
        wordpress_site.php_notices(None)
    assert _count(wordpress_site, marker) == 1
    engine.run_once()  # the site reads cleanly again: found, not sent again
    final = app.store.records.get(record.id)
    assert final.state is PublishState.PUBLISHED, (final.state, final.error_message)
    assert _count(wordpress_site, marker) == 1


def test_wordpress_notice_added_by_a_proxy_posts_once(app, tmp_path, memory_secrets,
                                                      wordpress_site):
    """The same through a proxy, for a site whose notice comes from somewhere else."""
    proxy = HostileProxy(
        wordpress_site.url,
        match=lambda method, path, query: method == "POST" and query.get(
            "rest_route") == ["/wp/v2/posts"],
        spoil=lambda status, payload: notice_before_json(payload, status))
    try:
        account, service, engine = _engine(app, tmp_path, memory_secrets, lambda ctx: (
            wordpress.connect(ctx, site_url=proxy.url, user=wordpress_site.user,
                              app_password=wordpress_site.app_password, name="Situs RSKO")))
        marker = f"proxied{os.urandom(3).hex()}"
        [record] = service.submit(f"Kabar {marker}\n\nIsi.", [account.id])
        engine.run_once()
        assert proxy.spoiled == 1
        assert _count(wordpress_site, marker) == 1
        assert app.store.records.get(record.id).state is PublishState.PUBLISHED
    finally:
        proxy.close()


def test_bluesky_thread_cut_off_in_the_middle_is_completed_without_repeats(
        tmp_path, memory_secrets, bluesky_pds, bluesky_accounts, monkeypatch):
    """Part 2 of 3 is written but its answer trickles past the deadline: the adapter looks the
    part up by its record key and goes on; every part exists once, replying in order."""
    from humasdesk.platforms.base import OutgoingPost, ThreadPart, new_idempotency_key

    monkeypatch.setattr(http, "REQUEST_DEADLINE", 2.0)
    creates = []

    def second_create(method, path, query):
        if path.endswith("com.atproto.repo.createRecord"):
            creates.append(path)
        return len(creates) == 2

    proxy = HostileProxy(bluesky_pds.url, match=second_create,
                         spoil=lambda status, payload: trickle(payload, status, every=0.3))
    try:
        rsko = bluesky_accounts["rsko"]
        context = PlatformContext(data_dir=tmp_path, outbox_dir=tmp_path / "outbox",
                                  secrets=memory_secrets, http=HttpFactory(timeout=60))
        account = bluesky.connect(context, handle=rsko.handle, app_password=rsko.app_password,
                                  server=proxy.url, name="Bluesky RSKO")
        adapter = bluesky.BlueskyAdapter(account, memory_secrets, context.http)
        tag = os.urandom(3).hex()
        texts = [f"Utas {tag} 1/3", f"Utas {tag} 2/3", f"Utas {tag} 3/3"]
        adapter.publish(OutgoingPost(text=texts[0], idempotency_key=new_idempotency_key(),
                                     thread=[ThreadPart(t) for t in texts[1:]]))
        assert proxy.spoiled == 1
        posts = {p["value"]["text"]: p for p in list_posts(bluesky_pds.url, rsko.did)
                 if tag in p["value"]["text"]}
        assert sorted(posts) == texts  # each part once
        assert posts[texts[2]]["value"]["reply"]["parent"]["uri"] == posts[texts[1]]["uri"]
        assert proxy.count("POST", "/xrpc/com.atproto.repo.createRecord") == 3
    finally:
        proxy.close()
