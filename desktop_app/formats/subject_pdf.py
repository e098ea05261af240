"""The data-subject sheet as a PDF: letterhead, title, one block of fields per registration,
the heirs, batches and processing steps as tables (long ones repeat their header), and the
legal basis; "Halaman x dari y" on every page. Everything arrives worded (``SubjectView``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app import __version__
from desktop_app.formats.pdf_fonts import BOLD, REGULAR, register_fonts
from desktop_app.formats.pdf_fonts import markup_escape as esc
from desktop_app.formats.recap_parts import letterhead, numbered_canvas
from desktop_app.formats.report_pdf import _GRID, TableView, data_table
from desktop_app.formats.slip_pdf import SlipHeader


@dataclass
class SubjectView:
    header: SlipHeader
    title: str
    subtitle: str
    sections: list[tuple[str, list[tuple[str, str]]]]
    tables: list[TableView]
    basis: str


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {"base": base,
            "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=12.5, leading=15, alignment=1),
            "subtitle": ParagraphStyle("subtitle", base, alignment=1, spaceAfter=3 * mm),
            "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=9.5, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
            "cell": ParagraphStyle("cell", base, fontSize=7.4, leading=8.8),
            "num": ParagraphStyle("num", base, fontSize=7.4, leading=8.8, alignment=2),
            "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=6.8, leading=8),
            "note": ParagraphStyle("note", base, fontSize=7.4, leading=9, spaceBefore=4 * mm)}


def _fields(rows: list[tuple[str, str]], st) -> Table:
    data = [[Paragraph(esc(k), st["base"]), Paragraph(esc(v), st["base"])] for k, v in rows]
    table = Table(data, colWidths=(50 * mm, 130 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]))
    return table


def story(view: SubjectView) -> list:
    st = _styles()
    flow = [letterhead(view.header, st), Spacer(1, 4 * mm), Paragraph(esc(view.title), st["title"]),
            Paragraph(esc(view.subtitle), st["subtitle"])]
    for title, rows in view.sections:
        flow += [Paragraph(esc(title), st["h2"]), _fields(rows, st)]
    for table in view.tables:
        flow += [Paragraph(esc(table.title), st["h2"]), data_table(table, st)]
    flow.append(Paragraph(esc(view.basis), st["note"]))
    return flow


def write_subject(target: str | Path, view: SubjectView) -> int:
    """Write the sheet; returns its page count."""
    register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=view.title, creator=f"Lindungi {__version__}",
                            initialFontName=REGULAR)
    doc.build(story(view), canvasmaker=numbered_canvas(view.subtitle, view.title))
    return doc.page
