"""Hostile and broken answers for the contract server (tests/contract_server.py).

Each function returns a ``Reply`` to script on a ``ContractServer``: a PHP notice before the
JSON, a body cut short, a 2 GB ``Content-Length``, an endless chunked body, an answer that
trickles one byte at a time (headers included), a server that never answers, a redirect to
another host, a 429 with any ``Retry-After``. Every one ends by itself: the endless ones stop
when the client closes the connection, or after ``MAX_SECONDS`` at the latest, so no test can
leave a thread writing for ever.
"""

from __future__ import annotations

import json
import time

from contract_server import Reply

MAX_SECONDS = 30.0  # the longest any hostile answer goes on when nobody stops it

PHP_NOTICE = (b"<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in "
              b"<b>/var/www/html/wp-content/plugins/old-seo/seo.php</b> on line <b>12</b>"
              b"<br />\n")


def _payload(body: object) -> bytes:
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def _head(status: int, headers: dict[str, str]) -> bytes:
    reason = {200: "OK", 201: "Created", 301: "Moved Permanently", 429: "Too Many Requests"}
    lines = [f"HTTP/1.1 {status} {reason.get(status, 'Answer')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def notice_before_json(body: object, status: int = 200) -> Reply:
    """What WordPress sends with ``WP_DEBUG_DISPLAY`` on: a notice, then the real JSON."""
    return Reply(status, body=PHP_NOTICE + _payload(body))


def truncated(body: object, status: int = 200) -> Reply:
    """``Content-Length`` promises the whole body; half of it comes, then the connection
    closes."""
    payload = _payload(body)

    def write(out) -> None:
        out.write(_head(status, {"Content-Type": "application/json",
                                 "Content-Length": str(len(payload))}))
        out.write(payload[:len(payload) // 2])

    return Reply(status, raw=write)


def huge_length(status: int = 200, size: int = 2 * 1024 ** 3) -> Reply:
    """A ``Content-Length`` of 2 GB, then data for as long as the client reads it."""
    def write(out) -> None:
        out.write(_head(status, {"Content-Type": "application/json",
                                 "Content-Length": str(size)}))
        _stream(out, lambda chunk: chunk)

    return Reply(status, raw=write)


def endless_chunked(status: int = 200) -> Reply:
    """A chunked body that never ends (until the client hangs up)."""
    def write(out) -> None:
        out.write(_head(status, {"Content-Type": "application/json",
                                 "Transfer-Encoding": "chunked"}))
        _stream(out, lambda chunk: b"%x\r\n%s\r\n" % (len(chunk), chunk))

    return Reply(status, raw=write)


def _stream(out, frame) -> None:
    chunk = b"[" + b"0," * 32767 + b"0"
    end = time.monotonic() + MAX_SECONDS
    while time.monotonic() < end:
        out.write(frame(chunk))  # raises once the client has closed the connection


def trickle(body: object, status: int = 200, every: float = 0.5) -> Reply:
    """The whole answer, headers included, one byte every ``every`` seconds."""
    payload = _payload(body)
    answer = _head(status, {"Content-Type": "application/json",
                            "Content-Length": str(len(payload))}) + payload

    def write(out) -> None:
        end = time.monotonic() + MAX_SECONDS
        for index in range(len(answer)):
            if time.monotonic() >= end:
                return
            out.write(answer[index:index + 1])
            time.sleep(every)

    return Reply(status, raw=write)


def hang(seconds: float = MAX_SECONDS) -> Reply:
    """Reads the request, then says nothing until ``seconds`` have passed."""
    def write(out) -> None:
        time.sleep(min(seconds, MAX_SECONDS))

    return Reply(200, raw=write)


def moved(location: str, status: int = 301) -> Reply:
    return Reply(status, body=b"", headers={"Location": location})


def rate_limited(retry_after: str) -> Reply:
    return Reply(429, {"error": "Too many requests"}, headers={"Retry-After": retry_after})


class HostileProxy:
    """An HTTP/1.1 proxy on 127.0.0.1 in front of a real server (the Bluesky PDS, WordPress).

    Every request is forwarded, so the server really does the work. The first answer to a
    request for which ``match(method, path, query)`` is true is replaced by
    ``spoil(status, payload)`` (a hostile ``Reply`` from this module, built from the real
    answer); every other answer passes unchanged. ``forwarded`` lists (method, path) in order.
    """

    _SKIP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
             "trailer", "upgrade", "host", "content-length", "content-encoding",
             "accept-encoding"}

    def __init__(self, upstream: str, match, spoil):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs, urlsplit

        import httpx

        self.upstream = upstream.rstrip("/")
        self.forwarded: list[tuple[str, str]] = []
        self.spoiled = 0
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=60)
        proxy = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in proxy._SKIP}
                headers["Accept-Encoding"] = "identity"
                answer = proxy._client.request(self.command, proxy.upstream + self.path,
                                               headers=headers, content=body)
                with proxy._lock:
                    proxy.forwarded.append((self.command, parts.path))
                    spoiled = None
                    if proxy.spoiled == 0 and match(self.command, parts.path,
                                                    parse_qs(parts.query)):
                        proxy.spoiled += 1
                        spoiled = spoil(answer.status_code, answer.content)
                try:
                    if spoiled is not None and spoiled.raw is not None:
                        self.close_connection = True
                        spoiled.raw(self.wfile)
                        return
                    payload = spoiled.body if spoiled is not None else answer.content
                    self.send_response(answer.status_code)
                    for name, value in answer.headers.items():
                        if name.lower() not in proxy._SKIP:
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    self.close_connection = True  # the client gave up, as it should

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self.forwarded.count((method, path))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()
