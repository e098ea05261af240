"""Pengaturan › Log pemrosesan: filter the log, check that it is whole, export it for an auditor.

Supervisors and admins only (``audit.read``); anyone else sees one sentence saying so.
The table pages through ``AuditTableModel``; "Periksa keutuhan" walks the hash chain in
a worker; "Ekspor ke Excel…" writes what the filter shows; "Data satu orang…" opens
the data-subject view of the person in the filter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.audit_actions import action_choices
from desktop_app.domain.audit_query import AuditQuery
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services import roles
from desktop_app.services.audit_check import AuditCheck, sentence
from desktop_app.services.audit_reader import AuditReader
from desktop_app.services.context import Context
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.audit.model import AuditTableModel
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.workers import report, run_task


def _date_box(label: str, on: date) -> tuple[QCheckBox, QDateEdit]:
    check, edit = QCheckBox(label), QDateEdit(QDate(on.year, on.month, on.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class AuditLogTab(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader = AuditReader(ctx)
        self.model = AuditTableModel(self.reader, self)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.content = QWidget()
        self._build_filters()
        self._build_content()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.refusal)

    # --- building -------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.operator = ChoiceCombo()
        self.action = ChoiceCombo()
        self.action.set_choices([(self.tr("(semua tindakan)"), "")] + action_choices())
        self.action.setCurrentIndex(0)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("NIK atau nomor pendaftaran"))
        today = self.ctx.today()
        self.use_from, self.date_from = _date_box(self.tr("Sejak"), today.replace(day=1))
        self.use_to, self.date_to = _date_box(self.tr("Sampai"), today)
        self.apply_button = QPushButton(self.tr("Tampilkan"))
        self.apply_button.clicked.connect(self.apply)
        self.person.returnPressed.connect(self.apply)

    def _build_content(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Operator:")), 0, 0)
        grid.addWidget(self.operator, 0, 1)
        grid.addWidget(QLabel(self.tr("Tindakan:")), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(QLabel(self.tr("Orang:")), 0, 4)
        grid.addWidget(self.person, 0, 5)
        grid.addWidget(self.use_from, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.use_to, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        grid.addWidget(self.apply_button, 1, 5)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 110, 200, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()
        self.verify_button = QPushButton(self.tr("Periksa keutuhan"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.export_button.clicked.connect(self.export)
        self.subject_button = QPushButton(self.tr("Data satu orang…"))
        self.subject_button.clicked.connect(self.show_subject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.verify_button, self.export_button, self.subject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self.content)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # --- showing --------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Fill the page for the signed-in role: the log, or the sentence saying who may read it."""
        try:
            roles.require(self.ctx, "audit.read")
        except UserError as exc:
            self.refusal.setText(exc.message)
            self.stack.setCurrentWidget(self.refusal)
            return
        self.stack.setCurrentWidget(self.content)
        names = self.reader.operators()
        self.operator.set_choices([(self.tr("(semua operator)"), "")] + [(n, n) for n in names])
        if self.operator.currentIndex() < 0:
            self.operator.setCurrentIndex(0)
        self.apply()

    def query(self) -> AuditQuery:
        start = self.date_from.date().toPython() if self.use_from.isChecked() else None
        end = self.date_to.date().toPython() if self.use_to.isChecked() else None
        return AuditQuery(self.operator.value() or "", start, end, self.action.value() or "", self.person.text())

    def apply(self) -> None:
        try:
            self.model.set_query(self.query())
        except UserError as exc:
            msgbox.error(self, self.tr("Log pemrosesan"), exc.message)
            return
        self.count_label.setText(fill(self.tr("{count} catatan (terbaru dahulu)"), count=self.model.total()))

    # --- actions --------------------------------------------------------------------
    def verify(self) -> None:
        outcome = run_task(self, self.ctx, self.tr("Memeriksa log pemrosesan…"), lambda c, _job: AuditCheck(c).run())
        if not report(self, self.tr("Periksa keutuhan"), outcome):
            return
        show = msgbox.info if outcome.result.ok else msgbox.warn
        show(self, self.tr("Keutuhan log pemrosesan"), sentence(outcome.result))

    def export(self) -> None:
        title = self.tr("Ekspor log pemrosesan")
        out = file_dialogs.save_file(self, title, Path.home() / f"log-pemrosesan-{self.ctx.today():%Y%m%d}.xlsx",
                                     file_dialogs.xlsx_filter())
        if out is None:
            return
        query = self.query()
        outcome = run_task(self, self.ctx, title, lambda c, _job: AuditReader(c).export_xlsx(query, out))
        if report(self, title, outcome):
            path, rows = outcome.result
            msgbox.info(self, title, fill(self.tr("{rows} catatan ditulis ke {path}."), rows=rows, path=path))
            self.apply()

    def show_subject(self) -> None:
        from desktop_app.ui.audit.subject_dialog import SubjectDialog

        SubjectDialog(self.ctx, self.person.text(), self).exec()
