"""Render the app icon from ``deptcal.svg`` at every size Windows, macOS and Linux need.

Writes, next to this file:

- ``deptcal-<N>.png`` for N in 16 … 1024, and ``deptcal.png`` (256 px, the window icon);
- ``deptcal.ico``: 16, 24, 32, 48 as 32-bit bitmaps (what older Windows tools read best),
  64, 128, 256 as PNG (Vista and later);
- ``deptcal.icns``: PNG chunks from 16 to 1024 (512@2x), the modern macOS layout.

Only Qt is used (QtSvg renders, QImage encodes PNG); the .ico and .icns containers are written
here, a few lines each, so neither Pillow nor macOS's ``iconutil`` is needed. Run it after
changing the SVG and commit the results::

    uv run python resources/icons/make_icons.py
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "deptcal.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
WINDOW_ICON_SIZE = 256
ICO_BITMAP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (64, 128, 256)
# (chunk type, pixel size): PNG-encoded entries, as iconutil writes them.
ICNS_CHUNKS = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bitmap_entry(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as .ico holds it (rows bottom-up, AND mask)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    size = argb.width()
    stride = size * 4
    raw = bytes(argb.constBits())  # little-endian ARGB32 is B, G, R, A in memory
    rows = [raw[y * argb.bytesPerLine() : y * argb.bytesPerLine() + stride] for y in range(size)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((size + 31) // 32) * 4
    mask = bytes(mask_stride * size)  # all visible: the alpha channel decides
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries: list[tuple[int, bytes]] = []
    for size in ICO_BITMAP_SIZES:
        entries.append((size, bitmap_entry(images[size])))
    for size in ICO_PNG_SIZES:
        entries.append((size, png_bytes(images[size])))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return directory + blobs


def icns_bytes(images: dict[int, QImage]) -> bytes:
    # No "TOC " chunk: it is optional, and Qt's icns reader warned about ours.
    chunks = [(kind, png_bytes(images[size])) for kind, size in ICNS_CHUNKS]
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the icon files")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE.name}", file=sys.stderr)
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        (out / f"deptcal-{size}.png").write_bytes(png_bytes(image))
    (out / "deptcal.png").write_bytes(png_bytes(images[WINDOW_ICON_SIZE]))
    (out / "deptcal.ico").write_bytes(ico_bytes(images))
    (out / "deptcal.icns").write_bytes(icns_bytes(images))
    print(f"Wrote {len(PNG_SIZES) + 1} PNGs, deptcal.ico and deptcal.icns in {out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
