"""Aggregate queries for the supervisor's report: every active registration's BPJS state, grouped
so the service can count and cost them with the one money rule (``domain.contribution``).

The state of a person (``domain.coverage.CoverageState``) comes from one CASE over the
registration and the open batch they wait in (draft, locked or submitted, BPJS not yet answered
for them): accepted, in a correction batch, in a draft, exported, sent, rejected, or in no batch.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop_app.domain.contribution import Cover
from desktop_app.domain.coverage import AGE_GROUPS
from desktop_app.domain.dates import YearMonth
from desktop_app.storage.codec import programs_from_text

STATE_SQL = """
CASE WHEN r.bpjs_status = 'diterima' THEN 'accepted'
     WHEN ob.kind = 'correction' THEN 'corrected'
     WHEN ob.status = 'draft' THEN 'draft'
     WHEN ob.status = 'locked' THEN 'exported'
     WHEN ob.status = 'submitted' THEN 'sent'
     WHEN r.bpjs_status = 'ditolak' THEN 'rejected'
     ELSE 'unbatched' END
"""
_FROM = """
FROM registrations r
LEFT JOIN (SELECT bi.registration_id AS rid, max(bi.batch_id) AS bid FROM batch_items bi
           JOIN batches b ON b.id = bi.batch_id
           WHERE bi.result = '' AND b.status IN ('draft', 'locked', 'submitted')
           GROUP BY bi.registration_id) o ON o.rid = r.id
LEFT JOIN batches ob ON ob.id = o.bid
JOIN schemes sc ON sc.id = r.scheme_id
WHERE r.deleted_at IS NULL
"""
# Income matters to the cost only under a scheme without a fixed income base.
_INCOME = "CASE WHEN sc.income_base IS NULL THEN r.income END"
# Age group (index into ``domain.coverage.AGE_GROUPS``; the last index for any other age).
_AGE = ("(CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(r.birth_date, 1, 4) AS INTEGER) "
        "- (substr(?, 6, 5) < substr(r.birth_date, 6, 5)))")
_AGE_GROUP = "CASE " + " ".join(f"WHEN {_AGE} BETWEEN {low} AND {high} THEN {i}"
                                for i, (low, high) in enumerate(AGE_GROUPS)) + f" ELSE {len(AGE_GROUPS)} END"


def _filter(scheme_id: int | None, period: tuple[YearMonth, YearMonth] | None) -> tuple[str, list]:
    """One scheme (or all); people whose coverage overlaps ``period`` (or everyone)."""
    sql, params = "", []
    if scheme_id is not None:
        sql, params = " AND r.scheme_id = ?", [scheme_id]
    if period is not None:
        sql += " AND r.coverage_start <= ? AND r.coverage_end >= ?"
        params += [period[1].iso(), period[0].iso()]
    return sql, params


class ReportRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def groups(self, scheme_id: int | None, on: str, period=None) -> list[tuple]:
        """Every active person once, grouped by what the report needs: (scheme id, village code, state,
        people who cost the same as a ``Cover``, sex, occupation, age group index at ``on``, office of
        origin) — one pass over the registrations and their open batch for the money, the areas, the
        offices and the people."""
        where, params = _filter(scheme_id, period)
        rows = self.db.execute(
            f"SELECT r.scheme_id, r.village_code, {STATE_SQL} AS state, r.programs, {_INCOME}, r.coverage_start, "
            f"r.coverage_end, r.sex, r.occupation, {_AGE_GROUP}, r.honorarium, r.origin_office, count(*) "
            f"{_FROM}{where} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12",
            [on, on] * len(AGE_GROUPS) + params).fetchall()
        months: dict[str, YearMonth] = {}
        month = lambda text: months.get(text) or months.setdefault(text, YearMonth.parse(text))  # noqa: E731
        return [(sid, village, state, Cover(n, programs_from_text(programs), income, month(start), month(end),
                                            honorarium), sex, occupation, age, office)
                for sid, village, state, programs, income, start, end, sex, occupation, age, honorarium, office, n
                in rows]

    def registered_per_month(self, scheme_id: int | None, period=None) -> list[tuple[str, int]]:
        """("YYYY-MM", registrations entered that month), oldest first."""
        where, params = _filter(scheme_id, period)
        return self.db.execute(
            f"SELECT substr(r.created_at, 1, 7), count(*) FROM registrations r WHERE r.deleted_at IS NULL{where} "
            "GROUP BY 1 ORDER BY 1", params).fetchall()
