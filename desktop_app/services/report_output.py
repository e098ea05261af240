"""The supervisor's report in words, tables and charts — printed as a PDF, exported to Excel (one
sheet per table, numbers as numbers, rupiah formatted), or drawn as SVG for the Laporan page.
Every figure is the ``services.report.Report``'s; this module only words and lays them out.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.domain.contribution import PeriodCost
from desktop_app.domain.cost_text import cost_summary, months_text
from desktop_app.domain.coverage import STATE_ORDER, state_label
from desktop_app.domain.dates import format_date_long
from desktop_app.domain.money import format_count, format_rupiah, format_share
from desktop_app.errors import UserError
from desktop_app.files import PendingFile
from desktop_app.formats.report_charts import Bars, StackedBars, bars, stacked_bars, svg_of
from desktop_app.formats.report_pdf import ReportView, TableView, write_report
from desktop_app.formats.xlsx_writer import MONEY, NUMBER, TEXT, Column, SheetData, write_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.disclosure import disclosed
from desktop_app.services.print_settings import load_print_settings
from desktop_app.services.recap_content import RecapComposer
from desktop_app.services.report import AreaRow, CountRow, Report
from desktop_app.services.slip_content import slip_header

log = logging.getLogger(__name__)
CHART_DESA = 25        # the chart shows the desa with most people; the table shows them all

T = {
    "title": QT_TRANSLATE_NOOP("Report", "LAPORAN KEPESERTAAN BPJS KETENAGAKERJAAN PEKERJA RENTAN"),
    "subtitle": QT_TRANSLATE_NOOP("Report", "{scheme} · {period} · per {date}"),
    "all_schemes": QT_TRANSLATE_NOOP("Report", "Semua skema"),
    "all_months": QT_TRANSLATE_NOOP("Report", "seluruh masa perlindungan"),
    "registered": QT_TRANSLATE_NOOP("Report", "Peserta terdaftar"),
    "covered": QT_TRANSLATE_NOOP("Report", "Diterima BPJS (terlindungi)"),
    "target": QT_TRANSLATE_NOOP("Report", "Target peserta"),
    "coverage": QT_TRANSLATE_NOOP("Report", "Capaian (diterima terhadap target)"),
    "allocated": QT_TRANSLATE_NOOP("Report", "Anggaran dialokasikan"),
    "committed": QT_TRANSLATE_NOOP("Report", "Terpakai (peserta diterima)"),
    "pending": QT_TRANSLATE_NOOP("Report", "Menunggu jawaban BPJS (terkirim)"),
    "remaining": QT_TRANSLATE_NOOP("Report", "Sisa anggaran"),
    "not_set": QT_TRANSLATE_NOOP("Report", "belum ditetapkan"),
    "chart_desa": QT_TRANSLATE_NOOP("Report", "Cakupan per desa/kelurahan menurut status BPJS"),
    "chart_month": QT_TRANSLATE_NOOP("Report", "Pendaftaran per bulan"),
    "chart_budget": QT_TRANSLATE_NOOP("Report", "Anggaran: dialokasikan, terpakai, menunggu, sisa"),
    "t_state": QT_TRANSLATE_NOOP("Report", "Menurut status BPJS"),
    "t_district": QT_TRANSLATE_NOOP("Report", "Per kecamatan"),
    "t_village": QT_TRANSLATE_NOOP("Report", "Per desa/kelurahan"),
    "t_occupation": QT_TRANSLATE_NOOP("Report", "Per pekerjaan"),
    "t_sex": QT_TRANSLATE_NOOP("Report", "Per jenis kelamin"),
    "t_age": QT_TRANSLATE_NOOP("Report", "Per kelompok umur"),
    "t_month": QT_TRANSLATE_NOOP("Report", "Pendaftaran per bulan"),
    "t_office": QT_TRANSLATE_NOOP("Report", "Per kantor asal"),
    "h_office": QT_TRANSLATE_NOOP("Report", "Kantor asal"),
    "h_status": QT_TRANSLATE_NOOP("Report", "Status"),
    "h_people": QT_TRANSLATE_NOOP("Report", "Peserta"),
    "h_pm": QT_TRANSLATE_NOOP("Report", "Orang-bulan"),
    "h_months": QT_TRANSLATE_NOOP("Report", "Bulan yang ditanggung"),
    "h_pd": QT_TRANSLATE_NOOP("Report", "Orang-hari"),
    "h_days": QT_TRANSLATE_NOOP("Report", "Bulan / hari tugas yang ditanggung"),
    "h_cost": QT_TRANSLATE_NOOP("Report", "Iuran (Rp)"),
    "h_district": QT_TRANSLATE_NOOP("Report", "Kecamatan"),
    "h_village": QT_TRANSLATE_NOOP("Report", "Desa/Kelurahan"),
    "h_total": QT_TRANSLATE_NOOP("Report", "Terdaftar"),
    "h_committed": QT_TRANSLATE_NOOP("Report", "Terpakai (Rp)"),
    "h_pending": QT_TRANSLATE_NOOP("Report", "Menunggu (Rp)"),
    "h_occupation": QT_TRANSLATE_NOOP("Report", "Pekerjaan"),
    "h_sex": QT_TRANSLATE_NOOP("Report", "Jenis kelamin"),
    "h_age": QT_TRANSLATE_NOOP("Report", "Kelompok umur"),
    "h_accepted": QT_TRANSLATE_NOOP("Report", "Diterima"),
    "h_month": QT_TRANSLATE_NOOP("Report", "Bulan"),
    "h_item": QT_TRANSLATE_NOOP("Report", "Uraian"),
    "h_note": QT_TRANSLATE_NOOP("Report", "Keterangan"),
    "total": QT_TRANSLATE_NOOP("Report", "Jumlah"),
    "head": QT_TRANSLATE_NOOP("Report", "Kepala kantor,"),
    "printed": QT_TRANSLATE_NOOP("Report", "Dicetak {date} oleh {operator}"),
    "running": QT_TRANSLATE_NOOP("Report", "Laporan kepesertaan — {office}"),
    "no_office": QT_TRANSLATE_NOOP("Report", "Profil kantor belum diisi; isi dulu di Pengaturan."),
}
# Short column headers for the states (the table is wide).
SHORT = {"unbatched": QT_TRANSLATE_NOOP("Report", "Belum batch"), "draft": QT_TRANSLATE_NOOP("Report", "Draf"),
         "exported": QT_TRANSLATE_NOOP("Report", "Diekspor"), "sent": QT_TRANSLATE_NOOP("Report", "Terkirim"),
         "accepted": QT_TRANSLATE_NOOP("Report", "Diterima"), "rejected": QT_TRANSLATE_NOOP("Report", "Ditolak"),
         "corrected": QT_TRANSLATE_NOOP("Report", "Koreksi")}
SHEET_NAMES = {"summary": QT_TRANSLATE_NOOP("Report", "Ringkasan"), "state": QT_TRANSLATE_NOOP("Report", "Status"),
               "district": QT_TRANSLATE_NOOP("Report", "Kecamatan"), "village": QT_TRANSLATE_NOOP("Report", "Desa"),
               "occupation": QT_TRANSLATE_NOOP("Report", "Pekerjaan"),
               "sex": QT_TRANSLATE_NOOP("Report", "Jenis kelamin"), "age": QT_TRANSLATE_NOOP("Report", "Umur"),
               "month": QT_TRANSLATE_NOOP("Report", "Per bulan"), "office": QT_TRANSLATE_NOOP("Report", "Kantor")}


def period_text(report: Report) -> str:
    if report.period is None:
        return tr(T["all_months"])
    start, end = report.period
    return start.label() if start == end else f"{start.label()} – {end.label()}"


def figures(report: Report) -> list[tuple[str, str, int | None, str]]:
    """(label, text, number, unit) of the key figures; unit "" count, "rp" rupiah, "%" share."""
    none = tr(T["not_set"])
    return [
        (tr(T["registered"]), format_count(report.registered), report.registered, ""),
        (tr(T["covered"]), format_count(report.covered), report.covered, ""),
        (tr(T["target"]), format_count(report.target) if report.target else none, report.target, ""),
        (tr(T["coverage"]), format_share(report.covered, report.target), None, "%"),
        (tr(T["allocated"]), format_rupiah(report.budget) if report.budget else none, report.budget, "rp"),
        (tr(T["committed"]), cost_summary(report.states["accepted"]), report.committed, "rp"),
        (tr(T["pending"]), cost_summary(report.states["sent"]), report.pending, "rp"),
        (tr(T["remaining"]), format_rupiah(report.remaining) if report.budget else none, report.remaining, "rp"),
    ]


# --- tables: (headers, rows of cell values, formats) shared by the PDF and the workbook ---------------
def _by_day(report: Report) -> bool:
    """Any ad-hoc officers (counted by day) in the report: the state table gets a person-days column."""
    return any(c.person_days for c in report.states.values())


def _state_rows(report: Report) -> list[list]:
    days = _by_day(report)

    def row(label: str, c: PeriodCost) -> list:
        return [label, c.people, c.person_months] + ([c.person_days] if days else []) + [months_text(c), c.total]
    rows = [row(state_label(s), c) for s, c in report.states.items()]
    return rows + [row(tr(T["total"]), sum(report.states.values(), PeriodCost()))]


def _state_headers(report: Report) -> list[tuple[str, str]]:
    days = _by_day(report)
    return [(tr(T["h_status"]), TEXT), (tr(T["h_people"]), NUMBER), (tr(T["h_pm"]), NUMBER)] + \
        ([(tr(T["h_pd"]), NUMBER)] if days else []) + \
        [(tr(T["h_days" if days else "h_months"]), TEXT), (tr(T["h_cost"]), MONEY)]


def _area_rows(areas: list[AreaRow], with_district: bool) -> list[list]:
    rows = []
    for a in areas:
        name = [a.name, a.district] if with_district else [a.name]
        rows.append(name + [a.total] + [a.people.get(s.value, 0) for s in STATE_ORDER]
                    + [a.committed.total, a.pending.total])
    sums = [sum(r[i] for r in rows) for i in range(2 if with_district else 1, len(rows[0]))] if rows else []
    return rows + ([[tr(T["total"])] + ([""] if with_district else []) + sums] if rows else [])


def _count_rows(rows: list[CountRow]) -> list[list]:
    return [[r.label, r.people, r.accepted] for r in rows] + [
        [tr(T["total"]), sum(r.people for r in rows), sum(r.accepted for r in rows)]]


def tables(report: Report) -> list[tuple[str, str, list[tuple[str, str]], list[list]]]:
    """(key, title, [(header, format)], rows) for every table of the report."""
    states = [(tr(SHORT[s.value]), NUMBER) for s in STATE_ORDER]
    money = [(tr(T["h_committed"]), MONEY), (tr(T["h_pending"]), MONEY)]
    counts = [(tr(T["h_total"]), NUMBER), (tr(T["h_accepted"]), NUMBER)]
    offices = [("office", tr(T["t_office"]), [(tr(T["h_office"]), TEXT), (tr(T["h_total"]), NUMBER)] + states + money,
                _area_rows(report.by_office, False))] if report.by_office else []
    return [
        ("state", tr(T["t_state"]), _state_headers(report), _state_rows(report)),
        *offices,
        ("district", tr(T["t_district"]), [(tr(T["h_district"]), TEXT), (tr(T["h_total"]), NUMBER)] + states + money,
         _area_rows(report.by_district, False)),
        ("village", tr(T["t_village"]), [(tr(T["h_village"]), TEXT), (tr(T["h_district"]), TEXT),
                                         (tr(T["h_total"]), NUMBER)] + states + money,
         _area_rows(report.by_village, True)),
        ("occupation", tr(T["t_occupation"]), [(tr(T["h_occupation"]), TEXT)] + counts,
         _count_rows(report.by_occupation)),
        ("sex", tr(T["t_sex"]), [(tr(T["h_sex"]), TEXT)] + counts, _count_rows(report.by_sex)),
        ("age", tr(T["t_age"]), [(tr(T["h_age"]), TEXT)] + counts, _count_rows(report.by_age)),
        ("month", tr(T["t_month"]), [(tr(T["h_month"]), TEXT), (tr(T["h_people"]), NUMBER)],
         [[m, n] for m, n in report.per_month]),
    ]


def cell_text(value, fmt: str) -> str:
    if value is None or value == "":
        return ""
    if fmt == MONEY:
        return format_rupiah(value)
    return format_count(value) if fmt == NUMBER and isinstance(value, int) else str(value)


def column_widths(formats: list[str], page_mm: float = 180) -> tuple[float, ...]:
    """For a wide table (per kecamatan/desa): counts narrow, rupiah wide enough for Rp999.999.999.999,
    names sharing the rest; a narrow table shares the page by itself (())."""
    if len(formats) <= 4:
        return ()
    fixed = {NUMBER: 11.0, MONEY: 25.5} if len(formats) > 6 else {NUMBER: 22.0, MONEY: 32.0}
    rest = page_mm - sum(fixed.get(f, 0) for f in formats)
    names = sum(1 for f in formats if f not in fixed)
    return tuple(fixed.get(f, rest / names) for f in formats)


# --- charts ---------------------------------------------------------------------------------------------
def charts(report: Report) -> tuple[StackedBars, Bars, Bars]:
    top = sorted(report.by_village, key=lambda a: -a.total)[:CHART_DESA]
    desa = StackedBars(tr(T["chart_desa"]), [a.name for a in top], [state_label(s) for s in STATE_ORDER],
                       [[a.people.get(s.value, 0) for a in top] for s in STATE_ORDER])
    month = Bars(tr(T["chart_month"]), [m for m, _ in report.per_month], [n for _, n in report.per_month])
    budget = Bars(tr(T["chart_budget"]), [tr(T["allocated"]), tr(T["committed"]), tr(T["pending"]),
                                          tr(T["remaining"])],
                  [report.budget or 0, report.committed, report.pending, max(0, report.remaining or 0)], money=True)
    return desa, month, budget


def chart_svgs(report: Report) -> list[bytes]:
    """The three charts as SVG (coverage per desa, budget, registrations per month) for the window."""
    desa, month, budget = charts(report)
    return [svg_of(stacked_bars(desa, width=520)), svg_of(bars(budget, width=520, height=105, horizontal=True)),
            svg_of(bars(month, width=520, height=140))]


class ReportWriter:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def view(self, report: Report) -> ReportView:
        office = self.store.office.get()
        if office is None:
            raise UserError(tr(T["no_office"]))
        settings = load_print_settings(self.store)
        today = format_date_long(self.ctx.today())
        desa, month, budget = charts(report)
        pdf_tables = [TableView(title, [h for h, _ in heads], [[cell_text(v, heads[i][1]) for i, v in enumerate(r)]
                                                               for r in rows],
                                frozenset(i for i, (_, f) in enumerate(heads) if f in (NUMBER, MONEY)),
                                total_row=key != "month", widths_mm=column_widths([f for _, f in heads]))
                      for key, title, heads, rows in tables(report)]
        place = RecapComposer(self.ctx, office, settings).place()
        return ReportView(
            slip_header(office, settings.logo_path), tr(T["title"]),
            tr(T["subtitle"], scheme=report.scheme_name or tr(T["all_schemes"]), period=period_text(report),
               date=format_date_long(report.made_on)),
            [(label, text) for label, text, _, _ in figures(report)], desa, month, budget, pdf_tables,
            f"{place}, {today}", tr(T["head"]), office.head_title, office.head_name,
            f"NIP {office.head_nip}" if office.head_nip else "",
            tr(T["printed"], date=today, operator=self.ctx.operator), tr(T["running"], office=office.name))

    def write_pdf(self, report: Report, out: Path) -> tuple[Path, int]:
        """The report as a PDF at ``out`` (audited as a print); returns (path, pages)."""
        view = self.view(report)
        with PendingFile(Path(out)) as pending:
            pages = write_report(pending.temp_path, view)
            with pending.committing(self.store.write()):
                self.store.audit.record(self.ctx.operator, "print", "report", "", new=disclosed(
                    "report", 0, pending.target, pages=pages, file=pending.target.name))
        log.info("printed the report (%d pages) to %s", pages, pending.target.name)
        return pending.target, pages

    def sheets(self, report: Report) -> list[SheetData]:
        columns = [Column(tr(T["h_item"]), TEXT, 40), Column(tr(T["h_people"]), NUMBER, 14),
                   Column(tr(T["h_cost"]), MONEY, 18), Column(tr(T["h_note"]), TEXT, 80)]
        rows = [[label, number if unit == "" else None, number if unit == "rp" else None, text]
                for label, text, number, unit in figures(report)]
        summary = SheetData(tr(SHEET_NAMES["summary"]), columns, rows)
        out = [summary]
        for key, _title, heads, rows in tables(report):
            columns = [Column(h, f, 34 if f == TEXT and i == 0 else 14) for i, (h, f) in enumerate(heads)]
            out.append(SheetData(tr(SHEET_NAMES[key]), columns, rows))
        return out

    def write_xlsx(self, report: Report, out: Path) -> Path:
        """The report as a workbook (one sheet per table) at ``out``, audited as an export."""
        sheets = self.sheets(report)
        with PendingFile(Path(out)) as pending:
            write_workbook(pending.temp_path, sheets)
            with pending.committing(self.store.write()):
                self.store.audit.record(self.ctx.operator, "export", "report", "",
                                        new=disclosed("report", 0, pending.target, sheets=[s.name for s in sheets],
                                                      file=pending.target.name))
        return pending.target
