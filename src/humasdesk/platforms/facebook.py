"""Facebook Page: text, link and photo posts (with alt text), and Facebook's own scheduling.

Connecting uses the institution's own Meta app (its App ID and App secret, kept in the
keyring): the user logs in to Facebook in the browser (the shared OAuth helper's loopback
redirect, or a pasted address), or pastes a token made in Meta's Graph API Explorer. The user
token is exchanged for a long-lived one (``fb_exchange_token``), and the page is picked from
``/me/accounts``; a page token obtained from a long-lived user token does not expire, so there
is nothing to refresh. It stops working when the password changes, the user's role on the page
is removed or the app is removed: then every call answers code 190 and the account needs
reconnecting.

Posting: photos are uploaded unpublished (``published=false``) with ``alt_text_custom``, then one
feed post carries the text and the photos (``attached_media``); a text with a link becomes a link
post (``link``), so Facebook shows the preview. Scheduling hands the same post to Facebook with
``published=false`` and ``scheduled_publish_time``, at least 10 minutes ahead and at most
``options["schedule_max_days"]`` days (default 28: Meta's upper bound is documented
inconsistently, 30 days or 6 months).
"""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import LIKES, REACH, REPLIES, REPOSTS, VIEWS, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media
from ..domain.timezones import format_local
from ..logs import register_secret
from . import meta, tokens
from .base import Capabilities, OutcomeUnknown, OutgoingPost, PublishResult, Rejected, Transient
from .http import HttpFactory, bounded_send, send_window
from .inboxing import load_cursor, parse_time, timed_batch
from .secrets import SecretStore
from .spec import (
    REDIRECT_FIELD,
    Connection,
    PlatformContext,
    PlatformForm,
    forget_credential,
    platform_spec,
)

log = logging.getLogger(__name__)

PLATFORM = "facebook"
PLATFORM_NAME = "Facebook"
MAX_PHOTOS = 10
MAX_PHOTO_BYTES = 10 * 1024 * 1024  # "static images < 10 MB"
MIN_LEAD = timedelta(minutes=10)
SCHEDULE_MARGIN = timedelta(minutes=1)  # the request takes a moment to arrive
DEFAULT_SCHEDULE_MAX_DAYS = 28
SCOPES = ["pages_show_list", "pages_read_engagement", "pages_manage_posts",
          # the inbox: who commented, answering and hiding comments, Messenger
          "pages_read_user_engagement", "pages_manage_engagement", "pages_messaging"]
CAPABILITIES = Capabilities(text_rules="facebook", max_media=MAX_PHOTOS, alt_text=True,
                            native_scheduling=True, native_min_lead=MIN_LEAD, metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Facebook page")
# Insights (issue 16): the post's own counters, and the insights Meta still serves.
POST_FIELDS = ("reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),"
               "shares")
POST_INSIGHTS = {"post_media_view": VIEWS, "post_total_media_view_unique": REACH}
# Post and page insights need read_insights (with pages_read_engagement, already asked for).
SCOPES = [*SCOPES, "read_insights"]
_URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")


def first_link(text: str) -> str:
    match = _URL_RE.search(text)
    return match.group(0) if match else ""


# -- the inbox (issue 15): comments, Messenger, replies, hide -------------------------------------
#
# Read every INBOX_CADENCE: the comments (and replies to comments, ``filter=stream``) on the
# page's RECENT_POSTS latest posts, and the Messenger conversations (read and answered as
# meta.Conversations and meta.send_message do for Instagram Direct too: the 24-hour window, and
# the 7-day ``HUMAN_AGENT`` tag only under the account's option ``human_agent``).

INBOX_CADENCE = timedelta(minutes=3)
RECENT_POSTS = 20
MAX_COMMENT_PAGES = 5  # of 100 comments per post and read
_COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},permalink_url,is_hidden"


