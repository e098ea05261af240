"""The import wizard: choose file → check sheets and columns → preview every row → import → result.

Nothing is written before the officer confirms on the preview page. Reading and
checking the file, and the import itself, run in a worker with a cancellable
progress dialog. The wizard lives inside the Impor page; finishing or
cancelling starts it over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.importing.preview import ImportPreview, ImportResult
from desktop_app.services.importing.report import write_report
from desktop_app.services.importing.service import ImportService
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.importing.mapping_page import MappingPage
from desktop_app.ui.importing.pages import FilePage, PreviewPage, ResultPage, counts_text
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.workers import report, run_task


class ImportWizard(QWizard):
    """``imported(batch_id)`` once rows were written; ``open_batch(batch_id)`` from the result page."""

    imported = Signal(int)
    open_batch = Signal(int)

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.overrides: dict[str, dict[int, str]] = {}         # sheet → column → field chosen by hand
        self.header_rows: dict[str, int] = {}                 # sheet → header's last row (0-based; -1: none)
        self.sheets: list[str] | None = None                  # None: every sheet with people
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
                            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
                            (QWizard.WizardButton.CommitButton, self.tr("&Impor sekarang")),
                            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
                            (QWizard.WizardButton.CancelButton, self.tr("Batal"))):
            self.setButtonText(which, text)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.result_page = PreviewPage(self), ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)

    # --- the work ------------------------------------------------------------------
    def analyse(self) -> bool:
        """(Re-)read and check the file with the current choices; False when it cannot be used (the choices
        that led there are taken back)."""
        path, scheme_id, village = self.file_page.choices()
        options = dict(scheme_id=scheme_id, overrides={k: dict(v) for k, v in self.overrides.items()},
                       header_rows=dict(self.header_rows), sheet=list(self.sheets) if self.sheets else None,
                       default_village=village)
        outcome = run_task(self, self.ctx, self.tr("Memeriksa berkas…"),
                           lambda c, job: ImportService(c).analyse(path, job=job, **options))
        if not report(self, self.tr("Impor daftar desa"), outcome):
            if self.preview is not None:
                self._take_back()
            return False
        self.preview = outcome.result
        return True

    def _take_back(self) -> None:
        """Choices that made the file unreadable are dropped; the last good preview stays."""
        chosen = {t.sheet: {c.index: c.field for c in t.columns if c.source == "user"} for t in self.preview.tables}
        self.overrides = {s: o for s, o in chosen.items() if o}
        self.header_rows = {t.sheet: t.header_row - 1 for t in self.preview.tables if t.sheet in self.header_rows}
        self.sheets = [t.sheet for t in self.preview.tables] if self.sheets else None

    def counts_text(self) -> str:
        return counts_text(self.preview)

    def commit(self) -> bool:
        preview, remember = self.preview, self.mapping_page.remember.isChecked()
        counts = preview.counts
        question = self.tr("Impor {new} peserta baru dari {file} ke batch draf baru? {other} baris lainnya tidak "
                           "diimpor dan dapat disimpan sebagai laporan.")
        question = fill(question, new=str(counts["new"]), file=preview.path.name,
                        other=str(counts["rows"] - counts["new"]))
        if not msgbox.ask(self, self.tr("Impor daftar desa"), question, yes=self.tr("Impor"), no=self.tr("Kembali")):
            return False

        def task(c, job):
            service = ImportService(c)
            result = service.commit(preview, job=job)
            if remember:
                service.remember_mapping(preview)
            return result
        outcome = run_task(self, self.ctx, self.tr("Menyimpan peserta…"), task)
        if not report(self, self.tr("Impor daftar desa"), outcome):
            return False
        self.result = outcome.result
        self.imported.emit(self.result.batch_id or 0)
        return True

    def save_report(self) -> Path | None:
        preview = self.preview
        suggested = Path(self.settings.last_folder) / f"tidak-diimpor-{preview.path.stem}.xlsx"
        out = file_dialogs.save_file(self, self.tr("Simpan laporan baris yang tidak diimpor"), suggested,
                                     file_dialogs.xlsx_filter())
        if out is None:
            return None
        outcome = run_task(self, self.ctx, self.tr("Menulis laporan…"), lambda _c, _job: write_report(preview, out))
        if not report(self, self.tr("Laporan impor"), outcome):
            return None
        text = fill(self.tr("{count} baris yang tidak diimpor tersimpan di {path}."),
                    count=len(preview.not_imported()), path=out)
        msgbox.info(self, self.tr("Laporan impor"), text)
        return out

    # --- starting over ---------------------------------------------------------------
    def done(self, result: int) -> None:
        """Finish or Cancel: the wizard stays on the page and starts again."""
        self.preview, self.result, self.overrides, self.header_rows, self.sheets = None, None, {}, {}, None
        self.restart()
