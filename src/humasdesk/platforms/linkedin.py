"""LinkedIn: posts on an organization page or on the member's own profile, images with alt text.

Connecting: the user creates an app in the LinkedIn developer portal (products "Sign In with
LinkedIn using OpenID Connect" and "Share on LinkedIn"; for a page also "Community Management
API"), registers a redirect address and gives HumasDesk the app's Client ID and Client secret
(LinkedIn's 3-legged flow needs the secret; it is kept in the keyring only). Login is the
authorization code flow through the shared OAuth helper and its loopback listener, with the
scopes ``openid profile w_member_social`` and, for a page, ``w_organization_social
r_organization_social``. The member's id comes from ``/v2/userinfo`` (``sub``); a page must be
one the member administers (``/rest/organizationAcls``), chosen like Facebook's page.

Access tokens live 60 days. Apps that LinkedIn gave refresh tokens get one (a year); then the
login is renewed shortly before it expires, otherwise the user reconnects, and the Accounts page
says until when the login holds.

Posting: ``POST /rest/posts`` with ``LinkedIn-Version`` and ``X-Restli-Protocol-Version:
2.0.0``; the commentary is escaped for LinkedIn's "little" text format (``linkedin_escape``:
unescaped reserved characters make LinkedIn cut the text); the new post's URN comes back in the
``x-restli-id`` header. Images: ``POST /rest/images?action=initializeUpload``, then the bytes
are PUT to the ``uploadUrl``, and the post carries the image URN with its ``altText``.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.model import Account, Media
from ..logs import redact, register_secret
from . import tokens
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
    unreadable,
)
from .secrets import SecretStore
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    forget_credential,
    option_of,
    platform_spec,
)

log = logging.getLogger(__name__)

PLATFORM = "linkedin"
PLATFORM_NAME = "LinkedIn"
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "LinkedIn")
API_BASE = "https://api.linkedin.com"
OAUTH_BASE = "https://www.linkedin.com"
VERSION = "202511"  # LinkedIn-Version: the monthly API version these requests follow
DEFAULT_REDIRECT = "http://127.0.0.1:53682/callback"
MEMBER_SCOPES = ["openid", "profile", "w_member_social"]
ORGANIZATION_SCOPES = [*MEMBER_SCOPES, "w_organization_social", "r_organization_social"]
MAX_IMAGES = 20  # a multi-image post takes 2 to 20
MAX_ALT_TEXT = 4086
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif")
REFRESH_MARGIN = 24 * 3600  # renew a day before the 60 days end, where a refresh token exists
MAX_PAGES = 20  # pages asked about by name when the member administers several
CAPABILITIES = Capabilities(text_rules="linkedin", max_media=MAX_IMAGES, alt_text=True)
POST_AS = ("profile", "organization")

_refresh_locks: dict[str, threading.Lock] = {}
_refresh_locks_guard = threading.Lock()


def post_url(urn: str) -> str:
    return f"https://www.linkedin.com/feed/update/{urn}/"


class LinkedInAdapter(tokens.KeyringAdapter):
    capabilities = CAPABILITIES
    platform_name = PLATFORM_NAME
    default_base = API_BASE

    @property
    def author(self) -> str:
        return str(self.account.options.get("author") or "")

    @property
    def on_page(self) -> bool:
        return self.author.startswith("urn:li:organization:")

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        me = _json(self._call("GET", "/v2/userinfo", idempotent=True))
        stored = self._tokens()
        if stored.get("refresh_token"):
            expiry = translate("LinkedIn", "The login renews itself until {time}.").format(
                time=_when(stored.get("refresh_expires_at"), self.zone)) \
                if stored.get("refresh_expires_at") else \
                translate("LinkedIn", "The login renews itself.")
        else:
            expiry = tokens.expiry_words(stored, self.zone) + " " + translate(
                "LinkedIn", "LinkedIn logins last 60 days; then reconnect the account.")
        where = translate("LinkedIn", "the page “{page}”").format(page=self.account.handle) \
            if self.on_page else translate("LinkedIn", "your own profile")
        return translate("LinkedIn", "Signed in to LinkedIn as {name}, posting to {where}. "
                                     "{expiry}").format(
            name=me.get("name") or self.account.name, where=where, expiry=expiry)

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        if post.thread:
            raise Rejected("thread", translate("LinkedIn", "LinkedIn has no threads; send one "
                                                           "post."))
        self._check(post)
        images = [{"id": self._upload(item), **({"altText": item.alt_text[:MAX_ALT_TEXT]}
                                                if item.alt_text else {})}
                  for item in post.media]
        from ..domain.textrules import linkedin_escape

        body: dict = {
            "author": self.author,
            "commentary": linkedin_escape(post.text),
            "visibility": "PUBLIC",
            "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                             "thirdPartyDistributionChannels": []},
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if len(images) == 1:
            body["content"] = {"media": images[0]}
        elif images:
            body["content"] = {"multiImage": {"images": images}}
        response = self._call("POST", "/rest/posts", idempotent=False, json=body)
        urn = response.headers.get("x-restli-id") or response.headers.get("x-linkedin-id")
        if not urn:
            raise unreadable(response, PLATFORM_NAME)  # it may have gone out
        return PublishResult(remote_id=urn, url=post_url(urn))

    # -- checks and images ----------------------------------------------------------------------

    def _check(self, post: OutgoingPost) -> None:
        if not self.author:
            raise AuthExpired(translate("LinkedIn", "This LinkedIn account does not say where "
                                                    "to post. Reconnect it on the Accounts "
                                                    "page."))
        from ..domain.textrules import measure  # loaded when a post is checked

        found = measure(post.text, PLATFORM)
        if not found.valid:
            raise Rejected(found.problems[0].code, " ".join(p.message for p in found.problems))
        if len(post.media) > MAX_IMAGES:
            raise Rejected("", translate("LinkedIn", "LinkedIn takes at most {count} images "
                                                     "in a post.").format(count=MAX_IMAGES))
        for item in post.media:
            if item.mime_type not in IMAGE_TYPES:
                raise Rejected("", translate("LinkedIn", "LinkedIn takes JPEG, PNG or GIF "
                                                         "images; “{name}” is not one.").format(
                    name=Path(item.path).name))

    def _upload(self, item: Media) -> str:
        try:
            data = Path(item.path).read_bytes()
        except OSError as exc:
            raise Rejected("", translate("LinkedIn", "The image “{name}” cannot be read: "
                                                     "{reason}").format(
                name=Path(item.path).name, reason=exc.strerror or exc)) from None
        # An image that is uploaded but never used in a post is not a post: repeating is safe.
        response = self._call("POST", "/rest/images", idempotent=True,
                              params={"action": "initializeUpload"},
                              json={"initializeUploadRequest": {"owner": self.author}})
        value = _json(response).get("value") or {}
        upload_url, image = value.get("uploadUrl"), value.get("image")
        if not isinstance(upload_url, str) or not isinstance(image, str) or not image:
            raise Transient(translate("LinkedIn", "LinkedIn did not accept the image. "
                                                  "HumasDesk will try again."))
        self._call("PUT", upload_url, idempotent=True, content=data,
                   headers={"Content-Type": "application/octet-stream"})
        return image

    # -- tokens ---------------------------------------------------------------------------------

    def _access_token(self) -> str:
        stored = self._tokens()
        if tokens.expires_within(stored, REFRESH_MARGIN, now=self.clock()) and \
                stored.get("refresh_token"):
            stored = self._refresh(stored["access_token"])
        if tokens.expired(stored, now=self.clock()):
            raise tokens.expired_error(PLATFORM_NAME)
        return stored["access_token"]

    def _refresh(self, used_access: str) -> dict:
        ref = self.account.credential_ref
        with _refresh_locks_guard:
            lock = _refresh_locks.setdefault(ref, threading.Lock())
        with lock:
            self._stored = None  # another thread may have renewed it meanwhile
            stored = self._tokens()
            if stored.get("access_token") != used_access:
                return stored
            oauth_base = str(stored.get("oauth_base") or OAUTH_BASE)
            with self.http.client() as client:
                response = send(client, "POST", f"{oauth_base}/oauth/v2/accessToken",
                                idempotent=True, data={
                                    "grant_type": "refresh_token",
                                    "refresh_token": stored.get("refresh_token", ""),
                                    "client_id": stored.get("client_id", ""),
                                    "client_secret": stored.get("client_secret", "")})
            if response.status_code in (400, 401):
                raise AuthExpired(translate(
                    "LinkedIn", "LinkedIn no longer renews HumasDesk's login for this account. "
                    "Reconnect the account on the Accounts page; the post stays in the queue."))
            self._raise_for(response)
            fresh = token_record(_json(response), stored, self.clock())
            tokens.save(self.secrets, ref, fresh)
            self._stored = fresh
            return fresh

    # -- requests -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, *, idempotent: bool, headers: dict | None = None,
              **kwargs) -> httpx.Response:
        response = request(self.http, method, path if "://" in path else f"{self.base}{path}",
                           self._access_token(), idempotent=idempotent, headers=headers,
                           **kwargs)
        self._raise_for(response)
        return response

    def _raise_for(self, response: httpx.Response) -> None:
        raise_for(response, self.zone,
                  "w_organization_social" if self.on_page else "w_member_social")


def request(http: HttpFactory, method: str, url: str, access: str, *, idempotent: bool,
            headers: dict | None = None, **kwargs) -> httpx.Response:
    """One request to LinkedIn's API with the versioned Rest.li headers."""
    with http.client(headers={"Authorization": f"Bearer {access}",
                              "LinkedIn-Version": VERSION,
                              "X-Restli-Protocol-Version": "2.0.0", **(headers or {})}) as client:
        return send(client, method, url, idempotent=idempotent, **kwargs)


