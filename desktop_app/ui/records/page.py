"""Data Peserta: find anyone among 100,000 records, open them for correction, delete with a reason."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.disclosure import DisclosureService
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from desktop_app.services.roles import allowed, refusal
from desktop_app.services.sync import SyncService
from desktop_app.ui import msgbox
from desktop_app.ui.commands import DeleteRegistrationCommand, RestoreRegistrationCommand
from desktop_app.ui.records import list_export
from desktop_app.ui.records.filters import FilterBar
from desktop_app.ui.records.table_model import OFFICE_COLUMN, RecordTableModel
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.widgets.gate import gate


class RecordsPage(QWidget):
    """``open_requested(id)`` asks the window to show a record in the form; ``counts_changed(shown, total)``;
    ``records_changed(id)`` after a delete (or its undo) so every view can catch up."""

    open_requested = Signal(str)
    counts_changed = Signal(int, int)
    records_changed = Signal(str)
    batches_changed = Signal()

    def __init__(
        self, ctx: Context, settings: UiSettings, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.settings, self.undo_stack = ctx, settings, undo_stack
        self.registry = RegistryService(ctx)
        self.filters = FilterBar(ctx)
        self.records = RecordsService(ctx)
        self.model = RecordTableModel(self.records, ctx.regions, self._scheme_names(), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        if not header.restoreState(settings.records_header):
            self._default_widths()
        header.sectionResized.connect(lambda *_a: self._remember_header())
        header.sortIndicatorChanged.connect(lambda *_a: self._remember_header())
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self._build_actions()
        self._build_layout()
        self.filters.query_changed.connect(self.apply_query)
        self.filters.search.installEventFilter(self)
        self._count_timer = QTimer(self, singleShot=True, interval=0, timeout=self._update_counts)
        self.show_office_column()
        self.apply_query(self.filters.query())

    def show_office_column(self) -> None:
        """The office of origin (column, filter, cross-office check) shows when people of several offices are
        here (a Dinas database)."""
        several = self.records.several_offices()
        self.view.setColumnHidden(OFFICE_COLUMN, not several)
        self.cross_office_button.setVisible(several)

    def check_cross_office(self) -> None:
        """Data Peserta › Cek ganda antar kantor; a registration chosen there opens in the form."""
        from desktop_app.ui.records.cross_office_dialog import CrossOfficeDialog

        dialog = CrossOfficeDialog(self.ctx, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.exec()

    def _scheme_names(self) -> dict[int, str]:
        return self.records.scheme_names()

    def _default_widths(self) -> None:
        for column, width in enumerate((110, 140, 105, 210, 85, 36, 140, 160, 150, 55, 90, 120)):
            self.view.setColumnWidth(column, width)

    def _remember_header(self) -> None:
        self.settings.records_header = self.view.horizontalHeader().saveState()

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("Buka"), self, triggered=lambda: self.open_row(self.current_row()))
        self.delete_action = QAction(self.tr("Hapus…"), self, triggered=self.delete_current)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.restore_action = QAction(self.tr("Pulihkan…"), self, triggered=self.restore_current)
        self.restore_action.setShortcut(QKeySequence("Ctrl+R"))
        self.print_action = QAction(self.tr("Cetak bukti"), self, triggered=self.print_current)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))   # the window's Ctrl+P lands in print_current
        self.batch_action = QAction(self.tr("Tambah ke batch…"), self, triggered=self.add_to_batch)
        self.batch_action.setShortcut(QKeySequence("Ctrl+B"))
        self.batch_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.batch_action)
        self.reveal_action = QAction(self.tr("Tampilkan NIK lengkap"), self, checkable=True)
        self.reveal_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.reveal_action.toggled.connect(self.reveal_nik)
        for action in (self.open_action, self.delete_action, self.restore_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.reveal_action)
        self.export_action = QAction(self.tr("Ekspor daftar…"), self, triggered=lambda: list_export.export_list(self))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.export_action)
        self.gate_actions()

    def gate_actions(self) -> None:
        """Grey out what the signed-in role may not do; the greyed action's tooltip says who may."""
        for action, needs in ((self.delete_action, "delete"), (self.restore_action, "restore"),
                              (self.reveal_action, "nik.unmask"), (self.batch_action, "batch.manage"),
                              (self.print_action, "print"), (self.export_action, "list.export.masked")):
            why = refusal(self.ctx, needs)
            action.setEnabled(not why)
            action.setToolTip(why or action.text())

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        buttons.addWidget(self.count_label, 1)
        self.conflicts_button = QPushButton()          # Data Peserta › Konflik, shown while any wait
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflicts_button.setVisible(False)
        buttons.addWidget(self.conflicts_button)
        for action in (self.reveal_action, self.export_action, self.print_action, self.batch_action,
                       self.open_action, self.delete_action, self.restore_action):
            button = QPushButton(action.text())
            button.setCheckable(action.isCheckable())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or "Enter"
            button.setToolTip(f"{action.text()} ({keys})")
            if action.isCheckable():
                button.toggled.connect(action.setChecked)
                action.toggled.connect(button.setChecked)
            else:
                button.clicked.connect(action.trigger)
            if not action.isEnabled():                      # a role that may not: greyed, and why
                button.setEnabled(False)
                button.setToolTip(action.toolTip())
            buttons.addWidget(button)
        self.cross_office_button = QPushButton(self.tr("Cek ganda antar kantor…"))
        self.cross_office_button.setToolTip(self.tr("Orang yang tampaknya terdaftar di dua kantor dengan NIK berbeda"))
        self.cross_office_button.clicked.connect(self.check_cross_office)
        gate(self.cross_office_button, self.ctx, "records.cross_office")
        buttons.insertWidget(1, self.cross_office_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # --- query -------------------------------------------------------------------
    def reveal_nik(self, on: bool) -> None:
        """Tampilkan NIK lengkap: a service call that checks the role and logs who saw which list."""
        if on and not self._log_unmask():
            QTimer.singleShot(0, self, lambda: self.reveal_action.setChecked(False))   # after this toggle ends
            return
        self.model.set_reveal_nik(on)

    def _log_unmask(self) -> bool:
        try:
            DisclosureService(self.ctx).unmask_list(self.model.query, self.model.total())
        except UserError as exc:
            msgbox.error(self, self.tr("NIK lengkap"), exc.message)
            return False
        return True

    def apply_query(self, query: RegistrationQuery) -> None:
        sorted_by = self.model.query
        self.model.set_query(replace(query, order_by=sorted_by.order_by, descending=sorted_by.descending))
        if self.model.reveal_nik and not self._log_unmask():      # other people now show with full NIK
            self.reveal_action.setChecked(False)
        if self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._count_timer.start()

    def refresh(self, _changed_id: str = "") -> None:
        self.model.scheme_names = self._scheme_names()
        self.filters.reload_offices()
        self.show_office_column()
        self.model.refresh()
        self._count_timer.start()

    def _update_counts(self) -> None:
        shown = self.model.total()
        self.count_label.setText(self.tr("%n peserta cocok", "", shown))
        self.counts_changed.emit(shown, self.records.total_active())
        self._update_conflicts()

    def _update_conflicts(self) -> None:
        """Konflik (n): registrations that two offices changed differently, waiting for a person."""
        waiting = SyncService(self.ctx).open_conflict_count() if allowed(self.ctx, "sync.resolve") else 0
        self.conflicts_button.setText(self.tr("Konflik (%n)", "", waiting))
        self.conflicts_button.setToolTip(self.tr("Perubahan dari kantor lain yang berbeda dengan data di sini; "
                                                 "putuskan mana yang benar."))
        self.conflicts_button.setVisible(waiting > 0)

    def open_conflicts(self) -> None:
        from desktop_app.ui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self)
        dialog.resolved.connect(lambda: self.records_changed.emit(""))
        dialog.exec()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Enter opens the highlighted match and Down/PageDown move into the list."""
        if watched is self.filters.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.filters.emit_query()           # what was typed counts, even before the pause
                self.open_row(self.current_row())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if key == Qt.Key.Key_Down and self.current_row() == 0:
                    return True                     # the first match is already highlighted
                QApplication.sendEvent(self.view, event)
                return True
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        self.view.setFocus()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- actions -------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_ids(self) -> list[str]:
        """Registration ids of the selected rows (deleted ones left out), in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return [self.model.id_at(r) for r in rows if not self.model.row(r)["deleted_at"]]

    def print_current(self) -> None:
        """Ctrl+P here: the slips of the selected people in one PDF."""
        from desktop_app.ui import printing
        ids = self.selected_ids()
        if not ids:
            msgbox.info(self, self.tr("Cetak bukti"), self.tr("Pilih peserta (aktif) di daftar dulu."))
            return
        first = self.model.row(self.model_rows_of(ids[0]))
        stem = f"bukti-{format_number(first['seq'])}" if len(ids) == 1 else f"bukti-{len(ids)}-peserta"
        if printing.print_slips(self, self.ctx, ids, stem) is not None:
            self.refresh()

    def model_rows_of(self, registration_id: str) -> int:
        return next(r for r in range(self.model.rowCount()) if self.model.id_at(r) == registration_id)

    def add_to_batch(self) -> None:
        from desktop_app.ui.batches.operations import add_to_batch
        ids = self.selected_ids()
        if not ids:
            msgbox.info(self, self.tr("Tambah ke batch"), self.tr("Pilih peserta (aktif) di daftar dulu."))
            return
        if add_to_batch(self, self.ctx, ids) is not None:
            self.batches_changed.emit()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.id_at(row))

    def delete_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        data = self.model.row(row)
        if data["deleted_at"]:
            msgbox.info(self, self.tr("Hapus data"), self.tr("Data ini sudah dihapus. Pulihkan dengan Ctrl+R."))
            return
        reason = self._ask_reason(data)
        if reason is None:
            return
        try:
            reg = self.registry.get(data["id"])
            self.registry.delete(reg.id, reason)
        except UserError as exc:
            msgbox.error(self, self.tr("Tidak dapat menghapus"), exc.message)
            return
        self.undo_stack.push(DeleteRegistrationCommand(self.registry, reg, reason, self.records_changed.emit))
        self.records_changed.emit(reg.id)

    def _ask_reason(self, data: dict) -> str | None:
        """The reason for a deletion; an empty answer asks again (only Batal/Esc gives up)."""
        label = self.tr(
            "Hapus {number} {name}? Data tetap tersimpan untuk log dan dapat dipulihkan kapan saja "
            "(Data Peserta › Pulihkan, Ctrl+R).\n\nAlasan penghapusan:"
        )
        label = fill(label, number=format_number(data["seq"]), name=data["full_name"])
        while True:
            reason = msgbox.ask_text(self, self.tr("Hapus data peserta"), label)
            if reason is None or reason.strip():
                return reason
            label = self.tr("Alasan penghapusan wajib diisi (misalnya: terdaftar dua kali, meninggal, pindah). "
                            "Tulis alasannya, atau tekan Batal.\n\nAlasan penghapusan:")

    def restore_current(self) -> None:
        """Pulihkan (Ctrl+R): a deleted record is active again, any day after its deletion; audited."""
        row = self.current_row()
        if row < 0:
            return
        data = self.model.row(row)
        if not data["deleted_at"]:
            msgbox.info(self, self.tr("Pulihkan data"), self.tr("Data ini tidak terhapus."))
            return
        text = fill(self.tr("Pulihkan {number} {name}? Data ini dihapus dengan alasan: {reason}"),
                    number=format_number(data["seq"]), name=data["full_name"], reason=data.get("deleted_reason") or "—")
        if not msgbox.ask(self, self.tr("Pulihkan data"), text, yes=self.tr("Pulihkan"), no=self.tr("Batal")):
            return
        try:
            reg = self.registry.get(data["id"])
            self.registry.restore(reg.id)
        except UserError as exc:
            msgbox.error(self, self.tr("Tidak dapat memulihkan"), exc.message)
            return
        self.undo_stack.push(RestoreRegistrationCommand(self.registry, reg, self.records_changed.emit))
        self.records_changed.emit(reg.id)
