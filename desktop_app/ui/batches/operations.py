"""What each Batch page button does: ask, run the service (long work in a worker), tell the result."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.domain.batch import Action, allowed
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.exporter import BatchExporter, ExportMismatch
from desktop_app.services.importing.answers import ACCEPTED, REJECTED, AnswerService
from desktop_app.services.office import OfficeService
from desktop_app.services.renewal import RenewalService
from desktop_app.ui import file_dialogs, msgbox, printing
from desktop_app.ui.batches.answer_dialog import AnswerDialog
from desktop_app.ui.batches.new_batch_dialog import NewBatchDialog
from desktop_app.ui.batches.renew_dialog import RenewDialog
from desktop_app.ui.batches.submit_dialog import SubmitDialog
from desktop_app.ui.workers import report, run_task

if TYPE_CHECKING:
    from desktop_app.ui.batches.page import BatchPage

translate = QCoreApplication.translate


def new_batch(page: BatchPage) -> None:
    dialog = NewBatchDialog(page.ctx, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    scheme_id, title, ids = dialog.scheme.value(), dialog.title_edit.text().strip(), dialog.registration_ids()
    outcome = run_task(
        page,
        page.ctx,
        translate("BatchActions", "Membuat batch…"),
        lambda c, _job: BatchService(c).create(scheme_id, title, registration_ids=ids),
    )
    if report(page, translate("BatchActions", "Batch baru"), outcome):
        page.changed(select_id=outcome.result)


def renew(page: BatchPage) -> None:
    """Perpanjang ke skema baru: the new scheme and its draft renewal batch, then who was left out."""
    title = translate("BatchActions", "Perpanjang ke skema baru")
    dialog = RenewDialog(OfficeService(page.ctx).schemes(), page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        values = dialog.values()
    except ValueError:
        msgbox.error(page, title, translate("BatchActions", "Bulan awal dan akhir ditulis YYYY-MM, mis. 2027-01."))
        return
    outcome = run_task(page, page.ctx, title, lambda c, _job: RenewalService(c).renew(**values))
    if not report(page, title, outcome):
        return
    result = outcome.result
    lines = "\n".join(f"{number} {name}: {why}" for number, name, why in result.left_out[:15])
    more = len(result.left_out) - 15
    msgbox.info(page, title, fill(translate(
        "BatchActions", "Skema {scheme} dibuat. Batch perpanjangan {id} berisi {count} peserta (KPJ ikut). "
                        "Tidak ikut: {left}.\n\n{lines}"), scheme=result.scheme.name, id=result.batch_id,
        count=len(result.carried), left=len(result.left_out), lines=lines + (f"\n… (+{more})" if more > 0 else "")))
    page.changed(select_id=result.batch_id)


def slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")[:40] or "skema"


def export(page: BatchPage) -> None:
    line = page.current()
    batch_id = line.batch.id
    title = translate("BatchActions", "Ekspor batch ke Excel")
    suggested = Path(page.settings.last_folder) / f"batch-{batch_id}-{slug(line.scheme_name)}.xlsx"
    out = file_dialogs.save_file(page, title, suggested, file_dialogs.xlsx_filter())
    if out is None:
        return
    page.settings.last_folder = str(out.parent)
    outcome = run_task(
        page, page.ctx, title, lambda c, job: BatchExporter(c).export(batch_id, out, job=job, overwrite=True)
    )
    if isinstance(outcome.error, ExportMismatch):
        cells = "\n".join(f"{m.sheet}!{m.cell}: {m.expected!r} ≠ {m.found!r}" for m in outcome.error.mismatches)
        msgbox.error(page, title, outcome.error.message, cells)
        page.changed(batch_id)
        return
    if not report(page, title, outcome):
        page.changed(batch_id)
        return
    result = outcome.result
    page.settings.remember_export(result.sha256, result.path)
    msgbox.info(
        page,
        title,
        fill(
            translate(
                "BatchActions",
                "Berkas {file} ditulis lalu dibaca ulang: {rows} baris peserta cocok sel demi sel "
                "dengan basis data. Batch {id} kini terkunci.\n\nSHA-256: {sha}",
            ),
            file=result.path,
            rows=result.rows,
            id=batch_id,
            sha=result.sha256,
        ),
    )
    page.changed(batch_id)


def submit(page: BatchPage) -> None:
    line = page.current()
    service = BatchService(page.ctx)
    dialog = SubmitDialog(line.batch.id, line.counts.people, page.ctx.today(), service.last_recipient(), page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    sent_on, letter, recipient = dialog.values()
    _simple(
        page,
        translate("BatchActions", "Tandai terkirim"),
        lambda: service.submit(line.batch.id, sent_on, letter, recipient),
        line.batch.id,
    )


def _simple(page: BatchPage, title: str, call, select_id: int | None) -> bool:
    try:
        call()
    except UserError as exc:
        msgbox.error(page, title, exc.message)
        return False
    page.changed(select_id)
    return True


def record_answer(page: BatchPage) -> None:
    batch_id = page.current().batch.id
    title = translate("BatchActions", "Catat jawaban BPJS")
    path = file_dialogs.open_file(page, title, page.settings.last_folder, file_dialogs.excel_filter())
    if path is None:
        return
    page.settings.last_folder = str(path.parent)
    outcome = run_task(
        page,
        page.ctx,
        translate("BatchActions", "Membaca jawaban BPJS…"),
        lambda c, job: AnswerService(c).analyse(path, batch_id, job=job),
    )
    if not report(page, title, outcome):
        return
    dialog = AnswerDialog(outcome.result, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    preview, final = outcome.result, dialog.final.isChecked()
    outcome = run_task(
        page,
        page.ctx,
        translate("BatchActions", "Mencatat jawaban BPJS…"),
        lambda c, job: AnswerService(c).commit(preview, final=final, job=job),
    )
    if report(page, title, outcome):
        done = outcome.result
        msgbox.info(
            page,
            title,
            fill(
                translate("BatchActions", "Tercatat: {accepted} diterima, {rejected} ditolak."),
                accepted=done.count(ACCEPTED),
                rejected=done.count(REJECTED),
            ),
        )
    page.changed(batch_id)


def correction(page: BatchPage) -> None:
    line = page.current()
    question = fill(
        translate(
            "BatchActions",
            "Buat batch koreksi berisi {count} peserta yang ditolak BPJS di batch {id}? Perbaiki datanya, "
            "lalu ekspor dan kirim batch koreksi itu.",
        ),
        count=line.counts.rejected,
        id=line.batch.id,
    )
    if not msgbox.ask(
        page,
        translate("BatchActions", "Batch koreksi"),
        question,
        yes=translate("BatchActions", "Buat batch koreksi"),
        no=translate("BatchActions", "Batal"),
    ):
        return
    made: list[int] = []
    _simple(
        page,
        translate("BatchActions", "Batch koreksi"),
        lambda: made.append(BatchService(page.ctx).correction(line.batch.id)),
        None,
    )
    if made:
        page.select_batch(made[0])


def remove_members(page: BatchPage) -> None:
    line = page.current()
    ids = page.detail.selected_member_ids()
    if not ids or allowed(line.batch, Action.REMOVE_MEMBERS, line.counts) is not None:
        return
    question = fill(
        translate(
            "BatchActions",
            "Keluarkan {count} peserta dari batch {id}? Datanya tetap tersimpan dan dapat dimasukkan ke batch lain.",
        ),
        count=len(ids),
        id=line.batch.id,
    )
    if msgbox.ask(
        page,
        translate("BatchActions", "Keluarkan dari batch"),
        question,
        yes=translate("BatchActions", "Keluarkan"),
        no=translate("BatchActions", "Batal"),
    ):
        _simple(
            page,
            translate("BatchActions", "Keluarkan dari batch"),
            lambda: BatchService(page.ctx).remove(line.batch.id, ids),
            line.batch.id,
        )


def print_slips(page: BatchPage) -> None:
    printing.print_batch_slips(page, page.ctx, page.current().batch.id)
    page.refresh()


def print_recap(page: BatchPage) -> None:
    printing.print_recap(page, page.ctx, page.current().batch.id)


def open_folder(page: BatchPage) -> None:
    path = page.settings.export_path(page.current().batch.file_sha256)
    if path is not None:
        file_dialogs.show_in_system(page, path.parent)


def add_to_batch(parent: QWidget, ctx: Context, registration_ids: list[str]) -> int | None:
    """From Data Peserta: put these people into a draft batch (or a new one); the batch id, or None."""
    service = BatchService(ctx)
    drafts = service.accepting_members()
    items = [
        fill(translate("BatchActions", "Batch {id}: {title} ({people} peserta)"), id=b.id, title=b.title,
             people=b.people)
        for b in drafts
    ] + [translate("BatchActions", "Batch baru (skema peserta ini)")]
    label = fill(translate("BatchActions", "Masukkan {count} peserta ke batch draf:"), count=len(registration_ids))
    choice = msgbox.choose(parent, translate("BatchActions", "Tambah ke batch"), label, items)
    if choice is None:
        return None
    title = translate("BatchActions", "Tambah ke batch")
    try:
        if choice == len(items) - 1:
            batch_id = service.create_for(registration_ids)
        else:
            batch_id = drafts[choice].id
            service.add(batch_id, registration_ids)
    except UserError as exc:
        msgbox.error(parent, title, exc.message)
        return None
    msgbox.info(
        parent,
        title,
        fill(translate("BatchActions", "{count} peserta masuk batch {id}."), count=len(registration_ids), id=batch_id),
    )
    return batch_id
