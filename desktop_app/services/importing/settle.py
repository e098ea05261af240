"""Give each person row its one status from the form's checks, and say what the village should fix.

Only identity and eligibility problems refuse a person: a phone, e-mail,
income, KK number, RT/RW or heir phone/NIK that cannot be used is emptied with a
warning. A required field that is empty because no column feeds it is one
message about the column, not "… wajib diisi" on every row. A NIK that is not
valid refuses its row as invalid even when it repeats; only valid NIKs can be
duplicates of an earlier row.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.problems import Problem, warning
from desktop_app.domain.registration import Registration
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.fieldnames import field_label
from desktop_app.services.importing.preview import DUPLICATE, DUPLICATE_IN_FILE, REJECTED, RowResult
from desktop_app.services.importing.tablerows import Pending
from desktop_app.services.registry import Check

R_DUPLICATE = QT_TRANSLATE_NOOP("Import", "Sudah terdaftar: {number} atas nama {name}.")
R_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Import", "NIK sama dengan baris {row} di berkas ini.")
R_COLUMN_MISSING = QT_TRANSLATE_NOOP("Import", "Kolom {field} belum dipilih.")
W_MINOR = QT_TRANSLATE_NOOP("Import", "{problem} Isian ini dikosongkan; peserta tetap diimpor.")
F_FIX = QT_TRANSLATE_NOOP("Import", "Perbaiki: {fields}.")
F_DUPLICATE = QT_TRANSLATE_NOOP("Import", "Sudah terdaftar; tidak perlu dikirim lagi.")
F_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Import", "Hapus salah satu baris ganda, atau perbaiki NIK-nya.")
F_NOT_ELIGIBLE = QT_TRANSLATE_NOOP("Import", "Tidak memenuhi syarat skema ini; kirim lagi hanya bila datanya salah.")
F_COLUMN = QT_TRANSLATE_NOOP("Import", "Tambahkan kolom {field}, atau pilih kolomnya saat mengimpor.")

_MINOR = ("phone", "email", "income", "kk_number", "rt", "rw", "marital_status")
_MINOR_HEIR = ("phone", "nik")
_REQUIRED_CODES = ("required", "nik.required", "heir.name", "heir.relationship", "import.village_missing")
_ELIGIBILITY_CODES = ("age.window", "eligibility.wage_earner")
COLUMN_ORDER = ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "village",
                 "occupation", "heir_name", "heir_relationship")
# Validation field → the import field whose column feeds it.
_FEEDS = {"village_code": "village", "heirs[0].name": "heir_name", "heirs[0].relationship": "heir_relationship",
          "heirs[0].nik": "heir_nik", "heirs[0].phone": "heir_phone", "programs": "", "occupation_other": "occupation"}


def _minor(field_name: str) -> bool:
    if field_name in _MINOR:
        return True
    return field_name.startswith("heirs[") and field_name.rsplit(".", 1)[-1] in _MINOR_HEIR


def _cleared(reg: Registration, field_name: str) -> Registration:
    if not field_name.startswith("heirs["):
        return reg.copy(**{field_name: None if field_name == "income" else ""})
    index, attr = int(field_name[6:field_name.index("]")]), field_name.rsplit(".", 1)[-1]
    return reg.copy(heirs=[replace(h, **{attr: ""}) if i == index else h for i, h in enumerate(reg.heirs)])


class Settler:
    """Statuses for the person rows of one preview; ``missing`` maps validation fields with no column to the
    import field they would come from."""

    def __init__(self, missing: dict[str, dict[str, str]]) -> None:
        self.missing = missing              # sheet → {validation field: import field}
        self.seen: dict[str, int] = {}
        self.refused_for: dict[tuple[str, str], int] = {}      # (sheet, import field) → rows refused

    def settle(self, pending: Pending, check: Check) -> None:
        result = pending.result
        reg = check.validation.registration
        cell_problems = pending.problems
        damaged = [p for p in cell_problems if p.is_error and p.field == "nik"]
        if damaged:                            # a NIK the spreadsheet ate: that is the one thing to say
            result.status, result.reasons = REJECTED, [p.text() for p in damaged]
            result.fixes = [tr(F_FIX, fields=field_label("nik"))]
            result.warnings = [p.text() for p in cell_problems if not p.is_error]
            return
        broken = {p.field for p in cell_problems if p.is_error}
        problems = cell_problems + [p for p in check.problems if p.field not in broken]
        problems, reg = self._demote_minor(problems, reg)
        result.registration = reg
        result.similar_ids = [s.id for s in check.similar]
        result.warnings = [p.text() for p in problems if not p.is_error]
        errors = [p for p in problems if p.is_error]
        nik_ok = len(reg.nik) == 16 and not any(p.field == "nik" and p.code != "duplicate.nik" for p in errors)
        if check.duplicate is not None:
            d = check.duplicate
            result.status = DUPLICATE
            result.duplicate_of = {"id": d.id, "number": format_number(d.seq), "name": d.full_name}
            result.reasons, result.fixes = [tr(R_DUPLICATE, number=format_number(d.seq), name=d.full_name)], \
                [tr(F_DUPLICATE)]
        elif nik_ok and reg.nik in self.seen:
            result.status, result.duplicate_row = DUPLICATE_IN_FILE, self.seen[reg.nik]
            result.reasons, result.fixes = [tr(R_DUPLICATE_ROW, row=self.seen[reg.nik])], [tr(F_DUPLICATE_ROW)]
        elif errors:
            result.status = REJECTED
            result.reasons, result.fixes = self._reasons(result, errors)
        if nik_ok:
            self.seen.setdefault(reg.nik, result.row)

    @staticmethod
    def _demote_minor(problems: list[Problem], reg: Registration) -> tuple[list[Problem], Registration]:
        out = []
        for p in problems:
            if p.is_error and _minor(p.field):
                reg = _cleared(reg, p.field)
                out.append(warning(p.field, p.code, W_MINOR, problem=p.text()))
            else:
                out.append(p)
        return out, reg

    def _reasons(self, result: RowResult, errors: list[Problem]) -> tuple[list[str], list[str]]:
        missing = self.missing.get(result.sheet, {})
        reasons, fields, columns = [], [], []
        eligible = True
        for p in errors:
            if p.code in _ELIGIBILITY_CODES:
                reasons.append(p.text())
                eligible = False
                continue
            source = missing.get(p.field)
            if source and p.code in _REQUIRED_CODES:
                if source not in columns:
                    columns.append(source)
                continue
            reasons.append(p.text())
            label = field_label(_FEEDS.get(p.field, p.field).split("[")[0] or p.field)
            if label not in fields:
                fields.append(label)
        columns.sort(key=lambda f: COLUMN_ORDER.index(f) if f in COLUMN_ORDER else 99)
        for source in columns:
            key = (result.sheet, source)
            self.refused_for[key] = self.refused_for.get(key, 0) + 1
        reasons = [tr(R_COLUMN_MISSING, field=field_label(c)) for c in columns] + reasons
        fixes = [tr(F_FIX, fields=", ".join(fields))] if fields else []
        fixes += [] if eligible else [tr(F_NOT_ELIGIBLE)]
        fixes += [tr(F_COLUMN, field=field_label(c)) for c in columns]
        return reasons, fixes
