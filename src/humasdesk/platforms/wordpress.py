"""WordPress site: application passwords, posts with a featured image, native scheduling.

- Sign-in: an application password (WordPress 5.6+, the user's profile page, "Application
  Passwords") sent as HTTP Basic auth. Only over HTTPS: plain ``http://`` is refused except for
  this computer itself (a test site), because Basic auth is readable by anyone on the network.
  The password is kept in the keyring under the account's ``credential_ref``; it does not
  expire, so a 401 means it was revoked (or the user's role removed): ``AuthExpired``.
- REST routes go through ``?rest_route=/wp/v2/...``, which works whatever the site's permalink
  settings are (``/wp-json/`` needs rewrite rules).
- A post: the first line of the text is the title when the text has more than one line; the
  rest is the content, escaped and turned into paragraphs (the user writes plain text). The
  first image becomes the featured image, the others follow the text; every image is uploaded
  to the media library with its alt text. Hashtags and the account's default tags become tags;
  the account's default categories are applied (``options["categories"]``, ``options["tags"]``).
- Native scheduling: ``status: future`` with ``date_gmt``; the site publishes it itself (through
  WP-Cron, which runs when the site gets visits).
- Crash recovery: every post carries an invisible HTML comment with the publish record's
  idempotency key, so :meth:`WordPressAdapter.find_published` can search for it.
- The media library doubles as a public image host for Instagram and Threads
  (:meth:`WordPressAdapter.host_image`).
"""

from __future__ import annotations

import base64
import html
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import REPLIES, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media
from ..domain.timezones import format_local
from ..logs import redact, register_secret
from .base import (
    AuthExpired,
    Capabilities,
    OutgoingPost,
    PublishResult,
    Rejected,
    Transient,
)
from .http import (
    HttpFactory,
    asks_to_wait,
    bounded_send,
    json_body,
    rate_limit_reset,
    send,
    send_window,
    unreadable,
)
from .inboxing import dump_cursor, gone, load_cursor, parse_time
from .secrets import SecretStore
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    forget_credential,
    handle_of,
    platform_spec,
    server_of,
)

log = logging.getLogger(__name__)

PLATFORM = "wordpress"
MAX_IMAGES = 10  # a HumasDesk choice: WordPress itself has no per-post limit
# WordPress turns a "future" post whose time has passed into a published one at once, so a
# schedule must leave a little room for the request to arrive.
MIN_LEAD = timedelta(minutes=2)
CAPABILITIES = Capabilities(text_rules="wordpress", max_media=MAX_IMAGES, alt_text=True,
                            native_scheduling=True, native_min_lead=MIN_LEAD, lookup=True,
                            metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "WordPress site")
_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
_KEY_MARK = "humasdesk-key:"
_URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")
_HASHTAG_RE = re.compile(r"(?<![\w&])#(\w{2,64})")


# -- pure helpers ---------------------------------------------------------------------------------

