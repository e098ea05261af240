"""Read back the QR symbols ``qr_draw.draw_qr`` painted into one of our own PDFs.

The self-test of the frozen app has no camera and no QR decoder (those are test
dependencies), yet it must prove the slip carries a working code. ``draw_qr``
paints each symbol as one path in module units: ``q a 0 0 -a x y cm n`` then one
``c r len 1.02 re`` per dark run, then ``f Q``. This module inflates the page
streams (ASCII85 and/or Flate, as reportlab writes them), finds those paths and
rebuilds each module matrix, which can then be compared module for module with
``qr_modules(expected_text)``. It reads reportlab's output, not arbitrary PDFs.
"""

from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

_STREAM_START = re.compile(rb">>\s*stream\r?\n")
_FILTERS = re.compile(rb"/Filter\s*\[?(?P<names>(?:\s*/\w+)+)")
_QR_PATH = re.compile(rb"q\s+(?P<a>[\d.]+) 0 0 -(?P=a) [\d.]+ [\d.]+ cm\s+n\s+"
                      rb"(?P<runs>(?:\d+ \d+ \d+ 1\.02 re\s+)+)f\s+Q")
_RUN = re.compile(rb"(\d+) (\d+) (\d+) 1\.02 re")


def _decode(raw: bytes, filters: list[bytes]) -> bytes | None:
    """Undo the stream's filters; None for a filter we do not read (fonts, images)."""
    data = raw
    for name in filters:
        if name == b"ASCII85Decode":
            data = base64.a85decode(data.strip(), adobe=True)
        elif name == b"FlateDecode":
            data = zlib.decompress(data)
        else:
            return None
    return data


def content_streams(pdf: bytes) -> list[bytes]:
    """Every stream of the file that we can decode, decoded."""
    out, pos = [], 0
    while (match := _STREAM_START.search(pdf, pos)) is not None:
        start = match.end()
        end = pdf.find(b"endstream", start)
        if end < 0:
            break
        pos = end
        header = pdf[pdf.rfind(b" obj", 0, match.start()):match.start()]
        found = _FILTERS.search(header)
        filters = [f.strip() for f in found.group("names").split(b"/")[1:]] if found else []
        try:
            data = _decode(pdf[start:end].rstrip(b"\r\n"), filters)
        except (ValueError, zlib.error):
            continue
        if data is not None:
            out.append(data)
    return out


def matrix_from_runs(runs: bytes) -> list[list[bool]]:
    """Module matrix (row 0 on top; True = dark) from the ``re`` operators of one path.

    The symbol's size is the widest run end: the top-right finder pattern always
    darkens the last column, and a QR symbol is square."""
    cells = [(int(c), int(r), int(n)) for c, r, n in _RUN.findall(runs)]
    size = max(c + n for c, _r, n in cells)
    matrix = [[False] * size for _ in range(size)]
    for c, r, n in cells:
        for col in range(c, c + n):
            matrix[r][col] = True
    return matrix


def qr_matrices(path: Path) -> list[list[list[bool]]]:
    """The module matrices of every QR symbol in the PDF, in drawing order."""
    found = []
    for stream in content_streams(Path(path).read_bytes()):
        found += [matrix_from_runs(m.group("runs")) for m in _QR_PATH.finditer(stream)]
    return found
