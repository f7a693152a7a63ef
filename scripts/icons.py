#!/usr/bin/env python3
"""Render HumasDesk's icon from its SVG source: PNGs at every size the desktops ask for, a
Windows .ico and a macOS .icns (both made of PNG images, which every current version reads).

    python scripts/icons.py        # rewrites src/humasdesk/assets/icons/

Uses Qt's own SVG renderer (QSvgRenderer), so no other tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "src" / "humasdesk" / "assets" / "icons"
SOURCE = ICONS / "humasdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types that hold PNG data, by pixel size (Apple's "ic07" to "ic10").
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        (ICONS / f"humasdesk-{size}.png").write_bytes(data)
    (ICONS / "humasdesk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "humasdesk.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, humasdesk.ico and humasdesk.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
