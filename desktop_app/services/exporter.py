"""Export a batch to .xlsx for submission, prove the file, then lock the batch.

Sheets: "Peserta" (columns from the template), "Rekap" (counts and contribution
totals) and "Info" (office, scheme, batch, who/when, app version, rows). The file
is written under a temporary name (``desktop_app.files``), read back with a second
reader and compared cell by cell with what the database says; only a file that
matches is renamed into place, and in the same transaction — after checking that
the database still says what the file says — the batch is locked with the file's
SHA-256. A mismatch, a failure or a cancel leaves no file and no lock; an export
cut off between its rename and its commit can be redone onto the same name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.batch import Action, Batch, kind_label
from desktop_app.domain.cost_text import CostLine, cost_lines
from desktop_app.domain.dates import format_date
from desktop_app.domain.registration import Sex, sex_label
from desktop_app.domain.scheme import FUNDING_LABELS
from desktop_app.errors import UserError
from desktop_app.files import PendingFile, sha256_of
from desktop_app.formats.xlsx_writer import (
    MONEY,
    NUMBER,
    TEXT,
    Column,
    Mismatch,
    SheetData,
    compare_sheets,
    read_back,
    write_workbook,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.export_fields import RowContext, expand_heirs, load_template, row_values, template_path
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.roles import require

log = logging.getLogger(__name__)
SHEET_PEOPLE, SHEET_RECAP, SHEET_INFO = "Peserta", "Rekap", "Info"
ATTEMPTS = 3

M_EXISTS = QT_TRANSLATE_NOOP("Export", "Berkas {path} sudah ada; pilih nama lain atau izinkan menimpa.")
M_MISMATCH = QT_TRANSLATE_NOOP("Export", "Pemeriksaan berkas gagal: {count} sel berbeda dengan basis data ({cells}). "
                               "Berkas tidak disimpan dan batch tidak dikunci.")
M_CHANGED = QT_TRANSLATE_NOOP("Export", "Batch {id} terus berubah selama ekspor (anggota atau data peserta "
                              "diubah di jendela lain); tidak ada berkas yang disimpan dan batch tidak dikunci. "
                              "Coba lagi sebentar lagi.")
M_STEP_ROWS = QT_TRANSLATE_NOOP("Export", "Menyusun baris peserta…")
M_STEP_WRITE = QT_TRANSLATE_NOOP("Export", "Menulis berkas Excel…")
M_STEP_VERIFY = QT_TRANSLATE_NOOP("Export", "Memeriksa ulang isi berkas…")
H_ITEM = QT_TRANSLATE_NOOP("Export", "URAIAN")
H_CODE = QT_TRANSLATE_NOOP("Export", "KODE / KETERANGAN")
H_PEOPLE = QT_TRANSLATE_NOOP("Export", "JUMLAH PESERTA")
H_MONEY = QT_TRANSLATE_NOOP("Export", "IURAN (RUPIAH)")
H_KEY = QT_TRANSLATE_NOOP("Export", "KETERANGAN")
H_VALUE = QT_TRANSLATE_NOOP("Export", "ISI")
R_TOTAL = QT_TRANSLATE_NOOP("Export", "Jumlah peserta")
R_VILLAGE = QT_TRANSLATE_NOOP("Export", "Desa/Kelurahan: {name}")
R_OCCUPATION = QT_TRANSLATE_NOOP("Export", "Pekerjaan: {name}")
I_OFFICE = QT_TRANSLATE_NOOP("Export", "Kantor")
I_GOVERNMENT = QT_TRANSLATE_NOOP("Export", "Pemerintah")
I_SCHEME = QT_TRANSLATE_NOOP("Export", "Skema")
I_FUNDING = QT_TRANSLATE_NOOP("Export", "Sumber dana")
I_WADAH = QT_TRANSLATE_NOOP("Export", "Kode wadah")
I_PKS = QT_TRANSLATE_NOOP("Export", "Nomor PKS")
I_PERIOD = QT_TRANSLATE_NOOP("Export", "Masa perlindungan skema")
I_BATCH = QT_TRANSLATE_NOOP("Export", "Nomor batch")
I_TITLE = QT_TRANSLATE_NOOP("Export", "Judul batch")
I_KIND = QT_TRANSLATE_NOOP("Export", "Jenis batch")
I_RENEWAL = QT_TRANSLATE_NOOP("Export", "{kind} — perpanjangan dari skema {name}")
I_BY = QT_TRANSLATE_NOOP("Export", "Diekspor oleh")
I_AT = QT_TRANSLATE_NOOP("Export", "Diekspor pada")
I_VERSION = QT_TRANSLATE_NOOP("Export", "Versi aplikasi")
I_ROWS = QT_TRANSLATE_NOOP("Export", "Jumlah baris peserta")
I_TEMPLATE = QT_TRANSLATE_NOOP("Export", "Templat kolom")


class _BatchChanged(Exception):
    """The batch changed between building the sheets and locking it."""


def _cost_row(line: CostLine) -> list:
    """A money fact as a Rekap row: counts in the people column, rupiah in the money column, words
    (the months covered, a rate that differs) in the code/remark column."""
    if line.number is None:
        return [line.label, line.text, None, None]
    if line.rupiah:
        return [line.label, "", None, line.number]
    return [line.label, "", line.number, None]


class ExportMismatch(UserError):
    """The written file does not say what the database says; ``mismatches`` names the cells."""

    def __init__(self, message: str, mismatches: list[Mismatch]) -> None:
        super().__init__(message)
        self.mismatches = mismatches


@dataclass
class ExportResult:
    path: Path
    sha256: str
    rows: int
    batch_id: int
    status: str
    sheets: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "sha256": self.sha256, "rows": self.rows, "batch_id": self.batch_id,
                "status": self.status, "sheets": self.sheets}


class BatchExporter:
    def __init__(self, ctx: Context, template: Path | None = None) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.batches = BatchService(ctx)
        self.template = template

    def export(self, batch_id: int, out: Path, *, job: Job = NO_JOB, overwrite: bool = False) -> ExportResult:
        """Write, verify, then lock (draft/locked) and rename into ``out``; all or nothing.

        The members, the file's hash, its row count and the lock are one snapshot: inside
        the write transaction that locks the batch, the sheets are built again and must equal
        the ones written (a batch changed meanwhile is exported again, up to ``ATTEMPTS``
        times), so nobody can change the batch between the check and the lock. A file
        already at ``out`` that holds exactly this export (an export interrupted between its
        rename and its commit) is replaced as if ``overwrite`` were given."""
        require(self.ctx, "batch.export")
        out = Path(out)
        for attempt in range(1, ATTEMPTS + 1):
            sheets = self.build_sheets(batch_id, job)
            if out.exists() and not overwrite and not self._same_export(out, sheets):
                raise UserError(tr(M_EXISTS, path=out))
            result = self._export_once(batch_id, out, sheets, job)
            if result is not None:
                return result
            log.info("batch %s changed during its export (attempt %s); exporting again", batch_id, attempt)
        raise UserError(tr(M_CHANGED, id=batch_id))

    def _export_once(self, batch_id: int, out: Path, sheets: list[SheetData], job: Job) -> ExportResult | None:
        """One write-verify-lock pass; None when the batch changed after ``sheets`` were built."""
        rows = len(sheets[0].rows)
        try:
            with PendingFile(out) as pending:
                self._write(pending.temp_path, sheets, job, batch_id)
                self._verify(pending.temp_path, sheets, job)
                digest = sha256_of(pending.temp_path)
                with pending.committing(self.store.write()):
                    if not self._still_current(batch_id, sheets):
                        raise _BatchChanged   # rolls back and discards the file, unlike a return
                    self.batches.record_export(batch_id, out.name, digest, rows)
        except _BatchChanged:
            return None
        status = self.batches.get(batch_id).status
        log.info("exported batch %s: %s rows, sha256 %s", batch_id, rows, digest[:12])
        return ExportResult(out, digest, rows, batch_id, status, [s.name for s in sheets])

    def _still_current(self, batch_id: int, sheets: list[SheetData]) -> bool:
        """Inside the write transaction: does the database still say what the file says?"""
        try:
            now = self.build_sheets(batch_id)
        except UserError:                       # emptied or a member deleted meanwhile
            return False
        return all(a.rows == b.rows for a, b in zip(now[:2], sheets[:2], strict=True))

    def _same_export(self, path: Path, sheets: list[SheetData]) -> bool:
        """True when ``path`` already holds exactly these members and totals (the Info sheet,
        with its time of export, aside): replacing it loses nothing."""
        try:
            written = read_back(path)
        except Exception:  # noqa: BLE001 - any file the reader cannot read is not ours
            return False
        return not compare_sheets(written, sheets[:2], limit=1)

    def _write(self, tmp: Path, sheets: list[SheetData], job: Job, batch_id: int) -> None:
        total = len(sheets[0].rows)
        job.step(0, total, tr(M_STEP_WRITE))
        write_workbook(tmp, sheets, progress=lambda n, t: job.step(n, total, tr(M_STEP_WRITE)),
                       properties={"creator": f"Lindungi {__version__}", "title": f"Batch {batch_id}"})

    def _verify(self, tmp: Path, sheets: list[SheetData], job: Job) -> None:
        job.step(0, 1, tr(M_STEP_VERIFY))
        written = read_back(tmp)
        mismatches = compare_sheets(written, sheets, progress=lambda n, t: job.step(n, t, tr(M_STEP_VERIFY)))
        if mismatches:
            cells = ", ".join(f"{m.sheet}!{m.cell}" for m in mismatches[:10])
            raise ExportMismatch(tr(M_MISMATCH, count=len(mismatches), cells=cells), mismatches)

    # --- content -------------------------------------------------------
    def build_sheets(self, batch_id: int, job: Job = NO_JOB) -> list[SheetData]:
        """The three sheets of a batch that may be exported now (else its refusal as a ``UserError``)."""
        require(self.ctx, "batch.export")
        batch, _counts = self.batches.require(batch_id, Action.EXPORT)
        people = self.store.registrations.for_batch(batch_id)
        return [self._people_sheet(batch, people, job), self._recap_sheet(batch_id),
                self._info_sheet(batch, len(people))]

    def _people_sheet(self, batch: Batch, people: list, job: Job) -> SheetData:
        columns = expand_heirs(load_template(self.template), max((len(r.heirs) for r in people), default=1))
        scheme = self.store.schemes.get(batch.scheme_id)
        x = RowContext(self.ctx.regions, scheme, self.store.schemes.rate_table(scheme.rate_version),
                       self.store.schemes.discounts())
        rows = []
        for n, reg in enumerate(people, 1):
            x.index = n
            rows.append(row_values(reg, columns, x))
            if n % 1000 == 0:
                job.step(n, len(people), tr(M_STEP_ROWS))
        return SheetData(SHEET_PEOPLE, [c.column for c in columns], rows)

    def _recap_sheet(self, batch_id: int) -> SheetData:
        stats = self.batches.summary(batch_id).stats
        cost = stats.cost          # the one money rule, as in the statistics and the berita acara
        rows = [[tr(R_TOTAL), "", stats.total, None],
                [sex_label(Sex.MALE), Sex.MALE.value, stats.by_sex.get(Sex.MALE, 0), None],
                [sex_label(Sex.FEMALE), Sex.FEMALE.value, stats.by_sex.get(Sex.FEMALE, 0), None]]
        rows += [_cost_row(line) for line in cost_lines(cost) if line.key != "people"] + [[]]
        rows += [[tr(R_VILLAGE, name=v["name"]), v["code"], v["count"], None] for v in stats.by_village]
        rows.append([])
        rows += [[tr(R_OCCUPATION, name=o["occupation"]), "", o["count"], None] for o in stats.by_occupation]
        columns = [Column(tr(H_ITEM), TEXT, 44), Column(tr(H_CODE), TEXT, 34), Column(tr(H_PEOPLE), NUMBER, 16),
                   Column(tr(H_MONEY), MONEY, 20)]
        return SheetData(SHEET_RECAP, columns, rows)

    def _kind(self, batch: Batch) -> str:
        """"Biasa", "Koreksi" … — and for a renewal batch "perpanjangan dari <scheme>"."""
        if not batch.renewal_of:
            return kind_label(batch.kind)
        old = self.store.schemes.get(batch.renewal_of)
        return tr(I_RENEWAL, kind=kind_label(batch.kind), name=old.name if old else str(batch.renewal_of))

    def _info_sheet(self, batch: Batch, rows: int) -> SheetData:
        office = self.store.office.get()
        scheme = self.store.schemes.get(batch.scheme_id)
        now = datetime.now().astimezone()
        info = [
            (I_OFFICE, office.name if office else ""), (I_GOVERNMENT, office.government_name if office else ""),
            (I_SCHEME, scheme.name), (I_FUNDING, tr(FUNDING_LABELS[scheme.funding_source])),
            (I_WADAH, scheme.wadah_code), (I_PKS, scheme.pks_number),
            (I_PERIOD, f"{scheme.coverage_start.label()} – {scheme.coverage_end.label()}"),
            (I_BATCH, str(batch.id)), (I_TITLE, batch.title),
            (I_KIND, self._kind(batch)), (I_BY, self.ctx.operator),
            (I_AT, f"{format_date(now.date())} {now:%H:%M}"), (I_VERSION, f"Lindungi {__version__}"),
            (I_ROWS, rows), (I_TEMPLATE, template_path(self.template).name),
        ]
        columns = [Column(tr(H_KEY), TEXT, 28), Column(tr(H_VALUE), TEXT, 60)]
        return SheetData(SHEET_INFO, columns, [[tr(k), v] for k, v in info])
