"""The online engine through SpeechRecognition, against a stand-in for Google's service on
loopback: the real request (FLAC audio, language tag) and the real response parsing."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from speech_support import require_module, silence, write_wav

from humasdesk.speech.audio import FileSource
from humasdesk.speech.buffer import TextBuffer
from humasdesk.speech.controller import DictationController
from humasdesk.speech.engines import GoogleEngine
from humasdesk.speech.errors import OnlineServiceError, RecognitionFailedError


class FakeSpeechService:
    def __init__(self, transcript: str | None, status: int = 200):
        self.transcript = transcript
        self.status = status
        self.requests: list[dict] = []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the name http.server calls
                body = self.rfile.read(int(self.headers["Content-Length"]))
                service.requests.append({"query": parse_qs(urlparse(self.path).query),
                                         "type": self.headers["Content-Type"], "body": body})
                alternatives = [{"transcript": service.transcript, "confidence": 0.9}] \
                    if service.transcript else []
                lines = ['{"result":[]}']
                if alternatives:
                    lines.append(json.dumps({"result": [{"alternative": alternatives,
                                                         "final": True}], "result_index": 0}))
                payload = "\n".join(lines).encode()
                self.send_response(service.status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/recognize"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def service():
    require_module("speech_recognition", "pip install SpeechRecognition")
    services = []

    def make(transcript, status=200):
        services.append(FakeSpeechService(transcript, status))
        return services[-1]
    yield make
    for s in services:
        s.close()


def run(engine, path, buffer):
    errors = []
    controller = DictationController(engine, language="id", source_factory=lambda: FileSource(path),
                                     on_result=lambda r: buffer.dictate(r.text),
                                     on_error=errors.append)
    controller.start()
    assert controller.wait(60)
    return errors


def test_recognised_text_with_commands_lands_in_the_buffer(service, flite):
    fake = service("rumah sakit buka koma besok libur titik")
    buffer = TextBuffer(language="id")
    errors = run(GoogleEngine(endpoint=fake.url), flite("anything at all"), buffer)
    assert errors == []
    assert buffer.text == "Rumah sakit buka, besok libur."
    request = fake.requests[0]
    assert request["query"]["lang"] == ["id-ID"]
    assert request["type"] == "audio/x-flac; rate=16000"
    assert request["body"][:4] == b"fLaC"


def test_not_understood_changes_nothing(service, flite):
    fake = service(None)
    buffer = TextBuffer("Draft stays.", language="id")
    errors = run(GoogleEngine(endpoint=fake.url), flite("mumble"), buffer)
    assert isinstance(errors[0], RecognitionFailedError)
    assert buffer.text == "Draft stays."


def test_service_failure_is_explained_and_changes_nothing(service, flite):
    fake = service("ignored", status=503)
    buffer = TextBuffer("Draft stays.", language="id")
    errors = run(GoogleEngine(endpoint=fake.url), flite("hello"), buffer)
    assert isinstance(errors[0], OnlineServiceError)
    assert "could not be reached" in str(errors[0]) and "offline engine" in str(errors[0])
    assert buffer.text == "Draft stays."


def test_unreachable_service(tmp_path):
    require_module("speech_recognition", "pip install SpeechRecognition")
    engine = GoogleEngine(endpoint="http://127.0.0.1:9/recognize", timeout=5)
    session = engine.start("en")
    write_wav(tmp_path / "x.wav", silence(0.1))
    session.feed(b"\x10\x00" * 16000)
    with pytest.raises(OnlineServiceError, match="Check the internet connection"):
        session.finish()
