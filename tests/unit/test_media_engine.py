"""The publishing engine hands each platform its fitted copy of every picture (his files stay
as they are; blurred faces and pad-or-crop choices are applied), and a picture that cannot be
made to fit fails that post with the reason in words."""

from __future__ import annotations

import random

import pytest

from humasdesk.domain.model import Account, PublishState
from humasdesk.platforms.base import Capabilities, PublishResult
from humasdesk.platforms.registry import PlatformSpec
from humasdesk.publishing.engine import Engine
from media_support import SECRETS, face_photo_path, media_for, phone_photo


class Recorder:
    def __init__(self):
        self.sent = []

    def adapter(self, account, _context):
        recorder = self

        class Adapter:
            capabilities = Capabilities(text_rules="outbox", alt_text=True, max_media=4)

            def __init__(self):
                self.account = account

            def publish(self, post):
                recorder.sent.append(post)
                return PublishResult(str(len(recorder.sent)), "")

        return Adapter()


def setup(app, platform: str):
    recorder = Recorder()
    app.registry.register(PlatformSpec(id=platform, display_name=lambda: platform,
                                       capabilities=Capabilities(text_rules="outbox"),
                                       factory=recorder.adapter))
    account = app.store.accounts.add(Account(platform=platform, name=platform.title()))
    engine = Engine(app.store, app.registry, role="test", rng=random.Random(1),
                    media_cache=app.paths.cache / "fitted")
    return recorder, account, engine


def test_each_platform_gets_its_fitted_copy_and_his_file_stays(app, tmp_path):
    recorder, account, engine = setup(app, "bluesky")
    photo = phone_photo(tmp_path / "IMG.jpg")
    original = open(photo.path, "rb").read()
    [record] = app.publishing.submit("Bangsal anak", [account.id], media=[photo])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.PUBLISHED
    [sent] = recorder.sent[0].media
    data = open(sent.path, "rb").read()
    assert len(data) <= 2_000_000 and sent.mime_type == "image/jpeg"
    assert sent.alt_text == photo.alt_text
    assert not any(secret.encode() in data for secret in SECRETS)
    assert open(photo.path, "rb").read() == original


def test_the_blurred_copy_is_what_goes_out(app, tmp_path):
    if face_photo_path() is None:
        pytest.skip("scikit-image (its sample photos) is not installed")
    from humasdesk.media.faces import find_faces

    recorder, account, engine = setup(app, "mastodon")
    portrait = media_for(face_photo_path(), "Astronot.")
    [check] = app.media.faces_to_ask_about([portrait])
    app.media.blur(portrait, check.faces)
    # A post made before the choice (the CLI, a scheduled post) still sends the blurred copy.
    app.publishing.submit("Tamu kita", [account.id], media=[portrait])
    engine.run_once()
    [sent] = recorder.sent[0].media
    assert find_faces(sent.path)[0] == []


def test_a_picture_that_cannot_be_read_fails_the_post_in_words(app, tmp_path):
    recorder, account, engine = setup(app, "x")
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    item = media_for(broken, "Rusak.")
    [record] = app.publishing.submit("Gambar rusak", [account.id], media=[item])
    [outcome] = engine.run_once()
    assert outcome.state is PublishState.FAILED
    assert "is not a picture HumasDesk can read" in outcome.message
    assert recorder.sent == []
