"""Ad-hoc task officers cost by day: person-days × (honorarium × (JKK by risk class + JKM) ÷ 30,
rounded once), through the same ``period_cost`` and the same honest wording as BPU schemes."""

from datetime import date

import pytest

from desktop_app.domain import adhoc
from desktop_app.domain.contribution import Cover, PeriodCost, RateTable, period_cost
from desktop_app.domain.cost_text import cost_lines, cost_summary, months_text
from desktop_app.domain.dates import YearMonth
from desktop_app.domain.scheme import FundingSource, Scheme, SchemeKind

BASE = ("JKK", "JKM")
WAGE = RateTable("PU-PP44-2015", "PU", date(2015, 7, 1), (),
                 wage=adhoc.WageShares({1: 24, 2: 54, 3: 89, 4: 127, 5: 174}, 30))


def _scheme(first: date, last: date, honorarium: int = 1_500_000, risk: int = 2) -> Scheme:
    return Scheme("Pilkada 2026 KPPS", FundingSource.APBD_KABKOTA, YearMonth.of(first), YearMonth.of(last),
                  WAGE.version, kind=SchemeKind.ADHOC, agency="Kesbangpol", task_start=first, task_end=last,
                  honorarium=honorarium, risk_class=risk, income_base=None)


def _cover(people: int, scheme: Scheme, honorarium: int | None = None, start=None, end=None) -> Cover:
    return Cover(people, BASE, None, start or scheme.coverage_start, end or scheme.coverage_end, honorarium)


def _expected(groups: list[tuple[int, int, int, int]]) -> int:
    """Σ people × days × round(honorarium × share ÷ 30) for (people, days, honorarium, share) groups."""
    return sum(n * d * ((h * s + 150_000) // 300_000) for n, d, h, s in groups)


def test_shares_and_daily_rate_follow_pp_44_2015():
    assert [WAGE.wage.share(BASE, r) for r in range(1, 6)] == [54, 84, 119, 157, 204]
    assert WAGE.wage.share(("JKM",), 5) == 30
    assert adhoc.daily_rate(1_500_000, 84) == 420            # 1.500.000 × 0,84 % ÷ 30 exactly
    assert adhoc.daily_rate(1_234_567, 84) == 346            # 345,67 rounds half up once
    assert adhoc.format_percent(84) == "0,84 %" and adhoc.parse_percent("0,24") == 24


def test_a_week_of_kpps_with_two_honoraria_is_person_days_times_the_daily_rate():
    scheme = _scheme(date(2026, 11, 20), date(2026, 11, 26))           # 7 days, inside one month
    cost = period_cost(WAGE, scheme, [_cover(5, scheme), _cover(2, scheme, honorarium=1_200_000)])
    assert (cost.people, cost.person_days, cost.person_months) == (7, 49, 0)
    assert cost.total == cost.day_total == _expected([(5, 7, 1_500_000, 84), (2, 7, 1_200_000, 84)])
    assert cost.total == 35 * 420 + 14 * 336
    assert cost.day_span == (date(2026, 11, 20), date(2026, 11, 26)) and cost.day_rate is None
    assert months_text(cost) == "20 November 2026 – 26 November 2026 (7 hari)"
    summary = cost_summary(cost)
    assert "49 orang-hari" in summary and "(7 hari)" in summary and "Rp19.404 untuk" in summary


def test_a_task_across_two_months_counts_its_days_not_its_months():
    scheme = _scheme(date(2026, 11, 20), date(2026, 12, 10), honorarium=1_100_000, risk=3)   # 21 days
    cost = period_cost(WAGE, scheme, [_cover(3, scheme)])
    share = 89 + 30
    assert (cost.person_days, cost.day_rate) == (63, (1_100_000 * share + 150_000) // 300_000)
    assert cost.total == 63 * cost.day_rate == _expected([(3, 21, 1_100_000, share)])
    assert cost_summary(cost) == (f"63 orang-hari × Rp{cost.day_rate} = Rp{cost.total:,} (3 orang; 20 November "
                                  "2026 – 10 Desember 2026 (21 hari))").replace(",", ".")
    # a report for December only clips the same people to the task's December days
    december = period_cost(WAGE, scheme, [_cover(3, scheme, start=YearMonth(2026, 12))])
    assert (december.person_days, december.total) == (30, 30 * cost.day_rate)
    assert months_text(december) == "1 Desember 2026 – 10 Desember 2026 (10 hari)"


def test_mixed_batches_add_up_and_the_labels_name_the_same_days():
    week = _scheme(date(2026, 11, 20), date(2026, 11, 26))
    long = _scheme(date(2026, 11, 20), date(2026, 12, 10), risk=1)
    one = period_cost(WAGE, week, [_cover(4, week), _cover(1, week, honorarium=2_000_000)])
    two = period_cost(WAGE, long, [_cover(2, long, honorarium=1_000_000)])
    both = one + two
    assert both.person_days == 5 * 7 + 2 * 21
    assert both.total == _expected([(4, 7, 1_500_000, 84), (1, 7, 2_000_000, 84), (2, 21, 1_000_000, 54)])
    assert months_text(both) == "per orang berbeda, 20 November 2026 – 10 Desember 2026"
    lines = {line.key: line for line in cost_lines(both)}
    assert "person_months" not in lines and lines["person_days"].number == 77
    assert lines["total"].number == both.total and lines["days"].text == months_text(both)
    assert lines["honorarium"].text == "berbeda, Rp1.000.000 – Rp2.000.000"


def test_a_total_over_bpu_and_ad_hoc_names_both_parts():
    scheme = _scheme(date(2026, 11, 20), date(2026, 11, 26))
    bpu = PeriodCost(people=2, person_months=24, monthly=33_600, total=24 * 16_800,
                     spans=frozenset({(YearMonth(2026, 1), YearMonth(2026, 12))}), rates=frozenset({16_800}))
    both = bpu + period_cost(WAGE, scheme, [_cover(3, scheme)])
    assert both.total == 24 * 16_800 + 21 * 420 and both.month_total == 24 * 16_800
    assert cost_summary(both) == ("Rp412.020 = 24 orang-bulan × Rp16.800 = Rp403.200 (2 orang; Januari 2026 – "
                                  "Desember 2026) + 21 orang-hari × Rp420 = Rp8.820 (3 orang; 20 November 2026 – "
                                  "26 November 2026 (7 hari))")
    keys = [line.key for line in cost_lines(both)]
    assert keys.index("person_months") < keys.index("person_days") < keys.index("total")


def test_an_ad_hoc_scheme_needs_a_wage_table():
    scheme = _scheme(date(2026, 11, 20), date(2026, 11, 26))
    with pytest.raises(ValueError):
        period_cost(RateTable("BPU", "BPU", date(2015, 7, 1), ()), scheme, [_cover(1, scheme)])
