"""Walk one table's rows: skip what is not a person (saying what it is), build a registration from the rest.

Merged cells in data columns (a KELURAHAN cell merged down a group of people)
are carried down to every row they cover. Section rows set the desa or dusun
of the rows below them. A formula cell saved without its result is named as
such instead of looking like an empty cell; hidden rows are read and flagged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from desktop_app.domain.problems import Problem, error, warning
from desktop_app.formats.cells import column_letter
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.cells import M_FORMULA_EMPTY, is_blank
from desktop_app.services.importing.layout import Table
from desktop_app.services.importing.places import VillageResolver
from desktop_app.services.importing.preview import SKIPPED, RowResult
from desktop_app.services.importing.rowkinds import (
    BLANK,
    NOTE,
    NUMBERING,
    OTHER,
    PERSON,
    REPEATED_HEADER,
    SECTION,
    SIGNATURE,
    TOTAL,
    RowClassifier,
)
from desktop_app.services.importing.rows import Defaults, RowBuilder

R_TOTAL = QT_TRANSLATE_NOOP("Import", "Baris jumlah/total.")
R_NUMBERING = QT_TRANSLATE_NOOP("Import", "Baris nomor kolom di bawah judul.")
R_REPEATED_HEADER = QT_TRANSLATE_NOOP("Import", "Judul kolom yang diulang (mis. di tiap halaman cetak).")
R_SIGNATURE = QT_TRANSLATE_NOOP("Import", "Tanda tangan, nama pejabat atau tempat/tanggal surat; bukan data peserta.")
R_NOTE = QT_TRANSLATE_NOOP("Import", "Catatan, bukan data peserta.")
R_SECTION = QT_TRANSLATE_NOOP("Import", "Judul kelompok \"{value}\", bukan data peserta.")
R_SECTION_VILLAGE = QT_TRANSLATE_NOOP("Import", "Judul kelompok \"{value}\": desa {village} dipakai untuk baris di "
                                      "bawahnya yang tidak menyebut desa.")
R_SECTION_DUSUN = QT_TRANSLATE_NOOP("Import", "Judul kelompok \"{value}\": dipakai sebagai alamat untuk baris di "
                                    "bawahnya yang alamatnya kosong.")
R_OTHER = QT_TRANSLATE_NOOP("Import", "Baris tanpa NIK dan hampir tanpa data peserta; bukan data peserta.")
W_HIDDEN_ROW = QT_TRANSLATE_NOOP("Import", "Baris ini disembunyikan di berkas; tetap dibaca.")
M_SECTION_UNKNOWN = QT_TRANSLATE_NOOP("Import", "Desa \"{value}\" dari judul kelompok di baris {row} tidak "
                                      "ditemukan di wilayah {area}.")
_REASONS = {TOTAL: R_TOTAL, NUMBERING: R_NUMBERING, REPEATED_HEADER: R_REPEATED_HEADER, SIGNATURE: R_SIGNATURE,
            NOTE: R_NOTE, OTHER: R_OTHER}
# The field of ``domain.validation`` that each import field fills.
VALIDATION_FIELD = {"village": "village_code", "birth_place_date": "birth_date", "sex_male": "sex",
                    "sex_female": "sex", "rt_rw": "rt", "heir_name": "heirs[0].name",
                    "heir_relationship": "heirs[0].relationship", "heir_nik": "heirs[0].nik",
                    "heir_phone": "heirs[0].phone"}
REQUIRED_FIELDS = ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "village_code",
                   "occupation", "heirs[0].name", "heirs[0].relationship")


@dataclass
class Pending:
    """A person row waiting for the checks that need the database."""

    result: RowResult
    problems: list[Problem]


def carry_merged_down(table: Table) -> None:
    """Give every row a vertically merged data cell covers the merged value (mapped columns only)."""
    mapped = {c.index for c in table.columns if c.field}
    rows = table.sheet.rows
    for (r0, c0), (r1, c1) in table.sheet.merged:
        if r0 < table.data_start or r1 == r0 or r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for c in range(c0, c1 + 1):
            if c not in mapped:
                continue
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                row = rows[r]
                if len(row) <= c:
                    row.extend([""] * (c + 1 - len(row)))
                if is_blank(row[c]):
                    row[c] = value


class TableRows:
    """The rows of one table, classified and built."""

    def __init__(self, table: Table, builder: RowBuilder, villages: VillageResolver, defaults: Defaults) -> None:
        self.table, self.builder, self.villages = table, builder, villages
        self.defaults = defaults
        self.used = [c for c in table.columns if c.used]
        self.classifier = RowClassifier(table.columns, table.labels)
        self.blank = 0
        self.section_problem: Problem | None = None

    def __iter__(self) -> Iterator[RowResult | Pending]:
        sheet = self.table.sheet
        first = True
        for r in range(self.table.data_start, len(sheet.rows)):
            cells = sheet.rows[r]
            kind = self.classifier.classify(cells, first)
            if kind.kind == BLANK:
                self.blank += 1
                continue
            first = False
            result = RowResult(r + 1, list(cells), sheet.name, hidden=r in sheet.hidden_rows)
            if kind.kind == PERSON:
                yield self._person(result, r, cells)
                continue
            result.status, result.kind = SKIPPED, kind.kind
            result.reasons = [self._section(kind.section, kind.value, r) if kind.kind == SECTION
                              else tr(_REASONS[kind.kind])]
            yield result

    def _section(self, section: str, value: str, r: int) -> str:
        if section == "dusun":
            self.defaults.dusun = value
            return tr(R_SECTION_DUSUN, value=value)
        if section in ("rt", "rw"):
            setattr(self.defaults, section, value)
            return tr(R_SECTION, value=value)
        if section == "village" or (section == "group" and self.villages.is_village(value)):
            code, problem = self.villages.resolve(value)
            self.defaults = replace(self.defaults, village=code, dusun="", rt="", rw="")
            self.section_problem = None if code else error(
                "village_code", "import.section_village", M_SECTION_UNKNOWN, value=value, row=r + 1,
                area=self.villages.area_name)
            if code:
                return tr(R_SECTION_VILLAGE, value=value, village=self.villages.name_of(code))
            return problem.text() if problem else tr(R_SECTION, value=value)
        return tr(R_SECTION, value=value)

    def _person(self, result: RowResult, r: int, cells: list) -> Pending:
        values = {c.field: cells[c.index] if c.index < len(cells) else "" for c in self.used}
        reg, problems = self.builder.build(values, self.defaults)
        result.registration = reg
        if self.section_problem and not values.get("village"):
            problems.append(self.section_problem)
        problems += self._formulas(r)
        if result.hidden:
            problems.append(warning("row", "import.hidden_row", W_HIDDEN_ROW))
        return Pending(result, problems)

    def _formulas(self, r: int) -> list[Problem]:
        formulas = self.table.sheet.formulas
        if not formulas:
            return []
        out = []
        for column in self.used:
            if formulas.get((r, column.index)) is False:
                name = VALIDATION_FIELD.get(column.field, column.field)
                make = error if name in REQUIRED_FIELDS else warning
                out.append(make(name, "excel.formula", M_FORMULA_EMPTY, cell=f"{column_letter(column.index)}{r + 1}"))
        return out
