"""Step 2 of the import wizard: which sheets are read, where each header is, and what every column feeds.

Every column of every table can be set by hand, with masked sample values, even
when nothing was recognised; a column recognised with low confidence is
highlighted and must be confirmed; columns not used say why, sheets not read
say why. Any change re-reads the file (in a worker) and recomputes the preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.domain.nik import mask_nik, strip_separators
from desktop_app.domain.normalize import mask_phone
from desktop_app.i18n import fill
from desktop_app.services.importing.cells import is_blank, text_of
from desktop_app.services.importing.fieldnames import field_choices, unused_reason
from desktop_app.services.importing.preview import SKIPPED, TablePreview
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard

CONFIRM_COLOUR = "#fff4ce"
SAMPLES = 3


def sample_text(cell: object, field: str) -> str:
    """A sample cell for the mapping table, with identity and phone numbers masked."""
    text = text_of(cell)
    digits = strip_separators(text).lstrip("'")
    if field in ("phone", "heir_phone") or (digits.isdigit() and 9 <= len(digits) <= 13
                                             and digits.startswith(("0", "62", "8"))):
        return mask_phone(digits if digits.isdigit() else text)
    if field in ("nik", "kk_number", "heir_nik") or (digits.isdigit() and len(digits) >= 12):
        return mask_nik(digits)
    return text


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("2. Periksa sheet dan kolom"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sheets = QListWidget()
        self.sheets.setMaximumHeight(110)
        self.sheets.itemChanged.connect(self._sheets_changed)
        self.table_choice = ChoiceCombo()
        self.table_choice.value_changed.connect(lambda _v: None if self._filling else self.fill_table())
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 1_048_576)
        self.header_row.setSpecialValueText(self.tr("tanpa judul"))
        self.header_row.editingFinished.connect(self._header_changed)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Contoh isi"),
                                              self.tr("Dipakai untuk"), self.tr("Keyakinan"), self.tr("Keterangan")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((50, 190, 200, 210, 110)):
            self.table.setColumnWidth(column, width)
        self.notes = QLabel()
        self.notes.setObjectName("fieldMessage")
        self.notes.setProperty("severity", "warning")
        self.notes.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Kolom yang &disorot sudah saya periksa"))
        self.confirm.toggled.connect(lambda _c: self.completeChanged.emit())
        self.remember = QCheckBox(self.tr("&Ingat pilihan kolom ini untuk berkas berikutnya dengan judul yang sama"))
        self._layout()
        self.combos: dict[int, ChoiceCombo] = {}
        self._filling = False

    def _layout(self) -> None:
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sheet yang dibaca:")))
        left.addWidget(self.sheets)
        top.addLayout(left, 1)
        right = QVBoxLayout()
        label = QLabel(self.tr("&Tabel:"))
        label.setBuddy(self.table_choice)
        right.addWidget(label)
        right.addWidget(self.table_choice)
        label = QLabel(self.tr("&Baris judul kolom (nomor baris Excel):"))
        label.setBuddy(self.header_row)
        right.addWidget(label)
        right.addWidget(self.header_row)
        right.addStretch(1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.remember)

    # --- filling -------------------------------------------------------------------
    def initializePage(self) -> None:
        self.confirm.setChecked(False)
        self.fill()

    def fill(self) -> None:
        preview = self.owner.preview
        self._filling = True
        try:
            read = {t.sheet for t in preview.tables}
            self.sheets.clear()
            unread = dict(preview.unread)
            for name in preview.sheet_names:
                item = QListWidgetItem(name if name in read else fill(self.tr("{sheet} — {why}"), sheet=name,
                                                                      why=unread.get(name, "")))
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in read else Qt.CheckState.Unchecked)
                self.sheets.addItem(item)
            current = self.table_choice.value()
            self.table_choice.set_choices([(t.sheet, t.sheet) for t in preview.tables])
            self.table_choice.set_value(current if current in read else preview.tables[0].sheet)
        finally:
            self._filling = False
        self.summary.setText(fill(self.tr("{read} sheet dibaca dari {file}. Ubah isi kolom di kanan bila salah; "
                                          "pratinjau dihitung ulang."), read=len(preview.tables),
                                  file=preview.path.name))
        self.counts_label.setText(self.tr("Pratinjau:") + " " + self.owner.counts_text())
        self.fill_table()
        self.completeChanged.emit()

    def current(self) -> TablePreview:
        preview = self.owner.preview
        return preview.table(self.table_choice.value() or "") or preview.tables[0]

    def fill_table(self) -> None:
        if self.owner.preview is None:
            return
        table = self.current()
        self._filling = True
        self.header_row.setValue(table.header_row)
        self._filling = False
        samples = self._samples(table)
        for combo in self.combos.values():          # replaced below; hidden at once, deleted by Qt later
            combo.hide()
        self.table.clearContents()
        self.table.setRowCount(len(table.columns))
        self.combos = {}
        choices = field_choices()
        for row, column in enumerate(table.columns):
            self._fill_row(row, column, samples.get(column.index, []), choices, table)
        self.notes.setText("\n".join("• " + n for n in self.owner.preview.notes + table.notes))
        self.notes.setVisible(bool(self.owner.preview.notes or table.notes))
        self.confirm.setVisible(self.needs_confirmation())

    def _samples(self, table: TablePreview) -> dict[int, list]:
        out: dict[int, list] = {}
        for r in self.owner.preview.rows:
            if r.sheet != table.sheet or r.status == SKIPPED:
                continue
            for c, value in enumerate(r.cells):
                if not is_blank(value) and len(out.setdefault(c, [])) < SAMPLES:
                    out[c].append(value)
        return out

    def _fill_row(self, row: int, column, samples: list, choices: list, table: TablePreview) -> None:
        shown = " · ".join(sample_text(v, column.field) for v in samples)
        confidence = f"{column.confidence:.0%}" if column.field else ""
        if column.needs_confirmation:
            confidence = fill(self.tr("{value} — periksa"), value=confidence)
        why = "" if column.used else unused_reason(column)
        for c, text in enumerate((column.letter, column.header, shown, "", confidence, why)):
            if c != 3:
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column.needs_confirmation:
                    item.setBackground(QBrush(QColor(CONFIRM_COLOUR)))
                self.table.setItem(row, c, item)
        combo = ChoiceCombo()
        combo.set_choices(choices)
        combo.set_value(column.field)
        combo.value_changed.connect(lambda field, i=column.index, s=table.sheet: self.change(s, i, field))
        self.combos[column.index] = combo
        self.table.setCellWidget(row, 3, combo)

    def needs_confirmation(self) -> bool:
        preview = self.owner.preview
        return preview is not None and any(c.needs_confirmation for t in preview.tables for c in t.columns)

    def isComplete(self) -> bool:
        return self.owner.preview is not None and (not self.needs_confirmation() or self.confirm.isChecked())

    # --- changes -------------------------------------------------------------------
    def change(self, sheet: str, index: int, field: str | None) -> None:
        """A new choice re-reads the file; done after the combo's own signal (fill replaces the combos)."""
        self.owner.overrides.setdefault(sheet, {})[index] = field or ""
        QTimer.singleShot(0, self, self._reanalyse)

    def _header_changed(self) -> None:
        if self._filling or self.owner.preview is None:
            return
        table = self.current()
        if self.header_row.value() != table.header_row:
            self.owner.header_rows[table.sheet] = self.header_row.value() - 1
            self.owner.overrides.pop(table.sheet, None)
            QTimer.singleShot(0, self, self._reanalyse)

    def _sheets_changed(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        chosen = [self.sheets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sheets.count())
                  if self.sheets.item(i).checkState() == Qt.CheckState.Checked]
        self.owner.sheets = chosen or None
        QTimer.singleShot(0, self, self._reanalyse)

    def _reanalyse(self) -> None:
        self.owner.analyse()
        self.fill()
