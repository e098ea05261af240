"""Build the Windows icon (``resources/icons/app.ico``) and a PNG from ``resources/icons/app.svg``.

    python tools/make_icon.py            # rewrites app.ico and app.png (commit both)

Qt renders the SVG at each size; this script writes the .ico container itself
(no Pillow): small sizes as 32-bit BGRA bitmaps with an AND mask, which every
Windows version and resource compiler reads, large sizes (≥128) as PNG, which
Windows Vista and later read and which keeps the file small.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_FROM = 128          # this size and larger are stored as PNG
PNG_SIZE = 256          # size of the standalone app.png


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def bmp_bytes(image: QImage) -> bytes:
    """A DIB as .ico stores it: BITMAPINFOHEADER (height doubled), BGRA rows bottom-up, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        rows.append(b"".join(struct.pack("<I", image.pixel(x, y) & 0xFFFFFFFF) for x in range(size)))
    mask_stride = ((size + 31) // 32) * 4
    mask = bytes(mask_stride * size)          # all zero: the alpha channel decides
    return header + b"".join(rows) + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the images, in increasing size."""
    blobs = [(size, png_bytes(img) if size >= PNG_FROM else bmp_bytes(img)) for size, img in sorted(images.items())]
    offset = 6 + 16 * len(blobs)
    out = [struct.pack("<HHH", 0, 1, len(blobs))]
    for size, blob in blobs:
        edge = 0 if size >= 256 else size          # 0 means 256 in an ICONDIRENTRY
        out.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset))
        offset += len(blob)
    return b"".join(out) + b"".join(blob for _size, blob in blobs)


def read_ico_sizes(data: bytes) -> list[int]:
    """The sizes listed in an .ico's directory (256 for a 0 entry)."""
    _reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    return [struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)]


def build(svg: Path, ico: Path, png: Path) -> None:
    images = {size: render(svg, size) for size in SIZES}
    ico.write_bytes(ico_bytes(images))
    render(svg, PNG_SIZE).save(str(png), "PNG")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    build(ICONS / "app.svg", ICONS / "app.ico", ICONS / "app.png")
    print(f"wrote {ICONS / 'app.ico'} ({', '.join(map(str, SIZES))} px) and {ICONS / 'app.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
