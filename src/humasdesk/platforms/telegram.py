"""Telegram channel through a bot: text, a photo or video with a caption, albums.

The bot token (from BotFather) lives in the keyring under the account's ``credential_ref``;
the channel is ``@name`` or a private channel's ``-100…`` id. The Bot API puts the token in the
URL path (``/bot<token>/sendMessage``), so the token is registered with the log redactor as soon
as it is read, no message here ever contains a URL, and the shared HTTP layer logs only a
redacted path.

Telegram has no idempotency key and a bot cannot read a channel's history, so a send whose
answer is lost is ``OutcomeUnknown``: the user looks at the channel before sending again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import LIKES, VIEWS, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media
from ..logs import register_secret
from .base import (
    AuthExpired,
    Capabilities,
    OutgoingPost,
    PlatformError,
    PublishResult,
    Rejected,
    Transient,
)
from .http import (
    HttpFactory,
    asks_to_wait,
    bounded_send,
    rate_limit_reset,
    send,
    send_window,
    unreadable,
)
from .inboxing import gone, parse_time
from .secrets import SecretStore
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    forget_credential,
    handle_of,
    platform_spec,
)

log = logging.getLogger(__name__)

PLATFORM = "telegram"
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Telegram channel")
DEFAULT_SERVER = "https://api.telegram.org"
MAX_ALBUM = 10  # sendMediaGroup takes 2-10 items
MAX_PHOTO_BYTES = 10_000_000
MAX_UPLOAD_BYTES = 50_000_000
CAPABILITIES = Capabilities(text_rules=PLATFORM, max_media=MAX_ALBUM, metrics=True)

_TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_PRIVATE_ID_RE = re.compile(r"^-100\d{5,}$")


# -- pure helpers ---------------------------------------------------------------------------------

def normalise_channel(channel: str) -> str:
    """``@name``, ``name``, ``t.me/name`` or ``https://t.me/name`` -> ``@name``; a private
    channel's id stays ``-100…``."""
    text = (channel or "").strip()
    if "t.me/" in text:
        path = urlsplit(text if "://" in text else "https://" + text).path.strip("/")
        text = path.split("/")[0]
    if _PRIVATE_ID_RE.match(text):
        return text
    name = text.lstrip("@")
    if _USERNAME_RE.match(name):
        return "@" + name
    raise Rejected(channel, translate(
        "Telegram", "“{channel}” is not a channel name. Use the channel's public name, such as "
        "@rsko_info, or a private channel's number, which starts with -100.").format(
            channel=channel))


def normalise_server(server: str) -> str:
    """The Bot API server: Telegram's own unless a local Bot API server is configured. Plain
    ``http`` only for this computer itself, since the token travels in every URL."""
    text = (server or "").strip().rstrip("/") or DEFAULT_SERVER
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise Rejected(server, translate(
            "Telegram", "“{server}” is not a server address.").format(server=server))
    if parts.scheme == "http" and host not in ("localhost", "127.0.0.1", "::1"):
        raise Rejected(server, translate(
            "Telegram", "The Bot API address must start with https://, so that the bot token "
            "travels encrypted."))
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def check_token_format(token: str) -> str:
    token = (token or "").strip()
    if not _TOKEN_RE.match(token):
        # Never repeat the token in the message.
        raise Rejected("token", translate(
            "Telegram", "That does not look like a bot token. BotFather gives one like "
            "123456789:AAE…, a number, a colon and about 35 letters and digits."))
    register_secret(token)
    return token


def message_url(chat: dict, message_id: object) -> str:
    """The t.me link of a channel message (public name, or ``/c/`` for a private channel)."""
    username = chat.get("username") if isinstance(chat, dict) else None
    if username:
        return f"https://t.me/{username}/{message_id}"
    chat_id = str(chat.get("id", "")) if isinstance(chat, dict) else ""
    if chat_id.startswith("-100"):
        return f"https://t.me/c/{chat_id[4:]}/{message_id}"
    return ""


def _kind(item: Media) -> str:
    mime = item.mime_type or mimetypes.guess_type(item.path)[0] or ""
    if mime.startswith("image/") and mime != "image/gif":
        return "photo"
    if mime.startswith("video/"):
        return "video"
    return ""


# -- talking to the Bot API -----------------------------------------------------------------------

