"""Export any filtered Data Peserta list (search, desa, status, scheme, batch) to Excel.

The same ``RegistrationQuery`` the list shows — the window's filters or
``lindungi search … --xlsx`` — gives the same people in the same order. NIK
and phone numbers are masked unless the operator chooses full data, and that
choice is written to the processing log with the filter and the row count
(UU 27/2022). The file is written under a temporary name, read back with a
second reader and compared cell by cell, and only then renamed into place.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.dates import format_date
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.normalize import mask_phone
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regions import district_of
from desktop_app.domain.registration import registration_status_label, sex_label
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.files import PendingFile
from desktop_app.formats.xlsx_writer import (
    DATE,
    NUMBER,
    TEXT,
    Column,
    SheetData,
    compare_sheets,
    read_back,
    write_workbook,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.disclosure import disclosed, query_filter
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.roles import require

log = logging.getLogger(__name__)
PAGE = 2000

COLUMNS = (
    (QT_TRANSLATE_NOOP("ListExport", "NO"), NUMBER, 6),
    (QT_TRANSLATE_NOOP("ListExport", "NO PENDAFTARAN"), TEXT, 13),
    (QT_TRANSLATE_NOOP("ListExport", "NIK"), TEXT, 20),
    (QT_TRANSLATE_NOOP("ListExport", "NAMA LENGKAP"), TEXT, 30),
    (QT_TRANSLATE_NOOP("ListExport", "TANGGAL LAHIR"), DATE, 13),
    (QT_TRANSLATE_NOOP("ListExport", "JENIS KELAMIN"), TEXT, 12),
    (QT_TRANSLATE_NOOP("ListExport", "DESA/KELURAHAN"), TEXT, 22),
    (QT_TRANSLATE_NOOP("ListExport", "KECAMATAN"), TEXT, 18),
    (QT_TRANSLATE_NOOP("ListExport", "PEKERJAAN"), TEXT, 24),
    (QT_TRANSLATE_NOOP("ListExport", "NO HP"), TEXT, 15),
    (QT_TRANSLATE_NOOP("ListExport", "SKEMA"), TEXT, 26),
    (QT_TRANSLATE_NOOP("ListExport", "STATUS"), TEXT, 16),
    (QT_TRANSLATE_NOOP("ListExport", "NO KPJ"), TEXT, 15),
    (QT_TRANSLATE_NOOP("ListExport", "BATCH"), NUMBER, 8),
)
OFFICE_COLUMN = (QT_TRANSLATE_NOOP("ListExport", "KANTOR ASAL"), TEXT, 16)   # the Dinas view: several offices
SHEET_LIST, SHEET_INFO = "Peserta", "Info"
M_EMPTY = QT_TRANSLATE_NOOP("ListExport", "Tidak ada peserta pada daftar ini; tidak ada yang diekspor.")
M_MISMATCH = QT_TRANSLATE_NOOP("ListExport", "Pemeriksaan berkas gagal ({cells}); berkas tidak disimpan.")
M_STEP = QT_TRANSLATE_NOOP("ListExport", "Menyusun daftar peserta…")
I_FILTER = QT_TRANSLATE_NOOP("ListExport", "Saringan")
I_ROWS = QT_TRANSLATE_NOOP("ListExport", "Jumlah peserta")
I_NIK = QT_TRANSLATE_NOOP("ListExport", "NIK dan nomor HP")
I_NIK_FULL = QT_TRANSLATE_NOOP("ListExport", "lengkap (pilihan operator, tercatat di log pemrosesan)")
I_NIK_MASKED = QT_TRANSLATE_NOOP("ListExport", "disamarkan")
I_BY = QT_TRANSLATE_NOOP("ListExport", "Diekspor oleh")
I_AT = QT_TRANSLATE_NOOP("ListExport", "Diekspor pada")
I_VERSION = QT_TRANSLATE_NOOP("ListExport", "Versi aplikasi")
H_KEY = QT_TRANSLATE_NOOP("ListExport", "KETERANGAN")
H_VALUE = QT_TRANSLATE_NOOP("ListExport", "ISI")


@dataclass(frozen=True)
class ListExportResult:
    path: Path
    rows: int
    full_nik: bool

    def as_dict(self) -> dict:
        return {"file": str(self.path), "rows": self.rows, "full_nik": self.full_nik}


describe = query_filter   # the filter as plain values (for the Info sheet and the audit log)


class ListExporter:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self._name = lru_cache(maxsize=4096)(self._region_name)

    def _region_name(self, code: str) -> str:
        region = self.ctx.regions.get(code) if code else None
        return region.name if region else ""

    def export(self, query: RegistrationQuery, out: Path, *, full_nik: bool = False,
               job: Job = NO_JOB) -> ListExportResult:
        """Write the list to ``out`` (read back and compared first); audited with the NIK choice."""
        require(self.ctx, ("list.export.full" if full_nik else "list.export.masked"))
        sheets = [self.list_sheet(query, full_nik, job)]
        if not sheets[0].rows:
            raise UserError(tr(M_EMPTY))
        sheets.append(self._info_sheet(query, len(sheets[0].rows), full_nik))
        with PendingFile(Path(out)) as pending:
            write_workbook(pending.temp_path, sheets, properties={"creator": f"Lindungi {__version__}"})
            mismatches = compare_sheets(read_back(pending.temp_path), sheets)
            if mismatches:
                raise UserError(tr(M_MISMATCH, cells=", ".join(f"{m.sheet}!{m.cell}" for m in mismatches[:10])))
            job.check()
            with pending.committing(self.store.write()):
                self.store.audit.record(self.ctx.operator, "export_list", "registrations", "",
                                        new=disclosed("list", len(sheets[0].rows), pending.target,
                                                      rows=len(sheets[0].rows), full_nik=full_nik,
                                                      filter=describe(query), file=pending.target.name))
        log.info("exported a list of %d registrations (full NIK: %s) to %s", len(sheets[0].rows), full_nik,
                 pending.target.name)
        return ListExportResult(pending.target, len(sheets[0].rows), full_nik)

    def list_sheet(self, query: RegistrationQuery, full_nik: bool, job: Job = NO_JOB) -> SheetData:
        require(self.ctx, ("list.export.full" if full_nik else "list.export.masked"))
        total = self.store.registrations.count(query)
        schemes = {s.id: s.name for s in self.store.schemes.all()}
        offices = self.store.registrations.several_origins()   # a Dinas list says which office registered whom
        rows: list[list] = []
        while len(rows) < total:
            page = self.store.registrations.page(query, len(rows), PAGE)
            if not page:
                break
            rows += [self._row(len(rows) + i, r, schemes, full_nik) + ([r["origin_office"]] if offices else [])
                     for i, r in enumerate(page, 1)]
            job.step(len(rows), total, tr(M_STEP))
        columns = COLUMNS + ((OFFICE_COLUMN,) if offices else ())
        return SheetData(SHEET_LIST, [Column(tr(h), f, w) for h, f, w in columns], rows)

    def _row(self, n: int, r: dict, schemes: dict[int, str], full_nik: bool) -> list:
        phone = r["phone"] or ""
        return [n, format_number(r["seq"]), r["nik"] if full_nik else mask_nik(r["nik"]), r["full_name"],
                date.fromisoformat(r["birth_date"]) if r["birth_date"] else None, sex_label(r["sex"]),
                self._name(r["village_code"]) or r["village_code"], self._name(district_of(r["village_code"])),
                occupation_label(r["occupation"]), phone if full_nik or not phone else mask_phone(phone),
                schemes.get(r["scheme_id"], ""), registration_status_label(r["bpjs_status"], bool(r["deleted_at"])),
                r["kpj"], r["batch_id"]]

    def _info_sheet(self, query: RegistrationQuery, rows: int, full_nik: bool) -> SheetData:
        now = datetime.now().astimezone()
        shown = "; ".join(f"{k}={v}" for k, v in describe(query).items())
        info = [(I_FILTER, shown or "-"), (I_ROWS, rows), (I_NIK, tr(I_NIK_FULL if full_nik else I_NIK_MASKED)),
                (I_BY, self.ctx.operator), (I_AT, f"{format_date(now.date())} {now:%H:%M}"),
                (I_VERSION, f"Lindungi {__version__}")]
        return SheetData(SHEET_INFO, [Column(tr(H_KEY), TEXT, 24), Column(tr(H_VALUE), TEXT, 70)],
                         [[tr(k), v] for k, v in info])
