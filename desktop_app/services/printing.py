"""Printing enrolment slips and batch recaps: the calls the CLI and the desk use.

Each run writes its PDF to a temporary file beside the target; only when the
document is complete are the reprint counters raised and the audit rows
("print") written, in one transaction that also moves the file into place. A
cancelled (``Job``) or failed run leaves neither a file nor a counted print.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.batch import Action
from desktop_app.domain.office import Office
from desktop_app.domain.registration import Registration
from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.errors import NotFound, UserError
from desktop_app.files import PendingFile
from desktop_app.formats.recap_pdf import write_recap
from desktop_app.formats.slip_pdf import write_slips
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.jobs import NO_JOB, Job
from desktop_app.services.office import OfficeService
from desktop_app.services.print_settings import PrintSettings, load_print_settings
from desktop_app.services.recap_content import RecapComposer
from desktop_app.services.roles import require
from desktop_app.services.slip_content import SlipComposer, slip_header
from desktop_app.services.verification import ensure_key

M_NO_OFFICE = QT_TRANSLATE_NOOP("Printing", "Profil kantor belum diisi (Pengaturan → Kantor); dokumen belum dapat "
                                "dicetak.")
M_NOTHING = QT_TRANSLATE_NOOP("Printing", "Tidak ada pendaftaran yang dipilih untuk dicetak.")
M_NOT_FOUND = QT_TRANSLATE_NOOP("Printing", "Data pendaftaran yang akan dicetak tidak ditemukan.")
M_DELETED = QT_TRANSLATE_NOOP("Printing", "Pendaftaran {number} ({name}) sudah dihapus; buktinya tidak dicetak.")
M_BAD_NUMBER = QT_TRANSLATE_NOOP("Printing", "Nomor pendaftaran \"{number}\" tidak dikenal (periksa angka "
                                 "terakhirnya).")
M_RACE = QT_TRANSLATE_NOOP("Printing", "Bukti yang sama baru saja dicetak dari komputer lain. Cetak sekali lagi.")
M_SLIP_PROGRESS = QT_TRANSLATE_NOOP("Printing", "Mencetak bukti {done} dari {total}")
M_RECAP_PROGRESS = QT_TRANSLATE_NOOP("Printing", "Menyusun berita acara: halaman {page}")
M_SLIPS_TITLE = QT_TRANSLATE_NOOP("Printing", "Bukti pendaftaran")
PROGRESS_EVERY = 10
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintResult:
    path: Path
    documents: int      # slips written; 1 for a recap
    pages: int
    reprints: int = 0   # slips marked SALINAN


class PrintService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # --- finding what to print --------------------------------------------
    def settings(self) -> PrintSettings:
        return load_print_settings(self.store)

    def registration_id_for_number(self, number: str) -> str:
        """``000123-4`` → the registration's id; a wrong check digit is refused."""
        seq = parse_number(number)
        reg = self.store.registrations.get_by_seq(seq) if seq is not None else None
        if reg is None:
            raise NotFound(tr(M_BAD_NUMBER, number=number))
        return reg.id

    def batch_registration_ids(self, batch_id: int) -> list[str]:
        """Active registrations of a batch whose slips may be printed now, by registration number."""
        BatchService(self.ctx).require(batch_id, Action.PRINT_SLIPS)
        return [r.id for r in self._load(self.store.batches.item_ids(batch_id), skip_deleted=True)]

    def _office(self) -> Office:
        office = self.store.office.get()
        if office is None:
            raise UserError(tr(M_NO_OFFICE))
        return office

    def _load(self, ids: Iterable[str], *, skip_deleted: bool = False) -> list[Registration]:
        regs = []
        for rid in ids:
            reg = self.store.registrations.get(rid)
            if reg is None:
                raise NotFound(tr(M_NOT_FOUND))
            if reg.deleted:
                if skip_deleted:
                    continue
                raise UserError(tr(M_DELETED, number=format_number(reg.seq), name=reg.full_name))
            regs.append(reg)
        return regs

    # --- slips ---------------------------------------------------------------
    def print_slips(self, registration_ids: Iterable[str], out_path: Path, job: Job = NO_JOB) -> PrintResult:
        """One PDF with the slips of these registrations (reprints marked SALINAN)."""
        require(self.ctx, "print")
        regs = self._load(dict.fromkeys(registration_ids))
        if not regs:
            raise UserError(tr(M_NOTHING))
        office, settings = self._office(), self.settings()
        composer = SlipComposer(self.ctx, office, settings, ensure_key(self.store), self.ctx.today())
        total = len(regs)
        job.step(0, total, tr(M_SLIP_PROGRESS, done=0, total=total))

        def progress(done: int) -> None:
            if done % PROGRESS_EVERY == 0 or done == total:
                job.step(done, total, tr(M_SLIP_PROGRESS, done=done, total=total))

        with PendingFile(Path(out_path)) as pending:
            pages = write_slips(pending.temp_path, slip_header(office, settings.logo_path),
                                (composer.view(r) for r in regs), layout=settings.slip_layout,
                                title=tr(M_SLIPS_TITLE), on_slip=progress)
            job.check()
            self._record_slips(regs, pending)
        reprints = sum(1 for r in regs if r.print_count)
        log.info("printed %d slips (%d reprints, %d pages) to %s", total, reprints, pages, pending.target.name)
        return PrintResult(pending.target, total, pages, reprints)

    def print_batch_slips(self, batch_id: int, out_path: Path, job: Job = NO_JOB) -> PrintResult:
        require(self.ctx, "print")
        return self.print_slips(self.batch_registration_ids(batch_id), out_path, job)

    def _record_slips(self, regs: list[Registration], pending: PendingFile) -> None:
        """Counters + audit rows + moving the file into place, all or nothing."""
        ids = [r.id for r in regs]
        with pending.committing(self.store.write()):
            if self.store.registrations.print_counts(ids) != {r.id: r.print_count for r in regs}:
                raise UserError(tr(M_RACE))
            self.store.registrations.increment_print_counts(ids)
            for reg in regs:
                self.store.audit.record(self.ctx.operator, "print", "registration", reg.id,
                                        old={"print_count": reg.print_count},
                                        new={"print_count": reg.print_count + 1, "document": "slip",
                                             "file": pending.target.name})

    # --- recap ---------------------------------------------------------------
    def print_recap(self, batch_id: int, out_path: Path, job: Job = NO_JOB) -> PrintResult:
        """The batch's berita acara: participants, totals, contribution, signatures."""
        require(self.ctx, "print")
        office, settings = self._office(), self.settings()
        batch, counts = BatchService(self.ctx).require(batch_id, Action.PRINT_RECAP)
        scheme = OfficeService(self.ctx).scheme(batch.scheme_id)
        everyone = self._load(self.store.batches.item_ids(batch_id), skip_deleted=True)
        excluded = counts.deleted
        view = RecapComposer(self.ctx, office, settings).view(batch, scheme, everyone, excluded)
        job.step(1, 0, tr(M_RECAP_PROGRESS, page=1))  # total 0: page count unknown until laid out
        with PendingFile(Path(out_path)) as pending:
            pages = write_recap(pending.temp_path, view,
                                on_page=lambda page: job.step(page, 0, tr(M_RECAP_PROGRESS, page=page)))
            job.check()
            with pending.committing(self.store.write()):
                self.store.audit.record(self.ctx.operator, "print", "batch", str(batch_id),
                                        new={"document": "recap", "people": len(everyone), "pages": pages,
                                             "file": pending.target.name})
        log.info("printed the recap of batch %s (%d people, %d pages) to %s", batch_id, len(everyone), pages,
                 pending.target.name)
        return PrintResult(pending.target, 1, pages)
