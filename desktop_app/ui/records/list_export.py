"""Export the Data Peserta list as it is filtered now (Ctrl+E): choose masked or full NIK, choose
the file, write it in a worker (``services.list_export``), say where it went."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.i18n import fill
from desktop_app.services.list_export import ListExporter
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.workers import report, run_task

if TYPE_CHECKING:
    from desktop_app.ui.records.page import RecordsPage

translate = QCoreApplication.translate


def suggested_name(page: RecordsPage) -> str:
    """``peserta-<desa or search>.xlsx`` from what the list is filtered by."""
    query = page.model.query
    region = page.ctx.regions.get(query.village_code or query.district_code) if (
        query.village_code or query.district_code) else None
    words = region.name if region else query.text
    slug = re.sub(r"[^0-9a-z]+", "-", words.lower()).strip("-")[:40]
    return f"peserta-{slug}.xlsx" if slug else "peserta.xlsx"


def export_list(page: RecordsPage) -> None:
    title = translate("ListExport", "Ekspor daftar ke Excel")
    shown = page.model.total()
    if not shown:
        msgbox.info(page, title, translate("ListExport", "Daftar kosong; tidak ada yang diekspor."))
        return
    choice = msgbox.choose(page, title, fill(translate("ListExport", "Ekspor {count} peserta pada daftar ini. NIK "
                                                                     "dan nomor HP:"), count=shown),
                           [translate("ListExport", "Disamarkan (disarankan)"),
                            translate("ListExport", "Lengkap — pilihan ini dicatat di log pemrosesan")])
    if choice is None:
        return
    out = file_dialogs.save_file(page, title, Path(page.settings.last_folder) / suggested_name(page),
                                 file_dialogs.xlsx_filter())
    if out is None:
        return
    page.settings.last_folder = str(out.parent)
    query, full = page.model.query, choice == 1
    outcome = run_task(page, page.ctx, title, lambda c, job: ListExporter(c).export(query, out, full_nik=full, job=job))
    if report(page, title, outcome):
        msgbox.info(page, title, fill(translate("ListExport", "{count} peserta ditulis ke {file}."),
                                      count=outcome.result.rows, file=outcome.result.path))
