"""Mastodon's streaming API as a wake-up: ``GET /api/v1/streaming/user/notification``.

The server keeps the answer open and writes Server-Sent Events (mastodon/documentation
methods/streaming.md): ``event: notification`` then ``data: {Notification}`` and a blank line
for each notification, and a ``:thump`` comment line as a heartbeat (about every 30 seconds).
The streaming server can live on another host than the instance: ``/api/v2/instance`` says
where (``configuration.urls.streaming``; ``urls.streaming_api`` in ``/api/v1/instance``).

Nothing here reads the notification's content into the inbox: a mention only tells the caller
to read the account now through the adapter's ``read_inbox``, so what is stored and announced
is the same as when polling found it. Every way the stream can fail ends ``listen`` with a
``PlatformError`` (the caller falls back to polling and tries again later); a line or an event
larger than ``MAX_LINE_BYTES`` and silence longer than ``idle_seconds`` end it too, so a hostile
server can neither fill the memory nor hold a thread for ever.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from ..domain.i18n import translate
from .base import PlatformError, Rejected, Transient

log = logging.getLogger(__name__)

STREAM_PATH = "/api/v1/streaming/user/notification"
# The server sends a heartbeat about every 30 seconds: two missed ones mean the connection is
# gone even when no error says so (a NAT that forgot it, a proxy that holds it).
IDLE_SECONDS = 60.0
MAX_LINE_BYTES = 1024 * 1024  # a line (or one event's data) longer than this is not Mastodon's
CONNECT_SECONDS = 15.0
# The notifications that bring something to the inbox (a reply to our status is a mention).
WAKING_TYPES = frozenset({"mention", "quote"})
_FIELDS = frozenset({"event", "data", "id", "retry"})


class StreamUnavailable(Rejected):
    """The server offers no streaming for this account (404, 501, streaming turned off, not an
    event stream): polling is all there is; trying again every few seconds would not help."""


def streaming_base(instance: dict, server: str) -> str:
    """The streaming server's ``https://host`` from an instance answer (v2 or v1); ``server``
    itself when the answer names none or names one that is not safe to send the login to."""
    configuration = instance.get("configuration") if isinstance(instance, dict) else None
    urls = configuration.get("urls") if isinstance(configuration, dict) else None
    named = urls.get("streaming") if isinstance(urls, dict) else None
    if not named and isinstance(instance, dict) and isinstance(instance.get("urls"), dict):
        named = instance["urls"].get("streaming_api")
    if not isinstance(named, str) or not named.strip():
        return server
    parts = urlsplit(named.strip())
    scheme = {"wss": "https", "ws": "http", "https": "https", "http": "http"}.get(parts.scheme)
    host = (parts.hostname or "").lower()
    local = host in ("localhost", "127.0.0.1", "::1")
    # The login goes to this host: only encrypted, or plain to this computer when the instance
    # itself is (test servers).
    if not scheme or not host or (scheme == "http" and not (local and
                                                             server.startswith("http://"))):
        log.info("ignoring the instance's streaming address (%s)", parts.scheme)
        return server
    # Nor to another site: the instance's own host or a host under it (streaming.<instance>),
    # so an instance answer cannot send his login to a server someone else runs.
    own = (urlsplit(server).hostname or "").lower()
    if host != own and not host.endswith("." + own):
        log.info("ignoring the instance's streaming address on another host")
        return server
    return f"{scheme}://{parts.netloc.lower()}"


class NotificationStream:
    """One connection to the notification stream. ``listen`` runs on the caller's thread until
    the stream fails (a ``PlatformError``) or ``close`` is called from another thread (then it
    returns)."""

    def __init__(self, http, base_url: str, token: str, host_name: str,
                 check_refusal: Callable[[httpx.Response, str], None], *,
                 idle_seconds: float = IDLE_SECONDS):
        # ``check_refusal``: the adapter's reading of a refusal (mastodon._check), passed in
        # so this module does not import the adapter that imports it.
        self._check_refusal = check_refusal
        self._http = http
        self._base_url = base_url
        self._token = token
        self._host_name = host_name
        self._idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._closed = False
        self._socket: socket.socket | None = None
        self._response: httpx.Response | None = None

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """End ``listen`` promptly, from any thread: the blocked read is woken by shutting the
        socket down (closing it alone does not wake a thread that waits on it)."""
        with self._lock:
            self._closed = True
            sock, response = self._socket, self._response
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already gone
        if response is not None and sock is None:
            try:
                response.close()
            except Exception:  # noqa: BLE001 - closing from another thread is best effort
                pass

    def listen(self, heard: Callable[[], None],
               opened: Callable[[], None] = lambda: None) -> None:
        """Call ``heard`` for each notification that brings something to read (a mention, a
        quote); ``opened`` once the server has accepted the stream."""
        timeout = httpx.Timeout(CONNECT_SECONDS, read=self._idle_seconds)
        try:
            with self._http.client(base_url=self._base_url, timeout=timeout, headers={
                    "Authorization": f"Bearer {self._token}",
                    "Accept": "text/event-stream"}) as client, \
                    client.stream("GET", STREAM_PATH) as response:
                self._hold(response)
                self._refuse_unless_stream(response)
                opened()
                self._read_events(response, heard)
        except PlatformError:
            if self._closed:
                return
            raise
        except (httpx.HTTPError, OSError) as exc:
            if self._closed:
                return
            if isinstance(exc, httpx.TimeoutException):
                raise Transient(translate(
                    "Mastodon", "The live connection to {server} went quiet.").format(
                        server=self._host_name)) from None
            raise Transient(translate(
                "Mastodon", "The live connection to {server} was cut.").format(
                    server=self._host_name)) from None
        finally:
            with self._lock:
                self._socket, self._response = None, None
        if not self._closed:  # the server ended the answer: a cut, to be tried again later
            raise Transient(translate(
                "Mastodon", "The live connection to {server} was cut.").format(
                    server=self._host_name))

    def _hold(self, response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self._response = response
            self._socket = sock if isinstance(sock, socket.socket) else None
            closed = self._closed
        if closed:  # close() came while connecting
            self.close()

    def _refuse_unless_stream(self, response: httpx.Response) -> None:
        status = response.status_code
        if status in (404, 410, 501) or (200 <= status < 300 and not response.headers.get(
                "content-type", "").lower().startswith("text/event-stream")):
            raise StreamUnavailable("", translate(
                "Mastodon", "{server} offers no live notifications (HTTP {status}).").format(
                    server=self._host_name, status=status))
        if not 200 <= status < 300:
            # The shared reading of a refusal (401/403 AuthExpired, 429, 5xx Transient...),
            # from the status and headers only: the body of a hostile refusal is not read.
            self._check_refusal(httpx.Response(status, headers=response.headers,
                                               request=response.request), self._base_url)
            raise StreamUnavailable("", translate(
                "Mastodon", "{server} offers no live notifications (HTTP {status}).").format(
                    server=self._host_name, status=status))

    def _read_events(self, response: httpx.Response, heard: Callable[[], None]) -> None:
        event, data = "", bytearray()
        for line in _lines(response.iter_raw(), self._host_name):
            if not line:  # a blank line ends the event
                if event == "notification" and _wakes(bytes(data)):
                    heard()
                event, data = "", bytearray()
                continue
            if line.startswith(b":"):
                continue  # a comment: the ":thump" heartbeat
            name, _, value = line.partition(b":")
            field = name.decode("ascii", "replace")
            if field not in _FIELDS:
                raise Transient(translate(
                    "Mastodon", "{server} sent something that is not a notification "
                    "stream.").format(server=self._host_name))
            value = value[1:] if value.startswith(b" ") else value
            if field == "event":
                event = value.decode("utf-8", "replace").strip()
            elif field == "data":
                if len(data) + len(value) > MAX_LINE_BYTES:
                    raise _too_large(self._host_name)
                if data:
                    data += b"\n"
                data += value


def _lines(chunks, host_name: str):
    """The stream's lines (without their ``\\r\\n`` or ``\\n``), never holding more than
    ``MAX_LINE_BYTES`` of an unfinished one."""
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        start = 0
        while True:
            end = pending.find(b"\n", start)
            if end < 0:
                break
            yield bytes(pending[start:end]).rstrip(b"\r")
            start = end + 1
        del pending[:start]
        if len(pending) > MAX_LINE_BYTES:
            raise _too_large(host_name)


def _too_large(host_name: str) -> Transient:
    return Transient(translate(
        "Mastodon", "{server} sent a line too long for a notification stream.").format(
            server=host_name))


def _wakes(data: bytes) -> bool:
    """Whether a notification's data names a type that brings something to read."""
    try:
        body = json.loads(data)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("type") in WAKING_TYPES
