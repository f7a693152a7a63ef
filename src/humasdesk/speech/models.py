"""Whisper models for offline dictation: the catalogue, the download and the models on disk.

A model is a folder of files published in a repository laid out like Hugging Face's
(``{base}/{repo}/resolve/main/{file}``); the base address is a setting, so a mirror inside the
hospital network can serve the same files.

What the repository publishes about each file, and how it is checked (from ``huggingface_hub``:
``constants.py`` names the headers and the URL template, ``file_download.py`` reads them):

- a HEAD request to the resolve URL, without following the redirect, answers with
  ``X-Linked-Size`` (or ``Content-Length``) and ``X-Linked-Etag`` (or ``ETag``);
- for a file stored with Git LFS (``model.bin``) that ETag is the LFS object id, the SHA-256 of
  the content (64 hex digits); for a small file kept in git (``config.json``) it is the git blob
  id, SHA-1 of ``"blob {size}\\0" + content`` (40 hex digits).

Each file is downloaded to ``{name}.part`` inside a staging folder and continued with an HTTP
``Range`` request after a cut. Only when every file has the published size and checksum is the
staging folder renamed into place: a model folder is complete or absent, never half there.
Free space is checked before the download; a disk that fills up during it stops it with a
clear message. No Qt here: the Settings page runs ``ModelManager.download`` on a worker thread.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .engines import WHISPER_REQUIRED_FILES
from .errors import SpeechError

DEFAULT_BASE_URL = "https://huggingface.co"
MODEL_FILES = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
STAGING_SUFFIX = ".download"
# Room kept free beyond the model itself, so the database and the logs can still be written.
SPARE_BYTES = 50 * 1024 * 1024
CHUNK = 256 * 1024


class ModelDownloadError(SpeechError):
    """A download could not finish; the message says why and what to do (translated)."""


class DiskFullError(ModelDownloadError):
    pass


@dataclass(frozen=True)
class CatalogueEntry:
    """One faster-whisper conversion of Whisper. Sizes are the ones published for
    Systran's conversions (rounded); the exact figures come from the server before he confirms.
    ``relative_cost`` is decoding time relative to ``base`` on the same computer."""

    id: str
    repo: str
    download_bytes: int
    relative_cost: float
    _note: str

    def note(self) -> str:
        return translate("SpeechModels", self._note)


MB = 1024 * 1024
CATALOGUE: tuple[CatalogueEntry, ...] = (
    CatalogueEntry("small", "Systran/faster-whisper-small", 486 * MB, 3.0, QT_TRANSLATE_NOOP(
        "SpeechModels", "Good Indonesian; the best choice for most computers.")),
    CatalogueEntry("base", "Systran/faster-whisper-base", 147 * MB, 1.0, QT_TRANSLATE_NOOP(
        "SpeechModels", "Faster and smaller, for slower computers; more mistakes in "
                        "Indonesian.")),
    CatalogueEntry("tiny", "Systran/faster-whisper-tiny", 77 * MB, 0.5, QT_TRANSLATE_NOOP(
        "SpeechModels", "The fastest and smallest; many mistakes in Indonesian.")),
    CatalogueEntry("medium", "Systran/faster-whisper-medium", 1530 * MB, 8.0, QT_TRANSLATE_NOOP(
        "SpeechModels", "Very good Indonesian, but slow without a fast processor.")),
)
CATALOGUE_IDS = tuple(entry.id for entry in CATALOGUE)

# Measured here: the base model needs about 0.9 s for a 5-second phrase on 2 cores (engines.py).
_BASE_SECONDS_PER_PHRASE_2_CORES = 0.9


def catalogue_entry(model_id: str) -> CatalogueEntry:
    for entry in CATALOGUE:
        if entry.id == model_id:
            return entry
    raise ModelDownloadError(translate(
        "SpeechModels", "There is no model called “{name}”. Models: {known}.").format(
        name=model_id, known=", ".join(CATALOGUE_IDS)))


def expected_seconds(entry: CatalogueEntry, cores: int | None = None) -> float:
    """About how long this computer takes to write out a 5-second phrase with the model."""
    cores = max(1, min(4, cores or os.cpu_count() or 1))  # the engine uses at most 4 threads
    return _BASE_SECONDS_PER_PHRASE_2_CORES * entry.relative_cost * 2 / cores


def size_text(size: int) -> str:
    if size >= 1024 * MB:
        return translate("SpeechModels", "{size} GB").format(size=f"{size / (1024 * MB):.1f}")
    return translate("SpeechModels", "{size} MB").format(size=max(1, round(size / MB)))


@dataclass(frozen=True)
class RemoteFile:
    name: str
    url: str
    size: int | None
    sha256: str | None  # LFS files
    git_sha1: str | None  # small files kept in git


@dataclass(frozen=True)
class DownloadPlan:
    """What a download will take, said before he confirms."""

    entry: CatalogueEntry
    files: tuple[RemoteFile, ...]
    already_have: int  # bytes of .part files from an earlier, cut download
    free_bytes: int
    root: Path = Path()

    @property
    def download_bytes(self) -> int:
        return sum(f.size or 0 for f in self.files)

    @property
    def disk_bytes(self) -> int:
        """Disk space needed now: what is still to come, plus room to spare."""
        return max(0, self.download_bytes - self.already_have) + SPARE_BYTES

    @property
    def fits(self) -> bool:
        return self.free_bytes >= self.disk_bytes

    def refusal(self) -> str:
        """Why it cannot be downloaded now (the disk is too full)."""
        return str(too_full(self.disk_bytes, self.free_bytes, self.root))

    def describe(self) -> str:
        seconds = expected_seconds(self.entry)
        return translate(
            "SpeechModels", "Whisper {model}: a download of {download}; it needs {disk} free on "
            "the disk ({free} free now). On this computer it should write out a 5-second "
            "sentence in about {seconds} seconds. {note}").format(
            model=self.entry.id, download=size_text(self.download_bytes),
            disk=size_text(self.disk_bytes), free=size_text(self.free_bytes),
            seconds=f"{seconds:.1f}", note=self.entry.note())


@dataclass(frozen=True)
class InstalledModel:
    id: str
    folder: Path
    size: int


def too_full(needed: int, free: int, folder: Path) -> DiskFullError:
    return DiskFullError(translate(
        "SpeechModels", "The disk with {folder} is too full for this model: it needs {needed} "
        "free and has {free}. Nothing was installed. Free some space, or choose a smaller "
        "model.").format(folder=folder, needed=size_text(needed), free=size_text(free)))


class ModelManager:
    """Models kept in ``root`` (the app's data folder, ``models/``), one folder per model."""

    def __init__(self, root: Path, base_url: str = DEFAULT_BASE_URL, *, timeout: float = 30.0,
                 client_factory: Callable | None = None):
        self.root = Path(root)
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self._client_factory = client_factory

    # -- on disk ------------------------------------------------------------------------------

    def folder(self, model_id: str) -> Path:
        return self.root / f"faster-whisper-{model_id}"

    def installed(self) -> list[InstalledModel]:
        found = []
        for entry in CATALOGUE:
            folder = self.folder(entry.id)
            if all((folder / name).is_file() for name in WHISPER_REQUIRED_FILES):
                size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
                found.append(InstalledModel(entry.id, folder, size))
        return found

    def remove(self, model_id: str) -> None:
        catalogue_entry(model_id)
        for folder in (self.folder(model_id), self._staging(model_id)):
            if folder.exists():
                shutil.rmtree(folder)

    def _staging(self, model_id: str) -> Path:
        return self.root / f"faster-whisper-{model_id}{STAGING_SUFFIX}"

    # -- the server ---------------------------------------------------------------------------

    def _client(self):
        if self._client_factory is not None:
            return self._client_factory()
        import httpx

        return httpx.Client(timeout=self.timeout, follow_redirects=True)

    def url(self, entry: CatalogueEntry, name: str) -> str:
        return f"{self.base_url}/{entry.repo}/resolve/main/{name}"

    def _unreachable(self, exc: Exception) -> ModelDownloadError:
        return ModelDownloadError(translate(
            "SpeechModels", "The model server {server} could not be reached ({reason}). What "
            "was downloaded so far is kept; try again later, or set another download address "
            "in Settings.").format(server=self.base_url, reason=type(exc).__name__))

    def plan(self, model_id: str) -> DownloadPlan:
        """Ask the server for each file's size and checksum (small HEAD requests)."""
        import httpx

        entry = catalogue_entry(model_id)
        files = []
        try:
            with self._client() as client:
                for name in MODEL_FILES:
                    url = self.url(entry, name)
                    # Not following the redirect: the published size and checksum are on the
                    # repository's own answer, not on the storage server's.
                    answer = client.head(url, follow_redirects=False,
                                         headers={"Accept-Encoding": "identity"})
                    if answer.status_code >= 400:
                        raise ModelDownloadError(translate(
                            "SpeechModels", "The model server has no file {name} for {model} "
                            "(HTTP {status}). Check the download address in Settings.").format(
                            name=name, model=entry.id, status=answer.status_code))
                    files.append(_remote_file(name, url, answer.headers))
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from None
        staging = self._staging(model_id)
        have = sum((staging / f"{f.name}.part").stat().st_size for f in files
                   if (staging / f"{f.name}.part").is_file())
        self.root.mkdir(parents=True, exist_ok=True)
        return DownloadPlan(entry, tuple(files), have, shutil.disk_usage(self.root).free,
                            self.root)

    def download(self, plan: DownloadPlan,
                 on_progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Path:
        """Download, check and install the model; returns its folder. Raises
        ``ModelDownloadError`` (``DiskFullError`` for a full disk) with nothing installed."""
        import httpx

        on_progress = on_progress or (lambda done, total: None)
        free = shutil.disk_usage(self.root).free
        if free < plan.disk_bytes:
            raise too_full(plan.disk_bytes, free, self.root)
        staging = self._staging(plan.entry.id)
        staging.mkdir(parents=True, exist_ok=True)
        total = plan.download_bytes
        done = 0
        try:
            with self._client() as client:
                for remote in plan.files:
                    done = self._fetch(client, remote, staging, done, total, on_progress,
                                       cancelled)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                # The partial file that hit the wall is thrown away, so the disk is usable again.
                for part in staging.glob("*.part"):
                    part.unlink(missing_ok=True)
                raise too_full(plan.disk_bytes, shutil.disk_usage(self.root).free,
                               self.root) from None
            raise ModelDownloadError(translate(
                "SpeechModels", "The model could not be saved in {folder}: {reason}").format(
                folder=self.root, reason=exc.strerror or exc)) from None
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from None
        for remote in plan.files:
            (staging / f"{remote.name}.part").replace(staging / remote.name)
        target = self.folder(plan.entry.id)
        if target.exists():
            shutil.rmtree(target)
        staging.replace(target)
        return target

    def _fetch(self, client, remote: RemoteFile, staging: Path, done: int, total: int,
               on_progress, cancelled) -> int:
        part = staging / f"{remote.name}.part"
        have = part.stat().st_size if part.is_file() else 0
        if remote.size is not None and have > remote.size:
            part.unlink()
            have = 0
        if remote.size is None or have < remote.size:
            headers = {"Accept-Encoding": "identity"}
            if have:
                headers["Range"] = f"bytes={have}-"
            with client.stream("GET", remote.url, headers=headers) as answer:
                if answer.status_code == 416:  # nothing more to send: already complete
                    pass
                elif answer.status_code >= 400:
                    raise ModelDownloadError(translate(
                        "SpeechModels", "The model server refused {name} (HTTP {status}). What "
                        "was downloaded so far is kept.").format(
                        name=remote.name, status=answer.status_code))
                else:
                    if answer.status_code != 206:  # the server ignored the range: start over
                        have = 0
                    with part.open("ab" if have else "wb") as out:
                        on_progress(done + have, total)
                        for chunk in answer.iter_bytes(CHUNK):
                            if cancelled():
                                raise ModelDownloadError(translate(
                                    "SpeechModels", "The download was stopped. What was "
                                    "downloaded so far is kept for next time."))
                            out.write(chunk)
                            have += len(chunk)
                            on_progress(done + have, total)
        _verify(part, remote)
        on_progress(done + have, total)
        return done + have


def _remote_file(name: str, url: str, headers) -> RemoteFile:
    size_text_ = headers.get("X-Linked-Size") or headers.get("Content-Length")
    size = int(size_text_) if size_text_ and size_text_.isdigit() else None
    etag = (headers.get("X-Linked-Etag") or headers.get("ETag") or "")
    etag = etag.removeprefix("W/").strip('"').lower()
    sha256 = etag if re.fullmatch(r"[0-9a-f]{64}", etag) else None
    git_sha1 = etag if re.fullmatch(r"[0-9a-f]{40}", etag) else None
    return RemoteFile(name, url, size, sha256, git_sha1)


def _verify(part: Path, remote: RemoteFile) -> None:
    size = part.stat().st_size
    problem = None
    if remote.size is not None and size != remote.size:
        problem = translate("SpeechModels", "{name} has {got} bytes instead of {expected}").format(
            name=remote.name, got=size, expected=remote.size)
    elif remote.sha256 or remote.git_sha1:
        digest = hashlib.sha256() if remote.sha256 else hashlib.sha1()
        if remote.git_sha1:
            digest.update(f"blob {size}\0".encode())
        with part.open("rb") as source:
            while block := source.read(1 << 20):
                digest.update(block)
        if digest.hexdigest() != (remote.sha256 or remote.git_sha1):
            problem = translate("SpeechModels", "{name} does not match its published "
                                                "checksum").format(name=remote.name)
    if problem:
        part.unlink(missing_ok=True)  # a damaged file is never resumed
        raise ModelDownloadError(translate(
            "SpeechModels", "The downloaded model is damaged: {problem}. Nothing was installed; "
            "try again, and if it happens again, check the download address in Settings.")
            .format(problem=problem))


def progress_milestones(step: int = 25) -> Callable[[int, int], int | None]:
    """A function that returns 25, 50, 75, 100 (once each) as a download passes them, for
    saying the progress aloud; None otherwise."""
    said = {0}

    def passed(done: int, total: int) -> int | None:
        if total <= 0:
            return None
        percent = min(100, done * 100 // total) // step * step
        if percent not in said:
            said.add(percent)
            return percent
        return None
    return passed
