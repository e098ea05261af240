"""The columns an export template may name, and how each gets its value from a registration.

A template (``resources/templates/bpjs_peserta.json``, or the office's copy in
the user data folder) lists ``field`` keys, header texts and widths; the cell
format (text, date, rupiah) belongs to the field, so no template can turn a
NIK into a number.

Heirs are numbered columns: the template's heir columns (``heir_name``,
``heir_relationship``, ``heir_nik``, ``heir_phone``) are repeated once per heir,
as many times as the batch's person with the most heirs needs ("NAMA AHLI WARIS 1",
"NAMA AHLI WARIS 2", …), so the sheet stays one row per participant as BPJS's
collective upload expects (see docs/excel.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.domain.adhoc import post_label
from desktop_app.domain.contribution import Cover, PeriodCost, monthly_for_person, period_cost
from desktop_app.domain.occupations import occupation_text
from desktop_app.domain.programs import programs_text
from desktop_app.domain.regions import district_of, province_of, regency_of
from desktop_app.domain.registration import Registration, marital_label
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.scheme import FUNDING_LABELS
from desktop_app.errors import UserError
from desktop_app.formats.xlsx_writer import DATE, MONEY, NUMBER, TEXT, Column
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr
from desktop_app.paths import resource, user_data_dir

TEMPLATE_NAME = "bpjs_peserta.json"
TEMPLATE_ADHOC = "bpjs_peserta_pu.json"   # ad-hoc task officers: wage earners (upah, JKK risk class, task days)
M_TEMPLATE_READ = QT_TRANSLATE_NOOP("Export", "Templat ekspor {path} tidak dapat dibaca: {reason}")
M_TEMPLATE_FIELD = QT_TRANSLATE_NOOP("Export", "Templat ekspor {path}: kolom ke-{n} memakai field \"{field}\" yang "
                                     "tidak dikenal. Field yang tersedia: {known}.")
M_TEMPLATE_EMPTY = QT_TRANSLATE_NOOP("Export", "Templat ekspor {path} tidak berisi kolom.")


@dataclass
class RowContext:
    """What the value functions need besides the registration (cached lookups)."""

    regions: object
    scheme: object
    rate_table: object
    discounts: tuple
    index: int = 0

    def region_name(self, code: str) -> str:
        region = self.regions.get(code) if code else None
        return region.name if region else ""


def _heir(reg: Registration, attr: str, number: int = 1) -> str:
    return getattr(reg.heirs[number - 1], attr) if len(reg.heirs) >= number else ""


def _task(reg: Registration, x: RowContext) -> PeriodCost:
    """One ad-hoc officer's days and money by the one rule (``period_cost``)."""
    cover = Cover(1, reg.programs, None, reg.coverage_start or x.scheme.coverage_start,
                  reg.coverage_end or x.scheme.coverage_end, reg.honorarium)
    return period_cost(x.rate_table, x.scheme, [cover])


def _task_day(reg: Registration, x: RowContext, end: int) -> date | None:
    span = _task(reg, x).day_span if x.scheme.is_adhoc else None
    return span[end] if span else None


def _adhoc_only(value: Value) -> Value:
    return lambda r, x: value(r, x) if x.scheme.is_adhoc else None


def _monthly(reg: Registration, x: RowContext) -> int:
    if x.scheme.is_adhoc:
        return _task(reg, x).monthly
    return monthly_for_person(x.rate_table, reg.programs, income=reg.income, fixed_base=x.scheme.income_base,
                              funding=x.scheme.funding_source, month=reg.coverage_start or x.scheme.coverage_start,
                              discounts=x.discounts).total


