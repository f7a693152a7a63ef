"""Mastodon: any instance, OAuth with PKCE, the instance's own limits, native scheduling.

Connecting registers HumasDesk as an app on the instance (``POST /api/v1/apps``) with the
loopback redirect of this one login (or ``urn:ietf:wg:oauth:2.0:oob`` when the user pastes the
code), runs the authorization-code flow with PKCE (:mod:`.oauth`), and keeps the token and the
app's client credentials in the keyring under the account's ``credential_ref``; Mastodon tokens
do not expire. The instance's limits (``/api/v2/instance``) go into ``Account.options["limits"]``
so the composer and the checks here count the way that server does.

Every status is sent with ``Idempotency-Key`` = the publish record's key (one key per thread
part), which Mastodon remembers for an hour: sending again with the same key returns the status
that already exists instead of making a second one.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import LIKES, QUOTES, REPLIES, REPOSTS, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media, utc_now
from ..domain.timezones import format_local
from ..logs import register_secret
from .base import (
    AuthExpired,
    Capabilities,
    OutgoingPost,
    PlatformError,
    PublishResult,
    Rejected,
    ThreadPart,
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
from .inboxing import dump_cursor, gone, id_key, load_cursor
from .oauth import (
    DEFAULT_WAIT_SECONDS,
    OOB_REDIRECT_URI,
    LoopbackRedirect,
    OpenBrowser,
    PasteCode,
    authorization_request,
    exchange_code,
    run_authorization,
)
from .secrets import SecretStore
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    option_of,
    platform_spec,
    server_of,
)

if TYPE_CHECKING:
    from ..domain.textrules import MastodonLimits

log = logging.getLogger(__name__)

PLATFORM = "mastodon"
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Mastodon")
APP_NAME = "HumasDesk"
APP_WEBSITE = "https://github.com/humasdesk"
# Granular scopes (Mastodon 2.4.3 and later): read the account and statuses (verify, find a
# post again, scheduled statuses), write statuses and media.
SCOPES = ("read:accounts", "read:statuses", "write:statuses", "write:media",
          # the inbox: mentions and their dismissal, direct conversations, search
          "read:notifications", "write:notifications", "write:conversations", "read:search")
VISIBILITIES = ("public", "unlisted", "private", "direct")
VISIBILITY_LABELS = {
    "public": QT_TRANSLATE_NOOP("Mastodon", "Public"),
    "unlisted": QT_TRANSLATE_NOOP("Mastodon", "Quiet public (not in public timelines)"),
    "private": QT_TRANSLATE_NOOP("Mastodon", "Followers only"),
    "direct": QT_TRANSLATE_NOOP("Mastodon", "Mentioned people only"),
}
# The server refuses a scheduled_at less than 5 minutes ahead; the margin covers the time the
# request takes and a clock that is a little off.
MIN_SCHEDULE_AHEAD = timedelta(minutes=5)
SCHEDULE_MARGIN = timedelta(seconds=60)

# Defaults when the instance does not say (Mastodon's own defaults, docs entities/Instance.md).
DEFAULT_LIMITS = {
    "max_characters": 500,
    "characters_reserved_per_url": 23,
    "max_media_attachments": 4,
    "description_limit": 1500,
    "image_size_limit": 16_777_216,
    "image_matrix_limit": 33_177_600,  # width × height (pictures are fitted under it)
    "video_size_limit": 103_809_024,
}

# How long the server remembers an Idempotency-Key (docs methods/statuses.md): a resend with
# the same key after this can make a second post, so an engine must look the post up instead.
IDEMPOTENCY_WINDOW = timedelta(hours=1)

CAPABILITIES = Capabilities(
    text_rules=PLATFORM, max_media=DEFAULT_LIMITS["max_media_attachments"], alt_text=True,
    native_scheduling=True, native_min_lead=MIN_SCHEDULE_AHEAD + SCHEDULE_MARGIN,
    idempotency=True,  # Idempotency-Key, remembered by the server for IDEMPOTENCY_WINDOW
    idempotency_window=IDEMPOTENCY_WINDOW,
    # The key of a published status cannot be read back, so the key alone finds nothing; a
    # look-up needs the text (find_published(key, text=..., since=...)).
    lookup=False,
    threads=True, metrics=True)


# -- pure helpers ---------------------------------------------------------------------------------

# Insights (issue 16): a status's counters -> the product's metric names.
STATUS_COUNTERS = (("favourites_count", LIKES), ("reblogs_count", REPOSTS),
                   ("replies_count", REPLIES), ("quotes_count", QUOTES))


def normalise_instance(instance: str) -> str:
    """``mastodon.social`` or ``https://mastodon.social/@rsko`` -> ``https://mastodon.social``.

    Plain ``http`` only for this computer itself (test servers).
    """
    text = (instance or "").strip()
    if not text:
        raise Rejected("", translate("Mastodon", "Type the address of the Mastodon server, for "
                                                 "example mastodon.social."))
    if text.startswith("@") or ("@" in text and "://" not in text):
        # "@user@mastodon.social": the server is the part after the last "@".
        text = text.rsplit("@", 1)[1]
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host or " " in host:
        raise Rejected(text, translate(
            "Mastodon", "“{server}” is not a server address. Use one such as "
            "mastodon.social.").format(server=instance))
    if parts.scheme == "http" and host not in ("localhost", "127.0.0.1", "::1"):
        raise Rejected(text, translate(
            "Mastodon", "The server address must start with https://, so that the login and "
            "the posts travel encrypted."))
    return f"{parts.scheme}://{parts.netloc.lower()}"


def part_key(idempotency_key: str, index: int) -> str:
    """The ``Idempotency-Key`` of part ``index`` of a thread: the record's own key for the first
    part, so a single post is sent with exactly the record's key."""
    return idempotency_key if index == 0 else f"{idempotency_key}-{index}"