def raise_for(response: httpx.Response, zone: str, permission: str) -> None:
    """LinkedIn's answer as the shared error kinds; ``permission`` is the scope the request
    needed, named when LinkedIn says it is missing."""
    status = response.status_code
    if 200 <= status < 300:
        return
    try:
        body = response.json()
    except ValueError:
        body = None
    found = body if isinstance(body, dict) else {}
    message = redact(str(found.get("message") or found.get("error_description") or ""))
    log.info("LinkedIn answered HTTP %s %s", status, found.get("code") or "")
    if status == 401:
        raise AuthExpired(translate(
            "LinkedIn", "LinkedIn does not accept HumasDesk's login for this account (it "
            "expired or was revoked). Reconnect the account on the Accounts page; the post "
            "stays in the queue."))
    if status == 403:
        raise Rejected(message or "403", translate(
            "LinkedIn", "LinkedIn refused: the login lacks the permission {permission}. Add the "
            "LinkedIn product that grants it to your app in the LinkedIn developer portal (and "
            "for a page, be its administrator), then reconnect the account (LinkedIn says: "
            "{reason}).").format(permission=permission, reason=message or "ACCESS_DENIED"))
    if status == 429:
        raise asks_to_wait(PLATFORM_NAME, rate_limit_reset(response, PLATFORM), zone)
    if status >= 500:
        raise Transient(translate("LinkedIn", "LinkedIn had a problem (HTTP {status}). "
                                              "HumasDesk will try again.").format(status=status))
    raise Rejected(message or f"HTTP {status}")


