"""Threads (Meta): text posts, images with alt text, reply chains; the daily quota read first.

Connecting: the Threads app of the institution's Meta app (its Threads App ID and secret) and
a login in the browser (``threads.net/oauth/authorize``), or a pasted long-lived token (made with
the app dashboard's token generator; no secret needed then). The short-lived token (1 hour) is
exchanged for a long-lived one (60 days), which is refreshed (``th_refresh_token``) when less
than a week is left and it is at least a day old, as Meta requires. One that has expired cannot
be refreshed: ``AuthExpired``, the account needs reconnecting.

Publishing is two steps per part: a container (``POST /{user-id}/threads`` with ``media_type``
``TEXT``/``IMAGE``/``CAROUSEL``, ``text``, ``image_url``, ``alt_text``), polled while
``IN_PROGRESS``, then ``POST /{user-id}/threads_publish``. Later parts of a thread are replies
(``reply_to_id``). Before sending, ``threads_publishing_limit`` must leave room for every part,
and each part must pass the text rules (500 characters, at most 5 links).

Images must be at a public address: the WordPress site's media library
(``options["image_host"] == "wordpress"``); without one, a post with images is prepared for
posting by hand and the user is told why. Text posts need no host.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import (
    LIKES,
    QUOTES,
    REPLIES,
    REPOSTS,
    SHARES,
    VIEWS,
    AudienceSnapshot,
    PostMetrics,
)
from ..domain.model import Account, Media
from ..logs import register_secret
from . import meta, tokens
from .base import (
    AuthExpired,
    Capabilities,
    OutcomeUnknown,
    OutgoingPost,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from .http import bounded_send, send, send_window
from .inboxing import dump_cursor, load_cursor, parse_time, timed_batch
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
    option_of,
    platform_spec,
    value_of,
    wordpress_sites,
)

log = logging.getLogger(__name__)

PLATFORM = "threads"
PLATFORM_NAME = "Threads"
GRAPH = "https://graph.threads.net"
VERSION = "v1.0"
AUTHORIZE_URL = "https://threads.net/oauth/authorize"
SCOPES = ["threads_basic", "threads_content_publish",
          # the inbox: replies (read, hide), mentions, keyword search
          "threads_read_replies", "threads_manage_replies", "threads_manage_mentions",
          "threads_keyword_search"]
MAX_IMAGES = 20
REFRESH_BEFORE = 7 * 24 * 3600  # refresh when less than a week is left...
REFRESH_MIN_AGE = 24 * 3600  # ...and the token is at least a day old (Meta's rule)
LONG_LIVED_SECONDS = 60 * 24 * 3600
POLL_INTERVAL = 3.0
MAX_POLLS = 20
CAPABILITIES = Capabilities(text_rules="threads", max_media=MAX_IMAGES, alt_text=True,
                            threads=True, metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Threads")
# Insights (issue 16): Threads' media metric names -> the product's.
MEDIA_INSIGHTS = {"views": VIEWS, "likes": LIKES, "replies": REPLIES, "reposts": REPOSTS,
                  "quotes": QUOTES, "shares": SHARES}
SCOPES = [*SCOPES, "threads_manage_insights"]  # media and user insights

_refresh_locks: dict[str, threading.Lock] = {}
_refresh_locks_guard = threading.Lock()


# -- the inbox (issue 15): replies, mentions, answering, hiding, keyword search -------------------
#
# Read every INBOX_CADENCE: the whole conversation (every depth) under the account's
# RECENT_POSTS latest posts, and the posts that mention it. Mentions need the permission
# threads_manage_mentions and Meta's advanced access (without it only the app's testers'
# mentions are listed); when it is missing, the batch's note says so and the replies are still
# read. An answer is a container with ``reply_to_id``, then published (at most 1,000 answers in
# 24 hours through the API). Keyword search allows 2,200 searches in 24 hours.

INBOX_CADENCE = timedelta(minutes=5)
SEARCH_CADENCE = timedelta(minutes=30)  # about 50 searches a day per saved search, inside 2,200
SEARCH_QUOTA = 2200
RECENT_POSTS = 10
MAX_REPLY_PAGES = 3
_REPLY_FIELDS = ("id,text,username,timestamp,permalink,hide_status,is_reply_owned_by_me,"
                 "replied_to,root_post")
_POST_FIELDS = "id,text,username,timestamp,permalink"


def search_quota_words() -> str:
    return translate("Threads", "Threads allows {quota} searches in 24 hours (a search that "
                                "finds nothing is not counted), so HumasDesk searches at most "
                                "every {minutes} minutes. Without Meta's approval of keyword "
                                "search, only your own posts are found.").format(
        quota=f"{SEARCH_QUOTA:,}", minutes=int(SEARCH_CADENCE.total_seconds() // 60))


class _ThreadsInbox:
    """The inbox half of :class:`ThreadsAdapter` (InboxReader, Replier, Moderator, Searcher)."""

    inbox_cadence = INBOX_CADENCE
    search_cadence = SEARCH_CADENCE
    moderation_actions = ("hide", "unhide")

    def read_inbox(self, cursor: str) -> InboxBatch:
        state = load_cursor(cursor)
        graph = self._graph()
        replies = self._read_replies(graph, parse_time(state.get("replies")))
        mentions, note = self._read_mentions(graph, parse_time(state.get("mentions")))
        return timed_batch(state, {"replies": replies, "mentions": mentions}, note)

    def _read_replies(self, graph: meta.Graph, since: datetime | None) -> list[RemoteItem]:
        posts = graph.call("GET", f"{self.user_id}/threads", idempotent=True,
                           params={"fields": "id,timestamp", "limit": str(RECENT_POSTS)})
        items = []
        for post in posts.get("data") or []:
            if not isinstance(post, dict) or not post.get("id"):
                continue
            after = ""
            for _ in range(MAX_REPLY_PAGES):
                params = {"fields": _REPLY_FIELDS, "reverse": "false"}
                if after:
                    params["after"] = after
                body = graph.call("GET", f"{post['id']}/conversation", idempotent=True,
                                  params=params)
                for reply in body.get("data") or []:
                    if not isinstance(reply, dict) or reply.get("is_reply_owned_by_me") is True:
                        continue
                    item = self._post_item(reply, ItemKind.REPLY, str(post["id"]))
                    if item is not None and (since is None or item.received_at >= since):
                        items.append(item)
                paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
                after = str((paging.get("cursors") or {}).get("after") or "")
                if not paging.get("next") or not after:
                    break
        return items

    def _read_mentions(self, graph: meta.Graph,
                       since: datetime | None) -> tuple[list[RemoteItem], str]:
        body = graph.call("GET", f"{self.user_id}/mentions", idempotent=True,
                          params={"fields": _POST_FIELDS}, allow_error=True)
        if meta.missing_permission(body):
            return [], translate(
                "Threads", "Threads does not let HumasDesk read mentions: the Meta app lacks "
                "the permission threads_manage_mentions, or Meta has not given it advanced "
                "access. Replies to your posts are still read.")
        meta.raise_refusal(body, PLATFORM_NAME, self.zone)
        items = []
        for post in body.get("data") or []:
            item = self._post_item(post, ItemKind.MENTION, "")
            if item is not None and (since is None or item.received_at >= since):
                items.append(item)
        return items, ""

    def _post_item(self, post: object, kind: ItemKind, root: str) -> RemoteItem | None:
        if not isinstance(post, dict) or not post.get("id"):
            return None
        received = parse_time(post.get("timestamp"))
        if received is None:
            return None
        username = str(post.get("username") or "")
        parent = post.get("replied_to") if isinstance(post.get("replied_to"), dict) else {}
        top = post.get("root_post") if isinstance(post.get("root_post"), dict) else {}
        return RemoteItem(
            remote_id=str(post["id"]), kind=kind, author_name=username,
            author_handle=f"@{username}" if username else "",
            text=str(post.get("text") or ""), received_at=received,
            url=str(post.get("permalink") or ""),
            thread_id=str(top.get("id") or root or post["id"]),
            parent_id=str(parent.get("id") or ""),
            moderation="hidden" if post.get("hide_status") == "HIDDEN" else "")

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """A text container with ``reply_to_id``, then ``threads_publish``. Threads keeps no
        key of ours, so a lost answer to the publish is OutcomeUnknown."""
        from ..domain.textrules import measure  # loaded when a text is checked

        measured = measure(text, "threads")
        if not measured.valid:
            raise Rejected(measured.problems[0].code,
                           " ".join(p.message for p in measured.problems))
        graph = self._graph()
        with send_window():
            # A container is not a post: making one again is harmless.
            body = graph.call("POST", f"{self.user_id}/threads", idempotent=True, data={
                "media_type": "TEXT", "text": text, "reply_to_id": item.remote_id},
                allow_error=True)
            meta.raise_refusal(body, PLATFORM_NAME, self.zone)
            container = str(body.get("id") or "")
            if not container:
                raise Transient(translate("Threads", "Threads did not accept the answer. "
                                                     "HumasDesk will try again."))
            self._containers().wait_until_ready(graph, container)
            body = graph.call("POST", f"{self.user_id}/threads_publish", idempotent=False,
                              data={"creation_id": container}, allow_error=True)
            meta.raise_refusal(body, PLATFORM_NAME, self.zone)
        answer = str(body.get("id") or "")
        if not answer:
            raise OutcomeUnknown(translate("Threads", "Threads did not say which post it made. "
                                                      "Check the account before sending "
                                                      "again."))
        return PublishResult(remote_id=answer, url=meta.permalink(graph, answer))

    def moderate(self, item: RemoteItem, action: str) -> None:
        """Hide or show again a reply to the account's post (``manage_reply``)."""
        if action not in self.moderation_actions or item.kind != ItemKind.REPLY:
            raise Rejected(action, translate("Threads", "Only a reply to your post can be "
                                                        "hidden or shown again on Threads."))
        body = self._graph().call("POST", f"{item.remote_id}/manage_reply", idempotent=True,
                                  data={"hide": "true" if action == "hide" else "false"},
                                  allow_error=True)
        meta.raise_refusal(body, PLATFORM_NAME, self.zone)

    def search(self, query: str, cursor: str) -> InboxBatch:
        """``threads_keyword_search``, the most recent first: ``#tag`` searches the topic tag,
        anything else the words. The batch's note says the quota (2,200 a day)."""
        wanted = query.strip()
        if not wanted or wanted == "#":
            raise Rejected("", translate("Threads", "Type a word or a #tag to search for."))
        state = load_cursor(cursor)
        since = parse_time(state.get("since"))
        params = {"q": wanted.lstrip("#") if wanted.startswith("#") else wanted,
                  "search_type": "RECENT",
                  "search_mode": "TAG" if wanted.startswith("#") else "KEYWORD",
                  "fields": _POST_FIELDS}
        if since is not None:
            params["since"] = str(int(since.timestamp()))
        body = self._graph().call("GET", f"{self.user_id}/threads_keyword_search",
                                  idempotent=True, params=params, allow_error=True)
        if meta.missing_permission(body):
            return InboxBatch([], cursor, note=translate(
                "Threads", "Threads does not let HumasDesk search: the Meta app lacks the "
                "permission threads_keyword_search."))
        meta.raise_refusal(body, PLATFORM_NAME, self.zone)
        items = [i for i in (self._post_item(p, ItemKind.MENTION, "")
                             for p in body.get("data") or [])
                 if i is not None and (since is None or i.received_at >= since)]
        items.sort(key=lambda i: i.received_at)
        newest = max((i.received_at for i in items), default=since)
        return InboxBatch(items, dump_cursor({"since": newest.isoformat() if newest else ""}),
                          note=search_quota_words())