def limits_from_instance(body: dict) -> dict:
    """The limits HumasDesk uses, from ``/api/v2/instance`` (or v1: same ``configuration``)."""
    configuration = body.get("configuration") if isinstance(body, dict) else None
    configuration = configuration if isinstance(configuration, dict) else {}
    statuses = configuration.get("statuses") or {}
    media = configuration.get("media_attachments") or {}
    found = {
        "max_characters": statuses.get("max_characters", body.get("max_toot_chars")),
        "characters_reserved_per_url": statuses.get("characters_reserved_per_url"),
        "max_media_attachments": statuses.get("max_media_attachments"),
        "description_limit": media.get("description_limit"),
        "image_size_limit": media.get("image_size_limit"),
        "image_matrix_limit": media.get("image_matrix_limit"),
        "video_size_limit": media.get("video_size_limit"),
    }
    limits = dict(DEFAULT_LIMITS)
    for name, value in found.items():
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            limits[name] = value
    return limits


def account_limits(account: Account) -> dict:
    stored = account.options.get("limits") if isinstance(account.options, dict) else None
    limits = dict(DEFAULT_LIMITS)
    if isinstance(stored, dict):
        limits.update({k: v for k, v in stored.items() if k in limits and isinstance(v, int)})
    return limits


def text_limits(account: Account) -> MastodonLimits:
    """The text rules' limits for this account's instance (for ``measure``/``split``)."""
    from ..domain.textrules import MastodonLimits  # loaded when a text is measured

    limits = account_limits(account)
    return MastodonLimits(max_characters=limits["max_characters"],
                          characters_reserved_per_url=limits["characters_reserved_per_url"])


