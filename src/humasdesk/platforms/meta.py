"""What Facebook, Instagram and Threads share: Meta's Graph API calls and errors, and the
institution's own Meta app.

- Tokens travel in the ``Authorization: Bearer`` header, never in a URL (URLs end up in logs).
  With the app secret at hand every call also carries ``appsecret_proof`` (an HMAC of the
  token), which Meta requires when the app has "Require App Secret" switched on.
- Errors come as ``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``:
  code 190 (and 102) means the token no longer works -> ``AuthExpired``; 10 and 200-299 mean a
  permission is missing -> ``AuthExpired`` too, since reconnecting and granting it is the cure;
  4, 17, 32, 613 and the 800xx Business Use Case codes are throttling -> ``RateLimited``, with
  the reset read from ``X-Business-Use-Case-Usage`` (``estimated_time_to_regain_access``,
  minutes) when Meta sends it; ``is_transient`` and codes 1/2 -> ``Transient``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import HUMAN_AGENT_OPTION, ItemKind, RemoteItem
from ..domain.metrics import PostMetrics
from ..logs import redact, register_secret
from . import http
from .base import (
    AuthExpired,
    OutcomeUnknown,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from .http import MAX_WAIT, HttpFactory, send
from .inboxing import check_window, gone, parse_time
from .spec import Connection, FormField, option_of

log = logging.getLogger(__name__)

GRAPH_VERSION = "v23.0"
FACEBOOK_GRAPH = "https://graph.facebook.com"
FACEBOOK_DIALOG = "https://www.facebook.com"

_TOKEN_CODES = {102, 190}
_PERMISSION_CODES = {10} | set(range(200, 300))
_THROTTLE_CODES = {4, 17, 32, 613} | set(range(80001, 80015))
_TRANSIENT_CODES = {1, 2}


class PermissionMissing(AuthExpired):
    """A permission refusal (codes 10 and 200-299): reconnecting and granting it is the cure,
    as for an expired login, but a reader may go on without the part it concerns (Instagram
    direct messages without ``instagram_manage_messages``)."""


# Code 3, "Application does not have the capability to make this API call": Meta's "capability
# or permissions issue", usually a feature the app has not passed App Review for. Still a plain
# refusal where it comes (reconnecting does not grant it), but a reader may take it as the
# permission it lacks (Instagram direct messages).
CAPABILITY_CODE = 3


class CapabilityMissing(Rejected):
    """Code 3: the Meta app lacks the capability (an App Review feature) for this call."""


def appsecret_proof(token: str, app_secret: str) -> str:
    return hmac.new(app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()


def graph_error(response: httpx.Response) -> dict:
    """The ``error`` object of a Graph answer (empty when there is none)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def usage_reset(response: httpx.Response, now: datetime | None = None) -> datetime | None:
    """When Meta lets us back in, from ``X-Business-Use-Case-Usage`` (or the Instagram/ad
    account variants): the largest ``estimated_time_to_regain_access`` in minutes."""
    now = now or datetime.now(UTC)
    minutes = []
    for name in ("x-business-use-case-usage", "x-ad-account-usage"):
        raw = response.headers.get(name)
        if not raw:
            continue
        try:
            usage = json.loads(raw)
        except ValueError:
            continue
        buckets = usage.values() if isinstance(usage, dict) else []
        for bucket in buckets:
            for entry in bucket if isinstance(bucket, list) else [bucket]:
                value = entry.get("estimated_time_to_regain_access") \
                    if isinstance(entry, dict) else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    minutes.append(value)
    if not minutes:
        return None
    longest = max(minutes)
    if longest != longest:  # NaN
        return None
    # Clamped before the addition: a huge value would overflow the date.
    return now + timedelta(minutes=min(max(longest, 1), MAX_WAIT.total_seconds() / 60))


