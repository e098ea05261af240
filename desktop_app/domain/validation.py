"""Whole-registration rules: normalise what was typed, then list errors and warnings.

The same function serves the form (live, per field), the CLI, the Excel import
and the service that saves: one rulebook, whichever door the data came in by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain import normalize as norm
from desktop_app.domain.adhoc import POSTS, canonical_post
from desktop_app.domain.dates import YearMonth, age_on, format_date, format_date_long
from desktop_app.domain.eligibility import SEGMENT, wage_earner, wage_earner_phrases
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.nik import parse_kk, parse_nik
from desktop_app.domain.occupations import OTHER, canonical_occupation
from desktop_app.domain.problems import Problem, ProblemList, error, warning
from desktop_app.domain.programs import PROGRAMS, has_base, in_order
from desktop_app.domain.regions import Level, RegionDirectory, level_of
from desktop_app.domain.registration import FIELD_LABELS, MARITAL_LABELS, Heir, LegalBasis, Registration, Sex
from desktop_app.domain.scheme import Scheme
from desktop_app.i18n import QT_TRANSLATE_NOOP

M_REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} wajib diisi.")
M_NAME_CHARS = QT_TRANSLATE_NOOP("Validation", "{field} hanya boleh berisi huruf, spasi, titik, koma, tanda petik "
                                               "dan tanda hubung.")
M_BIRTH_FUTURE = QT_TRANSLATE_NOOP("Validation", "Tanggal lahir tidak boleh di masa depan.")
M_BIRTH_NIK = QT_TRANSLATE_NOOP("Validation", "Tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date}). "
                                              "Periksa KTP; "
                              "NIK lama tetap berlaku bila tanggal lahir pernah dikoreksi.")
M_SEX_NIK = QT_TRANSLATE_NOOP("Validation", "Jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex}). "
                                            "Periksa KTP.")
M_SEX = QT_TRANSLATE_NOOP("Validation", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")
M_VILLAGE = QT_TRANSLATE_NOOP("Validation", "Kode desa/kelurahan {code} tidak ada di daftar Kemendagri.")
M_PHONE = QT_TRANSLATE_NOOP("Validation", "Nomor HP \"{value}\" tidak valid; tulis seperti 081234567890.")
M_EMAIL = QT_TRANSLATE_NOOP("Validation", "Alamat e-mail \"{value}\" tidak valid.")
M_KPJ = QT_TRANSLATE_NOOP("Validation", "Nomor KPJ harus 10–15 angka.")
M_RT_RW = QT_TRANSLATE_NOOP("Validation", "{field} harus berupa angka, paling banyak 3 digit.")
M_OCCUPATION = QT_TRANSLATE_NOOP("Validation", "Pekerjaan \"{value}\" tidak ada di daftar; pilih \"Lainnya\" lalu "
                                               "tulis pekerjaannya.")
M_OCCUPATION_OTHER = QT_TRANSLATE_NOOP("Validation", "Tulis pekerjaannya bila memilih \"Lainnya\".")
M_INCOME = QT_TRANSLATE_NOOP("Validation", "Penghasilan tidak boleh negatif.")
M_INCOME_HIGH = QT_TRANSLATE_NOOP("Validation", "Penghasilan {value} per bulan tidak masuk akal; periksa angkanya "
                                                "(paling besar Rp10.000.000.000).")
M_WAGE_EARNER = QT_TRANSLATE_NOOP("Validation", "Pekerjaan \"{value}\" adalah pekerja penerima upah (segmen "
                                                "{segment}): pemberi kerjanya yang mendaftarkan. Skema ini hanya "
                                                "untuk pekerja bukan penerima upah.")
M_PROGRAMS = QT_TRANSLATE_NOOP("Validation", "Program JKK dan JKM wajib; JHT boleh ditambahkan.")
M_PROGRAM_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "Program \"{value}\" tidak dikenal.")
M_SCHEME = QT_TRANSLATE_NOOP("Validation", "Pilih skema (sumber dana) pendaftaran.")
M_PERIOD_ORDER = QT_TRANSLATE_NOOP("Validation", "Akhir perlindungan tidak boleh sebelum awal perlindungan.")
M_PERIOD_SCHEME = QT_TRANSLATE_NOOP("Validation", "Masa perlindungan harus di dalam masa skema ({start} – {end}).")
M_AGE = QT_TRANSLATE_NOOP("Validation", "Umur pada awal perlindungan ({start}) adalah {age} tahun; skema ini untuk "
                                        "umur "
                        "{min_age}–{max_age} tahun.")
M_NO_HEIR = QT_TRANSLATE_NOOP("Validation", "Belum ada ahli waris. Ahli waris diperlukan untuk klaim jaminan kematian.")
M_HEIR_NAME = QT_TRANSLATE_NOOP("Validation", "Ahli waris ke-{n}: nama wajib diisi.")
M_HEIR_REL = QT_TRANSLATE_NOOP("Validation", "Ahli waris ke-{n}: hubungan keluarga wajib diisi.")
M_HEIR_SELF = QT_TRANSLATE_NOOP("Validation", "Ahli waris ke-{n} memakai NIK peserta sendiri.")
M_HEIR_NIK = QT_TRANSLATE_NOOP("Validation", "Ahli waris ke-{n}: {detail}")
M_LEGAL = QT_TRANSLATE_NOOP("Validation", "Pilih dasar pemrosesan data pribadi.")
M_CONSENT_DATE = QT_TRANSLATE_NOOP("Validation", "Tanggal persetujuan wajib diisi bila dasar pemrosesan adalah "
                                                 "persetujuan.")
M_MARITAL = QT_TRANSLATE_NOOP("Validation", "Status perkawinan tidak dikenal.")
M_POST = QT_TRANSLATE_NOOP("Validation", "Pilih jabatan petugas ad hoc: PPK, PPS atau KPPS.")
M_HONORARIUM = QT_TRANSLATE_NOOP("Validation", "Honorarium tidak boleh negatif dan paling besar Rp10.000.000.000.")

MAX_INCOME = 10_000_000_000          # rupiah per month; anything above is a typing error
_NAME_OK = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .,'\-])*", re.UNICODE)


@dataclass
class ValidationResult(ProblemList):
    registration: Registration
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name or p.field.startswith(name + "[")]


def normalized(reg: Registration) -> Registration:
    """A copy with every typed value tidied (names, numbers, phone, e-mail)."""
    occupation = canonical_occupation(reg.occupation) or norm.clean_text(reg.occupation)
    return replace(
        reg,
        nik=norm.normalize_digits(reg.nik).lstrip("'"), kk_number=norm.normalize_digits(reg.kk_number),
        full_name=norm.normalize_name(reg.full_name), mother_name=norm.normalize_name(reg.mother_name),
        birth_place=norm.normalize_name(reg.birth_place), address=norm.clean_text(reg.address),
        rt=norm.normalize_rt_rw(reg.rt), rw=norm.normalize_rt_rw(reg.rw), phone=norm.normalize_phone(reg.phone),
        email=norm.normalize_email(reg.email), kpj=norm.normalize_digits(reg.kpj),
        sex=norm.clean_text(reg.sex).upper(), occupation=occupation,
        post=canonical_post(reg.post) or norm.clean_text(reg.post),
        occupation_other=norm.clean_text(reg.occupation_other) if occupation == OTHER else "",
        programs=in_order(p.strip().upper() for p in reg.programs if p.strip()),
        heirs=[Heir(norm.normalize_name(h.name), norm.clean_text(h.relationship), norm.normalize_digits(h.nik),
                    norm.normalize_phone(h.phone))
               for h in reg.heirs if any((h.name.strip(), h.relationship.strip(), h.nik.strip(), h.phone.strip()))],
        consent_note=norm.clean_text(reg.consent_note), note=norm.clean_text(reg.note))


def _label(field_name: str) -> str:
    """The field's marked label: translated when the message is shown, not now."""
    return FIELD_LABELS[field_name]


