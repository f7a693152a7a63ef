"""X (Twitter): posts, images with alt text, threads as replies; OAuth 2.0 with PKCE.

Connecting: the user registers an app in the X developer portal as a "Native App" (a public
client: no secret) and gives HumasDesk its Client ID. Login is the authorization code flow with
PKCE through the shared OAuth helper, with the scopes ``tweet.read tweet.write users.read
media.write offline.access``; ``offline.access`` brings a refresh token. The access token lives
two hours: it is refreshed shortly before it expires (and once more on a 401), and X rotates the
refresh token on every refresh, so both are saved together in the keyring. A refresh that X
refuses means the user revoked the app: ``AuthExpired``.

Posting: ``POST /2/media/upload`` (multipart, ``media_category=tweet_image``) per image, then
``POST /2/media/metadata`` with its alt text, then ``POST /2/tweets``; the parts of a thread are
replies (``reply.in_reply_to_tweet_id``) to the part before.

Errors: X answers ``application/problem+json``. 402 (no credits left on a pay-per-use plan) and
403 ``client-forbidden`` (the app's access level lacks the endpoint) are about the developer
account's plan, and the message says so; 429 carries ``x-rate-limit-reset`` (unix seconds), and
a ``usage-capped`` 429 means the plan's monthly cap.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import LIKES, QUOTES, REPLIES, REPOSTS, VIEWS, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media
from ..domain.numbers import format_number
from ..logs import redact, register_secret
from . import tokens
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
from .http import asks_to_wait, bounded_send, json_body, rate_limit_reset, send, send_window
from .inboxing import gone, id_key, parse_time
from .secrets import SecretStore
from .spec import (
    REDIRECT_FIELD,
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    forget_credential,
    platform_spec,
)

log = logging.getLogger(__name__)

PLATFORM = "x"
PLATFORM_NAME = "X"
API_BASE = "https://api.x.com"
AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
SCOPES = ["tweet.read", "tweet.write", "users.read", "media.write", "offline.access"]
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_ALT_TEXT = 1000
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
REFRESH_MARGIN = 300  # seconds before expiry: refresh rather than send a dying token
CAPABILITIES = Capabilities(text_rules="x", max_media=MAX_IMAGES, alt_text=True, threads=True,
                            metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "X (Twitter)")

_refresh_locks: dict[str, threading.Lock] = {}
_refresh_locks_guard = threading.Lock()


# -- insights: what reading figures costs (issue 16) -------------------------------------------
# X's pay-per-use prices (docs.x.com/x-api/getting-started/pricing, 2026): a post read costs
# US$0.005 and a user read US$0.010. Reading your own data may be billed as an "owned read"
# (US$0.001); the higher price is used so the estimate is never too low.
METRICS_OPTION = "read_metrics"
POST_READ_USD = 0.005
USER_READ_USD = 0.010
READINGS_PER_POST = 3  # +1 h, +24 h, +7 d
PUBLIC_METRICS = {"like_count": LIKES, "retweet_count": REPOSTS, "reply_count": REPLIES,
                  "quote_count": QUOTES, "impression_count": VIEWS}


def x_metrics_monthly_cost(posts_per_month: int, readings_per_post: int = READINGS_PER_POST,
                           audience_reads_per_month: int = 30) -> float:
    """US dollars a month for reading figures: each post read ``readings_per_post`` times,
    and the follower count once a day. Pure arithmetic, no request."""
    posts = max(0, int(posts_per_month))
    return round(posts * max(0, readings_per_post) * POST_READ_USD
                 + max(0, audience_reads_per_month) * USER_READ_USD, 2)


def x_metrics_cost_words(posts_per_month: int) -> str:
    return translate(
        "X", "Reading figures from X costs money on X's pay-per-use plan: about US${cost} a "
        "month for {posts} posts ({readings} readings per post at US${post_price} each, and "
        "the follower count once a day at US${user_price}), billed to the X developer "
        "account.").format(cost=format_number(x_metrics_monthly_cost(posts_per_month), 2),
                           posts=posts_per_month, readings=READINGS_PER_POST,
                           post_price=format_number(POST_READ_USD, 3),
                           user_price=format_number(USER_READ_USD, 3))


def metrics_off_reason() -> str:
    return translate("X", "Reading figures from X is off, because every read costs money. "
                          "Turn it on for the account if the cost is worth it.")


def problem(response: httpx.Response) -> dict:
    """The problem+json body (or the legacy ``{"errors": [...]}``), flattened to one dict."""
    try:
        body = response.json()
    except ValueError:
        return {}
    if not isinstance(body, dict):
        return {}
    if not body.get("title") and not body.get("detail") and isinstance(body.get("errors"), list):
        first = body["errors"][0] if body["errors"] and isinstance(body["errors"][0], dict) \
            else {}
        return {"title": first.get("title") or "", "type": first.get("type") or "",
                "detail": first.get("detail") or first.get("message") or "",
                "code": first.get("code")}
    return body


# -- the inbox (issue 15): mentions (off until turned on), replies, the cost -----------------------
#
# Every post X returns is billed (the reference's price: US$ 0.005 per post read, US$ 0.010 per
# user read; reads that return nothing are free, and X counts a post once per UTC day). So
# reading mentions is OFF until the user turns it on: the account's option ``read_mentions``
# (default false). How the service tells: the registry builds an ``XMentionsAdapter`` (an
# InboxReader) only when the option is on, and a plain ``XAdapter`` (not an InboxReader)
# otherwise; ``isinstance(adapter, InboxReader)`` is the one check, and
# :func:`mentions_off_words` says why in words. Answering (``reply``) works either way.

INBOX_CADENCE = timedelta(minutes=10)
POST_READ_PRICE = 0.005  # US$ per post returned
USER_READ_PRICE = 0.010  # US$ per user returned (each mention's author, for the name)
MENTION_READ_PRICE = POST_READ_PRICE + USER_READ_PRICE
MONTH = timedelta(days=30)
FIRST_READ = 10  # mentions taken the first time: older ones would be billed for nothing new
MAX_PAGES = 10  # of 100 mentions per read


def mentions_on(account: Account) -> bool:
    return (account.options or {}).get("read_mentions") is True


def monthly_cost(cadence: timedelta = INBOX_CADENCE,
                 price_per_read: float = MENTION_READ_PRICE) -> float:
    """US$ a month when every read at ``cadence`` brings one new mention (its post and its
    author): ``reads in 30 days * price_per_read``, rounded to cents. A quieter account pays
    less (empty reads are free); a busier one pays per mention."""
    reads = MONTH / cadence
    return round(reads * price_per_read, 2)


def monthly_cost_words(cadence: timedelta = INBOX_CADENCE,
                       price_per_read: float = MENTION_READ_PRICE) -> str:
    """The sentence shown and read out when mentions are turned on, and on the Accounts
    page."""
    return translate(
        "X", "Reading mentions on X costs about US$ {amount} a month at one read every "
        "{minutes} minutes, if each read brings one new mention (X bills US$ {price} for a "
        "mention and its author; a read that finds nothing is free).").format(
            amount=f"{monthly_cost(cadence, price_per_read):,.2f}",
            minutes=max(1, round(cadence.total_seconds() / 60)), price=f"{price_per_read:.3f}")


def mentions_off_words() -> str:
    return translate("X", "Reading mentions on X is off, because X bills every post it returns. "
                          "Turn it on in the account's settings if the cost is acceptable: "
                          "{cost}").format(cost=monthly_cost_words())


class _XReplies:
    """Answering on X (a Replier), for every X account."""

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """``POST /2/tweets`` with ``reply.in_reply_to_tweet_id``. X keeps no key of ours, so
        a lost answer is OutcomeUnknown."""
        from ..domain.textrules import measure

        measured = measure(text, "x")
        if not measured.valid:
            raise Rejected(measured.problems[0].code,
                           " ".join(p.message for p in measured.problems))
        try:
            with send_window():
                answer = self._json(self._call("POST", "/2/tweets", idempotent=False, json={
                    "text": text, "reply": {"in_reply_to_tweet_id": item.remote_id}}))
        except Rejected as exc:
            words = exc.platform_message.lower()
            if "deleted" in words or "not visible" in words or "not found" in words:
                raise gone(PLATFORM_NAME) from None
            raise
        post_id = str((answer.get("data") or {}).get("id") or "")
        if not post_id:
            raise OutcomeUnknown(translate("X", "X did not say which post it made. Check the "
                                                "account before sending again."))
        return PublishResult(remote_id=post_id, url=f"https://x.com/"
                             f"{self.account.handle or 'i/web'}/status/{post_id}")


class XAdapter(_XReplies, tokens.KeyringAdapter):
    capabilities = CAPABILITIES
    platform_name = PLATFORM_NAME
    default_base = API_BASE
    # Reading is billed: the Accounts page turns it on with this option, after saying the cost.
    paid_reading_option = "read_mentions"

    def reading_cost_words(self) -> str:
        return monthly_cost_words()

    def cannot_read_reason(self) -> str:
        """Why mentions are not read (SaysWhatItCannotRead): off until he turns them on."""
        return "" if mentions_on(self.account) else mentions_off_words()

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        me = self._json(self._call("GET", "/2/users/me", idempotent=True)).get("data") or {}
        return translate("X", "Signed in to X as @{username}. {expiry}").format(
            username=me.get("username") or self.account.handle,
            expiry=translate("X", "The login renews itself.")
            if self._tokens().get("refresh_token") else
            tokens.expiry_words(self._tokens(), self.zone))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # X keeps no key of ours (capabilities.lookup is False)

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------
    # Every read costs money on X's pay-per-use plan, so reading figures is off until the user
    # turns on the account's ``read_metrics`` option (the cost is said: x_metrics_cost_words).

    @property
    def reads_metrics(self) -> bool:
        return bool((self.account.options or {}).get(METRICS_OPTION))

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """``public_metrics`` of the post (likes, reposts, replies, quotes, impressions). A post
        X cannot find is deleted."""
        if not self.reads_metrics:
            reason = metrics_off_reason()
            return PostMetrics(unavailable={name: reason for name in PUBLIC_METRICS.values()})
        body = self._json(self._call("GET", f"/2/tweets/{remote_id}", idempotent=True,
                                     params={"tweet.fields": "public_metrics"}))
        data = body.get("data") if isinstance(body.get("data"), dict) else None
        if data is None:
            errors = body.get("errors") if isinstance(body.get("errors"), list) else []
            if any(isinstance(e, dict) and str(e.get("type", "")).endswith("resource-not-found")
                   for e in errors):
                return PostMetrics(deleted=True)
            raise Transient(translate("X", "X's answer had no figures for the post. HumasDesk "
                                           "will try again."))
        public = data.get("public_metrics") or {}
        values = {metric: public[name] for name, metric in PUBLIC_METRICS.items()
                  if isinstance(public.get(name), int)}
        return PostMetrics(values)

    def read_audience(self) -> AudienceSnapshot:
        if not self.reads_metrics:
            return AudienceSnapshot(None, metrics_off_reason())
        body = self._json(self._call("GET", "/2/users/me", idempotent=True,
                                     params={"user.fields": "public_metrics"}))
        public = (body.get("data") or {}).get("public_metrics") or {}
        count = public.get("followers_count")
        return AudienceSnapshot(count if isinstance(count, int) else None)

    # -- end of insights ------------------------------------------------------------------------

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        parts = post.parts()
        self._check_parts(parts)  # everything is checked before anything is sent
        first: PublishResult | None = None
        previous = ""
        for number, part in enumerate(parts, start=1):
            try:
                media_ids = [self._upload(item) for item in part.media]
                body: dict = {"text": part.text}
                if media_ids:
                    body["media"] = {"media_ids": media_ids}
                if previous:
                    body["reply"] = {"in_reply_to_tweet_id": previous}
                answer = self._json(self._call("POST", "/2/tweets", idempotent=False, json=body))
            except PlatformError as exc:
                if first is None:
                    raise
                # Part 1 is public: sending the whole post again would repeat it.
                raise OutcomeUnknown(translate(
                    "X", "The thread stopped at part {number} of {count}: {reason} The first "
                    "parts are on X ({url}); post the rest by hand or delete them before sending "
                    "again.").format(number=number, count=len(parts), reason=exc.message,
                                     url=first.url)) from None
            previous = str((answer.get("data") or {}).get("id") or "")
            if not previous:
                raise OutcomeUnknown(translate("X", "X did not say which post it made. Check "
                                                    "the account before sending again."))
            if first is None:
                handle = self.account.handle or "i/web"
                first = PublishResult(remote_id=previous,
                                      url=f"https://x.com/{handle}/status/{previous}")
        return first

    # -- checks and media -----------------------------------------------------------------------

    def _check_parts(self, parts) -> None:
        from ..domain.textrules import XLimits, measure

        for number, part in enumerate(parts, start=1):
            measured = measure(part.text, "x", XLimits(requires_text=not part.media))
            if not measured.valid:
                raise Rejected(measured.problems[0].code, translate(
                    "X", "Part {number}: {problems}").format(
                        number=number, problems=" ".join(p.message for p in measured.problems))
                    if len(parts) > 1 else " ".join(p.message for p in measured.problems))
            if len(part.media) > MAX_IMAGES:
                raise Rejected("", translate("X", "X takes at most {limit} images per post."
                                             ).format(limit=MAX_IMAGES))
            for item in part.media:
                name = Path(item.path).name
                if item.mime_type not in IMAGE_TYPES:
                    raise Rejected("", translate("X", "“{name}” is not a JPEG, PNG, GIF or WebP "
                                                      "image.").format(name=name))
                try:
                    size = Path(item.path).stat().st_size
                except OSError as exc:
                    raise Rejected("", translate("X", "The image “{name}” cannot be read: "
                                                      "{reason}").format(
                        name=name, reason=exc.strerror or exc)) from None
                if size > MAX_IMAGE_BYTES:
                    raise Rejected("", translate("X", "The image “{name}” is {size} MB; X takes "
                                                      "at most 5 MB per image.").format(
                        name=name, size=f"{size / 1_048_576:.1f}"))

    def _upload(self, item: Media) -> str:
        path = Path(item.path)
        data = path.read_bytes()
        # An uploaded image is not a post; repeating the upload is harmless.
        response = self._call("POST", "/2/media/upload", idempotent=True,
                              files={"media": (path.name, data, item.mime_type)},
                              data={"media_category": "tweet_image",
                                    "media_type": item.mime_type})
        media_id = str((self._json(response).get("data") or {}).get("id") or "")
        if not media_id:
            raise Transient(translate("X", "X did not accept the image. HumasDesk will try "
                                           "again."))
        if item.alt_text:
            self._call("POST", "/2/media/metadata", idempotent=True, json={
                "id": media_id,
                "metadata": {"alt_text": {"text": item.alt_text[:MAX_ALT_TEXT]}}})
        return media_id

    # -- tokens ---------------------------------------------------------------------------------

    def _access_token(self) -> str:
        stored = self._tokens()
        if tokens.expires_within(stored, REFRESH_MARGIN, now=self.clock()):
            if not stored.get("refresh_token"):
                raise tokens.expired_error(PLATFORM_NAME)
            stored = self._refresh(stored["access_token"])
        return stored["access_token"]

    def _refresh(self, used_access: str) -> dict:
        ref = self.account.credential_ref
        with _refresh_locks_guard:
            lock = _refresh_locks.setdefault(ref, threading.Lock())
        with lock:
            # Another thread may have refreshed meanwhile (X rotates the refresh token, so
            # refreshing twice with the old one would fail): use its result.
            self._stored = None
            stored = self._tokens()
            if stored.get("access_token") != used_access and not tokens.expires_within(
                    stored, REFRESH_MARGIN, now=self.clock()):
                return stored
            refresh_token = stored.get("refresh_token") or ""
            if not refresh_token:
                raise tokens.expired_error(PLATFORM_NAME)
            with self.http.client() as client:
                response = send(client, "POST", f"{self.base}/2/oauth2/token", idempotent=True,
                                data={"grant_type": "refresh_token",
                                      "refresh_token": refresh_token,
                                      "client_id": stored.get("client_id", "")})
            if response.status_code in (400, 401):
                error = _oauth_error(response)
                log.info("X refused the refresh: HTTP %s %s", response.status_code, error)
                raise AuthExpired(translate(
                    "X", "X no longer accepts HumasDesk's login for this account (it may have "
                    "been revoked in X's settings, Connected apps). Reconnect the account on "
                    "the Accounts page; the post stays in the queue."))
            self._raise_for(response)
            fresh = _token_record(self._json(response), stored.get("client_id", ""),
                                  self.clock(), previous=stored)
            tokens.save(self.secrets, ref, fresh)
            self._stored = fresh
            return fresh

    # -- requests -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, idempotent: bool, **kwargs) -> httpx.Response:
        access = self._access_token()
        response = self._send(method, path, access, idempotent, kwargs)
        if response.status_code == 401:
            # Revoked early or expired on X's clock: one refresh, one more try.
            if not self._tokens().get("refresh_token"):
                raise tokens.expired_error(PLATFORM_NAME)
            fresh = self._refresh(access)
            response = self._send(method, path, fresh["access_token"], idempotent, kwargs)
            if response.status_code == 401:
                raise AuthExpired(translate(
                    "X", "X does not accept HumasDesk's login for this account. Reconnect the "
                    "account on the Accounts page; the post stays in the queue."))
        self._raise_for(response)
        return response

    def _send(self, method: str, path: str, access: str, idempotent: bool,
              kwargs: dict) -> httpx.Response:
        with self.http.client(headers={"Authorization": f"Bearer {access}"}) as client:
            return send(client, method, f"{self.base}{path}", idempotent=idempotent, **kwargs)

    def _raise_for(self, response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        found = problem(response)
        kind = str(found.get("type") or "")
        title = redact(str(found.get("title") or ""))
        detail = redact(str(found.get("detail") or found.get("reason") or ""))
        log.info("X answered HTTP %s %s", status, kind.rsplit("/", 1)[-1] or title)
        if status == 429:
            reset_at = rate_limit_reset(response, PLATFORM)
            if kind.endswith("/usage-capped") or title == "UsageCapExceeded":
                raise RateLimited(reset_at, translate(
                    "X", "The X developer account has used up its plan's monthly posting "
                    "allowance. It renews with the plan's next period, or upgrade the plan in "
                    "the X developer portal."))
            raise asks_to_wait("X", reset_at, self.zone)
        if status == 402:
            raise Rejected(detail or title or "402", translate(
                "X", "X refused because the developer account's plan has no credit left for "
                "this (X says: {reason}). Add credit or choose a paid plan in the X developer "
                "portal (Products, Billing); the post stays in the queue.").format(
                    reason=detail or title or "Payment Required"))
        if status == 403 and (kind.endswith("/client-forbidden")
                              or found.get("reason") in ("client-not-enrolled",
                                                         "official-client-forbidden")):
            needed = found.get("required_enrollment") or translate("X", "a higher access level")
            raise Rejected(str(found.get("reason") or "client-forbidden"), translate(
                "X", "The X app's access level does not allow posting: it needs {needed}. "
                "In the X developer portal, attach the app to a project on a plan that includes "
                "posting (X says: {reason}).").format(needed=needed,
                                                       reason=detail or title))
        if status == 403 and kind.endswith("/unsupported-authentication"):
            raise AuthExpired(translate(
                "X", "X does not accept this kind of login for posting. Reconnect the account "
                "on the Accounts page."))
        if status >= 500:
            raise Transient(translate("X", "X had a problem (HTTP {status}). HumasDesk will try "
                                           "again.").format(status=status))
        raise Rejected(detail or title or f"HTTP {status}")

    @staticmethod
    def _json(response: httpx.Response) -> dict:
        return json_body(response, "X")


def _oauth_error(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body.get("error") or "") if isinstance(body, dict) else ""


def _token_record(body: dict, client_id: str, now: float, previous: dict | None = None) -> dict:
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise Transient(translate("X", "X answered without a token. Try again."))
    register_secret(access)
    refresh = body.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        refresh = (previous or {}).get("refresh_token", "")
    return {"client_id": client_id, "access_token": access, "refresh_token": refresh,
            "expires_at": tokens.expires_at(body.get("expires_in"), now),
            "scope": str(body.get("scope") or (previous or {}).get("scope", "")),
            "issued_at": now}


# -- the inbox (issue 15), continued: reading mentions --------------------------------------------

class XMentionsAdapter(XAdapter):
    """An X account whose mentions are read (the user turned ``read_mentions`` on)."""

    inbox_cadence = INBOX_CADENCE

    def read_inbox(self, cursor: str) -> InboxBatch:
        """``/2/users/:id/mentions`` with ``since_id`` (the cursor), every page of it. The
        first read takes only the latest FIRST_READ mentions."""
        user_id = str((self.account.options or {}).get("user_id") or "")
        if not user_id:
            user_id = str((self._json(self._call("GET", "/2/users/me", idempotent=True))
                           .get("data") or {}).get("id") or "")
        params = {"tweet.fields": "created_at,conversation_id,in_reply_to_user_id,"
                                  "referenced_tweets,author_id",
                  "expansions": "author_id", "user.fields": "username,name",
                  "max_results": "100" if cursor else str(FIRST_READ)}
        if cursor:
            params["since_id"] = cursor
        items: list[RemoteItem] = []
        newest = cursor
        for _ in range(MAX_PAGES if cursor else 1):
            body = self._json(self._call("GET", f"/2/users/{quote(user_id, safe='')}/mentions",
                                         idempotent=True, params=params))
            users = {str(u.get("id")): u for u in (body.get("includes") or {}).get("users")
                     or [] if isinstance(u, dict)}
            for post in body.get("data") or []:
                item = self._mention_item(post, users, user_id)
                if item is not None:
                    items.append(item)
            found = body.get("meta") if isinstance(body.get("meta"), dict) else {}
            top = str(found.get("newest_id") or "")
            if top and (not newest or id_key(top) > id_key(newest)):
                newest = top
            token = str(found.get("next_token") or "")
            if not token:
                break
            params["pagination_token"] = token
        items.sort(key=lambda i: (i.received_at, id_key(i.remote_id)))
        return InboxBatch(items, newest)

    def _mention_item(self, post: object, users: dict, me: str) -> RemoteItem | None:
        if not isinstance(post, dict) or not post.get("id"):
            return None
        author = users.get(str(post.get("author_id") or ""), {})
        if str(post.get("author_id") or "") == me:
            return None
        references = {str(r.get("type")): str(r.get("id")) for r in
                      post.get("referenced_tweets") or [] if isinstance(r, dict)}
        if "quoted" in references:
            kind = ItemKind.QUOTE
        elif "replied_to" in references and str(post.get("in_reply_to_user_id") or "") == me:
            kind = ItemKind.REPLY
        else:
            kind = ItemKind.MENTION
        username = str(author.get("username") or "")
        post_id = str(post["id"])
        return RemoteItem(
            remote_id=post_id, kind=kind,
            author_name=str(author.get("name") or username),
            author_handle=f"@{username}" if username else "",
            text=str(post.get("text") or ""),
            received_at=parse_time(post.get("created_at")) or datetime.now(UTC),
            url=f"https://x.com/{username or 'i/web'}/status/{post_id}",
            thread_id=str(post.get("conversation_id") or post_id),
            parent_id=references.get("replied_to", ""))


def _adapter(account: Account, context: PlatformContext):
    cls = XMentionsAdapter if mentions_on(account) else XAdapter
    return cls(account, context.secrets, context.http, context.zone)


# -- connecting -----------------------------------------------------------------------------------

def connect(context: PlatformContext, *, client_id: str, open_browser, paste_code=None,
            use_loopback: bool = True, redirect_uri: str = "", name: str = "",
            credential_ref: str = "", api_base: str = API_BASE,
            authorize_url: str = AUTHORIZE_URL, timeout: float | None = None,
            cancel=None) -> Account:
    """Connect an X account; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for: the Client ID of their own X app (type "Native App", OAuth 2.0 on), then
    to log in and allow access in the page ``open_browser(url)`` shows. X accepts only the
    callback addresses registered in the app: with ``redirect_uri`` (that address), the user
    pastes the address the browser ended on (``paste_code(url)``); otherwise the shared loopback
    redirect receives it. Returns a new, unsaved ``Account``.
    """
    from .oauth import (
        DEFAULT_WAIT_SECONDS,
        LoopbackRedirect,
        authorization_request,
        exchange_code,
        loopback_for,
        run_authorization,
    )

    client_id = (client_id or "").strip()
    if not client_id:
        raise Rejected("", translate(
            "X", "Type the Client ID of your X app (X developer portal, your app, Keys and "
            "tokens, OAuth 2.0 Client ID)."))
    context.secrets.check()
    api_base = api_base.rstrip("/")
    loopback = None
    if use_loopback:  # a registered loopback address is listened on exactly; others pasted
        loopback = loopback_for(redirect_uri) if redirect_uri else LoopbackRedirect()
    try:
        target = loopback.redirect_uri if loopback else redirect_uri
        request = authorization_request(authorize_url, client_id=client_id,
                                        redirect_uri=target, scopes=SCOPES)
        code = run_authorization(request, open_browser, loopback=loopback,
                                 paste_code=paste_code,
                                 timeout=timeout or DEFAULT_WAIT_SECONDS, cancel=cancel)
    finally:
        if loopback is not None:
            loopback.close()
    token = exchange_code(context.http, f"{api_base}/2/oauth2/token", code=code,
                          request=request, client_id=client_id)
    now = time.time()
    record = _token_record({"access_token": token.access_token,
                            "refresh_token": token.refresh_token,
                            "expires_in": token.expires_in, "scope": token.scope},
                           client_id, now)
    with context.http.client(headers={"Authorization": f"Bearer {token.access_token}"}) as client:
        response = send(client, "GET", f"{api_base}/2/users/me", idempotent=True)
    probe = XAdapter(Account(platform=PLATFORM, name=name), context.secrets, context.http,
                     context.zone)
    probe._raise_for(response)
    me = probe._json(response).get("data") or {}
    username = str(me.get("username") or "")
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    tokens.save(context.secrets, ref, record)
    return Account(platform=PLATFORM, name=name.strip() or f"@{username}", handle=username,
                   server_url="" if api_base == API_BASE else api_base, credential_ref=ref,
                   options={"user_id": str(me.get("id") or ""),
                            "offline_access": "offline.access" in record["scope"].split()})


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the Client ID of your own X app; then you log in and allow access "
        "in the browser."),
    (FormField("client_id", QT_TRANSLATE_NOOP("Accounts", "X app Client ID"), required=True,
               flag="--client-id", metavar="ID",
               help=QT_TRANSLATE_NOOP("Accounts", "X developer portal, your app, Keys and "
                                                  "tokens, OAuth 2.0 Client ID."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "X: the Client ID of your X app")),
     REDIRECT_FIELD), browser=True)


def _connect(connection: Connection) -> Account:
    return connect(connection.context, client_id=connection.value("client_id"),
                   redirect_uri=connection.value("redirect_uri"), name=connection.name,
                   credential_ref=connection.credential_ref, **connection.browser())


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, _adapter, FORM, _connect, forget=forget_credential)

__all__ = ["CAPABILITIES", "SCOPES", "SPEC", "XAdapter", "XMentionsAdapter", "connect",
           "mentions_off_words", "mentions_on", "monthly_cost", "monthly_cost_words", "problem"]
