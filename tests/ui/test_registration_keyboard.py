"""Registering a worker with the keyboard alone, the way an officer does at a registration drive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.ui.conftest import press, type_text

TAB = Qt.Key.Key_Tab


def test_register_a_worker_by_keyboard_with_nik_derived_fields(window, ctx, qtbot, ui_settings):
    ui_settings.auto_advance = False       # Tab by Tab (the fields that advance by themselves: below)
    form_page = window.form()
    nik = factories.nik_for(date(1990, 8, 17), "P")
    assert QApplication.focusWidget() is form_page.form.nik
    type_text(nik)
    assert form_page.form.birth_date.text() == "17/08/1990"          # filled from the NIK
    assert form_page.form.sex.value() == "P"
    assert "Penajam" in form_page.form.nik_info.text()                 # issuing kecamatan named
    press(TAB)
    type_text("Siti Aminah")
    press(Qt.Key.Key_Return)                                            # Enter moves on like Tab
    type_text("Penajam")
    press(TAB)                                       # birth date and sex came from the NIK: Tab passes them
    assert QApplication.focusWidget() is form_page.form.mother_name
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)          # …and Shift+Tab reaches them
    assert QApplication.focusWidget() is form_page.form.sex
    press(TAB)
    type_text("Halimah")
    press(TAB)
    assert form_page.form.kk_number.text() == "640901"                  # a KK starts with the kecamatan code
    press(TAB)                                                          # KK number (optional): left empty
    type_text("k")                                                      # marital status: Kawin
    press(TAB)
    type_text("Jl. Nelayan No. 5")
    press(TAB)
    type_text("3")
    press(TAB)
    type_text("1")
    press(TAB)
    press(TAB)                                                          # kecamatan: the office's
    type_text("giri m")                                                 # desa by type-ahead
    press(TAB)
    type_text("081234567890")                                           # over the offered "08": repaired
    press(TAB)                                                          # passes the empty e-mail (optional)
    assert QApplication.focusWidget() is form_page.form.occupation
    type_text("nel")                                                    # occupation by type-ahead
    press(TAB)
    type_text("900000")
    press(TAB)
    type_text("Ahmad Yani")
    press(TAB)
    assert form_page.form.heirs.rows[0].relationship.value() == "Suami"  # a married woman's spouse, offered
    type_text("sua")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)            # saves "sua" resolved to Suami

    stored = ctx.store.registrations.active_for_nik(nik)
    assert len(stored) == 1, window.form().reason_label.text()
    reg = stored[0]
    assert (reg.full_name, reg.birth_place, reg.birth_date, reg.sex) == ("Siti Aminah", "Penajam",
                                                                       date(1990, 8, 17), "P")
    assert (reg.mother_name, reg.marital_status, reg.address, reg.rt, reg.rw) == (
        "Halimah", "kawin", "Jl. Nelayan No. 5", "003", "001")
    assert reg.village_code == "64.09.01.2020"
    assert (reg.phone, reg.occupation, reg.income) == ("081234567890", "Nelayan/Perikanan", 900_000)
    assert [(h.name, h.relationship) for h in reg.heirs] == [("Ahmad Yani", "Suami")]
    assert reg.scheme_id == 1 and reg.created_by == "tester" and reg.kk_number == ""
    assert form_page.editing and form_page.base.id == reg.id           # the saved record stays on screen
    assert "Tersimpan" in form_page.saved_banner.text()
    assert ctx.store.registrations.count(RegistrationQuery()) == 1


def test_save_is_refused_with_the_reason_shown_and_the_cursor_on_the_problem(window, ctx):
    page = window.form()
    type_text("640901570890")                                           # 12 digits: too short
    press(TAB)
    assert "16 digit" in page.form.rows["nik"].message.text()          # shown once the field is left
    assert not page.form.rows["full_name"].message.isVisible()         # untouched fields stay quiet
    assert not page.save_button.isEnabled()
    assert "perlu diperbaiki" in page.reason_label.text()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.registrations.count(RegistrationQuery(status="all")) == 0
    assert page.form.rows["full_name"].message.isVisible()             # after a save attempt: all shown
    assert QApplication.focusWidget() is page.form.nik


def test_a_typed_birth_date_that_differs_from_the_nik_is_an_amber_warning(window, ctx):
    page = window.form()
    type_text(factories.nik_for(date(1990, 8, 17), "P"))
    page.form.birth_date.setFocus()
    page.form.birth_date.selectAll()
    type_text("18/08/1990")
    press(TAB)
    message = page.form.rows["birth_date"].message
    assert message.isVisible() and message.property("severity") == "warning"
    assert "17/08/1990" in message.text()
    assert page.form.birth_date.text() == "18/08/1990"                 # the officer's value is kept


def test_a_fifteen_digit_nik_typed_by_hand_gets_a_typing_message_not_the_excel_one(window):
    page = window.form()
    type_text(factories.nik_for(date(1990, 8, 17), "P")[:15])
    press(TAB)
    message = page.form.rows["nik"].message.text()
    assert "15 angka" in message and "terlewat" in message and "Excel" not in message
    assert "Excel" not in page.reason_label.text()


def test_fixed_length_fields_advance_by_themselves_and_the_setting_turns_it_off(window, qtbot, ui_settings):
    page = window.form()
    type_text(factories.nik_for(date(1990, 8, 17), "P"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.full_name, timeout=1000)
    page.form.birth_date.setFocus()
    page.form.birth_date.selectAll()
    type_text("17081990")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.form.birth_date, timeout=1000)
    ui_settings.auto_advance = False
    page.form.nik.setFocus()
    page.form.nik.selectAll()
    type_text(factories.nik_for(date(1991, 8, 17), "P"))
    qtbot.wait(50)
    assert QApplication.focusWidget() is page.form.nik                  # off: Tab as before


def test_an_invalid_complete_nik_does_not_move_on(window, qtbot):
    page = window.form()
    type_text("6409013008900001")                                       # 30 August: fine; month 08
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.full_name, timeout=1000)
    page.form.nik.setFocus()
    page.form.nik.selectAll()
    type_text("6409019913900001")                                       # day 99, month 13: wrong
    qtbot.wait(50)
    assert QApplication.focusWidget() is page.form.nik
