"""The one HTTP client factory every adapter uses, and what the answers mean.

- Timeouts on every phase, a ``User-Agent`` naming HumasDesk, redirects off (a redirect must not
  carry an ``Authorization`` header to another host), TLS verification always on.
- Rate-limit headers turned into the instant the platform allows us back (``reset_at``).
- Transport failures turned into the shared error kinds: nothing was sent -> ``Transient``;
  the request went out but no usable answer came back (lost, cut, too slow, too large,
  unreadable) -> ``OutcomeUnknown`` for a request that may create a post, ``Transient``
  otherwise (:func:`send`, :func:`json_body`).
- Bounds on every answer: its size (read while streaming, ``JSON_ANSWER_LIMIT``), its total time
  (``REQUEST_DEADLINE``, enforced by closing the connection), and one publish's total time
  (``SEND_DEADLINE``, :func:`send_window`). Waits a server asks for are clamped to ``MAX_WAIT``.
- Secrets: every ``Authorization`` value is registered with :func:`humasdesk.logs.register_secret`
  before it is sent, log lines carry no headers and no query strings, and no error message here
  contains a URL path or a header.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import functools
import json
import logging
import socket
import ssl
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from .. import __version__
from ..domain.i18n import translate
from ..logs import redact, register_secret
from .base import OutcomeUnknown, PlatformError, RateLimited, Rejected, Transient, logging_in

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


# Each is called with every request, on the thread that sends it: the UI tests use this to
# fail when the window's GUI thread waits on the network.
request_observers: list[Callable[[httpx.Request], None]] = []


def _on_request(request: httpx.Request) -> None:
    for observe in request_observers:
        observe(request)
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


# -- limits: how much and how long one answer, and one whole send, may take ------------------------

# An API answer is JSON: the largest any adapter asks for (40 Mastodon statuses, 100 Bluesky
# records or WordPress terms) is a few hundred kilobytes, so 4 MB leaves room and still stops a
# hostile or broken server from filling memory.
JSON_ANSWER_LIMIT = 4 * 1024 * 1024
# One request, from connecting to the last byte of the answer. The per-read timeout alone does
# not bound it: a server that trickles a byte every few seconds never trips it.
REQUEST_DEADLINE = 120.0
# A request that uploads a file gets one more second per this many bytes (about 0.5 Mbit/s, a
# poor hospital uplink), so a large video is not cut off while it is still being sent.
UPLOAD_BYTES_PER_SECOND = 64 * 1024
# One whole publish (its uploads, its thread parts, its status checks). The engine renews its
# lease while a send runs; this bounds how long that can be. Ten minutes: a ten-part thread with
# four images per part takes well under two minutes on a slow link.
SEND_DEADLINE = 600.0


class _Send:
    """The bound on one publish, shared by its requests (one per thread of execution)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.wrote = False  # a request that may create a post has reached the platform


_current_send: contextvars.ContextVar[_Send | None] = contextvars.ContextVar(
    "humasdesk_send", default=None)


@contextlib.contextmanager
def send_window(seconds: float | None = None):
    """Every request inside shares one deadline (``SEND_DEADLINE`` unless given). Nested
    windows keep the outer one's bound."""
    if _current_send.get() is not None:
        yield
        return
    token = _current_send.set(_Send(SEND_DEADLINE if seconds is None else seconds))
    try:
        yield
    finally:
        _current_send.reset(token)


