"""The WordPress inbox against the real WordPress (Debian's package) on 127.0.0.1: a visitor
comments through the site's own comment form (``wp-comments-post.php``), WordPress holds the
comment for moderation, and HumasDesk lists it, approves it and answers it as the signed-in
user. Every check reads back what WordPress stored, through its REST API."""

from __future__ import annotations

import time

import httpx
import pytest

from humasdesk.domain.inbox import ItemKind
from humasdesk.platforms import wordpress
from humasdesk.platforms.base import (
    InboxReader,
    Moderator,
    OutgoingPost,
    Rejected,
    Replier,
    new_idempotency_key,
)
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.inboxing import load_cursor
from humasdesk.platforms.registry import PlatformContext, default_registry


@pytest.fixture
def adapter(wordpress_site, tmp_path, memory_secrets):
    context = PlatformContext(data_dir=tmp_path, outbox_dir=tmp_path / "outbox",
                              secrets=memory_secrets, http=HttpFactory(timeout=60))
    account = wordpress.connect(context, site_url=wordpress_site.url,
                                user=wordpress_site.user,
                                app_password=wordpress_site.app_password, name="Situs RSKO")
    return default_registry(context).adapter_for(account)


def read_comment(site, comment_id: str) -> dict:
    with site.client() as client:
        response = client.get(site.url + "/", params={
            "rest_route": f"/wp/v2/comments/{comment_id}", "context": "edit"})
    response.raise_for_status()
    return response.json()


def visitor_comments(site, post_id: str, text: str, email: str) -> None:
    """What a visitor's browser sends from the comment form under the post. WordPress refuses
    a second comment from one address within 15 seconds (429, its flood check; the site's other
    tests comment too): wait and send it again, for at most a minute."""
    deadline = time.monotonic() + 60
    while True:
        answer = httpx.post(f"{site.url}/wp-comments-post.php", data={
            "comment_post_ID": post_id, "author": "Budi Santoso", "email": email, "url": "",
            "comment": text, "submit": "Post Comment", "comment_parent": "0"}, timeout=60)
        if answer.status_code != 429 or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert answer.status_code in (302, 303), answer.text[:500]


@pytest.mark.slow  # about 10 seconds on the shared test WordPress
def test_a_held_comment_is_listed_approved_and_answered(wordpress_site, adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, Moderator)
    assert adapter.moderation_actions == ("approve", "spam", "trash")
    post = adapter.publish(OutgoingPost(text="Jam besuk baru\n\nMulai Senin pukul 16.00.",
                                        idempotency_key=new_idempotency_key()))
    before = adapter.read_inbox("")
    complaint = "Antrean di poli jiwa tiga jam, tolong diperbaiki <b>segera</b>"
    visitor_comments(wordpress_site, post.remote_id, complaint,
                     f"budi.{new_idempotency_key()[:8]}@example.com")

    # Held: a visitor does not see it; HumasDesk, signed in, lists it.
    batch = adapter.read_inbox(before.cursor)
    [item] = [i for i in batch.items if i.thread_id == post.remote_id]
    assert item.kind == ItemKind.COMMENT and item.moderation == "hold"
    assert item.author_name == "Budi Santoso"
    assert item.text == "Antrean di poli jiwa tiga jam, tolong diperbaiki segera"
    assert read_comment(wordpress_site, item.remote_id)["status"] == "hold"
    public = httpx.get(wordpress_site.rest("/wp/v2/comments") + f"&post={post.remote_id}",
                       timeout=30).json()
    assert public == []

    adapter.moderate(item, "approve")
    assert read_comment(wordpress_site, item.remote_id)["status"] == "approved"

    answer = adapter.reply(item, "Mohon maaf, Pak Budi. Kami tambah petugas mulai besok.",
                           new_idempotency_key())
    stored = read_comment(wordpress_site, answer.remote_id)
    assert stored["parent"] == int(item.remote_id)
    assert stored["post"] == int(post.remote_id)
    assert stored["author"] == adapter.account.options["user_id"]
    assert stored["status"] == "approved"
    assert "Kami tambah petugas" in stored["content"]["raw"]

    # Sent again (the first answer was lost): WordPress refuses the duplicate, and the answer
    # already there is returned. Still one answer on the site.
    again = adapter.reply(item, "Mohon maaf, Pak Budi. Kami tambah petugas mulai besok.",
                          new_idempotency_key())
    assert again.remote_id == answer.remote_id
    with wordpress_site.client() as client:
        children = client.get(wordpress_site.url + "/", params={
            "rest_route": "/wp/v2/comments", "parent": item.remote_id}).json()
    assert [c["id"] for c in children] == [int(answer.remote_id)]

    # The next read repeats nothing: neither the comment nor our own answer.
    later = adapter.read_inbox(batch.cursor)
    assert [i.remote_id for i in later.items if i.thread_id == post.remote_id] == []
    assert load_cursor(later.cursor)["after"]

    adapter.moderate(item, "trash")
    assert read_comment(wordpress_site, item.remote_id)["status"] == "trash"
    with pytest.raises(Rejected):
        adapter.moderate(item, "hide")