def _required(reg: Registration) -> list[Problem]:
    out = []
    for name in ("full_name", "birth_place", "birth_date", "sex", "mother_name", "address",
                 "village_code", "occupation"):
        if getattr(reg, name) in ("", None):
            out.append(error(name, "required", M_REQUIRED, field=_label(name)))
    for name in ("full_name", "mother_name", "birth_place"):
        value = getattr(reg, name)
        if value and not _NAME_OK.fullmatch(value):
            out.append(error(name, "name_chars", M_NAME_CHARS, field=_label(name)))
    return out


def _identity(reg: Registration, regions: RegionDirectory, today: date) -> list[Problem]:
    info = parse_nik(reg.nik, regions, today=today, typed_birth=reg.birth_date)
    out = list(info.problems)
    if reg.birth_date and reg.birth_date > today:
        out.append(error("birth_date", "birth.future", M_BIRTH_FUTURE))
    if reg.sex and reg.sex not in (Sex.MALE, Sex.FEMALE):
        out.append(error("sex", "sex.invalid", M_SEX))
    if info.valid and info.birth_date and reg.birth_date and info.birth_date != reg.birth_date:
        out.append(warning("birth_date", "birth.nik_mismatch", M_BIRTH_NIK, nik_date=format_date(info.birth_date)))
    if info.valid and info.sex and reg.sex in (Sex.MALE, Sex.FEMALE) and info.sex != reg.sex:
        out.append(warning("sex", "sex.nik_mismatch", M_SEX_NIK, nik_sex=info.sex))
    if reg.kk_number:
        out += parse_kk(reg.kk_number, regions, today=today).problems
    if reg.marital_status not in MARITAL_LABELS:
        out.append(error("marital_status", "marital.invalid", M_MARITAL))
    return out


