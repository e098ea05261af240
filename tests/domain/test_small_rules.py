"""Dates, money, registration numbers, name matching, normalisation, contributions."""

from datetime import date

import pytest

from desktop_app.domain import dates
from desktop_app.domain.contribution import Bracket, Cover, Discount, RateTable, monthly_for_person, period_cost
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_rupiah, parse_rupiah
from desktop_app.domain.names import name_key, name_similarity, names_similar
from desktop_app.domain.normalize import mask_phone, normalize_rt_rw
from desktop_app.domain.regnumber import damm_digit, format_number, parse_number
from desktop_app.domain.scheme import FundingSource
from tests import factories

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("text,expected", [
    ("17-08-1990", date(1990, 8, 17)), ("17/8/90", date(1990, 8, 17)), ("17 Agustus 1990", date(1990, 8, 17)),
    ("1990-08-17", date(1990, 8, 17)), ("17.08.1990", date(1990, 8, 17)), ("17-Agu-1990", date(1990, 8, 17)),
    ("1 Mei 05", date(2005, 5, 1)), ("03/04/2001", date(2001, 4, 3)), ("17 AGUSTUS 1990", date(1990, 8, 17)),
    ("9 Pebruari 1970", date(1970, 2, 9)), ("1990-08-17 00:00:00", date(1990, 8, 17)),
])
def test_day_first_parsing(text, expected):
    assert dates.parse_day_first(text, today=TODAY) == expected


@pytest.mark.parametrize("text", ["31/02/1990", "17 Agustos 1990", "1990", "", "13/13/13"])
def test_unparseable_dates_raise(text):
    with pytest.raises(ValueError):
        dates.parse_day_first(text, today=TODAY)


def test_excel_serial_and_formats():
    assert dates.from_excel_serial(33102) == date(1990, 8, 17)
    assert dates.format_date(date(1990, 8, 17)) == "17/08/1990"
    assert dates.format_date_long(date(1990, 8, 17)) == "17 Agustus 1990"
    assert dates.age_on(date(1990, 8, 17), date(2026, 8, 16)) == 35
    assert dates.age_on(date(1990, 8, 17), date(2026, 8, 17)) == 36


def test_year_month():
    start, end = YearMonth(2026, 8), YearMonth(2026, 12)
    assert start.months_until(end) == 5 and YearMonth(2026, 1).months_until(YearMonth(2026, 12)) == 12
    assert YearMonth(2026, 11).plus(3) == YearMonth(2027, 2)
    assert YearMonth.parse("08/2026") == start and YearMonth.parse("2026-8") == start
    assert start.label() == "Agustus 2026" and YearMonth(2024, 2).last_day() == date(2024, 2, 29)
    with pytest.raises(ValueError):
        YearMonth(2026, 13)


def test_money():
    assert format_rupiah(16800) == "Rp16.800" and format_rupiah(3_024_000_000) == "Rp3.024.000.000"
    assert format_rupiah(0) == "Rp0" and format_rupiah(-5000) == "-Rp5.000"
    assert parse_rupiah("Rp 1.099.000") == 1_099_000 and parse_rupiah("1,099,000") == 1_099_000
    with pytest.raises(TypeError):
        format_rupiah(16800.0)


def test_registration_number_check_digit_catches_typos_and_swaps():
    assert format_number(123) == "000123-" + str(damm_digit("000123"))
    number = format_number(4817)
    assert parse_number(number) == 4817 and parse_number(number.replace("-", "")) == 4817
    body = number[:6]
    for i in range(6):
        for d in "0123456789":
            if d != body[i]:
                typo = body[:i] + d + body[i + 1:] + number[6:]
                assert parse_number(typo) != 4817
        if i < 5 and body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2:] + number[6:]
            assert parse_number(swapped) is None
    assert parse_number("abc") is None


@pytest.mark.parametrize("a,b", [
    ("H. Muhamad Rizki bin Umar", "Muhammad Rizky"), ("M. Yusuf", "Mohammad Yusup"),
    ("Siti Aminah binti Ali", "Sitti Aminah"), ("Hj. Nur Aini", "Nurul Aini"), ("Achmad Dahlan", "Ahmad Dahlan"),
    ("St. Halimah", "Siti Halimah"),
])
def test_indonesian_name_variants_match(a, b):
    assert names_similar(a, b), (name_key(a), name_key(b))


@pytest.mark.parametrize("a,b", [("Budi Santoso", "Agus Santoso"), ("Siti Aminah", "Siti Fatimah"),
                                 ("Ahmad", "")])