class ThreadsAdapter(_ThreadsInbox, tokens.StoredTokens):
    capabilities = CAPABILITIES
    platform_name = PLATFORM_NAME

    def __init__(self, account: Account, context: PlatformContext, clock=time.time,
                 sleep=time.sleep, poll_interval: float = POLL_INTERVAL,
                 max_polls: int = MAX_POLLS):
        self.account = account
        self.context = context
        self.secrets = context.secrets
        self.http = context.http
        self.zone = context.zone
        self.clock = clock
        self.sleep = sleep
        self.poll_interval = poll_interval
        self.max_polls = max_polls
        self.base = (account.server_url or GRAPH).rstrip("/")
        self.user_id = str((account.options or {}).get("user_id") or "me")
        self._stored: dict | None = None

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        me = self._graph().call("GET", "me", idempotent=True, params={"fields": "id,username"})
        return translate("Threads", "Signed in to Threads as @{username}. {expiry}").format(
            username=me.get("username") or self.account.handle,
            expiry=tokens.expiry_words(self._tokens(), self.zone))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # Threads keeps no key of ours (capabilities.lookup is False)

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """The post's insights: ``views``, ``likes``, ``replies``, ``reposts``, ``quotes``,
        ``shares`` (needs the ``threads_manage_insights`` permission)."""
        return meta.media_metrics(self._graph(), remote_id, MEDIA_INSIGHTS)

    def read_audience(self) -> AudienceSnapshot:
        """``followers_count`` from the user's ``threads_insights``."""
        values, unavailable = meta.read_insights(
            self._graph(), f"{self.user_id}/threads_insights", {"followers_count": "followers"})
        if "followers" in values:
            return AudienceSnapshot(values["followers"])
        return AudienceSnapshot(None, unavailable.get("followers", ""))

    # -- end of insights ------------------------------------------------------------------------

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        parts = post.parts()
        self._check_parts(parts)
        if any(part.media for part in parts) and self._host() is None:
            raise self._hand_off(post, translate(
                "Threads", "Threads fetches images from a public address, and no WordPress "
                "site is set up to hold them."))
        graph = self._graph()
        self._check_quota(graph, len(parts))
        first: PublishResult | None = None
        previous = ""
        for number, part in enumerate(parts, start=1):
            try:
                container = self._part_container(graph, part.text, part.media, previous)
                self._containers().wait_until_ready(graph, container)
                body = graph.call("POST", f"{self.user_id}/threads_publish", idempotent=False,
                                  data={"creation_id": container})
            except PlatformError as exc:
                if first is None:
                    raise
                raise OutcomeUnknown(translate(
                    "Threads", "The thread stopped at part {number} of {count}: {reason} The "
                    "first parts are on Threads ({url}); post the rest by hand or delete them "
                    "before sending again.").format(number=number, count=len(parts),
                                                    reason=exc.message, url=first.url)) from None
            previous = str(body.get("id") or "")
            if not previous:
                raise OutcomeUnknown(translate("Threads", "Threads did not say which post it "
                                                          "made. Check the account before "
                                                          "sending again."))
            if first is None:
                first = PublishResult(remote_id=previous, url=meta.permalink(graph, previous))
        return first

    # -- steps ----------------------------------------------------------------------------------

    def _check_parts(self, parts) -> None:
        for number, part in enumerate(parts, start=1):
            from ..domain.textrules import measure  # loaded when a post is checked

            measured = measure(part.text, "threads")
            if not measured.valid:
                words = " ".join(problem.message for problem in measured.problems)
                raise Rejected(measured.problems[0].code, translate(
                    "Threads", "Part {number}: {problems}").format(number=number,
                                                                   problems=words)
                    if len(parts) > 1 else words)
            if len(part.media) > MAX_IMAGES:
                raise Rejected("", translate("Threads", "Threads takes at most {limit} images "
                                                        "in one post.").format(limit=MAX_IMAGES))
            for item in part.media:
                if item.mime_type not in ("image/jpeg", "image/png"):
                    raise Rejected("", translate("Threads", "Threads takes JPEG and PNG images; "
                                                            "“{name}” is neither.").format(
                        name=Path(item.path).name))

    def _check_quota(self, graph: meta.Graph, needed: int) -> None:
        used, total = meta.publishing_quota(graph, f"{self.user_id}/threads_publishing_limit")
        if used is not None and total is not None and used + needed > total:
            raise RateLimited(None, translate(
                "Threads", "Threads allows {total} posts in 24 hours through programs and "
                "{used} are used; this post needs {needed}. HumasDesk will try again "
                "later.").format(total=total, used=used, needed=needed))

    def _part_container(self, graph: meta.Graph, text: str, media: list[Media],
                        reply_to: str) -> str:
        reply = {"reply_to_id": reply_to} if reply_to else {}
        containers = self._containers()
        if not media:
            return containers.create(graph, {"media_type": "TEXT", "text": text, **reply})
        host = self._host()
        urls = [host(item) for item in media]
        if len(urls) == 1:
            return containers.create(graph, {"media_type": "IMAGE", "image_url": urls[0],
                                             "text": text, **_alt(media[0]), **reply})
        children = [containers.create(graph, {"media_type": "IMAGE", "image_url": url,
                                              "is_carousel_item": "true", **_alt(item)})
                    for url, item in zip(urls, media, strict=True)]
        for child in children:
            containers.wait_until_ready(graph, child)
        return containers.create(graph, {"media_type": "CAROUSEL",
                                         "children": ",".join(children), "text": text, **reply})

    def _containers(self) -> meta.Containers:
        rules = meta.ContainerRules(
            path=f"{self.user_id}/threads", status_field="status", reason_field="error_message",
            not_accepted=lambda: translate("Threads", "Threads did not accept the post. "
                                                      "HumasDesk will try again."),
            failed=lambda reason: translate("Threads", "Threads could not use the post "
                                                       "({reason}).").format(reason=reason),
            expired=lambda: translate("Threads", "The post expired on Threads before it was "
                                                 "published. HumasDesk will try again."),
            still_processing=lambda seconds: translate(
                "Threads", "Threads is still processing the post after {seconds} seconds. "
                "Nothing was published; HumasDesk will try again.").format(seconds=seconds))
        return meta.Containers(rules, self.sleep, self.poll_interval, self.max_polls)

    def _host(self):
        options = self.account.options or {}
        site = options.get("wordpress") or {}
        if options.get("image_host") != "wordpress" or not site.get("credential_ref"):
            return None
        from .wordpress import WordPressAdapter

        wordpress = WordPressAdapter(
            Account(platform="wordpress", name="", handle=site.get("user", ""),
                    server_url=site["site"], credential_ref=site["credential_ref"]),
            self.secrets, self.http, self.zone)
        return wordpress.host_image

    def _hand_off(self, post: OutgoingPost, reason: str) -> PlatformError:
        from .assisted import fallback_hand_off

        return fallback_hand_off(post, site="Threads", url="https://www.threads.net/",
                                 account_id=self.account.id, data_dir=self.context.data_dir,
                                 reason=reason)

    # -- tokens ---------------------------------------------------------------------------------

    def _graph(self) -> meta.Graph:
        stored = self._tokens()
        now = self.clock()
        if tokens.expired(stored, now=now):
            raise tokens.expired_error(PLATFORM_NAME)
        issued = stored.get("issued_at")
        old_enough = not isinstance(issued, (int, float)) or now - issued >= REFRESH_MIN_AGE
        due = tokens.expires_within(stored, REFRESH_BEFORE, now=now) or \
            stored.get("expiry_known") is False
        if due and old_enough:
            stored = self._refresh(stored["access_token"])
        return meta.Graph(self.http, self.base, stored["access_token"],
                          platform_name=PLATFORM_NAME, zone=self.zone, version=VERSION)

    def _refresh(self, used: str) -> dict:
        ref = self.account.credential_ref
        with _refresh_locks_guard:
            lock = _refresh_locks.setdefault(ref, threading.Lock())
        with lock:
            self._stored = None
            stored = self._tokens()
            if stored.get("access_token") != used:
                return stored  # another thread refreshed it meanwhile
            with self.http.client(headers={"Authorization": f"Bearer {used}"}) as client:
                response = send(client, "GET", f"{self.base}/refresh_access_token",
                                idempotent=True, params={"grant_type": "th_refresh_token"})
            try:
                meta.check(response, PLATFORM_NAME, self.zone)
            except AuthExpired:
                raise
            except (Rejected, Transient, RateLimited) as exc:
                # Not fatal while the token still works: use it and try again next time.
                log.info("Threads token refresh failed: %s", exc.kind)
                return stored
            body = meta.json_body(response, PLATFORM_NAME)
            fresh = _token_record(body, stored, self.clock())
            tokens.save(self.secrets, ref, fresh)
            self._stored = fresh
            return fresh


