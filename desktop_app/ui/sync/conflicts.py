"""Data Peserta › Konflik: what two offices changed differently, shown side by side, decided by a person.

Each conflict shows the value both offices started from (asal), the one here and the incoming one, with
which office and operator sent it. A decision is a ``SyncService.resolve`` call: a normal, audited edit that
travels on in the next file. The same NIK registered at two offices is decided as "the same person" (merge,
choosing per field) or "not the same person" (one of the NIKs must then be corrected). Nothing here is the
default button: Enter only closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_moment
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.sync import Conflict, SyncService, field_label
from desktop_app.ui import msgbox
from desktop_app.ui.widgets.buttons import action_and_cancel
from desktop_app.ui.widgets.tables import read_only_table


def person_fields(conflict: Conflict) -> list[tuple[str, str, object, object]]:
    """(field, label, here, incoming) of the two people behind a 'same NIK' conflict, in the service's order."""
    here = conflict.here if isinstance(conflict.here, dict) else {}
    incoming = conflict.incoming if isinstance(conflict.incoming, dict) else {}
    names = list(dict.fromkeys([*here, *incoming]))
    return [(name, _label(name), here.get(name, ""), incoming.get(name, "")) for name in names]


def _label(name: str) -> str:
    own = {"number": QCoreApplication.translate("Conflicts", "Nomor pendaftaran"),
           "office": QCoreApplication.translate("Conflicts", "Kantor pendaftar")}
    return own.get(name) or field_label(name)


def _text(value) -> str:
    if value is None or value == "":
        return "–"
    return str(value)


UNCHOSEN = ("number", "office")     # shown side by side, but what remains is the registration here


