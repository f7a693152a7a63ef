"""A local web site for the link-card tests, on 127.0.0.1, in a thread of its own; it stops at
the end of the ``with`` block.

- ``/good``: Open Graph title, description and a large photo (``/photo.jpg``, over 1 MB);
- ``/title-only``: no Open Graph, a ``<title>`` and a plain description;
- ``/bare``: no title at all;
- ``/huge``: an endless page (more than any cap);
- ``/slow``: answers only after ``SLOW_SECONDS``;
- ``/moved``: a redirect within the site, to ``/good``;
- ``/elsewhere``: a redirect to another host (``localhost``, not ``127.0.0.1``).
"""

from __future__ import annotations

import contextlib
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW_SECONDS = 3.0
TITLE = "Donor darah di RSKO"
DESCRIPTION = "Sabtu, 14 Desember, di lobi utama. Terbuka untuk umum."


def photo_bytes() -> bytes:
    """A noisy 3000 × 2000 JPEG of about 2-4 MB: too large for a card as it is."""
    import numpy
    from PIL import Image

    noise = numpy.random.default_rng(7).integers(0, 256, (2000, 3000, 3), dtype=numpy.uint8)
    out = io.BytesIO()
    Image.fromarray(noise).save(out, "JPEG", quality=95)
    return out.getvalue()


def page(head: str) -> bytes:
    return f"<!doctype html><html><head>{head}</head><body><p>Isi</p></body></html>".encode()


class _Handler(BaseHTTPRequestHandler):
    photo = b""

    def log_message(self, *args):  # quiet
        pass

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8",
              **headers) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's name
        port = self.server.server_address[1]
        if self.path == "/good":
            self._send(200, page(
                f'<meta property="og:title" content="{TITLE}">'
                f'<meta property="og:description" content="{DESCRIPTION}">'
                '<meta property="og:image" content="/photo.jpg"><title>Other</title>'))
        elif self.path == "/photo.jpg":
            self._send(200, self.photo, "image/jpeg")
        elif self.path == "/title-only":
            self._send(200, page('<title>Jadwal Poli Anak</title>'
                                 '<meta name="description" content="Senin sampai Jumat.">'))
        elif self.path == "/bare":
            self._send(200, page(""))
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            with contextlib.suppress(OSError):
                self.wfile.write(b"<html><head><title>Besar</title></head><body>")
                for _ in range(2000):  # 128 MB at most; the reader stops long before
                    self.wfile.write(chunk)
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, page(f"<title>{TITLE}</title>"))
        elif self.path == "/moved":
            self._send(302, b"", Location="/good")
        elif self.path == "/elsewhere":
            self._send(302, b"", Location=f"http://localhost:{port}/good")
        else:
            self._send(404, b"not here", "text/plain")


@contextlib.contextmanager
def link_site():
    """Yields the site's base URL (``http://127.0.0.1:PORT``)."""
    handler = type("Handler", (_Handler,), {"photo": photo_bytes()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
