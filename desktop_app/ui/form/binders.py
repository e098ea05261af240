"""Inputs that depend on other inputs: kecamatan → desa, scheme → months and contribution,
and what a typed NIK says (birth date, sex, issuing region)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.domain.contribution import Cover, period_cost
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.nik import parse_nik, strip_separators
from desktop_app.domain.occupations import ADHOC_OFFICER
from desktop_app.domain.programs import Program
from desktop_app.domain.regions import Level, RegionDirectory, digits_of, district_of, place_name
from desktop_app.domain.scheme import Scheme
from desktop_app.domain.validation import default_period
from desktop_app.i18n import fill
from desktop_app.services.office import OfficeService
from desktop_app.ui.form.widget import RegistrationForm
from desktop_app.ui.widgets.regions import RegionSearchDialog

translate = QCoreApplication.translate


class AddressBinder(QObject):
    """Kecamatan list limited to the office's kabupaten; any other one can be searched for."""

    def __init__(self, form: RegistrationForm, regions: RegionDirectory, offices: OfficeService) -> None:
        super().__init__(form)
        self.form, self.regions = form, regions
        office = offices.office()
        self.home_district = office.home_district if office else ""
        form.district.set_regions(offices.districts())
        form.district.value_changed.connect(self._district_changed)
        form.other_region.clicked.connect(self.search_other)

    def _district_changed(self, code: str | None) -> None:
        self.form.village.set_regions(self.regions.children(code) if code else [], keep_value=True)
        self.form.kk_number.prefix = digits_of(code) if code else ""  # a KK starts with it

    def search_other(self) -> None:
        dialog = RegionSearchDialog(self.regions, Level.DISTRICT, self.form)
        if dialog.exec() and dialog.chosen() is not None:
            self.set_district(dialog.chosen().code)
            self.form.village.setFocus()

    def set_district(self, code: str | None) -> None:
        region = self.regions.get(code) if code else None
        if region is not None:
            self.form.district.ensure_region(region)
        self.form.district.set_value(code)

    def set_village(self, code: str) -> None:
        """Select a village (and its kecamatan), wherever it is."""
        self.set_district(district_of(code) if code else (self.home_district or None))
        self.form.village.set_value(code or None)

    def defaults(self) -> None:
        self.set_village("")


class MembershipBinder(QObject):
    """The scheme decides the coverage months offered, the default period and the contribution shown."""

    def __init__(self, form: RegistrationForm, offices: OfficeService, today: Callable[[], date]) -> None:
        super().__init__(form)
        self.form, self.offices, self.today = form, offices, today
        self.schemes: dict[int, Scheme] = {}
        self.reload()
        form.scheme.value_changed.connect(self._scheme_changed)
        form.income.editingFinished.connect(self._show_contribution)
        form.honorarium.editingFinished.connect(self._show_contribution)

    def reload(self) -> None:
        schemes = self.offices.schemes(active_only=True)
        self.schemes = {s.id: s for s in schemes}
        self.form.scheme.set_choices([(s.name, s.id) for s in schemes])

    def default_scheme_id(self) -> int | None:
        scheme = self.offices.default_scheme()
        return scheme.id if scheme else None

    def _scheme_changed(self, scheme_id: int | None) -> None:
        scheme = self.schemes.get(scheme_id)
        form = self.form
        if scheme is None:
            form.coverage_start.set_range(YearMonth(2000, 1), YearMonth(1999, 12))
            form.coverage_end.set_range(YearMonth(2000, 1), YearMonth(1999, 12))
            form.contribution.clear()
            return
        form.coverage_start.set_range(scheme.coverage_start, scheme.coverage_end)
        form.coverage_end.set_range(scheme.coverage_start, scheme.coverage_end)
        start, end = default_period(scheme, self.today())
        if form.coverage_start.month() is None:
            form.coverage_start.set_value(start)
        if form.coverage_end.month() is None:
            form.coverage_end.set_value(end)
        form.programs[Program.JHT].setChecked(Program.JHT in scheme.programs)
        form.set_adhoc(scheme.is_adhoc)
        if scheme.is_adhoc:
            self._officer_defaults(scheme)
        self._show_contribution()

    def _officer_defaults(self, scheme: Scheme) -> None:
        """An ad-hoc scheme's officer: the occupation and the scheme's honorarium unless typed."""
        form = self.form
        if not form.occupation.text().strip():
            form.occupation.set_value(ADHOC_OFFICER)
        if not form.honorarium.text().strip():
            form.honorarium.set_value(scheme.honorarium)

    def _show_contribution(self) -> None:
        scheme = self.schemes.get(self.form.scheme.value())
        if scheme is None:
            self.form.contribution.clear()
            return
        if scheme.is_adhoc:
            self._show_task_contribution(scheme)
            return
        try:
            rate = self.offices.monthly_rate(scheme, self.form.income.value())
        except (KeyError, ValueError):
            self.form.contribution.setText(translate("RegistrationForm", "Tarif iuran skema ini tidak ditemukan."))
            return
        self.form.contribution.setText(
            fill(translate("RegistrationForm", "Iuran {amount} per bulan"), amount=format_rupiah(rate.total))
        )

    def _show_task_contribution(self, scheme: Scheme) -> None:
        """"Iuran Rp420 per hari × 7 hari = Rp2.940": the officer's honorarium, the scheme's task days."""
        form = self.form
        cover = Cover(1, scheme.programs, None, form.coverage_start.month() or scheme.coverage_start,
                      form.coverage_end.month() or scheme.coverage_end, form.honorarium.value())
        cost = period_cost(self.offices.rate_table(scheme), scheme, [cover])
        form.contribution.setText(fill(translate("RegistrationForm", "Iuran {rate} per hari × {days} hari = {total}"),
                                       rate=format_rupiah(cost.day_rate or 0), days=cost.person_days,
                                       total=format_rupiah(cost.total)))

    def set_scheme(self, scheme_id: int | None) -> None:
        self.form.scheme.set_value(scheme_id)