def check(response: httpx.Response, platform_name: str, zone: str) -> None:
    """Turn a failed Graph answer into the shared error kinds."""
    status = response.status_code
    if 200 <= status < 300:
        return
    error = graph_error(response)
    code = error.get("code") if isinstance(error.get("code"), int) else 0
    subcode = error.get("error_subcode") if isinstance(error.get("error_subcode"), int) else 0
    message = redact(str(error.get("error_user_msg") or error.get("message") or ""))
    log.info("%s answered HTTP %s, error code %s/%s", platform_name, status, code, subcode)
    if code in _TOKEN_CODES or (status == 401 and not code):
        if subcode == 460:
            reason = translate("Meta", "The Facebook password was changed since the account "
                                       "was connected.")
        elif subcode == 458:
            reason = translate("Meta", "The app was removed from the Facebook account's "
                                       "settings.")
        elif subcode == 463:
            reason = translate("Meta", "The login has expired.")
        else:
            reason = translate("Meta", "The login is no longer valid.")
        raise AuthExpired(translate(
            "Meta", "{platform}: {reason} Reconnect the account on the Accounts page; the post "
            "stays in the queue.").format(platform=platform_name, reason=reason))
    if code in _PERMISSION_CODES or (status == 403 and not code):
        raise PermissionMissing(translate(
            "Meta", "{platform} says HumasDesk lacks a permission: {reason} Reconnect the "
            "account and allow every permission HumasDesk asks for.").format(
                platform=platform_name, reason=message or f"HTTP {status}"))
    if code in _THROTTLE_CODES or status == 429 or (code == 9 and subcode == 2207042):
        reset_at = usage_reset(response)
        if reset_at is None:
            raise RateLimited(None, translate(
                "Meta", "{platform} asks HumasDesk to slow down ({reason}). It will try again "
                "later.").format(platform=platform_name, reason=message or f"HTTP {status}"))
        raise http.asks_to_wait(platform_name, reset_at, zone)
    if status >= 500 or code in _TRANSIENT_CODES or error.get("is_transient") is True:
        raise Transient(translate(
            "Meta", "{platform} had a temporary problem (HTTP {status}). HumasDesk will try "
            "again.").format(platform=platform_name, status=status))
    if not error:
        raise Transient(translate(
            "Meta", "{platform}'s answer was not understood (HTTP {status}). HumasDesk will try "
            "again.").format(platform=platform_name, status=status))
    if code == CAPABILITY_CODE:
        raise CapabilityMissing(message or f"code {code}")
    raise Rejected(message or f"code {code}")


def json_body(response: httpx.Response, platform_name: str) -> dict:
    """See :func:`http.json_body`: an unreadable answer to a post is unknown, not a retry."""
    return http.json_body(response, platform_name)


class Graph:
    """Calls to one Graph host with one token."""

    def __init__(self, http: HttpFactory, base: str, token: str, *, platform_name: str,
                 zone: str = "Asia/Jakarta", app_secret: str = "",
                 version: str = GRAPH_VERSION):
        self.http = http
        self.base = base.rstrip("/")
        self.version = version
        self.token = token
        self.platform_name = platform_name
        self.zone = zone
        self.app_secret = app_secret
        register_secret(token)
        if app_secret:
            register_secret(app_secret)

    def url(self, path: str) -> str:
        return f"{self.base}/{self.version}/{path.lstrip('/')}"

    def call(self, method: str, path: str, *, idempotent: bool, params: dict | None = None,
             data: dict | None = None, files: dict | None = None,
             allow_error: bool = False) -> dict:
        query = dict(params or {})
        if self.app_secret:
            query["appsecret_proof"] = appsecret_proof(self.token, self.app_secret)
        with self.http.client(headers={"Authorization": f"Bearer {self.token}"}) as client:
            response = send(client, method, self.url(path), idempotent=idempotent,
                            params=query or None, data=data, files=files)
        if allow_error and response.status_code >= 400:
            # The headers too: a refusal may be throttling, whose reset is in a header.
            return {"error": graph_error(response), "_status": response.status_code,
                    "_headers": dict(response.headers)}
        check(response, self.platform_name, self.zone)
        return json_body(response, self.platform_name)


def exchange_for_long_lived(http: HttpFactory, base: str, *, app_id: str, app_secret: str,
                            token: str, version: str = GRAPH_VERSION) -> dict:
    """``grant_type=fb_exchange_token``: a short-lived user token -> a long-lived one (about
    60 days). Sent as a form body, so neither token nor secret is in a URL."""
    register_secret(token)
    register_secret(app_secret)
    with http.client() as client:
        response = send(client, "POST", f"{base.rstrip('/')}/{version}/oauth/access_token",
                        idempotent=True, data={
                            "grant_type": "fb_exchange_token", "client_id": app_id,
                            "client_secret": app_secret, "fb_exchange_token": token})
    check(response, "Facebook", "Asia/Jakarta")
    body = json_body(response, "Facebook")
    if not isinstance(body.get("access_token"), str):
        raise Transient(translate("Meta", "Facebook answered the token exchange without a "
                                          "token. Try connecting again."))
    register_secret(body["access_token"])
    return body