class _Bot:
    """Calls ``/bot<token>/<method>`` and maps every failure to the shared kinds."""

    def __init__(self, http: HttpFactory, server: str, token: str, zone: str):
        self.http = http
        self.server = normalise_server(server)
        self.token = token
        self.zone = zone
        register_secret(token)

    def call(self, method: str, *, idempotent: bool, timeout: float | None = None, **kwargs):
        # ``timeout``: a long poll's answer comes only after its own timeout.
        with self.http.client(base_url=f"{self.server}/bot{self.token}/",
                              timeout=timeout) as client:
            response = send(client, "POST", method, idempotent=idempotent, **kwargs)
        return self._result(response, method)

    def _result(self, response: httpx.Response, method: str):
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            log.info("Telegram %s: HTTP %s with an unreadable body", method, status)
            if status >= 500:
                raise Transient(translate(
                    "Telegram", "Telegram had a problem (HTTP {status}). HumasDesk will try "
                    "again.").format(status=status))
            if status in (401, 404):
                raise AuthExpired(_token_refused())
            # An unreadable success to sendMessage may be a sent message: unknown, not "again".
            raise unreadable(response, "Telegram")
        if status == 200 and body.get("ok") is True:
            return body.get("result")
        code = body.get("error_code") if isinstance(body.get("error_code"), int) else status
        description = str(body.get("description") or f"HTTP {status}")
        lowered = description.lower()
        log.info("Telegram %s refused: %s %s", method, code, description)
        if code in (401, 404) or status in (401, 404):
            raise AuthExpired(_token_refused())
        if code == 429 or status == 429:
            reset_at = rate_limit_reset(response, PLATFORM)
            raise asks_to_wait("Telegram", reset_at, self.zone)
        if code >= 500 or status >= 500:
            raise Transient(translate(
                "Telegram", "Telegram had a problem (HTTP {status}). HumasDesk will try "
                "again.").format(status=code))
        if "chat not found" in lowered:
            raise AuthExpired(translate(
                "Telegram", "Telegram cannot find the channel. Check its name (or number), "
                "and that the bot has been added to it as an administrator."))
        if code == 403 or "not a member" in lowered or "kicked" in lowered \
                or "not enough rights" in lowered or "administrator rights" in lowered:
            raise AuthExpired(translate(
                "Telegram", "The bot may not post in this channel ({reason}). In Telegram, "
                "open the channel's settings, Administrators, add the bot and allow it to "
                "post messages; then verify the account.").format(reason=description))
        parameters = body.get("parameters") if isinstance(body.get("parameters"), dict) else {}
        if parameters.get("migrate_to_chat_id"):
            raise Rejected(description, translate(
                "Telegram", "The group has become a supergroup with a new number ({chat}). "
                "Change the account's channel to it.").format(
                    chat=parameters["migrate_to_chat_id"]))
        raise Rejected(description)


def _token_refused() -> str:
    return translate(
        "Telegram", "Telegram did not accept the bot token. Copy the token again from BotFather "
        "(/mybots, the bot, API Token) and reconnect the account.")


# -- connecting -----------------------------------------------------------------------------------

def _check_can_post(bot: _Bot, chat_id: str) -> tuple[dict, dict]:
    """(the bot, the chat) after checking that the bot is an administrator allowed to post."""
    me = bot.call("getMe", idempotent=True)
    if not isinstance(me, dict) or "id" not in me:
        raise Transient(translate(
            "Telegram", "Telegram's answer was not understood. HumasDesk will try again."))
    chat = bot.call("getChat", idempotent=True, json={"chat_id": chat_id})
    if not isinstance(chat, dict):
        chat = {"id": chat_id}
    member = bot.call("getChatMember", idempotent=True,
                      json={"chat_id": chat_id, "user_id": me["id"]})
    status = member.get("status") if isinstance(member, dict) else None
    title = chat.get("title") or chat_id
    if status == "creator":
        return me, chat
    if status == "administrator":
        # In a channel an administrator posts only with can_post_messages; in a group the
        # field is absent and every administrator may write.
        if chat.get("type") != "channel" or member.get("can_post_messages") is True:
            return me, chat
        raise AuthExpired(translate(
            "Telegram", "The bot is an administrator of “{channel}” but may not post messages. "
            "In the channel's settings, Administrators, open the bot and turn on Post "
            "messages.").format(channel=title))
    raise AuthExpired(translate(
        "Telegram", "The bot is not an administrator of “{channel}”, so it cannot post there. "
        "In the channel's settings, Administrators, add the bot (@{bot}) and allow it to post "
        "messages.").format(channel=title, bot=me.get("username") or me["id"]))


