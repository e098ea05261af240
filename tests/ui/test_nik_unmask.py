"""Tampilkan NIK lengkap in the records list: a logged service call, refused to an operator."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop_app.services.roles import Role
from desktop_app.ui.records.page import RecordsPage
from tests import factories
from tests.services.printing_helpers import people


def test_revealing_the_list_logs_it_and_an_operator_is_refused(window, ctx, answers, ui_settings, qtbot):
    regs = people(ctx, 2)
    window.stack.show_page("records")
    records = window.records()
    records.reveal_action.setChecked(True)
    assert records.model.reveal_nik
    row = ctx.store.audit.recent(1, action="nik.unmask")[0]
    assert row["new"]["people"] == 2 and row["operator"] == "tester"
    assert records.model.data(records.model.index(0, records.model.column_of("nik"))) in {r.nik for r in regs}

    as_operator = factories.context(ctx.store, ctx.regions, "budi", role=Role.OPERATOR)
    page = RecordsPage(as_operator, ui_settings, QUndoStack())
    qtbot.addWidget(page)
    page.reveal_action.setChecked(True)
    qtbot.waitUntil(lambda: not page.reveal_action.isChecked())
    assert not page.model.reveal_nik
    assert answers.shown[-1][0] == "error" and "supervisor" in answers.shown[-1][2]
    assert ctx.store.audit.recent(1, action="nik.unmask")[0]["operator"] == "tester"