class MergeDialog(QDialog):
    """The same person registered at two offices: for every field that differs, keep ours or take theirs."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gabungkan: orang yang sama"))
        intro = QLabel(fill(self.tr("{name} terdaftar di kantor ini dan di {office} dengan NIK yang sama. Pilih "
                                    "isian mana yang dipakai untuk setiap kolom yang berbeda; satu pendaftaran yang "
                                    "tersisa."),
                            name=conflict.name, office=conflict.from_office))
        intro.setWordWrap(True)
        rows = [f for f in person_fields(conflict) if f[0] not in UNCHOSEN and f[2] != f[3]]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Di sini"), self.tr("Masuk")])
        self.table.verticalHeader().setVisible(False)
        self.choices: dict[str, QButtonGroup] = {}
        for row, (name, label, here, incoming) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            group = QButtonGroup(self)
            for column, value in ((1, here), (2, incoming)):
                button = QRadioButton(_text(value))
                button.setProperty("side", "here" if column == 1 else "incoming")
                group.addButton(button)
                self.table.setCellWidget(row, column, button)
            group.buttons()[0].setChecked(True)
            self.choices[name] = group
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.ok_button, self.cancel_button, buttons = action_and_cancel(self, self.tr("&Gabungkan"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        msgbox.safe_default(self, self.cancel_button)
        self.resize(720, 420)

    def chosen(self) -> dict[str, str]:
        return {name: group.checkedButton().property("side") for name, group in self.choices.items()}


class ConflictsDialog(QDialog):
    """``resolved`` after each decision (the records list and the form catch up)."""

    resolved = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SyncService(ctx)
        self.setWindowTitle(self.tr("Konflik menunggu keputusan"))
        self.list = read_only_table([self.tr("Nama"), self.tr("NIK"), self.tr("Jenis"), self.tr("Kolom"),
                                     self.tr("Dari kantor"), self.tr("Operator"), self.tr("Diterima")])
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.values = read_only_table([self.tr("Kolom"), self.tr("Asal (sebelum diubah)"), self.tr("Di sini"),
                                       self.tr("Masuk")])
        self.values.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.here_button = QPushButton(self.tr("Pakai data di &sini"))
        self.incoming_button = QPushButton(self.tr("Pakai data &masuk"))
        self.same_button = QPushButton(self.tr("Orang yang s&ama: gabungkan…"))
        self.different_button = QPushButton(self.tr("&Bukan orang yang sama"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.here_button.clicked.connect(lambda: self.decide("here"))
        self.incoming_button.clicked.connect(lambda: self.decide("incoming"))
        self.same_button.clicked.connect(self.merge)
        self.different_button.clicked.connect(lambda: self.decide("not_same_person"))
        self.close_button.clicked.connect(self.accept)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.explain)
        detail_layout.addWidget(self.values, 1)
        buttons = QHBoxLayout()
        for button in (self.here_button, self.incoming_button, self.same_button, self.different_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        msgbox.safe_default(self, self.close_button)
        self.resize(980, 640)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = self.service.conflicts()
        except UserError as exc:
            self.items = []
            self.explain.setText(exc.message)
        kinds = {"field": self.tr("kolom diubah di dua kantor"), "same_nik": self.tr("NIK sama di dua kantor"),
                 "delete_edit": self.tr("dihapus di sana, diubah di sini"),
                 "edit_delete": self.tr("diubah di sana, dihapus di sini")}
        self.list.setRowCount(len(self.items))
        for row, c in enumerate(self.items):
            values = (c.name, c.nik_masked, kinds.get(c.kind, c.kind), c.field_label or "–", c.from_office,
                      c.from_operator, format_moment(c.at))
            for column, value in enumerate(values):
                self.list.setItem(row, column, QTableWidgetItem(value))
        if self.items:
            self.list.selectRow(0)
        self._show_selected()

    def selected(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_selected(self) -> None:
        c = self.selected()
        same = c is not None and c.kind == "same_nik"
        for button in (self.here_button, self.incoming_button):
            button.setVisible(not same)
            button.setEnabled(c is not None)
        for button in (self.same_button, self.different_button):
            button.setVisible(same)
        if c is None:
            self.explain.setText(self.tr("Tidak ada konflik yang menunggu keputusan."))
            self.values.setRowCount(0)
            return
        self.here_button.setText(self.tr("Pakai data di &sini"))
        self.incoming_button.setText(self.tr("Pakai data &masuk"))
        if c.kind == "field":
            text = fill(self.tr("{field} milik {name} diubah di kantor ini dan di {office} menjadi isian yang "
                                "berbeda. Pilih yang benar; pilihan itu ikut terkirim ke kantor lain."),
                        field=c.field_label, name=c.name, office=c.from_office)
        elif c.kind == "delete_edit":
            text = fill(self.tr("{office} menghapus pendaftaran {name}, padahal di kantor ini ada perubahan yang "
                                "belum mereka terima."), office=c.from_office, name=c.name)
            self.here_button.setText(self.tr("Pertahankan &pendaftaran"))
            self.incoming_button.setText(self.tr("&Hapus juga di sini"))
        elif c.kind == "edit_delete":
            text = fill(self.tr("Pendaftaran {name} dihapus di kantor ini, padahal {office} mengubahnya."),
                        name=c.name, office=c.from_office)
            self.here_button.setText(self.tr("Tetap &hapus"))
            self.incoming_button.setText(self.tr("&Pulihkan dengan data masuk"))
        else:
            text = fill(self.tr("NIK {nik} terdaftar di kantor ini dan di {office}. Bila orangnya sama, gabungkan "
                                "menjadi satu pendaftaran; bila bukan, salah satu NIK salah ketik dan harus "
                                "dibetulkan di kantor yang mendaftarkannya."), nik=c.nik_masked, office=c.from_office)
        self.explain.setText(text)
        rows = [(label, "", here, incoming) for _n, label, here, incoming in person_fields(c)] if same \
            else [(c.field_label or "–", c.base, c.here, c.incoming)]
        self.values.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(_text(value))
                if same and column > 1 and values[2] != values[3]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.values.setItem(row, column, item)
        self.values.setColumnHidden(1, same)

    def decide(self, choice: str, fields: dict[str, str] | None = None) -> bool:
        c = self.selected()
        if c is None:
            return False
        if choice == "incoming" and c.kind == "delete_edit" and not msgbox.ask(
                self, self.tr("Hapus pendaftaran?"),
                fill(self.tr("Hapus juga pendaftaran {name} di kantor ini?"), name=c.name),
                yes=self.tr("Hapus"), no=self.tr("Batal")):
            return False
        try:
            self.service.resolve(c.id, choice, fields=fields)
        except UserError as exc:
            msgbox.error(self, self.tr("Konflik belum diputuskan"), exc.message)
            return False
        self.resolved.emit()
        self.refresh()
        return True

    def merge(self) -> None:
        c = self.selected()
        if c is None:
            return
        dialog = MergeDialog(c, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.decide("same_person", dialog.chosen())