def _contact(reg: Registration, regions: RegionDirectory) -> list[Problem]:
    out = []
    if reg.village_code:
        ok = len(reg.village_code) == 13 and level_of(reg.village_code) is Level.VILLAGE
        if not ok or regions.get(reg.village_code) is None:
            out.append(error("village_code", "village.unknown", M_VILLAGE, code=reg.village_code))
    for name in ("rt", "rw"):
        value = getattr(reg, name)
        if value and not (value.isdigit() and len(value) <= 3):
            out.append(error(name, "rt_rw", M_RT_RW, field=_label(name)))
    if reg.phone and not norm.phone_is_valid(reg.phone):
        out.append(error("phone", "phone.invalid", M_PHONE, value=reg.phone))
    if reg.email and not norm.email_is_valid(reg.email):
        out.append(error("email", "email.invalid", M_EMAIL, value=reg.email))
    if reg.kpj and not (reg.kpj.isdigit() and 10 <= len(reg.kpj) <= 15):
        out.append(error("kpj", "kpj.invalid", M_KPJ))
    return out


def _eligible(reg: Registration, scheme: Scheme | None) -> list[Problem]:
    """Wage earners with an employer belong to the Penerima Upah segment (the scheme's list)."""
    typed = reg.occupation_other if reg.occupation == OTHER else reg.occupation
    phrase = wage_earner(typed, wage_earner_phrases(scheme.extra if scheme else None))
    if not phrase:
        return []
    name = "occupation_other" if reg.occupation == OTHER else "occupation"
    return [error(name, "eligibility.wage_earner", M_WAGE_EARNER, value=typed, segment=SEGMENT)]


def _adhoc(reg: Registration, scheme: Scheme | None) -> list[Problem]:
    """An ad-hoc officer names the post (PPK/PPS/KPPS); a declared honorarium is a sane amount."""
    if scheme is None or not scheme.is_adhoc:
        return []
    out = [] if reg.post in POSTS else [error("post", "adhoc.post", M_POST)]
    if reg.honorarium is not None and not 0 <= reg.honorarium <= MAX_INCOME:
        out.append(error("honorarium", "adhoc.honorarium", M_HONORARIUM))
    return out


def _work(reg: Registration, scheme: Scheme | None) -> list[Problem]:
    # Ad-hoc task officers are wage earners by definition: the BPU wage-earner rule is not theirs.
    out = _adhoc(reg, scheme) if scheme is not None and scheme.is_adhoc else _eligible(reg, scheme)
    if reg.occupation and canonical_occupation(reg.occupation) is None:
        out.append(error("occupation", "occupation.unknown", M_OCCUPATION, value=reg.occupation))
    if reg.occupation == OTHER and not reg.occupation_other:
        out.append(error("occupation_other", "occupation.other", M_OCCUPATION_OTHER))
    if reg.income is not None and reg.income < 0:
        out.append(error("income", "income.negative", M_INCOME))
    elif reg.income is not None and reg.income > MAX_INCOME:
        out.append(error("income", "income.high", M_INCOME_HIGH, value=format_rupiah(reg.income)))
    for program in reg.programs:
        if program not in PROGRAMS:
            out.append(error("programs", "program.unknown", M_PROGRAM_UNKNOWN, value=program))
    if not has_base(reg.programs):
        out.append(error("programs", "program.base", M_PROGRAMS))
    return out


