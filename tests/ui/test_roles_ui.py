"""The window follows the role: what the signed-in role may not do is greyed out with the sentence
saying who may (and refused by the services if reached anyway); an admin manages operator
accounts in Pengaturan › Operator, every change confirmed, Enter never doing it; the status bar
says who is signed in; a record shows who registered and who last changed it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.accounts import AccountService
from desktop_app.services.registry import RegistryService
from desktop_app.ui import msgbox
from tests import factories


@pytest.fixture
def people(ctx):
    registry = RegistryService(ctx)
    return [registry.register(factories.registration(full_name=n)) for n in ("Siti Aminah", "Budi Santoso")]


def _sign_in_as(ctx, name: str, role: str) -> None:
    accounts = AccountService(ctx)
    accounts.add(name, role)
    accounts.begin_session(name)


def test_an_operator_sees_what_they_may_not_do_greyed_with_the_reason(ctx, people, make_window, answers, qtbot):
    _sign_in_as(ctx, "Rina", "operator")
    window = make_window()
    window.show()
    assert window.operator_label.text() == "Masuk sebagai Rina (operator)"
    records = window.records()
    for action in (records.delete_action, records.restore_action, records.reveal_action, records.batch_action):
        assert not action.isEnabled() and "supervisor atau admin" in action.toolTip()
    assert records.print_action.isEnabled() and records.export_action.isEnabled()
    buttons = [b for b in records.findChildren(type(window.form().save_button)) if b.text() == "Hapus…"]
    assert buttons and not buttons[0].isEnabled() and "Anda masuk sebagai Rina (operator)" in buttons[0].toolTip()
    window.stack.show_page("batches")
    batches = window.stack.page("batches")
    for key in ("new", "export", "submit", "answer", "correction", "remove"):
        assert not batches.actions[key].isEnabled(), key
    assert "Mengelola batch hanya boleh dilakukan oleh supervisor atau admin" in batches.actions["new"].toolTip()
    window.stack.show_page("settings")
    settings = window.stack.page("settings")
    assert not settings.operators_tab.add_button.isEnabled() and settings.operators_tab.rows == []
    assert "Hanya admin" in settings.operators_tab.notice.text()
    assert not settings.backups_tab.backup_button.isEnabled()
    assert not settings.print_tab.save_button.isEnabled()


def test_reaching_a_refused_action_anyway_is_refused_by_the_service(ctx, people, make_window, answers, qtbot):
    _sign_in_as(ctx, "Rina", "operator")
    window = make_window()
    window.show()
    records = window.records()
    records.reveal_action.setEnabled(True)             # as if the button were reached some other way
    records.reveal_action.setChecked(True)
    qtbot.waitUntil(lambda: not records.reveal_action.isChecked(), timeout=2000)
    assert not records.model.reveal_nik
    assert answers.shown[-1][2].startswith("Menampilkan NIK lengkap hanya boleh dilakukan oleh supervisor")


def test_a_supervisor_may_unmask_and_delete_but_not_manage_the_office(ctx, people, make_window, answers):
    _sign_in_as(ctx, "Sari", "supervisor")
    window = make_window()
    window.show()
    records = window.records()
    assert records.delete_action.isEnabled() and records.reveal_action.isEnabled()
    records.reveal_action.setChecked(True)
    assert records.model.reveal_nik
    window.stack.show_page("settings")
    settings = window.stack.page("settings")
    assert not settings.backups_tab.backup_button.isEnabled() and not settings.operators_tab.add_button.isEnabled()


def test_admin_adds_changes_and_disables_accounts_with_confirmation(ctx, window, answers, monkeypatch, qtbot):
    window.stack.show_page("settings")
    settings = window.stack.page("settings")
    settings.setCurrentWidget(settings.operators_tab)
    tab = settings.operators_tab
    tab.new_name.setFocus()
    tab.new_name.setText("Rina")
    tab.new_role.set_value("supervisor")
    QTest.keyClick(tab.new_name, Qt.Key.Key_Return)            # Enter adds nothing
    assert [a.name for a in tab.rows] == ["tester"] and not answers.asked
    tab.add()                                                  # asked, answered "Batal"
    assert [a.name for a in tab.rows] == ["tester"] and "Rina sebagai supervisor" in answers.asked[-1][1]
    answers.ask_replies.append(True)
    tab.add()
    assert [(a.name, a.role.value, a.active) for a in tab.rows] == [("Rina", "supervisor", True),
                                                                    ("tester", "admin", True)]
    assert "tester ·" in tab.table.item(0, 3).text()
    tab.table.selectRow(0)
    monkeypatch.setattr(msgbox, "choose", lambda *a, **k: 0)   # the first role: operator
    tab.change_role()
    assert tab.rows[0].role.value == "operator" and tab.table.item(0, 1).text() == "operator"
    tab.table.selectRow(0)
    tab.disable()                                              # asked, answered "Batal"
    assert tab.rows[0].active
    answers.ask_replies.append(True)
    tab.disable()
    assert not tab.rows[0].active and tab.table.item(0, 2).text() == "tidak"
    tab.table.selectRow(1)
    tab.disable()                                              # yourself: refused with the reason
    answers.ask_replies.append(True)
    tab.disable()
    assert answers.shown[-1][2] == "Anda tidak dapat menonaktifkan akun Anda sendiri."
    assert not tab.password_button.isEnabled()                 # no key file: no passwords to reset


def test_the_record_shows_who_registered_and_who_last_changed_it(ctx, people, window, answers):
    form = window.form()
    window.open_record(people[0].id)
    assert form.stamps_label.isVisible()
    assert form.stamps_label.text().startswith("Didaftarkan oleh tester pada ")
    assert "terakhir diubah" not in form.stamps_label.text()
    _sign_in_as(ctx, "Budi", "operator")
    RegistryService(ctx).update(people[0].copy(address="Jl. Baru No. 3"))
    form.new_record(carry=False)
    window.open_record(people[0].id)
    assert "terakhir diubah oleh Budi pada " in form.stamps_label.text()
    form.new_record(carry=False)
    assert not form.stamps_label.isVisible()
