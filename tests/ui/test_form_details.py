"""Smaller behaviours of the form: any kecamatan in Indonesia, "Lainnya", heir rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests import factories
from tests.ui.conftest import answer_next_dialog, fill_form, press, save_shortcut, type_text


def test_a_kecamatan_outside_the_office_regency_is_found_with_alt_l(window, ctx, qtbot):
    page = window.form()
    assert page.form.district.index_of("35.07.01") < 0                    # not offered by default

    def search(dialog):
        QTest.keyClicks(dialog.search, "donomulyo")
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    seen = answer_next_dialog(qtbot, search)
    page.form.nik.setFocus()
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=3000)
    window.activateWindow()                     # what the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert page.form.village.hasFocus() or page.form.village.lineEdit().hasFocus()
    code = page.form.district.value()
    assert code and ctx.regions.get(code).name.lower() == "donomulyo"
    assert page.form.village.count() > 0 and page.form.village.values()[0].startswith(code)
    reg = factories.registration(village_code=page.form.village.values()[0])
    fill_form(page, reg)
    save_shortcut()
    assert ctx.store.registrations.active_for_nik(reg.nik)[0].village_code == reg.village_code


def test_other_occupation_opens_its_free_text_field_in_time_for_tab(window):
    page = window.form()
    form = page.form
    assert not form.occupation_other.isEnabled()
    form.occupation.lineEdit().setFocus()
    QTest.keyClicks(form.occupation.lineEdit(), "lainn")
    press(Qt.Key.Key_Tab)
    assert form.occupation.value() == "Lainnya"
    assert form.occupation_other.isEnabled() and form.occupation_other.hasFocus()


def test_heir_rows_are_added_and_removed(window, qtbot):
    page = window.form()
    heirs = page.form.heirs
    heirs.rows[0].name.setText("Ahmad")
    heirs.rows[0].relationship.set_value("Suami")
    page.form.nik.setFocus()
    press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(heirs.rows) == 2, timeout=2000)      # mnemonic: the button animates its click
    assert heirs.rows[1].name.hasFocus()
    QTest.keyClicks(heirs.rows[1].name, "Budi")
    heirs.rows[0].name.setFocus()
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [h.name for h in heirs.heirs()] == ["Budi"]


def test_a_blank_form_is_not_a_list_of_mistakes(window):
    page = window.form()
    assert "perlu diperbaiki" not in page.reason_label.text()
    assert page.reason_label.property("severity") != "error"
    assert "NIK" in page.reason_label.text()


def test_simpan_is_disabled_while_an_opened_record_is_unchanged(window, ctx):
    from desktop_app.services.registry import RegistryService
    reg = RegistryService(ctx).register(factories.registration())
    page = window.form()
    page.load(reg)
    assert not page.save_button.isEnabled() and "Belum ada perubahan" in page.reason_label.text()
    page.form.full_name.setFocus()
    type_text("x")
    page.run_check()
    assert page.save_button.isEnabled()


def test_ctrl_s_on_an_unchanged_record_saves_nothing(window, ctx):
    from desktop_app.services.registry import RegistryService
    reg = RegistryService(ctx).register(factories.registration())
    window.open_record(reg.id)
    before = len(ctx.store.audit.for_entity("registration", reg.id))
    save_shortcut()
    assert len(ctx.store.audit.for_entity("registration", reg.id)) == before
    assert not window.form().saved_banner.isVisible()
