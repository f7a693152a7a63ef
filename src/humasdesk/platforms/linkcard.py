"""A link's preview card (Open Graph): the page's title, description and picture, as every
Bluesky client shows under a post with a link.

The page is read with the shared HTTP policy (platforms/http.py) and tighter bounds, because the
post waits for it: ``CARD_SECONDS`` for each request, at most ``PAGE_LIMIT`` bytes of page and
``IMAGE_LIMIT`` bytes of picture. A redirect is followed only within the same site (the same
host, or it with or without ``www.``), at most ``MAX_REDIRECTS`` times; one to another host is
not followed, because the card would then show a site the link does not name. Whatever goes
wrong, the caller gets ``CardUnavailable`` with a sentence for the user and posts without a card.
No Qt here.
"""

from __future__ import annotations

import html.parser
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..domain.i18n import translate
from .base import PlatformError
from .http import HttpFactory, host_of, send

log = logging.getLogger(__name__)

CARD_SECONDS = 5.0
PAGE_LIMIT = 2 * 1024 * 1024  # the head of a real page is in its first few kilobytes
IMAGE_LIMIT = 8 * 1024 * 1024
MAX_REDIRECTS = 3
TITLE_CHARS = 300
DESCRIPTION_CHARS = 1000


class CardUnavailable(Exception):
    """No card can be made; ``message`` says why, for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class LinkCard:
    uri: str  # the link as written in the post
    title: str
    description: str
    image: bytes = b""  # the page's picture as it came ("" when it has none or it failed)


class _Head(html.parser.HTMLParser):
    """The Open Graph (and plain HTML) title, description and image of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").lower().strip()
            if key and key not in self.meta and attributes.get("content", "").strip():
                self.meta[key] = attributes["content"].strip()
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _same_site(first: str, second: str) -> bool:
    return first.removeprefix("www.") == second.removeprefix("www.")


def _get(client: httpx.Client, url: str, limit: int) -> httpx.Response:
    """GET with redirects followed only within the site; raises CardUnavailable."""
    start_host = host_of(url)
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            response = send(client, "GET", url, idempotent=True, limit=limit,
                            seconds=CARD_SECONDS, redirects=True)
        except PlatformError as exc:
            # Its message speaks of retrying a post; here nothing is retried.
            log.info("link card: %s from %s", exc.kind, start_host)
            raise CardUnavailable(translate(
                "LinkCard", "The page at {host} could not be read (too slow, too large or not "
                "reachable).").format(host=start_host)) from None
        if not response.is_redirect:
            return response
        try:
            target = response.request.url.join(response.headers.get("location", ""))
        except (httpx.InvalidURL, ValueError):
            target = None
        if target is None or target.scheme not in ("http", "https"):
            break
        if not _same_site(start_host, target.host):
            raise CardUnavailable(translate(
                "LinkCard", "{host} sends the link on to another site, {target}, so HumasDesk "
                "did not follow it.").format(host=start_host, target=target.host))
        url = str(target)
    raise CardUnavailable(translate(
        "LinkCard", "{host} sends the link on too many times.").format(host=start_host))


def _page_text(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml", ""):
        raise CardUnavailable(translate("LinkCard", "The link is not a web page."))
    try:
        return response.content.decode(response.charset_encoding or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return response.content.decode("utf-8", "replace")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def fetch_card(uri: str, http: HttpFactory) -> LinkCard:
    """The card for ``uri``; ``CardUnavailable`` when the page cannot be read or says nothing
    worth showing (no title)."""
    host = host_of(uri)
    with http.client(headers={"Accept": "text/html,application/xhtml+xml"},
                     timeout=CARD_SECONDS) as client:
        response = _get(client, uri, PAGE_LIMIT)
        if response.status_code >= 400:
            raise CardUnavailable(translate(
                "LinkCard", "{host} answered HTTP {status} for the link.").format(
                    host=host, status=response.status_code))
        head = _Head()
        head.feed(_page_text(response))
        meta = head.meta
        title = _clip(meta.get("og:title") or meta.get("twitter:title") or head.title,
                      TITLE_CHARS)
        if not title:
            raise CardUnavailable(translate(
                "LinkCard", "The page at {host} has no title to show.").format(host=host))
        description = _clip(meta.get("og:description") or meta.get("twitter:description")
                            or meta.get("description") or "", DESCRIPTION_CHARS)
        card = LinkCard(uri=uri, title=title, description=description)
        image_url = meta.get("og:image") or meta.get("og:image:url") or \
            meta.get("twitter:image") or ""
        if image_url:
            try:
                image = _get(client, str(response.request.url.join(image_url)), IMAGE_LIMIT)
            except (CardUnavailable, httpx.InvalidURL, ValueError):
                image = None  # a card without its picture is still a card
            if image is not None and image.status_code == 200:
                card.image = image.content
        return card


# app.bsky.embed.external: the thumb blob takes at most 1,000,000 bytes.
THUMB_BYTES = 1_000_000
THUMB_SIDE = 1200  # cards are shown at most about 600 points wide


def thumbnail(image: bytes) -> tuple[bytes, str] | None:
    """The card's picture fitted under Bluesky's limit, without metadata (media/fit.py); None
    when it is not a picture that can be read."""
    from ..media.fit import FitError, fit
    from ..media.limits import JPEG, PNG, ImageLimits

    limits = ImageLimits("bluesky-card", max_bytes=THUMB_BYTES, max_side=THUMB_SIDE,
                         formats=(JPEG, PNG))
    with tempfile.TemporaryDirectory(prefix="humasdesk-card-") as folder:
        source = Path(folder) / "page-image"
        source.write_bytes(image)
        try:
            fitted = fit(source, limits, Path(folder) / "fitted")
        except FitError as exc:
            log.info("link card picture not used: %s", exc.message)
            return None
        return Path(fitted.path).read_bytes(), fitted.mime_type
