"""Aggregate queries for the supervisor's report: every active registration's BPJS state, grouped
so the service can count and cost them with the one money rule (``domain.contribution``).

The state of a person (``domain.coverage.CoverageState``) comes from the registration and the open
batch they wait in (draft, locked or submitted, BPJS not yet answered for them; the newest such
batch): accepted when BPJS said so, else corrected (in a correction batch), draft, exported or sent
by that batch, else rejected when BPJS said so, else in no batch (``state_of``).

The queries read only the two covering indexes of migration m013, never the rows, and each walks
its index in the order it groups by, so no GROUP BY sorts 100,000 people. The money query looks up
the open batch only for people BPJS has not accepted and gathers those batches' codes per group
(``group_concat``) instead of grouping by them; the people query (occupation, sex, age) needs no
batch at all, since only "accepted or not" matters there, and counts the age groups by ``sum()``.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from desktop_app.domain.coverage import AGE_GROUPS
from desktop_app.domain.dates import YearMonth
from desktop_app.storage.codec import programs_from_text

# The open batch's kind/status as a code: 1 corrected, 2 draft, 3 exported, 4 sent (NULL: none).
OPEN_STATES = ("corrected", "draft", "exported", "sent")
_OPEN_CODE = """(SELECT CASE WHEN b.kind = 'correction' THEN '1' WHEN b.status = 'draft' THEN '2'
                      WHEN b.status = 'locked' THEN '3' ELSE '4' END
   FROM batch_items bi JOIN batches b ON b.id = bi.batch_id
   WHERE bi.registration_id = r.id AND bi.result = '' AND b.status IN ('draft', 'locked', 'submitted')
   ORDER BY bi.batch_id DESC LIMIT 1)"""
# What costs the same (with the scheme), in the order of the index registrations_report.
_MONEY_COLUMNS = ("r.scheme_id, r.village_code, r.bpjs_status, r.programs, r.coverage_start, r.coverage_end, "
                  "r.income, r.honorarium, r.origin_office")


def state_of(bpjs_status: str, open_code: int) -> str:
    """The report state of a person from their BPJS answer and their open batch's code (0: none)."""
    if bpjs_status == "diterima":
        return "accepted"
    if open_code:
        return OPEN_STATES[open_code - 1]
    return "rejected" if bpjs_status == "ditolak" else "unbatched"


def age_cutoffs(on: date) -> list[str]:
    """For each of ``AGE_GROUPS`` (low, high): the birth dates of that age at ``on`` are those
    ``<= first`` and ``> second`` (ISO text). Someone is at least n years old on ``on`` exactly when
    they were born on or before the same day n years earlier."""
    def cutoff(years: int) -> str:
        return f"{on.year - years:04d}-{on:%m-%d}"

    return [edge for low, high in AGE_GROUPS for edge in (cutoff(low), cutoff(high + 1))]


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

    def money(self, scheme_id: int | None, period=None) -> list[tuple]:
        """Every active person once, as (scheme id, village code, state, programs, income, first month,
        last month, honorarium, people, office of origin): the people of one state who cost the same under their scheme
        (the income as entered; the service drops it under a fixed-base scheme)."""
        where, params = _filter(scheme_id, period)
        rows = self.db.execute(
            f"SELECT {_MONEY_COLUMNS}, count(*), group_concat(CASE WHEN r.bpjs_status = 'diterima' THEN NULL "
            f"ELSE {_OPEN_CODE} END, '') FROM registrations r INDEXED BY registrations_report "
            f"WHERE r.deleted_at IS NULL{where} GROUP BY {_MONEY_COLUMNS}", params).fetchall()
        months: dict[str, YearMonth] = {}
        programs: dict[str, tuple[str, ...]] = {}
        out = []
        for sid, village, status, programs_text, start, end, income, honorarium, office, n, codes in rows:
            first = months.get(start) or months.setdefault(start, YearMonth.parse(start))
            last = months.get(end) or months.setdefault(end, YearMonth.parse(end))
            kinds = programs.get(programs_text) or programs.setdefault(programs_text, programs_from_text(programs_text))
            opened = [codes.count(str(code)) for code in range(1, len(OPEN_STATES) + 1)] if codes else []
            for code, count in enumerate((n - sum(opened), *opened)):
                if count:
                    out.append((sid, village, state_of(status, code), kinds, income, first, last, honorarium, count,
                                office))
        return out

    def people(self, scheme_id: int | None, on: date, period=None) -> list[tuple[bool, str, str, int, int]]:
        """(accepted, sex, occupation, age group index at ``on``, people) of every active person; the
        last age group index is any other age (or no birth date)."""
        where, params = _filter(scheme_id, period)
        in_group = ", ".join("count(CASE WHEN r.birth_date <= ? AND r.birth_date > ? THEN 1 END)" for _ in AGE_GROUPS)
        out = []
        for sex, occupation, status, n, *groups in self.db.execute(
                f"SELECT r.sex, r.occupation, r.bpjs_status, count(*), {in_group} "
                f"FROM registrations r INDEXED BY registrations_report_people WHERE r.deleted_at IS NULL{where} "
                "GROUP BY r.sex, r.occupation, r.bpjs_status", age_cutoffs(on) + params).fetchall():
            for group, count in enumerate((*groups, n - sum(groups))):
                if count:
                    out.append((status == "diterima", sex, occupation, group, count))
        return out

    def registered_per_month(self, scheme_id: int | None, period=None) -> list[tuple[str, int]]:
        """("YYYY-MM", registrations entered that month), oldest first."""
        where, params = _filter(scheme_id, period)
        return self.db.execute(
            "SELECT substr(r.created_at, 1, 7), count(*) FROM registrations r INDEXED BY registrations_report_people "
            f"WHERE r.deleted_at IS NULL{where} "
            "GROUP BY 1 ORDER BY 1", params).fetchall()
