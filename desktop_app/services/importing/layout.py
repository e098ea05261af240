"""Find the person table in a sheet: its header row(s), where the data starts, and the column mapping.

Village lists put a letterhead, a logo and title rows above the table, and
often a header of two rows: a group title ("AHLI WARIS", "TEMPAT/TGL LAHIR",
"JENIS KELAMIN") over the columns it groups. The group is known from merged
ranges when the file has them, and from the blank cells to the right of the
title when it has none (.ods, files re-typed from a printout). Every plausible
header row is read both ways; the reading whose mapping finds most of a person
table wins. When no header says anything, the columns' values still can
(content-only mapping), and a sheet with rows always gets a table that can be
mapped by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.formats.xlsx_reader import RawSheet
from desktop_app.services.importing.cells import is_blank
from desktop_app.services.importing.content import SAMPLE, Profile, profile
from desktop_app.services.importing.headers import header_scores
from desktop_app.services.importing.mapping import ColumnMapping, assign, table_score

SCAN_ROWS = 40
PERSON_TABLE = 3.0            # table_score a sheet needs to count as a person table
_NUMBER_LABEL = re.compile(r"^\(?\d{1,3}\)?\.?$")
_DATA_LIKE = re.compile(r"^[\d\s.\-/']{6,}$")


@dataclass
class Table:
    """A sheet's table: header rows (0-based; -1 when it has none) and the mapping of its columns."""

    sheet: RawSheet
    first_header: int
    last_header: int
    columns: list[ColumnMapping]
    labels: list[tuple[str, str]] = field(default_factory=list)
    score: float = 0.0
    profiles: list[Profile] = field(default_factory=list)
    learned: dict[str, str] = field(default_factory=dict)

    def refit(self, fixed: dict[int, tuple[str, str]]) -> None:
        """Map again around choices already made (the user's, or a remembered mapping)."""
        self.columns = assign(self.labels, self.profiles, self.learned, self.sheet.hidden_cols, fixed)
        self.score = table_score(self.columns)

    @property
    def data_start(self) -> int:
        return self.last_header + 1

    @property
    def fields(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}

    @property
    def is_persons(self) -> bool:
        return self.score >= PERSON_TABLE and bool({"nik", "full_name"} & set(self.fields))


@dataclass
class Context:
    """What content recognition needs to know: today, and the office's desa and kecamatan names."""

    today: date
    is_village: object
    is_district: object


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


class _Grid:
    """Merged-aware access to the top of a sheet."""

    def __init__(self, sheet: RawSheet, limit: int) -> None:
        self.rows = sheet.rows
        self.width = max((len(r) for r in sheet.rows[:limit + SAMPLE]), default=0)
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        self.merged_rows: set[int] = set()
        for (r0, c0), (r1, c1) in sheet.merged:
            if r0 > limit + 1 or (r1 - r0 + 1) * (c1 - c0 + 1) > 4096:
                continue
            self.merged_rows.update(range(r0, r1 + 1))
            for r in range(r0, min(r1, limit + 1) + 1):
                for c in range(c0, min(c1, self.width - 1) + 1):
                    self.owner[(r, c)] = (r0, c0)

    def value(self, r: int, c: int) -> object:
        r0, c0 = self.owner.get((r, c), (r, c))
        row = self.rows[r0] if r0 < len(self.rows) else []
        return row[c0] if c0 < len(row) else ""

    def text(self, r: int, c: int) -> str:
        return _text(self.value(r, c))

    def texts(self, r: int) -> list[str]:
        return [self.text(r, c) for c in range(self.width)]

    def same_cell(self, r: int, c: int) -> bool:
        """(r, c) and (r + 1, c) are one merged cell."""
        return (r + 1, c) in self.owner and self.owner[(r + 1, c)] == self.owner.get((r, c), (r, c))


def _sub_row_ok(grid: _Grid, r: int) -> bool:
    """Row ``r`` can be a header's second row: some text, and nothing that looks like data."""
    if r >= len(grid.rows):
        return False
    texts = 0
    for c in range(grid.width):
        value = grid.value(r, c)
        if is_blank(value) or grid.same_cell(r - 1, c):
            continue
        if not isinstance(value, str) or _NUMBER_LABEL.match(value.strip()) or _DATA_LIKE.match(value.strip()):
            return False
        texts += 1
    return texts >= 1


