"""Batch recap / berita acara: letterhead, batch facts, participants, totals, signatures.

Built with platypus: the participants table repeats its header on every page,
and a numbering canvas writes "Halaman x dari y" once the page count is known.
Every user value goes through ``markup_escape`` before it enters a Paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app import __version__
from desktop_app.domain.registration import SEX_SHORT_LABELS, Sex
from desktop_app.formats.pdf_fonts import BOLD, FAMILY, REGULAR, register_fonts
from desktop_app.formats.pdf_fonts import markup_escape as esc
from desktop_app.formats.recap_parts import letterhead, numbered_canvas, signature_table
from desktop_app.formats.slip_pdf import SlipHeader
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

# Widths in mm add up to the frame's usable width (180 mm page text width − 2 × 6 pt padding).
COLUMNS = (
    (QT_TRANSLATE_NOOP("RecapPdf", "No"), 8),
    (QT_TRANSLATE_NOOP("RecapPdf", "Nama"), 38),
    (QT_TRANSLATE_NOOP("RecapPdf", "NIK"), 27),
    (QT_TRANSLATE_NOOP("RecapPdf", "Tempat/Tgl Lahir"), 39),
    (QT_TRANSLATE_NOOP("RecapPdf", "L/P"), 7),
    (QT_TRANSLATE_NOOP("RecapPdf", "Desa"), 25),
    (QT_TRANSLATE_NOOP("RecapPdf", "Pekerjaan"), 31),
)
TOTAL_COLUMNS = (QT_TRANSLATE_NOOP("RecapPdf", "Desa/Kelurahan"), SEX_SHORT_LABELS[Sex.MALE],
                 SEX_SHORT_LABELS[Sex.FEMALE], QT_TRANSLATE_NOOP("RecapPdf", "Jumlah"))
T_PARTICIPANTS = QT_TRANSLATE_NOOP("RecapPdf", "Daftar peserta")
T_TOTALS = QT_TRANSLATE_NOOP("RecapPdf", "Rekapitulasi menurut desa/kelurahan dan jenis kelamin")
T_MONEY = QT_TRANSLATE_NOOP("RecapPdf", "Iuran")
T_TOTAL_ROW = QT_TRANSLATE_NOOP("RecapPdf", "Jumlah")

_GRID = colors.Color(0.55, 0.55, 0.55)
_HEAD = colors.Color(0.88, 0.88, 0.88)
_BAND = colors.Color(0.965, 0.965, 0.965)


@dataclass(frozen=True)
class RecapRow:
    name: str
    nik: str
    birth: str
    sex: str
    village: str
    occupation: str


@dataclass(frozen=True)
class Signer:
    role: str        # "Yang menyerahkan," / "Yang menerima," / "Mengetahui,"
    title: str       # position, e.g. "Camat Penajam"
    name: str
    nip: str


@dataclass
class RecapView:
    header: SlipHeader
    title: str
    subtitle: str
    info: list[tuple[str, str]]
    intro: str
    rows: list[RecapRow]
    village_totals: list[tuple[str, int, int]]     # (desa, men, women)
    money: list[tuple[str, str]]
    place_date: str
    signers: tuple[Signer, ...]                    # hands over, receives, acknowledges (head of office)
    printed: str
    running_title: str
    notes: list[str] = field(default_factory=list)
    draft: str = ""       # "" for a final recap; else the watermark word ("DRAF") on every page
    draft_note: str = ""  # under the title and atop every page of a draft: "… bukan untuk ditandatangani"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", base, alignment=TA_CENTER, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=9.5, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
        "cell": ParagraphStyle("cell", base, fontName=FAMILY, fontSize=7.4, leading=8.8),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=7.4, leading=8.8),
        "head_r": ParagraphStyle("head_r", base, fontName=BOLD, fontSize=7.4, leading=8.8, alignment=TA_RIGHT),
        "amount": ParagraphStyle("amount", base, fontName=BOLD, alignment=TA_RIGHT),
        "draft": ParagraphStyle("draft", base, fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER,
                                textColor=colors.Color(0.7, 0.05, 0.05), spaceAfter=2 * mm),
    }


def _info_table(view: RecapView, st) -> Table:
    rows = [[Paragraph(esc(k), st["base"]), Paragraph(esc(v), st["base"])] for k, v in view.info]
    table = Table(rows, colWidths=(45 * mm, 130 * mm))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def participants_table(rows: list[RecapRow], st) -> Table:
    cell = st["cell"]
    data = [[Paragraph(esc(tr(label)), st["head"]) for label, _ in COLUMNS]]
    for i, r in enumerate(rows, 1):
        data.append([str(i), Paragraph(esc(r.name), cell), r.nik, Paragraph(esc(r.birth), cell), r.sex,
                     Paragraph(esc(r.village), cell), Paragraph(esc(r.occupation), cell)])
    table = Table(data, colWidths=[w * mm for _, w in COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 7.4), ("GRID", (0, 0), (-1, -1), 0.3, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _BAND]),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (4, 1), (4, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def totals_table(village_totals: list[tuple[str, int, int]], st) -> Table:
    data = [[Paragraph(esc(tr(h)), st["head" if i == 0 else "head_r"]) for i, h in enumerate(TOTAL_COLUMNS)]]
    for name, men, women in village_totals:
        data.append([Paragraph(esc(name), st["cell"]), str(men), str(women), str(men + women)])
    men = sum(v[1] for v in village_totals)
    women = sum(v[2] for v in village_totals)
    data.append([Paragraph(esc(tr(T_TOTAL_ROW)), st["head"]), str(men), str(women), str(men + women)])
    table = Table(data, colWidths=(80 * mm, 20 * mm, 20 * mm, 24 * mm), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 7.6), ("FONT", (1, -1), (-1, -1), BOLD, 7.6),
        ("GRID", (0, 0), (-1, -1), 0.3, _GRID), ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("BACKGROUND", (0, -1), (-1, -1), _HEAD), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _money_table(view: RecapView, st) -> Table:
    rows = [[Paragraph(esc(k), st["base"]), Paragraph(esc(v), st["amount"])] for k, v in view.money]
    table = Table(rows, colWidths=(95 * mm, 75 * mm), hAlign="LEFT")   # room for task days and ranges
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID)]))
    return table


def story(view: RecapView) -> list:
    """Facts and participants first; the totals, the money and the signatures kept together so
    the last page always carries them (the participants table repeats its header when it runs on)."""
    st = _styles()
    flow = [letterhead(view.header, st), Spacer(1, 4 * mm), Paragraph(esc(view.title), st["title"]),
            Paragraph(esc(view.subtitle), st["subtitle"])]
    if view.draft:
        flow.append(Paragraph(esc(view.draft_note), st["draft"]))
    flow += [_info_table(view, st), Spacer(1, 3 * mm), Paragraph(esc(view.intro), st["base"]),
             Paragraph(esc(tr(T_PARTICIPANTS)), st["h2"]), participants_table(view.rows, st)]
    closing = [Paragraph(esc(tr(T_TOTALS)), st["h2"]), totals_table(view.village_totals, st),
               Paragraph(esc(tr(T_MONEY)), st["h2"]), _money_table(view, st)]
    closing += [Paragraph(esc(note), st["cell"]) for note in view.notes]
    closing += [Spacer(1, 6 * mm), signature_table(view.place_date, view.signers, st)]
    flow.append(KeepTogether(closing))
    return flow


def write_recap(target: str | Path, view: RecapView, *, on_page: Callable[[int], None] | None = None) -> int:
    """Write the recap PDF; returns its page count. ``on_page(n)`` as each page is laid out."""
    register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=view.title,
                            creator=f"Lindungi {__version__}", initialFontName=REGULAR)

    def each_page(canvas, document) -> None:
        if on_page is not None:
            on_page(document.page)

    canvasmaker = numbered_canvas(view.printed, view.running_title, view.draft, view.draft_note)
    doc.build(story(view), onFirstPage=each_page, onLaterPages=each_page, canvasmaker=canvasmaker)
    return doc.page
