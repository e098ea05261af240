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
