"""The scheme editor's part for an ad-hoc task officers' scheme: engaging agency, the task's first
and last day, the default honorarium and the JKK risk class (``domain.adhoc``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.adhoc import RISK_LABELS
from desktop_app.domain.scheme import Scheme
from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.inputs import DateLineEdit, MoneyEdit

translate = QCoreApplication.translate


class AdhocFields(QObject):
    """Agency, task days, honorarium and risk class as rows for the editor's form (``rows``);
    ``changed`` when any of them is edited."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(translate("SchemeEditor", "mis. Kesbangpol Kabupaten"))
        self.task_start, self.task_end = DateLineEdit(today), DateLineEdit(today)
        self.honorarium = MoneyEdit()
        self.honorarium.setToolTip(translate("SchemeEditor", "Honorarium per orang per bulan yang dilaporkan sebagai "
                                                             "upah; dapat diubah per petugas di formulir."))
        self.risk_class = ChoiceCombo()
        self.risk_class.set_choices([(f"{n} — {tr(label)}", n) for n, label in RISK_LABELS.items()])
        self.risk_class.set_value(1)
        self.days_row = QHBoxLayout()
        self.days_row.addWidget(self.task_start, 1)
        self.days_row.addWidget(QLabel(translate("SchemeEditor", "s.d.")))
        self.days_row.addWidget(self.task_end, 1)
        for edit in (self.agency, self.task_start, self.task_end, self.honorarium):
            edit.editingFinished.connect(self.changed)
        self.risk_class.value_changed.connect(lambda _v: self.changed.emit())

    def rows(self) -> list[tuple[str, object]]:
        """(label, input) for each row, in order; the editor shows them only for an ad-hoc scheme."""
        return [(translate("SchemeEditor", "Instansi pelaksana"), self.agency),
                (translate("SchemeEditor", "Tanggal tugas"), self.days_row),
                (translate("SchemeEditor", "Honorarium bawaan (Rp/bulan)"), self.honorarium),
                (translate("SchemeEditor", "Kelas risiko JKK"), self.risk_class)]

    def days(self) -> tuple[date, date]:
        """The task's first and last day; ``UserError`` when one is missing, unreadable or out of order."""
        first, last = self.task_start.date(), self.task_end.date()
        if first is None or last is None:
            raise UserError(translate("SchemeEditor", "Isi tanggal mulai dan selesai tugas (dd/mm/yyyy)."))
        if last < first:
            raise UserError(translate("SchemeEditor", "Tanggal selesai tugas tidak boleh sebelum tanggal mulai."))
        return first, last

    def values(self) -> dict:
        first, last = self.days()
        return {"agency": self.agency.text().strip(), "task_start": first, "task_end": last,
                "honorarium": self.honorarium.value(), "risk_class": self.risk_class.value()}

    def set_scheme(self, scheme: Scheme) -> None:
        self.agency.setText(scheme.agency)
        self.task_start.set_date(scheme.task_start)
        self.task_end.set_date(scheme.task_end)
        self.honorarium.set_value(scheme.honorarium)
        self.risk_class.set_value(scheme.risk_class or 1)
