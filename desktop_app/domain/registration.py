"""A registration: one worker enrolled in one scheme, with heirs and a legal basis."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.programs import BASE_PROGRAMS
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


SEX_LABELS = {Sex.MALE: QT_TRANSLATE_NOOP("Registration", "Laki-laki"),
              Sex.FEMALE: QT_TRANSLATE_NOOP("Registration", "Perempuan")}
SEX_SHORT_LABELS = {Sex.MALE: QT_TRANSLATE_NOOP("Registration", "L"),
                    Sex.FEMALE: QT_TRANSLATE_NOOP("Registration", "P")}


def sex_label(sex: str, *, short: bool = False) -> str:
    """How a sex is shown: "Laki-laki"/"Perempuan" (short: "L"/"P"); an unknown value as stored."""
    if sex not in SEX_LABELS:
        return sex
    return tr((SEX_SHORT_LABELS if short else SEX_LABELS)[Sex(sex)])


def spouse_relationship(sex: str) -> str:
    """The heir relationship of a married person's spouse: a man's wife, a woman's husband."""
    return {Sex.MALE: "Istri", Sex.FEMALE: "Suami"}.get(sex, "")


def usual_heir_relationship(position: int, sex: str, married: bool, first_relationship: str) -> str:
    """What the heir in row ``position`` (0-based) usually is: a married person's first heir is the
    spouse, and the heirs listed after the spouse are children. "" when there is no usual answer."""
    if position == 0:
        return spouse_relationship(sex) if married else ""
    return "Anak" if first_relationship in ("Istri", "Suami") else ""


class LegalBasis(StrEnum):
    """Why the office may process the data (UU 27/2022)."""

    PUBLIC_TASK = "tugas_publik"
    CONSENT = "persetujuan"


LEGAL_BASIS_LABELS = {
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Registration", "Pelaksanaan tugas pelayanan publik"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Registration", "Persetujuan tertulis/lisan peserta"),
}

class MaritalStatus(StrEnum):
    """Stored values; "" when the officer did not record it."""

    NOT_RECORDED = ""
    SINGLE = "belum_kawin"
    MARRIED = "kawin"
    DIVORCED = "cerai_hidup"
    WIDOWED = "cerai_mati"


MARITAL_LABELS = {
    MaritalStatus.NOT_RECORDED: QT_TRANSLATE_NOOP("Registration", "(tidak dicatat)"),
    MaritalStatus.SINGLE: QT_TRANSLATE_NOOP("Registration", "Belum kawin"),
    MaritalStatus.MARRIED: QT_TRANSLATE_NOOP("Registration", "Kawin"),
    MaritalStatus.DIVORCED: QT_TRANSLATE_NOOP("Registration", "Cerai hidup"),
    MaritalStatus.WIDOWED: QT_TRANSLATE_NOOP("Registration", "Cerai mati"),
}


def marital_label(status: str) -> str:
    """How a marital status is shown ("Kawin"); an unknown value as stored."""
    return tr(MARITAL_LABELS[MaritalStatus(status)]) if status in MARITAL_LABELS else status

HEIR_RELATIONSHIPS = (
    QT_TRANSLATE_NOOP("Heir", "Suami"),
    QT_TRANSLATE_NOOP("Heir", "Istri"),
    QT_TRANSLATE_NOOP("Heir", "Anak"),
    QT_TRANSLATE_NOOP("Heir", "Ayah"),
    QT_TRANSLATE_NOOP("Heir", "Ibu"),
    QT_TRANSLATE_NOOP("Heir", "Saudara Kandung"),
    QT_TRANSLATE_NOOP("Heir", "Cucu"),
    QT_TRANSLATE_NOOP("Heir", "Kakek"),
    QT_TRANSLATE_NOOP("Heir", "Nenek"),
    QT_TRANSLATE_NOOP("Heir", "Lainnya"),
)


class BpjsStatus(StrEnum):
    NONE = ""
    ACCEPTED = "diterima"
    REJECTED = "ditolak"


REGISTRATION_STATUS_LABELS = {
    "deleted": QT_TRANSLATE_NOOP("Registration", "Dihapus"),
    BpjsStatus.ACCEPTED: QT_TRANSLATE_NOOP("Registration", "Diterima BPJS"),
    BpjsStatus.REJECTED: QT_TRANSLATE_NOOP("Registration", "Ditolak BPJS"),
    BpjsStatus.NONE: QT_TRANSLATE_NOOP("Registration", "Aktif"),
}


