"""Builders of valid records for tests (override any field)."""

from __future__ import annotations

import itertools
from datetime import date

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.office import Office
from desktop_app.domain.registration import Heir, Registration
from desktop_app.domain.scheme import FundingSource, Scheme
from desktop_app.services.context import Context
from desktop_app.services.roles import Role

TODAY = date(2026, 11, 21)
VILLAGE = "64.09.01.2020"   # desa Giri Mukti, kecamatan Penajam, Penajam Paser Utara
_serials = itertools.count(1)
# The one place that decides who a test works as unless it says otherwise: an admin, so a
# test about something else is never refused by the role rules (tests of those pass a role).
TEST_ROLE = Role.ADMIN


def context(store, regions, operator: str = "tester", *, role: Role | None = TEST_ROLE, clock=lambda: TODAY,
            session=None) -> Context:
    """A ``Context`` over ``store`` working as ``operator`` with ``role`` (admin by default)."""
    return Context(store, regions, operator, clock, role=role, session=session)


def office() -> Office:
    return Office(name="Kantor Kecamatan Penajam", government_name="Pemerintah Kabupaten Penajam Paser Utara",
                  province_code="64", regency_code="64.09", district_code="64.09.01",
                  head_name="Camat Contoh", head_title="Camat", head_nip="197001012000031001",
                  officer_name="Petugas Contoh", officer_title="Operator", officer_nip="")


def scheme(**changes) -> Scheme:
    values = dict(name="APBD Kabupaten 2026", funding_source=FundingSource.APBD_KABKOTA,
                  coverage_start=YearMonth(2026, 1), coverage_end=YearMonth(2026, 12),
                  rate_version="PP44-2015-PP49-2023", payer_name="Pemerintah Kabupaten Penajam Paser Utara",
                  wadah_code="SG", pks_number="560/001/2026", is_default=True)
    values.update(changes)
    return Scheme(**values)


def nik_for(birth: date, sex: str, serial: int | None = None, district: str = "640901") -> str:
    day = birth.day + (40 if sex == "P" else 0)
    serial = next(_serials) if serial is None else serial
    return f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def registration(scheme_id: int | None = 1, **changes) -> Registration:
    birth = changes.pop("birth_date", date(1990, 8, 17))
    sex = changes.pop("sex", "P")
    values = dict(
        nik=nik_for(birth, sex), full_name="Siti Aminah", birth_place="Penajam", birth_date=birth, sex=sex,
        mother_name="Halimah", address="Jl. Nelayan No. 5", rt="003", rw="001", village_code=VILLAGE,
        phone="081234567890", occupation="Nelayan/Perikanan", income=900_000, scheme_id=scheme_id,
        coverage_start=YearMonth(2026, 1), coverage_end=YearMonth(2026, 12),
        heirs=[Heir("Ahmad Yani", "Suami", "", "")])
    values.update(changes)
    return Registration(**values)


def adhoc_scheme(**changes) -> Scheme:
    """Pilkada KPPS officers through Kesbangpol: 20–26 November 2026, Rp1.500.000, JKK risk class 2."""
    from desktop_app.domain.scheme import SchemeKind

    values = dict(name="Petugas KPPS Pilkada 2026", funding_source=FundingSource.APBD_KABKOTA,
                  coverage_start=YearMonth(2026, 11), coverage_end=YearMonth(2026, 11), rate_version="PU-PP44-2015",
                  payer_name="Pemerintah Kabupaten Penajam Paser Utara", agency="Kesbangpol", wadah_code="SG",
                  pks_number="560/077/2026", kind=SchemeKind.ADHOC, task_start=date(2026, 11, 20),
                  task_end=date(2026, 11, 26), honorarium=1_500_000, risk_class=2, income_base=None)
    values.update(changes)
    return Scheme(**values)


def officer(scheme_id: int = 2, **changes) -> Registration:
    """A KPPS officer for ``adhoc_scheme`` (saved as scheme 2 in most tests)."""
    values = dict(occupation="Petugas ad hoc Pilkada", post="KPPS", income=None, coverage_start=YearMonth(2026, 11),
                  coverage_end=YearMonth(2026, 11))
    values.update(changes)
    return registration(scheme_id, **values)


def received(store, reg: Registration, code: str, number: int, running: int) -> Registration:
    """Insert ``reg`` as a row received from another office (``code``, office ``number``) is written by the
    exchange: the sender's number, code and values, no storage stamping. Returns the row as stored."""
    from desktop_app.domain.regnumber import office_seq
    from desktop_app.storage.codec import registration_to_row

    stored = reg.copy(id=f"{code}-{running}", seq=office_seq(number, running), origin_office=code,
                      updated_office=code, created_by="kantor-lain")
    row = registration_to_row(stored)
    row["created_at"] = "2026-05-01T08:00:00"
    with store.write():
        store.db.execute(f"INSERT INTO registrations ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                         list(row.values()))
        store.db.conn.executemany("INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) "
                                  "VALUES (?, ?, ?, ?, ?, ?)",
                                  [(stored.id, i, h.name, h.relationship, h.nik, h.phone)
                                   for i, h in enumerate(stored.heirs)])
    return stored


def dinas_office(ctx) -> tuple:
    """A kabupaten database: its own office (PPU-DINAS, number 1, one person) and people received from
    PPU-WARU (2: Muhammad Yusuf, Siti Aminah) and PPU-SEPAKU (3: M. Yusup — same birth date as Muhammad
    Yusuf —, Sitti Aminah — same KK as Siti Aminah —, Budi Santoso). Returns (own, waru, sepaku)."""
    from desktop_app.services.office import OfficeService
    from desktop_app.services.registry import RegistryService

    OfficeService(ctx).set_identity("PPU-DINAS", 1)
    own = RegistryService(ctx).register(registration(full_name="Rahmat Hidayat", birth_date=date(1980, 2, 2)))
    born, kk = date(1985, 6, 15), "6409010101900001"
    store = ctx.store
    waru = [received(store, registration(full_name="Muhammad Yusuf", birth_date=born), "PPU-WARU", 2, 1),
            received(store, registration(full_name="Siti Aminah", birth_date=date(1990, 1, 3), kk_number=kk),
                     "PPU-WARU", 2, 2)]
    sepaku = [received(store, registration(full_name="M. Yusup", birth_date=born), "PPU-SEPAKU", 3, 1),
              received(store, registration(full_name="Sitti Aminah", birth_date=date(1991, 4, 4), kk_number=kk),
                       "PPU-SEPAKU", 3, 2),
              received(store, registration(full_name="Budi Santoso", birth_date=born), "PPU-SEPAKU", 3, 3)]
    return own, waru, sepaku
