"""The app icon: every size is rendered from the SVG source (scripts/icons.py) and is current,
the .ico and .icns hold PNG images, and the window uses the icon and the application id."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "src" / "humasdesk" / "assets" / "icons"


def icons_script():
    spec = importlib.util.spec_from_file_location("icons", ROOT / "scripts" / "icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_png_is_the_current_rendering_of_the_svg(qapp):
    icons = icons_script()
    for size in icons.SIZES:
        on_disk = QImage(str(ICONS / f"humasdesk-{size}.png"))
        assert (on_disk.width(), on_disk.height()) == (size, size)
        fresh = QImage.fromData(icons.render(size))
        assert fresh.convertToFormat(on_disk.format()) == on_disk, (
            f"humasdesk-{size}.png is out of date: run python scripts/icons.py")


def test_the_small_icon_keeps_its_contrast(qapp):
    # At 16 px the bubble is white and the background deep blue: both must survive scaling.
    image = QImage(str(ICONS / "humasdesk-16.png"))
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert "#ffffff" in colours and "#00337a" in colours


def test_windows_and_macos_icon_files_hold_pngs():
    ico = (ICONS / "humasdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    for i in range(count):
        *_, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
    icns = (ICONS / "humasdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns  # the 512 px image


def test_the_application_has_the_icon_and_the_id(qapp):
    from humasdesk.domain.identity import APP_ID
    from humasdesk.ui.main import set_identity

    set_identity(qapp)
    assert qapp.desktopFileName() == APP_ID
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert {(16, 16), (48, 48), (512, 512)} <= sizes
    desktop = (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop").read_text()
    assert f"Icon={APP_ID}" in desktop