def bounded_send(method):
    """Decorates an adapter's ``publish`` (and ``schedule``): the whole call is one send."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with send_window():
            return method(*args, **kwargs)
    return wrapper


class _Watchdog:
    """Closes a request's connection when its deadline passes, wherever it is waiting (for
    the connection, the headers, or the next byte of the body).

    httpcore reports each new connection through the request's ``trace`` extension; the
    sockets are kept per client, so a pooled connection that an earlier request opened is
    closed as well.
    """

    def __init__(self, client: httpx.Client, deadline: float):
        self.client = client
        self.deadline = deadline
        self.fired = False
        self.sent = False  # the whole request has gone out
        self._timer = threading.Timer(max(deadline - time.monotonic(), 0.0), self._fire)
        self._timer.daemon = True

    def trace(self, event: str, info: Mapping) -> None:
        # TLS wraps the TCP socket into a new one (the old object is detached): keep both.
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            if stream is not None:
                with _streams_lock:
                    _client_streams.setdefault(self.client, weakref.WeakSet()).add(stream)
                if self.fired:  # connected just as the time ran out
                    _shut(stream)
        elif event == "http11.send_request_body.complete":
            self.sent = True

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()

    def expired(self) -> bool:
        return self.fired or time.monotonic() >= self.deadline

    def _fire(self) -> None:
        self.fired = True
        with _streams_lock:
            streams = list(_client_streams.get(self.client, ()))
        for stream in streams:
            _shut(stream)


_client_streams: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_streams_lock = threading.Lock()


def _shut(stream) -> None:
    try:
        sock = stream.get_extra_info("socket")
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


def send(client: httpx.Client, method: str, url: str, *, idempotent: bool,
         publishes: bool | None = None, limit: int = JSON_ANSWER_LIMIT,
         seconds: float | None = None, redirects: bool = False,
         **kwargs) -> httpx.Response:
    """One request with the shared policy; returns the answer with its body read.

    ``idempotent``: repeating the request cannot do the action twice (a read, or a write the
    platform deduplicates, such as a Bluesky record with a chosen key).

    ``publishes``: the request may create or change a post (default: when not idempotent).
    When its answer is lost, cut, too slow, too large or unreadable, the post may or may not
    exist: ``OutcomeUnknown`` (the engine looks it up before anything is sent again). For every
    other request the same troubles are ``Transient``.

    ``limit``: the most bytes of answer that are read (``JSON_ANSWER_LIMIT``: every answer
    read today is JSON). The request ends by ``REQUEST_DEADLINE`` (more for a large upload)
    and by the end of the enclosing :func:`send_window`.

    ``seconds``: a shorter bound for this request than ``REQUEST_DEADLINE`` (a page read
    for a link card must not hold up the post).

    A redirect is never followed (it could carry the login to another host): it is
    ``Rejected`` with the host it points to, unless ``redirects`` asks for the answer itself
    (the caller then checks where it points before going there).
    """
    publishes = (not idempotent) if publishes is None else publishes
    host = host_of(client.base_url.join(url))
    window = _current_send.get()
    if window is not None and time.monotonic() >= window.deadline:
        raise _send_too_slow(window)
    try:
        request = client.build_request(method, url, **kwargs)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise Transient(translate(
            "PlatformError", "The server address is not valid. Check it on the Accounts page."
        )) from None
    seconds = seconds if seconds is not None else \
        REQUEST_DEADLINE + _body_size(request) / UPLOAD_BYTES_PER_SECOND
    deadline = time.monotonic() + seconds
    if window is not None:
        deadline = min(deadline, window.deadline)
    watchdog = _Watchdog(client, deadline)
    request.extensions = {**request.extensions, "trace": watchdog.trace}
    answered = False
    try:
        watchdog.start()
        response = client.send(request, stream=True)
        answered = True
        try:
            body = _read_capped(response, limit, watchdog)
        finally:
            response.close()
    except _TooLarge:
        log.info("%s %s: answer larger than %s bytes", method, host, limit)
        raise _too_large(host, limit, publishes) from None
    except (_TooSlow, httpx.HTTPError) as exc:
        if watchdog.expired():
            log.info("%s %s: no complete answer by the deadline", method, host)
            if window is not None and time.monotonic() >= window.deadline:
                if publishes and (watchdog.sent or answered):
                    window.wrote = True
                raise _send_too_slow(window) from None
            raise _request_too_slow(host, seconds, publishes and (watchdog.sent or answered)) \
                from None
        raise _transport_error(exc, method, host, publishes, answered) from None
    finally:
        watchdog.cancel()
        if window is not None and publishes and (watchdog.sent or answered):
            window.wrote = True
    final = httpx.Response(
        response.status_code,
        # The body is already decoded: drop what described the encoded form.
        headers=[(name, value) for name, value in response.headers.raw
                 if name.lower() not in (b"content-encoding", b"content-length",
                                         b"transfer-encoding")],
        content=body, request=request,
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1"),
                    "reason_phrase": response.extensions.get("reason_phrase", b""),
                    _PUBLISHES: publishes})
    if 300 <= final.status_code < 400 and final.status_code != 304 and not redirects:
        raise _moved(final, host)
    return final


_PUBLISHES = "humasdesk.publishes"


def _body_size(request: httpx.Request) -> int:
    try:
        return max(int(request.headers.get("content-length", "0")), 0)
    except ValueError:
        return 0


def _read_capped(response: httpx.Response, limit: int, watchdog: _Watchdog) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.strip().isdigit() and int(declared) > limit:
        raise _TooLarge()
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise _TooLarge()
        chunks.append(chunk)
        if watchdog.expired():
            raise _TooSlow()
    return b"".join(chunks)


def _transport_error(exc: Exception, method: str, host: str, publishes: bool,
                     answered: bool) -> PlatformError:
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return Transient(translate(
            "PlatformError", "The server address is not valid. Check it on the Accounts page."))
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        log.info("%s %s: could not connect: %s", method, host, type(exc).__name__)
        if _is_certificate_error(exc):
            return Transient(translate(
                "PlatformError", "The connection to {host} is not secure: its certificate "
                "could not be verified. Nothing was sent.").format(host=host))
        return Transient(translate(
            "PlatformError", "Could not connect to {host}. Check the internet connection and "
            "the server address; {retry}").format(host=host, retry=_retry_note()))
    if isinstance(exc, (httpx.WriteTimeout, httpx.WriteError)):
        # The request body did not get through, so the server cannot have acted on it.
        log.info("%s %s: sending broke: %s", method, host, type(exc).__name__)
        return Transient(translate(
            "PlatformError", "The connection to {host} broke while sending. Nothing was "
            "published; {retry}").format(host=host, retry=_retry_note()))
    if isinstance(exc, (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError,
                        httpx.DecodingError)):
        log.info("%s %s: no complete answer after sending: %s", method, host,
                 type(exc).__name__)
        if not publishes:
            return Transient(translate(
                "PlatformError", "{host} did not answer in time, or its answer was cut off. "
                "{retry}").format(host=host, retry=_retry_note()))
        if answered:
            return OutcomeUnknown(translate(
                "PlatformError", "{host} answered the post, but the answer was cut off, so it "
                "is not known whether the post went out. HumasDesk looks for it before sending "
                "again.").format(host=host))
        return OutcomeUnknown(translate(
            "PlatformError", "{host} did not answer after the post was sent, so it is not known "
            "whether it went out. Check the account before sending it again.").format(
                host=host))
    log.info("%s %s: HTTP error: %s", method, host, type(exc).__name__)
    if publishes and answered:
        return OutcomeUnknown(translate(
            "PlatformError", "{host} answered the post, but the answer was cut off, so it "
            "is not known whether the post went out. HumasDesk looks for it before sending "
            "again.").format(host=host))
    return Transient(translate(
        "PlatformError", "The exchange with {host} failed. {retry}").format(
            host=host, retry=_retry_note()))


def _retry_note() -> str:
    """What happens next: during a login the user tries again; a post is retried by itself."""
    if logging_in():
        return translate("PlatformError", "Try again in a moment.")
    return translate("PlatformError", "HumasDesk will try again.")


def _request_too_slow(host: str, seconds: float, maybe_acted: bool) -> PlatformError:
    if maybe_acted:
        return OutcomeUnknown(translate(
            "PlatformError", "{host} did not finish answering within {seconds} seconds, so "
            "HumasDesk stopped waiting. It is not known whether the post went out; HumasDesk "
            "looks for it before sending again.").format(host=host, seconds=round(seconds)))
    return Transient(translate(
        "PlatformError", "{host} did not finish answering within {seconds} seconds, so "
        "HumasDesk stopped waiting. {retry}").format(host=host, seconds=round(seconds),
                                                     retry=_retry_note()))


def _send_too_slow(window: _Send) -> PlatformError:
    minutes = max(round(window.seconds / 60), 1)
    if window.wrote:
        return OutcomeUnknown(translate(
            "PlatformError", "Sending took longer than {minutes} minutes, so HumasDesk stopped. "
            "Part of the post may have gone out; HumasDesk looks for it before sending "
            "again.").format(minutes=minutes))
    return Transient(translate(
        "PlatformError", "Sending took longer than {minutes} minutes, so HumasDesk stopped. "
        "Nothing was published; {retry}").format(minutes=minutes, retry=_retry_note()))


def _too_large(host: str, limit: int, publishes: bool) -> PlatformError:
    size = f"{limit / (1024 * 1024):.0f}"
    if publishes:
        return OutcomeUnknown(translate(
            "PlatformError", "{host} answered the post with more than {size} MB, so HumasDesk "
            "stopped reading. It is not known whether the post went out; HumasDesk looks for "
            "it before sending again.").format(host=host, size=size))
    return Transient(translate(
        "PlatformError", "{host} answered with more than {size} MB, which is not a normal "
        "answer, so HumasDesk stopped reading. {retry}").format(
            host=host, size=size, retry=_retry_note()))


def _moved(response: httpx.Response, host: str) -> Rejected:
    """A redirect: say where to, but only the host (a path or query could carry a code)."""
    location = response.headers.get("location", "")
    try:
        target = response.request.url.join(location).host if location else ""
    except (httpx.InvalidURL, ValueError):
        target = ""
    status = response.status_code
    if target and target != host:
        message = translate(
            "PlatformError", "{host} answered that this address has moved to {target} "
            "(HTTP {status}). Nothing was sent there. Check the server address on the Accounts "
            "page.").format(host=host, target=target, status=status)
    else:
        message = translate(
            "PlatformError", "{host} answered that this address has moved (HTTP {status}). "
            "Nothing was sent there. Check the server address on the Accounts page.").format(
                host=host, status=status)
    log.info("%s answered HTTP %s to %s", host, status, target or "?")
    return Rejected(f"HTTP {status}", message)


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


# The longest wait a server can impose on one post. No platform documents a longer one (X's
# daily caps reset within 24 h, Telegram's flood waits are seconds to hours); a larger value is
# broken or hostile, and must not park a post for years. After a day HumasDesk asks again, and
# the platform can say "wait" again.
MAX_WAIT = timedelta(hours=24)


def clamp_wait(instant: datetime | None, now: datetime | None = None) -> datetime | None:
    """``instant``, but never later than ``now + MAX_WAIT``; naive instants count as UTC. (An
    instant in the past stays: it means "now", and callers wait ``max(instant, now)``.)"""
    if instant is None:
        return None
    now = now or datetime.now(UTC)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return min(instant, now + MAX_WAIT)


def _after_seconds(seconds: float, now: datetime) -> datetime | None:
    """``now`` plus a number of seconds a server sent: never raises (inf, 1e20, negative)."""
    if seconds != seconds:  # NaN
        return None
    seconds = min(max(seconds, 0.0), MAX_WAIT.total_seconds())
    return now + timedelta(seconds=seconds)


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """``Retry-After``: a number of seconds, or an HTTP date; clamped to ``MAX_WAIT``."""
    if not value:
        return None
    value = value.strip()
    now = now or datetime.now(UTC)
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return _after_seconds(seconds, now)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return clamp_wait(parsed, now)


def parse_epoch(value: str | None, now: datetime | None = None) -> datetime | None:
    """Unix seconds (``ratelimit-reset``); clamped to ``MAX_WAIT`` from now."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if seconds != seconds:
        return None
    if seconds - now.timestamp() > MAX_WAIT.total_seconds():  # inf and 1e20 too
        return now + MAX_WAIT
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):  # far in the past
        return None


