"""Cells as villages type them: NIK damage, phones, dates in many forms, place/date cells; headers as written."""

from datetime import date, datetime

import pytest

from desktop_app.services.importing.cells import (
    date_value,
    identity_number,
    money_value,
    phone_number,
    split_place_date,
    text_of,
)
from desktop_app.services.importing.headers import best_field, grouped_scores, normalize_header

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


def test_phones_lost_zero_and_two_numbers_in_one_cell():
    assert phone_number(81234567890.0)[0] == "081234567890"
    assert phone_number(81234567890.0)[1].code == "excel.phone_zero"
    assert phone_number("0812-3456-7890") == ("0812-3456-7890", None)
    first, problem = phone_number("081234567890 / 081398765432")
    assert first == "081234567890" and problem.code == "import.two_phones" and not problem.is_error
    assert phone_number("0812345678 atau 0813456789")[0] == "0812345678"


@pytest.mark.parametrize("value", [date(1990, 8, 17), datetime(1990, 8, 17), 33102, 33102.0, "33102",
                                   "17-08-1990", "17/8/90", "17 Agustus 1990", "1990-08-17", "17.08.1990",
                                   "17 - 08 - 1990", "17 Agt 1990", "17-Agu-1990", "17 Ags. 1990", "17 Aug 1990",
                                   "17 August 1990", "August 17, 1990", "17081990", "17/08/1990 00:00:00",
                                   "17 AGUSTUS 1990"])
def test_dates_in_every_form_are_day_first(value):
    assert date_value(value, "birth_date", "Tanggal lahir", TODAY) == (date(1990, 8, 17), None)


@pytest.mark.parametrize("text, expected", [("1/1/05", date(2005, 1, 1)), ("1/1/45", date(1945, 1, 1)),
                                            ("9 Pebruari 70", date(1970, 2, 9)), ("3 Nop 1999", date(1999, 11, 3)),
                                            ("12 Okt 88", date(1988, 10, 12)), ("5 Sept 1977", date(1977, 9, 5))])
def test_two_digit_years_and_month_spellings(text, expected):
    assert date_value(text, "birth_date", "Tanggal lahir", TODAY)[0] == expected


def test_unreadable_date_says_how_to_write_it():
    found, problem = date_value("tujuh belas", "birth_date", "Tanggal lahir", TODAY)
    assert found is None and "17-08-1990" in problem.text()


@pytest.mark.parametrize("text, place, when", [
    ("Penajam, 17-08-1990", "Penajam", "17-08-1990"), ("Penajam/17-08-1990", "Penajam", "17-08-1990"),
    ("PENAJAM - 17/08/1990", "PENAJAM", "17/08/1990"), ("Penajam 17 Agustus 1990", "Penajam", "17 Agustus 1990"),
    ("Tana Paser,1 Jan 1980", "Tana Paser", "1 Jan 1980"), ("Pare-Pare 17.8.90", "Pare-Pare", "17.8.90"),
    ("17-08-1990, Penajam", "Penajam", "17-08-1990"), ("Penajam", "Penajam", ""),
])
def test_place_and_date_in_one_cell(text, place, when):
    assert split_place_date(text) == (place, when)


def test_money_fractions_and_huge_numbers_are_emptied_with_a_warning():
    assert money_value("Rp 1.099.000", "income", "Penghasilan") == (1_099_000, None)
    assert money_value(900000.0, "income", "Penghasilan") == (900_000, None)
    for value, code in ((0.5, "excel.money_fraction"), (1e30, "excel.money_huge"), ("1,5 juta", "excel.money")):
        found, problem = money_value(value, "income", "Penghasilan")
        assert found is None and problem.code == code and not problem.is_error
    assert text_of(3.0) == "3" and text_of(None) == "" and text_of(date(2026, 1, 2)) == "02/01/2026"


@pytest.mark.parametrize("header, field", [
    ("No. KTP (16 digit)", "nik"), ("N I K", "nik"), ("N.I.K", "nik"), ("NIK/NO KTP", "nik"),
    ("NO INDUK KEPENDUDUKAN", "nik"), ("TEMPAT/TGL LAHIR", "birth_place_date"), ("TTL", "birth_place_date"),
    ("JNS KEL", "sex"), ("L/P", "sex"), ("HUB KEL", "heir_relationship"), ("KEL/DESA", "village"),
    ("Nama Lengkap (sesuai KTP)", "full_name"), ("N A M A  L E N G K A P", "full_name"),
    ("Siapa nama ibu kandung Anda?", "mother_name"), ("Apa pekerjaan Anda saat ini?", "occupation"),
    ("Nomor HP/WhatsApp yang bisa dihubungi", "phone"), ("E-mail", "email"), ("Date of Birth", "birth_date"),
    ("NAMA AHLI WARIS", "heir_name"), ("NIK AHLI WARIS", "heir_nik"), ("STATUS PERKAWINAN", "marital_status"),
    ("TGL LAHIR", "birth_date"), ("TMP. LHR", "birth_place"), ("KET", "note"), ("LAHIR TANGGAL", "birth_date"),
    ("PEKERJAN", "occupation"), ("JENIS KELAMN", "sex"), ("Nama lengkap Bapak/Ibu (sesuai KTP)", "full_name"),
    ("Pekerjaan Bapak / Ibu", "occupation"),
])
def test_header_spellings(header, field):
    assert best_field(header)[0] == field


def test_headers_that_name_nothing_and_grouped_sub_labels():
    assert best_field("Timestamp") == ("", 0.0) and normalize_header("No. KTP (16 digit)") == "NOMOR KTP"
    assert set(grouped_scores("AHLI WARIS", "NAMA")) == {"heir_name"}
    assert set(grouped_scores("TEMPAT/TGL LAHIR", "TEMPAT")) == {"birth_place"}
    assert set(grouped_scores("JENIS KELAMIN", "P")) == {"sex_female"}
    assert set(grouped_scores("ALAMAT", "RT")) == {"rt"}
