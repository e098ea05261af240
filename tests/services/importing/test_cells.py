"""Cells as villages type them: NIK damage, phones without 0, dates in many forms."""

from datetime import date, datetime

import pytest

from desktop_app.services.importing.cells import date_value, identity_number, money_value, phone_number, text_of
from desktop_app.services.importing.headers import find_header, normalize_header

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize("value, digits, code", [
    ("6409015708900001", "6409015708900001", None),
    ("'6409015708900001", "6409015708900001", None),
    ("6409.0157-0890 0001", "6409015708900001", None),
    (6409015708900001.0, "6409015708900001", "excel.number"),          # intact number: warning only
    (6409015708900000.0, "6409015708900000", "excel.last_digit_zero"),
    (9101015708900001, "9101015708900001", "excel.too_big"),            # above 2**53
    (640901570890000.0, "640901570890000", "excel.fifteen_digits"),
    ("6.40901E+15", "6.40901E+15", "excel.scientific"),
    ("6,40901E+15", "6,40901E+15", "excel.scientific"),
    (640901.5, None, "excel.decimal"),
])
def test_identity_number_damage(value, digits, code):
    found, problem = identity_number(value, "nik")
    if digits is not None:
        assert found == digits
    assert (problem.code if problem else None) == code
    if problem and problem.is_error:
        assert "rusak oleh format angka Excel" in problem.text() or "pecahan" in problem.text()


def test_phone_that_lost_its_zero_is_repaired_with_a_warning():
    assert phone_number(81234567890.0)[0] == "081234567890"
    assert phone_number(81234567890.0)[1].code == "excel.phone_zero"
    assert phone_number("0812-3456-7890") == ("0812-3456-7890", None)


@pytest.mark.parametrize("value", [date(1990, 8, 17), datetime(1990, 8, 17), 33102, 33102.0, "33102",
                                   "17-08-1990", "17/8/90", "17 Agustus 1990", "1990-08-17", "17.08.1990"])
def test_dates_in_every_form_are_day_first(value):
    assert date_value(value, "birth_date", "Tanggal lahir", TODAY) == (date(1990, 8, 17), None)


def test_unreadable_date_says_how_to_write_it():
    found, problem = date_value("tujuh belas", "birth_date", "Tanggal lahir", TODAY)
    assert found is None and "17-08-1990" in problem.text()


def test_money_and_text():
    assert money_value("Rp 1.099.000", "income", "Penghasilan") == (1_099_000, None)
    assert money_value(900000.0, "income", "Penghasilan") == (900_000, None)
    assert text_of(3.0) == "3" and text_of(None) == "" and text_of(date(2026, 1, 2)) == "02/01/2026"


def test_header_spellings_and_two_row_headers():
    assert normalize_header("No. KTP (16 digit)") == "NO KTP"
    rows = [["DAFTAR PESERTA", "", "", ""],
            ["NO INDUK KEPENDUDUKAN", "NAMA", "AHLI WARIS", ""],
            ["", "", "NAMA", "HUBUNGAN"],
            ["6409015708900001", "Siti", "Ahmad", "Suami"]]
    guess = find_header(rows, merged=[((1, 2), (1, 3))])
    assert guess.row == 2 and guess.first_row == 1
    assert guess.fields == {"nik": 0, "full_name": 1, "heir_name": 2, "heir_relationship": 3}


def test_no_header_without_a_nik_column():
    assert find_header([["NAMA", "ALAMAT"], ["Siti", "Jl. A"]]) is None