def connect(context: PlatformContext, *, token: str, channel: str, name: str = "",
            server: str = DEFAULT_SERVER, credential_ref: str = "") -> Account:
    """Connect a channel; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for: the bot token from BotFather (read from a hidden prompt, never the
    command line) and the channel (``@name``, ``t.me/name`` or ``-100…``). Checks that the token
    works and that the bot is an administrator allowed to post, then keeps the token in the
    keyring. Returns a new, unsaved ``Account``.
    """
    token = check_token_format(token)
    channel = normalise_channel(channel)
    context.secrets.check()
    bot = _Bot(context.http, server, token, context.zone)
    me, chat = _check_can_post(bot, channel)
    ref = credential_ref or SecretStore.new_reference(PLATFORM)
    context.secrets.set(ref, token)
    handle = f"@{chat['username']}" if chat.get("username") else channel
    return Account(platform=PLATFORM, name=name.strip() or str(chat.get("title") or handle),
                   handle=handle, server_url=normalise_server(server), credential_ref=ref,
                   options={"chat_id": str(chat.get("id") or channel),
                            "bot": str(me.get("username") or "")})


# -- the inbox (issue 15): comments in the discussion group, reaction counts, answers --------------
#
# A bot cannot read a channel's comments directly: they live in the discussion group linked to
# the channel (``linked_chat_id`` of the channel), where each channel post appears as a message
# with ``is_automatic_forward`` and comments reply to it. The bot must be a member of that group
# and see its messages (an administrator there, or privacy mode turned off in BotFather), and an
# administrator of the channel to get reaction counts (``message_reaction_count``).
#
# Updates come from ``getUpdates`` with the update offset as the cursor, long-polled
# (LONG_POLL seconds). Telegram keeps updates for 24 hours only: what arrived while HumasDesk was
# not reading for longer is gone. ``getUpdates`` with an offset deletes every earlier update on
# Telegram's side, so this is the ONLY place that calls it: anything else that wants updates
# (reaction counts for insights) takes them from the batch. In one process the readers of one bot
# take turns (a lock per bot); two programs reading the same bot get Telegram's "Conflict", said
# in words.

INBOX_CADENCE = timedelta(seconds=1)  # read again at once: the long poll does the waiting
LONG_POLL = 50
ALLOWED_UPDATES = ["message", "message_reaction_count"]
_poll_locks: dict[str, threading.Lock] = {}
_poll_locks_guard = threading.Lock()


def keeps_updates_words() -> str:
    return translate("Telegram", "Telegram keeps the bot's updates for 24 hours only: comments "
                                 "made while HumasDesk was not reading for longer than that are "
                                 "not listed.")


