"""Import a village list: analyse (preview, nothing written), then commit in one transaction.

``analyse`` reads the workbook, finds the header, maps the columns (built-in
spellings, then what the office taught it, then the user's choices), and gives
every data row one status: new, duplicate of an existing registration, duplicate
of an earlier row, rejected (why) or skipped (blank, total, footer). ``commit``
writes the new rows and a draft batch holding them, all or nothing; importing
the same file again finds everyone already registered and creates nobody twice.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from desktop_app.domain.batch import BatchKind
from desktop_app.domain.dates import now_local
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.files import sha256_of
from desktop_app.formats.xlsx_reader import RawSheet, read_sheets
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.importing.cells import is_blank, text_of
from desktop_app.services.importing.headers import IGNORE, ColumnMapping, apply_overrides, find_header, normalize_header
from desktop_app.services.importing.preview import (
    DUPLICATE,
    DUPLICATE_IN_FILE,
    REJECTED,
    SKIPPED,
    ImportPreview,
    ImportResult,
    RowResult,
)
from desktop_app.services.importing.rows import RowBuilder, VillageResolver
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.registry import RegistryService
from desktop_app.storage.codec import registration_snapshot

log = logging.getLogger(__name__)
LEARNED_KEY = "import.header_aliases"
_TOTAL_WORDS = ("JUMLAH", "TOTAL", "SUB TOTAL", "SUBTOTAL", "JML", "GRAND TOTAL")

M_NO_HEADER = QT_TRANSLATE_NOOP("Import", "Tidak ditemukan baris judul kolom yang dikenali di {name} (perlu minimal "
                                "kolom NIK, mis. \"NIK\" atau \"NO. KTP\"). Periksa berkasnya atau pilih kolom "
                                "secara manual.")
M_NO_NIK_COLUMN = QT_TRANSLATE_NOOP("Import", "Kolom NIK belum dipilih; pilih kolom yang berisi NIK.")
M_NO_OFFICE = QT_TRANSLATE_NOOP("Import", "Profil kantor belum diisi; isi dulu di Pengaturan agar desa dapat dikenali.")
M_NO_SCHEME = QT_TRANSLATE_NOOP("Import", "Skema {id} tidak ditemukan atau tidak aktif.")
M_CHANGED = QT_TRANSLATE_NOOP("Import", "Data berubah sejak pratinjau: {count} NIK kini sudah terdaftar. Tidak ada "
                                        "yang "
                              "diimpor; analisis ulang berkasnya.")
M_BAD_VILLAGE = QT_TRANSLATE_NOOP("Import", "Desa untuk seluruh berkas tidak dikenali: {detail}")
M_BATCH_TITLE = QT_TRANSLATE_NOOP("Import", "Impor {file}")
M_AUDIT_NOTE = QT_TRANSLATE_NOOP("Import", "impor {file} baris {row}")
R_BLANK = QT_TRANSLATE_NOOP("Import", "Baris kosong.")
R_TOTAL = QT_TRANSLATE_NOOP("Import", "Baris jumlah/total.")
R_NUMBERING = QT_TRANSLATE_NOOP("Import", "Baris nomor kolom di bawah judul.")
R_FOOTER = QT_TRANSLATE_NOOP("Import", "Di bawah tabel (catatan/tanda tangan), bukan data peserta.")
R_DUPLICATE = QT_TRANSLATE_NOOP("Import", "Sudah terdaftar: {number} atas nama {name}.")
R_DUPLICATE_ROW = QT_TRANSLATE_NOOP("Import", "NIK sama dengan baris {row} di berkas ini.")
M_STEP_READ = QT_TRANSLATE_NOOP("Import", "Membaca berkas…")
M_STEP_CHECK = QT_TRANSLATE_NOOP("Import", "Memeriksa baris…")
M_STEP_SAVE = QT_TRANSLATE_NOOP("Import", "Menyimpan peserta…")


class ImportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.registry = RegistryService(ctx)

    # --- analyse -------------------------------------------------------
    def analyse(self, path: Path, *, scheme_id: int | None = None, sheet: str | None = None,
                overrides: dict[int, str] | None = None, default_village: str = "", job: Job = NO_JOB) -> ImportPreview:
        """Read and check the whole file; writes nothing."""
        path = Path(path)
        job.step(0, 1, tr(M_STEP_READ))
        scheme = self._scheme(scheme_id)
        raw, guess = self._table(path, sheet)
        columns = apply_overrides(guess.columns, overrides or {})
        if "nik" not in {c.field for c in columns}:
            raise UserError(tr(M_NO_NIK_COLUMN))
        villages = VillageResolver(self.ctx.regions, self._area())
        village, source = self._default_village(villages, default_village, raw.rows[:guess.first_row])
        builder = RowBuilder(self.ctx.regions, scheme, villages, self.ctx.today(), village)
        rows = self._check_rows(raw, guess.row + 1, columns, builder, job)
        digest = sha256_of(path)
        earlier = [b.id for b in self.store.batches.by_source(digest)]
        return ImportPreview(path, digest, raw.name, guess.row + 1, columns, scheme.id, rows, village, source,
                             earlier)

    def _scheme(self, scheme_id: int | None):
        scheme = self.store.schemes.get(scheme_id) if scheme_id is not None else self.store.schemes.default()
        if scheme is None or not scheme.active:
            raise UserError(tr(M_NO_SCHEME, id=scheme_id if scheme_id is not None else "-"))
        return scheme

    def _area(self) -> str:
        office = self.store.office.get()
        if office is None:
            raise UserError(tr(M_NO_OFFICE))
        return office.area_code

    def _table(self, path: Path, sheet: str | None):
        learned = self.store.office.setting(LEARNED_KEY, {}) or {}
        best = None
        for raw in read_sheets(path, sheet):
            guess = find_header(raw.rows, raw.merged, learned)
            if guess and (best is None or len(guess.fields) > len(best[1].fields)):
                best = (raw, guess)
        if best is None:
            raise UserError(tr(M_NO_HEADER, name=path.name))
        return best

    def _default_village(self, villages: VillageResolver, given: str, titles: list[list]) -> tuple[str, str]:
        if given:
            code, problem = villages.resolve(given)
            if problem:
                raise UserError(tr(M_BAD_VILLAGE, detail=problem.text()))
            return code, "option"
        office = self.store.office.get()
        if office and office.village_code:
            return office.village_code, "office"
        code = villages.in_title([text_of(v) for row in titles for v in row if isinstance(v, str)])
        return (code, "title") if code else ("", "")

    def _check_rows(self, raw: RawSheet, first: int, columns: list[ColumnMapping], builder: RowBuilder,
                    job: Job) -> list[RowResult]:
        used = [c for c in columns if c.field not in (IGNORE, "row_number")]
        nik_index = next(c.index for c in columns if c.field == "nik")
        data = raw.rows[first:]
        last = max((i for i, r in enumerate(data) if nik_index < len(r) and not is_blank(r[nik_index])), default=-1)
        seen: dict[str, int] = {}
        out = []
        for i, cells in enumerate(data):
            result = RowResult(first + i + 1, list(cells))
            reason = self._skip_reason(cells, columns, nik_index, i, last)
            if reason:
                result.status, result.reasons = SKIPPED, [tr(reason)]
            else:
                self._check_row(result, {c.field: cells[c.index] if c.index < len(cells) else "" for c in used},
                                builder, seen)
            out.append(result)
            if i % 200 == 0:
                job.step(i, len(data), tr(M_STEP_CHECK))
        return out

    @staticmethod
    def _skip_reason(cells: list, columns: list[ColumnMapping], nik_index: int, i: int, last: int) -> str | None:
        counted = [cells[c.index] for c in columns if c.field != "row_number" and c.index < len(cells)]
        if all(is_blank(v) for v in counted):
            return R_BLANK
        nik = cells[nik_index] if nik_index < len(cells) else ""
        if len(text_of(nik)) < 15 and any(normalize_header(v).startswith(_TOTAL_WORDS)
                                          for v in cells if isinstance(v, str)):
            return R_TOTAL
        numbers = [v for v in cells if not is_blank(v)]
        if i == 0 and len(numbers) > 2 and all(isinstance(v, (int, float)) for v in numbers) \
                and [int(v) for v in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
            return R_NUMBERING
        if i > last:
            return R_FOOTER
        return None

    def _check_row(self, result: RowResult, cells: dict, builder: RowBuilder, seen: dict[str, int]) -> None:
        reg, cell_problems = builder.build(cells)
        result.registration = reg
        damaged = [p for p in cell_problems if p.is_error and p.field == "nik"]
        if damaged:
            result.status, result.reasons = REJECTED, [p.text() for p in damaged]
            return
        check = self.registry.check(reg, builder.scheme)
        result.registration = check.validation.registration
        nik = result.registration.nik
        broken = {p.field for p in cell_problems if p.is_error}
        problems = cell_problems + [p for p in check.problems if p.field not in broken]
        result.warnings = [p.text() for p in problems if not p.is_error]
        if check.duplicate is not None:
            d = check.duplicate
            result.status = DUPLICATE
            result.duplicate_of = {"id": d.id, "number": format_number(d.seq), "name": d.full_name}
            result.reasons = [tr(R_DUPLICATE, number=format_number(d.seq), name=d.full_name)]
        elif len(nik) == 16 and nik in seen:
            result.status, result.duplicate_row = DUPLICATE_IN_FILE, seen[nik]
            result.reasons = [tr(R_DUPLICATE_ROW, row=seen[nik])]
        elif any(p.is_error for p in problems):
            result.status, result.reasons = REJECTED, [p.text() for p in problems if p.is_error]
        result.similar_ids = [s.id for s in check.similar]
        if len(nik) == 16:
            seen.setdefault(nik, result.row)

    # --- commit --------------------------------------------------------
    def commit(self, preview: ImportPreview, *, job: Job = NO_JOB, title: str = "") -> ImportResult:
        """Write every new row and a draft batch with them in one transaction (all or nothing)."""
        rows = preview.new_rows()
        if not rows:
            return ImportResult(preview, None, 0)
        now = now_local()
        op = self.ctx.operator
        regs = [replace(r.registration, id="", seq=None, created_at=now, created_by=op, updated_at=now,
                        updated_by=op) for r in rows]
        with self.store.write():
            self._recheck(regs)
            stored = []
            for first in range(0, len(regs), 1000):
                stored += self.store.registrations.insert_many(regs[first:first + 1000])
                job.step(len(stored), len(regs), tr(M_STEP_SAVE))
            batch_id = self.store.batches.create(preview.scheme_id, op, kind=BatchKind.IMPORT,
                                                 title=title or tr(M_BATCH_TITLE, file=preview.path.name),
                                                 source_file=preview.path.name, source_sha256=preview.sha256)
            self.store.batches.add_items(batch_id, [s.id for s in stored])
            self._audit(preview, rows, stored, batch_id)
            job.step(len(regs), len(regs), tr(M_STEP_SAVE))
        log.info("imported %s rows from %s into batch %s", len(stored), preview.path.name, batch_id)
        return ImportResult(preview, batch_id, len(stored))

    def _recheck(self, regs: list) -> None:
        existing = self.store.registrations.active_by_nik([r.nik for r in regs])
        clash = [r for r in regs if any(e["scheme_id"] == r.scheme_id for e in existing.get(r.nik, []))]
        if clash:
            log.warning("import refused: %s NIKs registered since the preview (first %s)", len(clash),
                        mask_nik(clash[0].nik))
            raise UserError(tr(M_CHANGED, count=len(clash)))

    def _audit(self, preview: ImportPreview, rows: list[RowResult], stored: list, batch_id: int) -> None:
        op, name = self.ctx.operator, preview.path.name
        entries = []
        for row, reg in zip(rows, stored, strict=True):
            note = tr(M_AUDIT_NOTE, file=name, row=row.row)
            entries.append((op, "create", "registration", reg.id, None, registration_snapshot(reg), note))
            if row.similar_ids:
                entries.append((op, "similar_confirmed", "registration", reg.id, None,
                                {"similar_to": row.similar_ids}, note))
            if len(entries) >= 1000:
                self.store.audit.record_many(entries)
                entries = []
        self.store.audit.record_many(entries)
        self.store.audit.record(op, "import", "batch", str(batch_id), new={
            "file": name, "sha256": preview.sha256, "sheet": preview.sheet, **preview.counts,
            "mapping": {c.letter: c.field for c in preview.columns if c.field}})

    # --- mapping memory --------------------------------------------------
    def remember_mapping(self, preview: ImportPreview) -> int:
        """Keep the user's column choices (header text → field) for the next files."""
        learned = dict(self.store.office.setting(LEARNED_KEY, {}) or {})
        chosen = {normalize_header(c.header): c.field for c in preview.columns if c.source == "user" and c.header}
        learned.update(chosen)
        with self.store.write():
            self.store.office.set_setting(LEARNED_KEY, learned)
        return len(chosen)
