"""The voice-command matcher (domain/voice.py), pure: number words in time phrases, yes and
no, the wake phrase, commands scoped to the page, and commands built from any registry."""

from datetime import UTC, datetime

import pytest

from humasdesk.domain.actions import ActionSpec
from humasdesk.domain.voice import (
    WAKE_PHRASES,
    Outcome,
    Target,
    answer,
    build_commands,
    is_wake_phrase,
    match,
    spoken_time,
)

NOW = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)  # 09:00 WIB


@pytest.mark.parametrize("said,written", [
    ("besok jam sembilan", "besok jam 9"),
    ("besok jam sembilan tiga puluh", "besok jam 9.30"),
    ("besok setengah sepuluh", "besok 9.30"),
    ("jam dua belas siang", "jam 12 siang"),
    ("dua jam lagi", "2 jam lagi"),
    ("tomorrow at nine thirty a m", "tomorrow at 9.30 am"),
    ("next monday at two p.m.", "next monday at 2 pm"),
    ("in twenty five minutes", "in 25 minutes"),
    ("tomorrow at nine o'clock", "tomorrow at 9"),
])
def test_spoken_numbers_become_digits(said, written):
    assert spoken_time(said) == written


def test_yes_no_and_neither():
    assert answer("Ya.") is True and answer("yes please") is True
    assert answer("tidak") is False and answer("jangan") is False and answer("no") is False
    assert answer("mungkin nanti") is None and answer("") is None


def test_wake_phrase():
    assert is_wake_phrase("Perintah, buka antrean.", WAKE_PHRASES) == "buka antrean"
    assert is_wake_phrase("Halo Humas buka antrean", WAKE_PHRASES) == "buka antrean"
    assert is_wake_phrase("rumah sakit buka antrean", WAKE_PHRASES) is None


SPECS = [
    ActionSpec("page.compose", "Write", ""),
    ActionSpec("page.queue", "Queue", "", spoken=("buka antrean", "open the queue")),
    ActionSpec("page.inbox", "Inbox", "", spoken=("buka kotak masuk",)),
    ActionSpec("compose.publish_now", "Publish now", "", confirm=True),
    ActionSpec("queue.publish_now", "Publish now", "", confirm=True),
    ActionSpec("inbox.reply", "Reply", "", spoken=("balas",)),
    ActionSpec("compose.schedule", "Schedule", "", spoken=("jadwalkan",), confirm=True,
               argument="when"),
    ActionSpec("compose.skip_account", "Skip account", "", spoken=("lewati",),
               argument="account"),
]
INDONESIAN = {"Queue": "Antrean", "Publish now": "Terbitkan sekarang", "Reply": "Balas"}


def commands():
    return build_commands(SPECS, lambda language, label: INDONESIAN.get(label, label)
                          if language == "id" else label)


def test_names_in_both_languages_and_page_scope():
    found = match("terbitkan sekarang", commands(), now=NOW, zone="Asia/Jakarta",
                  page="queue")
    assert found.outcome is Outcome.CONFIRM and found.action == "queue.publish_now"
    assert match("publish now", commands(), now=NOW, zone="Asia/Jakarta",
                 page="compose").action == "compose.publish_now"
    # A page's own action only on that page; going to a page everywhere.
    assert match("balas", commands(), now=NOW, zone="Asia/Jakarta", page="compose").action \
        is None
    assert match("balas", commands(), now=NOW, zone="Asia/Jakarta", page="inbox").action == \
        "inbox.reply"
    assert match("open the queue", commands(), now=NOW, zone="Asia/Jakarta",
                 page="inbox").action == "page.queue"


def test_arguments_time_and_account():
    scheduled = match("eh jadwalkan besok jam sembilan", commands(), now=NOW,
                      zone="Asia/Jakarta", page="compose")
    assert scheduled.json_arguments("Asia/Jakarta") == {"when": "2026-12-06T09:00:00+07:00"}
    targets = [Target(7, "RS Sehat", "Instagram (Business)"), Target(8, "FB RS", "Facebook Page")]
    skipped = match("lewati instagram", commands(), now=NOW, zone="Asia/Jakarta",
                    targets=targets, page="compose")
    assert skipped.outcome is Outcome.RUN
    assert skipped.json_arguments("UTC") == {"account": {"id": 7, "name": "RS Sehat"}}
    unclear = match("lewati tiktok", commands(), now=NOW, zone="Asia/Jakarta",
                    targets=targets, page="compose")
    assert unclear.outcome is Outcome.INCOMPLETE and "which account" in unclear.message


def test_unknown_and_empty_do_nothing():
    for said in ("", "eh", "selamat pagi semuanya"):
        found = match(said, commands(), now=NOW, zone="Asia/Jakarta")
        assert found.outcome is Outcome.UNKNOWN and found.action is None