def _alt(item: Media) -> dict:
    return {"alt_text": item.alt_text} if item.alt_text else {}


def _token_record(body: dict, previous: dict, now: float) -> dict:
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise Transient(translate("Threads", "Threads answered without a token. Try again."))
    register_secret(access)
    return {**previous, "access_token": access,
            "expires_at": tokens.expires_at(body.get("expires_in"), now), "issued_at": now,
            "expiry_known": True}


# -- connecting -----------------------------------------------------------------------------------

def connect(context: PlatformContext, *, app_id: str = "", app_secret: str = "",
            open_browser=None, paste_code=None, use_loopback: bool = False,
            redirect_uri: str = "", token: str = "", wordpress_account: Account | None = None,
            name: str = "", credential_ref: str = "", graph_base: str = GRAPH,
            authorize_url: str = AUTHORIZE_URL, timeout: float | None = None,
            cancel=None) -> Account:
    """Connect a Threads account; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for either a pasted long-lived ``token`` (Meta app dashboard, Threads use
    case, User Token Generator), or the Threads App ID and App secret and a login in the page
    ``open_browser(url)`` shows. Threads accepts only the https redirect addresses registered in
    the app, so by default the user pastes the address the browser ended on (``redirect_uri``,
    ``paste_code(url)``). Optionally a connected WordPress site (``wordpress_account``) to hold
    images. Returns a new, unsaved ``Account``.
    """
    context.secrets.check()
    http = context.http
    graph_base = graph_base.rstrip("/")
    now = time.time()
    token = (token or "").strip()
    if token:
        register_secret(token)
        # A pasted token's age is unknown. Assume it was just made (60 days); the first refresh,
        # allowed once it is a day old, tells the real expiry.
        record = {"access_token": token, "expires_at": now + LONG_LIVED_SECONDS,
                  "issued_at": now, "expiry_known": False}
    else:
        app_id, app_secret = meta.require_app(app_id, app_secret)
        record = _browser_login(context, app_id=app_id, app_secret=app_secret,
                                open_browser=open_browser, paste_code=paste_code,
                                use_loopback=use_loopback, redirect_uri=redirect_uri,
                                graph_base=graph_base, authorize_url=authorize_url,
                                timeout=timeout, cancel=cancel)
    graph = meta.Graph(http, graph_base, record["access_token"], platform_name=PLATFORM_NAME,
                       zone=context.zone, version=VERSION)
    me = graph.call("GET", "me", idempotent=True, params={"fields": "id,username"})
    options: dict = {"user_id": str(me.get("id") or ""), "image_host": "assisted"}
    if wordpress_account is not None and wordpress_account.credential_ref:
        options["image_host"] = "wordpress"
        options["wordpress"] = {"site": wordpress_account.server_url,
                                "user": wordpress_account.handle,
                                "credential_ref": wordpress_account.credential_ref,
                                "account_id": wordpress_account.id}
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    tokens.save(context.secrets, ref, record)
    username = str(me.get("username") or "")
    return Account(platform=PLATFORM, name=name.strip() or f"@{username}", handle=username,
                   server_url="" if graph_base == GRAPH else graph_base, credential_ref=ref,
                   options=options)


