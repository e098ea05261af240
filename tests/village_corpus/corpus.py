"""The tuning corpus (twelve village files of the kinds offices send) and the held-out generator.

Each file is built the way offices make them (``builder``); the expectations
come from the people written into it (``people``), never from the importer.
``held_out(seed)`` draws layouts, defects and header spellings at random, the
spellings from ``held_out_spellings`` only (never used for tuning).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.factories import nik_for
from tests.village_corpus.builder import Col, FileSpec, PersonRow, SheetSpec, Special
from tests.village_corpus.people import VILLAGES, People

KOP = ["PEMERINTAH KABUPATEN PENAJAM PASER UTARA", "KECAMATAN PENAJAM", "Jl. Provinsi KM 1, Penajam, Kode Pos 76141"]
SIGNATURE = ["Penajam, 17 Agustus 2026", "Mengetahui,", "Kepala Desa Nenang", "", "( SUPRIYADI, S.Sos )",
             "NIP. 19700101 200003 1 001"]


def _rows(people: People, count: int, defects: dict[int, str], village: str | None = None, upper: bool = False,
          specials: dict[int, list[Special]] | None = None) -> list:
    """``count`` people (defects by position) with special rows inserted before positions."""
    out, made = [], []
    for i in range(count):
        for special in (specials or {}).get(i, []):
            out.append(special)
        defect = defects.get(i, "")
        if defect in ("dup", "nik_invalid_again") and made:
            source = next(p for p, d in reversed(made) if d in ("", "nik_invalid")
                          and (defect == "dup") == (d == ""))
            out.append(PersonRow(source, defect))
            continue
        person = people.person(village, upper)
        if defect == "too_old":
            old = date(1952, 3, 4)
            person = replace(person, birth=old, nik=nik_for(old, person.sex, int(person.nik[-4:]), person.nik[:6]))
        out.append(PersonRow(person, defect))
        made.append((person, defect))
    for special in (specials or {}).get(count, []):
        out.append(special)
    return out


def _signature() -> list[Special]:
    return [Special("blank")] + [Special("signature", t) if t else Special("blank") for t in SIGNATURE]


def _kop_surat() -> FileSpec:
    people = People(1)
    cols = [Col("row_number", "NO"), Col("nik", "NIK"), Col("full_name", "NAMA LENGKAP"),
            Col("birth_place_date", "TEMPAT/TGL LAHIR"), Col("sex", "L/P"), Col("mother_name", "NAMA IBU KANDUNG"),
            Col("address", "ALAMAT"), Col("rt_rw", "RT/RW"), Col("village", "DESA/KEL"),
            Col("occupation", "PEKERJAAN"), Col("phone", "NO. HP"), Col("heir_name", "NAMA AHLI WARIS"),
            Col("heir_relationship", "HUBUNGAN"), Col("note", "KET")]
    rows = _rows(people, 14, {3: "missing_mother", 6: "wage_earner", 9: "dup", 11: "two_phones"},
                 specials={14: _signature()})
    return FileSpec("01-kop-surat", "xlsx", [SheetSpec(
        "Data Peserta", cols, rows, titles=KOP + ["DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN 2026"],
        logo=True, number_row=True, date_mode="mixed", seed=1)])


def _grouped_merged() -> FileSpec:
    people = People(2)
    cols = [Col("row_number", "NO"), Col("nik", "NIK"), Col("full_name", "NAMA"),
            Col("birth_place", "TEMPAT", "TEMPAT/TANGGAL LAHIR"), Col("birth_date", "TANGGAL", "TEMPAT/TANGGAL LAHIR"),
            Col("sex_male", "L", "JENIS KELAMIN"), Col("sex_female", "P", "JENIS KELAMIN"),
            Col("mother_name", "NAMA IBU KANDUNG"), Col("address", "DUSUN/JALAN", "ALAMAT"),
            Col("rt", "RT", "ALAMAT"), Col("rw", "RW", "ALAMAT"), Col("village", "KELURAHAN"),
            Col("occupation", "PEKERJAAN"), Col("heir_name", "NAMA", "AHLI WARIS"),
            Col("heir_relationship", "HUBUNGAN", "AHLI WARIS")]
    rows = []
    for code, n in (("64.09.01.1010", 5), ("64.09.01.1015", 4), ("64.09.01.2020", 4)):
        rows += _rows(people, n, {2: "hidden"} if n == 4 else {}, village=code, upper=True)
        rows.append(Special("total", "JUMLAH"))
    return FileSpec("02-grouped-merged", "xlsx", [SheetSpec(
        "Sheet1", cols, rows, titles=["DAFTAR PEKERJA RENTAN KECAMATAN PENAJAM"], village_mode="merged",
        sex_mode="marks", date_mode="date", seed=2)])


def _per_kelurahan() -> FileSpec:
    people = People(3)
    cols = [Col("row_number", "NO"), Col("nik", "N I K"), Col("full_name", "NAMA"),
            Col("birth_place", "TMP LAHIR"), Col("birth_date", "TGL LAHIR"), Col("sex", "JNS KEL"),
            Col("mother_name", "NAMA IBU"), Col("address", "ALAMAT"), Col("occupation", "PEKERJAAN"),
            Col("phone", "HP"), Col("heir_name", "AHLI WARIS"), Col("heir_relationship", "HUB KEL")]
    sheets = [SheetSpec("REKAP", [], [], kind="recap"), SheetSpec("PETUNJUK", [], [], kind="instructions")]
    for i, code in enumerate(("64.09.01.1010", "64.09.01.1015", "64.09.01.1016")):
        name = VILLAGES[code].upper()
        rows = _rows(people, 5, {4: "nik_sci"} if i == 1 else {}, village=code)
        sheets.append(SheetSpec(name, cols, rows, titles=[f"DAFTAR CALON PESERTA KELURAHAN {name}"] if i == 0 else [],
                                village_mode="sheet" if i else "title", date_mode="dash", sex_mode="lkpr",
                                seed=30 + i))
    sheets.append(SheetSpec("Sheet5", [], [], kind="empty"))
    return FileSpec("03-per-kelurahan", "xlsx", sheets)


def _google_form() -> FileSpec:
    people = People(4)
    cols = [Col("x:timestamp", "Timestamp"), Col("email", "Email Address"),
            Col("full_name", "Nama Lengkap (sesuai KTP)"), Col("nik", "NIK (16 digit)"),
            Col("birth_place", "Tempat Lahir"), Col("birth_date", "Tanggal Lahir"),
            Col("sex", "Jenis Kelamin"), Col("mother_name", "Siapa nama ibu kandung Anda?"),
            Col("address", "Alamat lengkap (jalan, RT/RW)"), Col("village", "Desa/Kelurahan"),
            Col("occupation", "Apa pekerjaan Anda saat ini?"), Col("phone", "Nomor HP/WhatsApp yang bisa dihubungi"),
            Col("heir_name", "Nama ahli waris"), Col("heir_relationship", "Hubungan ahli waris dengan Anda")]
    rows = _rows(people, 10, {2: "phone_number", 5: "phone_number", 7: "bad_email"})
    return FileSpec("04-google-form", "xlsx", [SheetSpec("Form Responses 1", cols, rows, merge_header=False,
                                                         sex_mode="words", date_mode="date", seed=4)])


def _spaced_joined() -> FileSpec:
    people = People(5)
    cols = [Col("row_number", "N O"), Col("nik", "NIK/NO. KTP"), Col("full_name", "N A M A  L E N G K A P"),
            Col("birth_place", "TEMPAT LAHIR"), Col("birth_date", "TANGGAL LAHIR (DD-MM-YYYY)"),
            Col("sex", "JENIS KELAMIN (L/P)"), Col("mother_name", "NAMA IBU KANDUNG (SESUAI KK)"),
            Col("address", "ALAMAT LENGKAP"), Col("village", "DESA & KELURAHAN"), Col("occupation", "PEKERJAAN"),
            Col("phone", "NO. TELP/HP"), Col("heir_name", "AHLI WARIS"), Col("heir_relationship", "HUB."),
            Col("note", "KET.")]
    rows = _rows(people, 10, {4: "nik_invalid", 5: "nik_invalid_again", 8: "too_old"})
    return FileSpec("05-spaced-joined", "xlsx", [SheetSpec("DATA", cols, rows, titles=["DATA PEKERJA RENTAN"],
                                                         date_mode="month", seed=5)])


def _numeric_niks() -> FileSpec:
    people = People(6)
    cols = [Col("row_number", "No"), Col("nik", "NIK"), Col("kk_number", "No KK"), Col("full_name", "Nama"),
            Col("birth_place", "Tempat Lahir"), Col("birth_date", "Tgl Lahir"), Col("sex", "JK"),
            Col("mother_name", "Ibu Kandung"), Col("address", "Alamat"), Col("village", "Desa"),
            Col("occupation", "Pekerjaan"), Col("phone", "No HP"), Col("income", "Penghasilan"),
            Col("heir_name", "Ahli Waris"), Col("heir_relationship", "Hubungan")]
    rows = _rows(people, 10, {1: "nik_excel", 4: "nik_excel", 6: "phone_number"})
    return FileSpec("06-numeric-niks", "xlsx", [SheetSpec("Export", cols, rows, nik_mode="number",
                                                         date_mode="serial", seed=6)])


def _sections() -> FileSpec:
    people = People(7)
    cols = [Col("row_number", "NO"), Col("nik", "NIK"), Col("full_name", "NAMA PESERTA"),
            Col("birth_place", "TEMPAT LAHIR"), Col("birth_date", "TANGGAL LAHIR"), Col("sex", "L/P"),
            Col("mother_name", "NAMA IBU KANDUNG"), Col("address", "ALAMAT"), Col("occupation", "PEKERJAAN"),
            Col("heir_name", "AHLI WARIS"), Col("heir_relationship", "HUBUNGAN")]
    rows = [Special("section", "I. DESA NENANG")]
    rows += _rows(people, 4, {}, village="64.09.01.1010")
    rows += [Special("total", "Jumlah Desa Nenang"), Special("section", "II. KELURAHAN SOTEK")]
    rows += _rows(people, 4, {2: "missing_mother"}, village="64.09.01.1014")
    rows += [Special("total", "Jumlah"), Special("section", "III. GIRI MUKTI")]
    rows += _rows(people, 4, {}, village="64.09.01.2020")
    rows += [Special("total", "TOTAL"), Special("blank"), Special("note", "Catatan: data dikumpulkan oleh kader desa.")]
    return FileSpec("07-sections", "xlsx", [SheetSpec("Daftar", cols, rows, titles=KOP[:2], village_mode="section",
                                                      date_mode="slash2", seed=7)])


def _ods_grouped() -> FileSpec:
    spec = _grouped_merged()
    sheet = replace(spec.sheets[0], name="Peserta", village_mode="column", merge_header=False, seed=8)
    people = People(8)
    sheet.rows = _rows(people, 10, {3: "dup", 6: "wage_earner"}, upper=True)
    return FileSpec("08-ods-grouped", "ods", [sheet])


def _xls_legacy() -> FileSpec:
    people = People(9)
    cols = [Col("row_number", "NO."), Col("nik", "NO. INDUK KEPENDUDUKAN"), Col("full_name", "NAMA"),
            Col("birth_place_date", "TTL"), Col("sex", "L/P"), Col("mother_name", "NM. IBU KDG"),
            Col("address", "ALMT"), Col("rt", "RT"), Col("rw", "RW"), Col("village", "DS/KEL"),
            Col("occupation", "PEKERJAAN"), Col("phone", "TELP"), Col("heir_name", "NAMA AHLI WARIS"),
            Col("heir_relationship", "HUB. DGN PESERTA")]
    rows = _rows(people, 10, {2: "hidden", 7: "wage_earner"})
    return FileSpec("09-xls-legacy", "xls", [SheetSpec("Sheet1", cols, rows, titles=["DAFTAR NAMA"], number_row=True,
                                                       date_mode="dash", seed=9)])


def _hostile() -> FileSpec:
    people = People(10)
    cols = [Col("row_number", "NO"), Col("nik", "NIK"), Col("full_name", "NAMA LENGKAP"),
            Col("birth_place", "TEMPAT LAHIR"), Col("birth_date", "TANGGAL LAHIR"), Col("sex", "JENIS KELAMIN"),
            Col("mother_name", "NAMA IBU KANDUNG"), Col("kk_number", "NO KK"), Col("address", "ALAMAT"),
            Col("village", "DESA"), Col("occupation", "PEKERJAAN"), Col("phone", "NO HP"),
            Col("income", "PENGHASILAN PER BULAN"), Col("email", "EMAIL"), Col("heir_name", "AHLI WARIS"),
            Col("heir_relationship", "HUBUNGAN"), Col("x:foto", "FOTO KTP")]
    defects = {1: "hidden", 2: "formula_name", 3: "income_huge", 4: "income_half", 5: "two_phones", 6: "nik_invalid",
               7: "nik_invalid_again", 8: "wage_earner", 9: "too_old", 10: "nik_sci", 11: "dup",
               12: "unknown_village", 13: "bad_email"}
    rows = _rows(people, 16, defects, specials={8: [Special("repeat_header")]})
    return FileSpec("10-hostile", "xlsx", [SheetSpec("Sheet1", cols, rows, hidden_cols=(7,), date_mode="mixed",
                                                     seed=10)])


def _english() -> FileSpec:
    people = People(11)
    cols = [Col("row_number", "No."), Col("nik", "ID Number (NIK)"), Col("full_name", "Full Name"),
            Col("birth_place", "Place of Birth"), Col("birth_date", "Date of Birth"), Col("sex", "Gender"),
            Col("mother_name", "Mother's Maiden Name"), Col("address", "Address"), Col("village", "Village"),
            Col("occupation", "Occupation"), Col("phone", "Mobile Phone"), Col("heir_name", "Heir"),
            Col("heir_relationship", "Relationship")]
    rows = _rows(people, 8, {})
    return FileSpec("11-english", "xlsx", [SheetSpec("Participants", cols, rows, date_mode="iso", sex_mode="words",
                                                     seed=11)])


def _cryptic() -> FileSpec:
    people = People(12)
    cols = [Col("nik", "ID"), Col("full_name", "NM"), Col("birth_place", "TMPT"), Col("birth_date", "TL"),
            Col("sex", "JK"), Col("mother_name", "IBU"), Col("address", "ALMT"), Col("village", "DS"),
            Col("occupation", "KERJA"), Col("heir_name", "WARIS"), Col("heir_relationship", "HUB")]
    rows = _rows(people, 8, {5: "dup"})
    return FileSpec("12-cryptic", "xlsx", [SheetSpec("Sheet1", cols, rows, date_mode="english", seed=12)])


def tuning() -> list[FileSpec]:
    return [_kop_surat(), _grouped_merged(), _per_kelurahan(), _google_form(), _spaced_joined(), _numeric_niks(),
            _sections(), _ods_grouped(), _xls_legacy(), _hostile(), _english(), _cryptic()]
