"""Faces found in a real photo, blurred on request; a photo without faces is not asked about;
the decision is kept per picture."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from humasdesk.app import App
from humasdesk.media.faces import blur_faces, find_faces
from media_support import face_photo_path, media_for, metadata, no_face_photo_path, three_faces

pytestmark = pytest.mark.skipif(face_photo_path() is None,
                                reason="scikit-image (its sample photos) is not installed")


@pytest.fixture
def app(tmp_path):
    app = App.build(tmp_path / "home")
    yield app
    app.close()


def test_the_face_in_a_real_portrait_is_found_and_nothing_in_a_cup_of_coffee():
    faces, size = find_faces(face_photo_path())
    assert size == (512, 512)
    [face] = faces
    # The astronaut's face is in the upper middle of the portrait.
    assert 150 < face.x + face.width / 2 < 300 and 80 < face.y + face.height / 2 < 200
    assert find_faces(no_face_photo_path())[0] == []


def test_three_faces_come_left_to_right_with_their_side(tmp_path):
    group = three_faces(tmp_path / "group.jpg")
    faces, (width, _height) = find_faces(group.path)
    assert len(faces) == 3
    assert [f.side(width) for f in faces] == ["left side", "middle", "right side"]


def test_blurring_changes_the_face_and_nothing_else(tmp_path):
    source = face_photo_path()
    [face], _size = find_faces(source)
    blurred_path, digest = blur_faces(source, [face], tmp_path)
    before = np.asarray(Image.open(source).convert("RGB")).astype(int)
    after = np.asarray(Image.open(blurred_path).convert("RGB")).astype(int)
    box = (slice(face.y, face.y + face.height), slice(face.x, face.x + face.width))
    inside = np.abs(before[box] - after[box]).mean()
    outside = np.ones(before.shape[:2], bool)
    margin_y, margin_x = round(face.height * 0.2), round(face.width * 0.2)
    outside[max(0, face.y - margin_y):face.y + face.height + margin_y,
            max(0, face.x - margin_x):face.x + face.width + margin_x] = False
    assert inside > 10  # the face is really changed
    assert np.array_equal(before[outside], after[outside])  # PNG: the rest is identical
    assert find_faces(blurred_path)[0] == []  # no longer a recognisable face
    assert not [k for k in metadata(blurred_path) if not k.startswith("PNG:Image")
                and not k.startswith("PNG:") or "Text" in k]


def test_the_service_asks_only_about_photos_with_faces_and_remembers(app, tmp_path):
    portrait = media_for(face_photo_path(), "Astronaut.")
    coffee = media_for(no_face_photo_path(), "Kopi.")
    asked = app.media.faces_to_ask_about([coffee, portrait])
    assert [(c.index, len(c.faces)) for c in asked] == [(1, 1)]
    assert app.media.choice(coffee).faces == 0  # remembered: never looked at again
    blurred = app.media.blur(portrait, asked[0].faces)
    assert blurred.sha256 != portrait.sha256 and blurred.alt_text == "Astronaut."
    assert app.media.faces_to_ask_about([portrait, blurred]) == []  # decided, both
    assert app.media.decided(portrait).path == blurred.path  # attached again: the blurred copy
    kept = three_faces(tmp_path / "g.jpg")
    app.media.keep_faces(kept)
    assert app.media.faces_to_ask_about([kept]) == []