def code_for_token(http: HttpFactory, base: str, *, app_id: str, app_secret: str, code: str,
                   redirect_uri: str, verifier: str = "", version: str = GRAPH_VERSION,
                   platform_name: str = "Facebook") -> dict:
    """The authorization code from the login page -> a short-lived user token (a form body:
    no secret in a URL). ``version`` "" for hosts without one (Threads)."""
    register_secret(code)
    register_secret(app_secret)
    form = {"client_id": app_id, "client_secret": app_secret, "redirect_uri": redirect_uri,
            "code": code}
    if verifier:
        form["code_verifier"] = verifier
    with http.client() as client:
        path = f"{version}/oauth/access_token" if version else "oauth/access_token"
        response = send(client, "POST", f"{base.rstrip('/')}/{path}", idempotent=True,
                        data=form)
    check(response, platform_name, "Asia/Jakarta")
    body = json_body(response, platform_name)
    if not isinstance(body.get("access_token"), str):
        raise Transient(translate("Meta", "{platform} answered the login without a token. Try "
                                          "connecting again.").format(platform=platform_name))
    register_secret(body["access_token"])
    return body


def require_app(app_id: str, app_secret: str) -> tuple[str, str]:
    app_id, app_secret = (app_id or "").strip(), (app_secret or "").strip()
    if not app_id.isdigit():
        raise Rejected("", translate(
            "Meta", "Type the Meta app's App ID (digits only; Meta for Developers, your app, "
            "App settings, Basic)."))
    if not app_secret:
        raise Rejected("", translate(
            "Meta", "Paste the Meta app's App secret (App settings, Basic). HumasDesk keeps it "
            "in the system keyring only."))
    register_secret(app_secret)
    return app_id, app_secret


# -- logging in with the institution's Meta app ---------------------------------------------------

def login(http: HttpFactory, *, app_id: str, app_secret: str, scopes: list[str],
          open_browser, paste_code=None, use_loopback: bool = True, redirect_uri: str = "",
          graph_base: str = FACEBOOK_GRAPH, dialog_base: str = FACEBOOK_DIALOG,
          timeout: float | None = None, cancel=None) -> dict:
    """Facebook Login in the browser -> a long-lived user token (``access_token``,
    ``expires_in``).

    The login page comes back to HumasDesk through the shared loopback redirect on 127.0.0.1.
    When the Meta app only accepts the exact address registered under "Valid OAuth Redirect
    URIs" (``redirect_uri``, Meta's strict mode), nothing listens there: the user pastes the
    address the browser ended on, and its ``state`` is checked the same way.
    """
    from .oauth import (
        DEFAULT_WAIT_SECONDS,
        LoopbackRedirect,
        authorization_request,
        loopback_for,
        run_authorization,
    )

    loopback = None
    if use_loopback:  # a registered loopback address is listened on exactly; others pasted
        loopback = loopback_for(redirect_uri) if redirect_uri else LoopbackRedirect()
    try:
        target = loopback.redirect_uri if loopback else redirect_uri
        if not target:
            raise Rejected("", translate(
                "Meta", "Give the redirect address registered in the Meta app (Facebook Login, "
                "Settings, Valid OAuth Redirect URIs), or let HumasDesk receive the login "
                "itself."))
        request = authorization_request(
            f"{dialog_base.rstrip('/')}/{GRAPH_VERSION}/dialog/oauth", client_id=app_id,
            redirect_uri=target, scopes=scopes)
        code = run_authorization(request, open_browser, loopback=loopback,
                                 paste_code=paste_code,
                                 timeout=timeout or DEFAULT_WAIT_SECONDS, cancel=cancel)
    finally:
        if loopback is not None:
            loopback.close()
    short = code_for_token(http, graph_base, app_id=app_id, app_secret=app_secret, code=code,
                           redirect_uri=target, verifier=request.pkce.verifier)
    return exchange_for_long_lived(http, graph_base, app_id=app_id, app_secret=app_secret,
                                   token=short["access_token"])


def pages(http: HttpFactory, base: str, user_token: str, app_secret: str,
          fields: str = "id,name,access_token,tasks") -> list[dict] | None:
    """The pages this user manages, each with its page token; ``None`` when ``user_token`` is
    itself a page token (a page has no ``accounts`` edge)."""
    graph = Graph(http, base, user_token, platform_name="Facebook", app_secret=app_secret)
    found: list[dict] = []
    after = ""
    for _ in range(20):  # 20 pages of 100: more than any hospital manages
        params = {"fields": fields, "limit": "100"}
        if after:
            params["after"] = after
        body = graph.call("GET", "me/accounts", idempotent=True, params=params,
                          allow_error=True)
        if "error" in body and body.get("_status"):
            error = body["error"]
            if error.get("code") == 100:
                return None  # "nonexisting field (accounts) on node type (Page)"
            raise _raise_from(error, body["_status"])
        for page in body.get("data") or []:
            if isinstance(page, dict) and isinstance(page.get("access_token"), str):
                register_secret(page["access_token"])
                found.append(page)
        after = ((body.get("paging") or {}).get("cursors") or {}).get("after") or ""
        if not (body.get("paging") or {}).get("next"):
            break
    return found


