"""The Dinas view in the window: the office of origin in Data Peserta (column and filter), "Cek ganda antar
kantor", the Laporan per office, and the batch page's warning. Screenshots with LINDUNGI_SHOTS=1."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.services.report import ReportService
from desktop_app.ui.records.cross_office_dialog import CrossOfficeDialog
from desktop_app.ui.records.table_model import COLUMNS, OFFICE_COLUMN
from tests import factories
from tests.ui.conftest import answer_next_dialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("LINDUNGI_SHOTS") else \
    Path(tempfile.gettempdir()) / "lindungi-shots"


def test_data_peserta_shows_filters_and_checks_offices_of_origin(window, ctx, qtbot):
    own, waru, sepaku = factories.dinas_office(ctx)
    window.stack.show_page("records")
    page = window.records()
    page.refresh()
    assert COLUMNS[OFFICE_COLUMN][0] == "origin_office" and not page.view.isColumnHidden(OFFICE_COLUMN)
    offices = [page.filters.office.itemText(i) for i in range(page.filters.office.count())]
    assert offices == ["(semua)", "PPU-DINAS — kantor ini", "PPU-SEPAKU", "PPU-WARU"]
    assert page.filters.office.isVisible() and page.cross_office_button.isVisible()
    page.filters.office.set_value("PPU-SEPAKU")
    assert page.model.total() == 3
    shown = {page.model.index(r, OFFICE_COLUMN).data() for r in range(page.model.rowCount())}
    assert shown == {"PPU-SEPAKU"}
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "list-office-of-origin.png"))
    page.filters.office.set_value(None)

    opened = []

    def choose(dialog):
        assert isinstance(dialog, CrossOfficeDialog)
        assert dialog.table.rowCount() == 2 and "2 pasangan" in dialog.count.text()
        texts = {dialog.table.item(r, 2).text() for r in range(2)} | {dialog.table.item(r, 7).text()
                                                                      for r in range(2)}
        assert texts == {"Muhammad Yusuf", "M. Yusup", "Siti Aminah", "Sitti Aminah"}
        dialog.resize(1200, 300)
        dialog.grab().save(str(SHOTS / "cross-office-check.png"))
        opened.append(dialog.pairs[0].second.id)
        dialog.open_second.click()
    answer_next_dialog(qtbot, choose)
    page.cross_office_button.click()
    assert opened and window.stack.current_key() == "registration"
    assert window.stack.page("registration").base.id == opened[0]


def test_laporan_has_a_per_office_table_and_the_batch_page_warns(window, ctx):
    own, waru, sepaku = factories.dinas_office(ctx)
    window.stack.show_page("reports")
    reports = window.stack.page("reports")
    reports.refresh()
    titles = [reports.tabs.tabText(i) for i in range(reports.tabs.count())]
    assert "Per kantor asal" in titles
    table = reports.tables["office"]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"PPU-DINAS — kantor ini": "1", "PPU-SEPAKU": "3", "PPU-WARU": "2", "Jumlah": "6"}
    assert sum(r.total for r in ReportService(ctx).compute().by_office) == 6
    reports.tabs.setCurrentIndex(titles.index("Per kantor asal"))
    window.grab().save(str(SHOTS / "reports-per-office.png"))

    store = ctx.store
    with store.write():
        batch = store.batches.create(1, ctx.operator, title="Untuk BPJS")
        store.batches.add_items(batch, [waru[0].id, own.id])
    window.stack.show_page("batches")
    batches = window.stack.page("batches")
    batches.refresh(batch)
    batches.select_batch(batch)
    warning = batches.detail.cross_office
    assert warning.isVisible() and "1 peserta batch ini" in warning.text()
    window.grab().save(str(SHOTS / "batch-cross-office-warning.png"))
