"""The Batch page: create, export (verified, locked), cancel mid-way, BPJS answer, correction, printing."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop_app.domain.nik import mask_nik
from desktop_app.files import leftovers, sha256_of
from desktop_app.services.exporter import BatchExporter
from desktop_app.ui import msgbox
from desktop_app.ui.batches.answer_dialog import AnswerDialog
from desktop_app.ui.batches.new_batch_dialog import NewBatchDialog
from desktop_app.ui.batches.submit_dialog import SubmitDialog
from desktop_app.ui.workers import announcer
from tests.pdf_reading import all_text, page_count
from tests.services.printing_helpers import batch_of, people
from tests.ui.gui_helpers import on_next_dialog

pytestmark = pytest.mark.usefixtures("answers")


def batch_page(window):
    window.stack.show_page("batches")
    return window.stack.page("batches")


def test_new_batch_then_export_locks_it_with_the_files_sha(window, ctx, files, answers, out_dir):
    regs = people(ctx, 3)
    page = batch_page(window)
    assert not page.buttons["export"].isEnabled() and "Pilih batch" in page.buttons["export"].toolTip()
    on_next_dialog(lambda d: d.ok_button.click(), NewBatchDialog)
    page.buttons["new"].click()
    batch = page.current()
    assert batch.batch.status == "draft" and batch.counts.people == 3
    assert "3 orang" in page.detail.facts["people"].text() and page.detail.facts["monthly"].text() == "Rp50.400"
    assert page.detail.members_model.rowCount() == 3
    assert page.detail.members_model.index(0, 1).data() == mask_nik(regs[0].nik)
    assert not page.buttons["submit"].isEnabled() and "Ekspor" in page.buttons["submit"].toolTip()

    out = out_dir / "kirim.xlsx"
    files.to_save = [out]
    page.buttons["export"].click()
    assert files.suggested[0].name.startswith(f"batch-{batch.batch.id}-") and files.suggested[0].suffix == ".xlsx"
    stored = ctx.store.batches.get(batch.batch.id)
    assert out.exists() and stored.status == "locked" and stored.file_sha256 == sha256_of(out)
    kind, _title, text = answers.shown[-1]
    assert kind == "info" and stored.file_sha256 in text and "terkunci" in text
    workbook = openpyxl.load_workbook(out, read_only=True)
    rows = list(workbook["Peserta"].iter_rows(values_only=True))
    workbook.close()
    nik_column = rows[0].index("NIK")
    assert sorted(r[nik_column] for r in rows[1:]) == sorted(r.nik for r in regs)
    assert page.detail.facts["file"].text().endswith(stored.file_sha256) or \
        stored.file_sha256 in page.detail.facts["file"].text()
    assert page.buttons["submit"].isEnabled() and not page.buttons["remove"].isEnabled()
    page.buttons["folder"].click()
    assert files.opened[-1] == out.parent.resolve()


def test_cancelling_an_export_half_way_writes_no_file_and_leaves_the_batch_open(window, ctx, files, answers,
                                                                                  out_dir):
    batch_id = batch_of(ctx, people(ctx, 4))
    page = batch_page(window)
    page.select_batch(batch_id)
    out = out_dir / "batal.xlsx"
    files.to_save = [out]
    reached, release = threading.Event(), threading.Event()

    def pause_at_verify(done, total, text):      # runs in the worker thread: the file is written, not checked
        if text.startswith("Memeriksa ulang") and not reached.is_set():
            reached.set()
            release.wait(10)

    def hook(worker):
        worker.progress.connect(pause_at_verify, Qt.ConnectionType.DirectConnection)

    def press_cancel():
        dialog = page.findChild(QProgressDialog, "jobProgress")
        if not reached.is_set() or dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, press_cancel)
            return
        assert leftovers(out)   # half-way indeed: the temporary file is there
        dialog.findChild(QPushButton).click()
        release.set()

    announcer.started.connect(hook)
    try:
        QTimer.singleShot(0, press_cancel)
        page.buttons["export"].click()
    finally:
        announcer.started.disconnect(hook)
        release.set()
    assert reached.is_set()
    assert list(out_dir.iterdir()) == []
    stored = ctx.store.batches.get(batch_id)
    assert stored.status == "draft" and not stored.file_sha256
    assert answers.shown[-1][0] == "info" and "Dibatalkan" in answers.shown[-1][2]


def write_answer(path, rows) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["NO", "NIK", "NO KPJ", "STATUS", "ALASAN"])
    for n, row in enumerate(rows, 1):
        ws.append([n, *row])
    for cell in ws["B"]:
        cell.number_format = "@"
    wb.save(path)


def test_bpjs_answer_is_previewed_then_recorded_and_rejected_go_to_a_correction(window, ctx, files, answers,
                                                                                 out_dir):
    regs = people(ctx, 3)
    batch_id = batch_of(ctx, regs)
    BatchExporter(ctx).export(batch_id, out_dir / "b.xlsx")
    page = batch_page(window)
    page.select_batch(batch_id)
    assert not page.buttons["answer"].isEnabled() and "terkirim" in page.buttons["answer"].toolTip()
    def fill_in(dialog):
        assert dialog.sent_on.date().toPython() == ctx.today() and dialog.recipient.text() == ""
        dialog.letter.setText("560/44/2026")
        dialog.recipient.setText("Disnakertrans PPU")
        dialog.ok_button.click()
    seen = on_next_dialog(fill_in, SubmitDialog)
    page.buttons["submit"].click()
    stored = ctx.store.batches.get(batch_id)
    assert seen and (stored.status, stored.sent_on, stored.cover_letter_no, stored.recipient) == (
        "submitted", ctx.today().isoformat(), "560/44/2026", "Disnakertrans PPU")
    sent = page.detail.facts["sent"].text()
    assert "560/44/2026" in sent and "Disnakertrans PPU" in sent
    answer = out_dir / "jawaban.xlsx"
    write_answer(answer, [(regs[0].nik, "12345678901", "DITERIMA", ""),
                          (regs[1].nik, "", "DITOLAK", "Nama ibu tidak sesuai"),
                          ("6409010101900999", "12345678999", "DITERIMA", "")])
    files.to_open = [answer]
    seen = on_next_dialog(lambda d: d.ok_button.click(), AnswerDialog)
    page.buttons["answer"].click()
    preview = seen[0].preview
    assert (preview.count("accepted"), preview.count("rejected"), preview.count("unmatched")) == (1, 1, 1)
    assert seen[0].table.rowCount() == 3
    assert ctx.store.registrations.get(regs[0].id).kpj == "12345678901"
    rejected = ctx.store.registrations.get(regs[1].id)
    assert rejected.bpjs_status == "ditolak" and rejected.bpjs_reason == "Nama ibu tidak sesuai"
    assert "1 diterima, 1 ditolak" in answers.shown[-1][2]
    assert ctx.store.batches.get(batch_id).status == "submitted"        # one person still waits
    answers.ask_replies = [True]
    page.buttons["correction"].click()
    correction = page.current()
    assert correction.batch.kind == "correction" and correction.batch.parent_batch_id == batch_id
    assert ctx.store.batches.item_ids(correction.batch.id) == [regs[1].id]


def test_recap_and_all_slips_print_from_the_batch_page(window, ctx, files, out_dir):
    regs = people(ctx, 3)
    batch_id = batch_of(ctx, regs)
    page = batch_page(window)
    page.select_batch(batch_id)
    page.buttons["recap"].click()
    recap = files.opened[-1]
    assert recap.exists() and recap.suffix == ".pdf"
    text = all_text(recap)
    assert all(r.full_name in text for r in regs) and "Halaman 1 dari" in text
    window.print_current()                                    # Ctrl+P on this page: every slip of the batch
    slips = files.opened[-1]
    assert slips != recap and page_count(slips) == 2           # two slips per A4
    assert all(r.full_name in all_text(slips) for r in regs)


def test_members_leave_a_draft_only_after_confirmation(window, ctx, answers):
    regs = people(ctx, 3)
    batch_id = batch_of(ctx, regs)
    page = batch_page(window)
    page.select_batch(batch_id)
    assert not page.buttons["remove"].isEnabled() and "Anggota" in page.buttons["remove"].toolTip()
    page.detail.members.selectRow(0)
    assert page.buttons["remove"].isEnabled()
    answers.ask_replies = [False]
    page.buttons["remove"].click()
    assert len(ctx.store.batches.item_ids(batch_id)) == 3
    answers.ask_replies = [True]
    page.buttons["remove"].click()
    assert ctx.store.batches.item_ids(batch_id) == [regs[1].id, regs[2].id]


def test_selected_people_join_a_batch_from_the_records_list(window, ctx, answers, monkeypatch):
    regs = people(ctx, 3)
    offered = []
    monkeypatch.setattr(msgbox, "choose", lambda _p, _t, _l, items, current=0: offered.append(items) or len(items) - 1)
    window.stack.show_page("records")
    records = window.records()
    records.view.selectAll()
    records.add_to_batch()
    assert offered and offered[0][-1].startswith("Batch baru")
    batch = ctx.store.batches.all()[-1]
    assert sorted(ctx.store.batches.item_ids(batch.id)) == sorted(r.id for r in regs)
    assert "3 peserta masuk batch" in answers.shown[-1][2]


def test_renewal_from_the_batch_page_makes_the_new_scheme_and_its_draft_batch(window, ctx, answers):
    from desktop_app.ui.batches.renew_dialog import RenewDialog
    regs = people(ctx, 3)
    with ctx.store.write():
        for n, reg in enumerate(regs[:2], 1):
            ctx.store.registrations.set_fields(reg.id, bpjs_status="diterima", kpj=f"1234567890{n}")
    page = batch_page(window)

    def fill_in(dialog):
        assert (dialog.start.text(), dialog.end.text(), dialog.name.text()) == (
            "2027-01", "2027-12", "APBD Kabupaten 2027")
        dialog.pks.setText("560/002/2027")
        dialog.ok_button.click()
    seen = on_next_dialog(fill_in, RenewDialog)
    page.buttons["renew"].click()
    assert seen and "2 peserta (KPJ ikut)" in answers.shown[-1][2] and "belum diterima BPJS" in answers.shown[-1][2]
    line = page.current()
    members = [ctx.store.registrations.get(i) for i in ctx.store.batches.item_ids(line.batch.id)]
    assert line.batch.renewal_of == 1 and sorted(m.kpj for m in members) == ["12345678901", "12345678902"]
    new = ctx.store.schemes.get(members[0].scheme_id)
    assert (new.name, new.pks_number, new.coverage_start.iso()) == ("APBD Kabupaten 2027", "560/002/2027", "2027-01")