def _raise_from(error: dict, status: int) -> Exception:
    response = httpx.Response(status, json={"error": error})
    try:
        check(response, "Facebook", "Asia/Jakarta")
    except Exception as exc:  # the mapped error kind
        return exc
    return Transient()


def choose(pages_found: list[dict], page_id: str, choose_page, platform_name: str) -> dict:
    """The page to use: the one with ``page_id``, the only one, or the user's choice."""
    if not pages_found:
        raise Rejected("", translate(
            "Meta", "This Facebook user manages no page that {platform} can use. Log in as a "
            "person with a role on the hospital's page.").format(platform=platform_name))
    if page_id:
        for page in pages_found:
            if str(page.get("id")) == str(page_id):
                return page
        raise Rejected(page_id, translate("Meta", "This Facebook user does not manage the page "
                                                  "{page}.").format(page=page_id))
    if len(pages_found) == 1:
        return pages_found[0]
    if choose_page is not None:
        chosen = choose_page([{k: v for k, v in p.items() if k != "access_token"}
                              for p in pages_found])
        if not chosen:
            raise Rejected("", translate("Meta", "No page was chosen, so nothing was "
                                                 "connected."))
        return choose(pages_found, str(chosen), None, platform_name)
    raise Rejected("", translate(
        "Meta", "This Facebook user manages several pages: {pages}. Choose one.").format(
            pages=", ".join(f"{p.get('name')} ({p.get('id')})" for p in pages_found)))


# -- the connection form fields Facebook and Instagram share ---------------------------------------

APP_ID_FIELD = FormField(
    "app_id", QT_TRANSLATE_NOOP("Accounts", "Meta app ID"), required=True, flag="--app-id",
    metavar="ID", prefill=option_of("app_id"),
    cli_help=QT_TRANSLATE_NOOP("Accounts", "Facebook, Instagram, Threads: the Meta app's ID"),
    help=QT_TRANSLATE_NOOP("Accounts", "Digits only: Meta for Developers, your app, App "
                                       "settings, Basic."))
APP_SECRET_FIELD = FormField(
    "app_secret", QT_TRANSLATE_NOOP("Accounts", "Meta app secret"), kind="secret",
    required=True,
    help=QT_TRANSLATE_NOOP("Accounts", "App settings, Basic. Kept in the system keyring only."))
TOKEN_FIELD = FormField(
    "token", QT_TRANSLATE_NOOP("Accounts", "Token (optional)"), kind="secret", pasted=True,
    help=QT_TRANSLATE_NOOP("Accounts", "A token from Meta's Graph API Explorer, instead of "
                                       "logging in in the browser."))
PAGE_ID_FIELD = FormField(
    "page_id", QT_TRANSLATE_NOOP("Accounts", "Facebook page ID (optional)"), flag="--page-id",
    metavar="ID", prefill=option_of("page_id"),
    cli_help=QT_TRANSLATE_NOOP("Accounts", "Facebook, Instagram: the page, when you manage "
                                           "several"),
    help=QT_TRANSLATE_NOOP("Accounts", "Leave it empty to choose from the pages this login "
                                       "manages."))


def page_login(connection: Connection) -> dict:
    """The keywords of ``facebook.connect`` and ``instagram.connect`` from the form."""
    return dict(app_id=connection.value("app_id"), app_secret=connection.value("app_secret"),
                token=connection.value("token"), page_id=connection.value("page_id"),
                redirect_uri=connection.value("redirect_uri"),
                choose_page=connection.choose_page, name=connection.name,
                credential_ref=connection.credential_ref, **connection.browser())


# -- containers: Instagram's and Threads' two-step publishing --------------------------------------

@dataclass(frozen=True)
class ContainerRules:
    """How one platform's containers are made and read, and what it says when they fail.

    ``path``: the edge a container is created on (``{user}/media``, ``{user}/threads``);
    ``status_field``/``reason_field``: where the container's status and its failure reason are.
    The messages are called when needed, so they are translated in the platform's context.
    """

    path: str
    status_field: str
    reason_field: str
    not_accepted: Callable[[], str]
    failed: Callable[[str], str]
    expired: Callable[[], str]
    still_processing: Callable[[int], str]


@dataclass
class Containers:
    """Create a container, then wait (bounded) until Meta has processed it."""

    rules: ContainerRules
    sleep: Callable[[float], None]
    poll_interval: float
    max_polls: int

    def create(self, graph: Graph, data: dict) -> str:
        # A container is not a post, so making one again is harmless.
        body = graph.call("POST", self.rules.path, idempotent=True, data=data)
        container = str(body.get("id") or "")
        if not container:
            raise Transient(self.rules.not_accepted())
        return container

    def wait_until_ready(self, graph: Graph, container: str) -> None:
        rules = self.rules
        for attempt in range(self.max_polls):
            body = graph.call("GET", container, idempotent=True,
                              params={"fields": f"{rules.status_field},{rules.reason_field}"})
            status = body.get(rules.status_field)
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status == "ERROR":
                reason = str(body.get(rules.reason_field) or "ERROR")
                raise Rejected(reason, rules.failed(reason))
            if status == "EXPIRED":
                raise Transient(rules.expired())
            if attempt + 1 < self.max_polls:
                self.sleep(self.poll_interval)
        raise Transient(rules.still_processing(int(self.poll_interval * (self.max_polls - 1))))


