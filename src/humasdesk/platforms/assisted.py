"""Assisted posting for sites without a posting API: Kompasiana, Kaskus, or any site by URL.

HumasDesk cannot post there, so the adapter prepares a hand-off instead of posting:

1. :meth:`AssistedAdapter.prepare` returns a :class:`HandOff`: the final text (for the UI to put
   on the clipboard), a suggested title, the address to open in the browser, a folder holding
   copies of the media with their descriptions, and plain steps for the user.
2. The user posts on the site by hand, then confirms with one key, optionally pasting the
   post's address: :meth:`AssistedAdapter.confirm` returns a ``PublishResult`` with
   ``by_hand=True``, so the record says "posted by hand".

Preparing touches nothing outside this computer, so it can be repeated any number of times
(after a crash, say) without any risk of a double post. :meth:`AssistedAdapter.publish` (the
protocol's method) raises :class:`HandOffRequired` carrying the hand-off, so an engine that does
not yet know about hand-offs never records the post as published.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.model import Account
from .base import (
    Capabilities,
    HandOffRequired,
    OutgoingPost,
    PublishResult,
    Rejected,
    Transient,
)
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    PlatformSpec,
    named,
    server_of,
)

log = logging.getLogger(__name__)

PLATFORM = "assisted"
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Other site (posted by hand)")
# A first line this short, followed by more text, is offered as the article's title.
MAX_TITLE = 150
CAPABILITIES = Capabilities(
    text_rules=PLATFORM, max_media=100, alt_text=True,
    idempotency=True,  # preparing has no effect outside this computer
    assisted=True)


@dataclass(frozen=True)
class SitePreset:
    id: str
    name: str  # marked for translation; show with site_name()
    url: str
    notes: str  # marked for translation; honest advice about posting there


PRESETS = {
    "kompasiana": SitePreset(
        id="kompasiana",
        name=QT_TRANSLATE_NOOP("Assisted", "Kompasiana"),
        url="https://www.kompasiana.com/",
        notes=QT_TRANSLATE_NOOP(
            "Assisted", "Log in to Kompasiana, then choose Tulis (Write) to open the editor. "
            "HumasDesk opens the home page because the editor's own address is not published "
            "and may change; if you know it, put it in this account's address. An article "
            "needs a title, a category and tags. Kompasiana asks for a validated account "
            "before it shows your articles, its editors may review an article before it "
            "appears, and photos need a real source (not a search engine or social media)."),
    ),
    "kaskus": SitePreset(
        id="kaskus",
        name=QT_TRANSLATE_NOOP("Assisted", "Kaskus"),
        url="https://www.kaskus.co.id/",
        notes=QT_TRANSLATE_NOOP(
            "Assisted", "Log in to Kaskus, open the forum you post in (for example your city's "
            "regional forum), and choose Buat Thread (Create thread). A thread needs a title "
            "and a forum; new accounts may have to verify a phone number before they can "
            "post. Upload the images from the media folder in the editor."),
    ),
}


def preset_of(account: Account) -> SitePreset | None:
    """The preset of an account: its platform id ("kompasiana", "kaskus"), else none."""
    return PRESETS.get(account.platform)


def site_name(account: Account) -> str:
    preset = preset_of(account)
    if preset is not None:
        return translate("Assisted", preset.name)
    return str(account.options.get("site_name") or "") or _host(account.server_url) \
        or translate("Platforms", DISPLAY_NAME)


def normalise_site_url(url: str) -> str:
    """A web address the browser can open: ``example.com/write`` -> ``https://...``."""
    text = (url or "").strip()
    if not text:
        raise Rejected("", translate("Assisted", "Type the address of the site's page where "
                                                 "you write a post."))
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    try:
        parts.port  # noqa: B018 - raises ValueError for "javascript:alert(1)" and the like
        valid = parts.scheme in ("https", "http") and " " not in text and (
            "." in (parts.hostname or "") or parts.hostname == "localhost")
    except ValueError:
        valid = False
    if not valid:
        raise Rejected(text, translate("Assisted", "“{url}” is not a web address.").format(
            url=url))
    return text


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


@dataclass(frozen=True)
class HandOff:
    """Everything the user needs to post one record by hand."""

    idempotency_key: str
    site: str  # the site's name, translated
    open_url: str  # open this in the browser
    text: str  # the whole final text: put it on the clipboard
    title: str  # a suggested title ("" when the text has none)
    body: str  # the text without the suggested title
    media_folder: Path | None  # copies of the media, numbered, with descriptions.txt
    media_files: list[Path] = field(default_factory=list)
    notes: str = ""  # advice for this site, translated
    steps: list[str] = field(default_factory=list)  # what to do, in order, translated


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line as the title when it is short and more text follows."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    first = first.strip().lstrip("#").strip()
    if first and rest.strip() and len(first) <= MAX_TITLE:
        return first, rest.strip()
    return "", stripped


