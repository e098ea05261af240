"""The one money rule: people × months × rate for a period, with what a label needs to state it."""

from datetime import date

from desktop_app.domain.contribution import Bracket, Cover, PeriodCost, RateTable, period_cost
from desktop_app.domain.dates import YearMonth
from tests import factories

TABLE = RateTable("T", "test", date(2015, 7, 1), (
    Bracket(0, 1_099_000, 1_000_000, 10_000, 6_800, 20_000),
    Bracket(1_100_000, 1_299_000, 1_200_000, 12_000, 6_800, 24_000),
))
BASE = ("JKK", "JKM")


def month(m: int, year: int = 2026) -> YearMonth:
    return YearMonth(year, m)


def test_mixed_months_give_person_months_the_range_and_no_single_span():
    scheme = factories.scheme()                                   # Jan–Dec 2026, fixed base → Rp16.800
    covers = [Cover(3, BASE, None, month(1), month(12)), Cover(2, BASE, 900_000, month(12), month(12))]
    cost = period_cost(TABLE, scheme, covers)
    assert (cost.people, cost.person_months) == (5, 3 * 12 + 2 * 1)
    assert cost.total == cost.person_months * 16_800 == 38 * 16_800    # amount = Σ(person months) × rate
    assert cost.monthly == 5 * 16_800 and cost.rate == 16_800 and cost.rates == {16_800}
    assert cost.span is None and (cost.first_month, cost.last_month) == (month(1), month(12))


def test_one_span_when_everyone_shares_it():
    scheme = factories.scheme()
    cost = period_cost(TABLE, scheme, [Cover(5, BASE, None, month(12), month(12))])
    assert cost.span == (month(12), month(12)) and cost.total == 5 * 16_800 and cost.person_months == 5


def test_income_brackets_give_several_rates():
    scheme = factories.scheme(income_base=None)
    cost = period_cost(TABLE, scheme, [Cover(1, BASE, 900_000, month(1), month(2)),
                                       Cover(1, BASE + ("JHT",), 1_200_000, month(1), month(2))])
    assert cost.rates == {16_800, 12_000 + 6_800 + 24_000} and cost.rate is None
    assert cost.total == 2 * 16_800 + 2 * 42_800 and cost.monthly == 16_800 + 42_800


def test_costs_add_up_across_schemes_and_nothing_costs_nothing():
    scheme = factories.scheme()
    one = period_cost(TABLE, scheme, [Cover(2, BASE, None, month(1), month(3))])
    two = period_cost(TABLE, scheme, [Cover(1, BASE, None, month(6), month(6))])
    both = one + two
    assert (both.people, both.person_months, both.total) == (3, 7, 7 * 16_800)
    assert both.spans == {(month(1), month(3)), (month(6), month(6))}
    empty = period_cost(TABLE, scheme, [])
    assert empty == PeriodCost() and empty.first_month is None and empty.rate is None and empty.span is None
    assert sum([one, two], PeriodCost()) == both


def test_whole_scheme_cover():
    scheme = factories.scheme(coverage_start=month(8), coverage_end=month(12))
    cover = Cover.whole_scheme(scheme, 15_000)
    assert (cover.people, cover.start, cover.end, cover.income) == (15_000, month(8), month(12), None)
    assert period_cost(TABLE, scheme, [cover]).total == 15_000 * 16_800 * 5
