"""Save & New (Ctrl+Shift+S): the next person starts with the pinned values of the last one."""

from __future__ import annotations

from desktop_app.ui.settings import UiSettings
from tests import factories
from tests.ui.conftest import fill_form, save_shortcut


def test_save_and_new_carries_pinned_fields_only(window, ctx):
    page = window.form()
    page.carry.actions["rt_rw"].setChecked(True)
    first = factories.registration(full_name="Siti Aminah", rt="004", rw="002", occupation="Petani/Pekebun",
                                   village_code="64.09.01.2021")
    fill_form(page, first)
    save_shortcut(then_new=True)
    assert len(ctx.store.registrations.active_for_nik(first.nik)) == 1
    form = page.form
    assert not page.editing
    assert form.nik.text() == "" and form.full_name.text() == "" and form.birth_date.text() == ""
    assert form.heirs.heirs() == []
    assert form.village.value() == "64.09.01.2021" and form.district.value() == "64.09.01"
    assert (form.rt.text(), form.rw.text()) == ("004", "002")
    assert form.occupation.value() == "Petani/Pekebun"
    assert form.scheme.value() == 1
    assert form.coverage_start.month() == first.coverage_start
    assert "Tersimpan" in page.saved_banner.text()
    assert form.nik.hasFocus()


def test_unpinning_a_field_stops_carrying_it_and_is_remembered(window, ctx, ui_settings):
    page = window.form()
    page.carry.actions["occupation"].setChecked(False)
    assert not page.form.pins["occupation"].isChecked()
    fill_form(page, factories.registration(occupation="Tukang Ojek"))
    save_shortcut(then_new=True)
    assert page.form.occupation.value() is None and page.form.occupation.text() == ""
    assert page.form.village.value() == factories.VILLAGE
    assert "occupation" not in UiSettings(ui_settings.path).carry_forward


def test_plain_save_keeps_the_record_on_screen_and_ctrl_n_starts_the_next_with_carry(window, ctx):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import press
    page = window.form()
    page.carry.actions["rt_rw"].setChecked(True)
    reg = factories.registration(rt="009")
    fill_form(page, reg)
    save_shortcut()
    assert page.editing and page.form.nik.text() == reg.nik
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.editing and page.form.nik.text() == "" and page.form.rt.text() == "009"


def test_carried_fields_are_passed_by_tab_and_reached_by_shift_tab(window, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import press
    page = window.form()
    page.carry.actions["rt_rw"].setChecked(True)
    fill_form(page, factories.registration(rt="004", rw="002", village_code="64.09.01.2021"))
    save_shortcut(then_new=True)
    page.form.address.setFocus()
    press(Qt.Key.Key_Tab)                                      # RT, RW, kecamatan, desa carried: passed
    assert QApplication.focusWidget() is page.form.phone
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() in (page.form.village, page.form.village.lineEdit())


def test_kk_offers_the_kecamatan_code_and_repairs_a_fully_typed_number(window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import press, type_text
    page = window.form()
    kk = page.form.kk_number
    page.form.mother_name.setFocus()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kk and kk.text() == "640901" and not kk.hasSelectedText()
    type_text("6409012207150003")                              # typed whole, out of habit
    press(Qt.Key.Key_Tab)
    assert kk.text() == "6409012207150003"
    kk.clear()
    page.form.mother_name.setFocus()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)                                      # left with only the offered code: empty
    assert kk.text() == "" and not page.is_dirty()


def test_rt_rw_are_not_pinned_by_default(window):
    page = window.form()
    assert not page.form.pins["rt_rw"].isChecked() and page.form.pins["village"].isChecked()
    fill_form(page, factories.registration(rt="004", rw="002"))
    save_shortcut(then_new=True)
    assert (page.form.rt.text(), page.form.rw.text()) == ("", "")


def test_editing_a_carried_rt_makes_tab_stop_at_the_carried_rw_and_desa(window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import press, type_text
    page = window.form()
    page.carry.actions["rt_rw"].setChecked(True)
    fill_form(page, factories.registration(rt="004", rw="002", village_code="64.09.01.2021"))
    save_shortcut(then_new=True)
    page.form.rt.setFocus()
    page.form.rt.selectAll()
    type_text("7")                                             # this person lives in another RT
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.rw          # not on to the phone
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (page.form.district, page.form.district.lineEdit())
