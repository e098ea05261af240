"""Numbers for the supervisor: who is covered, where, what it costs, and how that stands against
the schemes' target and budget — one call for the Laporan page, ``lindungi stats`` and a batch's
totals. Money is integer rupiah from the one money rule, ``domain.contribution.period_cost``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop_app.domain.contribution import PeriodCost, period_cost
from desktop_app.domain.cost_text import cost_summary, months_text
from desktop_app.domain.coverage import budget_left
from desktop_app.domain.regions import district_of
from desktop_app.domain.scheme import Scheme
from desktop_app.services.context import Context
from desktop_app.services.report import Period, ReportService


@dataclass
class SchemeCost:
    scheme_id: int
    name: str
    cost: PeriodCost

    @property
    def people(self) -> int:
        return self.cost.people

    @property
    def monthly(self) -> int:
        """One month with everyone covered."""
        return self.cost.monthly

    @property
    def period_total(self) -> int:
        """Every person for every month of their coverage."""
        return self.cost.total

    def as_dict(self) -> dict:
        return {"scheme_id": self.scheme_id, "name": self.name, "people": self.people, "monthly": self.monthly,
                "period_total": self.period_total, "person_months": self.cost.person_months,
                "person_days": self.cost.person_days, "months": months_text(self.cost), "rate": self.cost.rate,
                "day_rate": self.cost.day_rate, "summary": cost_summary(self.cost)}


@dataclass
class Stats:
    total: int
    deleted: int
    by_village: list[dict] = field(default_factory=list)
    by_occupation: list[dict] = field(default_factory=list)
    by_sex: dict = field(default_factory=dict)
    by_scheme: list[SchemeCost] = field(default_factory=list)
    by_district: list[dict] = field(default_factory=list)
    target: int | None = None     # participants the schemes aim at (None: not set)
    budget: int | None = None     # rupiah allocated (None: not set)
    spent: dict[str, PeriodCost] = field(default_factory=dict)   # cost per BPJS state, for the budget

    @property
    def cost(self) -> PeriodCost:
        return sum((s.cost for s in self.by_scheme), PeriodCost())

    @property
    def monthly(self) -> int:
        return self.cost.monthly

    @property
    def annual(self) -> int:
        return self.monthly * 12

    @property
    def period_total(self) -> int:
        return self.cost.total

    @property
    def budget_left(self) -> int | None:
        """The budget left by the report's one rule: allocated − committed − pending (None without a budget)."""
        return budget_left(self.budget, self.spent)

    def as_dict(self) -> dict:
        return {
            "total": self.total, "deleted": self.deleted, "by_village": self.by_village,
            "by_district": self.by_district, "by_occupation": self.by_occupation, "by_sex": self.by_sex,
            "by_scheme": [s.as_dict() for s in self.by_scheme],
            "contribution": {"monthly": self.monthly, "annual": self.annual, "period_total": self.period_total,
                             "person_months": self.cost.person_months, "person_days": self.cost.person_days,
                             "months": months_text(self.cost), "rate": self.cost.rate, "day_rate": self.cost.day_rate,
                             "summary": cost_summary(self.cost)},
            "target": self.target, "budget": self.budget, "budget_left": self.budget_left,
        }


def _districts(villages: list[dict]) -> list[dict]:
    """Village counts summed per kecamatan, most first."""
    counts, names = Counter(), {}
    for v in villages:
        code = district_of(v["code"])
        counts[code] += v["count"]
        names[code] = v["district"]
    return [{"code": code, "name": names[code], "count": n}
            for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]]))]


def _target_and_budget(schemes: list[Scheme]) -> tuple[int | None, int | None]:
    targets = [s.target_participants for s in schemes if s.target_participants]
    budgets = [s.budget for s in schemes if s.budget]
    return (sum(targets) if targets else None), (sum(budgets) if budgets else None)


class StatsService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def compute(self, scheme_id: int | None = None, batch_id: int | None = None,
                period: Period | None = None) -> Stats:
        """Counts and costs of active people: everyone, one scheme, or one batch's members; for
        everyone or a scheme also the target and budget set in the schemes and what is left of it
        (spent within ``period`` when given, as the report counts it)."""
        repo = self.store.stats
        villages = [self._village(code, count) for code, count in repo.grouped("village_code", scheme_id, batch_id)]
        stats = Stats(repo.count(scheme_id, batch_id), repo.deleted(), villages,
                      [{"occupation": o, "count": c} for o, c in repo.grouped("occupation", scheme_id, batch_id)],
                      dict(repo.grouped("sex", scheme_id, batch_id)), self.costs(scheme_id, batch_id),
                      _districts(villages))
        if batch_id is None:
            stats.target, stats.budget = _target_and_budget(self._schemes(scheme_id))
            if stats.budget:
                stats.spent = ReportService(self.ctx).states(scheme_id, period)
        return stats

    def _village(self, code: str, count: int) -> dict:
        region, district = self.ctx.regions.get(code), self.ctx.regions.get(district_of(code))
        return {"code": code, "name": region.name if region else "?", "district": district.name if district else "?",
                "count": count}

    def _schemes(self, scheme_id: int | None) -> list[Scheme]:
        return [s for s in self.store.schemes.all() if scheme_id is None or s.id == scheme_id]

    def costs(self, scheme_id: int | None = None, batch_id: int | None = None) -> list[SchemeCost]:
        """Contribution per scheme, from groups of people who cost the same."""
        discounts = self.store.schemes.discounts()
        return [SchemeCost(s.id, s.name, period_cost(self.store.schemes.rate_table(s.rate_version), s,
                                                     self.store.stats.covers(s.id, batch_id), discounts))
                for s in self._schemes(scheme_id)]
