"""Setting up the office: profile, operators, schemes and their contribution figures."""

from __future__ import annotations

from dataclasses import asdict, replace

from desktop_app.domain.contribution import Cover, MonthlyContribution, RateTable, period_cost, scheme_monthly
from desktop_app.domain.office import Office
from desktop_app.domain.regions import Region, district_of, regency_of, villages_in
from desktop_app.domain.scheme import Scheme
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.accounts import AccountService, check_operator_name
from desktop_app.services.context import Context
from desktop_app.services.roles import Role, require

M_NO_SCHEME = QT_TRANSLATE_NOOP("Office", "Skema {id} tidak ditemukan.")
M_NO_REGION = QT_TRANSLATE_NOOP("Office", "Kode wilayah {code} tidak dikenal.")
M_OFFICE_NAME = QT_TRANSLATE_NOOP("Office", "Nama kantor wajib diisi.")
M_AGE_WINDOW = QT_TRANSLATE_NOOP("Office", "Batas umur skema tidak masuk akal ({min_age}–{max_age}).")
M_SCHEME_NAME = QT_TRANSLATE_NOOP("Office", "Nama skema wajib diisi.")
M_SCHEME_PERIOD = QT_TRANSLATE_NOOP("Office", "Akhir masa skema ({end}) tidak boleh sebelum awalnya ({start}).")


class OfficeService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def office(self) -> Office | None:
        return self.store.office.get()

    def is_set_up(self) -> bool:
        return self.office() is not None and bool(self.schemes())

    def check_office(self, office: Office) -> None:
        """Raise the ``UserError`` saving ``office`` would raise (the wizard asks page by page)."""
        if not office.name.strip():
            raise UserError(tr(M_OFFICE_NAME))
        for code in (office.province_code, office.regency_code, office.district_code, office.village_code):
            if code and self.ctx.regions.get(code) is None:
                raise UserError(tr(M_NO_REGION, code=code))

    check_operator_name = staticmethod(check_operator_name)

    @staticmethod
    def check_scheme(scheme: Scheme) -> None:
        """Raise the ``UserError`` saving ``scheme`` would raise."""
        if not scheme.name.strip():
            raise UserError(tr(M_SCHEME_NAME))
        if not 0 <= scheme.min_age <= scheme.max_age <= 120:
            raise UserError(tr(M_AGE_WINDOW, min_age=scheme.min_age, max_age=scheme.max_age))
        if scheme.coverage_end < scheme.coverage_start:
            raise UserError(tr(M_SCHEME_PERIOD, start=scheme.coverage_start.label(), end=scheme.coverage_end.label()))

    def save_office(self, office: Office) -> None:
        require(self.ctx, "office.setup")
        self.check_office(office)
        old = self.store.office.get()
        with self.store.write():
            self.store.office.save(office)
            self.store.audit.record(self.ctx.operator, "update" if old else "create", "office", "1",
                                    old=asdict(old) if old else None, new=asdict(office))

    def set_up(self, office: Office, operator: str, scheme: Scheme) -> Scheme:
        """First run: the office profile, its first operator (admin) and its default scheme, in one
        transaction (all three or none); the new operator is the one working from now on, as admin.
        Once the office has operators only an admin may run it again."""
        operator = check_operator_name(operator)
        if self.store.office.operators():
            require(self.ctx, "operators.manage")
        session = self.ctx.session
        before = (session.operator, session.role)
        with self.store.write():
            session.operator, session.role = operator, Role.ADMIN
            try:
                self.save_office(office)
                self.store.office.add_operator(operator, Role.ADMIN.value, by=operator)
                self.store.audit.record(operator, "create", "operator", operator, new={"role": Role.ADMIN.value})
                saved = self.save_scheme(replace(scheme, is_default=True))
            except BaseException:
                session.operator, session.role = before
                raise
        return saved

    def use_operator(self, name: str) -> None:
        """Make ``name`` (an active operator of this office) the one working, with their role."""
        AccountService(self.ctx).begin_session(name)

    def add_operator(self, name: str, role: str = "operator", password: str | None = None) -> None:
        AccountService(self.ctx).add(name, role, password)

    def operators(self) -> list[str]:
        return [o["name"] for o in self.store.office.operators()]

    # --- the office's area ---------------------------------------------
    def area_villages(self) -> list[tuple[Region, Region | None]]:
        """(village, its kecamatan) for every desa/kelurahan of the office's area (``Office.area_code``)."""
        office = self.office()
        if office is None:
            return []
        regions = self.ctx.regions
        return [(v, regions.get(district_of(v.code))) for v in villages_in(regions, office.area_code)]

    def districts(self) -> list[Region]:
        """The kecamatan offered to pick from (form, filters): those of the office's kabupaten."""
        office = self.office()
        return self.ctx.regions.children(regency_of(office.area_code)) if office else []

    # --- schemes -------------------------------------------------------
    def schemes(self, *, active_only: bool = False) -> list[Scheme]:
        return self.store.schemes.all(active_only=active_only)

    def scheme(self, scheme_id: int) -> Scheme:
        scheme = self.store.schemes.get(scheme_id)
        if scheme is None:
            raise NotFound(tr(M_NO_SCHEME, id=scheme_id))
        return scheme

    def default_scheme(self) -> Scheme | None:
        return self.store.schemes.default()

    def save_scheme(self, scheme: Scheme) -> Scheme:
        require(self.ctx, "scheme.manage")
        self.check_scheme(scheme)
        old = self.store.schemes.get(scheme.id) if scheme.id else None
        with self.store.write():
            saved = self.store.schemes.save(scheme, self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "update" if old else "create", "scheme", str(saved.id),
                                    old=_scheme_dict(old) if old else None, new=_scheme_dict(saved))
        return saved

    def rate_table(self, scheme: Scheme) -> RateTable:
        return self.store.schemes.rate_table(scheme.rate_version)

    def latest_rate_version(self) -> str:
        return self.store.schemes.latest_rate_version()

    def monthly_rate(self, scheme: Scheme, income: int | None = None) -> MonthlyContribution:
        """Rupiah per person for the scheme's first month (Rp16,800 for the usual scheme)."""
        return scheme_monthly(self.rate_table(scheme), scheme, income, discounts=self.store.schemes.discounts())

    def period_total(self, scheme: Scheme, people: int) -> int:
        """``people`` covered for the scheme's whole period (the scheme editor's figure)."""
        return period_cost(self.rate_table(scheme), scheme, [Cover.whole_scheme(scheme, people)],
                           self.store.schemes.discounts()).total


def _scheme_dict(scheme: Scheme) -> dict:
    data = asdict(scheme)
    data["coverage_start"], data["coverage_end"] = scheme.coverage_start.iso(), scheme.coverage_end.iso()
    data["funding_source"] = scheme.funding_source.value
    return data
