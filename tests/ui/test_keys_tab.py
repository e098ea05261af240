"""Pengaturan › Kunci bukti and the verify dialog across two offices, driven as a person would.

Office A (the window) exports its public key and prints a slip; office B (its own database
and settings tab) sees "kantor penerbit tidak dikenal", imports A's key after seeing the
fingerprint (Enter cancels), and then its verify dialog names A as the issuer.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.office import OfficeService
from desktop_app.services.roles import Role
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.storage.store import Store
from desktop_app.ui.setup.keys_tab import KeysTab, TrustKeyDialog
from desktop_app.ui.verify_dialog import VerifyDialog
from tests import factories
from tests.pdf_reading import decode_qr_codes
from tests.ui.gui_helpers import on_next_dialog
from tests.ui.test_desk_printing import save_person

pytestmark = pytest.mark.usefixtures("answers")


@pytest.fixture
def office_b(tmp_path, regions):
    (tmp_path / "waru").mkdir()
    store = Store.open(tmp_path / "waru" / "office.db")
    ctx = factories.context(store, regions, "admin-waru")
    OfficeService(ctx).save_office(replace(factories.office(), name="Kantor Kecamatan Waru", district_code="64.09.02"))
    yield ctx
    store.close()


def verdict(ctx, qtbot, code: str) -> VerifyDialog:
    dialog = VerifyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    return dialog


def test_a_slip_of_office_a_checks_in_office_b_after_b_trusts_as_key(window, ctx, office_b, files, answers,
                                                                     out_dir, qtbot):
    save_person(window, full_name="Siti Aminah")
    window.print_current()
    code = decode_qr_codes(files.opened[-1], 1)[0]
    window.stack.show_page("settings")
    tab_a = window.stack.page("settings").keys_tab
    assert tab_a.own_fingerprint.text() == SlipKeyService(ctx).own().fingerprint
    card = out_dir / "penajam.lindungi-kunci"
    files.to_save.append(card)
    tab_a.export_button.click()
    assert card.exists() and files.suggested[-1].name == "Kantor-Kecamatan-Penajam.lindungi-kunci"
    assert tab_a.own_fingerprint.text() in answers.shown[-1][2]

    before = verdict(office_b, qtbot, code)
    assert not before.result.genuine and "kantor penerbit tidak dikenal" in before.verdict.text()

    tab_b = KeysTab(office_b)
    qtbot.addWidget(tab_b)
    tab_b.show()
    files.to_open.append(card)
    shown = on_next_dialog(lambda d: QTest.keyClick(d.focusWidget() or d, Qt.Key.Key_Return), TrustKeyDialog)
    tab_b.import_button.click()
    assert shown and shown[0].fingerprint.text() == tab_a.own_fingerprint.text()
    assert SlipKeyService(office_b).trusted() == [] and tab_b.table.rowCount() == 0      # Enter cancelled

    files.to_open.append(card)
    on_next_dialog(lambda d: d.trust_button.click(), TrustKeyDialog)
    tab_b.import_button.click()
    assert tab_b.table.rowCount() == 1 and tab_b.table.item(0, 0).text() == "Kantor Kecamatan Penajam"
    assert tab_b.table.item(0, 2).text() == tab_a.own_fingerprint.text()
    assert tab_b.table.item(0, 3).text() == "admin-waru"
    assert answers.shown[-1][1] == "Kunci dipercaya"

    after = verdict(office_b, qtbot, code)
    assert after.result.genuine and "diterbitkan oleh Kantor Kecamatan Penajam" in after.verdict.text()
    assert not after.open_button.isEnabled()                  # the person's record is in office A
    number = code.split(":")[1]
    tampered = verdict(office_b, qtbot, code.replace(number, "000999-" + number[-1]))
    assert not tampered.result.genuine and "TIDAK ASLI" in tampered.verdict.text()


def test_only_an_admin_can_press_import_and_a_second_import_is_refused(ctx, office_b, files, answers, out_dir,
                                                                       qtbot, regions):
    supervisor = factories.context(office_b.store, regions, "budi", role=Role.SUPERVISOR)
    tab = KeysTab(supervisor)
    qtbot.addWidget(tab)
    assert not tab.import_button.isEnabled() and "admin" in tab.import_button.toolTip()
    card = SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    SlipKeyService(office_b).trust(SlipKeyService(office_b).read(card), card.name)
    admin_tab = KeysTab(office_b)
    qtbot.addWidget(admin_tab)
    files.to_open.append(card)
    admin_tab.import_button.click()                           # refused before any dialog opens
    assert answers.shown[-1][0] == "error" and "sudah dipercaya" in answers.shown[-1][2]


def test_removing_a_trusted_key_asks_first_and_enter_keeps_it(ctx, office_b, answers, out_dir, qtbot):
    card = SlipKeyService(ctx).export(out_dir / "a.lindungi-kunci")
    SlipKeyService(office_b).trust(SlipKeyService(office_b).read(card), card.name)
    tab = KeysTab(office_b)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.remove_button.isEnabled()                  # nothing chosen yet
    tab.table.selectRow(0)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()                                 # the question's default (Enter) is "Batal"
    assert "Kantor Kecamatan Penajam" in answers.asked[-1][1] and tab.table.rowCount() == 1
    answers.ask_replies.append(True)
    tab.table.selectRow(0)
    tab.remove_button.click()
    assert tab.table.rowCount() == 0 and SlipKeyService(office_b).trusted() == []
