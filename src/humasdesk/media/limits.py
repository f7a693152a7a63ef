"""What each platform takes as a picture: bytes, pixels, aspect ratio, formats, animation.

Sources (see also /work/shared/reference/platforms.md, section 3). Where a platform shrinks
every upload to a size of its own anyway, the picture is shrunk to that size here: the upload is
smaller and faster, and nothing is lost that the platform would have kept.

- Bluesky: ``app.bsky.embed.images#image`` blob ``maxSize`` 2,000,000 bytes (atproto lexicon
  ``lexicons/app/bsky/embed/images.json``); the official app sends at most 2000 px a side
  (bluesky-social/social-app ``POST_IMG_MAX``). Pictures are shown still, so a GIF goes as
  its first picture.
- X: image ≤ 5 MB (JPG, PNG, GIF, WEBP), GIF ≤ 15 MB (xdevplatform/docs
  ``x-api/media/quickstart/best-practices.mdx``); X shows at most 4096 px a side.
- Mastodon: ``configuration.media_attachments.image_size_limit`` (16 MiB by default) and
  ``image_matrix_limit`` (33,177,600 px) from the server's ``/api/v2/instance`` (docs
  ``entities/Instance.md``). The server shrinks originals to 8,294,400 px itself
  (``MediaAttachment::IMAGE_STYLES[:original][:pixels]``, 3840 × 2160); a phone photo is sent
  whole, which costs a little more upload and saves a resize here. Animated GIFs are taken
  (the server turns them into a looping video).
- Telegram: ``sendPhoto``: at most 10 MB, width + height at most 10000, ratio at most 20 (Bot
  API docs); Telegram shows photos at most 2560 px a side. The adapter sends photos and videos
  only, so a GIF goes as its first picture.
- Facebook page photos: static images under 10 MB (Graph API photo reference); Facebook keeps
  at most 2048 px a side. A GIF on a page photo does not move.
- Instagram: JPEG only, at most 8 MB, aspect ratio 4:5 to 1.91:1, at most 1440 px wide
  (developers.facebook.com instagram-platform/content-publishing).
- Threads: JPEG or PNG, at most 8 MB, width 320–1440 px, aspect ratio at most 10:1
  (developers.facebook.com threads/overview "Image specifications").
- LinkedIn: JPG, PNG or GIF (up to 250 frames), at most 36,152,320 px (LinkedIn Images API);
  shown at most 4096 px a side here too.
- WordPress: the server sets the upload size; WordPress scales any picture over 2560 px
  (``big_image_size_threshold``, since 5.3), so 2560 is sent.
- The local outbox and the sites posted by hand: no limits, but the copy is still made private
  (it leaves the computer when he uploads it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
WEBP = "image/webp"


@dataclass(frozen=True)
class ImageLimits:
    platform: str
    max_bytes: int | None = None
    max_side: int | None = None  # the longest side, in pixels
    max_width: int | None = None
    max_pixels: int | None = None  # width × height
    max_width_plus_height: int | None = None  # Telegram
    min_aspect: float | None = None  # width / height
    max_aspect: float | None = None
    formats: tuple[str, ...] = (JPEG, PNG)
    animated_gif: bool = False  # an animated GIF is taken and shown moving
    gif_max_bytes: int | None = None  # when GIFs have a limit of their own

    @property
    def fixes_aspect(self) -> bool:
        """Whether a picture may have to be padded or cropped for this platform."""
        return self.min_aspect is not None or self.max_aspect is not None

    def aspect_ok(self, width: int, height: int) -> bool:
        ratio = width / height
        return not ((self.min_aspect is not None and ratio < self.min_aspect - 1e-3) or
                    (self.max_aspect is not None and ratio > self.max_aspect + 1e-3))

    def key(self) -> str:
        """Part of a fitted copy's cache key: new limits make a new copy."""
        return repr(self)


MB = 1_000_000
PLATFORM_LIMITS: dict[str, ImageLimits] = {
    "bluesky": ImageLimits("bluesky", max_bytes=2_000_000, max_side=2000,
                           formats=(JPEG, PNG, WEBP)),
    "x": ImageLimits("x", max_bytes=5 * MB, max_side=4096, formats=(JPEG, PNG, GIF, WEBP),
                     animated_gif=True, gif_max_bytes=15 * MB),
    "mastodon": ImageLimits("mastodon", max_bytes=16_777_216, max_pixels=33_177_600,
                            formats=(JPEG, PNG, GIF, WEBP), animated_gif=True),
    "telegram": ImageLimits("telegram", max_bytes=10 * MB, max_side=2560,
                            max_width_plus_height=10_000, min_aspect=1 / 20, max_aspect=20),
    "facebook": ImageLimits("facebook", max_bytes=10 * MB - 1, max_side=2048),
    "instagram": ImageLimits("instagram", max_bytes=8 * MB, max_width=1440, min_aspect=4 / 5,
                             max_aspect=1.91, formats=(JPEG,)),
    "threads": ImageLimits("threads", max_bytes=8 * MB, max_width=1440, min_aspect=1 / 10,
                           max_aspect=10),
    "linkedin": ImageLimits("linkedin", max_side=4096, max_pixels=36_152_320,
                            formats=(JPEG, PNG, GIF), animated_gif=True),
    "wordpress": ImageLimits("wordpress", max_side=2560, formats=(JPEG, PNG, GIF, WEBP),
                             animated_gif=True),
}
# Anything else (the local outbox, sites posted by hand): private copies, no other limit.
PRIVATE_ONLY = ImageLimits("", formats=(JPEG, PNG, GIF, WEBP), animated_gif=True)


def limits_for(platform: str, options: dict | None = None) -> ImageLimits:
    """The limits for an account's platform; Mastodon's from what its server said (kept in the
    account's ``options["limits"]`` when it was connected), the defaults otherwise."""
    limits = PLATFORM_LIMITS.get(platform)
    if limits is None:
        return replace(PRIVATE_ONLY, platform=platform)
    if platform == "mastodon":
        server = (options or {}).get("limits") if isinstance(options, dict) else None
        server = server if isinstance(server, dict) else {}
        size = server.get("image_size_limit")
        matrix = server.get("image_matrix_limit")
        if _positive(size):
            limits = replace(limits, max_bytes=size)
        if _positive(matrix):
            limits = replace(limits, max_pixels=min(matrix, limits.max_pixels or matrix))
    return limits


def _positive(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
