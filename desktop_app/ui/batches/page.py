"""Batch: the list of batches on the left, the chosen one's facts, totals and members on the right,
and every step of its life as a button, a menu entry and a shortcut."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.batch import BatchStatus
from desktop_app.services.batches import BatchLine, BatchService
from desktop_app.services.context import Context
from desktop_app.services.cross_office import CrossOfficeService
from desktop_app.services.roles import allowed, refusal
from desktop_app.ui.batches import operations
from desktop_app.ui.batches.availability import reasons
from desktop_app.ui.batches.detail import BatchDetail
from desktop_app.ui.batches.models import ID_ROLE, BatchListModel
from desktop_app.ui.settings import UiSettings

# Which role-table action each button takes (services.roles); "folder" opens a folder only.
ROLE_ACTIONS = {"new": "batch.manage", "renew": "scheme.manage", "export": "batch.export", "submit": "batch.submit",
                "answer": "batch.answers", "correction": "correction", "slips": "print", "recap": "print",
                "remove": "batch.manage"}


class BatchPage(QWidget):
    """``batches_changed`` after anything that changes batches or their people (the list and filters
    elsewhere catch up); ``open_requested(id)`` asks the window to open a member in the form."""

    batches_changed = Signal()
    open_requested = Signal(str)

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.service = BatchService(ctx)
        self.model = BatchListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((40, 170, 110, 150, 60, 110, 150)):
            self.view.setColumnWidth(column, width)
        self.detail = BatchDetail()
        self.detail.members.activated.connect(self._open_member)
        self._build_actions()
        self._build_layout()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())
        self.detail.members.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.refresh()

    # --- actions -------------------------------------------------------------------
    def _build_actions(self) -> None:
        specs = (
            ("new", self.tr("Batch &baru…"), "Ctrl+Shift+B", lambda: operations.new_batch(self)),
            ("renew", self.tr("&Perpanjang ke skema baru…"), "", lambda: operations.renew(self)),
            ("export", self.tr("&Ekspor ke Excel…"), "Ctrl+E", lambda: operations.export(self)),
            ("submit", self.tr("Tandai &terkirim…"), "Ctrl+Shift+T", lambda: operations.submit(self)),
            ("answer", self.tr("Catat &jawaban BPJS…"), "Ctrl+J", lambda: operations.record_answer(self)),
            ("correction", self.tr("Batch &koreksi…"), "Ctrl+K", lambda: operations.correction(self)),
            ("slips", self.tr("Cetak &semua bukti"), "", lambda: operations.print_slips(self)),
            ("recap", self.tr("Cetak &berita acara"), "Ctrl+Shift+P", lambda: operations.print_recap(self)),
            ("folder", self.tr("Buka &folder berkas"), "Ctrl+Shift+O", lambda: operations.open_folder(self)),
            ("remove", self.tr("&Keluarkan dari batch…"), "Del", lambda: operations.remove_members(self)),
        )
        self.actions: dict[str, QAction] = {}
        for key, text, keys, slot in specs:
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.actions[key] = action
            (self.detail.members if key == "remove" else self).addAction(action)
        self.actions["remove"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh_action = QAction(self.tr("Muat ulang"), self, shortcut=QKeySequence("F5"))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

    def _button(self, key: str) -> QPushButton:
        action = self.actions[key]
        button = QPushButton(action.text())
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key == "slips":
                keys = "Ctrl+P"
            tip = action.toolTip() if not action.isEnabled() else action.text().replace("&", "")
            button.setToolTip(f"{tip} ({keys})" if keys and action.isEnabled() else tip)
        action.changed.connect(follow)
        follow()
        self.buttons[key] = button
        return button

    def _build_layout(self) -> None:
        self.buttons: dict[str, QPushButton] = {}
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self._button("new"))
        row.addWidget(self._button("renew"))
        row.addStretch(1)
        column.addLayout(row)
        right = QWidget()
        grid = QGridLayout()
        for i, key in enumerate(("export", "submit", "answer", "correction", "slips", "recap", "folder", "remove")):
            grid.addWidget(self._button(key), i // 4, i % 4)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail, 1)
        side.addLayout(grid)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- data ---------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload every batch (keeping or moving the selection) and the detail panel."""
        keep = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self.service.lines())
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        self.show_current()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_batch(self, batch_id: int) -> None:
        self.refresh(select_id=batch_id)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def current(self) -> BatchLine | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_current(self) -> None:
        line = self.current()
        if line is None:
            self.detail.show_summary(None, [])
            self.detail.show_cross_office("")
        else:
            summary = self.service.summary(line.batch.id)
            self.detail.show_summary(summary, self.service.members(line.batch.id))
            draft = line.batch.status == BatchStatus.DRAFT and allowed(self.ctx, "records.cross_office")
            self.detail.show_cross_office(CrossOfficeService(self.ctx).batch_warning(line.batch.id) if draft else "")
        self.update_actions()

    def update_actions(self) -> None:
        line = self.current()
        export_path = self.settings.export_path(line.batch.file_sha256) if line else None
        why = reasons(line, export_path, len(self.detail.selected_member_ids()))
        for key, needs in ROLE_ACTIONS.items():           # what the signed-in role may not do, first
            why[key] = refusal(self.ctx, needs) or why[key]
        for key, action in self.actions.items():
            action.setEnabled(not why[key])
            action.setToolTip(why[key] or action.text().replace("&", ""))
            action.setStatusTip(why[key])

    def changed(self, select_id: int | None = None) -> None:
        self.refresh(select_id)
        self.batches_changed.emit()

    def _open_member(self, index) -> None:
        rid = self.detail.members_model.data(index, ID_ROLE)
        if rid:
            self.open_requested.emit(rid)

    def focus_first(self) -> None:
        self.view.setFocus()

    def print_current(self) -> None:
        """Ctrl+P on this page: every slip of the chosen batch."""
        if self.actions["slips"].isEnabled():
            self.actions["slips"].trigger()
