"""The file, preview and result pages of the import wizard (the mapping page is ``mapping_page``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.i18n import fill
from desktop_app.services.importing.preview import (
    DUPLICATE,
    DUPLICATE_IN_FILE,
    NEW,
    REJECTED,
    SKIPPED,
    ImportPreview,
    status_label,
)
from desktop_app.services.office import OfficeService
from desktop_app.ui import file_dialogs
from desktop_app.ui.batches.new_batch_dialog import office_villages
from desktop_app.ui.importing.preview_model import STATUS_ROLE, WARNED, ImportPreviewModel
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard


def counts_text(preview: ImportPreview) -> str:
    c = preview.counts
    parts = [(NEW, c["new"]), (DUPLICATE, preview.count(DUPLICATE)),
             (DUPLICATE_IN_FILE, preview.count(DUPLICATE_IN_FILE)), (REJECTED, c["rejected"]),
             (SKIPPED, c["skipped"])]
    rows = fill(QCoreApplication.translate("ImportWizard", "Baris data: {rows}"), rows=str(c["rows"]))
    text = rows + "  ·  " + "  ·  ".join(f"{status_label(s)}: {n}" for s, n in parts)
    extra = [(QCoreApplication.translate("ImportWizard", "baru dengan peringatan: {n}"), c["warnings"]),
             (QCoreApplication.translate("ImportWizard", "baris kosong: {n}"), c["blank"])]
    return text + "".join("  ·  " + fill(label, n=str(n)) for label, n in extra if n)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("1. Pilih berkas daftar desa"))
        self.setSubTitle(self.tr("Berkas Excel (.xlsx, .xls) atau LibreOffice (.ods). Belum ada yang disimpan."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Lokasi berkas…"))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Pilih berkas…"))
        browse.clicked.connect(self.browse)
        ctx = wizard.ctx
        self.scheme = ChoiceCombo()
        offices = OfficeService(ctx)
        self.scheme.set_choices([(s.label(), s.id) for s in offices.schemes(active_only=True)])
        default = offices.default_scheme()
        self.scheme.set_value(default.id if default else None)
        self.village = ChoiceCombo(editable=True)
        self.village.set_choices([(self.tr("(menurut kolom desa di berkas)"), "")] + office_villages(ctx))
        self.village.setCurrentIndex(0)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("Be&rkas:"))          # a label with a buddy: Alt+R, no literal "&"
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Skema:"), self.scheme)
        form.addRow(self.tr("&Desa untuk seluruh berkas:"), self.village)
        hint = QLabel(self.tr("Pilih desa bila berkas tidak punya kolom desa; bila kosong, desa dibaca dari kolom "
                              "desa atau dari judul berkas."))
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        form.addRow("", hint)

    def browse(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Pilih daftar desa"), self.owner.settings.last_folder,
                                      file_dialogs.excel_filter())
        if path is not None:
            self.owner.settings.last_folder = str(path.parent)
            self.path.setText(str(path))

    def choices(self) -> tuple[Path, int | None, str]:
        return Path(self.path.text().strip()), self.scheme.value(), self.village.value() or ""

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        self.owner.overrides, self.owner.header_rows, self.owner.sheets = {}, {}, None
        self.owner.preview = None
        return self.owner.analyse()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("3. Pratinjau — belum ada yang disimpan"))
        self.setCommitPage(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.earlier_label = QLabel()
        self.earlier_label.setObjectName("fieldMessage")
        self.earlier_label.setProperty("severity", "warning")
        self.earlier_label.setWordWrap(True)
        self.filter = ChoiceCombo()
        self.filter.set_choices([(self.tr("Semua baris"), ""), (self.tr("Tidak diimpor"), "not_new"),
                                 (self.tr("Baru dengan peringatan"), WARNED)]
                                + [(status_label(s), s) for s in (NEW, DUPLICATE, DUPLICATE_IN_FILE, REJECTED,
                                                                   SKIPPED)])
        self.filter.setCurrentIndex(0)
        self.filter.value_changed.connect(self.apply_filter)
        self.model = ImportPreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(1)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 55, 120, 190, 140)):
            self.view.setColumnWidth(column, width)
        self.notes = QLabel()
        self.notes.setObjectName("fieldMessage")
        self.notes.setProperty("severity", "warning")
        self.notes.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Simpan &laporan baris yang tidak diimpor…"))
        self.report_button.clicked.connect(lambda: self.owner.save_report())
        row = QHBoxLayout()
        label = QLabel(self.tr("&Tampilkan:"))
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter)
        row.addStretch(1)
        row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.notes)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        preview = self.owner.preview
        self.model.set_rows(preview.rows)
        self.counts_label.setText(counts_text(preview))
        earlier = ", ".join(str(b) for b in preview.earlier_batches)
        self.earlier_label.setText(fill(self.tr("Berkas yang sama persis sudah pernah diimpor (batch {ids})."),
                                        ids=earlier) if earlier else "")
        self.earlier_label.setVisible(bool(earlier))
        notes = preview.all_notes() + [fill(self.tr("Sheet \"{sheet}\" tidak dibaca: {why}"), sheet=name, why=why)
                                       for name, why in preview.unread]
        self.notes.setText("\n".join("• " + n for n in notes))
        self.notes.setVisible(bool(notes))
        self.report_button.setEnabled(bool(preview.not_imported()))
        self.setButtonText(self.owner.WizardButton.CommitButton, fill(self.tr("&Impor {count} peserta"),
                                                                      count=str(preview.counts["new"])))
        self.apply_filter(self.filter.value())

    def apply_filter(self, status: str | None) -> None:
        pattern = {"": "", "not_new": f"^(?!{NEW})", WARNED: f"\\+{WARNED}$"}.get(status or "",
                                                                                 f"^{status}(\\+{WARNED})?$")
        self.proxy.setFilterRegularExpression(pattern)

    def isComplete(self) -> bool:
        return self.owner.preview is not None and self.owner.preview.counts["new"] > 0

    def validatePage(self) -> bool:
        return self.owner.commit()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("4. Selesai"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("savedBanner")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Simpan &laporan baris yang tidak diimpor…"))
        self.report_button.clicked.connect(lambda: self.owner.save_report())
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(lambda: self.owner.open_batch.emit(self.owner.result.batch_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addWidget(self.batch_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.owner.result
        self.summary.setText(fill(self.tr("{count} peserta tersimpan di batch draf {batch}."),
                                  count=str(result.imported), batch=str(result.batch_id)))
        self.details.setText(counts_text(result.preview) + "\n" + self.tr(
            "Periksa batch itu di halaman Batch, lalu ekspor dan kirim. Baris yang tidak diimpor dapat disimpan "
            "sebagai laporan untuk dikembalikan ke desa."))
        self.report_button.setEnabled(bool(result.preview.not_imported()))
        self.batch_button.setText(fill(self.tr("&Buka batch {batch}"), batch=str(result.batch_id)))
        self.batch_button.setEnabled(result.batch_id is not None)
