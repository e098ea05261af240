"""Printing from the desk: slips and recaps as PDFs, generated in a worker, opened in the PDF viewer.

Why a PDF in the default viewer rather than Qt's print dialog: the PDF is the
same document the CLI makes (fonts embedded, QR exact), the officer sees it
before paper is used, and on a Windows laptop it is two clicks to paper —
Ctrl+P (or "Cetak Bukti") opens it, then the viewer's Print. The files go to
``<user data>/cetak/`` with a time stamp, so an earlier PDF still open in a
viewer (Windows locks it) never blocks the next print.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.i18n import fill
from desktop_app.oserrors import file_error
from desktop_app.paths import user_data_dir
from desktop_app.services.context import Context
from desktop_app.ui import file_dialogs
from desktop_app.ui.workers import report, run_task

if TYPE_CHECKING:  # reportlab is heavy (~150 ms): it is imported when something is printed
    from desktop_app.services.printing import PrintResult

translate = QCoreApplication.translate
PRINT_FOLDER = "cetak"


def print_folder() -> Path:
    folder = user_data_dir() / PRINT_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(folder / "bukti.pdf", exc) from exc
    return folder


def pdf_path(stem: str) -> Path:
    return print_folder() / f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"


def _service(ctx: Context):
    from desktop_app.services.printing import PrintService
    return PrintService(ctx)


def _run(parent: QWidget | None, ctx: Context, title: str, task) -> PrintResult | None:
    outcome = run_task(parent, ctx, title, task)
    if not report(parent, title, outcome):
        return None
    result: PrintResult = outcome.result
    file_dialogs.show_in_system(parent, result.path)
    return result


def print_slips(parent: QWidget | None, ctx: Context, registration_ids: list[str], stem: str) -> PrintResult | None:
    """The slips of these people in one PDF, opened in the viewer."""
    title = translate("Printing", "Cetak bukti pendaftaran")
    out = pdf_path(stem)
    return _run(parent, ctx, title, lambda c, job: _service(c).print_slips(registration_ids, out, job))


def print_batch_slips(parent: QWidget | None, ctx: Context, batch_id: int) -> PrintResult | None:
    title = fill(translate("Printing", "Cetak semua bukti batch {id}"), id=str(batch_id))
    out = pdf_path(f"bukti-batch-{batch_id}")
    return _run(parent, ctx, title, lambda c, job: _service(c).print_batch_slips(batch_id, out, job))


def print_recap(parent: QWidget | None, ctx: Context, batch_id: int) -> PrintResult | None:
    title = fill(translate("Printing", "Cetak berita acara batch {id}"), id=str(batch_id))
    out = pdf_path(f"berita-acara-batch-{batch_id}")
    return _run(parent, ctx, title, lambda c, job: _service(c).print_recap(batch_id, out, job))