def _json(response: httpx.Response) -> dict:
    return json_body(response, PLATFORM_NAME)


def _when(moment, zone: str) -> str:
    from datetime import UTC, datetime

    from ..domain.timezones import format_local

    return format_local(datetime.fromtimestamp(float(moment), UTC), zone)


def token_record(body: dict, previous: dict, now: float) -> dict:
    """What is kept in the keyring from a token answer (the app's secret with it, for renewing)."""
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise Transient(translate("LinkedIn", "LinkedIn answered without a token. Try again."))
    register_secret(access)
    refresh = body.get("refresh_token")
    record = {**previous, "access_token": access, "issued_at": now,
              "expires_at": tokens.expires_at(body.get("expires_in"), now)}
    if isinstance(refresh, str) and refresh:
        record["refresh_token"] = refresh
        record["refresh_expires_at"] = tokens.expires_at(
            body.get("refresh_token_expires_in"), now)
    if body.get("scope"):
        record["scope"] = str(body["scope"])
    return record


# -- connecting -----------------------------------------------------------------------------------

def connect(context: PlatformContext, *, client_id: str, client_secret: str,
            post_as: str = "profile", organization: str = "", open_browser=None,
            paste_code=None, redirect_uri: str = DEFAULT_REDIRECT, choose_page=None,
            name: str = "", credential_ref: str = "", api_base: str = API_BASE,
            oauth_base: str = OAUTH_BASE, timeout: float | None = None,
            cancel=None) -> Account:
    """Connect LinkedIn; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for the Client ID and Client secret of their own LinkedIn app, whether to post
    on their own profile or on an organization page (``post_as``; ``organization``: the page's
    number, or empty to choose among the pages they administer with ``choose_page``), then to
    log in and allow access in the page ``open_browser(url)`` shows. The browser comes back to
    the registered loopback ``redirect_uri``; another address is pasted (``paste_code``).
    Returns a new, unsaved ``Account``.
    """
    from .oauth import (
        DEFAULT_WAIT_SECONDS,
        authorization_request,
        exchange_code,
        loopback_for,
        run_authorization,
    )

    client_id, client_secret = (client_id or "").strip(), (client_secret or "").strip()
    if not client_id or not client_secret:
        raise Rejected("", translate(
            "LinkedIn", "Type the Client ID and the Client secret of your LinkedIn app "
            "(LinkedIn developer portal, your app, Auth)."))
    if post_as not in POST_AS:
        post_as = "profile"
    organization = organization.strip().removeprefix("urn:li:organization:")
    if organization and not organization.isdigit():
        raise Rejected(organization, translate(
            "LinkedIn", "The organization page ID is the number in the page's admin address "
            "(linkedin.com/company/NUMBER/admin/)."))
    register_secret(client_secret)
    context.secrets.check()
    api_base, oauth_base = api_base.rstrip("/"), oauth_base.rstrip("/")
    redirect_uri = (redirect_uri or DEFAULT_REDIRECT).strip()
    # LinkedIn accepts only a registered redirect, port included: listen on exactly that one
    # when it is a loopback address; another address the user pastes back.
    loopback = loopback_for(redirect_uri)
    try:
        target = loopback.redirect_uri if loopback else redirect_uri
        scopes = ORGANIZATION_SCOPES if post_as == "organization" else MEMBER_SCOPES
        auth = authorization_request(f"{oauth_base}/oauth/v2/authorization",
                                     client_id=client_id, redirect_uri=target, scopes=scopes)
        code = run_authorization(auth, open_browser, loopback=loopback, paste_code=paste_code,
                                 timeout=timeout or DEFAULT_WAIT_SECONDS, cancel=cancel)
    finally:
        if loopback is not None:
            loopback.close()
    token = exchange_code(context.http, f"{oauth_base}/oauth/v2/accessToken", code=code,
                          request=auth, client_id=client_id, client_secret=client_secret)
    now = time.time()
    record = token_record({"access_token": token.access_token,
                           "refresh_token": token.refresh_token,
                           "expires_in": token.expires_in, "scope": token.scope},
                          {"client_id": client_id, "client_secret": client_secret,
                           "oauth_base": oauth_base}, now)
    access = record["access_token"]

    def get(path: str, permission: str, **params) -> dict:
        response = request(context.http, "GET", f"{api_base}{path}", access, idempotent=True,
                           params=params or None)
        raise_for(response, context.zone, permission)
        return _json(response)

    me = get("/v2/userinfo", "profile")
    member = str(me.get("sub") or "")
    if not member:
        raise Transient(translate("LinkedIn", "LinkedIn did not say who logged in. Try again."))
    author, handle = f"urn:li:person:{member}", str(me.get("name") or "")
    if post_as == "organization":
        page = _choose_organization(get, organization, choose_page)
        author, handle = f"urn:li:organization:{page['id']}", page["name"]
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    tokens.save(context.secrets, ref, record)
    return Account(platform=PLATFORM, name=name.strip() or handle, handle=handle,
                   server_url="" if api_base == API_BASE else api_base, credential_ref=ref,
                   options={"author": author, "member": member, "post_as": post_as,
                            "client_id": client_id})