def permalink(graph: Graph, media_id: str) -> str:
    """The public address of a published post, or "" when Meta does not say (it is only shown)."""
    try:
        body = graph.call("GET", media_id, idempotent=True, params={"fields": "permalink"})
    except PlatformError:
        return ""
    return str(body.get("permalink") or "")


def publishing_quota(graph: Graph, path: str) -> tuple[int | None, int | None]:
    """(used, total) of the account's posts in 24 hours through programs."""
    body = graph.call("GET", path, idempotent=True, params={"fields": "quota_usage,config"})
    data = (body.get("data") or [{}])[0] if isinstance(body.get("data"), list) else {}
    used = data.get("quota_usage")
    total = (data.get("config") or {}).get("quota_total")
    return (used if isinstance(used, int) else None, total if isinstance(total, int) else None)


# -- the inbox (issue 15): refusals of a reply or a hide, in words ---------------------------------

# "Object with ID ... does not exist, cannot be loaded due to missing permissions, or does not
# support this operation" (code 100, subcode 33): for a comment we listed, it was deleted.
_GONE_SUBCODES = {33}
# Messenger: "This message is sent outside of allowed window" (code 10, subcode 2018278), and
# code 551, "This person isn't available right now". Instagram Direct answers the same words
# with subcode 2534022 (as developers report it; Meta's error table lists only 2018278).
_WINDOW_SUBCODES = {2018278, 2534022}


def raise_refusal(body: dict, platform_name: str, zone: str, channel: str = "Messenger") -> None:
    """For ``Graph.call(..., allow_error=True)`` on a reply or a hide: a deleted item or a
    closed message window (in ``channel``) is ``Rejected`` in words (not a lost login);
    anything else is mapped as :func:`check` maps it."""
    if "error" not in body or not body.get("_status"):
        return
    error, status = body["error"], int(body["_status"])
    code = error.get("code") if isinstance(error.get("code"), int) else 0
    subcode = error.get("error_subcode") if isinstance(error.get("error_subcode"), int) else 0
    words = f"{error.get('message') or ''} {error.get('error_user_msg') or ''}".lower()
    if code == 100 and (subcode in _GONE_SUBCODES or "does not exist" in words
                        or "deleted" in words):
        raise gone(platform_name)
    if subcode in _WINDOW_SUBCODES or code == 551:
        reason = redact(str(error.get("message") or ""))
        raise Rejected(reason or "window", translate(
            "Meta", "{platform} no longer allows an answer to this person in {channel} (the "
            "time to reply has passed, or they cannot receive messages now). Nothing was "
            "sent.").format(platform=platform_name, channel=channel))
    check(httpx.Response(status, json={"error": error}, headers=body.get("_headers") or {}),
          platform_name, zone)
    raise Transient()  # check() raises for every error status; this is not reached


def answer_id(body: dict, platform_name: str, zone: str, not_said: Callable[[], str],
              field: str = "id") -> str:
    """The id of the comment or message a reply made, from ``Graph.call(..., allow_error=True)``:
    a refusal raised as :func:`raise_refusal` says; no id in a success is OutcomeUnknown (the
    answer may exist), with ``not_said()``'s words."""
    raise_refusal(body, platform_name, zone)
    made = str(body.get(field) or "")
    if not made:
        raise OutcomeUnknown(not_said())
    return made


def missing_permission(body: dict) -> bool:
    """For ``Graph.call(..., allow_error=True)``: the answer refuses for a missing permission
    (codes 10 and 200-299), which some reads (Threads mentions) only say in words."""
    error = body.get("error") if body.get("_status") else None
    code = error.get("code") if isinstance(error, dict) else None
    return isinstance(code, int) and code in _PERMISSION_CODES
# -- direct messages: Messenger and Instagram Direct (issue 15) ----------------------------------
#
# Both are the Messenger Platform's conversations on the page: ``GET /{page-id}/conversations``
# with ``platform=messenger`` or ``platform=instagram`` (no time-based paging: newest first, read
# back to the cursor's time), then ``/{conversation-id}/messages``. An answer is allowed within
# 24 hours of the person's last message (``messaging_type=RESPONSE``); a human agent may answer
# for 7 days with the ``HUMAN_AGENT`` tag, which Meta grants to an app only after review:
# HumasDesk sends that tag (after the first 24 hours) only when the account's option
# ``human_agent`` says the app has it, and ``reply_until`` is 7 days then, 24 hours otherwise.

