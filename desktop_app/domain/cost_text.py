"""How a contribution total says what it counts — the one wording for every place that shows
money (batch page, the export's Rekap sheet, the berita acara, Laporan, ``lindungi stats``).

Always the same five facts from one ``PeriodCost``: people, person-months, the months covered
(one span when everyone shares it, "per orang berbeda" with the range when not), the rate
(one figure, or the range when people's or months' rates differ) and the total. So a batch of
five people covered in December only reads "5 orang-bulan × Rp16.800 = Rp84.000, Desember
2026" — never the scheme's twelve months next to a one-month amount.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.contribution import PeriodCost
from desktop_app.domain.dates import YearMonth
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
    """"Januari 2026 – Desember 2026" when everyone shares it, else "per orang berbeda, …"."""
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


def cost_lines(cost: PeriodCost) -> list[CostLine]:
    """The five facts (and one month for everyone) in the order every surface shows them."""
    return [
        CostLine("people", tr(L_PEOPLE), tr(M_PEOPLE, count=format_count(cost.people)), cost.people),
        CostLine("person_months", tr(L_PERSON_MONTHS), format_count(cost.person_months), cost.person_months),
        CostLine("months", tr(L_MONTHS), months_text(cost)),
        CostLine("rate", tr(L_RATE), rate_text(cost), cost.rate, rupiah=True),
        CostLine("monthly", tr(L_MONTHLY), format_rupiah(cost.monthly), cost.monthly, rupiah=True),
        CostLine("total", tr(L_TOTAL), format_rupiah(cost.total), cost.total, rupiah=True),
    ]


def cost_summary(cost: PeriodCost) -> str:
    """One line: "12 orang-bulan × Rp16.800 = Rp201.600 (1 orang; Januari 2026 – Desember 2026)"."""
    if not cost.people:
        return tr(M_NOBODY)
    values = {"person_months": format_count(cost.person_months), "rate": rate_text(cost),
              "total": format_rupiah(cost.total), "people": format_count(cost.people), "months": months_text(cost)}
    return tr(M_SUMMARY if cost.rate is not None else M_SUMMARY_VARIES, **values)