def _two_row_labels(grid: _Grid, r: int) -> list[tuple[str, str]]:
    upper, lower = grid.texts(r), grid.texts(r + 1)
    lower = ["" if grid.same_cell(r, c) else text for c, text in enumerate(lower)]
    merged_info = r in grid.merged_rows
    out = []
    for c in range(grid.width):
        group = upper[c]
        if not group and lower[c] and not merged_info:
            left = next((k for k in range(c - 1, -1, -1) if upper[k]), None)
            if left is not None and lower[left]:
                group = upper[left]
        if group and lower[c] and group != lower[c]:
            out.append((group, lower[c]))
        else:
            out.append(("", lower[c] or group))
    return out


def _column_values(sheet: RawSheet, start: int, width: int) -> list[list]:
    rows = sheet.rows[start:start + SAMPLE * 2]
    return [[row[c] if c < len(row) else "" for row in rows] for c in range(width)]


def _reading(sheet: RawSheet, grid: _Grid, first: int, last: int, labels: list[tuple[str, str]], ctx: Context,
             learned: dict[str, str]) -> Table:
    values = _column_values(sheet, last + 1, len(labels))
    profiles = [profile(v, ctx.today, ctx.is_village, ctx.is_district) for v in values]
    columns = assign(labels, profiles, learned, sheet.hidden_cols)
    return Table(sheet, first, last, columns, labels, table_score(columns), profiles, learned)


def _quick(texts: list[str]) -> float:
    return sum(max(header_scores(t).values(), default=0.0) for t in texts if t)


def _holds_data(grid: _Grid, r: int) -> bool:
    """A row with a NIK-like number or a date in it is data, not a header."""
    row = grid.rows[r] if r < len(grid.rows) else []
    return any(isinstance(v, (date, int, float)) and not isinstance(v, bool) and not (isinstance(v, (int, float))
               and 0 <= v < 1000) or isinstance(v, str) and _DATA_LIKE.match(v.strip()) for v in row)


def _candidates(grid: _Grid, limit: int) -> list[int]:
    scored = []
    for r in range(min(limit, len(grid.rows))):
        texts = grid.texts(r)
        if sum(1 for t in texts if t) >= 2 and not _holds_data(grid, r):
            scored.append((_quick(texts), r))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [r for score, r in scored[:4] if score > 0]


def _first_data_row(sheet: RawSheet, limit: int) -> int:
    """The first row holding three values or more (a table without a header row starts there)."""
    for r, row in enumerate(sheet.rows[:limit * 5]):
        if sum(1 for v in row if not is_blank(v)) >= 3:
            return r
    return 0


def find_table(sheet: RawSheet, ctx: Context, learned: dict[str, str] | None = None,
               header_row: int | None = None) -> Table:
    """The best reading of ``sheet``'s table (``header_row``: the header's last row, 0-based; -1 for none)."""
    learned = learned or {}
    limit = SCAN_ROWS if header_row is None else header_row + 1
    grid = _Grid(sheet, max(limit, 1))
    rows = [header_row] if header_row is not None else _candidates(grid, limit)
    best: Table | None = None
    for r in rows:
        if r < 0:
            readings = [(-1, -1, [("", "")] * grid.width)]
        else:
            readings = [(r, r, [("", t) for t in grid.texts(r)])]
            if header_row is None and _sub_row_ok(grid, r + 1):
                readings.append((r, r + 1, _two_row_labels(grid, r)))
            elif header_row is not None and r > 0 and _sub_row_ok(grid, r):
                readings.append((r - 1, r, _two_row_labels(grid, r - 1)))
        for first, last, labels in readings:
            table = _reading(sheet, grid, first, last, labels, ctx, learned)
            if best is None or table.score > best.score + 1e-9:
                best = table
    if best is None or (header_row is None and not best.is_persons):
        fallback = _without_known_header(sheet, grid, ctx, learned)
        if best is None or fallback.score > best.score:
            best = fallback
    return best


def _looks_like_header(grid: _Grid, r: int) -> bool:
    values = [grid.value(r, c) for c in range(grid.width) if not is_blank(grid.value(r, c))]
    return len(values) >= 2 and all(isinstance(v, str) and not _DATA_LIKE.match(v.strip())
                                    and not any(ch.isdigit() for ch in v[:1]) for v in values)


def _without_known_header(sheet: RawSheet, grid: _Grid, ctx: Context, learned: dict[str, str]) -> Table:
    """No header said anything: the first dense row is the header if it is all words, else there is none."""
    start = _first_data_row(sheet, SCAN_ROWS)
    if _looks_like_header(grid, start) and start + 1 < len(sheet.rows):
        return _reading(sheet, grid, start, start, [("", t) for t in grid.texts(start)], ctx, learned)
    return _reading(sheet, grid, -1, start - 1, [("", "")] * grid.width, ctx, learned)
