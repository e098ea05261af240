"""The supervisor's report as a PDF: letterhead, title and date, the key figures, the charts,
every table (a long one repeats its header on each page), the head of office's signature line,
and "Halaman x dari y" on every page (the recap's numbering canvas).

Everything arrives already worded and formatted (``ReportView``); user text goes through
``markup_escape`` before it enters a Paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app import __version__
from desktop_app.formats.pdf_fonts import BOLD, REGULAR, register_fonts
from desktop_app.formats.pdf_fonts import markup_escape as esc
from desktop_app.formats.recap_parts import letterhead, numbered_canvas
from desktop_app.formats.report_charts import Bars, StackedBars, bars, stacked_bars
from desktop_app.formats.slip_pdf import SlipHeader

_GRID = colors.Color(0.55, 0.55, 0.55)
_HEAD = colors.Color(0.88, 0.88, 0.88)
_BAND = colors.Color(0.965, 0.965, 0.965)
WIDTH = 180 * mm


@dataclass(frozen=True)
class TableView:
    """One table: its title, headers, text rows (already formatted), which columns are numbers,
    and whether the last row is a total."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = frozenset()
    total_row: bool = False
    widths_mm: tuple[float, ...] = ()      # column widths; () shares the page width (first column wider)


@dataclass
class ReportView:
    header: SlipHeader
    title: str
    subtitle: str
    figures: list[tuple[str, str]]
    coverage_chart: StackedBars
    month_chart: Bars
    budget_chart: Bars
    tables: list[TableView]
    place_date: str
    signer_role: str
    signer_title: str
    signer_name: str
    signer_nip: str
    printed: str
    running_title: str
    notes: list[str] = field(default_factory=list)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {"base": base,
            "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER),
            "subtitle": ParagraphStyle("subtitle", base, alignment=TA_CENTER, spaceAfter=3 * mm),
            "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=9.5, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
            "cell": ParagraphStyle("cell", base, fontSize=7.4, leading=8.8),
            "num": ParagraphStyle("num", base, fontSize=7.4, leading=8.8, alignment=TA_RIGHT),
            "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=6.2, leading=7.6),
            "center": ParagraphStyle("center", base, alignment=TA_CENTER)}


def _figures(view: ReportView, st) -> Table:
    rows = [[Paragraph(esc(k), st["base"]), Paragraph(esc(v), st["base"])] for k, v in view.figures]
    table = Table(rows, colWidths=(62 * mm, 118 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def data_table(table: TableView, st) -> Table:
    if table.widths_mm:
        widths = [w * mm for w in table.widths_mm]
    else:
        first = 2.2 if len(table.headers) > 4 else 3.0
        unit = WIDTH / (first + len(table.headers) - 1)
        widths = [unit * first] + [unit] * (len(table.headers) - 1)
    data = [[Paragraph(esc(h), st["head"]) for h in table.headers]]
    for row in table.rows:
        data.append([Paragraph(esc(v), st["num" if i in table.numeric else "cell"]) for i, v in enumerate(row)])
    out = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.3, _GRID), ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _BAND]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
    if table.total_row and table.rows:
        style.append(("BACKGROUND", (0, -1), (-1, -1), _HEAD))
    out.setStyle(TableStyle(style))
    return out


def _signature(view: ReportView, st) -> Table:
    lines = [view.place_date, view.signer_role, view.signer_title]
    cell = [Paragraph(esc(t) or "&nbsp;", st["center"]) for t in lines]
    cell += [Paragraph("&nbsp;", ParagraphStyle("gap", st["center"], leading=16 * mm)),
             Paragraph(f"<b><u>{esc(view.signer_name) or '&nbsp;' * 36}</u></b>", st["center"]),
             Paragraph(esc(view.signer_nip) or "&nbsp;", st["center"])]
    table = Table([["", cell]], colWidths=(100 * mm, 80 * mm))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def story(view: ReportView) -> list:
    st = _styles()
    flow = [letterhead(view.header, st), Spacer(1, 4 * mm), Paragraph(esc(view.title), st["title"]),
            Paragraph(esc(view.subtitle), st["subtitle"]), _figures(view, st), Spacer(1, 4 * mm),
            stacked_bars(view.coverage_chart, width=WIDTH), Spacer(1, 3 * mm),
            KeepTogether([bars(view.budget_chart, width=WIDTH, height=105, horizontal=True)]), Spacer(1, 3 * mm),
            KeepTogether([bars(view.month_chart, width=WIDTH, height=140)])]
    for table in view.tables:
        flow += [Paragraph(esc(table.title), st["h2"]), data_table(table, st)]
    flow += [Paragraph(esc(note), st["cell"]) for note in view.notes]
    flow.append(KeepTogether([Spacer(1, 8 * mm), _signature(view, st)]))
    return flow


def write_report(target: str | Path, view: ReportView) -> int:
    """Write the report PDF; returns its page count."""
    register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=view.title, creator=f"Lindungi {__version__}",
                            initialFontName=REGULAR)
    doc.build(story(view), canvasmaker=numbered_canvas(view.printed, view.running_title))
    return doc.page
