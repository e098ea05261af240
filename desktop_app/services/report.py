"""The supervisor's report: how many people are covered (accepted by BPJS) against the target, what
that costs and what is still pending, per kecamatan and desa, by BPJS state, occupation, sex and
age — for one scheme or all, optionally one period. One call for the Laporan page, its PDF and
Excel, and ``lindungi stats``; money through the one rule (``domain.contribution.period_cost``).

Committed = accepted people × their covered months × rate; pending = the same for people sent to
BPJS and not answered yet; remaining = allocated budget − committed − pending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.contribution import Cover, PeriodCost, period_cost
from desktop_app.domain.cost_text import cost_summary, months_text
from desktop_app.domain.coverage import STATE_ORDER, CoverageState, age_groups, budget_left, state_label
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.regions import district_of
from desktop_app.domain.registration import sex_label
from desktop_app.domain.scheme import Scheme
from desktop_app.services.context import Context
from desktop_app.services.records import RecordsService

Period = tuple[YearMonth, YearMonth]
ACCEPTED, SENT = CoverageState.ACCEPTED.value, CoverageState.SENT.value


@dataclass
class AreaRow:
    """One kecamatan or desa: people per state and what the accepted and sent ones cost."""

    code: str
    name: str
    district: str = ""
    people: dict[str, int] = field(default_factory=dict)
    committed: PeriodCost = field(default_factory=PeriodCost)
    pending: PeriodCost = field(default_factory=PeriodCost)

    @property
    def total(self) -> int:
        return sum(self.people.values())

    def as_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "district": self.district, "people": self.total,
                "by_state": {s.value: self.people.get(s.value, 0) for s in STATE_ORDER},
                "committed": self.committed.total, "pending": self.pending.total}


@dataclass(frozen=True)
class CountRow:
    label: str
    people: int
    accepted: int

    def as_dict(self) -> dict:
        return {"label": self.label, "people": self.people, "accepted": self.accepted}


@dataclass
class Report:
    scheme_name: str
    made_on: date
    period: Period | None
    target: int | None
    budget: int | None
    states: dict[str, PeriodCost]
    by_district: list[AreaRow]
    by_village: list[AreaRow]
    by_occupation: list[CountRow]
    by_sex: list[CountRow]
    by_age: list[CountRow]
    per_month: list[tuple[str, int]]
    # Per office of origin, only when the database holds people of more than one office (the Dinas view).
    by_office: list[AreaRow] = field(default_factory=list)

    def people(self, state: str) -> int:
        return self.states[state].people

    @property
    def registered(self) -> int:
        return sum(c.people for c in self.states.values())

    @property
    def covered(self) -> int:
        return self.people(ACCEPTED)

    @property
    def committed(self) -> int:
        return self.states[ACCEPTED].total

    @property
    def pending(self) -> int:
        return self.states[SENT].total

    @property
    def remaining(self) -> int | None:
        return budget_left(self.budget, self.states)

    @property
    def coverage_share(self) -> float | None:
        """Accepted people against the target (0–1), None without a target."""
        return self.covered / self.target if self.target else None

    def as_dict(self) -> dict:
        return {
            "scheme": self.scheme_name, "made_on": self.made_on.isoformat(),
            "period": [m.iso() for m in self.period] if self.period else None,
            "registered": self.registered, "covered": self.covered, "target": self.target,
            "coverage_share": self.coverage_share,
            "budget": {"allocated": self.budget, "committed": self.committed, "pending": self.pending,
                       "remaining": self.remaining,
                       "committed_summary": cost_summary(self.states[ACCEPTED]),
                       "pending_summary": cost_summary(self.states[SENT])},
            "by_state": {s: {"label": state_label(s), "people": c.people, "person_months": c.person_months,
                             "person_days": c.person_days, "months": months_text(c), "cost": c.total}
                         for s, c in self.states.items()},
            "by_district": [a.as_dict() for a in self.by_district],
            "by_village": [a.as_dict() for a in self.by_village],
            "by_occupation": [r.as_dict() for r in self.by_occupation],
            "by_sex": [r.as_dict() for r in self.by_sex], "by_age": [r.as_dict() for r in self.by_age],
            "registered_per_month": [{"month": m, "people": n} for m, n in self.per_month],
            "by_office": [a.as_dict() for a in self.by_office],
        }


class ReportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def compute(self, scheme_id: int | None = None, period: Period | None = None) -> Report:
        schemes = [s for s in self.store.schemes.all() if scheme_id is None or s.id == scheme_id]
        states, villages, offices = self._costs(schemes, self.store.report.money(scheme_id, period), period)
        by_village = sorted(villages.values(), key=lambda a: (a.district, a.name))
        targets = [s.target_participants for s in schemes if s.target_participants]
        budgets = [s.budget for s in schemes if s.budget]
        people = self.store.report.people(scheme_id, self.ctx.today(), period)
        occupation, sex, age = self._people(people if period is None or period[0] <= period[1] else [])
        return Report(schemes[0].name if scheme_id is not None and schemes else "", self.ctx.today(), period,
                      sum(targets) if targets else None, sum(budgets) if budgets else None, states,
                      self._districts(by_village), by_village, occupation, sex, age,
                      self.store.report.registered_per_month(scheme_id, period),
                      self._offices(offices) if len(offices) > 1 else [])

    def states(self, scheme_id: int | None = None, period: Period | None = None) -> dict[str, PeriodCost]:
        """People and money per BPJS state only (what ``budget_left`` needs), without the areas and people."""
        schemes = [s for s in self.store.schemes.all() if scheme_id is None or s.id == scheme_id]
        return self._costs(schemes, self.store.report.money(scheme_id, period), period)[0]

    def _costs(self, schemes: list[Scheme], rows: list[tuple], period: Period | None):
        """Cost per state and per (desa, state). Each distinct kind of cover (scheme, programs,
        income, months) is costed once by the one money rule for one person, then times its people."""
        known = {s.id: s for s in schemes}
        discounts = self.store.schemes.discounts()
        tables = {s.id: self.store.schemes.rate_table(s.rate_version) for s in schemes}
        unit: dict[tuple, PeriodCost] = {}
        people: dict[tuple, int] = {}          # (cover kind, desa, state, office) -> people: one costing each
        for sid, village, state, programs, income, start, end, honorarium, n, office in rows:
            scheme = known.get(sid)
            if scheme is None:
                continue
            if period is not None:
                start, end = max(start, period[0]), min(end, period[1])
                if start > end:
                    continue
            key = (sid, programs, income if scheme.income_base is None else None, start, end, honorarium)
            if key not in unit:
                unit[key] = period_cost(tables[sid], scheme, [Cover(1, *key[1:])], discounts)
            people[key, village, state, office] = people.get((key, village, state, office), 0) + n
        states = {s.value: PeriodCost() for s in STATE_ORDER}
        villages: dict[str, AreaRow] = {}
        offices: dict[str, AreaRow] = {}
        for (key, village, state, office), count in people.items():
            cost = unit[key].times(count)
            states[state] = states[state] + cost
            for row in (villages.get(village) or villages.setdefault(village, self._area(village)),
                        offices.get(office) or offices.setdefault(office, AreaRow(office, office))):
                row.people[state] = row.people.get(state, 0) + cost.people
                if state == ACCEPTED:
                    row.committed = row.committed + cost
                elif state == SENT:
                    row.pending = row.pending + cost
        return states, villages, offices

    def _offices(self, offices: dict[str, AreaRow]) -> list[AreaRow]:
        """The office rows named as the records list names them (code — name; this office; no code)."""
        labels = {o.code: o.label() for o in RecordsService(self.ctx).origin_offices()}
        for code, row in offices.items():
            row.name = labels.get(code, code)
        return sorted(offices.values(), key=lambda a: a.code)

    def _area(self, code: str) -> AreaRow:
        region, district = self.ctx.regions.get(code), self.ctx.regions.get(district_of(code))
        return AreaRow(code, region.name if region else code, district.name if district else "")

    @staticmethod
    def _districts(villages: list[AreaRow]) -> list[AreaRow]:
        out: dict[str, AreaRow] = {}
        for v in villages:
            row = out.setdefault(district_of(v.code), AreaRow(district_of(v.code), v.district))
            for state, n in v.people.items():
                row.people[state] = row.people.get(state, 0) + n
            row.committed, row.pending = row.committed + v.committed, row.pending + v.pending
        return sorted(out.values(), key=lambda a: a.name)

    @staticmethod
    def _people(rows: list[tuple[bool, str, str, int, int]]):
        """Registered and accepted people by occupation, sex and age group (age at the report date)."""
        counts: dict[str, dict[str, list[int]]] = {"occupation": {}, "sex": {}, "age": {}}
        ages, jobs, sexes = age_groups(), {}, {}
        for accepted, sex, occupation, age, n in rows:
            for key, label in (("occupation", jobs.get(occupation) or jobs.setdefault(
                                    occupation, occupation_label(occupation) or "-")),
                               ("sex", sexes.get(sex) or sexes.setdefault(sex, sex_label(sex))), ("age", ages[age])):
                pair = counts[key].setdefault(label, [0, 0])
                pair[0] += n
                pair[1] += n if accepted else 0
        rows_of = {k: [CountRow(label, p, a) for label, (p, a) in v.items()] for k, v in counts.items()}
        order = {label: i for i, label in enumerate(age_groups())}
        return (sorted(rows_of["occupation"], key=lambda r: (-r.people, r.label)),
                sorted(rows_of["sex"], key=lambda r: r.label),
                sorted(rows_of["age"], key=lambda r: order.get(r.label, 99)))