Value = Callable[[Registration, RowContext], object]
FIELDS: dict[str, tuple[str, Value]] = {
    "row_number": (NUMBER, lambda r, x: x.index),
    "registration_number": (TEXT, lambda r, x: format_number(r.seq) if r.seq else ""),
    "nik": (TEXT, lambda r, x: r.nik),
    "kk_number": (TEXT, lambda r, x: r.kk_number),
    "kpj": (TEXT, lambda r, x: r.kpj),
    "full_name": (TEXT, lambda r, x: r.full_name),
    "birth_place": (TEXT, lambda r, x: r.birth_place),
    "birth_date": (DATE, lambda r, x: r.birth_date),
    "sex": (TEXT, lambda r, x: r.sex),
    "marital_status": (TEXT, lambda r, x: marital_label(r.marital_status).upper() if r.marital_status else ""),
    "mother_name": (TEXT, lambda r, x: r.mother_name),
    "address": (TEXT, lambda r, x: r.address),
    "rt": (TEXT, lambda r, x: r.rt),
    "rw": (TEXT, lambda r, x: r.rw),
    "rt_rw": (TEXT, lambda r, x: f"{r.rt}/{r.rw}" if r.rt or r.rw else ""),
    "village_code": (TEXT, lambda r, x: r.village_code),
    "village_name": (TEXT, lambda r, x: x.region_name(r.village_code)),
    "district_code": (TEXT, lambda r, x: district_of(r.village_code)),
    "district_name": (TEXT, lambda r, x: x.region_name(district_of(r.village_code))),
    "regency_code": (TEXT, lambda r, x: regency_of(r.village_code)),
    "regency_name": (TEXT, lambda r, x: x.region_name(regency_of(r.village_code))),
    "province_code": (TEXT, lambda r, x: province_of(r.village_code)),
    "province_name": (TEXT, lambda r, x: x.region_name(province_of(r.village_code))),
    "phone": (TEXT, lambda r, x: r.phone),
    "email": (TEXT, lambda r, x: r.email),
    "occupation": (TEXT, lambda r, x: occupation_text(r.occupation, r.occupation_other)),
    "income": (MONEY, lambda r, x: r.income),
    "programs": (TEXT, lambda r, x: programs_text(r.programs, ", ")),
    "coverage_start": (DATE, lambda r, x: r.coverage_start.first_day() if r.coverage_start else None),
    "coverage_end": (DATE, lambda r, x: r.coverage_end.last_day() if r.coverage_end else None),
    "contribution_monthly": (MONEY, _monthly),
    "funding_source": (TEXT, lambda r, x: tr(FUNDING_LABELS[x.scheme.funding_source])),
    "wadah_code": (TEXT, lambda r, x: x.scheme.wadah_code),
    "pks_number": (TEXT, lambda r, x: x.scheme.pks_number),
    "scheme_name": (TEXT, lambda r, x: x.scheme.name),
    "heir_name": (TEXT, lambda r, x: _heir(r, "name")),
    "heir_relationship": (TEXT, lambda r, x: _heir(r, "relationship")),
    "heir_nik": (TEXT, lambda r, x: _heir(r, "nik")),
    "heir_phone": (TEXT, lambda r, x: _heir(r, "phone")),
    "note": (TEXT, lambda r, x: r.note),
    # ad-hoc task officers (wage earners): empty under a BPU scheme
    "post": (TEXT, lambda r, x: r.post),
    "post_name": (TEXT, lambda r, x: post_label(r.post) if r.post else ""),
    "agency": (TEXT, lambda r, x: x.scheme.agency),
    "honorarium": (MONEY, _adhoc_only(lambda r, x: r.honorarium if r.honorarium is not None else x.scheme.honorarium)),
    "risk_class": (NUMBER, _adhoc_only(lambda r, x: x.scheme.risk_class)),
    "task_start": (DATE, lambda r, x: _task_day(r, x, 0)),
    "task_end": (DATE, lambda r, x: _task_day(r, x, 1)),
    "task_days": (NUMBER, _adhoc_only(lambda r, x: _task(r, x).person_days)),
    "contribution_daily": (MONEY, _adhoc_only(lambda r, x: _task(r, x).day_rate)),
    "contribution_task": (MONEY, _adhoc_only(lambda r, x: _task(r, x).total)),
}


HEIR_FIELDS = {"heir_name": "name", "heir_relationship": "relationship", "heir_nik": "nik", "heir_phone": "phone"}


@dataclass(frozen=True)
class TemplateColumn:
    field: str
    column: Column
    heir: int = 0          # for a heir column: which heir (1, 2, …)


def expand_heirs(columns: list[TemplateColumn], heirs: int) -> list[TemplateColumn]:
    """The template's heir columns repeated for heirs 1…``heirs`` where the first of them
    stood; numbered headers when there is more than one heir."""
    group = [c for c in columns if c.field in HEIR_FIELDS]
    if not group:
        return columns
    count = max(1, heirs)
    numbered = [TemplateColumn(c.field, Column(f"{c.column.header} {n}" if count > 1 else c.column.header,
                                               c.column.format, c.column.width), n)
                for n in range(1, count + 1) for c in group]
    first = columns.index(group[0])
    rest = [c for c in columns if c.field not in HEIR_FIELDS]
    return rest[:first] + numbered + rest[first:]


def template_path(explicit: Path | None = None, *, adhoc: bool = False) -> Path:
    """The template in force: an explicit file, the office's copy, or the bundled default — the
    wage-earner one (``TEMPLATE_ADHOC``) for an ad-hoc scheme's batch."""
    if explicit:
        return Path(explicit)
    name = TEMPLATE_ADHOC if adhoc else TEMPLATE_NAME
    office_copy = user_data_dir() / "templates" / name
    return office_copy if office_copy.exists() else resource("templates", name)


def _header(spec: object, language: str) -> str:
    if isinstance(spec, dict):
        return str(spec.get(language) or spec.get("id") or next(iter(spec.values()), ""))
    return str(spec)


def load_template(path: Path | None = None, *, adhoc: bool = False) -> list[TemplateColumn]:
    """Columns of the template; a bad file raises a ``UserError`` naming the problem."""
    path = template_path(path, adhoc=adhoc)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        specs = doc["columns"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(tr(M_TEMPLATE_READ, path=path, reason=exc)) from exc
    if not specs:
        raise UserError(tr(M_TEMPLATE_EMPTY, path=path))
    out, language = [], current_language()
    for n, spec in enumerate(specs, 1):
        key = spec.get("field") if isinstance(spec, dict) else None
        if key not in FIELDS:
            raise UserError(tr(M_TEMPLATE_FIELD, path=path, n=n, field=key, known=", ".join(FIELDS)))
        header = _header(spec.get("header", key), language)
        out.append(TemplateColumn(key, Column(header, FIELDS[key][0], float(spec.get("width", 14)))))
    return out


def row_values(reg: Registration, columns: list[TemplateColumn], x: RowContext) -> list:
    values = []
    for col in columns:
        value = _heir(reg, HEIR_FIELDS[col.field], col.heir) if col.heir else FIELDS[col.field][1](reg, x)
        values.append(value.isoformat() if isinstance(value, date) and col.column.format == TEXT else value)
    return values
