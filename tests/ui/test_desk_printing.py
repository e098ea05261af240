"""Printing from the desk (Ctrl+P), the print settings, and checking a slip's QR in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.services.print_settings import load_print_settings
from desktop_app.ui.verify_dialog import VerifyDialog
from tests import factories
from tests.pdf_reading import all_text, decode_qr_codes, page_count
from tests.services.printing_helpers import people
from tests.ui.conftest import fill_form, press, save_shortcut
from tests.ui.gui_helpers import on_next_dialog

pytestmark = pytest.mark.usefixtures("answers")


def save_person(window, **changes):
    page = window.form()
    fill_form(page, factories.registration(**changes))
    save_shortcut()
    return page.base


def test_ctrl_p_after_saving_opens_the_persons_slip_pdf(window, ctx, files, answers):
    page = window.form()
    assert not page.print_button.isEnabled()
    reg = save_person(window, full_name="Siti Aminah")
    assert reg.id and page.print_button.isEnabled()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pdf = files.opened[-1]
    assert pdf.exists() and pdf.suffix == ".pdf" and format_number(reg.seq) in pdf.name
    text = all_text(pdf)
    assert "Siti Aminah" in text and format_number(reg.seq) in text and mask_nik(reg.nik) in text
    assert reg.nik not in text
    assert ctx.store.registrations.get(reg.id).print_count == 1


def test_ctrl_p_with_unsaved_input_asks_to_save_first(window, files, answers):
    page = window.form()
    fill_form(page, factories.registration())
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert files.opened == [] and "Simpan dulu" in answers.shown[-1][2]


def test_save_and_new_then_ctrl_p_prints_the_person_just_saved(window, files):
    page = window.form()
    fill_form(page, factories.registration(full_name="Budi Santoso", sex="L"))
    save_shortcut(then_new=True)
    saved = page.last_saved
    assert not page.editing and page.print_button.isEnabled()
    assert page.print_button.text() == f"Cetak Bukti {format_number(saved.seq)}"   # whose slip, on a blank form
    window.print_current()
    assert "Budi Santoso" in all_text(files.opened[-1]) and saved.full_name == "Budi Santoso"


def test_selected_people_in_the_list_print_in_one_pdf(window, ctx, files):
    regs = people(ctx, 3)
    window.stack.show_page("records")
    window.records().view.selectAll()
    window.print_current()
    pdf = files.opened[-1]
    assert page_count(pdf) == 2 and all(r.full_name in all_text(pdf) for r in regs)


def test_verify_dialog_accepts_the_printed_code_and_refuses_a_tampered_one(window, ctx, files, out_dir, qtbot):
    reg = save_person(window, full_name="Siti Aminah")
    window.print_current()
    code = decode_qr_codes(files.opened[-1], 1)[0]
    dialog = VerifyDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.check_button.click()
    assert dialog.result.genuine and "ASLI" in dialog.verdict.text()
    assert dialog.open_button.isEnabled() and dialog.record.rowCount() >= 5
    labels = [dialog.record.itemAt(r, dialog.record.ItemRole.FieldRole).widget().text()
              for r in range(dialog.record.rowCount())]
    assert "Siti Aminah" in labels and mask_nik(reg.nik) in labels and reg.nik not in labels
    other = people(ctx, 1)[0]
    dialog.code.setText(code.replace(format_number(reg.seq), format_number(other.seq)))
    dialog.check_button.click()
    assert not dialog.result.genuine and "TIDAK ASLI" in dialog.verdict.text()
    assert not dialog.open_button.isEnabled() and dialog.record.rowCount() == 0


def test_verify_from_the_help_menu_opens_the_genuine_record(window, ctx, files, out_dir):
    reg = save_person(window, full_name="Siti Aminah")
    window.print_current()
    code = decode_qr_codes(files.opened[-1], 1)[0]
    window.new_registration()

    def check_and_open(dialog):
        dialog.code.setText(code)
        dialog.code.returnPressed.emit()
        dialog.open_button.click()
    seen = on_next_dialog(check_and_open, VerifyDialog)
    window.verify_action.trigger()
    assert seen and window.stack.current_key() == "registration" and window.form().base.id == reg.id


def test_print_settings_are_saved_from_the_settings_page(window, ctx, answers, files, tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(logo))
    window.stack.show_page("settings")
    settings = window.stack.page("settings")
    tab = settings.print_tab
    tab.layout_choice.set_value("a5")
    tab.full_nik.setChecked(True)
    files.to_open = [logo]
    tab.pick_logo()
    tab.save_button.click()
    saved = load_print_settings(ctx.store)
    assert (saved.slip_layout, saved.full_nik, saved.logo_path) == ("a5", True, str(logo))
    tab.logo.setText(str(tmp_path / "tidak-ada.png"))
    tab.save_button.click()
    assert answers.shown[-1][0] == "error" and load_print_settings(ctx.store).logo_path == str(logo)


def test_on_a_blank_form_with_nobody_saved_cetak_bukti_is_off_in_the_button_and_the_menu(window, files, answers):
    page = window.form()
    assert not page.print_button.isEnabled() and not window.print_action.isEnabled()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert files.opened == [] and answers.shown == []                   # nothing to print, nothing printed
    fill_form(page, factories.registration())
    assert window.print_action.isEnabled() and not page.print_button.isEnabled()  # Ctrl+P: "save first"


def test_after_save_and_new_the_menu_names_whose_slip_and_a_deleted_person_is_not_printed(window, ctx, files,
                                                                                       answers):
    page = window.form()
    fill_form(page, factories.registration(full_name="Budi Santoso", sex="L"))
    save_shortcut(then_new=True)
    saved = page.last_saved
    assert window.print_action.isEnabled() and format_number(saved.seq) in window.print_action.text()
    window.stack.show_page("records")
    records = window.records()
    records.view.selectRow(0)
    answers.text_replies = ["terdaftar dua kali"]
    records.delete_current()
    assert ctx.store.registrations.get(saved.id).deleted
    window.stack.show_page("registration")
    assert not page.print_button.isEnabled() and page.print_button.text() == "Cetak Bukti"
    assert not window.print_action.isEnabled()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert files.opened == []                                            # the deleted person's slip: never
    window.undo_action.trigger()                                         # deletion undone: printable again
    assert page.print_button.isEnabled() and window.print_action.isEnabled()