class _TelegramInbox:
    """The inbox half of :class:`TelegramAdapter` (InboxReader, Replier)."""

    inbox_cadence = INBOX_CADENCE
    long_poll = LONG_POLL

    def discussion_chat(self) -> str:
        """The linked discussion group's id ("" when the channel has none); read once."""
        known = str(self.account.options.get("discussion_chat_id") or "")
        if not known and self._discussion is None:
            chat = self._client().call("getChat", idempotent=True,
                                       json={"chat_id": self.chat_id})
            linked = chat.get("linked_chat_id") if isinstance(chat, dict) else None
            self._discussion = str(linked) if linked else ""
        return known or self._discussion or ""

    def read_inbox(self, cursor: str) -> InboxBatch:
        group = self.discussion_chat()
        if not group:
            return InboxBatch([], cursor, note=translate(
                "Telegram", "The channel has no discussion group, so it has no comments to "
                "read. In the channel's settings, Discussion, link a group and add the bot to "
                "it."))
        bot = self._client()
        params: dict = {"timeout": int(self.long_poll), "limit": 100,
                        "allowed_updates": ALLOWED_UPDATES}
        if cursor.strip().lstrip("-").isdigit():
            params["offset"] = int(cursor)
        with _poll_locks_guard:
            lock = _poll_locks.setdefault(hashlib.sha256(bot.token.encode()).hexdigest(),
                                          threading.Lock())
        with lock:
            try:
                updates = bot.call("getUpdates", idempotent=True, json=params,
                                   timeout=self.long_poll + 30)
            except Rejected as exc:
                raise _polling_refused(exc) from None
        items: list[RemoteItem] = []
        counts: dict[str, int] = {}
        offset = int(cursor) if "offset" in params else None
        for update in updates if isinstance(updates, list) else []:
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                continue
            offset = max(offset or 0, update["update_id"] + 1)
            if isinstance(update.get("message"), dict):
                item = self._comment_item(update["message"], group)
                if item is not None:
                    items.append(item)
            elif isinstance(update.get("message_reaction_count"), dict):
                counted = update["message_reaction_count"]
                if str((counted.get("chat") or {}).get("id")) == str(self.chat_id) or \
                        (counted.get("chat") or {}).get("username") and \
                        f"@{counted['chat']['username']}" == self.chat_id:
                    total = sum(r.get("total_count", 0) for r in counted.get("reactions") or []
                                if isinstance(r, dict) and isinstance(r.get("total_count"),
                                                                      int))
                    counts[f"reactions:{counted.get('message_id')}"] = total
        items.sort(key=lambda i: i.received_at)
        # "0" (no update yet) is a cursor too: the 24-hour note is said on the first read only.
        return InboxBatch(items, "0" if offset is None else str(offset), counts=counts,
                          more=len(updates) >= 100 if isinstance(updates, list) else False,
                          note="" if cursor else keeps_updates_words())

    def _comment_item(self, message: dict, group: str) -> RemoteItem | None:
        chat = message.get("chat") if isinstance(message.get("chat"), dict) else {}
        if str(chat.get("id")) != group or message.get("is_automatic_forward"):
            return None
        answered = message.get("reply_to_message")
        if not isinstance(answered, dict) or not message.get("message_id"):
            return None  # talk in the group that is not a comment on a channel post
        person = message.get("from") if isinstance(message.get("from"), dict) else {}
        if person.get("is_bot") and str(person.get("username") or "") == \
                str(self.account.options.get("bot") or ""):
            return None  # our own answer
        sender = message.get("sender_chat") if isinstance(message.get("sender_chat"),
                                                          dict) else {}
        name = " ".join(str(person.get(k) or "") for k in ("first_name", "last_name")).strip() \
            or str(sender.get("title") or "")
        username = str(person.get("username") or sender.get("username") or "")
        message_id = message["message_id"]
        thread = message.get("message_thread_id") or answered.get("message_id")
        return RemoteItem(
            remote_id=f"{group}:{message_id}", kind=ItemKind.COMMENT,
            author_name=name or username, author_handle=f"@{username}" if username else "",
            text=str(message.get("text") or message.get("caption") or ""),
            received_at=parse_time(message.get("date")) or datetime.now(UTC),
            url=message_url(chat, message_id), thread_id=f"{group}:{thread}",
            parent_id=f"{group}:{answered.get('message_id')}",
            reply_ref={"chat_id": group, "message_id": message_id})

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """An answer in the discussion group, replying to the comment
        (``reply_to_message_id``). Telegram has no idempotency key: a lost answer is
        OutcomeUnknown."""
        from ..domain.textrules import measure  # loaded when a text is checked

        measured = measure(text, PLATFORM)
        if measured.problems:
            raise Rejected(measured.problems[0].message, measured.problems[0].message)
        chat = str(item.reply_ref.get("chat_id") or "")
        message_id = item.reply_ref.get("message_id")
        if not chat or not isinstance(message_id, int):
            raise Rejected("reply_ref", translate("Telegram", "This comment cannot be answered: "
                                                              "HumasDesk does not know where it "
                                                              "is."))
        try:
            with send_window():
                result = self._client().call("sendMessage", idempotent=False, json={
                    "chat_id": chat, "text": text, "reply_to_message_id": message_id})
        except Rejected as exc:
            if "replied not found" in exc.platform_message.lower() or \
                    "message to reply not found" in exc.platform_message.lower():
                raise gone("Telegram") from None
            raise
        if not isinstance(result, dict) or "message_id" not in result:
            return PublishResult(remote_id="", url="")
        return PublishResult(remote_id=f"{chat}:{result['message_id']}",
                             url=message_url(result.get("chat") or {}, result["message_id"]))