def parse_iso(value: str | None, now: datetime | None = None) -> datetime | None:
    """ISO 8601 (Mastodon's ``X-RateLimit-Reset``); clamped to ``MAX_WAIT`` from now."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except (ValueError, OverflowError):
        return None
    return clamp_wait(parsed, now)


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
    try:
        seconds = float(seconds)
    except OverflowError:  # an integer too large for a float
        seconds = float("inf")
    return _after_seconds(seconds, now or datetime.now(UTC))


def rate_limit_reset(response: httpx.Response, platform: str,
                     now: datetime | None = None) -> datetime | None:
    """When the platform allows the next request, from its headers (or Telegram's body).

    When both ``Retry-After`` and the platform's reset header are present the later instant
    wins: waiting a little too long costs less than being refused again. Never later than
    ``MAX_WAIT`` from now, and never raises on what a server sent.
    """
    now = now or datetime.now(UTC)
    candidates = [parse_retry_after(response.headers.get("retry-after"), now)]
    header = _RESET_HEADERS.get(platform)
    if header is not None:
        name, style = header
        value = response.headers.get(name)
        candidates.append(parse_epoch(value, now) if style == "epoch" else parse_iso(value, now))
    if platform == "telegram":
        try:
            candidates.append(telegram_retry_after(response.json(), now))
        except ValueError:
            pass
    found = [c for c in candidates if c is not None]
    return clamp_wait(max(found), now) if found else None


def describe_wait(instant: datetime, zone: str) -> str:
    """``Friday, 27 November 2026, 14:05 WIB``, or only the time when it is today there."""
    from ..domain.timezones import describe_instant, zone_info, zone_label

    here = instant.astimezone(zone_info(zone))
    if here.date() == datetime.now(UTC).astimezone(zone_info(zone)).date():
        return f"{here:%H:%M} {zone_label(zone, instant)}"
    return describe_instant(instant, zone)


def asks_to_wait(site: str, reset_at: datetime | None, zone: str = "Asia/Jakarta") -> RateLimited:
    """The ``RateLimited`` for a 429, its message saying until when in words."""
    if reset_at is None:
        return RateLimited(None)
    when = describe_wait(reset_at, zone)
    if logging_in():
        error = RateLimited(reset_at, translate(
            "PlatformError", "{site} asks us to wait until {time}. Try again then.").format(
                site=site, time=when))
    else:
        error = RateLimited(reset_at, translate(
            "PlatformError", "{site} asks us to wait until {time}; HumasDesk will try again "
            "then.").format(site=site, time=when))
    error.specific = False  # the engine says the same, with the instant it chose
    return error


def json_body(response: httpx.Response, site: str, kind: type = dict):
    """The answer's JSON when it is a ``kind`` (a dict, or a list); otherwise the error kind
    that :func:`unreadable` chooses. Never a traceback for a malformed body (a PHP notice before
    the JSON, an HTML error page from a proxy, a truncated reply)."""
    try:
        body = response.json()
    except ValueError:  # UnicodeDecodeError is one too
        body = None
    if not isinstance(body, kind):
        raise unreadable(response, site)
    return body


def unreadable(response: httpx.Response, site: str) -> PlatformError:
    """The error for an answer whose body cannot be used.

    For a request that may create a post (``send(publishes=...)``), an answer that is not a
    refusal means the platform may have acted: ``OutcomeUnknown``, so the engine looks the post
    up instead of sending it again. For anything else: ``Transient``, try again.
    """
    if response.extensions.get(_PUBLISHES) and response.status_code < 400:
        log.info("%s: unreadable answer (HTTP %s) to a post", site, response.status_code)
        return OutcomeUnknown(translate(
            "PlatformError", "{site} answered the post (HTTP {status}), but the answer could "
            "not be read, so it is not known whether the post went out. HumasDesk looks for it "
            "before sending again.").format(site=site, status=response.status_code))
    return Transient(translate("PlatformError", "The answer from {site} was not understood. "
                                                "{retry}").format(site=site,
                                                                  retry=_retry_note()))
