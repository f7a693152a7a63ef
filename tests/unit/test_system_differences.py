"""Every place where HumasDesk behaves differently by operating system, checked here for all
three: the data folder (platformdirs), the keyring backend and the read-aloud driver."""

from __future__ import annotations

import sys

import pytest

from humasdesk import app as app_module
from humasdesk.platforms import secrets
from humasdesk.speech import readback


@pytest.mark.parametrize(("platform", "expected"), [
    ("win32", r"C:\Users\humas\AppData\Local\HumasDesk"),
    ("darwin", "/Users/humas/Library/Application Support/HumasDesk"),
    ("linux", "/home/humas/.local/share/HumasDesk"),
])
def test_the_data_folder_of_each_system(platform, expected, monkeypatch):
    import platformdirs.macos
    import platformdirs.unix
    import platformdirs.windows

    monkeypatch.delenv("HUMASDESK_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "/Users/humas" if platform == "darwin" else "/home/humas")
    monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                        lambda csidl: {"CSIDL_LOCAL_APPDATA":
                                       r"C:\Users\humas\AppData\Local"}[csidl])
    implementation = {"win32": platformdirs.windows.Windows,
                      "darwin": platformdirs.macos.MacOS,
                      "linux": platformdirs.unix.Unix}[platform]
    seen = []

    def user_data_dir(appname, appauthor):
        seen.append((appname, appauthor))
        return implementation(appname, appauthor).user_data_dir

    monkeypatch.setattr(app_module, "user_data_dir", user_data_dir)
    folder = str(app_module.Paths.resolve().data_dir)
    assert seen == [("HumasDesk", False)]  # no "author" folder on Windows
    assert folder.replace("\\", "/") == expected.replace("\\", "/")


def test_humasdesk_home_replaces_the_data_folder_everywhere(tmp_path, monkeypatch):
    monkeypatch.setenv("HUMASDESK_HOME", str(tmp_path / "usb"))
    monkeypatch.setattr(app_module, "user_data_dir", lambda *a, **k: pytest.fail("not asked"))
    assert app_module.Paths.resolve().data_dir == (tmp_path / "usb").resolve()


def test_keyring_backend_by_system(monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert secrets.keyring_backend("win32") == "keyring.backends.Windows.WinVaultKeyring"
    assert secrets.keyring_backend("darwin") == "keyring.backends.macOS.Keyring"
    assert secrets.keyring_backend("linux") is None  # Secret Service or KWallet, by session
    assert secrets.keyring_backend("win32", {"PYTHON_KEYRING_BACKEND": "x.Y"}) is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_named_backend_is_the_one_loaded(platform, monkeypatch):
    import keyring.core

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    loaded = []
    sentinel = secrets.MemoryKeyring() if hasattr(secrets, "MemoryKeyring") else object()
    monkeypatch.setattr(keyring.core, "load_keyring",
                        lambda name: loaded.append(name) or sentinel)
    monkeypatch.setattr(secrets, "_refused", lambda backend: "")
    assert secrets.SecretStore().backend() is sentinel
    assert loaded == [secrets.KEYRING_BACKENDS[platform]]


def test_both_named_backends_exist_in_keyring():
    import importlib

    for path in secrets.KEYRING_BACKENDS.values():
        module, _, name = path.rpartition(".")
        assert hasattr(importlib.import_module(module), name), path


def test_read_aloud_driver_by_system():
    assert readback.tts_driver("win32") == "sapi5"
    assert readback.tts_driver("darwin") == "nsss"
    assert readback.tts_driver("linux") == "espeak"
    import importlib.util

    for driver in ("sapi5", "nsss", "espeak"):  # the drivers pyttsx3 would import by name
        assert importlib.util.find_spec(f"pyttsx3.drivers.{driver}") is not None
