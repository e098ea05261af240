"""Impor: the import wizard, embedded as a page of the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.context import Context
from desktop_app.ui.importing.wizard import ImportWizard
from desktop_app.ui.settings import UiSettings


class ImportPage(QWidget):
    imported = Signal(int)
    open_batch = Signal(int)

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Impor daftar desa"))
        title.setObjectName("pageTitle")
        self.wizard = ImportWizard(ctx, settings, self)
        self.wizard.imported.connect(self.imported)
        self.wizard.open_batch.connect(self.open_batch)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.wizard, 1)

    def focus_first(self) -> None:
        if self.wizard.currentPage() is self.wizard.file_page:
            self.wizard.file_page.path.setFocus()
