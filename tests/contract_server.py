"""A real HTTP server on 127.0.0.1 that answers with scripted responses and records requests.

Contract tests for platforms that cannot run here (Mastodon, Telegram, Meta, X) script the
documented request and response shapes, including error bodies, rate-limit headers, slow
replies and malformed bodies, and then assert exactly what the adapter sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self):
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode())

    def multipart(self) -> list[Part]:
        """The parts of a ``multipart/form-data`` body, in order (file uploads)."""
        from email.parser import BytesParser
        from email.policy import HTTP

        head = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + self.body)
        parts = []
        for item in message.iter_parts():
            parts.append(Part(item.get_param("name", header="content-disposition") or "",
                              item.get_filename(), item.get_content_type(),
                              item.get_payload(decode=True) or b""))
        return parts

    def fields(self) -> dict[str, str]:
        """The text fields of a multipart body (the last value of each name)."""
        return {p.name: p.data.decode() for p in self.multipart() if p.filename is None}


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class Reply:
    status: int = 200
    json: object = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (for timeouts)
    # Writes the whole answer itself, status line included, then the connection closes: for
    # hostile answers (see hostile_server.py). Called with the socket's write file.
    raw: Callable[[object], None] | None = None


Handler = Callable[[Recorded], Reply]


class ContractServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._scripts: dict[tuple[str, str], deque[Reply | Handler]] = defaultdict(deque)
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(self.command, parts.path, parse_qs(parts.query),
                                    {k.lower(): v for k, v in self.headers.items()}, body)
                reply = server._next_reply(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None:
                    self.close_connection = True
                    try:
                        reply.raw(self.wfile)
                    except (BrokenPipeError, ConnectionResetError, OSError):
                        pass  # the client gave up, as it should
                    return
                payload = reply.body if reply.body is not None else (
                    b"" if reply.json is None else json.dumps(reply.json).encode())
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": "application/json", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, method: str, path: str, *replies: Reply | Handler) -> None:
        """Queue replies for ``method path``; the last one repeats for later requests."""
        with self._lock:
            self._scripts[(method.upper(), path)].extend(replies)

    def _next_reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            queue = self._scripts.get((recorded.method, recorded.path))
            if not queue:
                return Reply(404, {"error": f"no script for {recorded.method} {recorded.path}"})
            item = queue.popleft() if len(queue) > 1 else queue[0]
        return item(recorded) if callable(item) else item

    def sent(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        return [r for r in self.requests
                if (method is None or r.method == method.upper())
                and (path is None or r.path == path)]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