def test_different_people_do_not_match(a, b):
    assert not names_similar(a, b), name_similarity(a, b)


def test_name_key_drops_titles_and_patronymic():
    assert name_key("Hj. Siti Aminah binti H. Umar") == "siti aminah"
    assert name_key("Drs. Budi") == "budi"


def test_small_normalisers():
    assert normalize_rt_rw("3") == "003" and normalize_rt_rw("") == "" and normalize_rt_rw("1a") == "1a"
    assert mask_phone("081234567890") == "0812******90"


def _table():
    return RateTable("T", "test", date(2015, 7, 1), (
        Bracket(0, 1_099_000, 1_000_000, 10_000, 6_800, 20_000),
        Bracket(1_100_000, 1_299_000, 1_200_000, 12_000, 6_800, 24_000, "transcribed"),
    ))


def test_contribution_lowest_bracket_is_16800():
    table = _table()
    c = monthly_for_person(table, ("JKK", "JKM"), income=900_000, fixed_base=None,
                           funding=FundingSource.APBD_KABKOTA, month=YearMonth(2026, 1))
    assert (c.jkk, c.jkm, c.jht, c.total) == (10_000, 6_800, 0, 16_800) and isinstance(c.total, int)
    c = monthly_for_person(table, ("JKK", "JKM", "JHT"), income=1_200_000, fixed_base=None,
                           funding=FundingSource.MANDIRI, month=YearMonth(2026, 1))
    assert c.total == 12_000 + 6_800 + 24_000
    fixed = monthly_for_person(table, ("JKK", "JKM"), income=1_250_000, fixed_base=1_000_000,
                               funding=FundingSource.APBD_PROV, month=YearMonth(2026, 1))
    assert fixed.total == 16_800


def test_scheme_total_people_times_months():
    scheme = factories.scheme(coverage_start=YearMonth(2026, 8), coverage_end=YearMonth(2026, 12))
    assert period_cost(_table(), scheme, [Cover.whole_scheme(scheme, 15_000)]).total == 15_000 * 16_800 * 5


def test_pp50_discount_never_applies_to_apbd():
    pp50 = Discount("PP50-2025", "diskon", date(2026, 1, 1), date(2026, 12, 31), 50, ("JKK", "JKM"),
                    (FundingSource.MANDIRI, FundingSource.CSR, FundingSource.APBD_KABKOTA))  # wrongly listed
    table = _table()

    def cost(funding, month):
        return monthly_for_person(table, ("JKK", "JKM"), income=0, fixed_base=None, funding=funding,
                                  month=month, discounts=(pp50,)).total
    assert cost(FundingSource.APBD_KABKOTA, YearMonth(2026, 3)) == 16_800   # never for APBD
    assert cost(FundingSource.APBD_PROV, YearMonth(2026, 3)) == 16_800
    assert cost(FundingSource.MANDIRI, YearMonth(2026, 3)) == 8_400
    assert cost(FundingSource.MANDIRI, YearMonth(2027, 1)) == 16_800      # dated: over after 2026
    assert cost(FundingSource.APBDES, YearMonth(2026, 3)) == 16_800       # not listed: unknown, not applied
    scheme = factories.scheme(funding_source=FundingSource.CSR, coverage_start=YearMonth(2026, 11),
                              coverage_end=YearMonth(2027, 2))
    cost = period_cost(table, scheme, [Cover.whole_scheme(scheme, 10)], (pp50,))
    assert cost.total == 10 * (8_400 * 2 + 16_800 * 2) and cost.rates == {8_400, 16_800} and cost.rate is None


def test_usual_heir_relationship_offers_the_spouse_then_children_only_after_a_spouse():
    from desktop_app.domain.registration import usual_heir_relationship

    assert usual_heir_relationship(0, "L", True, "") == "Istri"
    assert usual_heir_relationship(0, "P", True, "") == "Suami"
    assert usual_heir_relationship(0, "P", False, "") == ""
    assert usual_heir_relationship(1, "P", True, "Suami") == "Anak"
    assert usual_heir_relationship(2, "L", True, "Istri") == "Anak"
    assert usual_heir_relationship(1, "L", False, "Ibu") == ""


def test_place_name_drops_the_kabupaten_or_kota_prefix():
    from desktop_app.domain.regions import place_name

    assert place_name("Kabupaten Penajam Paser Utara") == "Penajam Paser Utara"
    assert place_name("Kota Balikpapan") == "Balikpapan"
    assert place_name("Kab. Paser") == "Paser"
    assert place_name("Kotabaru") == "Kotabaru"
