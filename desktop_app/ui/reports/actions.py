"""Laporan's two outputs: print the whole report as a PDF (opened in the viewer, like every print)
and export it to Excel — both in a worker, both from ``services.report_output``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import fill
from desktop_app.ui import file_dialogs, msgbox, printing
from desktop_app.ui.workers import report, run_task

if TYPE_CHECKING:
    from desktop_app.ui.reports.page import ReportsPage

translate = QCoreApplication.translate


def _writer(ctx):
    from desktop_app.services.report_output import ReportWriter  # reportlab loads when printing
    return ReportWriter(ctx)


def print_pdf(page: ReportsPage) -> None:
    title = translate("ReportActions", "Cetak laporan")
    figures, out = page.report, printing.pdf_path("laporan")
    outcome = run_task(page, page.ctx, title, lambda c, _job: _writer(c).write_pdf(figures, out))
    if report(page, title, outcome):
        file_dialogs.show_in_system(page, outcome.result[0])


def export_xlsx(page: ReportsPage) -> None:
    title = translate("ReportActions", "Ekspor laporan ke Excel")
    suggested = Path(page.settings_folder()) / "laporan-kepesertaan.xlsx"
    out = file_dialogs.save_file(page, title, suggested, file_dialogs.xlsx_filter())
    if out is None:
        return
    figures = page.report
    outcome = run_task(page, page.ctx, title, lambda c, _job: _writer(c).write_xlsx(figures, out))
    if report(page, title, outcome):
        msgbox.info(page, title, fill(translate("ReportActions", "Laporan ditulis ke {file}."), file=outcome.result))