def _polling_refused(exc: Rejected) -> PlatformError:
    words = exc.platform_message.lower()
    if "webhook" in words:
        return Rejected(exc.platform_message, translate(
            "Telegram", "The bot delivers its updates to a web address (a webhook), so "
            "HumasDesk cannot read the comments. Remove the webhook (deleteWebhook) or use "
            "another bot for HumasDesk."))
    if "conflict" in words or "terminated by other" in words:
        return Transient(translate(
            "Telegram", "Another program is reading this bot's updates at the same time, and "
            "Telegram gives them to only one. Stop the other program, or give HumasDesk a bot "
            "of its own. HumasDesk will try again."))
    return exc


# -- the adapter ----------------------------------------------------------------------------------

class TelegramAdapter(_TelegramInbox):
    capabilities = CAPABILITIES

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta"):
        self.account = account
        self.secrets = secrets
        self.http = http
        self.zone = zone
        self.server = normalise_server(account.server_url)
        self._bot: _Bot | None = None
        self._discussion: str | None = None  # the linked group's id, once read

    @property
    def chat_id(self) -> str:
        return str(self.account.options.get("chat_id") or self.account.handle)

    def _client(self) -> _Bot:
        if self._bot is None:
            token = self.secrets.get(self.account.credential_ref) \
                if self.account.credential_ref else None
            if not token:
                raise AuthExpired(translate(
                    "Telegram", "The bot token for this channel is not in the keyring. "
                    "Reconnect the account on the Accounts page."))
            self._bot = _Bot(self.http, self.server, token, self.zone)
        return self._bot

    def verify(self) -> str:
        me, chat = _check_can_post(self._client(), self.chat_id)
        return translate("Telegram", "The bot @{bot} can post in “{channel}”.").format(
            bot=me.get("username") or me.get("id"), channel=chat.get("title") or self.chat_id)

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # a bot cannot read the channel's history

    # -- insights: MetricsReader (issue 16) -----------------------------------------------------

    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """Nothing to read: the Bot API gives bots no views or statistics of channel posts
        (``stats.getBroadcastStats`` is for user sessions only). Said, not counted as zero."""
        reason = translate("Telegram", "Telegram gives bots no views or statistics of channel "
                                       "posts; the channel's owner sees them in the Telegram "
                                       "app (Channel info, Statistics).")
        return PostMetrics(unavailable={VIEWS: reason, LIKES: reason})

    def read_audience(self) -> AudienceSnapshot:
        """The channel's members (``getChatMemberCount``): its subscribers."""
        count = self._client().call("getChatMemberCount", idempotent=True,
                                    json={"chat_id": self.chat_id})
        if isinstance(count, int) and not isinstance(count, bool):
            return AudienceSnapshot(count)
        return AudienceSnapshot(None, translate("Telegram", "Telegram did not say how many "
                                                            "subscribers the channel has."))

    # -- end of insights ------------------------------------------------------------------------

    @bounded_send
    def publish(self, post: OutgoingPost) -> PublishResult:
        if post.thread:
            raise Rejected("thread", translate(
                "Telegram", "A Telegram channel post is one message; threads are not sent "
                "there."))
        self._check(post)
        bot = self._client()
        if not post.media:
            result = bot.call("sendMessage", idempotent=False,
                              json={"chat_id": self.chat_id, "text": post.text})
        elif len(post.media) == 1:
            item = post.media[0]
            kind = _kind(item)
            path = Path(item.path)
            data = {"chat_id": self.chat_id}
            if post.text.strip():
                data["caption"] = post.text
            result = bot.call("sendPhoto" if kind == "photo" else "sendVideo",
                              idempotent=False, data=data,
                              files={kind: (path.name, _read(item), _mime(item))})
        else:
            media, files = [], {}
            for index, item in enumerate(post.media):
                field_name = f"file{index}"
                entry = {"type": _kind(item), "media": f"attach://{field_name}"}
                if index == 0 and post.text.strip():
                    entry["caption"] = post.text  # the album's caption is the first item's
                media.append(entry)
                files[field_name] = (Path(item.path).name, _read(item), _mime(item))
            result = bot.call("sendMediaGroup", idempotent=False, files=files,
                              data={"chat_id": self.chat_id, "media": json.dumps(media)})
        first = result[0] if isinstance(result, list) and result else result
        if not isinstance(first, dict) or "message_id" not in first:
            # Telegram said ok, so the message exists; only its id is missing.
            return PublishResult(remote_id="", url="")
        return PublishResult(remote_id=str(first["message_id"]),
                             url=message_url(first.get("chat") or {}, first["message_id"]))

    def _check(self, post: OutgoingPost) -> None:
        from ..domain.textrules import EMPTY, measure  # loaded when a post is checked

        if post.media:
            measured = measure(post.text, "telegram_caption")
            problems = [p for p in measured.problems if p.code != EMPTY]
        else:
            measured = measure(post.text, PLATFORM)
            problems = measured.problems
        if problems:
            reason = problems[0].message
            if post.media and measured.limit:
                reason = translate(
                    "Telegram", "With a photo or video Telegram allows a caption of {limit} "
                    "characters; this text has {count}. Shorten it, or post the text without "
                    "media.").format(limit=measured.limit, count=measured.length)
            raise Rejected(reason, reason)
        if len(post.media) > MAX_ALBUM:
            reason = translate("Telegram", "Telegram albums hold at most {limit} photos or "
                                           "videos; this post has {count}.").format(
                limit=MAX_ALBUM, count=len(post.media))
            raise Rejected(reason, reason)
        for item in post.media:
            name = Path(item.path).name
            kind = _kind(item)
            if not kind:
                reason = translate("Telegram", "{file} is not a photo or a video; HumasDesk "
                                               "sends only those to Telegram.").format(file=name)
                raise Rejected(reason, reason)
            try:
                size = Path(item.path).stat().st_size
            except OSError:
                reason = translate("Telegram", "The file {file} cannot be read. Was it moved "
                                               "or deleted?").format(file=item.path)
                raise Rejected(reason, reason) from None
            limit = MAX_PHOTO_BYTES if kind == "photo" else MAX_UPLOAD_BYTES
            if size > limit:
                reason = translate("Telegram", "{file} is {size} MB; Telegram takes up to "
                                               "{limit} MB from a bot.").format(
                    file=name, size=f"{size / 1_000_000:.1f}", limit=limit // 1_000_000)
                raise Rejected(reason, reason)


def _read(item: Media) -> bytes:
    try:
        return Path(item.path).read_bytes()
    except OSError:
        reason = translate("Telegram", "The file {file} cannot be read. Was it moved or "
                                       "deleted?").format(file=item.path)
        raise Rejected(reason, reason) from None


def _mime(item: Media) -> str:
    return item.mime_type or mimetypes.guess_type(item.path)[0] or "application/octet-stream"


# -- registry -------------------------------------------------------------------------------------

FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs a bot token from BotFather and the channel; the bot must be an "
        "administrator of the channel, allowed to post."),
    (FormField("token", QT_TRANSLATE_NOOP("Accounts", "Bot token"), kind="secret",
               required=True),
     FormField("channel", QT_TRANSLATE_NOOP("Accounts", "Channel"), required=True,
               flag="--channel", prefill=handle_of,
               help=QT_TRANSLATE_NOOP("Accounts", "@name, t.me/name, or a private channel's "
                                                  "number starting with -100."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Telegram: @name, t.me/name or "
                                                      "-100…"))),
    extra_flags=("--server",))  # a local Bot API server


def _connect(connection: Connection) -> Account:
    previous = connection.previous
    extra = {"server": previous.server_url} if previous is not None and \
        previous.server_url else {}
    if connection.value("server"):
        extra["server"] = connection.value("server")
    return connect(connection.context, token=connection.value("token"),
                   channel=connection.value("channel"), name=connection.name,
                   credential_ref=connection.credential_ref, **extra)


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, TelegramAdapter, FORM, _connect,
    forget=forget_credential)

__all__ = ["CAPABILITIES", "DEFAULT_SERVER", "SPEC", "TelegramAdapter", "check_token_format",
           "connect", "message_url", "normalise_channel"]
