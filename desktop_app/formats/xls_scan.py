"""Measure a legacy .xls workbook (BIFF8 inside a compound file) before a reader allocates anything.

The reader allocates the box between the first and the last cell of a sheet;
in .xls that is up to 65,536 × 256 cells (over 1 GB once in Python), from a
5 KB file. This reads the compound file's ``Workbook`` stream and walks its
records: the sheets (``BOUNDSHEET``), the cells holding something (NUMBER, RK,
MULRK, LABELSST, LABEL, RSTRING, BOOLERR, FORMULA — blanks do not count),
hidden rows (``ROW``) and columns (``COLINFO``), merged ranges and formula cells.
"""

from __future__ import annotations

import struct

from desktop_app.formats.xlsx_scan import Malformed, SheetScan

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_CELLS = {0x0203, 0x00FD, 0x0204, 0x027E, 0x0006, 0x0205, 0x00D6}
_MULRK, _ROW, _COLINFO, _MERGED, _BOUNDSHEET, _BOF, _EOF, _FORMULA = (
    0x00BD, 0x0208, 0x007D, 0x00E5, 0x0085, 0x0809, 0x000A, 0x0006)


class _Compound:
    """Just enough of [MS-CFB] to read one stream by name."""

    def __init__(self, data: bytes) -> None:
        if data[:8] != _MAGIC or len(data) < 512:
            raise Malformed("not a compound file")
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        self.fat = self._fat()
        self.minifat = self._ints(self._chain(struct.unpack_from("<I", data, 0x3C)[0]))
        self.entries = self._directory(struct.unpack_from("<I", data, 0x30)[0])

    def _sector(self, n: int) -> bytes:
        start = (n + 1) * self.size           # the header fills sector "-1"
        return self.data[start:start + self.size]

    @staticmethod
    def _ints(raw: bytes) -> list[int]:
        return list(struct.unpack(f"<{len(raw) // 4}I", raw[:len(raw) // 4 * 4]))

    def _fat(self) -> list[int]:
        difat = self._ints(self.data[0x4C:0x200])
        nxt, count = struct.unpack_from("<II", self.data, 0x44)
        while nxt < _END_OF_CHAIN and count > 0:
            more = self._ints(self._sector(nxt))
            difat += more[:-1]
            nxt, count = more[-1], count - 1
        out: list[int] = []
        for sector in difat:
            if sector < _END_OF_CHAIN:
                out += self._ints(self._sector(sector))
        return out

    def _chain(self, start: int, fat: list[int] | None = None, sector=None) -> bytes:
        fat, sector = fat if fat is not None else self.fat, sector or self._sector
        parts, seen, n = [], set(), start
        while n < _END_OF_CHAIN and n < len(fat) and n not in seen:
            seen.add(n)
            parts.append(sector(n))
            n = fat[n]
        return b"".join(parts)

    def _directory(self, start: int) -> dict[str, tuple[int, int]]:
        raw = self._chain(start)
        out = {}
        for i in range(0, len(raw) - 127, 128):
            length = struct.unpack_from("<H", raw, i + 0x40)[0]
            name = raw[i:i + max(length - 2, 0)].decode("utf-16-le", "replace")
            out[name] = (struct.unpack_from("<I", raw, i + 0x74)[0], struct.unpack_from("<I", raw, i + 0x78)[0])
        return out

    def stream(self, name: str) -> bytes:
        if name not in self.entries:
            raise Malformed(f"no {name} stream")
        start, size = self.entries[name]
        if size >= self.cutoff:
            return self._chain(start)[:size]
        mini = self._chain(self.entries["Root Entry"][0])

        def mini_sector(n: int) -> bytes:
            return mini[n * self.mini_size:(n + 1) * self.mini_size]
        return self._chain(start, self.minifat, mini_sector)[:size]


def _records(stream: bytes, offset: int):
    """(type, body) from ``offset`` to the end of the substream."""
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4:offset + 4 + length]
        offset += 4 + length
        yield kind, body
        if kind == _EOF:
            return


def _sheets(stream: bytes) -> list[tuple[str, int]]:
    out = []
    for kind, body in _records(stream, 0):
        if kind == _BOUNDSHEET and len(body) >= 8:
            offset, count, high = struct.unpack_from("<I", body)[0], body[6], body[7] & 1
            raw = body[8:8 + count * (2 if high else 1)]
            out.append((raw.decode("utf-16-le" if high else "latin-1", "replace"), offset))
    return out


def _note(scan: SheetScan, row: int, col: int) -> None:
    scan.row_counts[row] = scan.row_counts.get(row, 0) + 1
    scan.height, scan.width = max(scan.height, row + 1), max(scan.width, col + 1)


def _scan_sheet(stream: bytes, offset: int, name: str) -> SheetScan:
    scan = SheetScan(name, exact=True)
    for kind, body in _records(stream, offset):
        if kind in _CELLS and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body)
            _note(scan, row, col)
            if kind == _FORMULA:
                scan.formulas[(row, col)] = True
        elif kind == _MULRK and len(body) >= 6:
            row, first = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            for col in range(first, last + 1):
                _note(scan, row, col)
        elif kind == _ROW and len(body) >= 16 and struct.unpack_from("<H", body, 12)[0] & 0x20:
            scan.hidden_rows.add(struct.unpack_from("<H", body)[0])
        elif kind == _COLINFO and len(body) >= 10 and struct.unpack_from("<H", body, 8)[0] & 1:
            first, last = struct.unpack_from("<HH", body)
            scan.hidden_cols.update(range(first, min(last, 255) + 1))
        elif kind == _MERGED and len(body) >= 2:
            for i in range(struct.unpack_from("<H", body)[0]):
                if 2 + i * 8 + 8 <= len(body):
                    r0, r1, c0, c1 = struct.unpack_from("<HHHH", body, 2 + i * 8)
                    scan.merged.append(((r0, c0), (r1, c1)))
    return scan


def scan_xls(data: bytes) -> dict[str, SheetScan]:
    """Sheet name → its measurements; {} when the stream is not BIFF8 (the reader will say what it is)."""
    compound = _Compound(data)
    name = "Workbook" if "Workbook" in compound.entries else "Book"
    stream = compound.stream(name)
    if len(stream) < 8 or struct.unpack_from("<HHH", stream)[::2] != (_BOF, 0x0600):
        return {}
    return {sheet: _scan_sheet(stream, offset, sheet) for sheet, offset in _sheets(stream) if offset < len(stream)}
