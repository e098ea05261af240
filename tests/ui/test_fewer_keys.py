"""Fewer key presses per person at a drive (issue 12): suggestions the officer can type over, fields
that move on by themselves, and keys that stay safe under a queue. Every test types into the real
window with QTest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.ui.conftest import fill_form, press, save_shortcut, type_text

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def focus(widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)


def test_the_nik_offers_its_kabupaten_as_place_of_birth_and_typing_replaces_it(window, qtbot):
    page = window.form()
    form = page.form
    type_text(factories.nik_for(date(1990, 8, 17), "P"))                 # issued in Penajam Paser Utara
    assert form.birth_place.text() == "Penajam Paser Utara"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.full_name, timeout=1000)
    type_text("Siti Aminah")
    press(TAB)
    assert QApplication.focusWidget() is form.birth_place and form.birth_place.selectedText() == "Penajam Paser Utara"
    type_text("Balikpapan")                                               # born elsewhere: typed over
    press(TAB)
    assert form.birth_place.text() == "Balikpapan"
    form.nik.setFocus()
    form.nik.selectAll()
    type_text(factories.nik_for(date(1990, 8, 17), "P", district="647101"))  # another NIK: the typed place stays
    assert form.birth_place.text() == "Balikpapan"


def test_an_untouched_offered_place_follows_a_corrected_nik_and_a_shown_record_is_left_alone(window, ctx, answers):
    page = window.form()
    form = page.form
    type_text(factories.nik_for(date(1990, 8, 17), "P", district="647101"))  # Kota Balikpapan
    assert form.birth_place.text() == "Balikpapan"
    form.nik.setFocus()
    form.nik.selectAll()
    type_text(factories.nik_for(date(1990, 8, 17), "P"))
    assert form.birth_place.text() == "Penajam Paser Utara"
    saved = page.registry.register(factories.registration(birth_place="Samarinda"))
    answers.ask_replies = [True]                                          # throw the typed input away
    assert page.open_record(saved.id)
    assert form.birth_place.text() == "Samarinda" and not page.is_dirty()  # a stored record is shown as stored


def test_the_phone_offers_08_and_a_number_typed_in_full_or_abroad_is_kept_right(window):
    form = window.form().form
    focus(form.phone)
    assert form.phone.text() == "08" and form.phone.cursorPosition() == 2
    type_text("1234567890")
    press(TAB)
    assert form.phone.text() == "081234567890"
    form.phone.clear()
    focus(form.phone)
    type_text("081234567890")                                            # typed in full anyway
    press(TAB)
    assert form.phone.text() == "081234567890"
    form.phone.clear()
    focus(form.phone)
    type_text("+6281234567890")
    press(TAB)
    assert form.phone.text() == "+6281234567890"
    form.phone.clear()
    focus(form.phone)
    press(TAB)                                                            # no phone: nothing left behind
    assert form.phone.text() == "" and not window.form().is_dirty()


def test_type_ahead_takes_the_start_of_any_word(window):
    form = window.form().form
    focus(form.occupation)
    type_text("ha")
    press(TAB)
    assert form.occupation.value() == "Buruh Harian Lepas"
    focus(form.occupation)
    form.occupation.lineEdit().selectAll()
    type_text("tani")                                                     # not "Petani", which only contains it
    press(TAB)
    assert form.occupation.value() == "Buruh Tani/Perkebunan"
    focus(form.occupation)
    form.occupation.lineEdit().selectAll()
    type_text("buruh")                                                    # several: never a silent guess
    press(TAB)
    assert form.occupation.value() is None and form.occupation.text() == "buruh"


def test_a_complete_kk_moves_on_by_itself_but_not_halfway_through_a_doubled_code(window, qtbot, ui_settings):
    page = window.form()
    form = page.form
    focus(form.kk_number)
    assert form.kk_number.text() == "640901"
    type_text("1503150001")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.marital_status, timeout=1000)
    assert form.kk_number.text() == "6409011503150001"
    form.kk_number.clear()
    focus(form.kk_number)
    type_text("6409011503150001")                                         # the whole number over the offer
    qtbot.wait(50)
    assert QApplication.focusWidget() is form.kk_number                   # 16 digits on the way: still here
    press(TAB)
    assert form.kk_number.text() == "6409011503150001"                    # repaired on leaving
    ui_settings.auto_advance = False
    form.kk_number.clear()
    focus(form.kk_number)
    type_text("1503150001")
    qtbot.wait(50)
    assert QApplication.focusWidget() is form.kk_number


def test_an_amount_is_typed_as_it_is_said(window):
    page = window.form()
    form = page.form
    for typed, shown, value in (("750rb", "750.000", 750_000), ("1,5jt", "1.500.000", 1_500_000),
                                ("1 juta", "1.000.000", 1_000_000), ("900000", "900.000", 900_000)):
        form.income.clear()
        focus(form.income)
        type_text(typed)
        press(TAB)
        assert (form.income.text(), form.income.value()) == (shown, value), typed
    form.income.clear()
    focus(form.income)
    type_text("1.500rb")                                                  # thousands of thousands? not guessed
    press(TAB)
    assert form.income.value() is None
    assert "tidak dapat dibaca" in page.form.rows["income"].message.text()


def test_heirs_after_the_spouse_are_offered_anak_and_down_opens_the_next_row(window):
    page = window.form()
    form = page.form
    fill_form(page, factories.registration(heirs=[]))
    form.marital_status.set_value("kawin")
    heirs = form.heirs
    focus(heirs.rows[0].name)
    type_text("Ahmad Yani")
    assert heirs.rows[0].relationship.value() == "Suami"
    press(Qt.Key.Key_Down)                                                # a named last row: ↓ opens the next
    assert len(heirs.rows) == 2 and QApplication.focusWidget() is heirs.rows[1].name
    press(Qt.Key.Key_Down)                                                # a blank row: no third
    assert len(heirs.rows) == 2
    type_text("Rina")
    assert heirs.rows[1].relationship.value() == "Anak"
    press(Qt.Key.Key_Up)
    assert QApplication.focusWidget() is heirs.rows[0].name
    focus(heirs.rows[1].relationship)
    heirs.rows[1].relationship.lineEdit().selectAll()
    type_text("ib")                                                       # typed over: the officer's choice
    press(TAB)
    assert heirs.rows[1].relationship.value() == "Ibu"
    save_shortcut()
    assert [(h.name, h.relationship) for h in page.base.heirs] == [("Ahmad Yani", "Suami"), ("Rina", "Ibu")]


def test_an_unmarried_persons_heirs_are_not_guessed(window):
    page = window.form()
    form = page.form
    fill_form(page, factories.registration(heirs=[]))
    form.marital_status.set_value("belum_kawin")
    focus(form.heirs.rows[0].name)
    type_text("Halimah")
    press(Qt.Key.Key_Down)
    type_text("Rina")
    assert [r.relationship.text() for r in form.heirs.rows] == ["", ""]


def test_tab_passes_an_empty_email_and_shift_tab_or_a_value_reaches_it(window):
    form = window.form().form
    focus(form.phone)
    press(TAB)
    assert QApplication.focusWidget() is form.occupation                  # the empty e-mail passed
    press(BACKTAB, SHIFT)
    assert QApplication.focusWidget() is form.email
    type_text("siti@contoh.id")
    focus(form.phone)
    press(TAB)
    assert QApplication.focusWidget() is form.email                       # holding a value: a stop again


def test_ctrl_enter_saves_and_starts_the_next_person_once(window, ctx):
    page = window.form()
    fill_form(page, factories.registration(full_name="Budi Santoso", sex="L"))
    page.form.heirs.rows[0].name.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    assert ctx.store.registrations.count(RegistrationQuery()) == 1
    assert page.last_saved.full_name == "Budi Santoso" and not page.editing and not page.is_dirty()
    assert QApplication.focusWidget() is page.form.nik
    press(Qt.Key.Key_Enter, CTRL)                                         # on the blank form: nothing saved
    assert ctx.store.registrations.count(RegistrationQuery()) == 1


def test_ctrl_enter_never_saves_a_registered_nik(window, ctx, answers):
    page = window.form()
    first = factories.registration()
    fill_form(page, first)
    press(Qt.Key.Key_Return, CTRL)
    fill_form(page, factories.registration(nik=first.nik, full_name="Siti Aminah Lagi"))
    press(Qt.Key.Key_Return, CTRL)
    assert ctx.store.registrations.count(RegistrationQuery()) == 1
    assert answers.asked and "NIK sudah terdaftar" in answers.asked[-1][0]