def visibility_label(visibility: str) -> str:
    return translate("Mastodon", VISIBILITY_LABELS.get(visibility, VISIBILITY_LABELS["public"]))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _TextOfHtml(HTMLParser):
    """The visible text of a status's ``content`` (Mastodon renders paragraphs and line
    breaks as HTML; long links keep their hidden parts in ``invisible`` spans)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.pieces.append("\n")
        elif tag == "p" and self.pieces:
            self.pieces.append("\n\n")

    def handle_data(self, data):
        self.pieces.append(data)


def _comparable(text: str) -> str:
    """A form in which the text we sent and the HTML Mastodon shows compare equal: no white
    space, and mentions shortened to ``@user`` (the HTML shows remote mentions that way)."""
    text = re.sub(r"(@[\w.-]+)@[\w.-]+", r"\1", text)
    return re.sub(r"\s+", "", text)


def plain_text(content: str) -> str:
    parser = _TextOfHtml()
    parser.feed(content or "")
    parser.close()
    return "".join(parser.pieces)


# -- connecting -----------------------------------------------------------------------------------

def read_instance(http: HttpFactory, server: str) -> dict:
    """The instance's description (public, no login). Falls back to ``/api/v1/instance`` on
    servers older than 4.0."""
    with http.client(base_url=server) as client:
        response = send(client, "GET", "/api/v2/instance", idempotent=True)
        if response.status_code in (404, 410):
            response = send(client, "GET", "/api/v1/instance", idempotent=True)
    _check(response, server)
    return _json(response, server)


def read_instance_limits(http: HttpFactory, server: str) -> dict:
    """The instance's limits (public, no login). Raises ``Rejected`` when the address is not a
    Mastodon server."""
    body = read_instance(http, server)
    if "configuration" not in body and "max_toot_chars" not in body and "uri" not in body \
            and "domain" not in body:
        raise Rejected(server, translate(
            "Mastodon", "{server} does not answer like a Mastodon server. Check the "
            "address.").format(server=_host(server)))
    return limits_from_instance(body)


def connect(context: PlatformContext, *, instance: str, open_browser: OpenBrowser,
            paste_code: PasteCode | None = None, use_loopback: bool = True, name: str = "",
            visibility: str = "public", credential_ref: str = "",
            timeout: float = DEFAULT_WAIT_SECONDS, cancel=None) -> Account:
    """Connect a Mastodon account; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for: the instance address (``instance``), then to log in and allow access in
    the browser page that ``open_browser(url)`` shows. With ``use_loopback`` (the default) the
    browser comes back to HumasDesk by itself; with ``use_loopback=False`` the instance shows a
    code and ``paste_code(url)`` must return what the user pasted. ``cancel`` (a
    ``threading.Event``) stops the wait.

    Returns a new, unsaved ``Account`` (for a reconnect pass the old ``credential_ref`` and
    update the old account with the result). The token never leaves the keyring. Raises
    ``SecretsUnavailable`` before anything else when the keyring cannot keep the token,
    ``AuthorizationFailed`` (an ``AuthExpired``) when the login does not complete,
    ``Rejected`` for a wrong address, ``Transient``/``RateLimited`` for network trouble.
    """
    server = normalise_instance(instance)
    if visibility not in VISIBILITIES:
        visibility = "public"
    http, secrets = context.http, context.secrets
    secrets.check()  # a refused keyring must be found before the user logs in
    limits = read_instance_limits(http, server)
    loopback = LoopbackRedirect() if use_loopback else None
    try:
        redirect_uri = loopback.redirect_uri if loopback else OOB_REDIRECT_URI
        client_id, client_secret = _register_app(http, server, redirect_uri)
        request = authorization_request(f"{server}/oauth/authorize", client_id=client_id,
                                        redirect_uri=redirect_uri, scopes=SCOPES)
        code = run_authorization(request, open_browser, loopback=loopback,
                                 paste_code=paste_code, timeout=timeout, cancel=cancel)
    finally:
        if loopback is not None:
            loopback.close()
    token = exchange_code(http, f"{server}/oauth/token", code=code, request=request,
                          client_id=client_id, client_secret=client_secret,
                          extra={"scope": " ".join(SCOPES)})
    me = _verify_credentials(http, server, token.access_token)
    username = str(me.get("username") or me.get("acct") or "")
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    secrets.set(ref, json.dumps({"access_token": token.access_token, "client_id": client_id,
                                 "client_secret": client_secret}))
    handle = f"@{username}@{_host(server)}"
    return Account(platform=PLATFORM, name=name.strip() or handle, handle=handle,
                   server_url=server, credential_ref=ref,
                   options={"visibility": visibility, "limits": limits,
                            "account_id": str(me.get("id") or "")})


def _register_app(http: HttpFactory, server: str, redirect_uri: str) -> tuple[str, str]:
    # One app registration per login: the loopback port differs each time, and an app whose
    # redirect URI matches exactly is what every Mastodon version accepts.
    with http.client(base_url=server) as client:
        response = send(client, "POST", "/api/v1/apps", idempotent=True, json={
            "client_name": APP_NAME, "redirect_uris": redirect_uri,
            "scopes": " ".join(SCOPES), "website": APP_WEBSITE})
    _check(response, server)
    body = _json(response, server)
    client_id, client_secret = body.get("client_id"), body.get("client_secret")
    if not isinstance(client_id, str) or not client_id or not isinstance(client_secret, str):
        raise Transient(translate(
            "Mastodon", "{server} did not register HumasDesk as an app. Try again "
            "later.").format(server=_host(server)))
    register_secret(client_secret)
    return client_id, client_secret


def _verify_credentials(http: HttpFactory, server: str, token: str) -> dict:
    with http.client(base_url=server, headers={"Authorization": f"Bearer {token}"}) as client:
        response = send(client, "GET", "/api/v1/accounts/verify_credentials", idempotent=True)
    _check(response, server)
    return _json(response, server)


def forget(account: Account, context: PlatformContext) -> None:
    """Revoke the token on the server (best effort) and remove it from the keyring."""
    if not account.credential_ref:
        return
    stored = context.secrets.get(account.credential_ref)
    if stored:
        try:
            credentials = json.loads(stored)
            server = normalise_instance(account.server_url)
            with context.http.client(base_url=server) as client:
                send(client, "POST", "/oauth/revoke", idempotent=True, data={
                    "client_id": credentials["client_id"],
                    "client_secret": credentials["client_secret"],
                    "token": credentials["access_token"]})
        except (PlatformError, ValueError, KeyError, TypeError):
            log.info("could not revoke the Mastodon token of account %s", account.id)
    context.secrets.delete(account.credential_ref)


# -- answers ----------------------------------------------------------------------------------

def _host(server: str) -> str:
    return urlsplit(server).netloc or server


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict):
        return str(body.get("error") or body.get("error_description") or "")
    return ""


def _check(response: httpx.Response, server: str, zone: str = "Asia/Jakarta") -> None:
    """Turn a Mastodon failure into the shared error kinds (the status code decides)."""
    status = response.status_code
    if 200 <= status < 300:
        return
    error = _error_text(response)
    log.info("Mastodon %s answered HTTP %s", _host(server), status)
    if status == 401:
        raise AuthExpired(translate(
            "Mastodon", "{server} no longer accepts HumasDesk's login for this account (it was "
            "revoked or the app was removed). Reconnect the account on the Accounts "
            "page.").format(server=_host(server)))
    if status == 403:
        raise AuthExpired(translate(
            "Mastodon", "{server} does not allow this: {reason}. Reconnect the account, or "
            "check whether it is suspended.").format(
                server=_host(server), reason=error or f"HTTP {status}"))
    if status == 429:
        reset_at = rate_limit_reset(response, PLATFORM)
        raise asks_to_wait(_host(server), reset_at, zone)
    if status >= 500 or status in (408, 425):
        raise Transient(translate(
            "Mastodon", "The Mastodon server {server} had a problem (HTTP {status}). HumasDesk "
            "will try again.").format(server=_host(server), status=status))
    raise Rejected(error or f"HTTP {status}")


def _json(response: httpx.Response, server: str, kind=dict):
    return json_body(response, _host(server), kind)


# -- the inbox (issue 15): mentions, direct messages, replies, dismiss, search ---------------------
#
# Read by polling every 60 seconds: notifications of type mention (and quote, on servers that
# have quotes) with ``min_id`` as the cursor, paged through the ``Link`` header, and the direct
# conversations. Polling at this cadence is within the server's 300 requests per 5 minutes;
# the notification stream (``notification_stream``, platforms/mastodon_stream.py) only wakes
# a read sooner when a mention comes.

INBOX_CADENCE = timedelta(seconds=60)
NOTIFICATION_PAGE = 40  # the server's default; 80 only from 4.1
CONVERSATION_PAGE = 40


def with_handle(text: str, acct: str) -> str:
    """The reply's text with the author's ``@handle`` at the start when the text does not
    mention them (Mastodon notifies only the people a status mentions)."""
    acct = acct.lstrip("@")
    if not acct:
        return text
    user = acct.split("@")[0]
    mentioned = re.search(rf"(?<![\w@])@{re.escape(user)}(@[\w.-]+)?(?![\w@])", text,
                          re.IGNORECASE)
    return text if mentioned else f"@{acct} {text.lstrip()}"


def _min_id_of(response: httpx.Response) -> str:
    """The ``min_id`` of the ``Link: <...>; rel="prev"`` page: the newest id of this page."""
    link = response.links.get("prev", {}).get("url") or ""
    try:
        values = httpx.URL(link).params.get_list("min_id") if link else []
    except httpx.InvalidURL:
        values = []
    return values[0] if values else ""


class _MastodonInbox:
    """The inbox half of :class:`MastodonAdapter` (an InboxReader, Replier, Moderator and
    Searcher). Uses the adapter's ``_call``, ``_json``, ``_check_parts`` and ``_post_status``."""

    inbox_cadence = INBOX_CADENCE
    moderation_actions = ("dismiss",)

    def _me(self) -> str:
        """The account's own id (asked of the server once when the account does not keep it)."""
        if not getattr(self, "_me_id", ""):
            self._me_id = self._account_id()
        return self._me_id

    def read_inbox(self, cursor: str) -> InboxBatch:
        state = load_cursor(cursor)
        me = self._me()
        mentions, newest_mention, more = self._read_mentions(str(state.get("mention") or ""),
                                                             me)
        messages, newest_message = self._read_conversations(str(state.get("message") or ""),
                                                            me)
        found: dict[str, RemoteItem] = {}
        for item in [*mentions, *messages]:
            earlier = found.get(item.remote_id)
            # A direct message that mentions the account comes both ways: one item, which
            # knows its notification and its conversation.
            found[item.remote_id] = item if earlier is None else replace(
                earlier, reply_ref={**item.reply_ref, **earlier.reply_ref})
        items = sorted(found.values(), key=lambda i: (i.received_at, id_key(i.remote_id)))
        return InboxBatch(items, dump_cursor({"mention": newest_mention,
                                              "message": newest_message}), more=more)

    # -- the notification stream: a wake-up for read_inbox (mastodon_stream.py) --------------

    def notification_stream(self, *, idle_seconds: float | None = None):
        """A connection to the account's notification stream, on the streaming server the
        instance names (asked once). Raises a ``PlatformError`` when the instance cannot be
        asked or the login is missing."""
        from .mastodon_stream import IDLE_SECONDS, NotificationStream, streaming_base

        token = self._load_token()
        if not getattr(self, "_streaming_base", ""):
            self._streaming_base = streaming_base(read_instance(self.http, self.server),
                                                  self.server)
        return NotificationStream(
            self.http, self._streaming_base, token, _host(self.server), _check,
            idle_seconds=IDLE_SECONDS if idle_seconds is None else idle_seconds)

    def _read_mentions(self, since: str, me: str) -> tuple[list[RemoteItem], str, bool]:
        params: list[tuple[str, str]] = [("types[]", "mention"), ("types[]", "quote"),
                                         ("limit", str(NOTIFICATION_PAGE))]
        if since:
            params.append(("min_id", since))
        response = self._call("GET", "/api/v1/notifications", idempotent=True, params=params)
        notifications = [n for n in self._json(response, list) if isinstance(n, dict)]
        items = []
        newest = since
        for notification in notifications:
            notification_id = str(notification.get("id") or "")
            if notification_id and (not newest or id_key(notification_id) > id_key(newest)):
                newest = notification_id
            status = notification.get("status")
            if notification.get("type") not in ("mention", "quote") \
                    or not isinstance(status, dict):
                continue
            item = self._item_of(status, me, quote=notification.get("type") == "quote",
                                 notification_id=notification_id)
            if item is not None:
                items.append(item)
        newest = _min_id_of(response) or newest
        return items, newest, len(notifications) >= NOTIFICATION_PAGE

    def _read_conversations(self, since: str, me: str) -> tuple[list[RemoteItem], str]:
        response = self._call("GET", "/api/v1/conversations", idempotent=True,
                              params={"limit": str(CONVERSATION_PAGE)})
        items = []
        newest = since
        for conversation in self._json(response, list):
            status = conversation.get("last_status") if isinstance(conversation, dict) \
                else None
            if not isinstance(status, dict):
                continue
            status_id = str(status.get("id") or "")
            if not status_id or (since and id_key(status_id) <= id_key(since)):
                continue
            if not newest or id_key(status_id) > id_key(newest):
                newest = status_id
            item = self._item_of(status, me, conversation_id=str(conversation.get("id") or ""))
            if item is not None:
                items.append(item)
        return items, newest

    def _item_of(self, status: dict, me: str, *, quote: bool = False,
                 notification_id: str = "", conversation_id: str = "") -> RemoteItem | None:
        author = status.get("account") if isinstance(status.get("account"), dict) else {}
        status_id = str(status.get("id") or "")
        if not status_id or (me and str(author.get("id") or "") == me):
            return None  # our own status (the last message of a conversation we answered)
        visibility = str(status.get("visibility") or "public")
        if visibility == "direct":
            kind = ItemKind.MESSAGE
        elif quote:
            kind = ItemKind.QUOTE
        elif me and str(status.get("in_reply_to_account_id") or "") == me:
            kind = ItemKind.REPLY
        else:
            kind = ItemKind.MENTION
        acct = str(author.get("acct") or author.get("username") or "")
        reply_ref: dict = {"visibility": visibility, "acct": acct}
        if notification_id:
            reply_ref["notification_id"] = notification_id
        if conversation_id:
            reply_ref["conversation_id"] = conversation_id
        parent = str(status.get("in_reply_to_id") or "")
        return RemoteItem(
            remote_id=status_id, kind=kind,
            author_name=str(author.get("display_name") or author.get("username") or acct),
            author_handle=f"@{acct}" if acct else "",
            text=plain_text(str(status.get("content") or "")).strip(),
            received_at=_parse_time(status.get("created_at")) or self.clock(),
            url=str(status.get("url") or status.get("uri") or ""),
            thread_id=parent or status_id, parent_id=parent, reply_ref=reply_ref)

    def thread_context(self, item: RemoteItem) -> list[RemoteItem]:
        """The statuses before and after ``item`` in its thread, oldest first (up to 4,096
        each way with a login)."""
        response = self._call("GET", f"/api/v1/statuses/{quote(item.remote_id, safe='')}"
                                     "/context", idempotent=True)
        body = self._json(response)
        me = self._me()
        found = []
        for key in ("ancestors", "descendants"):
            for status in body.get(key) or []:
                if isinstance(status, dict):
                    author = status.get("account") if isinstance(status.get("account"),
                                                                  dict) else {}
                    # Our own statuses belong to the thread too, when it is read out.
                    found.append(self._item_of(status, "" if str(author.get("id")) == me
                                               else me))
        return [i for i in found if i is not None]

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """A status with ``in_reply_to_id``, the author's handle at the start when the text
        does not name them, and the original's visibility (a direct message stays direct)."""
        acct = str(item.reply_ref.get("acct") or item.author_handle)
        visibility = str(item.reply_ref.get("visibility") or self.visibility)
        if visibility not in VISIBILITIES:
            visibility = "direct"  # unknown: the narrowest
        text = with_handle(text, acct)
        self._check_parts([ThreadPart(text)])
        body = {"status": text, "visibility": visibility, "in_reply_to_id": item.remote_id}
        try:
            with send_window():
                status = self._post_status(body, idempotency_key)
        except Rejected as exc:
            if exc.platform_message in ("Record not found", "HTTP 404"):
                raise gone("Mastodon") from None
            raise
        return PublishResult(remote_id=str(status.get("id")),
                             url=str(status.get("url") or status.get("uri") or ""))

    def moderate(self, item: RemoteItem, action: str) -> None:
        """``dismiss``: the notification is dismissed (a direct conversation is marked
        read)."""
        if action not in self.moderation_actions:
            raise Rejected(action, translate("Mastodon", "Mastodon can only dismiss a "
                                                         "notification."))
        notification = str(item.reply_ref.get("notification_id") or "")
        conversation = str(item.reply_ref.get("conversation_id") or "")
        if notification:
            path = f"/api/v1/notifications/{quote(notification, safe='')}/dismiss"
        elif conversation:
            path = f"/api/v1/conversations/{quote(conversation, safe='')}/read"
        else:
            raise Rejected(action, translate("Mastodon", "This item has no notification on "
                                                         "the server to dismiss."))
        try:
            self._call("POST", path, idempotent=True)
        except Rejected as exc:
            if exc.platform_message in ("Record not found", "HTTP 404"):
                return  # already dismissed, or the status is gone: nothing left to do
            raise

    def search(self, query: str, cursor: str) -> InboxBatch:
        """``#tag``: the server's hashtag timeline (works everywhere). Other words: the
        server's full-text search (``/api/v2/search?type=statuses``), which needs a search
        engine the server may not run; then the batch's note says so."""
        wanted = query.strip()
        if not wanted or wanted == "#":
            raise Rejected("", translate("Mastodon", "Type a word or a #hashtag to search "
                                                     "for."))
        state = load_cursor(cursor)
        since = str(state.get("min_id") or "")
        params: dict = {"limit": "40"}
        if since:
            params["min_id"] = since
        if wanted.startswith("#"):
            tag = wanted[1:].split()[0]
            response = self._call("GET", f"/api/v1/timelines/tag/{quote(tag, safe='')}",
                                  idempotent=True, params=params)
            statuses = self._json(response, list)
        else:
            response = self._call("GET", "/api/v2/search", idempotent=True, params={
                **params, "q": wanted, "type": "statuses", "resolve": "false"})
            statuses = self._json(response).get("statuses") or []
        me = self._me()
        items = []
        newest = since
        for status in statuses:
            if not isinstance(status, dict):
                continue
            status_id = str(status.get("id") or "")
            if since and status_id and id_key(status_id) <= id_key(since):
                continue
            if status_id and (not newest or id_key(status_id) > id_key(newest)):
                newest = status_id
            item = self._item_of(status, me)
            if item is not None:
                items.append(replace(item, kind=ItemKind.MENTION))
        note = ""
        if not wanted.startswith("#") and not items and not since:
            note = translate(
                "Mastodon", "No posts found for “{query}”. {server} may not offer full-text "
                "search (it needs a search engine that not every server runs), and even where "
                "it does, it finds only posts whose authors allow it. A #hashtag always "
                "works.").format(query=wanted, server=_host(self.server))
        items.sort(key=lambda i: (i.received_at, id_key(i.remote_id)))
        return InboxBatch(items, dump_cursor({"min_id": newest}), note=note)


