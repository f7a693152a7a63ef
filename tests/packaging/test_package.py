"""The installable HumasDesk, built from a clean checkout as scripts/package builds it: the
frozen app folder, the Debian package, the desktop files, and the wheel.

Slow: the build takes several minutes (see packaging/README.md for the figure on this machine).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from a11y.conftest import nodes, start_app, stop_app
from helpers import require, require_program
from humasdesk import __version__
from humasdesk.domain.identity import AGENT_ID, APP_ID

pytestmark = pytest.mark.slow

WORKTREE = Path(__file__).resolve().parents[2]
DEB_NAME = f"humasdesk_{__version__}_amd64.deb"
# Everything the Debian package installs outside the app folder (and the app folder's root).
EXPECTED = {
    "./opt/humasdesk/humasdesk",
    "./usr/bin/humasdesk",
    f"./usr/share/applications/{APP_ID}.desktop",
    f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
    f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    *(f"./usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png"
      for n in (16, 24, 32, 48, 64, 128, 256, 512)),
    f"./usr/lib/systemd/user/{AGENT_ID}.service",
    f"./etc/xdg/autostart/{AGENT_ID}.desktop",
    "./usr/share/man/man1/humasdesk.1.gz",
    "./usr/share/doc/humasdesk/copyright",
    "./usr/share/doc/humasdesk/changelog.gz",
    "./usr/share/lintian/overrides/humasdesk",
}
ALLOWED_PREFIXES = ("./opt/humasdesk/", "./usr/share/icons/hicolor/", "./usr/share/doc/humasdesk/")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A clone of this checkout's last commit, packaged with scripts/package."""
    require_program("dpkg-deb")
    require(shutil.which("git") is not None, "git is not installed")
    require(subprocess.run([sys.executable, "-c", "import PyInstaller"],
                           capture_output=True).returncode == 0,
            "PyInstaller is missing: scripts/setup --test installs it (dev extra)")
    checkout = tmp_path_factory.mktemp("clean") / "humasdesk"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(WORKTREE), str(checkout)],
                   check=True)
    start = time.monotonic()
    done = subprocess.run(["scripts/package"], cwd=checkout, capture_output=True, text=True,
                          env=dict(os.environ, PYTHON=sys.executable), timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(f"scripts/package took {time.monotonic() - start:.0f} s")
    return checkout / "dist"


def frozen(built: Path, *args: str, home: Path | None = None, stdin: str | None = None):
    """The frozen command with an empty environment: no venv, no PATH, no PYTHONPATH."""
    env = ["env", "-i"] + ([f"HUMASDESK_HOME={home}"] if home else [])
    return subprocess.run([*env, str(built / "humasdesk" / "humasdesk"), *args],
                          capture_output=True, text=True, input=stdin, timeout=120)


def test_the_frozen_command_line_runs_without_python_or_a_venv(built, tmp_path):
    version = frozen(built, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"HumasDesk {__version__}"
    home = tmp_path / "data"
    posted = frozen(built, "post", "--account", "Local outbox", "--text",
                    "Poli jantung buka Sabtu ini.", home=home)
    assert posted.returncode == 0, posted.stdout + posted.stderr
    [written] = (home / "outbox").rglob("*.md")
    assert "Poli jantung buka Sabtu ini." in written.read_text(encoding="utf-8")
    queue = frozen(built, "queue", "--json", home=home)
    assert queue.returncode == 0 and "published" in queue.stdout
    check = frozen(built, "check", "--platform", "x", "a" * 300, home=home)
    assert check.returncode == 1 and check.stdout.strip()
    agent = frozen(built, "agent", "--once", home=home)
    assert agent.returncode == 0, agent.stderr
    status = frozen(built, "autostart", "status", home=home)
    assert status.returncode in (0, 3), status.stderr
    # Indonesian messages come from the bundled catalogue.
    indonesian = subprocess.run(
        ["env", "-i", f"HUMASDESK_HOME={home}", "LANG=id_ID.UTF-8",
         str(built / "humasdesk" / "humasdesk"), "post", "--account", "Tidak ada"],
        capture_output=True, text=True, timeout=120)
    assert indonesian.returncode == 2
    english = frozen(built, "post", "--account", "Tidak ada", home=home)
    assert indonesian.stderr.strip() and indonesian.stderr != english.stderr


def test_the_bundle_holds_what_the_app_loads_and_no_whisper_model(built):
    internal = built / "humasdesk" / "_internal"
    assert list(internal.glob("humasdesk/locale/humasdesk_id.qm"))
    assert list(internal.glob("humasdesk/assets/icons/humasdesk-16.png"))
    assert (internal / "pocketsphinx" / "model" / "en-us").is_dir()
    assert not list(internal.rglob("model.bin")), "a Whisper model was bundled"
    # Every bundled shared library finds its own dependencies inside the folder or the system.
    missing = set()
    for library in internal.rglob("*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                             env={"LD_LIBRARY_PATH": str(internal)}).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert not missing, f"libraries nothing provides: {sorted(missing)}"


def test_the_frozen_window_is_read_by_a_screen_reader(built, desktop, tmp_path):
    app = start_app(desktop, tmp_path / "home", command=[str(built / "humasdesk" / "humasdesk")])
    try:
        tree = app.tree()
        named = {(n["role"], n["name"]) for n in nodes(tree) if n["name"]}
        assert ("push button", "Publish now") in {(r, name.replace("&", "")) for r, name in named}
        assert any(role == "check box" and "Local outbox" in name for role, name in named)
        assert any(role == "text" for role, _ in named) or any(
            n["role"] == "text" for n in nodes(tree))
    finally:
        stop_app(app)


def test_the_debian_package_contents(built):
    deb = built / DEB_NAME
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    paths = {}
    for line in listing.splitlines():
        fields = line.split(None, 5)
        name = fields[5].split(" -> ")[0]
        paths[name.rstrip("/") if name != "./" else name] = (fields[0], fields[1], line)
    assert EXPECTED <= set(paths), sorted(EXPECTED - set(paths))
    assert " -> /opt/humasdesk/humasdesk" in paths["./usr/bin/humasdesk"][2]
    assert all(owner == "root/root" for _, owner, _ in paths.values())
    stray = [p for p in paths if p not in EXPECTED and not p.startswith(ALLOWED_PREFIXES)
             and paths[p][0][0] != "d"]
    assert not stray, stray
    fields = {key: subprocess.run(["dpkg-deb", "-f", str(deb), key], capture_output=True,
                                  text=True, check=True).stdout.strip()
              for key in ("Package", "Version", "Architecture", "Depends")}
    assert fields["Package"] == "humasdesk" and fields["Version"] == __version__
    assert fields["Architecture"] == "amd64"
    for needed in ("espeak-ng", "libxcb-cursor0", "libportaudio2",
                   "gnome-keyring | libkf5wallet-bin | keepassxc"):
        assert needed in fields["Depends"]
    # Off until he turns it on: the unit is not enabled anywhere, the autostart entry hidden.
    assert not any("default.target.wants" in p for p in paths)


def test_the_installed_files_validate_and_the_command_runs(built, tmp_path):
    require_program("desktop-file-validate")
    require_program("appstreamcli")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(built / DEB_NAME), str(root)], check=True)
    for entry in (root / f"usr/share/applications/{APP_ID}.desktop",
                  root / f"etc/xdg/autostart/{AGENT_ID}.desktop"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                 text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Hidden=true" in (root / f"etc/xdg/autostart/{AGENT_ID}.desktop").read_text()
    metainfo = subprocess.run(["appstreamcli", "validate", "--no-net",
                               str(root / f"usr/share/metainfo/{APP_ID}.metainfo.xml")],
                              capture_output=True, text=True)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    unit = (root / f"usr/lib/systemd/user/{AGENT_ID}.service").read_text()
    assert "ExecStart=/usr/bin/humasdesk agent" in unit
    # From where the package puts it (/usr/bin/humasdesk points there).
    assert os.readlink(root / "usr/bin/humasdesk") == "/opt/humasdesk/humasdesk"
    version = subprocess.run(["env", "-i", str(root / "opt/humasdesk/humasdesk"), "--version"],
                             capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"HumasDesk {__version__}", version.stderr


def test_the_wheel_installs_into_a_fresh_venv_and_runs(built, tmp_path):
    checkout = built.parent
    wheels = tmp_path / "wheels"
    made = subprocess.run([sys.executable, "-m", "build", "--outdir", str(wheels),
                           str(checkout)], capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
    [wheel] = wheels.glob("humasdesk-*.whl")
    assert list(wheels.glob("humasdesk-*.tar.gz"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "humasdesk/locale/humasdesk_id.qm" in names
    assert "humasdesk/assets/icons/humasdesk.svg" in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)],
                               capture_output=True, text=True, timeout=1200)
    assert installed.returncode == 0, installed.stderr[-3000:]
    version = subprocess.run(["env", "-i", str(venv / "bin" / "humasdesk"), "--version"],
                             capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"HumasDesk {__version__}", version.stderr
    home = tmp_path / "data"
    posted = subprocess.run(["env", "-i", f"HUMASDESK_HOME={home}",
                             str(venv / "bin" / "humasdesk"), "post", "--account",
                             "Local outbox", "--text", "Dari wheel."],
                            capture_output=True, text=True, timeout=120)
    assert posted.returncode == 0, posted.stderr
    assert re.search("Dari wheel", next((home / "outbox").rglob("*.md")).read_text())


def test_lintian_finds_nothing_unexplained(built):
    """Every finding lintian still makes is overridden and explained (packaging/README.md)."""
    require_program("lintian")
    checked = subprocess.run(["lintian", "--tag-display-limit", "0", str(built / DEB_NAME)],
                             capture_output=True, text=True, timeout=900)
    findings = [line for line in checked.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not findings, "\n".join(findings)
