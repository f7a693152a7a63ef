#!/usr/bin/env python3
"""Make dist/humasdesk_<version>_amd64.deb from the frozen app folder dist/humasdesk with
dpkg-deb (scripts/package runs this after PyInstaller).

    python scripts/deb.py [--app dist/humasdesk] [--out dist]

The package installs the app under /opt/humasdesk, the command /usr/bin/humasdesk, the desktop
entry, the AppStream metainfo, the icons, a manual page, and the agent's systemd user unit and
XDG autostart entry. Both autostart entries are installed off: the unit is not enabled, and the
autostart entry is hidden; Settings → "Start with the computer" turns the agent on for him by
writing his own copy (see src/humasdesk/services/autostart.py, which also writes these two).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from humasdesk.domain.identity import AGENT_ID, APP_ID  # noqa: E402
from humasdesk.services.autostart import SystemdUser, XdgAutostart  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
DEBIAN = ROOT / "packaging" / "debian"
ICONS = ROOT / "src" / "humasdesk" / "assets" / "icons"
COMMAND = ["/usr/bin/humasdesk", "agent"]
# A Secret Service for the keyring: any one of these (README, "Passwords and tokens").
SECRET_SERVICE = "gnome-keyring | libkf5wallet-bin | keepassxc"
MAINTAINER = "HumasDesk developers <humasdesk@users.noreply.github.com>"


def version() -> str:
    text = (ROOT / "src" / "humasdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def depends() -> str:
    """The run-time Debian packages (packaging/debian-packages.txt), the C library the frozen
    Python was built against, and a Secret Service."""
    lines = (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8")
    packages = [line.split("#")[0].strip() for line in lines.splitlines()]
    libc = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True,
                          text=True, check=True).stdout
    libc_upstream = libc.split("-")[0]
    return ", ".join([f"libc6 (>= {libc_upstream})", *filter(None, packages), SECRET_SERVICE])


def write(path: Path, data: bytes | str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)  # like gzip -9n: reproducible


def changelog(ver: str) -> str:
    return (f"humasdesk ({ver}) unstable; urgency=medium\n\n"
            "  * First packaged release: the window, the command line and the publishing\n"
            "    agent, with the Python interpreter and Qt bundled under /opt/humasdesk.\n\n"
            f" -- {MAINTAINER}  Sat, 05 Dec 2026 00:00:00 +0000\n")


def normalise_modes(tree: Path) -> None:
    """Folders 0755; shared libraries and data 0644; programs keep their execute bit."""
    for folder, _dirs, files in os.walk(tree):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            executable = os.access(path, os.X_OK) and ".so" not in name
            path.chmod(0o755 if executable else 0o644)


def stage(app: Path, target: Path, ver: str) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(app, target / "opt" / "humasdesk", symlinks=True)
    normalise_modes(target / "opt" / "humasdesk")
    (target / "usr" / "bin").mkdir(parents=True)
    # Absolute, as Debian policy asks for a link between top-level folders.
    (target / "usr" / "bin" / "humasdesk").symlink_to("/opt/humasdesk/humasdesk")
    share = target / "usr" / "share"
    write(share / "applications" / f"{APP_ID}.desktop",
          (LINUX / f"{APP_ID}.desktop").read_bytes())
    write(share / "metainfo" / f"{APP_ID}.metainfo.xml",
          (LINUX / f"{APP_ID}.metainfo.xml").read_bytes())
    for png in ICONS.glob("humasdesk-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        write(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
              png.read_bytes())
    write(share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
          (ICONS / "humasdesk.svg").read_bytes())
    write(share / "man" / "man1" / "humasdesk.1.gz",
          gzipped((LINUX / "humasdesk.1").read_bytes()))
    docs = share / "doc" / "humasdesk"
    write(docs / "copyright", (DEBIAN / "copyright").read_bytes())
    write(docs / "changelog.gz", gzipped(changelog(ver).encode()))
    write(share / "lintian" / "overrides" / "humasdesk",
          (DEBIAN / "lintian-overrides").read_bytes())
    # The agent's autostart entries, off: the unit is not enabled; the XDG entry is hidden
    # until his own copy in ~/.config/autostart (written by Settings) replaces it.
    home = Path("/nonexistent")
    written_by = "# Written by HumasDesk (Settings, Start with the computer)."
    installed = ("# Installed off by the humasdesk package; Settings, Start with the computer,\n"
                 "# turns it on for the user (a copy in the user's own configuration).")
    write(target / "usr" / "lib" / "systemd" / "user" / f"{AGENT_ID}.service",
          SystemdUser(home, COMMAND, {}).unit_text().replace(written_by, installed))
    hidden = XdgAutostart(home, COMMAND, {}).desktop_text().replace(
        "X-GNOME-Autostart-enabled=true", "Hidden=true").replace(written_by, installed)
    write(target / "etc" / "xdg" / "autostart" / f"{AGENT_ID}.desktop", hidden)
    for folder, _dirs, _files in os.walk(target):
        os.chmod(folder, 0o755)
    control = target / "DEBIAN"
    installed_kb = sum(f.lstat().st_size for f in target.rglob("*") if not f.is_dir()) // 1024
    write(control / "control", "\n".join([
        "Package: humasdesk", f"Version: {ver}", "Architecture: amd64",
        f"Maintainer: {MAINTAINER}", f"Installed-Size: {installed_kb}",
        f"Depends: {depends()}", "Recommends: at-spi2-core", "Suggests: orca",
        "Section: web", "Priority: optional",
        "Homepage: https://github.com/humasdesk/humasdesk",
        "Description: accessible social media publishing for institutions",
        " HumasDesk writes, schedules and publishes posts to Bluesky, Mastodon, Telegram,",
        " Facebook, Instagram, X, Threads, WordPress and LinkedIn, by keyboard, voice and",
        " screen reader, with large high-contrast text and no double-clicks or drags.",
        " .",
        " This package bundles its own Python interpreter and Qt under /opt/humasdesk.", ""]))
    write(control / "conffiles", f"/etc/xdg/autostart/{AGENT_ID}.desktop\n")
    sums = []
    for path in sorted(target.rglob("*")):
        relative = path.relative_to(target)
        if relative.parts[0] in ("DEBIAN", "etc") or path.is_dir() or path.is_symlink():
            continue
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative}\n")
    write(control / "md5sums", "".join(sums))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "humasdesk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    if not (args.app / "humasdesk").is_file():
        raise SystemExit(f"{args.app}/humasdesk is missing: run scripts/package first")
    ver = version()
    target = args.work / f"humasdesk_{ver}_amd64"
    stage(args.app, target, ver)
    deb = args.out / f"humasdesk_{ver}_amd64.deb"
    args.out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(target),
                    str(deb)], check=True, stdout=subprocess.DEVNULL)
    print(deb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
