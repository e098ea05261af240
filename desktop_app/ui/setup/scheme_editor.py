"""A scheme's inputs: its kind, who pays, the PKS, coverage months (or an ad-hoc scheme's agency, task
days, honorarium and risk class), age window; the contribution shown live."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.adhoc import format_percent
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.eligibility import DEFAULT_WAGE_EARNERS, EXTRA_KEY, wage_earner_phrases
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.programs import Program, programs_with
from desktop_app.domain.scheme import (
    DEFAULT_WADAH,
    FUNDING_LABELS,
    KIND_LABELS,
    WADAH_CODES,
    FundingSource,
    Scheme,
    SchemeKind,
)
from desktop_app.errors import UserError
from desktop_app.i18n import fill, tr
from desktop_app.services.office import OfficeService
from desktop_app.ui import msgbox
from desktop_app.ui.setup.adhoc_fields import AdhocFields
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.inputs import MoneyEdit, MonthCombo

translate = QCoreApplication.translate


class SchemeEditor(QWidget):
    def __init__(self, offices: OfficeService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offices = offices
        self.base: Scheme | None = None
        self.name, self.payer_name, self.pks_number = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = ChoiceCombo()
        self.kind.set_choices([(tr(label), kind) for kind, label in KIND_LABELS.items()])
        self.kind.set_value(SchemeKind.BPU)
        self.adhoc = AdhocFields(lambda: today, self)
        self.funding = ChoiceCombo()
        self.funding.set_choices([(tr(label), source) for source, label in FUNDING_LABELS.items()])
        self.wadah = ChoiceCombo()
        self.wadah.set_choices(
            [(f"{code} — {tr(label)}", code) for code, label in WADAH_CODES.items()]
            + [(translate("SchemeEditor", "(tidak ada)"), "")]
        )
        self.start, self.end = MonthCombo(), MonthCombo()
        first, last = YearMonth(today.year - 1, 1), YearMonth(today.year + 4, 12)
        self.start.set_range(first, last)
        self.end.set_range(first, last)
        self.min_age, self.max_age = QSpinBox(), QSpinBox()
        for spin, value in ((self.min_age, 18), (self.max_age, 65)):
            spin.setRange(0, 120)
            spin.setValue(value)
            spin.setSuffix(translate("SchemeEditor", " tahun"))
        self.jht = QCheckBox(translate("SchemeEditor", "Termasuk JHT (Jaminan Hari Tua)"))
        self.target = QSpinBox()
        self.target.setRange(0, 10_000_000)
        self.target.setSpecialValueText(translate("SchemeEditor", "(tidak ditentukan)"))
        self.target.setGroupSeparatorShown(True)           # 15.000, not 15000
        self.budget = MoneyEdit()
        self.wage_earners = QLineEdit(", ".join(DEFAULT_WAGE_EARNERS))
        self.wage_earners.setToolTip(translate("SchemeEditor", "Pekerjaan penerima upah (dengan pemberi kerja) yang "
                                               "ditolak skema ini, dipisah koma; berlaku di formulir dan impor."))
        self.budget_check = QLabel()
        self.budget_check.setObjectName("fieldHint")
        self.budget_check.setWordWrap(True)
        self.is_default = QCheckBox(translate("SchemeEditor", "Skema bawaan untuk pendaftaran baru"))
        self.active = QCheckBox(translate("SchemeEditor", "Aktif (dapat dipilih di formulir)"))
        self.rate = QLabel()
        self.rate.setObjectName("fieldHint")
        self.rate.setWordWrap(True)
        self._layout()
        self.kind.value_changed.connect(self._kind_changed)
        self.adhoc.changed.connect(self.show_rate)
        self.funding.value_changed.connect(self._funding_changed)
        for signal in (self.funding.value_changed, self.start.value_changed, self.end.value_changed):
            signal.connect(lambda _v: self.show_rate())
        self.jht.toggled.connect(lambda _c: self.show_rate())
        self.target.valueChanged.connect(lambda _v: self.show_rate())
        self.budget.textChanged.connect(lambda _t: self.show_rate())
        self.budget.editingFinished.connect(self.show_rate)
        self.funding.set_value(FundingSource.APBD_KABKOTA)
        self.start.set_value(YearMonth(today.year, 1))
        self.end.set_value(YearMonth(today.year, 12))
        self.is_default.setChecked(True)
        self.active.setChecked(True)
        self._kind_changed(SchemeKind.BPU)

    def _layout(self) -> None:
        form = self.form = QFormLayout(self)
        period = self.period = QHBoxLayout()
        period.addWidget(self.start, 1)
        period.addWidget(QLabel(translate("SchemeEditor", "s.d.")))
        period.addWidget(self.end, 1)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(translate("SchemeEditor", "s.d.")))
        ages.addWidget(self.max_age)
        ages.addStretch(1)
        for text, item in (
            (translate("SchemeEditor", "Nama skema"), self.name),
            (translate("SchemeEditor", "Jenis skema"), self.kind),
            (translate("SchemeEditor", "Sumber dana"), self.funding),
            (translate("SchemeEditor", "Pembayar iuran"), self.payer_name),
            (translate("SchemeEditor", "Jenis wadah BPJS"), self.wadah),
            (translate("SchemeEditor", "Nomor PKS"), self.pks_number),
            *self.adhoc.rows(),
            (translate("SchemeEditor", "Masa perlindungan"), period),
            (translate("SchemeEditor", "Umur peserta"), ages),
            (translate("SchemeEditor", "Program"), self.jht),
            (translate("SchemeEditor", "Iuran"), self.rate),
            (translate("SchemeEditor", "Target peserta"), self.target),
            (translate("SchemeEditor", "Anggaran (Rp)"), self.budget),
            ("", self.budget_check),
            (translate("SchemeEditor", "Ditolak (penerima upah)"), self.wage_earners),
            ("", self.is_default),
            ("", self.active),
        ):
            form.addRow(text, item)

    def _kind_changed(self, kind: SchemeKind | None) -> None:
        """An ad-hoc scheme shows its task fields instead of the months and the wage-earner list (the
        BPU refusal of wage earners is not theirs)."""
        adhoc = kind == SchemeKind.ADHOC
        for _label, item in self.adhoc.rows():
            self.form.setRowVisible(item, adhoc)
        self.form.setRowVisible(self.period, not adhoc)
        self.form.setRowVisible(self.wage_earners, not adhoc)
        self.form.setRowVisible(self.jht, not adhoc)           # JKK + JKM only for ad-hoc officers
        self.show_rate()

    def _funding_changed(self, source: FundingSource | None) -> None:
        if source is not None:
            self.wadah.set_value(DEFAULT_WADAH[source])

    def scheme(self) -> Scheme:
        """The scheme as entered; raises ``UserError`` for an impossible period."""
        kind = self.kind.value() or SchemeKind.BPU
        adhoc = self.adhoc.values() if kind == SchemeKind.ADHOC else \
            {"agency": "", "task_start": None, "task_end": None, "honorarium": None, "risk_class": None}
        start, end = self.start.month(), self.end.month()
        if adhoc["task_start"]:
            start, end = YearMonth.of(adhoc["task_start"]), YearMonth.of(adhoc["task_end"])
        if start is None or end is None:
            raise UserError(translate("SchemeEditor", "Pilih bulan awal dan akhir masa perlindungan."))
        if end < start:
            raise UserError(translate("SchemeEditor", "Akhir masa perlindungan tidak boleh sebelum awal."))
        base = self.base or Scheme(
            name="",
            funding_source=FundingSource.APBD_KABKOTA,
            coverage_start=start,
            coverage_end=end,
            rate_version=self.offices.latest_rate_version(),
        )
        programs = programs_with(jht=self.jht.isChecked() and kind == SchemeKind.BPU)
        return replace(
            base,
            name=self.name.text().strip(),
            funding_source=self.funding.value(),
            payer_name=self.payer_name.text().strip(),
            wadah_code=self.wadah.value() or "",
            pks_number=self.pks_number.text().strip(),
            coverage_start=start,
            coverage_end=end,
            min_age=self.min_age.value(),
            max_age=self.max_age.value(),
            programs=programs,
            target_participants=self.target.value() or None,
            budget=self.budget.value(),
            is_default=self.is_default.isChecked(),
            active=self.active.isChecked(),
            extra=self._extra(base.extra),
            kind=kind,
            income_base=None if kind == SchemeKind.ADHOC else base.income_base,
            **adhoc,
        )

    def _extra(self, extra: dict) -> dict:
        phrases = [p.strip() for p in self.wage_earners.text().split(",") if p.strip()]
        out = {k: v for k, v in extra.items() if k != EXTRA_KEY}
        if tuple(phrases) != DEFAULT_WAGE_EARNERS:
            out[EXTRA_KEY] = phrases
        return out

    def set_scheme(self, scheme: Scheme) -> None:
        self.base = scheme
        self.name.setText(scheme.name)
        self.kind.set_value(scheme.kind)
        self.adhoc.set_scheme(scheme)
        self.funding.set_value(scheme.funding_source)
        self.payer_name.setText(scheme.payer_name)
        self.wadah.set_value(scheme.wadah_code)
        self.pks_number.setText(scheme.pks_number)
        self.start.set_value(scheme.coverage_start)
        self.end.set_value(scheme.coverage_end)
        self.min_age.setValue(scheme.min_age)
        self.max_age.setValue(scheme.max_age)
        self.jht.setChecked(Program.JHT in scheme.programs)
        self.target.setValue(scheme.target_participants or 0)
        self.budget.set_value(scheme.budget)
        self.is_default.setChecked(scheme.is_default)
        self.active.setChecked(scheme.active)
        self.wage_earners.setText(", ".join(wage_earner_phrases(scheme.extra)))
        self._kind_changed(scheme.kind)

    def show_rate(self) -> None:
        """Rp16.800 JKK+JKM per person per month for the usual scheme, and for the whole period."""
        try:
            scheme = self.scheme()
            if scheme.is_adhoc:
                return self._show_task_rate(scheme)
            rate = self.offices.monthly_rate(scheme)
        except (UserError, KeyError, ValueError, TypeError):
            self.rate.setText(translate("SchemeEditor", "Pilih sumber dana dan masa perlindungan untuk melihat iuran."))
            return
        parts = [f"JKK {format_rupiah(rate.jkk)}", f"JKM {format_rupiah(rate.jkm)}"]
        if rate.jht:
            parts.append(f"JHT {format_rupiah(rate.jht)}")
        text = translate("SchemeEditor", "{total} per orang per bulan ({parts}); {months} bulan = {period} per orang.")
        period = self.offices.period_total(scheme, 1)
        self.rate.setText(
            fill(text, total=format_rupiah(rate.total), parts=" + ".join(parts), months=str(scheme.months),
                 period=format_rupiah(period))
        )
        self._check_budget(scheme, period)

    def _show_task_rate(self, scheme: Scheme) -> None:
        """"JKK 0,54 % + JKM 0,30 % of the honorarium: Rp420 per person per day; 7 days = Rp2.940 per person"."""
        self.offices.tidy_scheme(scheme)
        cost = self.offices.task_cost(scheme, 1)
        wage = self.offices.rate_table(scheme).wage
        text = translate("SchemeEditor", "JKK {jkk} + JKM {jkm} dari honorarium ÷ 30 = {daily} per orang per hari; "
                                         "{days} hari tugas = {period} per orang.")
        self.rate.setText(fill(text, jkk=format_percent(wage.jkk.get(scheme.risk_class, 0)),
                               jkm=format_percent(wage.jkm), daily=format_rupiah(cost.day_rate or 0),
                               days=cost.person_days, period=format_rupiah(cost.total)))
        self._check_budget(scheme, cost.total)

    def _check_budget(self, scheme: Scheme, per_person: int) -> None:
        """The budget against target × contribution × months (a warning: the office may top it up later)."""
        target, budget = self.target.value(), self.budget.value()
        if not target:
            self.budget_check.clear()
            return
        need = per_person * target
        text = fill(translate("SchemeEditor", "Kebutuhan: {target} orang × {per_person} = {need}."),
                    target=f"{target:,}".replace(",", "."), per_person=format_rupiah(per_person),
                    need=format_rupiah(need))
        if budget is not None and budget < need:
            text += " " + fill(translate("SchemeEditor", "Anggaran kurang {gap}."), gap=format_rupiah(need - budget))
        elif budget is not None:
            text += " " + translate("SchemeEditor", "Anggaran cukup.")
        self.budget_check.setText(text)


class SchemeDialog(QDialog):
    """Add or change a scheme from Settings; saves through ``OfficeService``."""

    def __init__(
        self, offices: OfficeService, today: date, scheme: Scheme | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.offices = offices
        self.setWindowTitle(
            translate("SchemeEditor", "Ubah skema") if scheme else translate("SchemeEditor", "Skema baru")
        )
        self.editor = SchemeEditor(offices, today)
        if scheme is not None:
            self.editor.set_scheme(scheme)
        else:
            self.editor.is_default.setChecked(False)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("SchemeEditor", "Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("SchemeEditor", "Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.saved: Scheme | None = None

    def save(self) -> None:
        try:
            self.saved = self.offices.save_scheme(self.editor.scheme())
        except UserError as exc:
            msgbox.error(self, translate("SchemeEditor", "Skema belum dapat disimpan"), exc.message)
            return
        self.accept()
