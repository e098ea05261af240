"""How a contribution total says what it counts — the one wording for every place that shows
money (batch page, the export's Rekap sheet, the berita acara, Laporan, ``lindungi stats``).

Always the same five facts from one ``PeriodCost``: people, person-months, the months covered
(one span when everyone shares it, "per orang berbeda" with the range when not), the rate
(one figure, or the range when people's or months' rates differ) and the total. So a batch of
five people covered in December only reads "5 orang-bulan × Rp16.800 = Rp84.000, Desember
2026" — never the scheme's twelve months next to a one-month amount.

Ad-hoc officers are counted by day (``domain.adhoc``): person-days, the task days covered ("20
November 2026 – 10 Desember 2026 (21 hari)"), the share of the honorarium, the honorarium and the
daily rate — "21 orang-hari × Rp420 = Rp8.820". A total over both kinds names both parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.adhoc import days_text, format_percent
from desktop_app.domain.contribution import PeriodCost
from desktop_app.domain.dates import YearMonth, format_date_long
from desktop_app.domain.money import format_count, format_rupiah
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

L_PEOPLE = QT_TRANSLATE_NOOP("CostText", "Peserta")
L_PERSON_MONTHS = QT_TRANSLATE_NOOP("CostText", "Orang-bulan")
L_MONTHS = QT_TRANSLATE_NOOP("CostText", "Bulan yang ditanggung")
L_RATE = QT_TRANSLATE_NOOP("CostText", "Iuran per orang per bulan")
L_MONTHLY = QT_TRANSLATE_NOOP("CostText", "Iuran satu bulan (semua peserta)")
L_TOTAL = QT_TRANSLATE_NOOP("CostText", "Total iuran")
M_PEOPLE = QT_TRANSLATE_NOOP("CostText", "{count} orang")
M_SPAN = QT_TRANSLATE_NOOP("CostText", "{start} – {end}")
M_DIFFERENT = QT_TRANSLATE_NOOP("CostText", "per orang berbeda, {start} – {end}")
M_RATES = QT_TRANSLATE_NOOP("CostText", "berbeda, {low} – {high}")
M_NONE = QT_TRANSLATE_NOOP("CostText", "-")
M_NOBODY = QT_TRANSLATE_NOOP("CostText", "Rp0 (belum ada peserta)")
L_PERSON_DAYS = QT_TRANSLATE_NOOP("CostText", "Orang-hari")
L_DAYS = QT_TRANSLATE_NOOP("CostText", "Hari tugas yang ditanggung")
L_SHARE = QT_TRANSLATE_NOOP("CostText", "Iuran (persen honorarium, JKK + JKM)")
L_HONORARIUM = QT_TRANSLATE_NOOP("CostText", "Honorarium per orang per bulan")
L_DAY_RATE = QT_TRANSLATE_NOOP("CostText", "Iuran per orang per hari (honorarium × persen ÷ 30)")
M_DAY_SUMMARY = QT_TRANSLATE_NOOP("CostText", "{person_days} orang-hari × {rate} = {total} ({people} orang; {days})")
M_DAY_SUMMARY_VARIES = QT_TRANSLATE_NOOP("CostText", "{total} untuk {person_days} orang-hari, iuran per orang per "
                                                     "hari {rate} ({people} orang; {days})")
M_BOTH = QT_TRANSLATE_NOOP("CostText", "{total} = {months} + {days}")
M_BOTH_PERIOD = QT_TRANSLATE_NOOP("CostText", "{months}; {days}")
M_SUMMARY = QT_TRANSLATE_NOOP("CostText", "{person_months} orang-bulan × {rate} = {total} ({people} orang; {months})")
M_SUMMARY_VARIES = QT_TRANSLATE_NOOP("CostText", "{total} untuk {person_months} orang-bulan, iuran per orang per "
                                                 "bulan {rate} ({people} orang; {months})")


@dataclass(frozen=True)
class CostLine:
    """One fact: its label, how it reads, and the number behind it (for a spreadsheet cell)."""

    key: str                  # people, person_months, months, rate, monthly, total
    label: str
    text: str
    number: int | None = None
    rupiah: bool = False


def span_text(start: YearMonth, end: YearMonth) -> str:
    return start.label() if start == end else tr(M_SPAN, start=start.label(), end=end.label())


def months_text(cost: PeriodCost) -> str:
    """"Januari 2026 – Desember 2026" when everyone shares it, else "per orang berbeda, …"; the
    task days for people counted by day, and both when a total holds both kinds."""
    if cost.days and not cost.spans:
        return task_days_text(cost)
    if cost.days:
        return tr(M_BOTH_PERIOD, months=_months_only(cost), days=task_days_text(cost))
    return _months_only(cost)


def task_days_text(cost: PeriodCost) -> str:
    """"20 November 2026 – 10 Desember 2026 (21 hari)", or "per orang berbeda, …" with the range."""
    if cost.day_span is not None:
        return days_text(*cost.day_span)
    if not cost.days:
        return tr(M_NONE)
    first, last = min(d for d, _ in cost.days), max(d for _, d in cost.days)
    return tr(M_DIFFERENT, start=format_date_long(first), end=format_date_long(last))


def _months_only(cost: PeriodCost) -> str:
    if cost.span is not None:
        return span_text(*cost.span)
    if cost.first_month is None:
        return tr(M_NONE)
    return tr(M_DIFFERENT, start=cost.first_month.label(), end=cost.last_month.label())


def rate_text(cost: PeriodCost) -> str:
    if cost.rate is not None:
        return format_rupiah(cost.rate)
    if not cost.rates:
        return tr(M_NONE)
    return tr(M_RATES, low=format_rupiah(min(cost.rates)), high=format_rupiah(max(cost.rates)))


def _range(values: frozenset[int], show) -> str:
    if len(values) == 1:
        return show(next(iter(values)))
    return tr(M_RATES, low=show(min(values)), high=show(max(values))) if values else tr(M_NONE)


def _by_day(cost: PeriodCost) -> bool:
    return bool(cost.days or cost.person_days)


def day_lines(cost: PeriodCost) -> list[CostLine]:
    """Person-days, the task days, the share, the honorarium and the daily rate (ad-hoc officers)."""
    return [
        CostLine("person_days", tr(L_PERSON_DAYS), format_count(cost.person_days), cost.person_days),
        CostLine("days", tr(L_DAYS), task_days_text(cost)),
        CostLine("share", tr(L_SHARE), _range(cost.shares, format_percent)),
        CostLine("honorarium", tr(L_HONORARIUM), _range(cost.honoraria, format_rupiah),
                 next(iter(cost.honoraria)) if len(cost.honoraria) == 1 else None, rupiah=True),
        CostLine("day_rate", tr(L_DAY_RATE), _range(cost.day_rates, format_rupiah), cost.day_rate, rupiah=True),
    ]


def cost_lines(cost: PeriodCost) -> list[CostLine]:
    """The five facts (and one month for everyone) in the order every surface shows them; the
    day-counted facts instead of (or, for a total over both kinds, after) the monthly ones."""
    month_lines = [
        CostLine("person_months", tr(L_PERSON_MONTHS), format_count(cost.person_months), cost.person_months),
        CostLine("months", tr(L_MONTHS), _months_only(cost)),
        CostLine("rate", tr(L_RATE), rate_text(cost), cost.rate, rupiah=True),
    ]
    by_month = cost.day_people < cost.people or not _by_day(cost)
    return [
        CostLine("people", tr(L_PEOPLE), tr(M_PEOPLE, count=format_count(cost.people)), cost.people),
        *(month_lines if by_month else []), *(day_lines(cost) if _by_day(cost) else []),
        CostLine("monthly", tr(L_MONTHLY), format_rupiah(cost.monthly), cost.monthly, rupiah=True),
        CostLine("total", tr(L_TOTAL), format_rupiah(cost.total), cost.total, rupiah=True),
    ]


def _day_summary(cost: PeriodCost, people: int) -> str:
    values = {"person_days": format_count(cost.person_days), "rate": _range(cost.day_rates, format_rupiah),
              "total": format_rupiah(cost.day_total), "people": format_count(people), "days": task_days_text(cost)}
    return tr(M_DAY_SUMMARY if cost.day_rate is not None else M_DAY_SUMMARY_VARIES, **values)


def _month_summary(cost: PeriodCost, people: int) -> str:
    values = {"person_months": format_count(cost.person_months), "rate": rate_text(cost),
              "total": format_rupiah(cost.month_total), "people": format_count(people),
              "months": _months_only(cost)}
    return tr(M_SUMMARY if cost.rate is not None else M_SUMMARY_VARIES, **values)


def cost_summary(cost: PeriodCost) -> str:
    """One line: "12 orang-bulan × Rp16.800 = Rp201.600 (1 orang; Januari 2026 – Desember 2026)", or
    "21 orang-hari × Rp420 = Rp8.820 (3 orang; 20 November 2026 – 26 November 2026 (7 hari))"; a
    total over both kinds reads "{total} = {the months part} + {the days part}"."""
    if not cost.people:
        return tr(M_NOBODY)
    if not _by_day(cost):
        return _month_summary(cost, cost.people)
    if cost.day_people == cost.people:
        return _day_summary(cost, cost.people)
    return tr(M_BOTH, total=format_rupiah(cost.total), months=_month_summary(cost, cost.people - cost.day_people),
              days=_day_summary(cost, cost.day_people))
