"""Perpanjang ke skema baru: which scheme to renew, and next period's name, months, PKS number,
budget and target (the months default to the twelve after the old scheme ends)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.scheme import Scheme
from desktop_app.ui.widgets.choice_combo import ChoiceCombo


def _number(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


class RenewDialog(QDialog):
    def __init__(self, schemes: list[Scheme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Perpanjang ke skema baru"))
        self.schemes = {s.id: s for s in schemes}
        self.scheme = ChoiceCombo()
        self.scheme.set_choices([(s.label(), s.id) for s in schemes])
        self.name, self.start, self.end = QLineEdit(), QLineEdit(), QLineEdit()
        self.pks, self.budget, self.target = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.start, self.end):
            edit.setPlaceholderText("YYYY-MM")
        form = QFormLayout()
        for label, widget in ((self.tr("Skema yang &diperpanjang:"), self.scheme),
                              (self.tr("&Nama skema baru:"), self.name),
                              (self.tr("Bulan &awal:"), self.start), (self.tr("Bulan a&khir:"), self.end),
                              (self.tr("Nomor &PKS:"), self.pks), (self.tr("A&nggaran (Rp):"), self.budget),
                              (self.tr("&Target peserta:"), self.target)):
            form.addRow(label, widget)
        intro = QLabel(self.tr("Skema baru memakai pembayar, tabel iuran, program dan batas umur yang sama. Batch "
                               "draf perpanjangan berisi peserta yang diterima BPJS, masih aktif dan masih memenuhi "
                               "syarat umur; nomor KPJ ikut. Yang tidak ikut dicantumkan alasannya."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Perpanjang"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.scheme.value_changed.connect(lambda _v: self.suggest())
        self.scheme.setCurrentIndex(len(schemes) - 1)
        self.suggest()
        self.resize(560, self.sizeHint().height())

    def suggest(self) -> None:
        """Next twelve months after the old scheme, its name with the new year, its budget and target."""
        old = self.schemes.get(self.scheme.value())
        if old is None:
            return
        start = old.coverage_end.plus(1)
        self.start.setText(start.iso())
        self.end.setText(start.plus(11).iso())
        self.name.setText(old.name.replace(str(old.coverage_end.year), str(start.year))
                          if str(old.coverage_end.year) in old.name else f"{old.name} {start.year}")
        self.budget.setText(str(old.budget or ""))
        self.target.setText(str(old.target_participants or ""))

    def values(self) -> dict:
        """Keyword arguments for ``RenewalService.renew`` (months parsed; a bad month raises ValueError)."""
        return {"scheme_id": self.scheme.value(), "name": self.name.text().strip(),
                "start": YearMonth.parse(self.start.text()), "end": YearMonth.parse(self.end.text()),
                "pks_number": self.pks.text().strip(), "budget": _number(self.budget.text()),
                "target": _number(self.target.text())}
