"""Hostile workbooks shared by the reader's tests and the hostile-file bench."""

from __future__ import annotations

import zipfile
from pathlib import Path

CHUNK = 1 << 24


def zip_bomb(base: Path, target: Path, chunks: int) -> Path:
    """``base`` (an .xlsx) with ``chunks`` × 16 MiB of white space inside its first sheet's XML:
    a small file on disk that unpacks to gigabytes."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"<sheetData>")
            with out.open(info.filename, "w", force_zip64=True) as f:
                f.write(head + b"<sheetData>")
                for _ in range(chunks):
                    f.write(b" " * CHUNK)
                f.write(tail)
    return target
