"""The office's code and number from the Dinas: in the first-run wizard, in Pengaturan › Kantor (admin; fixed
once numbers carry it) and in About. Screenshots in docs/screenshots/ with LINDUNGI_SHOTS=1."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from desktop_app.domain.regnumber import format_number, office_seq
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.roles import Role
from desktop_app.ui.about import AboutDialog
from desktop_app.ui.setup.settings_page import SettingsPage
from desktop_app.ui.setup.wizard import FirstRunWizard
from tests import factories
from tests.services.printing_helpers import people

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("LINDUNGI_SHOTS") else \
    Path(tempfile.gettempdir()) / "lindungi-shots"


def _type_into(combo, text: str) -> None:
    combo.lineEdit().setFocus()
    QTest.keyClicks(combo.lineEdit(), text)
    combo.resolve_text()


def test_the_wizard_takes_the_code_and_number_from_the_dinas(qtbot, store, regions, ui_settings, answers):
    ctx = Context(store, regions, operator="operator", clock=lambda: factories.TODAY)
    wizard = FirstRunWizard(ctx, ui_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    editor, box = wizard.office_editor, wizard.identity_box
    _type_into(editor.cascade.province, "kalimantan tim")
    _type_into(editor.cascade.regency, "penajam")
    _type_into(editor.cascade.district, "sepa")
    box.code.setFocus()
    QTest.keyClicks(box.code, "p")                       # one letter: not a code
    box.number.setValue(4)
    assert "004-000001-" in box.preview.text()
    wizard.next()
    assert wizard.currentId() == 0 and "tidak dapat dipakai" in answers.shown[-1][2]
    QTest.keyClicks(box.code, "pu-sepaku")
    assert box.code.text() == "PPU-SEPAKU"                # typed lower case, shown and kept upper case
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "wizard-office-identity.png"))
    wizard.next()
    assert wizard.currentId() == 1
    editor.head_name.setText("Drs. Contoh Camat")
    wizard.operator.setText("Rina")
    wizard.next()
    wizard.scheme_editor.pks_number.setText("560/12/2026")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    identity = OfficeService(ctx).identity()
    assert (identity.code, identity.number, identity.level) == ("PPU-SEPAKU", 4, "kecamatan")


def test_settings_gives_an_existing_office_its_number_once_and_then_fixes_it(qtbot, ctx, ui_settings, answers):
    regs = people(ctx, 3)
    page = SettingsPage(ctx, ui_settings)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    box = page.identity_box
    assert box.code.isEnabled() and box.number.text() == "belum ada"
    box.code.setText("PPU-PNJ")
    box.number.setValue(12)
    answers.ask_replies = [False]                          # first: the person says no
    page.save_identity_button.click()
    assert "3 pendaftaran" in answers.asked[-1][1] and format_number(office_seq(12, 1)) in answers.asked[-1][1]
    assert OfficeService(ctx).identity().number is None
    answers.ask_replies = [True]
    page.save_identity_button.click()
    assert OfficeService(ctx).identity().number == 12
    assert ctx.store.registrations.get(regs[0].id).seq == office_seq(12, regs[0].seq)
    assert not box.code.isEnabled() and not box.number.isEnabled() and not page.save_identity_button.isEnabled()
    assert "tidak dapat diubah lagi" in box.locked_note.text() and "012-" in box.locked_note.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "settings-office-identity.png"))


def test_an_operator_sees_the_identity_but_cannot_change_it(qtbot, ctx, ui_settings):
    OfficeService(ctx).set_identity("PPU-PNJ", None)
    operator = factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR)
    page = SettingsPage(operator, ui_settings)
    qtbot.addWidget(page)
    assert page.identity_box.code.text() == "PPU-PNJ"
    assert not page.save_identity_button.isEnabled() and "admin" in page.save_identity_button.toolTip()


def test_about_shows_the_office_code_and_number(qtbot, ctx):
    OfficeService(ctx).set_identity("PPU-PNJ", 7)
    dialog = AboutDialog(identity=OfficeService(ctx).identity())
    qtbot.addWidget(dialog)
    text = dialog.about_html()
    assert "PPU-PNJ" in text and "007" in text and "Kantor Kecamatan Penajam (Kecamatan)" in text
