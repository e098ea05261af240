"""resources/icons/app.ico: every Windows size, readable, and up to date with app.svg (tools/make_icon.py)."""

import sys
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import make_icon  # noqa: E402

ICON = ROOT / "resources" / "icons" / "app.ico"


def frames(path: Path) -> dict[int, QImage]:
    reader = QImageReader(str(path))
    out = {}
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        out[image.width()] = image.convertToFormat(QImage.Format.Format_ARGB32)
    return out


def differing_pixels(a: QImage, b: QImage, tolerance: int = 24) -> int:
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()), abs(pa.blue() - pb.blue()),
                   abs(pa.alpha() - pb.alpha())) > tolerance:
                count += 1
    return count


def test_committed_icon_has_every_size_and_decodes(qapp):
    data = ICON.read_bytes()
    assert make_icon.read_ico_sizes(data) == list(make_icon.SIZES)
    decoded = frames(ICON)
    assert sorted(decoded) == list(make_icon.SIZES)
    for size, image in decoded.items():
        assert image.height() == size
        assert image.pixelColor(0, size - 1).alpha() == 0                       # transparent corner
        assert image.pixelColor(size // 2, size // 4).alpha() == 255            # the shield


def test_committed_icon_matches_the_svg(qapp, tmp_path):
    make_icon.build(ROOT / "resources" / "icons" / "app.svg", tmp_path / "app.ico", tmp_path / "app.png")
    fresh, committed = frames(tmp_path / "app.ico"), frames(ICON)
    for size in (16, 32, 48):
        assert differing_pixels(fresh[size], committed[size]) <= size * size // 50, size
    assert QImage(str(tmp_path / "app.png")).width() == make_icon.PNG_SIZE