class AssistedAdapter:
    capabilities = CAPABILITIES

    def __init__(self, account: Account, handoff_dir: Path):
        self.account = account
        self.handoff_dir = handoff_dir
        self.open_url = normalise_site_url(account.server_url or self._preset_url())

    def _preset_url(self) -> str:
        preset = preset_of(self.account)
        return preset.url if preset else ""

    @property
    def site(self) -> str:
        return site_name(self.account)

    def notes(self) -> str:
        preset = preset_of(self.account)
        return translate("Assisted", preset.notes) if preset else ""

    # -- the protocol ---------------------------------------------------------------------------

    def verify(self) -> str:
        return translate(
            "Assisted", "{site} has no way for programs to post. HumasDesk copies the text, "
            "opens {url} and shows the media folder; you post it and confirm.").format(
                site=self.site, url=self.open_url)

    def cannot_read_reason(self) -> str:
        return translate("Inbox", "{site} cannot be read by HumasDesk; open it in the "
                                  "browser to see comments there.").format(site=self.site)

    def publish(self, post: OutgoingPost) -> PublishResult:
        raise HandOffRequired(self.prepare(post))

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # only the user knows; the record waits for their confirmation

    # -- the hand-off ---------------------------------------------------------------------------

    def folder_for(self, idempotency_key: str) -> Path:
        safe = "".join(c for c in idempotency_key if c.isalnum() or c in "-_")[:60] or "post"
        return self.handoff_dir / f"{self.account.id or 0}-{safe}"

    def prepare(self, post: OutgoingPost) -> HandOff:
        """Make the hand-off; repeatable (the media folder is rebuilt each time)."""
        text = "\n\n".join(part.text.strip() for part in post.parts() if part.text.strip())
        if not text and not post.media:
            reason = translate("Assisted", "The post has no text.")
            raise Rejected(reason, reason)
        title, body = split_title(text)
        folder, files = self._copy_media(post)
        steps = [translate("Assisted", "The text is on the clipboard.")]
        if title:
            steps.append(translate(
                "Assisted", "Suggested title: {title}").format(title=title))
        steps.append(translate("Assisted", "Open {url} in the browser and log in if "
                                           "asked.").format(url=self.open_url))
        steps.append(translate("Assisted", "Start a new post and paste the text."))
        if files:
            steps.append(translate(
                "Assisted", "Upload the {count} files from the folder {folder}; their "
                "descriptions are in descriptions.txt there.").format(
                    count=len(files), folder=folder))
        steps.append(translate(
            "Assisted", "Publish it on the site, then confirm here that it is posted. You may "
            "paste the post's address first."))
        return HandOff(idempotency_key=post.idempotency_key, site=self.site,
                       open_url=self.open_url, text=text, title=title, body=body,
                       media_folder=folder, media_files=files, notes=self.notes(),
                       steps=steps)

    def confirm(self, idempotency_key: str, url: str = "") -> PublishResult:
        """The user says it is posted (optionally with its address): "posted by hand"."""
        url = url.strip()
        if url:
            url = normalise_site_url(url)
        return PublishResult(remote_id=f"by-hand:{idempotency_key}", url=url, by_hand=True)

    def discard(self, idempotency_key: str) -> None:
        """Remove the hand-off's media copies (after confirming or cancelling)."""
        shutil.rmtree(self.folder_for(idempotency_key), ignore_errors=True)

    def _copy_media(self, post: OutgoingPost) -> tuple[Path | None, list[Path]]:
        media = [item for part in post.parts() for item in part.media]
        if not media:
            return None, []
        folder = self.folder_for(post.idempotency_key)
        try:
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            files, lines = [], []
            for index, item in enumerate(media, start=1):
                source = Path(item.path)
                copy = folder / f"{index:02d}-{source.name}"
                shutil.copyfile(source, copy)
                files.append(copy)
                lines.append(f"{copy.name}: {item.alt_text.strip()}")
            (folder / "descriptions.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        except FileNotFoundError as exc:
            reason = translate("Assisted", "The file {file} cannot be read. Was it moved or "
                                           "deleted?").format(file=exc.filename)
            raise Rejected(reason, reason) from None
        except OSError as exc:
            raise Transient(translate(
                "Assisted", "The media folder {folder} cannot be written: {reason}").format(
                    folder=folder, reason=exc.strerror or exc)) from None
        return folder, files


def fallback_hand_off(post: OutgoingPost, *, site: str, url: str, account_id: int | None,
                      data_dir: Path, reason: str) -> HandOffRequired:
    """For a platform with an API that cannot send this post itself (no public place for its
    images, say): the post prepared for posting by hand on ``site``, saying why first."""
    helper = AssistedAdapter(Account(platform=PLATFORM, name=site, server_url=url,
                                     options={"site_name": site}, id=account_id),
                             data_dir / "handoff")
    error = HandOffRequired(helper.prepare(post))
    error.message = translate("Assisted", "{reason} It is ready for posting by hand: {how}"
                              ).format(reason=reason, how=error.message)
    error.args = (error.message,)
    return error


# -- adding a site --------------------------------------------------------------------------------

def connect(context: PlatformContext, *, preset: str = "", url: str = "",
            name: str = "") -> Account:
    """Add a site posted by hand; what the Accounts page and ``humasdesk accounts add`` call.

    Asks the user for: a preset (``kompasiana``, ``kaskus``; the account's platform becomes
    that id) or the address of the site's write page (``url``; platform ``assisted``; with a
    preset it replaces the preset's address), and a name. No password: the user logs in to the
    site in their own browser. Returns a new, unsaved ``Account``.
    """
    chosen = PRESETS.get(preset.strip().lower()) if preset else None
    if preset and chosen is None:
        raise Rejected(preset, translate(
            "Assisted", "There is no preset “{preset}”. Choose {choices}, or give the site's "
            "address.").format(preset=preset, choices=", ".join(PRESETS)))
    address = normalise_site_url(url or (chosen.url if chosen else ""))
    if chosen is not None:
        return Account(platform=chosen.id, name=name.strip() or translate("Assisted",
                                                                          chosen.name),
                       server_url=address)
    site = _host(address)
    return Account(platform=PLATFORM, name=name.strip() or site, server_url=address,
                   options={"site_name": site})


def _factory(account: Account, context: PlatformContext) -> AssistedAdapter:
    return AssistedAdapter(account, context.data_dir / "handoff")


_WRITE_PAGE = FormField("url", QT_TRANSLATE_NOOP("Accounts", "Address of the write page "
                                                             "(optional)"),
                        flag="--url", metavar="URL", prefill=server_of,
                        cli_help=QT_TRANSLATE_NOOP("Accounts", "a site posted by hand: the "
                                                               "address of its write page"))


def _connect(connection: Connection) -> Account:
    return connect(connection.context, url=connection.value("url"), name=connection.name)


SPEC = PlatformSpec(
    id=PLATFORM,
    display_name=named(DISPLAY_NAME),
    capabilities=CAPABILITIES,
    factory=_factory,
    form=PlatformForm(PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Any other site: needs the address of its write page. You post there by "
        "hand; HumasDesk prepares the text and opens the page."),
        (replace(_WRITE_PAGE, label=QT_TRANSLATE_NOOP("Accounts", "Address of the write page"),
                 required=True),)),
    connect=_connect,
)

