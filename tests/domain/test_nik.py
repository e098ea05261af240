"""Every NIK and KK rule of DOMAIN.md, against the real Kemendagri region data."""

from datetime import date

import pytest

from desktop_app.domain.nik import choose_century, mask_nik, parse_kk, parse_nik, strip_separators

TODAY = date(2026, 11, 21)


def codes(info):
    return [p.code for p in info.problems]


@pytest.fixture(autouse=True)
def _region_data(regions):
    """The real region directory, shared by ``check`` below."""
    _STATE["regions"] = regions


_STATE = {}


def check(text, **kw):
    return parse_nik(text, _STATE["regions"], today=TODAY, **kw)


def test_worked_example_woman_penajam():
    info = check("6409015708900001")
    assert info.valid and info.problems == ()
    assert info.sex == "P" and info.birth_date == date(1990, 8, 17)
    assert [r.code for r in info.regions] == ["64", "64.09", "64.09.01"]
    assert info.regions[-1].name == "Penajam"


def test_worked_example_man_1945_century_chosen_by_plausibility():
    info = check("3171011708450001")
    assert info.valid and info.sex == "L" and info.birth_date == date(1945, 8, 17)


def test_recent_two_digit_year_goes_to_2000s():
    assert check("3171011708050001").birth_date == date(2005, 8, 17)


def test_future_date_in_2000s_falls_back_to_1900s():
    # 01-12-26 would be 1 Dec 2026, after "today": the person was born in 1926.
    assert check("3171010112260001").birth_date == date(1926, 12, 1)


def test_typed_birth_date_decides_the_century():
    info = check("3171011708050001", typed_birth=date(1905, 8, 17))
    assert info.birth_date == date(1905, 8, 17)


def test_leap_day_valid_in_2000_invalid_30_feb():
    assert check("3171012902001234").birth_date == date(2000, 2, 29)
    bad = check("3171013002001234")
    assert not bad.valid and "nik.date" in codes(bad)


def test_29_feb_of_a_non_leap_year_in_both_centuries_is_invalid():
    assert "nik.date" in codes(check("3171012902011234"))  # 1901 and 2001 are not leap years


def test_29_feb_1900s_only():
    # '96: 1996 is a leap year, 2096 is in the future anyway
    assert check("3171012902961234").birth_date == date(1996, 2, 29)


@pytest.mark.parametrize("day,sex,valid", [
    ("01", "L", True), ("31", "L", True), ("41", "P", True), ("71", "P", True),
    ("00", None, False), ("32", None, False), ("40", None, False), ("72", None, False), ("99", None, False),
])
def test_day_ranges_and_women_plus_40(day, sex, valid):
    info = check(f"317101{day}0190" + "0001")
    assert info.valid is valid
    assert info.sex == sex
    if not valid:
        assert "nik.day" in codes(info)


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_month_out_of_range(month):
    assert "nik.month" in codes(check(f"31710117{month}900001"))


def test_serial_0000_invalid():
    info = check("6409015708900000")
    assert not info.valid and "nik.serial" in codes(info)


@pytest.mark.parametrize("text", ["6409 0157 0890 0001", "64.09.01.570890.0001", "640901-570890-0001",
                                  " '6409015708900001 ", "6409\t015708900001"])
def test_separators_are_stripped(text):
    info = check(text)
    assert info.digits == "6409015708900001" and info.valid


def test_fifteen_digits_says_a_spreadsheet_ate_a_digit():
    info = check("640901570890001")
    assert codes(info) == ["nik.fifteen_digits"]
    assert "Excel" in info.errors[0].text()


@pytest.mark.parametrize("text,code", [("", "nik.required"), ("64090157089", "nik.length"),
                                       ("64090157089000012", "nik.length"), ("6409O15708900001", "nik.not_digits"),
                                       ("6.40901E+15", "nik.not_digits")])
def test_shape_errors(text, code):
    assert codes(check(text)) == [code]


def test_unknown_province_is_an_error():
    info = check("9901015708900001")
    assert not info.valid and "nik.province" in codes(info)
    assert check("2001015708900001").valid is False  # 20 is not a province code


def test_unknown_regency_inside_known_province_is_a_warning():
    info = check("6499015708900001")
    assert info.valid and codes(info) == ["nik.regency"]
    assert info.warnings[0].is_error is False


def test_unknown_kecamatan_inside_known_regency_is_a_warning():
    info = check("6409995708900001")
    assert info.valid and codes(info) == ["nik.district"]


@pytest.mark.parametrize("prefix", ["6404", "6405", "6406", "6410", "6473"])
def test_pre_2012_kaltara_prefixes_are_valid_with_a_specific_warning(prefix):
    info = check(prefix + "015708900001")
    assert info.valid and codes(info) == ["nik.kaltara_old"]


@pytest.mark.parametrize("prefix", ["650101", "910101", "920101", "930101", "940101", "950101", "960101"])
def test_kaltara_and_all_papua_provinces_are_accepted(prefix):
    info = check(prefix + "5708900001")
    assert info.valid, info.problems
    assert info.regions[0].code == prefix[:2]


def test_historic_papua_codes_are_known():
    info = check("9101015708900001")  # Merauke under Papua before the 2022 split
    assert info.valid and info.problems == ()
    assert info.regions[1].historic


def test_errors_and_warnings_are_distinct_and_in_indonesian():
    info = check("6499010000900000")
    assert {p.code for p in info.errors} == {"nik.day", "nik.serial"}
    assert [p.code for p in info.warnings] == ["nik.regency"]
    assert "tidak valid" in info.errors[0].text()


def test_as_dict_shape():
    d = check("6409015708900001").as_dict()
    assert d["nik"] == "6409015708900001" and d["valid"] is True and d["sex"] == "P"
    assert d["birth_date"] == "1990-08-17" and d["errors"] == [] and d["warnings"] == []
    assert d["region"][0]["name"] == "Kalimantan Timur"


def test_mask_nik():
    assert mask_nik("6409015708900001") == "6409********0001"
    assert mask_nik("6409 0157 0890 0001") == "6409********0001"
    assert mask_nik("") == ""


def test_strip_separators():
    assert strip_separators(" '64.09-01 57") == "64090157"


def test_choose_century_none_when_impossible():
    assert choose_century(30, 2, 0, TODAY) is None


def test_kk_number_rules(regions):
    ok = parse_kk("6409011503150007", regions, today=TODAY)
    assert ok.valid and ok.birth_date == date(2015, 3, 15)
    # the +40 rule does not apply to KK: day 55 is invalid
    assert "kk.day" in codes(parse_kk("6409015503150007", regions, today=TODAY))
    assert "kk.serial" in codes(parse_kk("6409011503150000", regions, today=TODAY))
    assert "nik.fifteen_digits" in codes(parse_kk("640901150315000", regions, today=TODAY))
    assert "Nomor KK" in parse_kk("12", regions, today=TODAY).errors[0].text()
