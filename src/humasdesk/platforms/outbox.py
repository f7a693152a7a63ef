"""Local outbox: publishing writes the post as a Markdown file with front matter.

Every fresh install has this account, so the whole flow works before any login. The file name
comes from the idempotency key, so sending the same record twice rewrites one file instead of
making a second post.
"""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.model import Account
from ..domain.timezones import format_local, zone_info
from .base import Capabilities, OutgoingPost, PublishResult, Rejected, Transient
from .spec import Connection, PlatformForm, PlatformSpec, named

CAPABILITIES = Capabilities(text_rules="outbox", max_media=100, alt_text=True,
                            idempotency=True, lookup=True)
DEFAULT_NAME = QT_TRANSLATE_NOOP("Platforms", "Local outbox")  # the platform's name


def _yaml_string(value: str) -> str:
    # A JSON string is a valid YAML scalar and escapes every character that could break the file.
    return json.dumps(value, ensure_ascii=False)


class LocalOutboxAdapter:
    capabilities = CAPABILITIES

    def __init__(self, account: Account, outbox_dir: Path):
        self.account = account
        self.outbox_dir = outbox_dir

    def _stem(self, idempotency_key: str) -> str:
        safe = "".join(c for c in idempotency_key if c.isalnum() or c in "-_")[:40]
        return f"post-{safe}"

    def verify(self) -> str:
        return translate("Platforms", "Posts are saved as files in {folder}").format(
            folder=self.outbox_dir)

    def cannot_read_reason(self) -> str:
        return translate("Inbox", "The local outbox only keeps posts as files; nobody can "
                                  "comment on them or send messages to it.")

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        path = self.outbox_dir / f"{self._stem(idempotency_key)}.md"
        return PublishResult(remote_id=path.name, url=path.as_uri()) if path.exists() else None

    def publish(self, post: OutgoingPost) -> PublishResult:
        if not post.text.strip():
            raise Rejected(translate("Platforms", "The post has no text."))
        stem = self._stem(post.idempotency_key)
        now = datetime.now(UTC)
        try:
            self.outbox_dir.mkdir(parents=True, exist_ok=True)
            media_lines = self._copy_media(post, stem)
            local = now.astimezone(zone_info(post.zone))
            lines = [
                "---",
                f"account: {_yaml_string(self.account.name)}",
                f"published: {_yaml_string(local.isoformat(timespec='seconds'))}",
                f"zone: {_yaml_string(post.zone)}",
                f"shown_as: {_yaml_string(format_local(now, post.zone))}",
                f"language: {_yaml_string(post.language)}",
                f"key: {_yaml_string(post.idempotency_key)}",
            ]
            if media_lines:
                lines.append("media:")
                lines.extend(media_lines)
            lines += ["---", "", post.text.rstrip("\n"), ""]
            target = self.outbox_dir / f"{stem}.md"
            self._write_atomically(target, "\n".join(lines))
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise Transient(translate(
                    "Platforms", "The disk is full; the post was not written to the outbox. "
                    "Free some space and try again.")) from None
            raise Transient(translate(
                "Platforms", "The outbox folder {folder} cannot be written: {reason}").format(
                    folder=self.outbox_dir, reason=exc.strerror or exc)) from None
        return PublishResult(remote_id=target.name, url=target.as_uri())

    def _copy_media(self, post: OutgoingPost, stem: str) -> list[str]:
        lines = []
        if not post.media:
            return lines
        import shutil

        media_dir = self.outbox_dir / f"{stem}-media"
        media_dir.mkdir(exist_ok=True)
        for index, item in enumerate(post.media, start=1):
            source = Path(item.path)
            copy = media_dir / f"{index:02d}-{source.name}"
            shutil.copyfile(source, copy)
            lines.append(f"  - file: {_yaml_string(str(copy.relative_to(self.outbox_dir)))}")
            lines.append(f"    alt: {_yaml_string(item.alt_text)}")
        return lines

    @staticmethod
    def _write_atomically(path: Path, text: str) -> None:
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".md")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _connect(connection: Connection) -> Account:
    return Account(platform="outbox",
                   name=connection.name or translate("Platforms", DEFAULT_NAME))


SPEC = PlatformSpec(
    id="outbox",
    display_name=named(DEFAULT_NAME),
    capabilities=CAPABILITIES,
    factory=lambda account, context: LocalOutboxAdapter(account, context.outbox_dir),
    form=PlatformForm("outbox", QT_TRANSLATE_NOOP(
        "Accounts", "Nothing to type: posts are saved as files on this computer.")),
    connect=_connect,
)
