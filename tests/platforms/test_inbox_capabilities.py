"""Which adapters read the inbox, answer and moderate (checked with ``isinstance``, as the
services check), each one's cadence from the reference notes, and the shared inbox helpers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from humasdesk.domain.inbox import InboxBatch, ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms.base import InboxReader, Moderator, Rejected, Replier, Searcher
from humasdesk.platforms.inboxing import check_window, dump_cursor, load_cursor, parse_time
from humasdesk.platforms.registry import PlatformContext, default_registry

OPTIONS = {"facebook": {"page_id": "1"}, "instagram": {"ig_user_id": "2"},
           "threads": {"user_id": "3"}, "x": {"user_id": "4"}, "telegram": {"chat_id": "-100"},
           "mastodon": {}, "wordpress": {}}
SERVERS = {"mastodon": "https://social.example", "wordpress": "https://rsko.example",
           "telegram": "https://api.telegram.org"}


@pytest.fixture
def registry(tmp_path, memory_secrets):
    return default_registry(PlatformContext(data_dir=tmp_path, outbox_dir=tmp_path / "out",
                                            secrets=memory_secrets))


def adapter(registry, platform: str, **options):
    return registry.adapter_for(Account(platform=platform, name=platform,
                                        server_url=SERVERS.get(platform, ""),
                                        options={**OPTIONS.get(platform, {}), **options}))


@pytest.mark.parametrize("platform, cadence, actions, searches", [
    ("mastodon", timedelta(seconds=60), ("dismiss",), True),
    ("facebook", timedelta(minutes=3), ("hide", "unhide"), False),
    ("instagram", timedelta(minutes=5), ("hide", "unhide"), False),
    ("threads", timedelta(minutes=5), ("hide", "unhide"), True),
    ("telegram", timedelta(seconds=1), None, False),
    ("wordpress", timedelta(minutes=5), ("approve", "spam", "trash"), False),
])
def test_readers_answer_and_moderate_at_their_cadence(registry, platform, cadence, actions,
                                                      searches):
    found = adapter(registry, platform)
    assert isinstance(found, InboxReader) and isinstance(found, Replier)
    assert found.inbox_cadence == cadence
    assert isinstance(found, Moderator) == (actions is not None)
    if actions is not None:
        assert found.moderation_actions == actions
    assert isinstance(found, Searcher) == searches


def test_x_reads_only_when_turned_on(registry):
    assert not isinstance(adapter(registry, "x"), InboxReader)
    on = adapter(registry, "x", read_mentions=True)
    assert isinstance(on, InboxReader) and on.inbox_cadence == timedelta(minutes=10)


@pytest.mark.parametrize("platform", ["outbox", "linkedin", "kompasiana", "kaskus"])
def test_the_outbox_linkedin_and_assisted_sites_do_not_read(registry, platform):
    try:
        found = adapter(registry, platform)
    except KeyError:
        pytest.skip(f"no {platform} platform in this build")
    assert not isinstance(found, InboxReader)
    assert not isinstance(found, Replier) and not isinstance(found, Moderator)


@pytest.mark.parametrize("value, expected", [
    ("2026-11-26T03:00:01+0000", datetime(2026, 11, 26, 3, 0, 1, tzinfo=UTC)),  # Meta
    ("2026-11-26T03:00:01.000Z", datetime(2026, 11, 26, 3, 0, 1, tzinfo=UTC)),  # Mastodon, X
    ("2026-11-26T10:00:01+07:00", datetime(2026, 11, 26, 3, 0, 1, tzinfo=UTC)),
    (1795660000, datetime.fromtimestamp(1795660000, UTC)),  # Telegram
    ("yesterday", None), ("", None), (None, None), (True, None), (1e30, None),
])
def test_platform_times(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("cursor", ["", "not json", "[1, 2]", "42", '{"a": 1'])
def test_a_damaged_cursor_starts_over(cursor):
    assert load_cursor(cursor) == {}


def test_cursors_round_trip():
    state = {"mention": "503", "message": "9004"}
    assert load_cursor(dump_cursor(state)) == state
    assert InboxBatch([]).note == ""  # the optional note a read may carry


def test_a_closed_window_is_said_with_its_time():
    now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    item = RemoteItem("m1", ItemKind.MESSAGE, "Ani", "", "Halo", now - timedelta(hours=30),
                      reply_until=now - timedelta(hours=6))
    with pytest.raises(Rejected, match="ended at 2026-11-26 04:00 WIB"):
        check_window(item, now, "Facebook", "Asia/Jakarta")
    check_window(RemoteItem("m2", ItemKind.MESSAGE, "Ani", "", "Halo", now,
                            reply_until=now + timedelta(hours=1)), now, "Facebook",
                 "Asia/Jakarta")