def normalise_site(url: str) -> str:
    """``rsko.co.id/`` -> ``https://rsko.co.id``. Plain ``http`` only for this computer itself."""
    url = (url or "").strip().rstrip("/")
    if not url:
        raise Rejected("", translate("WordPress", "Type the address of the WordPress site, for "
                                                  "example https://www.rsko.co.id."))
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise Rejected(url, translate("WordPress", "“{url}” is not a web address. Use one such "
                                                   "as https://www.rsko.co.id.").format(url=url))
    if parts.scheme == "http" and host not in _LOOPBACK_HOSTS:
        raise Rejected(url, translate(
            "WordPress", "The site address must start with https://. Over plain http:// the "
            "application password would travel readable by anyone on the network, and "
            "WordPress refuses it too."))
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def text_to_html(text: str) -> str:
    """Plain text -> escaped HTML paragraphs, with links made clickable."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for paragraph in paragraphs:
        escaped = html.escape(paragraph, quote=False)
        linked = _URL_RE.sub(lambda m: f'<a href="{html.escape(m.group(0))}">{m.group(0)}</a>',
                             escaped)
        out.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    return "\n\n".join(out)


def hashtags(text: str) -> list[str]:
    return list(dict.fromkeys(match.group(1) for match in _HASHTAG_RE.finditer(text)))


def key_comment(idempotency_key: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "", idempotency_key)
    return f"<!-- {_KEY_MARK}{safe} -->"


def wp_date_gmt(instant: datetime) -> str:
    """WordPress wants ``date_gmt`` as ``YYYY-MM-DDTHH:MM:SS`` without an offset."""
    if instant.tzinfo is None:
        raise ValueError("a scheduled time must carry its zone")
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


@dataclass
class Article:
    """A WordPress post as the REST API sees it; ``content`` is HTML."""

    title: str
    content: str
    excerpt: str = ""
    categories: list[str] = field(default_factory=list)  # names; created when missing
    tags: list[str] = field(default_factory=list)  # names; created when missing
    media: list[Media] = field(default_factory=list)  # the first is the featured image
    idempotency_key: str = ""


def article_from_post(post: OutgoingPost, options: dict | None = None) -> Article:
    """The first line is the title when there is more than one line; the rest is the body."""
    options = options or {}
    text = post.text.strip()
    first, _, rest = text.partition("\n")
    if rest.strip():
        title, body = first.strip(), rest
    else:
        # One line: WordPress needs a title, so a short text is its own title as well.
        title, body = (text if len(text) <= 120 else text[:117].rstrip() + "…"), text
    tags = list(dict.fromkeys([*(options.get("tags") or []), *hashtags(text)]))
    return Article(title=title, content=text_to_html(body), excerpt=options.get("excerpt", ""),
                   categories=list(options.get("categories") or []), tags=tags,
                   media=list(post.media), idempotency_key=post.idempotency_key)


# -- the inbox (issue 15): comments (held ones too), answers, moderation ---------------------------
#
# Read every INBOX_CADENCE: the comments waiting for moderation (``status=hold``, which needs the
# login) and the approved ones, after the cursor's ``date_gmt`` (the site compares inclusively,
# so the ids already seen at that second are skipped). An answer is a comment with ``parent`` and
# ``post``, written as the signed-in user; WordPress refuses the same comment twice
# (``comment_duplicate``), and then the answer already there is returned: sent at most once.

INBOX_CADENCE = timedelta(minutes=5)
INBOX_STATUSES = ("hold", "approve")
MAX_COMMENT_PAGES = 10  # of 100 comments per status and read
_MODERATION = {"approve": "approve", "spam": "spam", "trash": "trash"}


def _plain(rendered: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>\s*<p>", "\n", rendered or "")
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _from_the_second_before(after: str) -> str:
    """WordPress's ``after`` is exclusive and to the second, so a comment written in the same
    second as the last one read would never come: ask from the second before (the ids already
    read in that second are skipped by the cursor's ``ids``). With its offset, so WordPress
    compares it in the site's own time zone."""
    instant = datetime.fromisoformat(after).replace(tzinfo=UTC) - timedelta(seconds=1)
    return instant.isoformat(timespec="seconds")


class _WordPressInbox:
    """The inbox half of :class:`WordPressAdapter` (InboxReader, Replier, Moderator)."""

    inbox_cadence = INBOX_CADENCE
    moderation_actions = ("approve", "spam", "trash")

    def read_inbox(self, cursor: str) -> InboxBatch:
        state = load_cursor(cursor)
        after = str(state.get("after") or "")
        seen = {str(i) for i in state.get("ids") or []}
        me = str((self.account.options or {}).get("user_id") or "")
        found: dict[str, RemoteItem] = {}
        for status in INBOX_STATUSES:
            for page in range(1, MAX_COMMENT_PAGES + 1):
                params = {"status": status, "context": "edit", "per_page": "100",
                          "page": str(page), "orderby": "date_gmt", "order": "asc"}
                if after:
                    params["after"] = _from_the_second_before(after)
                response = self._request("GET", "/wp/v2/comments", idempotent=True,
                                         params=params)
                comments = self._json_list(response)
                for comment in comments:
                    item = self._comment_item(comment, me)
                    if item is not None and item.remote_id not in seen:
                        found[item.remote_id] = item
                pages = response.headers.get("x-wp-totalpages", "1")
                if len(comments) < 100 or not pages.isdigit() or page >= int(pages):
                    break
        items = sorted(found.values(), key=lambda i: (i.received_at, int(i.remote_id)))
        if items:
            last = items[-1].received_at
            after = wp_date_gmt(last)
            seen = {i.remote_id for i in items if i.received_at == last} | (
                seen if after == state.get("after") else set())
        return InboxBatch(items, dump_cursor({"after": after, "ids": sorted(seen)}))

    def _comment_item(self, comment: dict, me: str) -> RemoteItem | None:
        if comment.get("id") is None:
            return None
        if me and str(comment.get("author") or "") == me:
            return None  # the signed-in user's own comment (an answer)
        received = parse_time(str(comment.get("date_gmt") or "") + "+00:00")
        if received is None:
            return None
        content = comment.get("content") if isinstance(comment.get("content"), dict) else {}
        parent = str(comment.get("parent") or "")
        post = str(comment.get("post") or "")
        return RemoteItem(
            remote_id=str(comment["id"]), kind=ItemKind.COMMENT,
            author_name=html.unescape(str(comment.get("author_name") or "")),
            # Comments may carry a little HTML (<b>, <a>): the inbox reads plain text.
            author_handle="", text=_plain(str(content.get("raw") or content.get("rendered")
                                              or "")),
            received_at=received, url=str(comment.get("link") or ""), thread_id=post,
            parent_id="" if parent in ("", "0") else parent, reply_ref={"post": post},
            moderation=str(comment.get("status") or ""))

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """A comment with ``parent`` (the item) and ``post``, as the signed-in user."""
        if not text.strip():
            raise Rejected("", translate("WordPress", "The answer has no text."))
        payload = {"post": int(item.reply_ref.get("post") or item.thread_id),
                   "parent": int(item.remote_id), "content": text}
        with send_window():
            response = self._request("POST", "/wp/v2/comments", idempotent=False, json=payload,
                                     allow={400, 404, 409})
        code, _ = _wp_error(response)
        if code == "comment_duplicate":
            found = self._find_answer(item, text)
            if found is not None:
                return found
        if code in ("rest_comment_invalid_parent", "rest_comment_invalid_id",
                    "rest_post_invalid_id", "rest_comment_invalid_post_id"):
            raise gone(translate("WordPress", "the site"))
        self._check(response)
        body = self._json(response)
        if body.get("id") is None:
            raise unreadable(response, urlsplit(self.site).netloc)
        return PublishResult(remote_id=str(body["id"]), url=str(body.get("link") or ""))

    def _find_answer(self, item: RemoteItem, text: str) -> PublishResult | None:
        response = self._request("GET", "/wp/v2/comments", idempotent=True, params={
            "parent": item.remote_id, "context": "edit", "per_page": "100",
            "status": "approve"})
        me = str((self.account.options or {}).get("user_id") or "")
        for comment in self._json_list(response):
            raw = str((comment.get("content") or {}).get("raw") or "")
            if str(comment.get("author") or "") == me and raw.strip() == text.strip():
                return PublishResult(remote_id=str(comment["id"]),
                                     url=str(comment.get("link") or ""))
        return None

    def moderate(self, item: RemoteItem, action: str) -> None:
        """Approve, mark as spam or move to the Trash (``POST /wp/v2/comments/{id}``)."""
        if action not in _MODERATION:
            raise Rejected(action, translate("WordPress", "A comment can be approved, marked as "
                                                          "spam or moved to the Trash."))
        response = self._request("POST", f"/wp/v2/comments/{int(item.remote_id)}",
                                 idempotent=True, json={"status": _MODERATION[action]},
                                 allow={404})
        if response.status_code == 404:
            raise gone(translate("WordPress", "the site"))


# -- the adapter ----------------------------------------------------------------------------------

class WordPressAdapter(_WordPressInbox):
    capabilities = CAPABILITIES

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta"):
        self.account = account
        self.secrets = secrets
        self.http = http
        self.zone = zone
        self.site = normalise_site(account.server_url)
        self._password: str | None = None

    # -- connecting -----------------------------------------------------------------------------

    @classmethod
    def connect(cls, *, site_url: str, user: str, app_password: str, name: str = "",
                secrets: SecretStore, http: HttpFactory, credential_ref: str = "",
                zone: str = "Asia/Jakarta") -> Account:
        """Check the user and application password against the site, then keep the password in
        the keyring. Returns a new, unsaved ``Account`` (for a reconnect pass the old
        ``credential_ref``)."""
        site = normalise_site(site_url)
        user = user.strip()
        # WordPress shows application passwords in groups of four and ignores the spaces.
        password = re.sub(r"\s+", "", app_password or "")
        if not user:
            raise Rejected("", translate("WordPress", "Type the WordPress user name."))
        if not password:
            raise Rejected("", translate("WordPress", "Paste the application password."))
        register_secret(password)
        secrets.check()
        probe = cls(Account(platform=PLATFORM, name=name, handle=user, server_url=site),
                    secrets, http, zone)
        probe._password = password
        me = probe._me()
        ref = credential_ref or SecretStore.new_reference(PLATFORM)
        secrets.set(ref, password)
        host = urlsplit(site).netloc
        return Account(platform=PLATFORM, name=name.strip() or host, handle=user,
                       server_url=site, credential_ref=ref,
                       options={"user_id": me.get("id"), "categories": [], "tags": []})

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        me = self._me()
        capabilities = me.get("capabilities") or {}
        who = me.get("name") or self.account.handle
        host = urlsplit(self.site).netloc
        if not capabilities.get("publish_posts"):
            return translate("WordPress", "Signed in to {site} as {user}, but this user may not "
                                          "publish posts. Ask the site's administrator for the "
                                          "Author or Editor role.").format(site=host, user=who)
        if not capabilities.get("upload_files"):
            return translate("WordPress", "Signed in to {site} as {user}. This user may publish "
                                          "posts but not upload images.").format(site=host,
                                                                                  user=who)
        return translate("WordPress", "Signed in to {site} as {user}; may publish posts and "
                                      "upload images.").format(site=host, user=who)

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        """Publish now (``post.scheduled_at`` is informational here; :meth:`schedule` hands a
        post to the site's own scheduler)."""
        return self.publish_article(article_from_post(post, self.account.options))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        """The post that carries this key in its content, published or scheduled."""
        mark = key_comment(idempotency_key)
        response = self._request("GET", "/wp/v2/posts", idempotent=True, params={
            "search": mark[5:-4], "status": "publish,future,draft,pending,private",
            "context": "edit", "per_page": "5"})
        for item in self._json_list(response):
            raw = (item.get("content") or {}).get("raw", "")
            if mark in raw:
                return PublishResult(remote_id=str(item["id"]), url=item.get("link", ""))
        return None

    # -- native scheduling (the engine calls these when capabilities.native_scheduling) -----------

    @bounded_send
    def schedule(self, post: OutgoingPost, at: datetime) -> PublishResult:
        return self.schedule_article(article_from_post(post, self.account.options), at)

    def cancel_scheduled(self, remote_id: str) -> None:
        """Move a scheduled post to the site's Trash, where it can still be restored for a while.
        Refuses when the post has already gone out."""
        current = self._get_post(remote_id)
        if current.get("status") == "trash":
            return
        if current.get("status") == "publish":
            raise Rejected("", translate(
                "WordPress", "This post is already published on the site, so it cannot be "
                "cancelled. Remove it on the site if it should not be there."))
        self._request("DELETE", f"/wp/v2/posts/{int(remote_id)}", idempotent=True)

    def can_schedule(self, post: OutgoingPost, at: datetime) -> bool:
        return at.tzinfo is not None and at >= datetime.now(UTC) + MIN_LEAD

    def reschedule(self, remote_id: str, at: datetime) -> datetime:
        """Move a scheduled post to ``at``; returns the time the site now holds."""
        self._check_future(at)
        current = self._get_post(remote_id)
        if current.get("status") == "publish":
            raise Rejected("", translate(
                "WordPress", "This post is already published on the site, so its time cannot "
                "be changed."))
        response = self._request("POST", f"/wp/v2/posts/{int(remote_id)}", idempotent=True,
                                 json={"status": "future", "date_gmt": wp_date_gmt(at)})
        held = str(self._json(response).get("date_gmt") or "")
        try:
            return datetime.fromisoformat(held).replace(tzinfo=UTC)
        except ValueError:
            return at

    # -- posts ----------------------------------------------------------------------------------

    def publish_article(self, article: Article) -> PublishResult:
        return self._create(article, {"status": "publish"})

    def schedule_article(self, article: Article, at: datetime) -> PublishResult:
        self._check_future(at)
        return self._create(article, {"status": "future", "date_gmt": wp_date_gmt(at)})

    def _check_future(self, at: datetime) -> None:
        if at.tzinfo is None or at < datetime.now(UTC) + MIN_LEAD:
            raise Rejected("", translate(
                "WordPress", "A WordPress post can be scheduled only at least {minutes} minutes "
                "ahead; {time} is too soon.").format(
                    minutes=int(MIN_LEAD.total_seconds() // 60),
                    time=format_local(at if at.tzinfo else at.replace(tzinfo=UTC), self.zone)))

    def _create(self, article: Article, status: dict) -> PublishResult:
        if not article.title.strip() and not article.content.strip():
            raise Rejected("", translate("WordPress", "The post has no text."))
        self._check_media(article.media)
        # Everything that can be repeated harmlessly (terms, uploads) happens before the one
        # request that cannot: creating the post.
        payload: dict = {"title": article.title, "content": article.content, **status}
        if article.excerpt:
            payload["excerpt"] = article.excerpt
        if article.categories:
            payload["categories"] = [self._term_id("categories", name)
                                     for name in article.categories]
        if article.tags:
            payload["tags"] = [self._term_id("tags", name) for name in article.tags]
        uploaded = [self.upload_media(item) for item in article.media]
        if uploaded:
            payload["featured_media"] = uploaded[0]["id"]
            for extra in uploaded[1:]:
                payload["content"] += (
                    f'\n\n<figure class="wp-block-image"><img src="'
                    f'{html.escape(extra.get("source_url", ""))}" alt="'
                    f'{html.escape(extra.get("alt_text", ""))}"></figure>')
        if article.idempotency_key:
            payload["content"] += "\n\n" + key_comment(article.idempotency_key)
        response = self._request("POST", "/wp/v2/posts", idempotent=False, json=payload)
        body = self._json(response)
        if body.get("id") is None:
            raise unreadable(response, urlsplit(self.site).netloc)
        log.info("WordPress post %s created (%s)", body.get("id"), body.get("status"))
        return PublishResult(remote_id=str(body["id"]), url=body.get("link", ""))

    def _get_post(self, remote_id: str) -> dict:
        try:
            number = int(remote_id)
        except (TypeError, ValueError):
            raise Rejected(str(remote_id)) from None
        response = self._request("GET", f"/wp/v2/posts/{number}", idempotent=True,
                                 params={"context": "edit"})
        return self._json(response)

    def _term_id(self, taxonomy: str, name: str) -> int:
        """The id of a category or tag by name, created when the site does not have it."""
        name = name.strip()
        response = self._request("GET", f"/wp/v2/{taxonomy}", idempotent=True,
                                 params={"search": name, "per_page": "100"})
        for term in self._json_list(response):
            if html.unescape(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        response = self._request("POST", f"/wp/v2/{taxonomy}", idempotent=True,
                                 json={"name": name}, allow={400})
        body = self._json(response)
        if response.status_code == 400 and body.get("code") == "term_exists":
            return int((body.get("data") or {}).get("term_id"))
        self._check(response)
        return int(body["id"])

    # -- media ----------------------------------------------------------------------------------

    def _check_media(self, media: list[Media]) -> None:
        if len(media) > MAX_IMAGES:
            raise Rejected("", translate("WordPress", "HumasDesk sends at most {limit} images "
                                                      "with one WordPress post.").format(
                limit=MAX_IMAGES))
        for item in media:
            if not item.mime_type.startswith("image/"):
                raise Rejected("", translate("WordPress", "“{name}” is not an image.").format(
                    name=Path(item.path).name))
            if not Path(item.path).is_file():
                raise Rejected("", translate("WordPress", "The image “{name}” cannot be "
                                                          "found.").format(
                    name=Path(item.path).name))

    def upload_media(self, item: Media) -> dict:
        """Upload one image to the media library with its alt text; the REST media object."""
        path = Path(item.path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Rejected("", translate("WordPress", "The image “{name}” cannot be read: "
                                                      "{reason}").format(
                name=path.name, reason=exc.strerror or exc)) from None
        # A repeated upload only leaves a second copy in the media library, never a second
        # public post, so it may be retried.
        response = self._request(
            "POST", "/wp/v2/media", idempotent=True,
            files={"file": (path.name, data, item.mime_type)},
            data={"alt_text": item.alt_text or "", "title": path.stem})
        body = self._json(response)
        if item.alt_text and body.get("alt_text") != item.alt_text:
            # Older sites ignore fields sent with the file; set the alt text separately.
            response = self._request("POST", f"/wp/v2/media/{int(body['id'])}", idempotent=True,
                                     json={"alt_text": item.alt_text})
            body = self._json(response)
        return body

    def host_image(self, item: Media) -> str:
        """Put an image in the media library and return its public address (for Instagram and
        Threads, which fetch images from a URL)."""
        url = self.upload_media(item).get("source_url") or ""
        if not url.startswith(("https://", "http://")):
            raise Transient(translate("WordPress", "The site did not say where it keeps the "
                                                   "uploaded image."))
        return url

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """The article's approved comments (``X-WP-Total`` of ``/wp/v2/comments?post=``). An
        article that is gone (404) or in the trash is deleted."""
        response = self._request("GET", f"/wp/v2/posts/{int(remote_id)}", idempotent=True,
                                 params={"context": "edit", "_fields": "id,status"},
                                 allow={404, 410})
        if response.status_code in (404, 410) or self._json(response).get("status") == "trash":
            return PostMetrics(deleted=True)
        response = self._request("GET", "/wp/v2/comments", idempotent=True,
                                 params={"post": str(int(remote_id)), "per_page": "1",
                                         "_fields": "id"})
        total = response.headers.get("x-wp-total", "")
        if total.isdigit():
            return PostMetrics({REPLIES: int(total)})
        return PostMetrics({REPLIES: len(self._json_list(response))})

    def read_audience(self) -> AudienceSnapshot:
        return AudienceSnapshot(None, translate("WordPress", "A website has no followers to "
                                                             "count; its comments are counted "
                                                             "per article."))

    # -- end of insights ------------------------------------------------------------------------

    # -- requests -------------------------------------------------------------------------------

    def _app_password(self) -> str:
        if self._password is None:
            stored = self.secrets.get(self.account.credential_ref) \
                if self.account.credential_ref else None
            if not stored:
                raise AuthExpired(translate(
                    "WordPress", "HumasDesk has no saved application password for this "
                    "WordPress site. Connect it again on the Accounts page."))
            self._password = stored
        return self._password

    def _authorization(self) -> str:
        raw = f"{self.account.handle}:{self._app_password()}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def _me(self) -> dict:
        response = self._request("GET", "/wp/v2/users/me", idempotent=True,
                                 params={"context": "edit"})
        return self._json(response)

    def _request(self, method: str, route: str, *, idempotent: bool, params=None,
                 allow: set[int] | frozenset[int] = frozenset(), **kwargs) -> httpx.Response:
        query = {"rest_route": route, **(params or {})}
        with self.http.client(headers={"Authorization": self._authorization()}) as client:
            response = send(client, method, f"{self.site}/", idempotent=idempotent,
                            params=query, **kwargs)
        if response.status_code not in allow:
            self._check(response)
        return response

    def _check(self, response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        code, message = _wp_error(response)
        log.info("WordPress answered HTTP %s %s", status, code)
        if status == 401 or code in ("incorrect_password", "invalid_username",
                                     "invalid_email", "rest_not_logged_in"):
            raise AuthExpired(translate(
                "WordPress", "The site {site} did not accept the user “{user}” with this "
                "application password. It may have been revoked. Create a new one on your "
                "WordPress profile page (Users, Profile, Application Passwords) and reconnect "
                "the account.").format(site=urlsplit(self.site).netloc,
                                       user=self.account.handle))
        if status == 429:
            reset_at = rate_limit_reset(response, PLATFORM)
            raise asks_to_wait(urlsplit(self.site).netloc, reset_at, self.zone)
        if status == 403:
            raise Rejected(message or code, translate(
                "WordPress", "The site refused: {reason}. The user may lack the right role "
                "(Author or Editor publishes posts).").format(reason=message or code))
        if status >= 500 or status in (408, 425):
            raise Transient(translate(
                "WordPress", "The site {site} had a problem (HTTP {status}). HumasDesk will try "
                "again.").format(site=urlsplit(self.site).netloc, status=status))
        if status == 404 and code in ("", "rest_no_route"):
            raise Rejected(code or "404", translate(
                "WordPress", "No WordPress REST API was found at {site}. Check the address, and "
                "that no security plugin turns the REST API off.").format(
                    site=urlsplit(self.site).netloc))
        raise Rejected(message or code or f"HTTP {status}")

    @staticmethod
    def _json(response: httpx.Response) -> dict:
        return json_body(response, translate("WordPress", "the site"))

    @staticmethod
    def _json_list(response: httpx.Response) -> list[dict]:
        body = json_body(response, translate("WordPress", "the site"), list)
        return [item for item in body if isinstance(item, dict)]


def _wp_error(response: httpx.Response) -> tuple[str, str]:
    """WordPress's ``{"code", "message", "data": {"status"}}`` (empty strings when absent)."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    code, message = body.get("code"), body.get("message")
    return (code if isinstance(code, str) else "",
            redact(html.unescape(message)) if isinstance(message, str) else "")


# -- registry -------------------------------------------------------------------------------------

def connect(context: PlatformContext, *, site_url: str, user: str, app_password: str,
            name: str = "", credential_ref: str = "") -> Account:
    """What the Accounts page and ``humasdesk accounts add --platform wordpress`` call: the
    site's address, the WordPress user name and an application password (asked for hidden)."""
    return WordPressAdapter.connect(site_url=site_url, user=user, app_password=app_password,
                                    name=name, secrets=context.secrets, http=context.http,
                                    credential_ref=credential_ref, zone=context.zone)


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the site's address, your WordPress user name and an application "
        "password (your profile page, Application Passwords)."),
    (FormField("site_url", QT_TRANSLATE_NOOP("Accounts", "Site address"), required=True,
               flag="--site", metavar="URL", prefill=server_of,
               help=QT_TRANSLATE_NOOP("Accounts", "For example https://www.rsko.co.id."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "WordPress: the site's address")),
     FormField("user", QT_TRANSLATE_NOOP("Accounts", "WordPress user name"), required=True,
               flag="--user", prefill=handle_of,
               cli_help=QT_TRANSLATE_NOOP("Accounts", "WordPress: the user name")),
     FormField("app_password", QT_TRANSLATE_NOOP("Accounts", "Application password"),
               kind="secret", required=True)))


def _connect(connection: Connection) -> Account:
    return connect(connection.context, site_url=connection.value("site_url"),
                   user=connection.value("user"),
                   app_password=connection.secret("app_password"), name=connection.name,
                   credential_ref=connection.credential_ref)


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, WordPressAdapter, FORM, _connect,
    forget=forget_credential)

__all__ = ["Article", "CAPABILITIES", "SPEC", "WordPressAdapter", "article_from_post",
           "connect", "normalise_site", "text_to_html"]