def _coverage(reg: Registration, scheme: Scheme | None) -> list[Problem]:
    if scheme is None:
        return [error("scheme_id", "scheme.required", M_SCHEME)]
    out = []
    for name in ("coverage_start", "coverage_end"):
        if getattr(reg, name) is None:
            out.append(error(name, "required", M_REQUIRED, field=_label(name)))
    start, end = reg.coverage_start, reg.coverage_end
    if start and end and end < start:
        out.append(error("coverage_end", "period.order", M_PERIOD_ORDER))
    elif start and end and (start < scheme.coverage_start or end > scheme.coverage_end):
        out.append(error("coverage_start", "period.scheme", M_PERIOD_SCHEME,
                         start=scheme.coverage_start.label(), end=scheme.coverage_end.label()))
    if start and reg.birth_date:
        on = scheme.task_start if scheme.is_adhoc and scheme.task_start else start.first_day()
        age = age_on(reg.birth_date, on)
        if not scheme.min_age <= age <= scheme.max_age:
            shown = format_date_long(on) if scheme.is_adhoc else start.label()
            out.append(error("birth_date", "age.window", M_AGE, start=shown, age=age,
                             min_age=scheme.min_age, max_age=scheme.max_age))
    return out


def _heirs(reg: Registration, regions: RegionDirectory, today: date) -> list[Problem]:
    if not reg.heirs:
        return [warning("heirs", "heir.none", M_NO_HEIR)]
    out = []
    for i, heir in enumerate(reg.heirs):
        n, prefix = i + 1, f"heirs[{i}]"
        if not heir.name:
            out.append(error(f"{prefix}.name", "heir.name", M_HEIR_NAME, n=n))
        elif not _NAME_OK.fullmatch(heir.name):
            out.append(error(f"{prefix}.name", "name_chars", M_NAME_CHARS, field=_label("heirs")))
        if not heir.relationship:
            out.append(error(f"{prefix}.relationship", "heir.relationship", M_HEIR_REL, n=n))
        if heir.nik:
            if heir.nik == reg.nik:
                out.append(error(f"{prefix}.nik", "heir.self", M_HEIR_SELF, n=n))
            for p in parse_nik(heir.nik, regions, today=today, field_name=f"{prefix}.nik").errors:
                out.append(error(p.field, p.code, M_HEIR_NIK, n=n, detail=p.text()))
        if heir.phone and not norm.phone_is_valid(heir.phone):
            out.append(error(f"{prefix}.phone", "phone.invalid", M_PHONE, value=heir.phone))
    return out


def _legal(reg: Registration) -> list[Problem]:
    if reg.legal_basis not in (LegalBasis.PUBLIC_TASK, LegalBasis.CONSENT):
        return [error("legal_basis", "legal.required", M_LEGAL)]
    if reg.legal_basis == LegalBasis.CONSENT and reg.consent_date is None:
        return [error("consent_date", "legal.consent_date", M_CONSENT_DATE)]
    return []


def _for_scheme(reg: Registration, scheme: Scheme | None) -> Registration:
    """An ad-hoc officer's honorarium defaults from the scheme; post and honorarium are kept only
    under an ad-hoc scheme."""
    if scheme is None:
        return reg
    if not scheme.is_adhoc:
        return replace(reg, post="", honorarium=None)
    return replace(reg, honorarium=scheme.honorarium) if reg.honorarium is None else reg


def validate(reg: Registration, scheme: Scheme | None, regions: RegionDirectory, *, today: date) -> ValidationResult:
    """Normalise ``reg`` and check every rule; the result carries the tidied copy."""
    clean = _for_scheme(normalized(reg), scheme)
    problems = (_required(clean) + _identity(clean, regions, today) + _contact(clean, regions)
                + _work(clean, scheme) + _coverage(clean, scheme) + _heirs(clean, regions, today) + _legal(clean))
    return ValidationResult(clean, problems)


def default_period(scheme: Scheme, today: date) -> tuple[YearMonth, YearMonth]:
    """Coverage for a new registration: from this month (or the scheme's start) to its end; an
    ad-hoc officer is covered for the whole task (the months its days fall in)."""
    if scheme.is_adhoc:
        return scheme.coverage_start, scheme.coverage_end
    start = max(scheme.coverage_start, YearMonth.of(today))
    return min(start, scheme.coverage_end), scheme.coverage_end
