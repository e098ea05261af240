"""Numbers for the supervisor: who is covered, where, and what it costs (integer rupiah)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.contribution import monthly_for_person
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.regions import district_of
from desktop_app.services.context import Context


@dataclass
class SchemeCost:
    scheme_id: int
    name: str
    people: int
    monthly: int          # one month with everyone covered
    period_total: int     # every person for every month of their coverage


@dataclass
class Stats:
    total: int
    deleted: int
    by_village: list[dict] = field(default_factory=list)
    by_occupation: list[dict] = field(default_factory=list)
    by_sex: dict = field(default_factory=dict)
    by_scheme: list[SchemeCost] = field(default_factory=list)

    @property
    def monthly(self) -> int:
        return sum(s.monthly for s in self.by_scheme)

    @property
    def annual(self) -> int:
        return self.monthly * 12

    @property
    def period_total(self) -> int:
        return sum(s.period_total for s in self.by_scheme)

    def as_dict(self) -> dict:
        return {
            "total": self.total, "deleted": self.deleted, "by_village": self.by_village,
            "by_occupation": self.by_occupation, "by_sex": self.by_sex,
            "by_scheme": [vars(s) for s in self.by_scheme],
            "contribution": {"monthly": self.monthly, "annual": self.annual, "period_total": self.period_total},
        }


class StatsService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.store.db

    def _group(self, column: str, scheme_id: int | None, batch_id: int | None = None) -> list[tuple]:
        where, params = self._where(scheme_id, batch_id)
        return self.db.execute(f"SELECT {column}, count(*) FROM registrations{where} GROUP BY {column} "
                               f"ORDER BY count(*) DESC, {column}", params).fetchall()

    @staticmethod
    def _where(scheme_id: int | None, batch_id: int | None = None) -> tuple[str, list]:
        clauses, params = ["deleted_at IS NULL"], []
        if scheme_id is not None:
            clauses.append("scheme_id = ?")
            params.append(scheme_id)
        if batch_id is not None:
            clauses.append("id IN (SELECT registration_id FROM batch_items WHERE batch_id = ?)")
            params.append(batch_id)
        return " WHERE " + " AND ".join(clauses), params

    def compute(self, scheme_id: int | None = None, batch_id: int | None = None) -> Stats:
        """Counts and costs of active people: everyone, one scheme, or one batch's members."""
        where, params = self._where(scheme_id, batch_id)
        total = self.db.execute(f"SELECT count(*) FROM registrations{where}", params).fetchone()[0]
        deleted = self.db.execute("SELECT count(*) FROM registrations WHERE deleted_at IS NOT NULL").fetchone()[0]
        regions = self.ctx.regions
        villages = []
        for code, count in self._group("village_code", scheme_id, batch_id):
            region = regions.get(code)
            district = regions.get(district_of(code))
            villages.append({"code": code, "name": region.name if region else "?",
                             "district": district.name if district else "?", "count": count})
        stats = Stats(total, deleted, villages,
                      [{"occupation": o, "count": c} for o, c in self._group("occupation", scheme_id, batch_id)],
                      {s: c for s, c in self._group("sex", scheme_id, batch_id)})
        stats.by_scheme = self.costs(scheme_id, batch_id)
        return stats

    def costs(self, scheme_id: int | None = None, batch_id: int | None = None) -> list[SchemeCost]:
        """Contribution per scheme, from groups of people who cost the same."""
        store = self.ctx.store
        discounts = store.schemes.discounts()
        out = []
        for scheme in store.schemes.all():
            if scheme_id is not None and scheme.id != scheme_id:
                continue
            table = store.schemes.rate_table(scheme.rate_version)
            where, params = self._where(scheme.id, batch_id)
            rows = self.db.execute(
                f"SELECT programs, income, coverage_start, coverage_end, count(*) FROM registrations{where} "
                "GROUP BY 1, 2, 3, 4", params).fetchall()
            people = monthly = period = 0
            for programs, income, start, end, count in rows:
                first, last = YearMonth.parse(start), YearMonth.parse(end)
                costs = [monthly_for_person(table, tuple(programs.split(",")), income=income,
                                            fixed_base=scheme.income_base, funding=scheme.funding_source,
                                            month=first.plus(i), discounts=discounts).total
                         for i in range(first.months_until(last))]
                people += count
                monthly += costs[0] * count
                period += sum(costs) * count
            out.append(SchemeCost(scheme.id, scheme.name, people, monthly, period))
        return out