def _choose_organization(get, organization: str, choose_page) -> dict:
    """The page to post on: one the member administers, given or chosen."""
    acls = get("/rest/organizationAcls", "r_organization_social", q="roleAssignee",
               role="ADMINISTRATOR", state="APPROVED")
    ids = [str(e.get("organization") or "").removeprefix("urn:li:organization:")
           for e in acls.get("elements") or [] if isinstance(e, dict)]
    ids = [i for i in ids if i.isdigit()]
    if organization:
        if organization not in ids:
            raise Rejected(organization, translate(
                "LinkedIn", "This LinkedIn login is not an administrator of the page "
                "{page}. Ask a page administrator to give you the administrator role, or log in "
                "as one.").format(page=organization))
        ids = [organization]
    if not ids:
        raise Rejected("", translate(
            "LinkedIn", "This LinkedIn login administers no organization page. Post on your "
            "own profile, or log in as a page administrator."))
    pages = [{"id": i, "name": str(get(f"/rest/organizations/{quote(i)}",
                                       "r_organization_social").get("localizedName") or i)}
             for i in ids[:MAX_PAGES]]
    if len(pages) == 1 or choose_page is None:
        return pages[0]
    chosen = str(choose_page(pages) or "").strip()
    page = next((p for p in pages if p["id"] == chosen), None)
    if page is None:
        raise Rejected(chosen, translate("LinkedIn", "Choose one of the pages this login "
                                                     "administers."))
    return page


