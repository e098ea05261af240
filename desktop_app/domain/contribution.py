"""Contribution maths, in integer rupiah: the one money rule for both kinds of scheme.

BPU participants: JKK = 1% of the income base picked from the bracket of reported income,
JKM = flat, JHT = 2% (optional), per person per month. Brackets come from a versioned table
shipped as data with its effective date; a dated discount (PP 50/2025) may reduce JKK+JKM for
some funding sources but is never applied to APBD money.

Ad-hoc task officers (``Scheme.is_adhoc``): a share of the honorarium (JKK by risk class + JKM,
the table's ``wage`` shares) per person per day of the task — ``domain.adhoc``'s day-count rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date

from desktop_app.domain import adhoc
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
    wage: adhoc.WageShares | None = None   # a wage-earner table (ad-hoc schemes): shares, no brackets

    def bracket_for_income(self, income: int) -> Bracket:
        if not self.brackets:   # a wage-earner table (ad-hoc schemes) has shares, no brackets
            raise ValueError(f"rate table {self.version} has no income brackets")
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
    honorarium: int | None = None   # ad-hoc officers: the declared monthly wage (None: the scheme's default)

    @classmethod
    def whole_scheme(cls, scheme: Scheme, people: int) -> Cover:
        """``people`` covered for the scheme's whole period at its fixed base."""
        return cls(people, scheme.programs, None, scheme.coverage_start, scheme.coverage_end)


@dataclass(frozen=True)
class PeriodCost:
    """What people × months × rate (or people × days × daily rate) comes to, with what a label
    needs to say so.

    ``monthly`` is one month with everyone covered (each person's first month); ``total``
    every person for every month of their own coverage, month by month so a dated discount
    counts only where it applies. ``spans`` are the distinct coverage periods (start, end)
    and ``rates`` the distinct rupiah per person per month over every covered month.

    Ad-hoc officers (``day_people`` of ``people``) are counted by day: ``person_days`` × their
    daily rate (``day_rates``, the distinct rupiah per person per day) makes ``day_total``, which
    is part of ``total``;
    ``days`` are the distinct (first, last) task days covered, ``shares`` the distinct shares of
    the honorarium (basis points) and ``honoraria`` the distinct honoraria.
    """

    people: int = 0
    person_months: int = 0
    monthly: int = 0
    total: int = 0
    spans: frozenset[tuple[YearMonth, YearMonth]] = frozenset()
    rates: frozenset[int] = frozenset()
    day_people: int = 0
    person_days: int = 0
    day_total: int = 0
    days: frozenset[tuple[date, date]] = frozenset()
    day_rates: frozenset[int] = frozenset()
    shares: frozenset[int] = frozenset()
    honoraria: frozenset[int] = frozenset()

    @property
    def month_total(self) -> int:
        """The part of ``total`` counted by month (BPU participants)."""
        return self.total - self.day_total

    @property
    def day_span(self) -> tuple[date, date] | None:
        """The task days when everyone counted by day shares them."""
        return next(iter(self.days)) if len(self.days) == 1 else None

    @property
    def day_rate(self) -> int | None:
        """The rupiah per person per day when it is one figure for everyone counted by day."""
        return next(iter(self.day_rates)) if len(self.day_rates) == 1 else None

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
        """Counts and rupiah add up; the sets of spans, days and rates join."""
        mine, theirs = vars(self), vars(other)
        return PeriodCost(**{f.name: mine[f.name] + theirs[f.name] if isinstance(mine[f.name], int)
                             else mine[f.name] | theirs[f.name] for f in fields(self)})

    def times(self, people: int) -> PeriodCost:
        """``people`` people who each cost this: the counts and rupiah scale, the dates and rates stay."""
        return PeriodCost(**{f.name: getattr(self, f.name) * people if isinstance(getattr(self, f.name), int)
                             else getattr(self, f.name) for f in fields(self)})


def period_cost(table: RateTable, scheme: Scheme, covers: Iterable[Cover],
                discounts: tuple[Discount, ...] = ()) -> PeriodCost:
    """The cost of ``covers`` under ``scheme``: the one money rule of statistics, the batch
    export's Rekap sheet, the berita acara and the Laporan (an ad-hoc scheme by day)."""
    if scheme.is_adhoc:
        return task_cost(table, scheme, covers)
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


def task_days(scheme: Scheme, cover: Cover) -> tuple[date, date]:
    """The days of an ad-hoc scheme's task inside the cover's months (a report's period clips them)."""
    first = max(scheme.task_start or cover.start.first_day(), cover.start.first_day())
    last = min(scheme.task_end or cover.end.last_day(), cover.end.last_day())
    return first, last


def task_cost(table: RateTable, scheme: Scheme, covers: Iterable[Cover]) -> PeriodCost:
    """Ad-hoc officers: person-days × honorarium × (JKK at the scheme's risk class + JKM) ÷ 30, the
    daily rate rounded once (``domain.adhoc``). No BPU discount applies to wage earners."""
    if table.wage is None:
        raise ValueError(f"rate table {table.version} has no wage shares for ad-hoc scheme {scheme.name!r}")
    out = PeriodCost()
    for cover in covers:
        honorarium = cover.honorarium if cover.honorarium is not None else (scheme.honorarium or 0)
        share = table.wage.share(cover.programs, scheme.risk_class)
        first, last = task_days(scheme, cover)
        days, rate = adhoc.days_between(first, last), adhoc.daily_rate(honorarium, share)
        out = out + PeriodCost(
            people=cover.people, day_people=cover.people, monthly=cover.people * adhoc.monthly_rate(honorarium, share),
            total=cover.people * days * rate, person_days=cover.people * days, day_total=cover.people * days * rate,
            days=frozenset({(first, last)}) if days else frozenset(), day_rates=frozenset({rate}),
            shares=frozenset({share}), honoraria=frozenset({honorarium}))
    return out
