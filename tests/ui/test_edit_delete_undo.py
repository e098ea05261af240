"""Correcting and deleting from the records list, and taking it back with Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.registry import RegistryService
from tests import factories
from tests.ui.conftest import press, save_shortcut, type_text


def _select_first_row(records) -> None:
    records.view.setFocus()
    records.view.selectRow(0)


def test_edit_from_the_list_then_undo_and_redo(window, ctx, qtbot):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    window.stack.show_page("records")
    records = window.records()
    _select_first_row(records)
    QTest.keyClick(records.view, Qt.Key.Key_Return)               # open in the same form
    page = window.form()
    assert window.stack.current_key() == "registration" and page.base.id == reg.id
    page.form.full_name.setFocus()
    page.form.full_name.selectAll()
    type_text("Siti Aminah Lestari")
    save_shortcut()
    assert ctx.store.registrations.get(reg.id).full_name == "Siti Aminah Lestari"
    assert window.undo_action.isEnabled()
    window.stack.show_page("records")
    QTest.keyClick(records.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.registrations.get(reg.id).full_name == "Siti Aminah"
    assert records.model.row(0)["full_name"] == "Siti Aminah"       # list refreshed
    QTest.keyClick(records.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.registrations.get(reg.id).full_name == "Siti Aminah Lestari"
    actions = [row["action"] for row in ctx.store.audit.for_entity("registration", reg.id)]
    assert actions == ["create", "nik.unmask", "update", "update", "update"]   # opening it showed the full NIK


def test_soft_delete_asks_for_a_reason_and_undo_restores(window, ctx, answers):
    reg = RegistryService(ctx).register(factories.registration())
    window.stack.show_page("records")
    records = window.records()
    _select_first_row(records)
    answers.text_replies = [None]                                   # cancelled: nothing happens
    QTest.keyClick(records.view, Qt.Key.Key_Delete)
    assert ctx.store.registrations.get(reg.id).deleted_at is None
    answers.text_replies = ["Pindah domisili ke Balikpapan"]
    QTest.keyClick(records.view, Qt.Key.Key_Delete)
    deleted = ctx.store.registrations.get(reg.id)
    assert deleted.deleted_reason == "Pindah domisili ke Balikpapan" and deleted.deleted_by == "tester"
    assert records.model.rowCount() == 0                            # the list shows active records
    window.undo_stack.undo()
    assert ctx.store.registrations.get(reg.id).deleted_at is None
    assert records.model.rowCount() == 1


def test_a_blank_reason_asks_again_instead_of_giving_up(window, ctx, answers):
    reg = RegistryService(ctx).register(factories.registration())
    window.stack.show_page("records")
    _select_first_row(window.records())
    answers.text_replies = ["   ", "Terdaftar dua kali"]
    QTest.keyClick(window.records().view, Qt.Key.Key_Delete)
    assert len(answers.asked) == 2 and "wajib diisi" in answers.asked[1][1]
    assert ctx.store.registrations.get(reg.id).deleted_reason == "Terdaftar dua kali"
    assert window.undo_stack.count() == 1


def test_a_deletion_is_restored_after_a_restart_with_its_reason_shown(window, ctx, answers):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    RegistryService(ctx).delete(reg.id, "Salah desa")                # in another session: nothing to undo here
    assert window.undo_stack.count() == 0
    window.stack.show_page("records")
    records = window.records()
    records.filters.status.set_value("deleted")
    assert records.model.rowCount() == 1
    status = records.model.index(0, records.model.column_of("status")).data()
    assert status == "Dihapus: Salah desa"
    window.open_record(reg.id)
    assert "Salah desa" in window.form().mode_label.text()          # the record says why, too
    window.stack.show_page("records")
    _select_first_row(records)
    answers.ask_replies = [True]
    QTest.keyClick(records.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "Salah desa" in answers.asked[-1][1]
    assert ctx.store.registrations.get(reg.id).deleted_at is None
    audit = [row for row in ctx.store.audit.for_entity("registration", reg.id) if row["action"] == "restore"]
    assert audit and audit[0]["note"] == "Salah desa" and audit[0]["operator"] == "tester"


def test_undo_updates_the_form_that_shows_the_record(window, ctx):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    window.open_record(reg.id)
    page = window.form()
    page.form.full_name.setText("Siti Aminah Lestari")
    save_shortcut()
    assert page.form.full_name.text() == "Siti Aminah Lestari"
    window.undo_stack.undo()
    assert page.form.full_name.text() == "Siti Aminah" and not page.is_dirty()


def test_ctrl_z_in_the_form_right_after_a_save_undoes_it_and_the_banner_follows(window, ctx):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    window.open_record(reg.id)
    page = window.form()
    page.form.full_name.setFocus()
    page.form.full_name.selectAll()
    type_text("Siti Aminah Lestari")
    save_shortcut()
    assert "tersimpan" in page.saved_banner.text()
    assert QApplication.focusWidget() is page.form.full_name        # the cursor is still in a text box
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.registrations.get(reg.id).full_name == "Siti Aminah"
    assert page.form.full_name.text() == "Siti Aminah"
    assert "Diurungkan" in page.saved_banner.text() and "tersimpan" not in page.saved_banner.text()
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.registrations.get(reg.id).full_name == "Siti Aminah Lestari"
    assert "Diulang" in page.saved_banner.text()


def test_ctrl_z_while_typing_still_undoes_the_typing(window):
    page = window.form()
    page.form.full_name.setFocus()
    type_text("Budi")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.form.full_name.text() == ""
