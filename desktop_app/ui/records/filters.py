"""The search box and filters above the records list; they produce one ``RegistrationQuery``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.occupations import OCCUPATIONS, occupation_label
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.records import RecordsService
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.regions import RegionCombo

SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    """``query_changed`` fires once typing pauses (search) or at once (filters)."""

    query_changed = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari nama, awal NIK, nomor pendaftaran atau KPJ  (Ctrl+F)"))
        self.district, self.village = RegionCombo(), RegionCombo()
        self.occupation, self.scheme, self.batch, self.status = (ChoiceCombo(editable=True), ChoiceCombo(),
                                                                  ChoiceCombo(editable=True), ChoiceCombo())
        self.office = ChoiceCombo(editable=True)            # the office of origin: shown when several are here
        self.office_label = QLabel(self.tr("Kantor asal"))
        self._fill()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 6)
        for column, (text, widget) in enumerate(((self.tr("Kecamatan"), self.district),
                                                 (self.tr("Desa"), self.village),
                                                 (self.tr("Pekerjaan"), self.occupation),
                                                 (self.tr("Skema"), self.scheme),
                                                 (self.tr("Batch"), self.batch),
                                                 (self.tr("Status"), self.status))):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 1, column)
            grid.addWidget(widget, 2, column)
            grid.setColumnStretch(column, 1)
        self.office_label.setBuddy(self.office)
        grid.addWidget(self.office_label, 1, 6)
        grid.addWidget(self.office, 2, 6)
        grid.setColumnStretch(6, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.emit_query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.emit_query)
        self.district.value_changed.connect(self._district_changed)
        for combo in (self.village, self.occupation, self.scheme, self.batch, self.status, self.office):
            combo.value_changed.connect(lambda _v: self.emit_query())

    def _fill(self) -> None:
        everything = (self.tr("(semua)"), None)
        districts = OfficeService(self.ctx).districts()
        self.district.set_choices([everything] + [(r.name, r.code) for r in districts])
        self.village.set_choices([everything])
        self.occupation.set_choices([everything] + [(occupation_label(o), str(o)) for o in OCCUPATIONS])
        self.reload_schemes()
        self.status.set_choices([(self.tr("Aktif"), "active"), (self.tr("Diterima BPJS"), "accepted"),
                                 (self.tr("Ditolak BPJS"), "rejected"), (self.tr("Belum masuk batch"), "no_batch"),
                                 (self.tr("Dihapus"), "deleted"), (self.tr("Semua"), "all")])
        for combo in (self.district, self.village, self.occupation, self.scheme, self.batch, self.status, self.office):
            combo.setCurrentIndex(0)

    def reload_schemes(self) -> None:
        everything = (self.tr("(semua)"), None)
        self.scheme.set_choices([everything] + [(s.name, s.id) for s in OfficeService(self.ctx).schemes()])
        batches = BatchService(self.ctx).all()
        self.batch.set_choices([everything] + [(f"{b.id} — {b.title}".strip(" —"), b.id) for b in batches])
        self.reload_offices()

    def reload_offices(self) -> None:
        """The offices of origin to filter by; the filter shows only in a database holding several."""
        offices = RecordsService(self.ctx).origin_offices()
        everything = (self.tr("(semua)"), None)
        self.office.set_choices([everything] + [(o.label(), o.code) for o in offices])
        for widget in (self.office, self.office_label):
            widget.setVisible(len(offices) > 1)

    def _district_changed(self, code: str | None) -> None:
        everything = (self.tr("(semua)"), None)
        villages = self.ctx.regions.children(code) if code else []
        self.village.set_choices([everything] + [(r.name, r.code) for r in villages], keep_value=False)
        self.village.setCurrentIndex(0)
        self.emit_query()

    def query(self, base: RegistrationQuery | None = None) -> RegistrationQuery:
        base = base or RegistrationQuery()
        return replace(base, text=self.search.text().strip(), district_code=self.district.value() or "",
                       village_code=self.village.value() or "", occupation=self.occupation.value() or "",
                       scheme_id=self.scheme.value(), batch_id=self.batch.value(),
                       status=self.status.value() or "active",
                       origin_office=self.office.value() or "")

    def emit_query(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())
