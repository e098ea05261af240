"""Setting up the office: profile, operators, schemes and their contribution figures."""

from __future__ import annotations

from dataclasses import asdict, replace

from desktop_app.domain.contribution import (
    Cover,
    MonthlyContribution,
    PeriodCost,
    RateTable,
    period_cost,
    scheme_monthly,
)
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.office import Office
from desktop_app.domain.office_identity import (
    CODE_MAX,
    IdentityRefusal,
    OfficeIdentity,
    identity_change_refusal,
    normalize_office_code,
)
from desktop_app.domain.regions import Region, district_of, regency_of, villages_in
from desktop_app.domain.regnumber import format_number, office_seq
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
M_TASK_DAYS = QT_TRANSLATE_NOOP("Office", "Skema petugas ad hoc memerlukan tanggal mulai dan selesai tugas; "
                                           "tanggal selesai tidak boleh sebelum tanggal mulai.")
M_RISK_CLASS = QT_TRANSLATE_NOOP("Office", "Kelas risiko JKK harus 1 sampai 5.")
M_HONORARIUM = QT_TRANSLATE_NOOP("Office", "Honorarium bawaan tidak boleh negatif.")
IDENTITY_REFUSALS = {
    IdentityRefusal.BAD_CODE: QT_TRANSLATE_NOOP(
        "Office", "Kode kantor \"{code}\" tidak dapat dipakai: isi 2 sampai {max} huruf besar, angka atau tanda "
                  "hubung (contoh PPU-WARU), sesuai kode yang diberikan Dinas."),
    IdentityRefusal.BAD_NUMBER: QT_TRANSLATE_NOOP("Office", "Nomor kantor harus 1 sampai 999 (diberikan Dinas)."),
    IdentityRefusal.LOCKED: QT_TRANSLATE_NOOP(
        "Office", "Kode dan nomor kantor tidak dapat diubah lagi: {count} pendaftaran sudah bernomor {prefix}… "
                  "dan nomor itu tercetak di bukti, rekap dan berkas yang sudah dikirim. Bila nomor dari Dinas "
                  "memang salah, minta Dinas mencatat nomor ini untuk kantor Anda."),
    IdentityRefusal.NUMBER_TAKEN: QT_TRANSLATE_NOOP(
        "Office", "Nomor kantor {number} sudah dipakai kantor {other} di basis data ini; dua kantor tidak boleh "
                  "memakai nomor yang sama. Tanyakan nomor yang benar ke Dinas."),
    IdentityRefusal.CODE_TAKEN: QT_TRANSLATE_NOOP(
        "Office", "Kode kantor {code} sudah dipakai kantor lain di basis data ini. Tanyakan kode yang benar ke "
                  "Dinas."),
}
M_NO_OFFICE = QT_TRANSLATE_NOOP("Office", "Profil kantor belum diisi; isi dulu lewat wizard penyiapan.")
M_NO_IDENTITY = QT_TRANSLATE_NOOP("Office", "Kantor ini belum punya kode dan nomor kantor dari Dinas. Isi dulu di "
                                            "Pengaturan › Kantor (atau lindungi office set) sebelum bertukar berkas "
                                            "dengan kantor lain.")


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

    # --- the office's identity in the kabupaten (domain.office_identity) ---------
    def identity(self) -> OfficeIdentity:
        """Code, number, level and name: shown in About, carried in every file the office sends."""
        return self.store.office.identity()

    def assigned_identity(self) -> OfficeIdentity:
        """The identity, or the ``UserError`` that says to set it first: what an exchange file needs (a file
        from an office without a number could carry registration numbers another office also uses)."""
        identity = self.identity()
        if not identity.assigned:
            raise UserError(tr(M_NO_IDENTITY))
        return identity

    def identity_refusal(self, code: str, number: int | None) -> str:
        """The sentence ``set_identity(code, number)`` would refuse with ("" when it would not)."""
        code = normalize_office_code(code)
        current = self.identity()
        repo = self.store.registrations
        refusal = identity_change_refusal(
            current, code, number,
            numbered_rows=repo.in_block(current.number) if current.number is not None else 0,
            number_used_by=repo.block_used_by(number, current.code) if number is not None else None,
            code_used_elsewhere=code != current.code and repo.code_used(code))
        if refusal is None:
            return ""
        if refusal is IdentityRefusal.LOCKED:
            return self.identity_lock_reason()
        return tr(IDENTITY_REFUSALS[refusal], code=code, max=CODE_MAX, number=number,
                  other=repo.block_used_by(number, current.code) if number is not None else "")

    def identity_lock_reason(self) -> str:
        """Why code and number can no longer change ("" while they can)."""
        number = self.identity().number
        count = self.store.registrations.in_block(number) if number is not None else 0
        if not count:
            return ""
        prefix = format_number(office_seq(number, 1))[:4]
        return tr(IDENTITY_REFUSALS[IdentityRefusal.LOCKED], count=count, prefix=prefix)

    def check_identity(self, code: str, number: int | None) -> None:
        """Raise the ``UserError`` ``set_identity`` would raise (the wizard asks page by page)."""
        refused = self.identity_refusal(code, number)
        if refused:
            raise UserError(refused)

    def legacy_numbered(self) -> int:
        """This office's registrations that still carry a legacy number (``000123-4``): the first office
        number moves them into its block (the window says so before it does)."""
        return self.store.registrations.legacy_numbered(self.identity().code)

    def identity_locked(self) -> bool:
        """Registrations carry the office's number: code and number are fixed from now on."""
        return bool(self.identity_lock_reason())

    def set_identity(self, code: str, number: int | None) -> OfficeIdentity:
        """Set the code and number the Dinas assigned (admin, audited). The first number moves the office's
        existing (legacy-numbered) registrations into its block: ``000123-4`` becomes ``012-000123-7`` and
        stays findable by its old number. Refused once registrations carry the number (see
        ``domain.office_identity``)."""
        require(self.ctx, "office.setup")
        if self.office() is None:
            raise UserError(tr(M_NO_OFFICE))
        code = normalize_office_code(code)
        with self.store.write():
            old = self.identity()
            refused = self.identity_refusal(code, number)
            if refused:
                raise UserError(refused)
            if (code, number) == (old.code, old.number):
                return old
            moved = self.store.registrations.adopt_identity(old.code, code, number)
            self.store.office.set_identity(code, number)
            self.store.audit.record(self.ctx.operator, "update", "office_identity", "1",
                                    old={"office_code": old.code, "office_number": old.number},
                                    new={"office_code": code, "office_number": number},
                                    note=f"renumbered {moved}" if moved else "")
        return self.identity()

    @staticmethod
    def check_scheme(scheme: Scheme) -> None:
        """Raise the ``UserError`` saving ``scheme`` would raise."""
        if not scheme.name.strip():
            raise UserError(tr(M_SCHEME_NAME))
        if not 0 <= scheme.min_age <= scheme.max_age <= 120:
            raise UserError(tr(M_AGE_WINDOW, min_age=scheme.min_age, max_age=scheme.max_age))
        if scheme.coverage_end < scheme.coverage_start:
            raise UserError(tr(M_SCHEME_PERIOD, start=scheme.coverage_start.label(), end=scheme.coverage_end.label()))
        if scheme.is_adhoc:
            if not (scheme.task_start and scheme.task_end and scheme.task_start <= scheme.task_end):
                raise UserError(tr(M_TASK_DAYS))
            if scheme.risk_class not in range(1, 6):
                raise UserError(tr(M_RISK_CLASS))
            if scheme.honorarium is not None and scheme.honorarium < 0:
                raise UserError(tr(M_HONORARIUM))

    def tidy_scheme(self, scheme: Scheme) -> None:
        """In place: an ad-hoc scheme covers the months its task days fall in and costs by a wage-earner
        table; a BPU scheme by a bracket table (the newest of its kind when it names the other kind)."""
        kind, other = ("wage", "bpu") if scheme.is_adhoc else ("bpu", "wage")
        if scheme.rate_version in {v["version"] for v in self.store.schemes.rate_versions(other)}:
            scheme.rate_version = self.store.schemes.latest_rate_version(kind)
        if scheme.is_adhoc and scheme.task_start and scheme.task_end:
            scheme.coverage_start, scheme.coverage_end = YearMonth.of(scheme.task_start), YearMonth.of(scheme.task_end)

    def save_office(self, office: Office) -> None:
        require(self.ctx, "office.setup")
        self.check_office(office)
        old = self.store.office.get()
        with self.store.write():
            self.store.office.save(office)
            self.store.audit.record(self.ctx.operator, "update" if old else "create", "office", "1",
                                    old=asdict(old) if old else None, new=asdict(office))

    def set_up(self, office: Office, operator: str, scheme: Scheme, *, code: str = "",
               number: int | None = None) -> Scheme:
        """First run: the office profile, its first operator (admin), its default scheme and, when the Dinas
        already gave them, the office's code and number — in one transaction (all or none); the new operator
        is the one working from now on, as admin. Once the office has operators only an admin may run it
        again."""
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
                if code.strip() or number is not None:
                    self.set_identity(code, number)
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
        self.tidy_scheme(scheme)
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

    def task_cost(self, scheme: Scheme, people: int) -> PeriodCost:
        """``people`` ad-hoc officers at the scheme's default honorarium for its whole task (by day)."""
        return period_cost(self.rate_table(scheme), scheme, [Cover.whole_scheme(scheme, people)])

    def period_total(self, scheme: Scheme, people: int) -> int:
        """``people`` covered for the scheme's whole period (the scheme editor's figure)."""
        return period_cost(self.rate_table(scheme), scheme, [Cover.whole_scheme(scheme, people)],
                           self.store.schemes.discounts()).total


def _scheme_dict(scheme: Scheme) -> dict:
    data = asdict(scheme)
    data["coverage_start"], data["coverage_end"] = scheme.coverage_start.iso(), scheme.coverage_end.iso()
    data["funding_source"], data["kind"] = scheme.funding_source.value, scheme.kind.value
    for name in ("task_start", "task_end"):
        data[name] = data[name].isoformat() if data[name] else None
    return data