MESSAGE_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
CONVERSATIONS_PER_PAGE = 25
MAX_CONVERSATION_PAGES = 4  # 100 conversations changed since the last read
MAX_MESSAGE_PAGES = 2  # of 25 messages per conversation and read


def reply_window(options: dict | None) -> timedelta:
    return HUMAN_AGENT_WINDOW if (options or {}).get(HUMAN_AGENT_OPTION) else MESSAGE_WINDOW


@dataclass(frozen=True)
class Conversations:
    """One platform's conversations on the page. ``platform``: Meta's ``platform`` parameter;
    ``own_id``: the sender id of the account's own messages (the page, or the Instagram
    account); ``handle``: how the sender is shown from ``from`` (``name``/``username``, id);
    ``nobody``: the name of a sender Meta does not name."""

    page_id: str
    platform: str
    own_id: str
    window: timedelta
    handle: Callable[[dict], tuple[str, str]]
    nobody: Callable[[], str]

    def read(self, graph: Graph, since: datetime | None) -> list[RemoteItem]:
        items = []
        for conversation_id in self._changed(graph, since):
            theirs = self._messages(graph, conversation_id, since)
            if not theirs:
                continue
            last = max(received for received, _ in theirs)
            for received, message in theirs:
                if since is not None and received < since:
                    continue
                person = message["from"]
                name, handle = self.handle(person)
                items.append(RemoteItem(
                    remote_id=str(message["id"]), kind=ItemKind.MESSAGE,
                    author_name=name or self.nobody(), author_handle=handle,
                    text=str(message.get("message") or ""), received_at=received,
                    thread_id=conversation_id, parent_id="",
                    # The page-scoped (Messenger) or Instagram-scoped id the answer goes to.
                    reply_ref={"psid": str(person.get("id") or ""),
                               "conversation_id": conversation_id,
                               "last_message_at": last.isoformat()},
                    reply_until=last + self.window))
        return items

    def _changed(self, graph: Graph, since: datetime | None) -> list[str]:
        """The conversations updated since ``since``, newest first, page after page."""
        found: list[str] = []
        for page in _pages(graph, f"{self.page_id}/conversations", MAX_CONVERSATION_PAGES, {
                "platform": self.platform, "fields": "id,updated_time",
                "limit": str(CONVERSATIONS_PER_PAGE)}):
            older = False
            for conversation in page:
                if not conversation.get("id"):
                    continue
                updated = parse_time(conversation.get("updated_time"))
                if since is not None and updated is not None and updated < since:
                    older = True  # newest first: the next page is older still
                    continue
                found.append(str(conversation["id"]))
            if older:
                break
        return found

    def _messages(self, graph: Graph, conversation_id: str,
                  since: datetime | None) -> list[tuple[datetime, dict]]:
        """The person's messages in a conversation (not the account's own), with their times."""
        theirs: list[tuple[datetime, dict]] = []
        for page in _pages(graph, f"{conversation_id}/messages", MAX_MESSAGE_PAGES, {
                "fields": "id,created_time,from,to,message", "limit": "25"}):
            older = False
            for message in page:
                received = parse_time(message.get("created_time"))
                sender = message.get("from")
                if received is None or not message.get("id") or not isinstance(sender, dict):
                    continue
                older = older or (since is not None and received < since)
                if str(sender.get("id") or "") != self.own_id:
                    theirs.append((received, message))
            if older:
                break
        return theirs


def _pages(graph: Graph, path: str, most: int, params: dict) -> Iterator[list[dict]]:
    """The entries of a cursor-paged edge, a page at a time, at most ``most`` pages; the
    caller stops earlier by leaving its loop."""
    after = ""
    for _ in range(most):
        body = graph.call("GET", path, idempotent=True,
                          params={**params, "after": after} if after else params)
        yield _entries(body)
        after = _next_cursor(body)
        if not after:
            return


def _entries(body: dict) -> list[dict]:
    data = body.get("data")
    return [entry for entry in data if isinstance(entry, dict)] if isinstance(data, list) else []


def _next_cursor(body: dict) -> str:
    """The ``after`` cursor when Meta says there is a next page; "" otherwise."""
    paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
    cursors = paging.get("cursors") if isinstance(paging.get("cursors"), dict) else {}
    after = cursors.get("after")
    return str(after) if paging.get("next") and isinstance(after, str) else ""


