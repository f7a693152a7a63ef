"""The one HTTP client factory every adapter uses, and what the answers mean.

- Timeouts on every phase, a ``User-Agent`` naming HumasDesk, redirects off (a redirect must not
  carry an ``Authorization`` header to another host), TLS verification always on.
- Rate-limit headers turned into the instant the platform allows us back (``reset_at``).
- Transport failures turned into the shared error kinds: nothing was sent -> ``Transient``;
  the request went out but no answer came back -> ``OutcomeUnknown`` for a write that the
  platform cannot deduplicate, ``Transient`` otherwise.
- Secrets: every ``Authorization`` value is registered with :func:`humasdesk.logs.register_secret`
  before it is sent, log lines carry no headers and no query strings, and no error message here
  contains a URL path or a header.
"""

from __future__ import annotations

import email.utils
import json
import logging
import ssl
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from .. import __version__
from ..domain.i18n import translate
from ..logs import redact, register_secret
from .base import OutcomeUnknown, Transient

log = logging.getLogger(__name__)
# httpx logs every request's full URL at INFO (query string and Telegram's /bot<token>/ path
# included) and httpcore logs response headers at DEBUG (a redirect's Location can carry an
# OAuth code); the hooks below log a redacted form instead.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

USER_AGENT = f"HumasDesk/{__version__}"
# Reading gets longer than connecting: an image upload on a slow hospital uplink takes a while.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=15.0, pool=15.0)


class HttpFactory:
    """Builds configured ``httpx.Client`` objects.

    ``ca_bundle`` replaces the trusted certificates (tests with their own CA); verification itself
    can never be turned off. ``transport`` lets tests swap the network for an ``httpx`` transport.
    """

    def __init__(self, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 ca_bundle: str | Path | None = None,
                 transport: httpx.BaseTransport | None = None):
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.ca_bundle = Path(ca_bundle) if ca_bundle else None
        self.transport = transport
        self._ssl: ssl.SSLContext | None = None
        self._ssl_lock = threading.Lock()

    def ssl_context(self) -> ssl.SSLContext:
        # Loading certificates costs tens of milliseconds, so it happens once, on first use.
        with self._ssl_lock:
            if self._ssl is None:
                if self.ca_bundle is not None:
                    context = ssl.create_default_context(cafile=str(self.ca_bundle))
                else:
                    # certifi's bundle plus the system's store: a hospital network may inspect
                    # TLS with its own CA, which IT installs in the system store.
                    import certifi

                    context = ssl.create_default_context(cafile=certifi.where())
                    context.load_default_certs()
                context.check_hostname = True
                context.verify_mode = ssl.CERT_REQUIRED
                self._ssl = context
            return self._ssl

    def client(self, *, base_url: str = "", headers: Mapping[str, str] | None = None,
               timeout: httpx.Timeout | float | None = None) -> httpx.Client:
        all_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            if name.lower() == "authorization":
                _register_authorization(value)
        return httpx.Client(
            base_url=base_url,
            headers=all_headers,
            timeout=timeout if timeout is not None else self.timeout,
            verify=self.ssl_context(),
            follow_redirects=False,
            transport=self.transport,
            event_hooks={"request": [_on_request], "response": [_on_response]},
        )


def _register_authorization(value: str) -> None:
    register_secret(value)
    _, _, credential = value.partition(" ")
    register_secret(credential.strip())


def describe(request: httpx.Request) -> str:
    """``METHOD scheme://host/path``: no query string (it can hold tokens), redacted."""
    url = request.url
    return redact(f"{request.method} {url.scheme}://{url.netloc.decode('ascii', 'replace')}"
                  f"{url.path}")


def _on_request(request: httpx.Request) -> None:
    authorization = request.headers.get("authorization")
    if authorization:
        _register_authorization(authorization)
    log.debug("%s", describe(request))


def _on_response(response: httpx.Response) -> None:
    level = logging.INFO if response.status_code >= 400 else logging.DEBUG
    log.log(level, "%s -> HTTP %s", describe(response.request), response.status_code)


def host_of(url: str | httpx.URL) -> str:
    try:
        return httpx.URL(str(url)).host or str(url)
    except httpx.InvalidURL:
        return "?"


