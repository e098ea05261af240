"""Contribution maths for BPU participants, in integer rupiah.

JKK = 1% of the income base picked from the bracket of reported income,
JKM = flat, JHT = 2% (optional). Brackets come from a versioned table shipped
as data with its effective date; a dated discount (PP 50/2025) may reduce
JKK+JKM for some funding sources but is never applied to APBD money.
"""

from __future__ import annotations

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


def total_for(table: RateTable, scheme: Scheme, people: int, *, start: YearMonth | None = None,
              end: YearMonth | None = None, discounts: tuple[Discount, ...] = ()) -> int:
    """People × months, month by month so a dated discount counts only where it applies.

    Only valid for fixed-base schemes; per-income totals are summed by the caller.
    """
    start = start or scheme.coverage_start
    end = end or scheme.coverage_end
    total = 0
    for i in range(start.months_until(end)):
        month = start.plus(i)
        total += scheme_monthly(table, scheme, month=month, discounts=discounts).total * people
    return total
