"""Data Peserta → Excel: Ctrl+E exports the list as filtered, masked NIK unless full is chosen."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.ui import msgbox
from tests.services.printing_helpers import people


def test_ctrl_e_exports_the_filtered_list_and_asks_about_the_nik(window, ctx, answers, files, monkeypatch, tmp_path):
    people(ctx, 4)
    asked = []
    monkeypatch.setattr(msgbox, "choose", lambda _p, _t, label, items, current=0: asked.append((label, items)) or 0)
    window.stack.show_page("records")
    records = window.records()
    records.filters.search.setText("saputra")
    records.filters.emit_query()
    out = tmp_path / "daftar.xlsx"
    files.to_save = [out]
    records.view.setFocus()
    QTest.keyClick(records.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Ekspor 0 peserta" not in asked[0][0]
    ws = openpyxl.load_workbook(out)["Peserta"]
    names = [r[3].value for r in ws.iter_rows(min_row=2)]
    assert names == [r["full_name"] for r in records.records.page(records.model.query, 0, 50)]
    assert all("*" in r[2].value for r in ws.iter_rows(min_row=2))
    assert "ditulis ke" in answers.shown[-1][2]
    audit = ctx.store.audit.recent(action="export_list")[0]["new"]
    assert audit["full_nik"] is False and audit["rows"] == len(names) and audit["filter"]["text"] == "saputra"

    monkeypatch.setattr(msgbox, "choose", lambda *_a, **_k: 1)
    files.to_save = [tmp_path / "lengkap.xlsx"]
    records.export_action.trigger()
    assert ctx.store.audit.recent(action="export_list")[0]["new"]["full_nik"] is True
    assert "*" not in openpyxl.load_workbook(tmp_path / "lengkap.xlsx")["Peserta"]["C2"].value