def _browser_login(context: PlatformContext, *, app_id: str, app_secret: str, open_browser,
                   paste_code, use_loopback: bool, redirect_uri: str, graph_base: str,
                   authorize_url: str, timeout, cancel) -> dict:
    from .oauth import (
        DEFAULT_WAIT_SECONDS,
        LoopbackRedirect,
        authorization_request,
        loopback_for,
        run_authorization,
    )

    if open_browser is None:
        raise Rejected("", translate("Threads", "Log in to Threads in the browser, or paste a "
                                                "token."))
    loopback = None
    if use_loopback:  # a registered loopback address is listened on exactly; others pasted
        loopback = loopback_for(redirect_uri) if redirect_uri else LoopbackRedirect()
    try:
        target = loopback.redirect_uri if loopback else redirect_uri
        if not target:
            raise Rejected("", translate(
                "Threads", "Give the redirect address registered in the Threads app (Threads "
                "use case, Settings, Redirect Callback URLs)."))
        request = authorization_request(authorize_url, client_id=app_id, redirect_uri=target,
                                        scopes=[",".join(SCOPES)])
        code = run_authorization(request, open_browser, loopback=loopback,
                                 paste_code=paste_code,
                                 timeout=timeout or DEFAULT_WAIT_SECONDS, cancel=cancel)
    finally:
        if loopback is not None:
            loopback.close()
    short = meta.code_for_token(context.http, graph_base, app_id=app_id, app_secret=app_secret,
                                code=code, redirect_uri=target, version="",
                                platform_name=PLATFORM_NAME)
    # Exchanged with a form body, so neither the token nor the secret appears in a URL.
    with context.http.client(headers={"Authorization": f"Bearer {short['access_token']}"}) \
            as client:
        response = send(client, "POST", f"{graph_base}/access_token", idempotent=True,
                        data={"grant_type": "th_exchange_token", "client_secret": app_secret})
    meta.check(response, PLATFORM_NAME, context.zone)
    now = time.time()
    return {**_token_record(meta.json_body(response, PLATFORM_NAME), {}, now),
            "app_id": app_id}