# -- the adapter ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScheduledOnServer:
    """A status waiting on the server (``/api/v1/scheduled_statuses``)."""

    remote_id: str
    scheduled_at: datetime | None
    text: str


class MastodonAdapter(_MastodonInbox):
    capabilities = CAPABILITIES

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta", *, clock: Callable[[], datetime] = utc_now,
                 media_wait: float = 120.0, media_poll_interval: float = 1.0):
        self.account = account
        self.secrets = secrets
        self.http = http
        self.zone = zone
        self.clock = clock
        self.media_wait = media_wait  # how long a 202 upload may stay in processing
        self.media_poll_interval = media_poll_interval
        self.server = normalise_instance(account.server_url)
        self.limits = account_limits(account)
        self._token: str | None = None

    @property
    def visibility(self) -> str:
        value = self.account.options.get("visibility", "public")
        return value if value in VISIBILITIES else "public"

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        body = self._json(self._call("GET", "/api/v1/accounts/verify_credentials",
                                     idempotent=True))
        return translate("Mastodon", "Signed in to {server} as @{user}.").format(
            server=_host(self.server), user=body.get("acct") or body.get("username") or "?")

    def refresh_limits(self) -> dict:
        """Read the instance's limits again; returns options to save on the account."""
        limits = read_instance_limits(self.http, self.server)
        self.limits = limits
        return {**self.account.options, "limits": limits}

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """The status's own counters (favourites, boosts, replies, and quotes on servers that
        count them); Mastodon has no views. A status that is gone (404, 410) is deleted."""
        token = self._load_token()
        with self.http.client(base_url=self.server,
                              headers={"Authorization": f"Bearer {token}"}) as client:
            response = send(client, "GET", f"/api/v1/statuses/{quote(remote_id, safe='')}",
                            idempotent=True)
        if response.status_code in (404, 410):
            return PostMetrics(deleted=True)
        _check(response, self.server, self.zone)
        body = self._json(response)
        values = {metric: body[name] for name, metric in STATUS_COUNTERS
                  if isinstance(body.get(name), int) and not isinstance(body.get(name), bool)}
        return PostMetrics(values)

    def read_audience(self) -> AudienceSnapshot:
        body = self._json(self._call("GET", "/api/v1/accounts/verify_credentials",
                                     idempotent=True))
        count = body.get("followers_count")
        return AudienceSnapshot(count if isinstance(count, int) else None)

    # -- end of insights ------------------------------------------------------------------------

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        """Post now; threads reply part to part. Everything is checked, and all media uploaded,
        before the first status is sent. (``post.scheduled_at`` is the time it was due, not a
        request to schedule: the engine calls :meth:`schedule` for that.)"""
        parts = post.parts()
        self._check_parts(parts)
        media_ids = [self._upload_all(part.media) for part in parts]
        first: PublishResult | None = None
        parent = ""
        for index, (part, ids) in enumerate(zip(parts, media_ids, strict=True)):
            body = self._status_body(part, ids, post.language, parent)
            status = self._post_status(body, part_key(post.idempotency_key, index))
            parent = str(status.get("id"))
            if first is None:
                first = PublishResult(remote_id=parent,
                                      url=str(status.get("url") or status.get("uri") or ""))
        return first

    def find_published(self, idempotency_key: str, *, text: str | None = None,
                       since: datetime | None = None) -> PublishResult | None:
        """Mastodon does not show the ``Idempotency-Key`` of a status, so the key alone finds
        nothing: within the hour the server remembers it, sending again with the same key is the
        safe way (``capabilities.idempotency``); after that, :meth:`find_by_text`."""
        return self.find_by_text(text, since) if text else None

    def find_by_text(self, text: str, since: datetime | None) -> PublishResult | None:
        """Find a status this account published with ``text`` (after ``since``)."""
        if not text:
            return None
        account_id = self._account_id()
        response = self._call("GET", f"/api/v1/accounts/{quote(account_id)}/statuses",
                              idempotent=True, params={"limit": 40, "exclude_reblogs": "true"})
        wanted = _comparable(text)
        earliest = since - timedelta(minutes=5) if since else None
        for status in self._json(response, list):
            if not isinstance(status, dict):
                continue
            created = _parse_time(status.get("created_at"))
            if earliest and created and created < earliest:
                continue
            if _comparable(plain_text(str(status.get("content") or ""))) == wanted:
                return PublishResult(remote_id=str(status.get("id")),
                                     url=str(status.get("url") or status.get("uri") or ""))
        return None

    # -- native scheduling ----------------------------------------------------------------------

    def can_schedule(self, post: OutgoingPost, at: datetime) -> bool:
        """Whether the server can hold this post until ``at``: a single status (a scheduled
        status cannot be replied to before it exists), at least 5 minutes ahead."""
        return not post.thread and at - self.clock() >= MIN_SCHEDULE_AHEAD + SCHEDULE_MARGIN

    @bounded_send
    def schedule(self, post: OutgoingPost, at: datetime) -> PublishResult:
        """Hand the post to the server to publish at ``at``; ``remote_id`` is the scheduled
        status's id (not yet a status id). The engine records the target as handed off."""
        if at.tzinfo is None:
            raise ValueError("scheduled time must be timezone-aware")
        if post.thread:
            raise Rejected("thread", translate(
                "Mastodon", "Mastodon cannot schedule a thread. HumasDesk will send it itself "
                "at the chosen time."))
        if at - self.clock() < MIN_SCHEDULE_AHEAD + SCHEDULE_MARGIN:
            raise Rejected("scheduled_at", translate(
                "Mastodon", "Mastodon schedules posts only at least 5 minutes ahead; {time} is "
                "too soon.").format(time=format_local(at, self.zone)))
        part = post.parts()[0]
        self._check_parts([part])
        ids = self._upload_all(part.media)
        body = self._status_body(part, ids, post.language, "")
        body["scheduled_at"] = _iso(at)
        answer = self._post_status(body, part_key(post.idempotency_key, 0))
        remote_id = str(answer.get("id") or "")
        if not remote_id:
            raise Transient(translate(
                "Mastodon", "The answer from {server} was not understood (it is not the data "
                "Mastodon sends). HumasDesk will try again.").format(server=_host(self.server)))
        # A ScheduledStatus has "params"; a Status (already public) has a "url".
        return PublishResult(remote_id=remote_id, url="" if "params" in answer
                             else str(answer.get("url") or answer.get("uri") or ""))

    def reschedule(self, remote_id: str, at: datetime) -> datetime:
        """Move a scheduled status to ``at``; returns the time the server now holds."""
        if at - self.clock() < MIN_SCHEDULE_AHEAD + SCHEDULE_MARGIN:
            raise Rejected("scheduled_at", translate(
                "Mastodon", "Mastodon schedules posts only at least 5 minutes ahead; {time} is "
                "too soon.").format(time=format_local(at, self.zone)))
        response = self._scheduled_call("PUT", remote_id, json={"scheduled_at": _iso(at)})
        return _parse_time(self._json(response).get("scheduled_at")) or at

    def cancel_scheduled(self, remote_id: str) -> None:
        """Delete a scheduled status so it is never published."""
        self._scheduled_call("DELETE", remote_id)

    def scheduled(self, remote_id: str) -> ScheduledOnServer | None:
        """The scheduled status, or None when the server no longer holds it (published, or
        cancelled on the server): then ``find_published`` with its text finds the status."""
        try:
            response = self._scheduled_call("GET", remote_id)
        except Rejected as exc:
            if exc.platform_message == "gone":
                return None
            raise
        return self._scheduled_from(self._json(response))

    def find_scheduled(self, text: str) -> ScheduledOnServer | None:
        """A scheduled status with exactly this text (crash recovery of a schedule call)."""
        response = self._call("GET", "/api/v1/scheduled_statuses", idempotent=True,
                              params={"limit": 40})
        for item in self._json(response, list):
            if isinstance(item, dict):
                found = self._scheduled_from(item)
                if _comparable(found.text) == _comparable(text):
                    return found
        return None

    @staticmethod
    def _scheduled_from(body: dict) -> ScheduledOnServer:
        params = body.get("params") if isinstance(body.get("params"), dict) else {}
        return ScheduledOnServer(str(body.get("id") or ""), _parse_time(body.get("scheduled_at")),
                                 str(params.get("text") or ""))

    def _scheduled_call(self, method: str, remote_id: str, **kwargs) -> httpx.Response:
        path = f"/api/v1/scheduled_statuses/{quote(remote_id, safe='')}"
        try:
            return self._call(method, path, idempotent=True, **kwargs)
        except Rejected as exc:
            if exc.platform_message in ("Record not found", "HTTP 404"):
                raise Rejected("gone", translate(
                    "Mastodon", "The post is no longer scheduled on {server}: it was published "
                    "already, or cancelled there.").format(server=_host(self.server))) from None
            raise

    # -- sending --------------------------------------------------------------------------------

    def _status_body(self, part: ThreadPart, media_ids: list[str], language: str,
                     in_reply_to: str) -> dict:
        body: dict = {"status": part.text, "visibility": self.visibility}
        if language:
            body["language"] = language
        if media_ids:
            body["media_ids"] = media_ids
        if in_reply_to:
            body["in_reply_to_id"] = in_reply_to
        return body

    def _post_status(self, body: dict, key: str) -> dict:
        # Not "idempotent" for the transport: an answer lost after sending means the post may
        # exist (OutcomeUnknown). The engine may then send again with the same key, which the
        # server recognises for an hour.
        response = self._call("POST", "/api/v1/statuses", idempotent=False, json=body,
                              headers={"Idempotency-Key": key})
        status = self._json(response)
        if not status.get("id"):  # answered, but not with a status: it may exist all the same
            raise unreadable(response, _host(self.server))
        return status

    def _check_parts(self, parts: list[ThreadPart]) -> None:
        from ..domain.textrules import EMPTY, measure  # loaded when a post is checked

        limits = text_limits(self.account)
        for number, part in enumerate(parts, start=1):
            measured = measure(part.text, PLATFORM, limits)
            problems = [p for p in measured.problems if not (p.code == EMPTY and part.media)]
            if problems:
                reason = problems[0].message
                if len(parts) > 1:
                    reason = translate("Mastodon", "Part {number}: {reason}").format(
                        number=number, reason=reason)
                raise Rejected(reason, reason)
            if len(part.media) > self.limits["max_media_attachments"]:
                reason = translate(
                    "Mastodon", "{server} takes at most {limit} images or videos per post; this "
                    "one has {count}.").format(server=_host(self.server),
                                               limit=self.limits["max_media_attachments"],
                                               count=len(part.media))
                raise Rejected(reason, reason)
            for item in part.media:
                self._check_media(item)

    def _check_media(self, item: Media) -> None:
        name = Path(item.path).name
        description = (item.alt_text or "").strip()
        if not description:
            reason = translate(
                "Mastodon", "{file} has no description (alt text). Add one in the composer so "
                "that blind readers know what it shows.").format(file=name)
            raise Rejected(reason, reason)
        if len(description) > self.limits["description_limit"]:
            reason = translate(
                "Mastodon", "The description of {file} has {count} characters; {server} allows "
                "{limit}.").format(file=name, count=len(description),
                                   server=_host(self.server),
                                   limit=self.limits["description_limit"])
            raise Rejected(reason, reason)
        try:
            size = Path(item.path).stat().st_size
        except OSError:
            reason = translate("Mastodon", "The file {file} cannot be read. Was it moved or "
                                           "deleted?").format(file=item.path)
            raise Rejected(reason, reason) from None
        limit = self.limits["video_size_limit" if _mime(item).startswith("video/")
                            else "image_size_limit"]
        if size > limit:
            reason = translate(
                "Mastodon", "{file} is {size} MB; {server} takes files up to {limit} "
                "MB.").format(file=name, size=f"{size / 1_000_000:.1f}",
                              server=_host(self.server), limit=f"{limit / 1_000_000:.1f}")
            raise Rejected(reason, reason)

    def _upload_all(self, media: list[Media]) -> list[str]:
        return [self._upload(item) for item in media]

    def _upload(self, item: Media) -> str:
        path = Path(item.path)
        try:
            data = path.read_bytes()
        except OSError:
            reason = translate("Mastodon", "The file {file} cannot be read. Was it moved or "
                                           "deleted?").format(file=item.path)
            raise Rejected(reason, reason) from None
        # An upload whose answer is lost leaves at most an unattached file, which the server
        # removes by itself; uploading again is harmless, so it counts as idempotent.
        response = self._call("POST", "/api/v2/media", idempotent=True,
                              files={"file": (path.name, data, _mime(item))},
                              data={"description": item.alt_text.strip()})
        body = self._json(response)
        media_id = str(body.get("id") or "")
        if not media_id:
            raise Transient(translate(
                "Mastodon", "The answer from {server} was not understood (it is not the data "
                "Mastodon sends). HumasDesk will try again.").format(server=_host(self.server)))
        if response.status_code == 202 or not body.get("url"):
            self._wait_for_media(media_id, path.name)
        return media_id

    def _wait_for_media(self, media_id: str, name: str) -> None:
        """Poll until the server has processed the file: 206 (or no URL yet) means still
        working, 200 with a URL means ready. Bounded by ``media_wait``."""
        deadline = time.monotonic() + self.media_wait
        while True:
            time.sleep(self.media_poll_interval)
            response = self._call("GET", f"/api/v1/media/{quote(media_id, safe='')}",
                                  idempotent=True)
            if response.status_code == 200 and self._json(response).get("url"):
                return
            if time.monotonic() >= deadline:
                raise Transient(translate(
                    "Mastodon", "{server} is still processing {file}. HumasDesk will try "
                    "again later.").format(server=_host(self.server), file=name))

    # -- plumbing -------------------------------------------------------------------------------

    def _load_token(self) -> str:
        if self._token is None:
            stored = self.secrets.get(self.account.credential_ref) \
                if self.account.credential_ref else None
            try:
                token = json.loads(stored)["access_token"] if stored else ""
            except (ValueError, KeyError, TypeError):
                token = ""
            if not token:
                raise AuthExpired(translate(
                    "Mastodon", "The login for this Mastodon account is not in the keyring. "
                    "Reconnect the account on the Accounts page."))
            self._token = token
        return self._token

    def _call(self, method: str, path: str, *, idempotent: bool, **kwargs) -> httpx.Response:
        token = self._load_token()
        with self.http.client(base_url=self.server,
                              headers={"Authorization": f"Bearer {token}"}) as client:
            response = send(client, method, path, idempotent=idempotent, **kwargs)
        _check(response, self.server, self.zone)
        return response

    def _json(self, response: httpx.Response, kind=dict):
        return _json(response, self.server, kind)

    def _account_id(self) -> str:
        account_id = str(self.account.options.get("account_id") or "")
        if not account_id:
            body = self._json(self._call("GET", "/api/v1/accounts/verify_credentials",
                                         idempotent=True))
            account_id = str(body.get("id") or "")
        return account_id


