"""The import wizard on a messy village list: mapping change, preview counts, commit, re-import."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from desktop_app.services.importing.service import LEARNED_KEY
from tests import village_lists
from tests.services.printing_helpers import register

pytestmark = pytest.mark.usefixtures("answers")


def wizard_of(window):
    window.stack.show_page("import")
    return window.stack.page("import").wizard


def test_messy_list_previews_every_row_then_imports_and_a_second_import_finds_duplicates(
        window, ctx, files, answers, out_dir):
    existing = register(ctx, full_name="Sudah Ada", birth_date=date(1985, 3, 4))
    path = out_dir / "nenang.xlsx"
    expected = village_lists.messy_list(path, existing_nik=existing.nik)
    wizard = wizard_of(window)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()     # no file yet
    files.to_open = [path]
    wizard.file_page.browse()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    letters = {c.letter: c.field for c in wizard.preview.columns}
    assert letters["B"] == "nik" and letters["C"] == "full_name"
    table = wizard.mapping_page.table
    samples = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert samples["C"] == "BUDI SANTOSO" and "*" in samples["B"] and "*" in samples["M"]      # NIK, HP masked
    wizard.next()
    page = wizard.preview_page
    counts = wizard.preview.counts
    want = {s: sum(1 for v in expected.values() if v == s) for s in set(expected.values())}
    assert counts["new"] == want["new"] and counts["rejected"] == want["rejected"]
    assert counts["duplicates"] == want["duplicate"] + want["duplicate_in_file"]
    assert counts["skipped"] == want["skipped"]
    assert counts["rows"] == len(expected)
    assert page.model.rowCount() == len(expected) and ctx.store.batches.all() == []          # nothing written yet
    page.filter.set_value("rejected")
    assert page.proxy.rowCount() == want["rejected"]
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown == {str(row) for row, status in expected.items() if status == "rejected"}
    nik_cells = [page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())]
    assert all("*" in n or not n for n in nik_cells)                                          # masked
    assert "Impor 6 peserta" in wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "")

    report_path = out_dir / "tidak-masuk.xlsx"
    files.to_save = [report_path]
    page.report_button.click()
    sheet = openpyxl.load_workbook(report_path)["Tidak diimpor"]
    assert sheet.max_row - 1 == len(expected) - want["new"]

    answers.ask_replies = [True]
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    result = wizard.result
    assert result.imported == want["new"] and result.batch_id is not None
    assert len(ctx.store.batches.item_ids(result.batch_id)) == want["new"]
    wizard.result_page.batch_button.click()
    assert window.stack.current_key() == "batches"
    assert window.stack.page("batches").current_id() == result.batch_id

    wizard.button(QWizard.WizardButton.FinishButton).click()          # starts over
    assert wizard.currentPage() is wizard.file_page
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    again = wizard.preview
    assert again.counts["new"] == 0
    assert again.count("duplicate") == want["new"] + want["duplicate"] + want["duplicate_in_file"]
    assert again.earlier_batches == [result.batch_id] and wizard.preview_page.earlier_label.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def unusual_list(path) -> None:
    """A list whose name column has a header no one taught the app: "SEBUTAN"."""
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "SEBUTAN", "TEMPAT LAHIR", "TGL LAHIR", "L/P", "NAMA IBU KANDUNG", "ALAMAT", "DESA", "PEKERJAAN"])
    ws.append(["6409015708900001", "Siti Aminah", "Penajam", "17-08-1990", "P", "Halimah", "Jl. Nelayan", "Nenang",
               "Nelayan"])
    ws.append(["6409010403850001", "Budi Santoso", "Penajam", "04-03-1985", "L", "Aminah", "Jl. Kebun", "Nenang",
               "Petani"])
    for cell in ws["A"]:
        cell.number_format = "@"
    wb.save(path)


def test_changing_a_column_re_checks_the_rows_and_can_be_remembered(window, ctx, files, answers, out_dir,
                                                                     qtbot):
    path = out_dir / "sebutan.xlsx"
    unusual_list(path)
    wizard = wizard_of(window)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.preview.counts["rejected"] == 2                           # no names: every row refused
    mapping.combos[1].set_value("full_name")
    qtbot.waitUntil(lambda: wizard.preview.counts["new"] == 2)
    assert "Baru: 2" in mapping.counts_label.text()
    assert mapping.combos[1].value() == "full_name"
    mapping.remember.setChecked(True)
    wizard.next()
    answers.ask_replies = [True]
    wizard.next()
    assert wizard.result.imported == 2
    assert ctx.store.office.setting(LEARNED_KEY, {}).get("SEBUTAN") == "full_name"


def test_a_file_that_is_not_a_workbook_gives_one_clear_message(window, ctx, files, answers, out_dir):
    path = out_dir / "bukan.xlsx"
    path.write_text("ini bukan berkas Excel", encoding="utf-8")
    wizard = wizard_of(window)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    kind, _title, text = answers.shown[-1]
    assert kind == "error" and "bukan.xlsx" in text
    assert ctx.store.batches.all() == []