def _choices(key: str, accounts) -> list[tuple[str, str]]:
    if key != "post_as":
        return []
    return [("profile", translate("Accounts", "Your own LinkedIn profile")),
            ("organization", translate("Accounts", "An organization page you administer"))]


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the Client ID and Client secret of your own LinkedIn app; then you "
        "log in and allow access in the browser."),
    (FormField("client_id", QT_TRANSLATE_NOOP("Accounts", "LinkedIn app Client ID"),
               required=True, flag="--client-id", metavar="ID", prefill=option_of("client_id"),
               help=QT_TRANSLATE_NOOP("Accounts", "LinkedIn developer portal, your app, Auth."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "LinkedIn: the Client ID of your "
                                                      "LinkedIn app")),
     FormField("client_secret", QT_TRANSLATE_NOOP("Accounts", "LinkedIn app Client secret"),
               kind="secret", required=True,
               help=QT_TRANSLATE_NOOP("Accounts", "Auth, Primary Client Secret. Kept in the "
                                                  "system keyring only.")),
     FormField("post_as", QT_TRANSLATE_NOOP("Accounts", "Post on"), kind="choice",
               default="profile", flag="--post-as", options=POST_AS,
               prefill=option_of("post_as"),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "LinkedIn: post on your own profile or "
                                                      "on an organization page")),
     FormField("organization", QT_TRANSLATE_NOOP("Accounts", "Organization page ID (optional)"),
               flag="--organization", metavar="ID",
               prefill=lambda a: str(a.options.get("author") or "").removeprefix(
                   "urn:li:organization:") if a.options.get("post_as") == "organization"
               else "",
               help=QT_TRANSLATE_NOOP("Accounts", "The number in the page's admin address. "
                                                  "Leave it empty to choose from the pages you "
                                                  "administer."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "LinkedIn: the organization page, when "
                                                      "you administer several")),
     FormField("redirect_uri", QT_TRANSLATE_NOOP("Accounts", "Redirect address"),
               flag="--redirect-uri", metavar="URL", default=DEFAULT_REDIRECT,
               help=QT_TRANSLATE_NOOP("Accounts", "Register this address in your LinkedIn app "
                                                  "(Auth, Authorized redirect URLs); the "
                                                  "browser then comes back to HumasDesk by "
                                                  "itself."))),
    browser=True)


def _connect(connection: Connection) -> Account:
    previous = connection.previous
    server = connection.value("server") or (previous.server_url if previous else "")
    return connect(connection.context, client_id=connection.value("client_id"),
                   client_secret=connection.value("client_secret"),
                   post_as=connection.value("post_as") or "profile",
                   organization=connection.value("organization"),
                   redirect_uri=connection.value("redirect_uri") or DEFAULT_REDIRECT,
                   choose_page=connection.choose_page, name=connection.name,
                   credential_ref=connection.credential_ref,
                   api_base=server or API_BASE, oauth_base=server or OAUTH_BASE,
                   **connection.browser())


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, LinkedInAdapter, FORM, _connect,
    forget=forget_credential, choices=_choices)

__all__ = ["CAPABILITIES", "LinkedInAdapter", "SPEC", "connect", "post_url", "raise_for",
           "token_record"]