class NikAssistant(QObject):
    """Fills birth date and sex from a complete NIK (unless the officer typed them) and names the
    issuing region. A mismatch with what was typed is reported by validation as a warning.

    The NIK's kabupaten is also offered as the place of birth (most people at a drive were born
    where their KTP was issued): a suggestion only — Tab stops at it with the text selected, so
    typing replaces it; it never replaces a place the officer typed."""

    def __init__(self, form: RegistrationForm, regions: RegionDirectory, today: Callable[[], date]) -> None:
        super().__init__(form)
        self.form, self.regions, self.today = form, regions, today
        self._auto_birth = ""
        self._auto_sex: str | None = None
        self._auto_place = ""
        form.nik.textChanged.connect(self.update)
        form.nik.textEdited.connect(self._offer_birth_place)     # typed by the officer, not a record shown

    def reset(self) -> None:
        self._auto_birth, self._auto_sex, self._auto_place = "", None, ""
        self.form.nik_info.clear()
        self.form.nik_info.setVisible(False)

    def update(self, text: str | None = None) -> None:
        form = self.form
        digits = strip_separators(form.nik.text() if text is None else text)
        if len(digits) != 16 or not digits.isdigit():
            form.nik_info.clear()
            form.nik_info.setVisible(False)
            return
        info = parse_nik(digits, self.regions, today=self.today())
        if info.regions:
            place = ", ".join(r.name for r in reversed(info.regions))
            form.nik_info.setText(fill(translate("RegistrationForm", "Terbit di: {place}"), place=place))
        else:
            form.nik_info.clear()
        form.nik_info.setVisible(bool(form.nik_info.text()))
        if info.birth_date and form.birth_date.text().strip() in ("", self._auto_birth):
            form.birth_date.set_date(info.birth_date)
            self._auto_birth = form.birth_date.text()
        if info.sex and form.sex.value() in (None, self._auto_sex):
            form.sex.set_value(info.sex)
            self._auto_sex = info.sex
        form.set_skipped(form.birth_date, bool(self._auto_birth) and form.birth_date.text() == self._auto_birth)
        form.set_skipped(form.sex, self._auto_sex is not None and form.sex.value() == self._auto_sex)

    def _offer_birth_place(self, text: str) -> None:
        digits = strip_separators(text)
        if len(digits) != 16 or not digits.isdigit():
            return
        info = parse_nik(digits, self.regions, today=self.today())
        regency = next((r for r in info.regions if r.level == Level.REGENCY), None)
        place = self.form.birth_place
        if regency is not None and place.text().strip() in ("", self._auto_place):
            place.setText(place_name(regency.name))
            self._auto_place = place.text()
