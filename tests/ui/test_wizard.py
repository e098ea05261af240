"""First run: province → kabupaten → kecamatan by type-ahead, office and signatory, the first scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

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