def _mime(item: Media) -> str:
    return item.mime_type or mimetypes.guess_type(item.path)[0] or "application/octet-stream"


# -- registry -------------------------------------------------------------------------------------

def _choices(key: str, accounts) -> list[tuple[str, str]]:
    return [(v, visibility_label(v)) for v in VISIBILITIES] if key == "visibility" else []


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the server's address; then you log in and allow access in the "
        "browser."),
    (FormField("instance", QT_TRANSLATE_NOOP("Accounts", "Server address"), required=True,
               flag="--instance", metavar="URL", prefill=server_of,
               help=QT_TRANSLATE_NOOP("Accounts", "For example mastodon.social."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Mastodon: the server, such as "
                                                      "mastodon.social")),
     FormField("visibility", QT_TRANSLATE_NOOP("Accounts", "Who sees the posts"),
               kind="choice", default="public", flag="--visibility",
               prefill=option_of("visibility"), options=VISIBILITIES,
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Mastodon: who sees the posts (default "
                                                      "public)")),
     FormField("use_loopback", QT_TRANSLATE_NOOP("Accounts", "Browser comes back by itself"),
               kind="check", default="1", flag="--loopback",
               help=QT_TRANSLATE_NOOP("Accounts", "After you allow access, the browser "
                                                  "returns to HumasDesk. Turn it off to paste "
                                                  "the code the server shows instead."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Mastodon: let the browser come back to "
                                                      "HumasDesk by itself instead of pasting "
                                                      "the code"))), browser=True)


def _connect(connection: Connection) -> Account:
    return connect(connection.context, instance=connection.value("instance"),
                   use_loopback=connection.value("use_loopback") not in ("", "0"),
                   visibility=connection.value("visibility") or "public",
                   name=connection.name, credential_ref=connection.credential_ref,
                   **connection.browser())


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, MastodonAdapter, FORM, _connect, forget=forget,
    text_limits=text_limits, choices=_choices)

__all__ = ["CAPABILITIES", "IDEMPOTENCY_WINDOW", "MIN_SCHEDULE_AHEAD", "MastodonAdapter",
           "SCOPES", "SPEC", "ScheduledOnServer", "VISIBILITIES", "account_limits", "connect",
           "forget", "limits_from_instance", "normalise_instance", "part_key", "plain_text",
           "read_instance_limits", "text_limits", "visibility_label"]
