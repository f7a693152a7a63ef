"""A local model repository laid out like Hugging Face's, for the model-manager tests.

``/{repo}/resolve/main/{file}`` answers as huggingface.co does (the behaviour huggingface_hub
relies on in ``file_download.py``): for the large file (``model.bin``, stored with Git LFS) a
redirect to the storage server carrying ``X-Linked-Size`` and ``X-Linked-Etag`` (the SHA-256);
for small files kept in git a direct answer whose ``ETag`` is the git blob id. The storage
address ``/cdn/{repo}/{file}`` honours ``Range`` with ``206 Partial Content``.

Faults for the tests: ``cut_after`` closes the connection after that many bytes of one answer
(once), ``wrong_checksum`` publishes a SHA-256 that does not match.
"""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


class ModelRepository:
    def __init__(self, repos: dict[str, Path]):
        self.repos = repos  # "Systran/faster-whisper-base" -> folder with the model files
        self.cut_after: int | None = None
        self.wrong_checksum = False
        self.requests: list[tuple[str, str, str | None]] = []  # (method, path, Range header)
        self._sha256: dict[Path, str] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ModelRepository:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    def sha256(self, path: Path) -> str:
        if path not in self._sha256:
            self._sha256[path] = sha256_of(path)
        return self._sha256[path]

    def _handler(self):
        repository = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep the test output clean
                pass

            def _file(self) -> tuple[str, Path, bool] | None:
                parts = self.path.split("/")
                if len(parts) == 6 and parts[3] == "resolve" and parts[4] == "main":
                    repo, name, storage = f"{parts[1]}/{parts[2]}", parts[5], False
                elif len(parts) == 5 and parts[1] == "cdn":
                    repo, name, storage = f"{parts[2]}/{parts[3]}", parts[4], True
                else:
                    return None
                folder = repository.repos.get(repo)
                if folder is None or not (folder / name).is_file():
                    return None
                return repo, folder / name, storage

            def do_HEAD(self) -> None:  # noqa: N802
                self._answer(body=False)

            def do_GET(self) -> None:  # noqa: N802
                try:
                    self._answer(body=True)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (its disk is full): expected here

            def _answer(self, body: bool) -> None:
                repository.requests.append((self.command, self.path, self.headers.get("Range")))
                found = self._file()
                if found is None:
                    self.send_error(404, "Entry not found")
                    return
                repo, path, storage = found
                size = path.stat().st_size
                if path.name == "model.bin" and not storage:
                    checksum = repository.sha256(path)
                    if repository.wrong_checksum:
                        checksum = "0" * 64
                    self.send_response(302)
                    self.send_header("Location", f"/cdn/{repo}/{path.name}")
                    self.send_header("X-Linked-Size", str(size))
                    self.send_header("X-Linked-Etag", f'"{checksum}"')
                    self.send_header("ETag", '"' + "1" * 40 + '"')  # the pointer file's id
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                start = 0
                wanted = self.headers.get("Range")
                if wanted and wanted.startswith("bytes=") and wanted.endswith("-"):
                    start = int(wanted[6:-1])
                    if start >= size:
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{size}")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
                else:
                    self.send_response(200)
                if not storage:
                    self.send_header("ETag", f'"{git_blob_id(path.read_bytes())}"')
                self.send_header("Content-Length", str(size - start))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                if not body:
                    return
                limit = repository.cut_after
                sent = 0
                with path.open("rb") as source:
                    source.seek(start)
                    while block := source.read(64 * 1024):
                        if limit is not None and sent + len(block) > limit:
                            self.wfile.write(block[:max(0, limit - sent)])
                            repository.cut_after = None  # once: the next attempt goes through
                            self.wfile.flush()
                            self.connection.close()
                            return
                        self.wfile.write(block)
                        sent += len(block)

        return Handler
