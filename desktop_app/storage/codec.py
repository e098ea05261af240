"""Convert between domain records and table rows (dates as ISO text, lists as CSV)."""

from __future__ import annotations

import json
from datetime import date, datetime

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.registration import Heir, Registration
from desktop_app.domain.scheme import FundingSource, Scheme, SchemeKind

_REG_COLUMNS = (
    "id", "seq", "nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "kk_number",
    "marital_status", "address", "rt", "rw", "village_code", "phone", "email", "occupation",
    "occupation_other", "income", "programs", "scheme_id", "coverage_start", "coverage_end",
    "legal_basis", "consent_date", "consent_note", "kpj", "bpjs_status", "bpjs_reason", "note",
    "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by",
    "deleted_reason", "print_count", "post", "honorarium", "origin_office", "updated_office", "legacy_seq",
)
REGISTRATION_COLUMNS = _REG_COLUMNS


def _iso(value: date | datetime | YearMonth | None) -> str | None:
    return value.isoformat() if isinstance(value, (date, datetime)) else (value.iso() if value else None)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _month(text: str | None) -> YearMonth | None:
    return YearMonth.parse(text) if text else None


def programs_to_text(programs: tuple[str, ...]) -> str:
    """How a list of programs is stored: ``JKK,JKM``."""
    return ",".join(programs)


def programs_from_text(text: str | None) -> tuple[str, ...]:
    return tuple(p for p in (text or "").split(",") if p)


def registration_to_row(reg: Registration) -> dict:
    values = reg.__dict__
    row = {name: values[name] for name in _REG_COLUMNS}
    for name in ("birth_date", "consent_date", "coverage_start", "coverage_end", "created_at",
                 "updated_at", "deleted_at"):
        row[name] = _iso(row[name])
    row["programs"] = programs_to_text(reg.programs)
    return row


def registration_from_row(row: dict, heirs: list[dict] | None = None) -> Registration:
    values = {name: row[name] for name in _REG_COLUMNS if name in row}
    for name in ("birth_date", "consent_date"):
        values[name] = _date(values.get(name))
    for name in ("coverage_start", "coverage_end"):
        values[name] = _month(values.get(name))
    for name in ("created_at", "updated_at", "deleted_at"):
        values[name] = _datetime(values.get(name))
    values["programs"] = programs_from_text(values.get("programs"))
    values["heirs"] = [Heir(h["name"], h["relationship"], h["nik"], h["phone"]) for h in heirs or []]
    return Registration(**values)


def registration_snapshot(reg: Registration, row: dict | None = None) -> dict:
    """JSON-safe dict of every field, heirs included (for the audit log); ``row`` is ``reg``'s table row when
    the caller has it already."""
    row = dict(row) if row is not None else registration_to_row(reg)
    row["heirs"] = [{"name": h.name, "relationship": h.relationship, "nik": h.nik, "phone": h.phone}
                    for h in reg.heirs]
    return row


def scheme_to_row(scheme: Scheme) -> dict:
    return {
        "id": scheme.id, "name": scheme.name, "funding_source": scheme.funding_source.value,
        "payer_name": scheme.payer_name, "wadah_code": scheme.wadah_code, "pks_number": scheme.pks_number,
        "coverage_start": scheme.coverage_start.iso(), "coverage_end": scheme.coverage_end.iso(),
        "min_age": scheme.min_age, "max_age": scheme.max_age, "programs": programs_to_text(scheme.programs),
        "rate_version": scheme.rate_version, "income_base": scheme.income_base,
        "target_participants": scheme.target_participants, "budget": scheme.budget,
        "is_default": int(scheme.is_default), "active": int(scheme.active), "extra": json.dumps(scheme.extra),
        "kind": scheme.kind.value, "agency": scheme.agency, "task_start": _iso(scheme.task_start),
        "task_end": _iso(scheme.task_end), "honorarium": scheme.honorarium, "risk_class": scheme.risk_class,
    }


def scheme_from_row(row: dict) -> Scheme:
    return Scheme(
        id=row["id"], name=row["name"], funding_source=FundingSource(row["funding_source"]),
        payer_name=row["payer_name"], wadah_code=row["wadah_code"], pks_number=row["pks_number"],
        coverage_start=YearMonth.parse(row["coverage_start"]), coverage_end=YearMonth.parse(row["coverage_end"]),
        min_age=row["min_age"], max_age=row["max_age"], programs=programs_from_text(row["programs"]),
        rate_version=row["rate_version"], income_base=row["income_base"],
        target_participants=row["target_participants"], budget=row["budget"],
        is_default=bool(row["is_default"]), active=bool(row["active"]), extra=json.loads(row["extra"] or "{}"),
        kind=SchemeKind(row.get("kind") or SchemeKind.BPU), agency=row.get("agency") or "",
        task_start=_date(row.get("task_start")), task_end=_date(row.get("task_end")),
        honorarium=row.get("honorarium"), risk_class=row.get("risk_class"),
    )
