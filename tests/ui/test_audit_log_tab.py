"""Pengaturan › Log pemrosesan and Data satu orang, driven through their widgets."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.domain.regnumber import format_number
from desktop_app.services.roles import Role
from desktop_app.ui import file_dialogs
from desktop_app.ui.audit.log_tab import AuditLogTab
from desktop_app.ui.audit.subject_dialog import SubjectDialog
from tests import factories
from tests.pdf_reading import all_text
from tests.services.printing_helpers import people


def _tab(window):
    window.stack.show_page("settings")
    page = window.stack.currentWidget()
    page.setCurrentWidget(page.audit_tab)
    return page.audit_tab


def test_the_log_filters_by_action_and_person_and_exports(window, ctx, answers, monkeypatch, tmp_path, qtbot):
    regs = people(ctx, 3)
    tab = _tab(window)
    assert tab.stack.currentWidget() is tab.content and tab.model.total() == 6
    tab.action.set_value("create")
    QTest.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert tab.model.total() == 6 and {tab.model.line(i).action for i in range(tab.model.rowCount())} == {"create"}
    tab.person.setText(format_number(regs[1].seq))
    QTest.keyClick(tab.person, Qt.Key.Key_Return)
    assert tab.model.total() == 1 and tab.model.data(tab.model.index(0, 3)) == f"peserta {format_number(regs[1].seq)}"
    assert "1 catatan" in tab.count_label.text()
    tab.person.setText("bukan orang")
    QTest.keyClick(tab.person, Qt.Key.Key_Return)
    assert answers.shown[-1][0] == "error" and tab.model.total() == 1          # the last good filter stays

    tab.person.setText(regs[1].nik)
    out = tmp_path / "auditor.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(out)["Log"].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][3] == "Data baru" and regs[1].nik not in str(rows)
    assert answers.shown[-1][0] == "info" and str(out) in answers.shown[-1][2]

    QTest.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert answers.shown[-1][0] == "info" and "utuh" in answers.shown[-1][2]


def test_an_operator_sees_who_may_read_the_log(ctx, qtbot):
    tab = AuditLogTab(factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.stack.currentWidget() is tab.refusal and "supervisor atau admin" in tab.refusal.text()


def test_data_of_one_person_shows_and_prints(ctx, answers, monkeypatch, tmp_path, qtbot):
    reg = people(ctx, 2)[0]
    dialog = SubjectDialog(ctx, reg.nik)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert reg.full_name in text and "Halimah" in text and reg.nik not in text and dialog.print_button.isEnabled()
    out = tmp_path / "subjek.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    opened = []
    monkeypatch.setattr(file_dialogs, "show_in_system", lambda _parent, path: opened.append(path))
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert opened == [out] and reg.full_name in all_text(out)
    dialog.person.setText("000999-9")
    QTest.keyClick(dialog.person, Qt.Key.Key_Return)
    assert not dialog.print_button.isEnabled()
