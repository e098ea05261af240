"""First run: province → kabupaten → kecamatan by type-ahead, office and signatory, the first scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.scheme import FundingSource
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.ui.setup.wizard import FirstRunWizard
from tests import factories


def _type_into(combo, text: str) -> None:
    combo.lineEdit().setFocus()
    QTest.keyClicks(combo.lineEdit(), text)
    combo.resolve_text()


def test_wizard_sets_up_office_operator_and_scheme(qtbot, store, regions, ui_settings, answers):
    ctx = Context(store, regions, operator="operator", clock=lambda: factories.TODAY)
    wizard = FirstRunWizard(ctx, ui_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    editor = wizard.office_editor
    _type_into(editor.cascade.province, "kalimantan tim")
    assert editor.cascade.province.value() == "64"
    _type_into(editor.cascade.regency, "penajam")
    assert editor.cascade.regency.value() == "64.09"
    _type_into(editor.cascade.district, "sepa")
    assert editor.cascade.district.value() == "64.09.04"
    wizard.next()
    assert wizard.currentId() == 1
    assert editor.name.text() == "Kantor Kecamatan Sepaku"            # suggested from the kecamatan
    assert editor.government_name.text() == "Pemerintah Kabupaten Penajam Paser Utara"
    editor.head_name.setText("Drs. Contoh Camat")
    editor.head_title.setText("Camat")
    editor.head_nip.setText("19700101 200003 1 001")
    wizard.next()
    assert wizard.currentId() == 1 and answers.shown                   # operator name still missing
    wizard.operator.setText("Rina")
    wizard.next()
    assert wizard.currentId() == 2
    schemes = wizard.scheme_editor
    assert "Rp16.800" in schemes.rate.text()                           # JKK + JKM pre-filled
    schemes.pks_number.setText("560/12/2026")
    schemes.funding.set_value(FundingSource.APBD_KABKOTA)
    schemes.start.set_value(YearMonth(2026, 8))
    schemes.end.set_value(YearMonth(2026, 12))
    assert "5 bulan" in schemes.rate.text() and "Rp84.000" in schemes.rate.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    offices = OfficeService(ctx)
    office = offices.office()
    assert (office.district_code, office.name, office.head_nip) == ("64.09.04", "Kantor Kecamatan Sepaku",
                                                                    "197001012000031001")
    assert offices.operators() == ["Rina"] and ctx.operator == "Rina" and ui_settings.operator == "Rina"
    scheme = offices.default_scheme()
    assert (scheme.pks_number, scheme.coverage_start, scheme.min_age, scheme.max_age) == (
        "560/12/2026", YearMonth(2026, 8), 18, 65)
    assert offices.monthly_rate(scheme).total == 16_800
    assert offices.is_set_up()


def test_cancelled_wizard_leaves_nothing_behind(qtbot, store, regions, ui_settings, answers):
    ctx = Context(store, regions, clock=lambda: factories.TODAY)
    wizard = FirstRunWizard(ctx, ui_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert OfficeService(ctx).office() is None and OfficeService(ctx).schemes() == []


def _wizard(qtbot, store, regions, ui_settings):
    from desktop_app.ui.language import install_language
    install_language("id")
    ctx = Context(store, regions, operator="operator", clock=lambda: factories.TODAY)
    wizard = FirstRunWizard(ctx, ui_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return ctx, wizard


def _sign(editor) -> None:
    editor.name.setText(editor.name.text() or "Kantor Dinas Contoh")
    editor.head_name.setText("Drs. Contoh Camat")
    editor.head_title.setText("Camat")


def test_an_ambiguous_province_plus_tab_is_not_picked_and_nothing_matching_says_why(
        qtbot, store, regions, ui_settings, answers):
    _ctx, wizard = _wizard(qtbot, store, regions, ui_settings)
    editor = wizard.office_editor
    province = editor.cascade.province
    province.lineEdit().setFocus()
    QTest.keyClicks(province.lineEdit(), "kalimantan t")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert province.value() is None                                   # not silently Kalimantan Tengah
    assert "Kalimantan Tengah" in editor.region_problem.text() and "Kalimantan Timur" in editor.region_problem.text()
    regency = editor.cascade.regency
    regency.lineEdit().setFocus()
    QTest.keyClicks(regency.lineEdit(), "penajam")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert "penajam" in editor.region_problem.text() and "provinsi belum dipilih" in editor.region_problem.text()
    wizard.next()
    assert wizard.currentId() == 0 and "provinsi" in answers.shown[-1][2]


def test_tab_from_the_last_field_does_not_land_on_back(qtbot, store, regions, ui_settings, answers):
    _ctx, wizard = _wizard(qtbot, store, regions, ui_settings)
    _type_into(wizard.office_editor.cascade.province, "kalimantan tim")
    _type_into(wizard.office_editor.cascade.regency, "penajam")
    wizard.next()
    wizard.operator.setFocus()
    QTest.keyClick(wizard.operator, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is not wizard.button(QWizard.WizardButton.BackButton)
    assert wizard.focusWidget() is wizard.button(QWizard.WizardButton.NextButton)


def test_batal_on_step_three_asks_before_losing_the_input(qtbot, store, regions, ui_settings, answers):
    ctx, wizard = _wizard(qtbot, store, regions, ui_settings)
    _type_into(wizard.office_editor.cascade.province, "kalimantan tim")
    _type_into(wizard.office_editor.cascade.regency, "penajam")
    wizard.next()
    _sign(wizard.office_editor)
    wizard.operator.setText("Rina")
    wizard.next()
    assert wizard.currentId() == 2, answers.shown
    answers.ask_replies = [False]                                     # "Kembali ke isian"
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert answers.asked and wizard.isVisible() and wizard.currentId() == 2
    answers.ask_replies = [True]
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and OfficeService(ctx).office() is None


def test_after_an_error_box_the_cursor_is_on_the_field_it_names(qtbot, store, regions, ui_settings, answers):
    _ctx, wizard = _wizard(qtbot, store, regions, ui_settings)
    editor = wizard.office_editor
    _type_into(editor.cascade.province, "kalimantan tim")
    _type_into(editor.cascade.regency, "penajam")
    wizard.next()
    _sign(editor)
    wizard.operator.setText("Rina")
    editor.head_nip.setText("1234")                                    # not 18 digits
    editor.name.setFocus()
    wizard.next()
    assert "NIP penanda tangan" in answers.shown[-1][2]
    assert wizard.focusWidget() is editor.head_nip


def test_budget_is_checked_against_target_rate_and_months(qtbot, store, regions, ui_settings, answers):
    _ctx, wizard = _wizard(qtbot, store, regions, ui_settings)
    schemes = wizard.scheme_editor
    schemes.start.set_value(YearMonth(2026, 1))
    schemes.end.set_value(YearMonth(2026, 12))
    schemes.target.setValue(15000)
    assert "15.000" in schemes.target.text()                           # thousands separator shown
    schemes.budget.setText("3000000000")
    schemes.budget.editingFinished.emit()
    assert schemes.budget.text() == "3.000.000.000"
    check = schemes.budget_check.text()
    assert "Rp3.024.000.000" in check and "kurang Rp24.000.000" in check   # 15.000 × Rp16.800 × 12