_PRESET_DISPLAY_NAMES = {
    "kompasiana": QT_TRANSLATE_NOOP("Platforms", "Kompasiana (posted by hand)"),
    "kaskus": QT_TRANSLATE_NOOP("Platforms", "Kaskus (posted by hand)"),
}
_PRESET_NEEDS = {
    "kompasiana": QT_TRANSLATE_NOOP("Accounts", "Nothing to type: you post on Kompasiana by "
                                                "hand, HumasDesk prepares the text and opens "
                                                "the site."),
    "kaskus": QT_TRANSLATE_NOOP("Accounts", "Nothing to type: you post on Kaskus by hand, "
                                            "HumasDesk prepares the text and opens the site."),
}


def _preset_spec(preset_id: str) -> PlatformSpec:
    def connect_preset(connection: Connection) -> Account:
        return connect(connection.context, preset=preset_id, url=connection.value("url"),
                       name=connection.name)

    return PlatformSpec(
        id=preset_id,
        display_name=named(_PRESET_DISPLAY_NAMES[preset_id]),
        capabilities=CAPABILITIES,
        factory=_factory,
        form=PlatformForm(preset_id, _PRESET_NEEDS[preset_id], (_WRITE_PAGE,),
                          notes=PRESETS[preset_id].notes, preset_of=PLATFORM),
        connect=connect_preset,
    )


# One platform id per preset, so the Accounts page and the CLI name the site itself; the
# presets first, as the user meets them.
SPECS = [*(_preset_spec(preset_id) for preset_id in PRESETS), SPEC]

__all__ = ["AssistedAdapter", "CAPABILITIES", "HandOff", "HandOffRequired", "PRESETS", "SPEC",
           "SPECS", "SitePreset", "connect", "normalise_site_url", "preset_of", "site_name",
           "split_title"]
