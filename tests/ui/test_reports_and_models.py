"""Laporan shows StatsService's numbers; the new Qt models pass the model tester; the worker layer."""

from __future__ import annotations

import sys
import threading

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_rupiah
from desktop_app.errors import UserError
from desktop_app.services.batches import BatchService
from desktop_app.services.importing.service import ImportService
from desktop_app.services.office import OfficeService
from desktop_app.services.report import ReportService
from desktop_app.ui import workers
from desktop_app.ui.batches.models import BatchListModel, BatchMembersModel
from desktop_app.ui.importing.preview_model import ImportPreviewModel
from tests import village_lists
from tests.services.printing_helpers import OTHER_VILLAGE, batch_of, people


def test_laporan_shows_the_report_services_figures_tables_and_charts(window, ctx, files, answers, tmp_path):
    offices = OfficeService(ctx)
    scheme = offices.scheme(1)
    scheme.target_participants, scheme.budget = 8, 10_000_000
    offices.save_scheme(scheme)
    people(ctx, 3)
    people(ctx, 1, village_code=OTHER_VILLAGE)
    window.stack.show_page("reports")
    page = window.stack.page("reports")
    page.refresh()
    report = ReportService(ctx).compute()
    assert page.values["registered"] == "4" and page.values["covered"] == "0" and page.values["target"] == "8"
    assert page.values["coverage"] == "0,0%" and page.values["allocated"] == "Rp10.000.000"
    assert page.values["remaining"] == format_rupiah(10_000_000) and report.committed == 0
    villages = page.tables["village"]
    assert villages.rowCount() == len(report.by_village) + 1                 # and the total row
    assert {villages.item(r, 0).text(): villages.item(r, 2).text() for r in range(villages.rowCount() - 1)} == \
        {v.name: str(v.total) for v in report.by_village}
    assert page.tabs.tabText(0) == "Grafik" and len(page.charts.charts) == 3
    assert page.charts.charts[0].renderer().isValid()
    page.start.set_value("2026-11")
    assert page.period() == (YearMonth(2026, 11), YearMonth(2026, 12))
    page.scheme.set_value(1)
    assert page.values["registered"] == "4"
    out = tmp_path / "laporan.xlsx"
    files.to_save = [out]
    page.buttons["xlsx"].click()
    assert out.exists() and "Laporan ditulis" in answers.shown[-1][2]
    page.print_current()
    assert files.opened and str(files.opened[-1]).endswith(".pdf")


def test_batch_models_pass_the_model_tester(qtmodeltester, ctx):
    batch_id = batch_of(ctx, people(ctx, 3))
    batches = BatchListModel()
    qtmodeltester.check(batches)
    batches.set_rows(BatchService(ctx).lines())
    assert batches.rowCount() == 1 and batches.index(0, 4).data() == "3"
    members = BatchMembersModel()
    qtmodeltester.check(members)
    members.set_rows(ctx.store.batches.items(batch_id))
    assert members.rowCount() == 3 and "*" in members.index(0, 1).data()
    members.set_rows([])


def test_import_preview_model_passes_the_model_tester(qtmodeltester, ctx, out_dir):
    path = out_dir / "list.xlsx"
    village_lists.messy_list(path)
    preview = ImportService(ctx).analyse(path)
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_rows(preview.rows)
    assert model.rowCount() == len(preview.rows)


def test_the_worker_uses_its_own_connection_and_reports_failures(qtbot, ctx, answers, monkeypatch):
    seen = {}

    def task(worker_ctx, job):
        seen["thread"] = threading.current_thread()
        seen["store"] = worker_ctx.store
        return worker_ctx.store.registrations.count.__self__ is not ctx.store.registrations
    outcome = workers.run_task(None, ctx, "uji", task)
    assert outcome.ok and outcome.result is True
    assert seen["thread"] is not threading.main_thread() and seen["store"] is not ctx.store

    failed = workers.run_task(None, ctx, "uji", lambda c, j: (_ for _ in ()).throw(UserError("Berkas rusak.")))
    assert not workers.report(None, "Impor", failed) and answers.shown[-1] == ("error", "Impor", "Berkas rusak.")

    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc))
    broken = workers.run_task(None, ctx, "uji", lambda c, j: 1 / 0)
    assert not workers.report(None, "Impor", broken) and hooked and hooked[0][0] is ZeroDivisionError
