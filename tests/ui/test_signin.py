"""The sign-in dialog, "Lupa kata sandi" and the first-run wizard's admin page, driven as a user would."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from desktop_app.services.context import Context
from desktop_app.storage import keyfile
from desktop_app.storage.keyfile import KeyFile, recovery_text
from desktop_app.ui.setup.wizard import FirstRunWizard
from desktop_app.ui.signin import ForgotPasswordDialog, SignInDialog
from tests import factories
from tests.keys import PASSWORD, TEST_KEY, signed_in_env
from tests.ui.test_wizard import _type_into


@pytest.fixture
def office(ctx, db_path):
    signed_in_env(db_path, "tester")
    return db_path


def _sign_in(qtbot, dialog, password: str) -> None:
    dialog.password.setFocus()
    QTest.keyClicks(dialog.password, password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_wrong_password_is_said_then_the_right_one_signs_in(qtbot, office):
    dialog = SignInDialog(office, operator="tester")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.operators.currentText() == "tester"
    _sign_in(qtbot, dialog, "salah-ketik")
    assert dialog.isVisible() and dialog.key is None and dialog.password.text() == ""
    assert "kata sandi salah" in dialog.error.text() and "Pulihkan" not in dialog.error.text()
    _sign_in(qtbot, dialog, PASSWORD)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.key, dialog.operator) == (TEST_KEY, "tester")


def test_repeated_failures_lock_the_button_with_a_countdown(qtbot, office):
    dialog = SignInDialog(office, operator="tester")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(keyfile.FREE_TRIES):
        _sign_in(qtbot, dialog, "salah")
    assert not dialog.sign_in_button.isEnabled() and "Tunggu" in dialog.error.text()
    dialog._tick()
    assert dialog.sign_in_button.text().startswith("Tunggu")
    _sign_in(qtbot, dialog, PASSWORD)                     # refused while waiting
    assert dialog.key is None


def test_forgot_password_takes_the_recovery_key_and_sets_a_new_password(qtbot, office):
    dialog = ForgotPasswordDialog(office, operator="tester")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.recovery, recovery_text(os.urandom(32)))
    QTest.keyClicks(dialog.password, "kata-sandi-baru")
    QTest.keyClicks(dialog.again, "kata-sandi-baru")
    dialog.try_reset()
    assert dialog.isVisible() and "bukan milik" in dialog.error.text()
    dialog.recovery.setText(recovery_text(TEST_KEY).lower())
    dialog.try_reset()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.key == TEST_KEY
    assert KeyFile.load(office).unlock("tester", "kata-sandi-baru") == TEST_KEY


def test_sign_in_dialog_opens_forgot_password(qtbot, office, monkeypatch):
    monkeypatch.setattr(ForgotPasswordDialog, "exec", lambda self: self.try_reset() or self.result())
    dialog = SignInDialog(office, operator="tester")
    qtbot.addWidget(dialog)
    original = ForgotPasswordDialog.__init__

    def typed(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.recovery.setText(recovery_text(TEST_KEY))
        self.password.setText("sandi-dari-pemulihan")
        self.again.setText("sandi-dari-pemulihan")
    monkeypatch.setattr(ForgotPasswordDialog, "__init__", typed)
    dialog.forgot_button.click()
    assert dialog.key == TEST_KEY and dialog.operator == "tester"


def test_wizard_admin_page_writes_the_key_file(qtbot, store, regions, ui_settings, answers, db_path):
    ctx = Context(store, regions, operator="operator", clock=lambda: factories.TODAY)
    key = TEST_KEY                                        # the new office's data key
    wizard = FirstRunWizard(ctx, ui_settings, data_key=key)
    qtbot.addWidget(wizard)
    wizard.show()
    editor = wizard.office_editor
    for combo, text in ((editor.cascade.province, "kalimantan tim"), (editor.cascade.regency, "penajam"),
                        (editor.cascade.district, "sepa")):
        _type_into(combo, text)
    wizard.next()
    editor.head_name.setText("Drs. Contoh Camat")
    editor.head_title.setText("Camat")
    wizard.operator.setText("Rina")
    wizard.next()
    wizard.scheme_editor.pks_number.setText("560/12/2026")
    wizard.next()
    assert wizard.currentId() == 3 and wizard.admin_page.name.text() == "Rina"
    wizard.admin_page.password.setText("pendek")
    wizard.admin_page.again.setText("pendek")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() != QWizard.DialogCode.Accepted and not KeyFile.exists(db_path)
    assert "terlalu pendek" in answers.shown[-1][2]
    wizard.admin_page.password.setText("sandi-admin-rina")
    wizard.admin_page.again.setText("sandi-admin-rina")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert KeyFile.load(db_path).unlock("Rina", "sandi-admin-rina") == key
