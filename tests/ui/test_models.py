"""Every Qt model passes pytest-qt's model tester, and the records model never loads everything."""

from __future__ import annotations

from datetime import date

from desktop_app.services.registry import RegistryService
from desktop_app.storage.search import RegistrationQuery
from desktop_app.ui.records import table_model
from desktop_app.ui.records.table_model import RecordTableModel
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from tests import factories


def _register(ctx, count: int) -> None:
    registry = RegistryService(ctx)
    for i in range(count):
        registry.register(factories.registration(full_name=f"Peserta Nomor {chr(65 + i % 26)}",
                                                 birth_date=date(1970 + i % 30, 1 + i % 12, 1 + i % 28)))


def test_record_table_model_passes_the_model_tester_while_paging(qtmodeltester, ctx, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 7)
    _register(ctx, 17)
    model = RecordTableModel(ctx.store.registrations, ctx.regions, {1: "APBD"})
    model.set_query(RegistrationQuery())
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)       # Qt's QAbstractItemModelTester; stays connected: checks every change below
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 17 and not model.canFetchMore()
    model.sort(model.column_of("full_name"))
    model.set_reveal_nik(True)
    model.refresh()
    model.set_query(RegistrationQuery(text="tidak ada orang ini"))
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_choice_combo_model_passes_the_model_tester(qtmodeltester, qtbot):
    combo = ChoiceCombo(editable=True)
    qtbot.addWidget(combo)
    combo.set_choices([("Babulu", "64.09.03"), ("Penajam", "64.09.01")])
    qtmodeltester.check(combo.model())