def _choices(key: str, accounts) -> list[tuple[str, str]]:
    return [image_by_hand(), *wordpress_sites(accounts)] if key == "image_host" else []


def _checks(values: dict) -> list[tuple[str, str]]:
    """A token, or what a browser login needs."""
    if value_of(values, "token"):
        return []
    message = translate("Accounts", "Paste a token, or fill in the app ID, the app secret and "
                                    "the redirect address to log in in the browser.")
    return [(key, message) for key in ("app_id", "app_secret", "redirect_uri")
            if not value_of(values, key)]


def _cli_checks(values: dict, pasted: bool) -> str:
    # Without a pasted token the app's ID and redirect address are needed up front.
    if not pasted and not (value_of(values, "app_id") and value_of(values, "redirect_uri")):
        return translate("Accounts", "Threads: give --app-id and --redirect-uri to log in in "
                                     "the browser, or --paste-token.")
    return ""


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs a token from the Meta app dashboard, or the Threads App ID, App "
        "secret and redirect address for a login in the browser."),
    (FormField("token", QT_TRANSLATE_NOOP("Accounts", "Token"), kind="secret", pasted=True,
               help=QT_TRANSLATE_NOOP("Accounts", "Meta app dashboard, Threads use case, User "
                                                  "Token Generator. Leave it empty to log in "
                                                  "in the browser instead.")),
     FormField("app_id", QT_TRANSLATE_NOOP("Accounts", "Threads app ID"), flag="--app-id",
               metavar="ID", prefill=option_of("app_id"), cli_help=meta.APP_ID_FIELD.cli_help),
     FormField("app_secret", QT_TRANSLATE_NOOP("Accounts", "Threads app secret"),
               kind="secret"),
     FormField("redirect_uri", QT_TRANSLATE_NOOP("Accounts", "Redirect address"),
               flag="--redirect-uri", metavar="URL", cli_help=REDIRECT_FIELD.cli_help,
               help=QT_TRANSLATE_NOOP("Accounts", "The https address registered in the Threads "
                                                  "app; you paste the address the browser "
                                                  "ends on.")),
     FormField("image_host", QT_TRANSLATE_NOOP("Accounts", "Where images go first"),
               kind="choice", default="assisted", flag="--image-host", prefill=image_host_of,
               options=("wordpress", "assisted"), cli_help=IMAGE_HOST_HELP,
               refused=QT_TRANSLATE_NOOP("Accounts", "Threads can put images on a WordPress "
                                                     "site, or nowhere (assisted)."))),
    browser=True, checks=_checks, cli_checks=_cli_checks)


def _connect(connection: Connection) -> Account:
    return connect(connection.context, token=connection.value("token"),
                   app_id=connection.value("app_id"),
                   app_secret=connection.value("app_secret"),
                   redirect_uri=connection.value("redirect_uri"),
                   wordpress_account=connection.wordpress_host(connection.value("image_host")),
                   name=connection.name, credential_ref=connection.credential_ref,
                   **connection.browser())


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES,
    lambda account, context: ThreadsAdapter(account, context),  # it needs the whole context
    FORM, _connect, forget=forget_credential, choices=_choices)

__all__ = ["CAPABILITIES", "SPEC", "ThreadsAdapter", "connect"]
