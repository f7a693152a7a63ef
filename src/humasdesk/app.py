"""Composition root: builds the store, the platform registry and the services once.

The GUI, the CLI and the agent all start here and receive the same ``App``. Nothing slow or
optional (network clients, speech, keyring) is built here; those load on first use.
"""

from __future__ import annotations

import logging
import os
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

# Here, not on first use: this module is imported before Qt (entry.py), and every module
# imported after PySide6 is slower to load because PySide6 inspects it.
from platformdirs import user_data_dir

from .domain import i18n
from .domain.identity import APP_NAME
from .domain.model import Account
from .logs import configure_logging
from .services.settings import Settings
from .store import Database, Store, StoreError

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).parent / "locale"
SUPPORTED_LANGUAGES = ("id", "en")
LOCAL_OUTBOX_NAME = i18n.QT_TRANSLATE_NOOP("Platforms", "Local outbox")


class Paths(NamedTuple):
    """Where HumasDesk keeps its data."""

    data_dir: Path

    @classmethod
    def resolve(cls, home: Path | str | None = None) -> Paths:
        """``HUMASDESK_HOME`` (or ``home``) replaces the whole data directory."""
        chosen = home or os.environ.get("HUMASDESK_HOME")
        if chosen:
            try:
                return cls(Path(chosen).expanduser().resolve())
            except (OSError, RuntimeError):  # "~nobody/..." or a symlink loop: said on use
                return cls(Path(chosen).absolute())
        return cls(Path(user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.data_dir / "humasdesk.sqlite3"

    @property
    def outbox(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def cache(self) -> Path:
        return self.data_dir / "cache"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"


class DataFolderError(RuntimeError):
    """The data folder cannot be used; the message is translated, one line, and names it."""


# What ``App.build`` raises when the data folder or its data file cannot be used (a front end
# says the message and stops); the store's error without the platform layer, which
# ``services.errors`` brings and the window does not need before it shows.
CANNOT_START = (DataFolderError, StoreError)


def prepare_data_folder(paths: Paths) -> None:
    """Create the data folder and its log folder, private to this user (0700), or tighten them;
    raise ``DataFolderError`` when they cannot be made or written to."""
    import errno

    from .private_files import private_folder

    folder = paths.data_dir
    try:
        private_folder(folder)
        private_folder(paths.logs)
        if os.access(folder, os.W_OK | os.X_OK) and os.access(paths.logs, os.W_OK | os.X_OK):
            return
        reason = errno.EACCES
    except OSError as exc:
        reason = exc.errno
    problems = {
        errno.EEXIST: i18n.translate("App", "a file has that name"),
        errno.ENOTDIR: i18n.translate("App", "a part of its path is a file, not a folder"),
        errno.EACCES: i18n.translate("App", "this user may not write there"),
        errno.EPERM: i18n.translate("App", "this user may not write there"),
        errno.EROFS: i18n.translate("App", "the disk is read-only"),
        errno.ENOSPC: i18n.translate("App", "the disk is full"),
    }
    problem = problems.get(reason) or os.strerror(reason or errno.EIO)
    raise DataFolderError(i18n.translate(
        "App", "HumasDesk cannot use its data folder {folder}: {problem}. Set HUMASDESK_HOME "
        "to a folder you can write to, or fix this one.").format(folder=folder, problem=problem))


def system_language() -> str:
    """Indonesian when the system locale is Indonesian, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    import locale

    code = (locale.getlocale()[0] or "").lower()
    return "id" if code.startswith(("id", "in_")) else "en"


def install_translations(language: str) -> str:
    """Load the compiled catalogue for ``language`` and route every ``translate`` call to it."""
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    qm = LOCALE_DIR / f"humasdesk_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation catalogue %s is missing; run scripts/setup to build it", qm)
        i18n.install(None, language)
        return language

    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n)

    i18n.install(backend, language)
    install_translations.current = translator  # keep it alive for QCoreApplication users
    return language


_backends: dict[str, object] = {}


def translation_backend(language: str):
    """A ``translate`` backend for ``language`` without installing it (a report in another
    language than the window's); None for English without a catalogue. Kept per language."""
    if language in _backends:
        return _backends[language]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    backend = None
    if translator.load(str(LOCALE_DIR / f"humasdesk_{language}.qm")):
        def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
            return translator.translate(context, text, disambiguation, n)

        backend.translator = translator  # kept alive with the function
    _backends[language] = backend
    return backend
_catalogues: dict[str, object] = {}


def catalogue(language: str):
    """A translation backend for ``language`` beside the interface's own (voice commands are
    matched against the actions' names in every language); None without its catalogue."""
    if language not in _catalogues:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        loaded = translator.load(str(LOCALE_DIR / f"humasdesk_{language}.qm"))
        _catalogues[language] = (
            (lambda context, text, disambiguation, n: translator.translate(
                context, text, disambiguation, n)) if loaded else None)
        _catalogues[f"{language}.translator"] = translator  # kept alive with its backend
    return _catalogues[language]


i18n.install_catalogues(catalogue)


class App:
    """Every service, built once."""

    def __init__(self, paths: Paths):
        self.paths = paths
        prepare_data_folder(paths)
        configure_logging(paths.logs)
        self.store = Store(Database(paths.database))
        self.settings = Settings(self.store.settings)
        self.language = install_translations(self.settings.get("language") or system_language())
        self._ensure_local_outbox()

    @classmethod
    def build(cls, home: Path | str | None = None) -> App:
        return cls(Paths.resolve(home))

    # Built on first use, so the window can show before the platform layer is imported.
    @cached_property
    def registry(self):
        from .platforms.registry import PlatformContext, default_registry

        return default_registry(
            PlatformContext(data_dir=self.paths.data_dir, outbox_dir=self.paths.outbox,
                            # Link cards on Bluesky: the setting, asked at each publish.
                            link_cards=lambda: self.settings.get("bluesky_link_cards")))

    @cached_property
    def publishing(self):
        from datetime import timedelta

        from .services.publishing import PublishingService

        return PublishingService(
            self.store, self.registry,
            grace=lambda: timedelta(minutes=self.settings.get("grace_minutes")),
            media_cache=self.paths.cache / "fitted")

    @cached_property
    def queue(self):
        from .services.queue import QueueService

        return QueueService(self.store, self.publishing)

    @cached_property
    def accounts(self):
        from .services.accounts import AccountsService

        # The registry is reached through the App when first needed, not when this is built.
        return AccountsService(self.store, lambda: self.registry)

    @cached_property
    def dictation(self):
        from .services.dictation import DictationService

        return DictationService(self.settings, self.store, self.paths.data_dir)

    # The composer's services (drafts; accounts and text checks), built once, on first use.
    @cached_property
    def drafts(self):
        from .services.drafts import DraftService

        return DraftService(self.store)

    @cached_property
    def composing(self):
        from .services.composing import ComposingService

        return ComposingService(self.store, lambda: self.registry)

    # -- insights (issue 16) ---------------------------------------------------------------
    @cached_property
    def insights(self):
        from .services.insights import InsightsService

        return InsightsService(self.store, lambda: self.registry, self.settings,
                               languages=translation_backend)

    # -- end of insights ----------------------------------------------------------------------

    # Pictures: faces, each platform's copy, his choices per picture (services/media.py).
    @cached_property
    def media(self):
        from .services.media import MediaService

        return MediaService(self.store, self.paths.data_dir / "media", self.paths.cache / "fitted")

    # The inbox (issue 15): reading every account, triage, replies through the engine.
    @cached_property
    def inbox(self):
        from .services.inbox import InboxService

        return InboxService(self.store, lambda: self.registry,
                            zone=lambda: self.settings.get("zone"))

    # Start the agent at log-in (Settings, `humasdesk autostart`): the system's own mechanism.
    @cached_property
    def autostart(self):
        from .services.autostart import AutostartService

        return AutostartService()

    def engine(self, role: str):
        """A publishing engine for this process (the window, the agent or the CLI); only one
        of them, the lease holder, sends at a time."""
        return self.publishing.engine(role)

    def set_language(self, language: str) -> None:
        self.settings.set("language", language)
        self.language = install_translations(language or system_language())

    def _ensure_local_outbox(self) -> None:
        # Created once on a fresh install; if the user later removes it, it stays removed.
        if self.store.settings.get("local_outbox_created", False):
            return
        if not any(a.platform == "outbox" for a in self.store.accounts.list()):
            self.store.accounts.add(Account(
                platform="outbox", name=i18n.translate("Platforms", LOCAL_OUTBOX_NAME)))
        self.store.settings.set("local_outbox_created", True)

    def close(self) -> None:
        if "inbox" in self.__dict__:  # built: let another process read the inboxes now
            try:
                self.inbox.release()
            except StoreError:
                pass  # a full disk: the lease simply expires
        self.store.close()


def saved_language(paths: Paths) -> str:
    """The language setting, read without creating or migrating anything (for ``--help``)."""
    from .store.repositories import saved_setting

    return saved_setting(paths.database, "language") or ""
