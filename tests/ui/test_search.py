"""Search-as-you-type and filters narrow the list; NIKs stay masked until revealed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.registry import RegistryService
from tests import factories
from tests.ui.conftest import press, type_text


def _people(ctx):
    registry = RegistryService(ctx)
    names = [("Siti Aminah", "Petani/Pekebun"), ("Siti Rahmawati", "Nelayan/Perikanan"),
             ("Budi Santoso", "Nelayan/Perikanan"), ("Ahmad Yani", "Tukang Ojek")]
    return [registry.register(factories.registration(full_name=n, occupation=o,
                                                     birth_date=date(1980, 1, i + 1)))
            for i, (n, o) in enumerate(names)]


def test_typing_narrows_the_list_and_filters_combine(window, ctx, qtbot):
    people = _people(ctx)
    window.find()                                                  # Ctrl+F: records page, search focused
    records = window.records()
    assert records.model.rowCount() == 4
    type_text("sit")
    qtbot.waitUntil(lambda: records.model.rowCount() == 2, timeout=2000)
    type_text("i ra")
    qtbot.waitUntil(lambda: records.model.rowCount() == 1, timeout=2000)
    assert records.model.row(0)["full_name"] == "Siti Rahmawati"
    records.filters.search.clear()
    qtbot.waitUntil(lambda: records.model.rowCount() == 4, timeout=2000)
    records.filters.occupation.set_value("Nelayan/Perikanan")
    assert records.model.rowCount() == 2
    records.filters.search.setText(people[2].nik[:10])              # NIK prefix
    records.filters.emit_query()
    assert [records.model.row(r)["full_name"] for r in range(records.model.rowCount())] == ["Budi Santoso"]
    qtbot.waitUntil(lambda: "1 peserta cocok" in records.count_label.text(), timeout=2000)


def test_nik_is_masked_until_revealed_and_header_click_sorts_in_sqlite(window, ctx):
    people = _people(ctx)
    window.stack.show_page("records")
    records = window.records()
    nik_column = records.model.column_of("nik")
    shown = records.model.index(0, nik_column).data()
    assert shown == people[0].nik[:4] + "********" + people[0].nik[-4:]
    records.reveal_action.setChecked(True)
    assert records.model.index(0, nik_column).data() == people[0].nik
    name_column = records.model.column_of("full_name")
    header = records.view.horizontalHeader()
    x = header.sectionViewportPosition(name_column) + header.sectionSize(name_column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    names = [records.model.row(r)["full_name"] for r in range(records.model.rowCount())]
    assert records.model.query.order_by == "full_name"
    assert names == sorted(names) or names == sorted(names, reverse=True)


def test_enter_in_the_search_box_opens_the_single_match(window, ctx, qtbot):
    people = _people(ctx)
    window.find()
    type_text("budi")
    press(Qt.Key.Key_Return)                              # at once, without waiting for the pause
    form = window.form()
    assert window.stack.current_key() == "registration"
    assert form.editing and form.base.id == people[2].id


def test_down_in_the_search_box_moves_into_the_list_and_enter_opens_the_highlighted_one(window, ctx, qtbot):
    people = _people(ctx)
    window.find()
    records = window.records()
    type_text("siti")
    qtbot.waitUntil(lambda: records.model.rowCount() == 2, timeout=2000)
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is records.view and records.current_row() == 0
    press(Qt.Key.Key_Down)
    assert records.current_row() == 1
    second = records.model.id_at(1)
    press(Qt.Key.Key_Return)
    assert window.form().base.id == second and second in {p.id for p in people[:2]}


def test_search_is_spelling_tolerant_by_the_duplicate_checks_rules(window, ctx, qtbot):
    registry = RegistryService(ctx)
    for i, name in enumerate(("Muhammad Rizki", "Moh. Rizky Pratama", "Soekarno Putra", "Djoko Susilo",
                              "H. Tjahjo Kumolo", "Budi Santoso")):
        registry.register(factories.registration(full_name=name, birth_date=date(1980, 2, i + 1)))
    window.find()
    records = window.records()

    def found(text):
        records.filters.search.setText(text)
        records.filters.emit_query()
        return sorted(records.model.row(r)["full_name"] for r in range(records.model.rowCount()))
    assert found("muhamad") == ["Moh. Rizky Pratama", "Muhammad Rizki"]
    assert found("muhamad rizki") == ["Moh. Rizky Pratama", "Muhammad Rizki"]
    assert found("sukarno") == ["Soekarno Putra"]
    assert found("joko") == ["Djoko Susilo"]
    assert found("cahjo") == ["H. Tjahjo Kumolo"]
    assert found("h. budi") == ["Budi Santoso"]                           # a title typed is not required


def test_the_list_has_a_kpj_column(window, ctx):
    reg = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    ctx.store.registrations.set_fields(reg.id, kpj="12345678901")
    window.stack.show_page("records")
    records = window.records()
    records.refresh()
    column = records.model.column_of("kpj")
    assert records.model.headerData(column, Qt.Orientation.Horizontal) == "KPJ"
    assert records.model.index(0, column).data() == "12345678901"
