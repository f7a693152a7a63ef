"""Logging to a file in the data directory, with secrets redacted from every line.

Adapters register each secret they load (``register_secret``); the filter also removes anything
that looks like an Authorization header, a bearer token or a password field.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from pathlib import Path

_secrets: set[str] = set()
_secrets_lock = threading.Lock()

@functools.cache
def _patterns() -> list[re.Pattern]:
    """Compiled on the first log line rather than at start-up."""
    return [
        re.compile(r"(?i)(authorization\s*[:=]\s*)(\S+(?:\s+\S+)?)"),
        re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]+)"),
        re.compile(r"(?i)((?:access|refresh)_?(?:token|jwt)|password|secret|app_?password)"
                   r"(\"?\s*[:=]\s*\"?)([^\s\"&,}]+)"),
        re.compile(r"(/bot)(\d+:[A-Za-z0-9_-]+)"),  # Telegram puts the token in the URL path
    ]


def register_secret(value: str) -> None:
    """Never write ``value`` to a log line again (in this process)."""
    if value and len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    for pattern in _patterns():
        if pattern.groups == 3:
            text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}[redacted]", text)
        else:
            text = pattern.sub(lambda m: f"{m.group(1)}[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = redact(message)
        record.args = ()
        return True


_configured: Path | None = None
MAX_LOG_BYTES = 2_000_000
KEPT_LOGS = 3


def _rotate(path: Path) -> None:
    """Rotate at start-up (cheaper than logging.handlers, which pulls in sockets and pickle)."""
    try:
        if path.stat().st_size < MAX_LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(KEPT_LOGS - 1, 0, -1):
        older = path.with_suffix(f".log.{number}")
        if older.exists():
            older.replace(path.with_suffix(f".log.{number + 1}"))
    path.replace(path.with_suffix(".log.1"))


def configure_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Send log records to ``log_dir/humasdesk.log`` (rotated); nothing goes to the terminal."""
    global _configured
    if _configured == log_dir:
        return
    from .private_files import private_file, private_folder

    private_folder(log_dir)
    path = log_dir / "humasdesk.log"
    _rotate(path)
    private_file(path)  # the handler appends to it; rotated logs keep this mode
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_humasdesk", False):
            root.removeHandler(old)
            old.close()
    handler._humasdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_dir
