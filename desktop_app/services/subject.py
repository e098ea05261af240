"""A data-subject request (UU 27/2022): everything held about one NIK and every processing step.

``SubjectService(ctx).gather(person)`` collects, for a NIK or a registration number,
each registration (identity, address, work, scheme, consent, BPJS state, who entered and
changed it), its heirs, the batches it was in with BPJS's answers, and every log row
about it or its batches (``AuditReader``). ``write_pdf`` prints it for the person; the
NIKs on the sheet are masked (the person knows their own). Supervisors and admins only
(``subject.view``); each view and print is logged against every registration shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.audit_query import AuditQuery
from desktop_app.domain.batch import status_label
from desktop_app.domain.dates import format_date, format_date_long
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.registration import (
    LEGAL_BASIS_LABELS,
    REGISTRATION_STATUS_LABELS,
    Registration,
    registration_status_label,
    sex_label,
)
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import NotFound, UserError
from desktop_app.files import PendingFile
from desktop_app.formats.report_pdf import TableView
from desktop_app.formats.subject_pdf import SubjectView, write_subject
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import roles
from desktop_app.services.audit_reader import AuditLine, AuditReader
from desktop_app.services.context import Context
from desktop_app.services.disclosure import SCREEN, disclosed
from desktop_app.services.print_settings import load_print_settings
from desktop_app.services.slip_content import address_text, slip_header

M_WHO = QT_TRANSLATE_NOOP("Subject", "Ketik NIK (16 angka) atau nomor pendaftaran (012-000123-7 atau 000123-4) "
                                     "orang itu.")
M_NONE = QT_TRANSLATE_NOOP("Subject", "Kantor ini tidak menyimpan data tentang {person}.")
T = {k: v for k, v in (
    ("title", QT_TRANSLATE_NOOP("Subject", "Data Pribadi yang Disimpan dan Riwayat Pemrosesannya")),
    ("subtitle", QT_TRANSLATE_NOOP("Subject", "NIK {nik} · dicetak {date} oleh {operator}")),
    ("registration", QT_TRANSLATE_NOOP("Subject", "Pendaftaran {number}")),
    ("heirs", QT_TRANSLATE_NOOP("Subject", "Ahli waris")),
    ("batches", QT_TRANSLATE_NOOP("Subject", "Batch dan jawaban BPJS")),
    ("steps", QT_TRANSLATE_NOOP("Subject", "Riwayat pemrosesan (log)")),
    ("basis", QT_TRANSLATE_NOOP("Subject", "Dasar UU 27/2022 tentang Pelindungan Data Pribadi: hak subjek data "
                                           "untuk mengetahui data yang diproses dan riwayat pemrosesannya.")))}
FIELDS = (QT_TRANSLATE_NOOP("Subject", "Nama"), QT_TRANSLATE_NOOP("Subject", "NIK"),
          QT_TRANSLATE_NOOP("Subject", "Tempat, tanggal lahir"), QT_TRANSLATE_NOOP("Subject", "Jenis kelamin"),
          QT_TRANSLATE_NOOP("Subject", "Nama ibu kandung"), QT_TRANSLATE_NOOP("Subject", "Nomor KK"),
          QT_TRANSLATE_NOOP("Subject", "Alamat"), QT_TRANSLATE_NOOP("Subject", "Desa/kelurahan"),
          QT_TRANSLATE_NOOP("Subject", "Nomor HP"), QT_TRANSLATE_NOOP("Subject", "E-mail"),
          QT_TRANSLATE_NOOP("Subject", "Pekerjaan"), QT_TRANSLATE_NOOP("Subject", "Penghasilan"),
          QT_TRANSLATE_NOOP("Subject", "Skema"), QT_TRANSLATE_NOOP("Subject", "Status"),
          QT_TRANSLATE_NOOP("Subject", "KPJ"), QT_TRANSLATE_NOOP("Subject", "Dasar pemrosesan"),
          QT_TRANSLATE_NOOP("Subject", "Didaftarkan"), QT_TRANSLATE_NOOP("Subject", "Terakhir diubah"))
HEIR_HEADS = (QT_TRANSLATE_NOOP("Subject", "Nama"), QT_TRANSLATE_NOOP("Subject", "Hubungan"),
              QT_TRANSLATE_NOOP("Subject", "NIK"), QT_TRANSLATE_NOOP("Subject", "Nomor HP"))
BATCH_HEADS = (QT_TRANSLATE_NOOP("Subject", "Batch"), QT_TRANSLATE_NOOP("Subject", "Status batch"),
               QT_TRANSLATE_NOOP("Subject", "Masuk"), QT_TRANSLATE_NOOP("Subject", "Jawaban BPJS"),
               QT_TRANSLATE_NOOP("Subject", "KPJ"), QT_TRANSLATE_NOOP("Subject", "Alasan"))
STEP_HEADS = (QT_TRANSLATE_NOOP("Subject", "Waktu"), QT_TRANSLATE_NOOP("Subject", "Operator"),
              QT_TRANSLATE_NOOP("Subject", "Tindakan"), QT_TRANSLATE_NOOP("Subject", "Rincian"))


@dataclass
class SubjectFile:
    """Everything about one person, worded for the screen and the PDF."""

    masked_nik: str
    name: str
    registrations: list[Registration] = field(default_factory=list)
    sections: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    steps: list[AuditLine] = field(default_factory=list)


def _stamp(when, who: str) -> str:
    return f"{format_date(when.date())} {when:%H:%M}, {who}" if when else "-"


class SubjectService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.reader = AuditReader(ctx)

    def gather(self, person: str) -> SubjectFile:
        """Everything about the NIK or registration number ``person``; the view is logged."""
        roles.require(self.ctx, "subject.view")
        query = AuditQuery(person=person)
        subjects = self.reader.subjects(query)
        if subjects is None:
            raise UserError(tr(M_WHO))
        regs = [r for r in (self.store.registrations.get(i) for i in subjects.registration_ids) if r]
        if not regs:
            raise NotFound(tr(M_NONE, person=query.describe().get("person", person)))
        out = SubjectFile(mask_nik(regs[0].nik), regs[-1].full_name, regs)
        schemes = {s.id: s.name for s in self.store.schemes.all()}
        for reg in regs:
            out.sections.append((tr(T["registration"], number=format_number(reg.seq)), self._fields(reg, schemes)))
        out.tables = [self._heirs(regs), self._batches(regs)]
        out.steps = self.reader.page(query, 0, 100_000, oldest_first=True, subjects=subjects)
        self._log(regs, SCREEN)
        return out

    def _fields(self, reg: Registration, schemes: dict[int, str]) -> list[tuple[str, str]]:
        village = self.ctx.regions.get(reg.village_code)
        birth = ", ".join(p for p in (reg.birth_place, format_date_long(reg.birth_date) if reg.birth_date else "")
                          if p)
        values = (reg.full_name, mask_nik(reg.nik), birth, sex_label(reg.sex), reg.mother_name,
                  mask_nik(reg.kk_number) if reg.kk_number else "", address_text(reg),
                  village.name if village else reg.village_code, reg.phone, reg.email,
                  occupation_label(reg.occupation), f"{reg.income:,}".replace(",", ".") if reg.income else "",
                  schemes.get(reg.scheme_id, ""), registration_status_label(reg.bpjs_status, reg.deleted), reg.kpj,
                  tr(LEGAL_BASIS_LABELS[reg.legal_basis]) if reg.legal_basis in LEGAL_BASIS_LABELS else reg.legal_basis,
                  _stamp(reg.created_at, reg.created_by), _stamp(reg.updated_at, reg.updated_by))
        return [(tr(label), value or "-") for label, value in zip(FIELDS, values, strict=True)]

    @staticmethod
    def _heirs(regs: list[Registration]) -> TableView:
        rows = [[h.name, h.relationship, mask_nik(h.nik) if h.nik else "-", h.phone or "-"]
                for reg in regs for h in reg.heirs]
        return TableView(tr(T["heirs"]), [tr(h) for h in HEIR_HEADS], rows, widths_mm=(60, 40, 40, 40))

    def _batches(self, regs: list[Registration]) -> TableView:
        rows = []
        for reg in regs:
            for m in self.store.audit_queries.memberships(reg.id):
                answer = tr(REGISTRATION_STATUS_LABELS[m["result"]]) if m["result"] else "-"
                rows.append([f"#{m['id']} {m['title']}".strip(), status_label(m["status"]), (m["added_at"] or "")[:10],
                             answer, m["result_kpj"] or "-", m["result_reason"] or "-"])
        return TableView(tr(T["batches"]), [tr(h) for h in BATCH_HEADS], rows, widths_mm=(50, 24, 22, 24, 28, 32))

    def write_pdf(self, file: SubjectFile, out: Path) -> tuple[Path, int]:
        """The sheet for the person; logged as a print of their data to ``out``."""
        roles.require(self.ctx, "subject.view")
        office = self.store.office.get()
        steps = TableView(tr(T["steps"]), [tr(h) for h in STEP_HEADS],
                          [[s.at, s.operator, s.action_label, s.detail] for s in file.steps],
                          widths_mm=(30, 28, 42, 80))
        view = SubjectView(slip_header(office, load_print_settings(self.store).logo_path), tr(T["title"]),
                           tr(T["subtitle"], nik=file.masked_nik, date=format_date_long(self.ctx.today()),
                              operator=self.ctx.operator),
                           file.sections, [*file.tables, steps], tr(T["basis"]))
        with PendingFile(Path(out)) as pending:
            pages = write_subject(pending.temp_path, view)
            self._log(file.registrations, pending.target, pending)
        return pending.target, pages

    def _log(self, regs: list[Registration], where: Path | str, pending: PendingFile | None = None) -> None:
        if self.store.readonly:
            return
        rows = [(self.ctx.operator, "subject.view", "registration", r.id, None,
                 disclosed("subject", 1, where), "") for r in regs]
        with pending.committing(self.store.write()) if pending else self.store.write():
            self.store.audit.record_many(rows)