def send(client: httpx.Client, method: str, url: str, *, idempotent: bool,
         **kwargs) -> httpx.Response:
    """``client.request`` with transport failures turned into the shared error kinds.

    ``idempotent``: repeating the request cannot do the action twice (a read, or a write the
    platform deduplicates, such as a Bluesky record with a chosen key). When such a request
    breaks after it was sent, it is safe to try again (``Transient``); otherwise the post may or
    may not exist (``OutcomeUnknown``), and only the user or a lookup can tell.
    """
    try:
        return client.request(method, url, **kwargs)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise Transient(translate(
            "PlatformError", "The server address is not valid. Check it on the Accounts page."
        )) from None
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        host = host_of(client.base_url.join(url))
        log.info("%s %s: could not connect: %s", method, host, type(exc).__name__)
        if _is_certificate_error(exc):
            raise Transient(translate(
                "PlatformError", "The connection to {host} is not secure: its certificate "
                "could not be verified. Nothing was sent.").format(host=host)) from None
        raise Transient(translate(
            "PlatformError", "Could not connect to {host}. Check the internet connection and "
            "the server address; HumasDesk will try again.").format(host=host)) from None
    except (httpx.WriteTimeout, httpx.WriteError) as exc:
        # The request body did not get through, so the server cannot have acted on it.
        host = host_of(client.base_url.join(url))
        log.info("%s %s: sending broke: %s", method, host, type(exc).__name__)
        raise Transient(translate(
            "PlatformError", "The connection to {host} broke while sending. Nothing was "
            "published; HumasDesk will try again.").format(host=host)) from None
    except (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError) as exc:
        host = host_of(client.base_url.join(url))
        log.info("%s %s: no answer after sending: %s", method, host, type(exc).__name__)
        if idempotent:
            raise Transient(translate(
                "PlatformError", "{host} did not answer in time. HumasDesk will try again."
            ).format(host=host)) from None
        raise OutcomeUnknown(translate(
            "PlatformError", "{host} did not answer after the post was sent, so it is not known "
            "whether it went out. Check the account before sending it again.").format(
                host=host)) from None
    except httpx.HTTPError as exc:
        host = host_of(client.base_url.join(url))
        log.info("%s %s: HTTP error: %s", method, host, type(exc).__name__)
        raise Transient(translate(
            "PlatformError", "The exchange with {host} failed. HumasDesk will try again."
        ).format(host=host)) from None


def _is_certificate_error(exc: BaseException) -> bool:
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


# -- rate limits ------------------------------------------------------------------------------

# The header that carries each platform's reset instant, and how it is written.
_RESET_HEADERS = {
    "bluesky": ("ratelimit-reset", "epoch"),  # unix seconds
    "mastodon": ("x-ratelimit-reset", "iso"),  # ISO 8601
    "x": ("x-rate-limit-reset", "epoch"),  # unix seconds
}


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """``Retry-After``: a number of seconds, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    now = now or datetime.now(UTC)
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return now + timedelta(seconds=max(seconds, 0.0)) if seconds == seconds else None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_epoch(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        seconds = float(value.strip())
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def telegram_retry_after(body: object, now: datetime | None = None) -> datetime | None:
    """Telegram's ``{"parameters": {"retry_after": seconds}}`` in an error body."""
    if isinstance(body, (bytes, str)):
        try:
            body = json.loads(body)
        except ValueError:
            return None
    if not isinstance(body, dict):
        return None
    parameters = body.get("parameters")
    seconds = parameters.get("retry_after") if isinstance(parameters, dict) else None
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return None
    return (now or datetime.now(UTC)) + timedelta(seconds=max(seconds, 0))


def rate_limit_reset(response: httpx.Response, platform: str,
                     now: datetime | None = None) -> datetime | None:
    """When the platform allows the next request, from its headers (or Telegram's body).

    When both ``Retry-After`` and the platform's reset header are present the later instant
    wins: waiting a little too long costs less than being refused again.
    """
    now = now or datetime.now(UTC)
    candidates = [parse_retry_after(response.headers.get("retry-after"), now)]
    header = _RESET_HEADERS.get(platform)
    if header is not None:
        name, style = header
        value = response.headers.get(name)
        candidates.append(parse_epoch(value) if style == "epoch" else parse_iso(value))
    if platform == "telegram":
        try:
            candidates.append(telegram_retry_after(response.json(), now))
        except ValueError:
            pass
    found = [c for c in candidates if c is not None]
    return max(found) if found else None


def json_body(response: httpx.Response, site: str, kind: type = dict):
    """The answer's JSON when it is a ``kind`` (a dict, or a list); otherwise ``Transient``
    saying that ``site``'s answer was not understood — never a traceback for a malformed body
    (an HTML error page from a proxy, a truncated reply)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, kind):
        raise Transient(translate("PlatformError", "The answer from {site} was not understood. "
                                                   "HumasDesk will try again.").format(site=site))
    return body
