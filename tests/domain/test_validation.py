"""Whole-registration validation: normalisation, required fields, cross-checks, age window."""

from datetime import date

import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.registration import Heir
from desktop_app.domain.validation import default_period, validate
from tests import factories
from tests.factories import TODAY


@pytest.fixture
def scheme():
    s = factories.scheme()
    s.id = 1
    return s


def run(regions, scheme, **changes):
    return validate(factories.registration(**changes), scheme, regions, today=TODAY)


def codes(result):
    return sorted(p.code for p in result.problems)


def test_valid_registration_has_no_problems(regions, scheme):
    result = run(regions, scheme)
    assert result.ok and result.problems == []


def test_names_are_normalised_keeping_apostrophes(regions, scheme):
    result = run(regions, scheme, full_name="  Nur\u2019aini   binti  Ma'ruf ", mother_name="siti\thalimah")
    assert result.registration.full_name == "Nur'aini binti Ma'ruf"
    assert result.registration.mother_name == "siti halimah"


@pytest.mark.parametrize("typed,expected", [
    ("+62 812-3456-7890", "081234567890"), ("6281234567890", "081234567890"), ("81234567890", "081234567890"),
    ("0812 3456 7890", "081234567890"), ("'081234567890", "081234567890"), ("(0542) 21234", "054221234"),
])
def test_phone_normalised_to_08(regions, scheme, typed, expected):
    result = run(regions, scheme, phone=typed)
    assert result.registration.phone == expected and result.ok


@pytest.mark.parametrize("phone", ["0812", "12345", "08123456789012345", "abc"])
def test_bad_phone_is_an_error(regions, scheme, phone):
    assert "phone.invalid" in codes(run(regions, scheme, phone=phone))


def test_required_fields(regions, scheme):
    result = run(regions, scheme, full_name="", mother_name=" ", birth_place="", address="", village_code="",
                 occupation="")
    fields = {p.field for p in result.errors if p.code == "required"}
    assert fields == {"full_name", "mother_name", "birth_place", "address", "village_code", "occupation"}


def test_birth_date_and_sex_mismatch_with_nik_are_warnings_only(regions, scheme):
    nik = factories.nik_for(date(1990, 8, 17), "P")
    result = run(regions, scheme, nik=nik, birth_date=date(1990, 8, 18), sex="L")
    assert result.ok
    assert {"birth.nik_mismatch", "sex.nik_mismatch"} <= set(codes(result))
    assert "17/08/1990" in next(p.text() for p in result.warnings if p.code == "birth.nik_mismatch")


@pytest.mark.parametrize("birth,ok", [
    (date(2008, 1, 1), True),    # 18 at coverage start 2026-01
    (date(2008, 1, 2), False),   # still 17 on 1 Jan 2026
    (date(1960, 1, 1), False),   # 66
    (date(1960, 1, 2), True),    # 65
])
def test_age_window_at_coverage_start(regions, scheme, birth, ok):
    result = run(regions, scheme, birth_date=birth)
    assert ("age.window" not in codes(result)) is ok


def test_age_window_follows_the_scheme(regions, scheme):
    scheme.min_age, scheme.max_age = 15, 70
    assert run(regions, scheme, birth_date=date(2010, 1, 1)).ok


def test_email_and_kpj_shapes(regions, scheme):
    assert "email.invalid" in codes(run(regions, scheme, email="budi@"))
    assert run(regions, scheme, email=" Budi@Desa.ID ").registration.email == "budi@desa.id"
    assert "kpj.invalid" in codes(run(regions, scheme, kpj="123"))
    assert "kpj.invalid" in codes(run(regions, scheme, kpj="1234567890123456"))
    result = run(regions, scheme, kpj="012 345 678 90")
    assert result.ok and result.registration.kpj == "01234567890"


def test_unknown_village_and_occupation(regions, scheme):
    assert "village.unknown" in codes(run(regions, scheme, village_code="64.09.01.9999"))
    assert "occupation.unknown" in codes(run(regions, scheme, occupation="Astronot"))
    assert run(regions, scheme, occupation="petani/pekebun").registration.occupation == "Petani/Pekebun"
    assert "occupation.other" in codes(run(regions, scheme, occupation="Lainnya"))
    assert run(regions, scheme, occupation="Lainnya", occupation_other="Penjual kayu").ok


def test_programs_need_jkk_and_jkm(regions, scheme):
    assert "program.base" in codes(run(regions, scheme, programs=("JKK",)))
    assert run(regions, scheme, programs=("JHT", "JKM", "JKK")).registration.programs == ("JKK", "JKM", "JHT")


def test_coverage_inside_scheme_and_ordered(regions, scheme):
    assert "period.order" in codes(run(regions, scheme, coverage_start=YearMonth(2026, 5),
                                       coverage_end=YearMonth(2026, 4)))
    assert "period.scheme" in codes(run(regions, scheme, coverage_end=YearMonth(2027, 1)))
    assert "scheme.required" in codes(validate(factories.registration(), None, regions, today=TODAY))


def test_heirs(regions, scheme):
    assert codes(run(regions, scheme, heirs=[])) == ["heir.none"]
    result = run(regions, scheme, heirs=[Heir("", "", "123", "")])
    assert {"heir.name", "heir.relationship", "nik.length"} <= set(codes(result))
    assert "Ahli waris ke-1" in next(p.text() for p in result.errors if p.field == "heirs[0].nik")
    reg = factories.registration()
    same = validate(reg.copy(heirs=[Heir("Budi", "Suami", reg.nik, "")]), scheme, regions, today=TODAY)
    assert "heir.self" in codes(same)
    blank_rows_dropped = run(regions, scheme, heirs=[Heir("Budi", "Suami"), Heir(" ", "", "", "")])
    assert len(blank_rows_dropped.registration.heirs) == 1


def test_consent_needs_a_date(regions, scheme):
    assert "legal.consent_date" in codes(run(regions, scheme, legal_basis="persetujuan"))
    assert run(regions, scheme, legal_basis="persetujuan", consent_date=date(2026, 11, 1)).ok
    assert "legal.required" in codes(run(regions, scheme, legal_basis="rahasia"))


def test_name_characters(regions, scheme):
    assert run(regions, scheme, full_name="Ṣāliḥ Łukasz O'Brien-Nur, S.Pd").ok
    assert "name_chars" in codes(run(regions, scheme, full_name="Budi 2"))
    assert "name_chars" in codes(run(regions, scheme, full_name="=HYPERLINK(1)"))


def test_for_field_groups_heir_problems(regions, scheme):
    result = run(regions, scheme, heirs=[Heir("", "Anak")])
    assert [p.code for p in result.for_field("heirs")] == ["heir.name"]


def test_default_period(scheme):
    assert default_period(scheme, date(2026, 11, 21)) == (YearMonth(2026, 11), YearMonth(2026, 12))
    assert default_period(scheme, date(2025, 6, 1)) == (YearMonth(2026, 1), YearMonth(2026, 12))