def registration_status_label(bpjs_status: str, deleted: bool) -> str:
    """How a registration's state reads in a list: deleted, accepted or rejected by BPJS, or active."""
    key = "deleted" if deleted else bpjs_status if bpjs_status in REGISTRATION_STATUS_LABELS else BpjsStatus.NONE
    return tr(REGISTRATION_STATUS_LABELS[key])


@dataclass
class Heir:
    name: str = ""
    relationship: str = ""
    nik: str = ""
    phone: str = ""


@dataclass
class Registration:
    """Every field DOMAIN.md lists under "What a registration holds"."""

    nik: str = ""
    full_name: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: str = ""
    mother_name: str = ""
    kk_number: str = ""
    marital_status: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    village_code: str = ""
    phone: str = ""
    email: str = ""
    occupation: str = ""
    occupation_other: str = ""
    income: int | None = None
    programs: tuple[str, ...] = BASE_PROGRAMS
    scheme_id: int | None = None
    coverage_start: YearMonth | None = None
    coverage_end: YearMonth | None = None
    heirs: list[Heir] = field(default_factory=list)
    legal_basis: str = LegalBasis.PUBLIC_TASK.value
    consent_date: date | None = None
    consent_note: str = ""
    kpj: str = ""
    bpjs_status: str = BpjsStatus.NONE.value
    bpjs_reason: str = ""
    note: str = ""
    # An ad-hoc task officer (``domain.adhoc``): the post (PPK/PPS/KPPS) and the honorarium per
    # month declared for them (None: the scheme's default).
    post: str = ""
    honorarium: int | None = None
    # Set by storage.
    id: str = ""
    seq: int | None = None
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    deleted_at: datetime | None = None
    deleted_by: str = ""
    deleted_reason: str = ""
    print_count: int = 0
    # The office (``office_identity`` code) that created / last changed the row, and the number it was
    # printed with before its office had a number (``domain.regnumber``).
    origin_office: str = ""
    updated_office: str = ""
    legacy_seq: int | None = None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def copy(self, **changes) -> Registration:
        """A copy with ``changes`` applied; heirs are copied too (also when ``heirs`` is among the changes)."""
        heirs = changes.pop("heirs", self.heirs)
        return replace(self, heirs=[replace(h) for h in heirs], **changes)


FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("Field", "NIK"),
    "full_name": QT_TRANSLATE_NOOP("Field", "Nama lengkap"),
    "birth_place": QT_TRANSLATE_NOOP("Field", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("Field", "Jenis kelamin"),
    "mother_name": QT_TRANSLATE_NOOP("Field", "Nama ibu kandung"),
    "kk_number": QT_TRANSLATE_NOOP("Field", "Nomor KK"),
    "marital_status": QT_TRANSLATE_NOOP("Field", "Status perkawinan"),
    "address": QT_TRANSLATE_NOOP("Field", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("Field", "RT"),
    "rw": QT_TRANSLATE_NOOP("Field", "RW"),
    "village_code": QT_TRANSLATE_NOOP("Field", "Desa/Kelurahan"),
    "phone": QT_TRANSLATE_NOOP("Field", "Nomor HP"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "occupation": QT_TRANSLATE_NOOP("Field", "Pekerjaan"),
    "occupation_other": QT_TRANSLATE_NOOP("Field", "Pekerjaan lainnya"),
    "income": QT_TRANSLATE_NOOP("Field", "Penghasilan per bulan"),
    "programs": QT_TRANSLATE_NOOP("Field", "Program"),
    "scheme_id": QT_TRANSLATE_NOOP("Field", "Skema"),
    "coverage_start": QT_TRANSLATE_NOOP("Field", "Awal perlindungan"),
    "coverage_end": QT_TRANSLATE_NOOP("Field", "Akhir perlindungan"),
    "heirs": QT_TRANSLATE_NOOP("Field", "Ahli waris"),
    "legal_basis": QT_TRANSLATE_NOOP("Field", "Dasar pemrosesan data"),
    "consent_date": QT_TRANSLATE_NOOP("Field", "Tanggal persetujuan"),
    "consent_note": QT_TRANSLATE_NOOP("Field", "Catatan persetujuan"),
    "kpj": QT_TRANSLATE_NOOP("Field", "Nomor KPJ"),
    "note": QT_TRANSLATE_NOOP("Field", "Catatan"),
    "post": QT_TRANSLATE_NOOP("Field", "Jabatan petugas ad hoc"),
    "honorarium": QT_TRANSLATE_NOOP("Field", "Honorarium per bulan"),
}