class _FacebookInbox:
    """The inbox half of :class:`FacebookAdapter` (InboxReader, Replier, Moderator)."""

    inbox_cadence = INBOX_CADENCE
    moderation_actions = ("hide", "unhide")

    def read_inbox(self, cursor: str) -> InboxBatch:
        state = load_cursor(cursor)
        graph = self._graph()
        return timed_batch(state, {
            "comments": self._read_comments(graph, parse_time(state.get("comments"))),
            "messages": self._read_messages(graph, parse_time(state.get("messages")))})

    def _read_comments(self, graph: meta.Graph, since: datetime | None) -> list[RemoteItem]:
        posts = graph.call("GET", f"{self.page_id}/posts", idempotent=True,
                           params={"fields": "id,permalink_url", "limit": str(RECENT_POSTS)})
        items = []
        for post in posts.get("data") or []:
            post_id = str(post.get("id") or "") if isinstance(post, dict) else ""
            if not post_id:
                continue
            after = ""
            for _ in range(MAX_COMMENT_PAGES):
                params = {"fields": _COMMENT_FIELDS, "filter": "stream", "limit": "100",
                          "order": "reverse_chronological"}
                if after:
                    params["after"] = after
                try:
                    body = graph.call("GET", f"{post_id}/comments", idempotent=True,
                                      params=params)
                except Rejected:
                    # The post was deleted since it was listed: the others are still read.
                    log.info("Facebook post skipped: its comments could not be read")
                    break
                older = False
                for comment in body.get("data") or []:
                    item = self._comment_item(comment, post_id)
                    if item is None:
                        continue
                    if since is not None and item.received_at < since:
                        older = True
                        continue
                    items.append(item)
                paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
                after = str((paging.get("cursors") or {}).get("after") or "")
                if older or not paging.get("next") or not after:
                    break
        return items

    def _comment_item(self, comment: object, post_id: str) -> RemoteItem | None:
        if not isinstance(comment, dict) or not comment.get("id"):
            return None
        author = comment.get("from") if isinstance(comment.get("from"), dict) else {}
        if str(author.get("id") or "") == self.page_id:
            return None  # the page's own comment (an answer already given)
        parent = comment.get("parent") if isinstance(comment.get("parent"), dict) else {}
        received = parse_time(comment.get("created_time"))
        if received is None:
            return None
        name = str(author.get("name") or "") or translate("Facebook", "A Facebook user")
        return RemoteItem(
            remote_id=str(comment["id"]), kind=ItemKind.COMMENT, author_name=name,
            author_handle=str(author.get("id") or ""),
            text=str(comment.get("message") or ""), received_at=received,
            url=str(comment.get("permalink_url") or ""), thread_id=post_id,
            parent_id=str(parent.get("id") or post_id),
            reply_ref={"post_id": post_id},
            moderation="hidden" if comment.get("is_hidden") is True else "")

    def _read_messages(self, graph: meta.Graph, since: datetime | None) -> list[RemoteItem]:
        return meta.Conversations(
            self.page_id, "messenger", own_id=self.page_id,
            window=meta.reply_window(self.account.options),
            handle=lambda person: (str(person.get("name") or ""), str(person.get("id") or "")),
            nobody=lambda: translate("Facebook", "A Facebook user")).read(graph, since)

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """A comment answers under the comment (``POST /{comment-id}/comments``); a Messenger
        message through the Send API: ``RESPONSE`` within 24 hours of the person's last
        message, the ``HUMAN_AGENT`` tag after that when the app has it (meta.send_message).
        Facebook keeps no key of ours, so a lost answer is OutcomeUnknown (never sent twice
        blindly)."""
        if not text.strip():
            raise Rejected("", translate("Facebook", "The answer has no text."))
        graph = self._graph()
        with send_window():
            if item.kind == ItemKind.MESSAGE:
                return meta.send_message(
                    graph, self.page_id, item, text,
                    datetime.fromtimestamp(self.clock(), UTC), platform_name=PLATFORM_NAME,
                    zone=self.zone, channel="Messenger")
            body = graph.call("POST", f"{item.remote_id}/comments", idempotent=False,
                              data={"message": text}, allow_error=True)
        comment_id = meta.answer_id(body, PLATFORM_NAME, self.zone, lambda: translate(
            "Facebook", "Facebook did not say which comment it made."))
        return PublishResult(remote_id=comment_id, url=item.url)

    def moderate(self, item: RemoteItem, action: str) -> None:
        """Hide or show again a comment (``POST /{comment-id}`` with ``is_hidden``): hidden,
        only its author and their friends still see it."""
        if action not in self.moderation_actions or item.kind != ItemKind.COMMENT:
            raise Rejected(action, translate("Facebook", "Only a comment can be hidden or "
                                                         "shown again on Facebook."))
        body = self._graph().call("POST", item.remote_id, idempotent=True,
                                  data={"is_hidden": "true" if action == "hide" else "false"},
                                  allow_error=True)
        meta.raise_refusal(body, PLATFORM_NAME, self.zone)


