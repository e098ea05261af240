"""Schemes: who pays, under which agreement, for which months, for whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.programs import BASE_PROGRAMS
from desktop_app.i18n import QT_TRANSLATE_NOOP


class FundingSource(StrEnum):
    APBD_KABKOTA = "apbd_kabkota"
    APBD_PROV = "apbd_prov"
    APBDES = "apbdes"
    CSR = "csr"
    MANDIRI = "mandiri"

    @property
    def label(self) -> str:
        return FUNDING_LABELS[self]

    @property
    def is_government_budget(self) -> bool:
        """APBD money: the PP 50/2025 discount never applies to it."""
        return self in (FundingSource.APBD_KABKOTA, FundingSource.APBD_PROV)


FUNDING_LABELS = {
    FundingSource.APBD_KABKOTA: QT_TRANSLATE_NOOP("Funding", "APBD Kabupaten/Kota"),
    FundingSource.APBD_PROV: QT_TRANSLATE_NOOP("Funding", "APBD Provinsi"),
    FundingSource.APBDES: QT_TRANSLATE_NOOP("Funding", "APBDes"),
    FundingSource.CSR: QT_TRANSLATE_NOOP("Funding", "CSR/Perusahaan"),
    FundingSource.MANDIRI: QT_TRANSLATE_NOOP("Funding", "Mandiri"),
}

# BPJS collective "wadah" type per funding source (configurable per scheme).
DEFAULT_WADAH = {
    FundingSource.APBD_KABKOTA: "SG",
    FundingSource.APBD_PROV: "SG",
    FundingSource.APBDES: "SD",
    FundingSource.CSR: "SC",
    FundingSource.MANDIRI: "",
}
WADAH_CODES = {
    "SG": QT_TRANSLATE_NOOP("Funding", "Pemerintah (APBD)"),
    "SA": QT_TRANSLATE_NOOP("Funding", "Desa, dibayar dari APBD"),
    "SD": QT_TRANSLATE_NOOP("Funding", "Desa, dibayar dari APBDes"),
    "SL": QT_TRANSLATE_NOOP("Funding", "Desa, sumber lain"),
    "SC": QT_TRANSLATE_NOOP("Funding", "Korporasi"),
    "SB": QT_TRANSLATE_NOOP("Funding", "Bank"),
}

class SchemeKind(StrEnum):
    """BPU pekerja rentan (months, income brackets) or ad-hoc task officers (days, share of a
    honorarium; ``domain.adhoc``)."""

    BPU = "bpu"
    ADHOC = "adhoc"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    SchemeKind.BPU: QT_TRANSLATE_NOOP("Funding", "Pekerja rentan (BPU, per bulan)"),
    SchemeKind.ADHOC: QT_TRANSLATE_NOOP("Funding", "Petugas ad hoc (penerima upah, per hari tugas)"),
}

DEFAULT_MIN_AGE = 18
DEFAULT_MAX_AGE = 65
LOWEST_INCOME_BASE = 1_000_000


@dataclass
class Scheme:
    """A funding arrangement: payer, PKS agreement, coverage window and age window.

    ``income_base`` fixes the contribution base for everyone (government schemes
    register all at the lowest base, Rp1,000,000 → Rp16,800); ``None`` means the
    bracket of each person's reported income.
    """

    name: str
    funding_source: FundingSource
    coverage_start: YearMonth
    coverage_end: YearMonth
    rate_version: str
    id: int | None = None
    payer_name: str = ""
    wadah_code: str = ""
    pks_number: str = ""
    min_age: int = DEFAULT_MIN_AGE
    max_age: int = DEFAULT_MAX_AGE
    programs: tuple[str, ...] = BASE_PROGRAMS
    income_base: int | None = LOWEST_INCOME_BASE
    target_participants: int | None = None
    budget: int | None = None
    is_default: bool = False
    active: bool = True
    extra: dict = field(default_factory=dict)
    # An ad-hoc scheme (kind ADHOC): the engaging agency, the task's first and last day (the
    # coverage months are the months they fall in), the default honorarium per person per month
    # and the JKK risk class (1–5) of the work.
    kind: SchemeKind = SchemeKind.BPU
    agency: str = ""
    task_start: date | None = None
    task_end: date | None = None
    honorarium: int | None = None
    risk_class: int | None = None

    @property
    def is_adhoc(self) -> bool:
        return self.kind == SchemeKind.ADHOC

    @property
    def months(self) -> int:
        return self.coverage_start.months_until(self.coverage_end)

    def label(self) -> str:
        if self.is_adhoc and self.task_start and self.task_end:
            return f"{self.name} ({self.task_start:%d/%m/%Y} – {self.task_end:%d/%m/%Y})"
        return f"{self.name} ({self.coverage_start.label()} – {self.coverage_end.label()})"
