"""Instagram professional account (linked to the hospital's Facebook page): image posts with alt
text, and carousels.

Connecting is the Facebook page's connection (the same Meta app, login and page token, see
facebook.py), then the Instagram account linked to that page
(``instagram_business_account``). The Graph API on graph.facebook.com takes the page token.

Publishing is Meta's two steps: a *container* per image (``POST /{ig-user-id}/media`` with
``image_url``, ``caption``, ``alt_text``), for a carousel one per image with
``is_carousel_item=true`` and then a ``CAROUSEL`` container with the ``children``; the adapter
polls the container's ``status_code`` while it is ``IN_PROGRESS`` (a bounded number of times),
then ``POST /{ig-user-id}/media_publish``. Before anything, ``content_publishing_limit`` says
whether the day's quota has room.

Instagram fetches each image from a public address, so the image is first put where the user
already publishes (``options["image_host"]``, chosen at set-up and shown on the Accounts page):

- ``"facebook"`` (the default): an unpublished, temporary photo on the linked Facebook page;
  Facebook removes it after a day. Nothing appears on the page.
- ``"wordpress"``: the hospital website's media library (the images stay there, publicly).
- ``"assisted"``: no host; the post is prepared for posting by hand (text on the clipboard,
  instagram.com opened, the images in a folder), and the user is told why.

When the chosen host cannot take the image (it refuses, or its login was removed), the adapter
falls back to posting by hand as well, and says so.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import (
    INTERACTIONS,
    LIKES,
    REACH,
    REPLIES,
    SAVES,
    SHARES,
    VIEWS,
    AudienceSnapshot,
    PostMetrics,
)
from ..domain.model import Account, Media
from . import meta, tokens
from .base import (
    AuthExpired,
    Capabilities,
    HandOffRequired,
    OutcomeUnknown,
    OutgoingPost,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
)
from .facebook import FacebookAdapter, pick_page
from .http import HttpFactory, bounded_send, send_window
from .inboxing import load_cursor, parse_time, timed_batch
from .secrets import SecretStore
from .spec import (
    IMAGE_HOST_HELP,
    REDIRECT_FIELD,
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    forget_credential,
    image_by_hand,
    image_host_of,
    platform_spec,
    wordpress_sites,
)

log = logging.getLogger(__name__)

PLATFORM = "instagram"
PLATFORM_NAME = "Instagram"
MAX_CAROUSEL = 10
SCOPES = ["pages_show_list", "pages_read_engagement", "pages_manage_posts",
          "instagram_basic", "instagram_content_publish", "business_management",
          # the inbox: reading, answering and hiding comments, mentions
          "instagram_manage_comments",
          # and direct messages (the Messenger Platform's conversations for Instagram)
          "instagram_manage_messages", "pages_manage_metadata"]
HOSTS = ("facebook", "wordpress", "assisted")
CAPABILITIES = Capabilities(text_rules="instagram", max_media=MAX_CAROUSEL, alt_text=True,
                            metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Instagram (professional account)")
# Insights (issue 16): Meta's media metric names today -> the product's.
MEDIA_INSIGHTS = {"views": VIEWS, "reach": REACH, "likes": LIKES, "comments": REPLIES,
                  "shares": SHARES, "saved": SAVES, "total_interactions": INTERACTIONS}
SCOPES = [*SCOPES, "instagram_manage_insights"]  # media insights
# Waiting for a container: Meta suggests checking about once a minute for video; images are
# usually ready in seconds. Bounded, so a stuck container fails over to a later retry.
POLL_INTERVAL = 3.0
MAX_POLLS = 20


def host_label(host: str) -> str:
    """How the image host is described in the account set-up and on the Accounts page."""
    if host == "wordpress":
        return translate("Instagram", "Images are put in the WordPress site's media library "
                                      "first, because Instagram fetches them from a public "
                                      "address.")
    if host == "assisted":
        return translate("Instagram", "No public place for images is set up, so Instagram "
                                      "posts are prepared for posting by hand.")
    return translate("Instagram", "Images are first uploaded to the linked Facebook page as "
                                  "hidden, temporary photos (nothing appears on the page), "
                                  "because Instagram fetches them from a public address.")


# -- the inbox (issue 15): comments, replies, mentions, direct messages, hide ---------------------
#
# Read every INBOX_CADENCE: the comments and their replies on the RECENT_MEDIA latest posts, the
# posts that mention the account (``/{ig-user-id}/tags``; stories are not included, and posts of
# private accounts are left out by Instagram), and the direct messages: the linked page's
# conversations with ``platform=instagram``, read and answered as Messenger's are
# (meta.Conversations, meta.send_message: 24 hours, or 7 days with the ``HUMAN_AGENT`` tag only
# under the account's option ``human_agent``). They need ``instagram_manage_messages`` and the
# MESSAGING task on the page; without them the comments are still read and the batch's note
# says so.

INBOX_CADENCE = timedelta(minutes=5)
RECENT_MEDIA = 20
MAX_COMMENT_PAGES = 3  # of 50 comments per post and read
_FIELDS = "id,text,timestamp,username,hidden,from{id,username}"


class _InstagramInbox:
    """The inbox half of :class:`InstagramAdapter` (InboxReader, Replier, Moderator)."""

    inbox_cadence = INBOX_CADENCE
    moderation_actions = ("hide", "unhide")

    def read_inbox(self, cursor: str) -> InboxBatch:
        state = load_cursor(cursor)
        graph = self._graph()
        found = {
            "comments": self._read_comments(graph, parse_time(state.get("comments"))),
            "mentions": self._read_mentions(graph, parse_time(state.get("mentions")))}
        try:
            found["messages"] = self._conversations().read(
                graph, parse_time(state.get("messages")))
        except (meta.PermissionMissing, meta.CapabilityMissing) as refusal:
            # The app or the login lacks instagram_manage_messages (or the page's MESSAGING
            # task; or, code 3, the app has not passed review for Instagram messaging): the
            # rest is read, and the note says it in words; the messages' cursor stays where it
            # was.
            log.info("Instagram direct messages not read: a permission is missing")
            found["messages"] = []
            if isinstance(refusal, meta.CapabilityMissing):
                return timed_batch(state, found, translate(
                    "Instagram", "Instagram does not let HumasDesk read direct messages: the "
                    "hospital's Meta app is not allowed to use Instagram messaging (Meta error "
                    "3, the app has not passed Meta's review for it). Comments and mentions "
                    "are still read."))
            return timed_batch(state, found, translate(
                "Instagram", "Instagram does not let HumasDesk read direct messages: the login "
                "lacks the permission instagram_manage_messages, or the person who connected "
                "the account cannot manage the page's messages. Comments and mentions are "
                "still read. To read messages too, reconnect the account and allow every "
                "permission HumasDesk asks for."))
        return timed_batch(state, found)

    def _conversations(self) -> meta.Conversations:
        return meta.Conversations(
            self.page_id, "instagram", own_id=self.ig_user_id,
            window=meta.reply_window(self.account.options),
            handle=lambda person: (str(person.get("username") or ""),
                                   f"@{person['username']}" if person.get("username") else ""),
            nobody=lambda: translate("Instagram", "An Instagram user"))

    def _read_comments(self, graph: meta.Graph, since: datetime | None) -> list[RemoteItem]:
        media = graph.call("GET", f"{self.ig_user_id}/media", idempotent=True,
                           params={"fields": "id,permalink,timestamp",
                                   "limit": str(RECENT_MEDIA)})
        items = []
        for post in media.get("data") or []:
            if not isinstance(post, dict) or not post.get("id"):
                continue
            media_id, link = str(post["id"]), str(post.get("permalink") or "")
            after = ""
            for _ in range(MAX_COMMENT_PAGES):
                params = {"fields": f"{_FIELDS},replies{{{_FIELDS}}}", "limit": "50"}
                if after:
                    params["after"] = after
                try:
                    body = graph.call("GET", f"{media_id}/comments", idempotent=True,
                                      params=params)
                except Rejected:
                    # The post was deleted since it was listed: the others are still read.
                    log.info("Instagram post skipped: its comments could not be read")
                    break
                for comment in body.get("data") or []:
                    if not isinstance(comment, dict):
                        continue
                    found = [self._comment_item(comment, media_id, link, "")]
                    replies = comment.get("replies") if isinstance(comment.get("replies"),
                                                                   dict) else {}
                    found += [self._comment_item(r, media_id, link, str(comment.get("id")))
                              for r in replies.get("data") or []]
                    items += [i for i in found if i is not None
                              and (since is None or i.received_at >= since)]
                paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
                after = str((paging.get("cursors") or {}).get("after") or "")
                if not paging.get("next") or not after:
                    break
        return items

    def _comment_item(self, comment: object, media_id: str, link: str,
                      top: str) -> RemoteItem | None:
        if not isinstance(comment, dict) or not comment.get("id"):
            return None
        author = comment.get("from") if isinstance(comment.get("from"), dict) else {}
        username = str(comment.get("username") or author.get("username") or "")
        received = parse_time(comment.get("timestamp"))
        if received is None or (username and username == self.account.handle):
            return None  # unreadable, or the account's own answer
        return RemoteItem(
            remote_id=str(comment["id"]), kind=ItemKind.COMMENT, author_name=username,
            author_handle=f"@{username}" if username else "",
            text=str(comment.get("text") or ""), received_at=received, url=link,
            thread_id=media_id, parent_id=top or media_id,
            # Instagram answers only top-level comments; an answer to a reply goes under its
            # top-level comment.
            reply_ref={"comment_id": top or str(comment["id"]), "media_id": media_id},
            moderation="hidden" if comment.get("hidden") is True else "")

    def _read_mentions(self, graph: meta.Graph, since: datetime | None) -> list[RemoteItem]:
        body = graph.call("GET", f"{self.ig_user_id}/tags", idempotent=True, params={
            "fields": "id,caption,timestamp,username,permalink", "limit": "25"})
        items = []
        for post in body.get("data") or []:
            if not isinstance(post, dict) or not post.get("id"):
                continue
            received = parse_time(post.get("timestamp"))
            if received is None or (since is not None and received < since):
                continue
            username = str(post.get("username") or "")
            items.append(RemoteItem(
                remote_id=str(post["id"]), kind=ItemKind.MENTION, author_name=username,
                author_handle=f"@{username}" if username else "",
                text=str(post.get("caption") or ""), received_at=received,
                url=str(post.get("permalink") or ""), thread_id=str(post["id"]),
                reply_ref={"mention_media_id": str(post["id"])}))
        return items

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """A comment: ``POST /{comment-id}/replies``. A post that mentions the account: a
        comment on it through ``POST /{ig-user-id}/mentions``. A direct message: the Send API
        on the linked page, within its window (meta.send_message). Instagram keeps no key of
        ours, so a lost answer is OutcomeUnknown."""
        if not text.strip():
            raise Rejected("", translate("Instagram", "The answer has no text."))
        graph = self._graph()
        with send_window():
            if item.kind == ItemKind.MESSAGE:
                return meta.send_message(
                    graph, self.page_id, item, text,
                    datetime.fromtimestamp(self.clock(), UTC), platform_name=PLATFORM_NAME,
                    zone=self.zone, channel="Instagram Direct")
            if item.kind == ItemKind.MENTION:
                body = graph.call("POST", f"{self.ig_user_id}/mentions", idempotent=False,
                                  data={"media_id": item.reply_ref.get("mention_media_id")
                                        or item.remote_id, "message": text},
                                  allow_error=True)
            else:
                target = str(item.reply_ref.get("comment_id") or item.remote_id)
                body = graph.call("POST", f"{target}/replies", idempotent=False,
                                  data={"message": text}, allow_error=True)
        reply_id = meta.answer_id(body, PLATFORM_NAME, self.zone, lambda: translate(
            "Instagram", "Instagram did not say which comment it made."))
        return PublishResult(remote_id=reply_id, url=item.url)

    def moderate(self, item: RemoteItem, action: str) -> None:
        """Hide or show again a comment (``POST /{comment-id}`` with ``hide``)."""
        if action not in self.moderation_actions or item.kind != ItemKind.COMMENT:
            raise Rejected(action, translate("Instagram", "Only a comment can be hidden or "
                                                          "shown again on Instagram."))
        body = self._graph().call("POST", item.remote_id, idempotent=True,
                                  data={"hide": "true" if action == "hide" else "false"},
                                  allow_error=True)
        meta.raise_refusal(body, PLATFORM_NAME, self.zone)


class InstagramAdapter(_InstagramInbox, tokens.StoredTokens):
    capabilities = CAPABILITIES
    platform_name = PLATFORM_NAME

    def __init__(self, account: Account, context: PlatformContext, clock=time.time,
                 sleep=time.sleep, poll_interval: float = POLL_INTERVAL,
                 max_polls: int = MAX_POLLS):
        self.account = account
        self.context = context
        self.secrets: SecretStore = context.secrets
        self.http: HttpFactory = context.http
        self.zone = context.zone
        self.clock = clock
        self.sleep = sleep
        self.poll_interval = poll_interval
        self.max_polls = max_polls
        options = account.options or {}
        self.base = (account.server_url or meta.FACEBOOK_GRAPH).rstrip("/")
        self.ig_user_id = str(options.get("ig_user_id") or "")
        self.page_id = str(options.get("page_id") or "")
        self.host = options.get("image_host") or "facebook"
        self._stored: dict | None = None

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        me = self._graph().call("GET", self.ig_user_id, idempotent=True,
                                params={"fields": "id,username"})
        return translate("Instagram", "Connected to the Instagram account @{username}. "
                                      "{host} {expiry}").format(
            username=me.get("username") or self.account.handle, host=host_label(self.host),
            expiry=tokens.expiry_words(self._tokens(), self.zone))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # Instagram keeps no key of ours (capabilities.lookup is False)

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """The media's insights by today's names (``views``, ``reach``, ``likes``,
        ``comments``, ``shares``, ``saved``, ``total_interactions``; ``impressions`` and
        ``plays`` were retired in April 2025). Meta may lag up to 48 hours."""
        return meta.media_metrics(self._graph(), remote_id, MEDIA_INSIGHTS,
                                  owner_id=self.ig_user_id)

    def read_audience(self) -> AudienceSnapshot:
        body = self._graph().call("GET", self.ig_user_id, idempotent=True,
                                  params={"fields": "followers_count"})
        count = body.get("followers_count")
        return AudienceSnapshot(count if isinstance(count, int) else None)

    # -- end of insights ------------------------------------------------------------------------

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        self.check_post(post)
        if self.host == "assisted":
            raise self._hand_off(post, host_label("assisted"))
        graph = self._graph()
        self._check_quota(graph)
        urls = self._host_images(post)
        containers = self._containers()
        if len(urls) == 1:
            container = containers.create(graph, {"image_url": urls[0], "caption": post.text,
                                                  **_alt(post.media[0])})
        else:
            children = [containers.create(graph, {"image_url": url, "is_carousel_item": "true",
                                                  **_alt(item)})
                        for url, item in zip(urls, post.media, strict=True)]
            for child in children:
                containers.wait_until_ready(graph, child)
            container = containers.create(graph, {"media_type": "CAROUSEL",
                                                  "children": ",".join(children),
                                                  "caption": post.text})
        containers.wait_until_ready(graph, container)
        body = graph.call("POST", f"{self.ig_user_id}/media_publish", idempotent=False,
                          data={"creation_id": container})
        media_id = str(body.get("id") or "")
        if not media_id:
            raise OutcomeUnknown(translate("Instagram", "Instagram did not say which post it "
                                                         "made."))
        return PublishResult(remote_id=media_id, url=meta.permalink(graph, media_id))

    # -- steps ----------------------------------------------------------------------------------

    def check_post(self, post: OutgoingPost) -> None:
        """Caption rules and media, before anything is sent."""
        if not post.media:
            raise Rejected("", translate("Instagram", "An Instagram post needs at least one "
                                                      "image."))
        if len(post.media) > MAX_CAROUSEL:
            raise Rejected("", translate("Instagram", "Instagram takes at most {limit} images "
                                                      "in one carousel.").format(
                limit=MAX_CAROUSEL))
        for item in post.media:
            if not item.mime_type.startswith("image/"):
                raise Rejected("", translate("Instagram", "“{name}” is not an image; HumasDesk "
                                                          "sends only images to Instagram.")
                               .format(name=Path(item.path).name))
            if self.host == "wordpress" and item.mime_type not in ("image/jpeg", "image/jpg"):
                # Facebook turns any image into a JPEG; the website keeps the original file.
                raise Rejected("", translate(
                    "Instagram", "Instagram takes only JPEG images from a website; “{name}” is "
                    "not a JPEG. Save it as JPEG, or host images on the Facebook page.").format(
                        name=Path(item.path).name))
        from ..domain.textrules import measure  # loaded when a post is checked

        measured = measure(post.text, "instagram", self._limits())
        if not measured.valid:
            raise Rejected(measured.problems[0].code, " ".join(
                problem.message for problem in measured.problems))

    def _limits(self):
        from ..domain.textrules import InstagramLimits

        options = self.account.options or {}
        return InstagramLimits(
            max_hashtags=int(options.get("max_hashtags") or InstagramLimits.max_hashtags),
            max_mentions=int(options.get("max_mentions") or InstagramLimits.max_mentions))

    def _check_quota(self, graph: meta.Graph) -> None:
        used, total = meta.publishing_quota(graph, f"{self.ig_user_id}/content_publishing_limit")
        if used is not None and total is not None and used >= total:
            raise RateLimited(None, translate(
                "Instagram", "Instagram's limit of {total} posts in 24 hours through programs "
                "is used up. HumasDesk will try again later.").format(total=total))

    def _containers(self) -> meta.Containers:
        rules = meta.ContainerRules(
            path=f"{self.ig_user_id}/media", status_field="status_code", reason_field="status",
            not_accepted=lambda: translate("Instagram", "Instagram did not accept the image. "
                                                        "HumasDesk will try again."),
            failed=lambda reason: translate(
                "Instagram", "Instagram could not use the image ({reason}). Check that it is a "
                "JPEG with an aspect ratio between 4:5 and 1.91:1.").format(reason=reason),
            expired=lambda: translate("Instagram", "The upload to Instagram expired before it "
                                                   "was published. HumasDesk will try again."),
            still_processing=lambda seconds: translate(
                "Instagram", "Instagram is still processing the image after {seconds} seconds. "
                "Nothing was published; HumasDesk will try again.").format(seconds=seconds))
        return meta.Containers(rules, self.sleep, self.poll_interval, self.max_polls)

    def _host_images(self, post: OutgoingPost) -> list[str]:
        try:
            host = self._image_host()
            return [host(item) for item in post.media]
        except HandOffRequired:
            raise
        except (Rejected, AuthExpired) as exc:
            if self.host == "facebook" and isinstance(exc, AuthExpired):
                raise  # the same login as Instagram's: the account needs reconnecting
            log.info("image host %s refused: %s", self.host, exc.kind)
            raise self._hand_off(post, translate(
                "Instagram", "The image could not be put at a public address ({reason}), which "
                "Instagram needs.").format(reason=exc.message)) from None

    def _image_host(self):
        if self.host == "wordpress":
            from .wordpress import WordPressAdapter

            site = (self.account.options or {}).get("wordpress") or {}
            if not site.get("site") or not site.get("credential_ref"):
                raise Rejected("", translate("Instagram", "no WordPress site is chosen"))
            wordpress = WordPressAdapter(
                Account(platform="wordpress", name="", handle=site.get("user", ""),
                        server_url=site["site"], credential_ref=site["credential_ref"]),
                self.secrets, self.http, self.zone)
            return wordpress.host_image
        facebook = FacebookAdapter(
            Account(platform="facebook", name="", server_url=self.account.server_url,
                    credential_ref=self.account.credential_ref,
                    options={"page_id": self.page_id}),
            self.secrets, self.http, self.zone, self.clock)
        return facebook.host_image

    def _hand_off(self, post: OutgoingPost, reason: str) -> PlatformError:
        from .assisted import fallback_hand_off

        return fallback_hand_off(post, site="Instagram", url="https://www.instagram.com/",
                                 account_id=self.account.id, data_dir=self.context.data_dir,
                                 reason=reason)

    # -- tokens ---------------------------------------------------------------------------------

    def _graph(self) -> meta.Graph:
        stored = self._tokens()
        if tokens.expired(stored, now=self.clock()):
            raise tokens.expired_error(PLATFORM_NAME)
        return meta.Graph(self.http, self.base, stored["page_token"],
                          platform_name=PLATFORM_NAME, zone=self.zone,
                          app_secret=stored.get("app_secret", ""))


def _alt(item: Media) -> dict:
    return {"alt_text": item.alt_text} if item.alt_text else {}


# -- connecting -----------------------------------------------------------------------------------

def connect(context: PlatformContext, *, app_id: str, app_secret: str, open_browser=None,
            paste_code=None, use_loopback: bool = True, redirect_uri: str = "",
            token: str = "", page_id: str = "", choose_page=None, image_host: str = "facebook",
            wordpress_account: Account | None = None, name: str = "", credential_ref: str = "",
            graph_base: str = meta.FACEBOOK_GRAPH, dialog_base: str = meta.FACEBOOK_DIALOG,
            timeout: float | None = None, cancel=None) -> Account:
    """Connect the Instagram professional account linked to a Facebook page.

    Asks the user for what facebook.connect asks (App ID and secret, browser login or a pasted
    token, the page), then where images are put before Instagram fetches them:
    ``image_host`` ``"facebook"`` (hidden temporary photos on the page), ``"wordpress"`` (with
    ``wordpress_account``, a connected WordPress site) or ``"assisted"`` (post by hand). The
    choice is described by :func:`host_label`, for the dialog and the Accounts page.
    """
    if image_host not in HOSTS:
        raise Rejected(image_host, translate("Instagram", "Unknown image host “{host}”; choose "
                                                          "facebook, wordpress or assisted.")
                       .format(host=image_host))
    app_id, app_secret = meta.require_app(app_id, app_secret)
    context.secrets.check()
    fields = "id,name,access_token,instagram_business_account{id,username}"
    page = pick_page(context.http, app_id=app_id, app_secret=app_secret, token=token,
                     page_id=page_id, choose_page=_only_linked(choose_page), scopes=SCOPES,
                     open_browser=open_browser, paste_code=paste_code,
                     use_loopback=use_loopback, redirect_uri=redirect_uri,
                     graph_base=graph_base, dialog_base=dialog_base, timeout=timeout,
                     cancel=cancel, fields=fields)
    linked = page.get("instagram_business_account") or {}
    if not linked.get("id"):
        raise Rejected("", translate(
            "Instagram", "The Facebook page “{page}” has no Instagram professional account "
            "linked. Link it in the page's settings (Linked accounts), then connect "
            "again.").format(page=page.get("name") or page.get("id")))
    options = {"page_id": str(page["id"]), "ig_user_id": str(linked["id"]), "app_id": app_id,
               "image_host": image_host}
    if image_host == "wordpress":
        if wordpress_account is None or not wordpress_account.credential_ref:
            raise Rejected("", translate("Instagram", "Choose the connected WordPress site that "
                                                      "will hold the images."))
        options["wordpress"] = {"site": wordpress_account.server_url,
                                "user": wordpress_account.handle,
                                "credential_ref": wordpress_account.credential_ref,
                                "account_id": wordpress_account.id}
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    tokens.save(context.secrets, ref, {"app_id": app_id, "app_secret": app_secret,
                                       "page_token": page["access_token"],
                                       "expires_at": page.get("expires_at"),
                                       "issued_at": time.time()})
    username = str(linked.get("username") or "")
    return Account(platform=PLATFORM, name=name.strip() or f"@{username}",
                   handle=username,
                   server_url="" if graph_base == meta.FACEBOOK_GRAPH else graph_base,
                   credential_ref=ref, options=options)


def _only_linked(choose_page):
    """Offer only the pages that have an Instagram account linked."""
    if choose_page is None:
        return None
    return lambda pages: choose_page([p for p in pages if p.get("instagram_business_account")])


def _choices(key: str, accounts) -> list[tuple[str, str]]:
    if key != "image_host":
        return []
    return [("facebook", translate("Accounts", "The linked Facebook page (hidden, temporary "
                                               "photos)")), *wordpress_sites(accounts),
            image_by_hand()]


def _host_note(key: str, value: str) -> str:
    return host_label((value or "facebook").split(":")[0]) if key == "image_host" else ""


def _account_note(account: Account) -> str:
    return host_label(str(account.options.get("image_host") or "facebook"))


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the same Meta app and login as the Facebook page, and the "
        "Instagram professional account linked to that page."),
    (meta.APP_ID_FIELD, meta.APP_SECRET_FIELD,
     FormField("image_host", QT_TRANSLATE_NOOP("Accounts", "Where images go first"),
               kind="choice", default="facebook", flag="--image-host", prefill=image_host_of,
               options=HOSTS, cli_help=IMAGE_HOST_HELP),
     REDIRECT_FIELD, meta.TOKEN_FIELD, meta.PAGE_ID_FIELD), browser=True)


def _connect(connection: Connection) -> Account:
    host = connection.value("image_host") or "facebook"
    return connect(connection.context, image_host=host.split(":")[0],
                   wordpress_account=connection.wordpress_host(host),
                   **meta.page_login(connection))


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES,
    lambda account, context: InstagramAdapter(account, context),  # it needs the whole context
    FORM, _connect, forget=forget_credential, choices=_choices,
    choice_note=_host_note, account_note=_account_note)

__all__ = ["CAPABILITIES", "HOSTS", "InstagramAdapter", "SPEC", "connect", "host_label"]