def send_message(graph: Graph, page_id: str, item: RemoteItem, text: str, now: datetime, *,
                 platform_name: str, zone: str, channel: str) -> PublishResult:
    """Answer a message through the Send API (``POST /{page-id}/messages``): the window is
    checked before anything is sent; ``RESPONSE`` within 24 hours of the person's last message,
    the ``HUMAN_AGENT`` tag after that (only reachable when ``reply_until`` allowed 7 days).
    Meta keeps no key of ours, so a lost answer is OutcomeUnknown (never sent twice blindly)."""
    check_window(item, now, platform_name, zone)
    recipient = str(item.reply_ref.get("psid") or "")
    if not recipient:
        raise Rejected("", translate("Meta", "{platform} did not say who sent this message, so "
                                             "it cannot be answered here.").format(
            platform=platform_name))
    last = parse_time(item.reply_ref.get("last_message_at"))
    data = {"recipient": json.dumps({"id": recipient}), "message": json.dumps({"text": text})}
    if last is None or now < last + MESSAGE_WINDOW:
        data["messaging_type"] = "RESPONSE"
    else:
        data.update(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
    body = graph.call("POST", f"{page_id}/messages", idempotent=False, data=data,
                      allow_error=True)
    raise_refusal(body, platform_name, zone, channel)
    message_id = str(body.get("message_id") or "")
    if not message_id:
        raise OutcomeUnknown(translate("Meta", "{platform} did not say whether the message was "
                                               "sent.").format(platform=platform_name))
    return PublishResult(remote_id=message_id, url="")


# -- insights: what Facebook, Instagram and Threads share (issue 16) -------------------------------
#
# One metric Meta no longer serves fails the whole request with code 100 ("(#100) The value must
# be a valid insights metric", "... the impressions metric is no longer supported"), which left
# other tools with no figures at all. So the metrics are asked for in one batch, and when the
# batch fails with code 100 each is asked for alone: the ones that still exist arrive, the
# others are named in ``unavailable``. A metric found retired is remembered for the process, so
# it is not asked for again at every reading.

INVALID_PARAMETER = 100
OBJECT_MISSING_SUBCODE = 33  # "Object with ID ... does not exist" (a deleted post)
_retired: dict[str, set[str]] = {}  # platform name -> metric names Meta refused
# How Meta words a metric that is gone for good ("... is no longer supported", "(#100) The value
# must be a valid insights metric", "... has been deprecated"), as opposed to one not served for
# one kind of post ("does not support the shares metric for this media product type").
_RETIRED_WORDS = re.compile(r"no longer (?:be )?supported|deprecated|valid insights metric|"
                            r"must be one of the following", re.IGNORECASE)


class PostMissing(Exception):
    """The post is gone from the platform (deleted): said as deleted, never counted as zero."""


def missing_or_refused(graph: Graph, owner_id: str) -> PostMissing:
    """After code 100 subcode 33 on a post: Meta says "does not exist, cannot be loaded due to
    missing permissions" both for a deleted post and for a lost permission. The account's own
    object (``owner_id``: the page, or the Instagram account) is read once with the same token:
    when it cannot be read either, a permission (or the page's access) is lost, and that is
    raised in words (nothing is marked deleted); when it can, the post is deleted (returned,
    for the caller to raise). Without an ``owner_id`` the post is taken as deleted."""
    if not owner_id:
        return PostMissing()
    response = _get(graph, owner_id, {"fields": "id"})
    if response.status_code < 300:
        return PostMissing()
    error = graph_error(response)
    code = error.get("code")
    if is_missing(error) or code in _PERMISSION_CODES or \
            (response.status_code == 403 and not code):
        log.info("%s: the post and the account could not be read: a permission is lost",
                 graph.platform_name)
        raise PermissionMissing(translate(
            "Meta", "{platform} cannot load this post, nor the account it belongs to: "
            "HumasDesk has lost a permission (or access to the page). The post is not marked "
            "as deleted. Reconnect the account and allow every permission HumasDesk asks "
            "for.").format(platform=graph.platform_name))
    check(response, graph.platform_name, graph.zone)  # an expired login, throttling
    return PostMissing()


def is_missing(error: dict) -> bool:
    return error.get("code") == INVALID_PARAMETER and \
        error.get("error_subcode") == OBJECT_MISSING_SUBCODE


def retired_reason(platform_name: str, metric: str) -> str:
    return translate("Meta", "{platform} no longer serves the figure “{metric}” (Meta retired "
                             "or refused it); the other figures still arrive.").format(
        platform=platform_name, metric=metric)


def insight_value(item: dict) -> int | None:
    """The number of one ``data`` entry: ``total_value.value`` (the newer shape) or the last
    of ``values[].value``."""
    total = item.get("total_value")
    if isinstance(total, dict) and isinstance(total.get("value"), (int, float)):
        return int(total["value"])
    values = item.get("values")
    if isinstance(values, list) and values:
        last = values[-1]
        value = last.get("value") if isinstance(last, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return int(value)
    return None


def read_insights(graph: Graph, path: str, metrics: dict[str, str],
                  params: dict | None = None, owner_id: str = ""
                  ) -> tuple[dict[str, int], dict[str, str]]:
    """Ask ``GET {path}?metric=a,b,c`` for Meta's ``metrics`` (Meta name -> product name);
    returns (values by product name, unavailable product name -> reason).

    Raises ``PostMissing`` when the object is gone (see :func:`missing_or_refused` for
    ``owner_id``), and the usual error kinds for the rest
    (an expired token, throttling) so the caller waits or asks the user to reconnect."""
    retired = _retired.setdefault(graph.platform_name, set())
    unavailable = {product: retired_reason(graph.platform_name, name)
                   for name, product in metrics.items() if name in retired}
    wanted = [name for name in metrics if name not in retired]
    values: dict[str, int] = {}
    if not wanted:
        return values, unavailable
    body, _refusal = _insights_call(graph, path, wanted, params, owner_id)
    if body is None:  # the batch was refused with code 100: one at a time
        for name in wanted:
            single, refusal = _insights_call(graph, path, [name], params, owner_id)
            if single is not None:
                _collect(single, metrics, values)
                continue
            log.info("%s refused the insights metric %s", graph.platform_name, name)
            if _RETIRED_WORDS.search(refusal):
                retired.add(name)  # gone for every post: not asked for again
                unavailable[metrics[name]] = retired_reason(graph.platform_name, name)
            else:  # not served for this kind of post (a story, a carousel): this post only
                unavailable[metrics[name]] = translate(
                    "Meta", "{platform} gives no figure “{metric}” for this post: "
                    "{reason}").format(platform=graph.platform_name, metric=name,
                                       reason=refusal or "code 100")
    else:
        _collect(body, metrics, values)
    for name in wanted:
        if metrics[name] not in values and metrics[name] not in unavailable:
            unavailable[metrics[name]] = translate(
                "Meta", "{platform} sent no figure “{metric}” for this post.").format(
                    platform=graph.platform_name, metric=name)
    return values, unavailable


def media_metrics(graph: Graph, media_id: str, metrics: dict[str, str],
                  owner_id: str = "") -> PostMetrics:
    """A post's figures from ``GET /{media-id}/insights`` (Instagram, Threads); a post that is
    gone is deleted, never zeros."""
    try:
        values, unavailable = read_insights(graph, f"{media_id}/insights", metrics,
                                            owner_id=owner_id)
    except PostMissing:
        return PostMetrics(deleted=True)
    return PostMetrics(values, unavailable)


def _get(graph: Graph, path: str, params: dict) -> httpx.Response:
    """One GET with the graph's token, answered as it came (headers kept for throttling)."""
    query = dict(params)
    if graph.app_secret:
        query["appsecret_proof"] = appsecret_proof(graph.token, graph.app_secret)
    with graph.http.client(headers={"Authorization": f"Bearer {graph.token}"}) as client:
        return send(client, "GET", graph.url(path), idempotent=True, params=query)


def _insights_call(graph: Graph, path: str, names: list[str], params: dict | None,
                   owner_id: str = "") -> tuple[dict | None, str]:
    """(the answer, "") or, when Meta refuses a metric (code 100), (None, its message)."""
    response = _get(graph, path, {"metric": ",".join(names), **(params or {})})
    if response.status_code < 300:
        return json_body(response, graph.platform_name), ""
    error = graph_error(response)
    if is_missing(error):
        raise missing_or_refused(graph, owner_id)
    if error.get("code") == INVALID_PARAMETER:
        return None, redact(str(error.get("error_user_msg") or error.get("message") or ""))
    check(response, graph.platform_name, graph.zone)
    return None, ""


def _collect(body: dict, metrics: dict[str, str], values: dict[str, int]) -> None:
    for item in body.get("data") or []:
        if not isinstance(item, dict) or item.get("name") not in metrics:
            continue
        value = insight_value(item)
        if value is not None:
            values[metrics[item["name"]]] = value


def read_fields(graph: Graph, object_id: str, fields: str, owner_id: str = "") -> dict:
    """``GET /{id}?fields=...``; ``PostMissing`` when the object is gone (see
    :func:`missing_or_refused` for ``owner_id``)."""
    response = _get(graph, object_id, {"fields": fields})
    if response.status_code < 300:
        return json_body(response, graph.platform_name)
    if is_missing(graph_error(response)):
        raise missing_or_refused(graph, owner_id)
    if response.status_code == 404:
        raise PostMissing()
    check(response, graph.platform_name, graph.zone)
    return {}