class FacebookAdapter(_FacebookInbox, tokens.KeyringAdapter):
    capabilities = CAPABILITIES
    platform_name = PLATFORM_NAME
    default_base = meta.FACEBOOK_GRAPH

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta", clock=time.time):
        super().__init__(account, secrets, http, zone, clock)
        self.page_id = str((account.options or {}).get("page_id") or "")

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        page = self._graph().call("GET", self.page_id, idempotent=True,
                                  params={"fields": "id,name"})
        return translate("Facebook", "Connected to the Facebook page “{page}”. {expiry}").format(
            page=page.get("name") or self.page_id,
            expiry=tokens.expiry_words(self._tokens(), self.zone))

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        post_id = self._feed_post(post, {})
        return PublishResult(remote_id=post_id, url=self._permalink(post_id))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # Facebook keeps no key of ours (capabilities.lookup is False)

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """Reactions, comments and shares from the post's own fields; views and unique viewers
        from its insights (``post_media_view``, ``post_total_media_view_unique``: the names
        Meta serves since it retired ``post_impressions*``)."""
        graph = self._graph()
        try:
            post = meta.read_fields(graph, remote_id, POST_FIELDS, owner_id=self.page_id)
            values, unavailable = meta.read_insights(graph, f"{remote_id}/insights",
                                                     POST_INSIGHTS, owner_id=self.page_id)
        except meta.PostMissing:
            return PostMetrics(deleted=True)
        for field_name, metric in ((("reactions", LIKES), ("comments", REPLIES))):
            count = ((post.get(field_name) or {}).get("summary") or {}).get("total_count")
            if isinstance(count, int):
                values[metric] = count
        # "shares" is absent until the first share.
        values[REPOSTS] = int((post.get("shares") or {}).get("count") or 0)
        return PostMetrics(values, unavailable)

    def read_audience(self) -> AudienceSnapshot:
        """The page's followers: ``page_follows`` (which replaced ``page_fans``), or the page's
        ``followers_count`` field when the insight is not served."""
        graph = self._graph()
        values, unavailable = meta.read_insights(graph, f"{self.page_id}/insights",
                                                 {"page_follows": "followers"})
        if "followers" in values:
            return AudienceSnapshot(values["followers"])
        page = graph.call("GET", self.page_id, idempotent=True,
                          params={"fields": "followers_count"})
        count = page.get("followers_count")
        if isinstance(count, int):
            return AudienceSnapshot(count)
        return AudienceSnapshot(None, unavailable.get("followers", ""))

    # -- end of insights ------------------------------------------------------------------------

    # -- native scheduling ----------------------------------------------------------------------

    def max_schedule_ahead(self) -> timedelta:
        days = (self.account.options or {}).get("schedule_max_days", DEFAULT_SCHEDULE_MAX_DAYS)
        try:
            return timedelta(days=max(1, int(days)))
        except (TypeError, ValueError):
            return timedelta(days=DEFAULT_SCHEDULE_MAX_DAYS)

    def can_schedule(self, post: OutgoingPost, at: datetime) -> bool:
        now = datetime.fromtimestamp(self.clock(), UTC)
        return at.tzinfo is not None and \
            now + MIN_LEAD + SCHEDULE_MARGIN <= at <= now + self.max_schedule_ahead()

    def _check_schedule(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("scheduled time must be timezone-aware")
        now = datetime.fromtimestamp(self.clock(), UTC)
        if at < now + MIN_LEAD + SCHEDULE_MARGIN:
            raise Rejected("scheduled_publish_time", translate(
                "Facebook", "Facebook schedules posts only at least 10 minutes ahead; {time} is "
                "too soon.").format(time=format_local(at, self.zone)))
        if at > now + self.max_schedule_ahead():
            raise Rejected("scheduled_publish_time", translate(
                "Facebook", "Facebook is set to schedule at most {days} days ahead; HumasDesk "
                "will send {time} itself.").format(days=self.max_schedule_ahead().days,
                                                   time=format_local(at, self.zone)))

    @bounded_send
    def schedule(self, post: OutgoingPost, at: datetime) -> PublishResult:
        """Give the post to Facebook to publish at ``at``; ``remote_id`` is the page post id."""
        self._check_schedule(at)
        post_id = self._feed_post(post, {"published": "false",
                                         "scheduled_publish_time": str(int(at.timestamp()))})
        return PublishResult(remote_id=post_id, url="")

    def reschedule(self, remote_id: str, at: datetime) -> datetime:
        """Move a scheduled post to ``at``; returns the time Facebook now holds."""
        self._check_schedule(at)
        self._still_scheduled(remote_id)
        self._graph().call("POST", remote_id, idempotent=True,
                           data={"scheduled_publish_time": str(int(at.timestamp()))})
        return at

    def cancel_scheduled(self, remote_id: str) -> None:
        """Delete a scheduled post so it is never published."""
        self._still_scheduled(remote_id)
        self._graph().call("DELETE", remote_id, idempotent=True)

    def _still_scheduled(self, remote_id: str) -> None:
        state = self._graph().call("GET", remote_id, idempotent=True,
                                   params={"fields": "is_published,scheduled_publish_time"})
        if state.get("is_published") is True:
            raise Rejected("published", translate(
                "Facebook", "This post is already published on the Facebook page, so it can no "
                "longer be cancelled or moved."))

    # -- posting --------------------------------------------------------------------------------

    def _check(self, post: OutgoingPost) -> None:
        if not post.text.strip() and not post.media:
            raise Rejected("", translate("Facebook", "The post has no text."))
        if len(post.media) > MAX_PHOTOS:
            raise Rejected("", translate("Facebook", "Facebook takes at most {limit} photos in "
                                                     "one post.").format(limit=MAX_PHOTOS))
        for item in post.media:
            path = Path(item.path)
            if not item.mime_type.startswith("image/"):
                raise Rejected("", translate("Facebook", "“{name}” is not an image.").format(
                    name=path.name))
            try:
                size = path.stat().st_size
            except OSError as exc:
                raise Rejected("", translate("Facebook", "The image “{name}” cannot be read: "
                                                         "{reason}").format(
                    name=path.name, reason=exc.strerror or exc)) from None
            if size >= MAX_PHOTO_BYTES:
                raise Rejected("", translate("Facebook", "The image “{name}” is {size} MB; "
                                                         "Facebook takes photos under 10 MB.")
                               .format(name=path.name, size=f"{size / 1_048_576:.1f}"))

    def _feed_post(self, post: OutgoingPost, scheduling: dict) -> str:
        self._check(post)
        graph = self._graph()
        data: dict = {"message": post.text}
        link = first_link(post.text)
        photo_ids = [self.upload_photo(item, temporary=bool(scheduling))
                     for item in post.media]
        for index, photo_id in enumerate(photo_ids):
            data[f"attached_media[{index}]"] = json.dumps({"media_fbid": photo_id})
        if link and not photo_ids:
            data["link"] = link  # a link post: Facebook shows the page's preview
        data.update(scheduling)
        # The one request that makes a public post: not repeated blindly.
        body = graph.call("POST", f"{self.page_id}/feed", idempotent=False, data=data)
        post_id = str(body.get("id") or "")
        if not post_id:
            # It answered the post with success: the post may exist, so never "refused".
            raise OutcomeUnknown(translate("Facebook", "Facebook did not say which post it "
                                                       "made."))
        log.info("Facebook page post created%s", " (scheduled)" if scheduling else "")
        return post_id

    def upload_photo(self, item: Media, *, temporary: bool = False) -> str:
        """Upload a photo to the page without publishing it, with its alt text; its id.

        ``temporary`` photos (for scheduled posts, and for hosting) are removed by Facebook
        after a day when no post uses them."""
        path = Path(item.path)
        data = {"published": "false"}
        if temporary:
            data["temporary"] = "true"
        if item.alt_text:
            data["alt_text_custom"] = item.alt_text
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise Rejected("", translate("Facebook", "The image “{name}” cannot be read: "
                                                     "{reason}").format(
                name=path.name, reason=exc.strerror or exc)) from None
        # An unpublished photo is not a post, so repeating the upload is harmless.
        body = self._graph().call("POST", f"{self.page_id}/photos", idempotent=True, data=data,
                                  files={"source": (path.name, content, item.mime_type)})
        photo_id = str(body.get("id") or "")
        if not photo_id:
            raise Rejected("", translate("Facebook", "Facebook did not accept the photo."))
        return photo_id

    def host_image(self, item: Media) -> str:
        """A public address for an image, for Instagram to fetch: an unpublished, temporary photo
        on the page (Facebook serves it as a JPEG from its CDN)."""
        photo_id = self.upload_photo(item, temporary=True)
        body = self._graph().call("GET", photo_id, idempotent=True, params={"fields": "images"})
        images = [i for i in body.get("images") or [] if isinstance(i, dict) and i.get("source")]
        if not images:
            raise Rejected("", translate("Facebook", "Facebook did not give an address for the "
                                                     "uploaded photo."))
        largest = max(images, key=lambda i: int(i.get("width") or 0))
        return str(largest["source"])

    def _permalink(self, post_id: str) -> str:
        try:
            body = self._graph().call("GET", post_id, idempotent=True,
                                      params={"fields": "permalink_url"})
        except Transient:
            body = {}
        return str(body.get("permalink_url") or f"https://www.facebook.com/{post_id}")

    # -- tokens ---------------------------------------------------------------------------------

    def _graph(self) -> meta.Graph:
        stored = self._tokens()
        if tokens.expired(stored, now=self.clock()):
            raise tokens.expired_error(PLATFORM_NAME)
        return meta.Graph(self.http, self.base, stored["page_token"],
                          platform_name=PLATFORM_NAME, zone=self.zone,
                          app_secret=stored.get("app_secret", ""))


# -- connecting -----------------------------------------------------------------------------------

def connect(context: PlatformContext, *, app_id: str, app_secret: str, open_browser=None,
            paste_code=None, use_loopback: bool = True, redirect_uri: str = "",
            token: str = "", page_id: str = "", choose_page=None, name: str = "",
            credential_ref: str = "", schedule_max_days: int = DEFAULT_SCHEDULE_MAX_DAYS,
            graph_base: str = meta.FACEBOOK_GRAPH, dialog_base: str = meta.FACEBOOK_DIALOG,
            timeout: float | None = None, cancel=None) -> Account:
    """Connect a Facebook page; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for: the Meta app's App ID and App secret (kept in the keyring), then either
    to log in to Facebook in the browser page that ``open_browser(url)`` shows (the browser comes
    back to HumasDesk by itself; with ``redirect_uri``, the address registered in the app,
    ``paste_code(url)`` returns the address the browser ended on), or a pasted ``token`` (a user
    token from the Graph API Explorer, or a page token). Then which page, when the user manages
    several (``choose_page(pages)`` returns a page id; ``page_id`` chooses beforehand).

    Returns a new, unsaved ``Account``. Raises ``SecretsUnavailable`` before anything when the
    keyring cannot keep the tokens, ``AuthExpired`` when Facebook refuses, ``Rejected`` for a
    wrong App ID or a page the user does not manage.
    """
    app_id, app_secret = meta.require_app(app_id, app_secret)
    context.secrets.check()
    page = pick_page(context.http, app_id=app_id, app_secret=app_secret, token=token,
                     page_id=page_id, choose_page=choose_page, scopes=SCOPES,
                     open_browser=open_browser, paste_code=paste_code,
                     use_loopback=use_loopback, redirect_uri=redirect_uri,
                     graph_base=graph_base, dialog_base=dialog_base, timeout=timeout,
                     cancel=cancel, fields="id,name,access_token,tasks")
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    tokens.save(context.secrets, ref, {"app_id": app_id, "app_secret": app_secret,
                                       "page_token": page["access_token"],
                                       "expires_at": page.get("expires_at"),
                                       "issued_at": time.time()})
    return Account(platform=PLATFORM, name=name.strip() or str(page.get("name") or ""),
                   handle=str(page.get("name") or ""),
                   server_url="" if graph_base == meta.FACEBOOK_GRAPH else graph_base,
                   credential_ref=ref,
                   options={"page_id": str(page["id"]), "app_id": app_id,
                            "schedule_max_days": int(schedule_max_days)})


def pick_page(http: HttpFactory, *, app_id: str, app_secret: str, token: str, page_id: str,
              choose_page, scopes: list[str], open_browser, paste_code, use_loopback: bool,
              redirect_uri: str, graph_base: str, dialog_base: str, timeout, cancel,
              fields: str) -> dict:
    """Log in (or take the pasted token), exchange for a long-lived token, and pick the page.

    The page dict carries ``access_token`` (the page token) and ``expires_at`` (``None``: the
    page token does not expire)."""
    token = (token or "").strip()
    expires_at = None
    if token:
        register_secret(token)
        try:
            long_lived = meta.exchange_for_long_lived(http, graph_base, app_id=app_id,
                                                      app_secret=app_secret, token=token)
            user_token = long_lived["access_token"]
        except Rejected:
            # Meta does not exchange page tokens; a pasted page token is used as it is.
            user_token = token
    else:
        if open_browser is None:
            raise Rejected("", translate("Facebook", "Log in to Facebook in the browser, or "
                                                     "paste a token."))
        long_lived = meta.login(http, app_id=app_id, app_secret=app_secret, scopes=scopes,
                                open_browser=open_browser, paste_code=paste_code,
                                use_loopback=use_loopback, redirect_uri=redirect_uri,
                                graph_base=graph_base, dialog_base=dialog_base,
                                timeout=timeout, cancel=cancel)
        user_token = long_lived["access_token"]
    found = meta.pages(http, graph_base, user_token, app_secret, fields=fields)
    if found is None:
        # The token is a page token: the page is "me". Its expiry is unknown until a call
        # fails with code 190.
        graph = meta.Graph(http, graph_base, user_token, platform_name=PLATFORM_NAME,
                           app_secret=app_secret)
        me = graph.call("GET", "me", idempotent=True,
                        params={"fields": fields.replace(",access_token", "")
                                .replace(",tasks", "")})
        found = [{**me, "access_token": user_token}]
        expires_at = None
    page = meta.choose(found, page_id, choose_page, PLATFORM_NAME)
    return {**page, "expires_at": expires_at}


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the App ID and App secret of the hospital's Meta app, then a "
        "Facebook login in the browser (or a pasted token)."),
    (meta.APP_ID_FIELD, meta.APP_SECRET_FIELD, REDIRECT_FIELD, meta.TOKEN_FIELD,
     meta.PAGE_ID_FIELD), browser=True)


def _connect(connection: Connection) -> Account:
    return connect(connection.context, **meta.page_login(connection))


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, FacebookAdapter, FORM, _connect,
    forget=forget_credential)

__all__ = ["CAPABILITIES", "FacebookAdapter", "SPEC", "connect", "first_link", "pick_page"]
