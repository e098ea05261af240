"""Contribution maths for BPU participants, in integer rupiah.

JKK = 1% of the income base picked from the bracket of reported income,
JKM = flat, JHT = 2% (optional). Brackets come from a versioned table shipped
as data with its effective date; a dated discount (PP 50/2025) may reduce
JKK+JKM for some funding sources but is never applied to APBD money.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.programs import Program
from desktop_app.domain.scheme import FundingSource, Scheme


@dataclass(frozen=True)
class Bracket:
    income_min: int
    income_max: int
    income_base: int
    jkk: int
    jkm: int
    jht: int
    status: str = "confirmed"


@dataclass(frozen=True)
class RateTable:
    version: str
    title: str
    effective_date: date
    brackets: tuple[Bracket, ...]
    legal_basis: str = ""

    def bracket_for_income(self, income: int) -> Bracket:
        for bracket in self.brackets:
            if bracket.income_min <= income <= bracket.income_max:
                return bracket
        if income > self.brackets[-1].income_max:
            return self.brackets[-1]
        return self.brackets[0]

    def bracket_for_base(self, base: int) -> Bracket:
        for bracket in self.brackets:
            if bracket.income_base == base:
                return bracket
        raise ValueError(f"no bracket with income base {base} in rate table {self.version}")


@dataclass(frozen=True)
class Discount:
    """A dated percentage off some programs, for listed funding sources only."""

    code: str
    title: str
    start: date
    end: date
    percent: int
    programs: tuple[str, ...]
    funding_sources: tuple[FundingSource, ...]

    def applies(self, funding: FundingSource, month: YearMonth) -> bool:
        if funding.is_government_budget:
            return False  # PP 50/2025: never for APBN/APBD-paid participants
        return funding in self.funding_sources and self.start <= month.first_day() <= self.end


@dataclass(frozen=True)
class MonthlyContribution:
    """Rupiah per person per month, by program."""

    jkk: int
    jkm: int
    jht: int
    discount: int = 0

    @property
    def total(self) -> int:
        return self.jkk + self.jkm + self.jht - self.discount


def _percent_of(amount: int, percent: int) -> int:
    """Integer percentage, rounded half up to the rupiah."""
    return (amount * percent + 50) // 100


def monthly_for_person(table: RateTable, programs: tuple[str, ...], *, income: int | None,
                       fixed_base: int | None, funding: FundingSource, month: YearMonth,
                       discounts: tuple[Discount, ...] = ()) -> MonthlyContribution:
    """Contribution of one person for one month under the given programs."""
    bracket = table.bracket_for_base(fixed_base) if fixed_base else table.bracket_for_income(income or 0)
    jkk = bracket.jkk if Program.JKK in programs else 0
    jkm = bracket.jkm if Program.JKM in programs else 0
    jht = bracket.jht if Program.JHT in programs else 0
    off = 0
    for discount in discounts:
        if discount.applies(funding, month):
            base = sum(v for p, v in ((Program.JKK, jkk), (Program.JKM, jkm), (Program.JHT, jht))
                       if p in discount.programs)
            off += _percent_of(base, discount.percent)
    return MonthlyContribution(jkk, jkm, jht, off)


def scheme_monthly(table: RateTable, scheme: Scheme, income: int | None = None,
                   month: YearMonth | None = None, discounts: tuple[Discount, ...] = ()) -> MonthlyContribution:
    """One participant's monthly contribution under a scheme (first month by default)."""
    return monthly_for_person(table, scheme.programs, income=income, fixed_base=scheme.income_base,
                              funding=scheme.funding_source, month=month or scheme.coverage_start,
                              discounts=discounts)


@dataclass(frozen=True)
class Cover:
    """People who cost the same: the same programs, reported income and coverage months."""

    people: int
    programs: tuple[str, ...]
    income: int | None
    start: YearMonth
    end: YearMonth

    @classmethod
    def whole_scheme(cls, scheme: Scheme, people: int) -> Cover:
        """``people`` covered for the scheme's whole period at its fixed base."""
        return cls(people, scheme.programs, None, scheme.coverage_start, scheme.coverage_end)


@dataclass(frozen=True)
class PeriodCost:
    """What people × months × rate comes to for a period, with what a label needs to say so.

    ``monthly`` is one month with everyone covered (each person's first month); ``total``
    every person for every month of their own coverage, month by month so a dated discount
    counts only where it applies. ``spans`` are the distinct coverage periods (start, end)
    and ``rates`` the distinct rupiah per person per month over every covered month.
    """

    people: int = 0
    person_months: int = 0
    monthly: int = 0
    total: int = 0
    spans: frozenset[tuple[YearMonth, YearMonth]] = frozenset()
    rates: frozenset[int] = frozenset()

    @property
    def first_month(self) -> YearMonth | None:
        return min((start for start, _ in self.spans), default=None)

    @property
    def last_month(self) -> YearMonth | None:
        return max((end for _, end in self.spans), default=None)

    @property
    def span(self) -> tuple[YearMonth, YearMonth] | None:
        """The coverage period when everyone shares it; None when people's months differ."""
        return next(iter(self.spans)) if len(self.spans) == 1 else None

    @property
    def rate(self) -> int | None:
        """The rupiah per person per month when it is one figure for everyone and every month."""
        return next(iter(self.rates)) if len(self.rates) == 1 else None

    def __add__(self, other: PeriodCost) -> PeriodCost:
        return PeriodCost(self.people + other.people, self.person_months + other.person_months,
                          self.monthly + other.monthly, self.total + other.total, self.spans | other.spans,
                          self.rates | other.rates)


def period_cost(table: RateTable, scheme: Scheme, covers: Iterable[Cover],
                discounts: tuple[Discount, ...] = ()) -> PeriodCost:
    """The cost of ``covers`` under ``scheme``: the one money rule of statistics, the batch
    export's Rekap sheet and the berita acara."""
    rates: dict[tuple, int] = {}

    def rate(programs: tuple[str, ...], income: int | None, month: YearMonth) -> int:
        key = (programs, income, month)
        if key not in rates:
            rates[key] = monthly_for_person(table, programs, income=income, fixed_base=scheme.income_base,
                                            funding=scheme.funding_source, month=month, discounts=discounts).total
        return rates[key]

    people = person_months = monthly = total = 0
    spans, seen = set(), set()
    for cover in covers:
        income = None if scheme.income_base else cover.income   # a fixed base ignores income
        months = [rate(cover.programs, income, cover.start.plus(i)) for i in range(cover.start.months_until(cover.end))]
        people += cover.people
        person_months += cover.people * len(months)
        monthly += cover.people * (months[0] if months else 0)
        total += cover.people * sum(months)
        spans.add((cover.start, cover.end))
        seen.update(months)
    return PeriodCost(people, person_months, monthly, total, frozenset(spans), frozenset(seen))
