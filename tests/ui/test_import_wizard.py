"""The import wizard on a messy village list: mapping change, preview counts, commit, re-import."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
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
    assert samples["C"].startswith("BUDI SANTOSO · siti aminah") and "*" in samples["B"] and "*" in samples["M"]
    why = {table.item(r, 0).text(): table.item(r, 5).text() for r in range(table.rowCount())}
    assert why["A"] == "nomor urut, tidak diimpor" and why["B"] == ""
    assert not wizard.mapping_page.confirm.isVisible()                 # nothing recognised with low confidence
    wizard.next()
    page = wizard.preview_page
    counts = wizard.preview.counts
    rows = village_lists.listed(expected)
    want = {s: sum(1 for v in rows.values() if v == s) for s in set(rows.values())}
    assert counts["new"] == want["new"] and counts["rejected"] == want["rejected"]
    assert counts["duplicates"] == want["duplicate"] + want["duplicate_in_file"]
    assert counts["skipped"] == want["skipped"] and counts["blank"] == 1
    assert counts["rows"] == len(rows)
    assert page.model.rowCount() == len(rows) and ctx.store.batches.all() == []              # nothing written yet
    page.filter.set_value("rejected")
    assert page.proxy.rowCount() == want["rejected"]
    shown = {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}
    assert shown == {str(row) for row, status in rows.items() if status == "rejected"}
    nik_cells = [page.proxy.index(r, 4).data() for r in range(page.proxy.rowCount())]
    assert all("*" in n or not n for n in nik_cells)                                          # masked
    page.filter.set_value("warned")
    assert 0 < page.proxy.rowCount() == counts["warnings"]
    assert "Impor 6 peserta" in wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "")

    report_path = out_dir / "tidak-masuk.xlsx"
    files.to_save = [report_path]
    page.report_button.click()
    sheet = openpyxl.load_workbook(report_path)["Tidak diimpor"]
    assert sheet.max_row - 1 == len(rows) - want["new"]

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
    mapping.combos[1].set_value("full_name")                         # the name column, by hand
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


def test_a_file_nothing_recognises_is_mapped_column_by_column_after_confirming(window, ctx, out_dir, qtbot):
    path = out_dir / "polos.xlsx"
    wb = Workbook()
    wb.active.append(["6409015708900001", "Siti Aminah", "Penajam", "17-08-1990", "P", "Halimah", "Jl. A", "Nenang",
                      "Nelayan"])
    wb.active.append(["6409010403850001", "Budi Santoso", "Penajam", "04-03-1985", "L", "Aminah", "Jl. B", "Nenang",
                      "Petani"])
    wb.save(path)
    wizard = wizard_of(window)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping and mapping.table.rowCount() == 9
    assert "*" in mapping.table.item(0, 2).text()                              # the NIK sample is masked
    assert mapping.confirm.isVisible() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.preview.counts["new"] == 0
    for index, field in ((1, "full_name"), (2, "birth_place"), (5, "mother_name"), (6, "address"),
                         (8, "occupation"), (7, "village")):
        if mapping.combos[index].value() == field:
            continue
        before = wizard.preview
        mapping.combos[index].set_value(field)
        qtbot.waitUntil(lambda b=before: wizard.preview is not b)
    assert wizard.preview.counts["new"] == 2
    mapping.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page


def test_sheets_can_be_left_out_and_the_unread_ones_say_why(window, ctx, out_dir, qtbot):
    path = out_dir / "dua.xlsx"
    wb = Workbook()
    wb.remove(wb.active)
    for name, nik in (("NENANG", "6409015708900001"), ("SEPAN", "6409010403850001")):
        ws = wb.create_sheet(name)
        ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU", "ALAMAT", "PEKERJAAN"])
        ws.append([nik, "Orang", "Penajam", "01-01-1980", "Halimah", "Jl. A", "Petani"])
    wb.create_sheet("REKAP").append(["REKAPITULASI"])
    wb.save(path)
    wizard = wizard_of(window)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    mapping = wizard.mapping_page
    items = [mapping.sheets.item(i) for i in range(mapping.sheets.count())]
    assert [i.checkState() == Qt.CheckState.Checked for i in items] == [True, True, False]
    assert "rekap" in items[2].text()
    assert {r.sheet for r in wizard.preview.rows} == {"NENANG", "SEPAN"}
    items[1].setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: [t.sheet for t in wizard.preview.tables] == ["NENANG"])
    assert mapping.table_choice.count() == 1
