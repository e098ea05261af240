"""Aggregate queries for the statistics: counts of active registrations by a column, and the
groups of people who cost the same (``domain.contribution.Cover``) for the money rule."""

from __future__ import annotations

from sqlite_utils import Database

from desktop_app.domain.contribution import Cover
from desktop_app.domain.dates import YearMonth
from desktop_app.storage.codec import programs_from_text

GROUPABLE = ("village_code", "occupation", "sex")


def _where(scheme_id: int | None, batch_id: int | None) -> tuple[str, list]:
    clauses, params = ["deleted_at IS NULL"], []
    if scheme_id is not None:
        clauses.append("scheme_id = ?")
        params.append(scheme_id)
    if batch_id is not None:
        clauses.append("id IN (SELECT registration_id FROM batch_items WHERE batch_id = ?)")
        params.append(batch_id)
    return " WHERE " + " AND ".join(clauses), params


class StatsRepo:
    """Active registrations of everyone, one scheme, or one batch's members."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, scheme_id: int | None = None, batch_id: int | None = None) -> int:
        where, params = _where(scheme_id, batch_id)
        return self.db.execute(f"SELECT count(*) FROM registrations{where}", params).fetchone()[0]

    def deleted(self) -> int:
        return self.db.execute("SELECT count(*) FROM registrations WHERE deleted_at IS NOT NULL").fetchone()[0]

    def grouped(self, column: str, scheme_id: int | None = None, batch_id: int | None = None) -> list[tuple]:
        """(value, count) pairs, most first."""
        if column not in GROUPABLE:
            raise ValueError(f"cannot group by {column!r}")
        where, params = _where(scheme_id, batch_id)
        return self.db.execute(f"SELECT {column}, count(*) FROM registrations{where} GROUP BY {column} "
                               f"ORDER BY count(*) DESC, {column}", params).fetchall()

    def covers(self, scheme_id: int, batch_id: int | None = None) -> list[Cover]:
        """The scheme's people grouped by what they cost: programs, income, coverage months, honorarium."""
        where, params = _where(scheme_id, batch_id)
        rows = self.db.execute(f"SELECT programs, income, coverage_start, coverage_end, honorarium, count(*) "
                               f"FROM registrations{where} GROUP BY 1, 2, 3, 4, 5", params).fetchall()
        return [Cover(count, programs_from_text(programs), income, YearMonth.parse(start), YearMonth.parse(end),
                      honorarium)
                for programs, income, start, end, honorarium, count in rows]
