"""Enrolment slips (bukti pendaftaran): two per A4 page with a cut line, or one per A5.

A slip is an A5-landscape rectangle (210 × 148.5 mm) drawn with plain canvas
calls, which take text literally (no markup to escape) and are fast enough for
a thousand slips a run. Everything the slip says arrives ready-made in a
``SlipView``; the labels and the benefit summary are looked up once per
document in the current language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop_app import __version__
from desktop_app.domain.benefits import benefit_lines, claim_lines
from desktop_app.formats.pdf_fonts import BOLD, REGULAR, fit_text, register_fonts, text_width
from desktop_app.formats.qr_draw import draw_qr
from desktop_app.formats.slip_parts import HeaderDrawer, SlipLabels

LAYOUT_A4_TWO = "a4_two"
LAYOUT_A5 = "a5"
LAYOUTS = (LAYOUT_A4_TWO, LAYOUT_A5)
SLIP_W, SLIP_H = 210 * mm, 148.5 * mm
# Identity rows: 9 rows, two of them wrapped, end above the benefit boxes (83.5 mm down).
ROW_PITCH, WRAP_PITCH = 4.1 * mm, 3.4 * mm


@dataclass(frozen=True)
class SlipHeader:
    government: str            # "Pemerintah Kabupaten Penajam Paser Utara"
    office: str                # "Kantor Kecamatan Penajam"
    address: str = ""
    logo_path: str | None = None


@dataclass(frozen=True)
class SlipView:
    """One slip's text, already formatted (masked NIK, long dates, rupiah)."""

    number: str
    name: str
    nik: str
    birth: str
    sex: str
    address: str
    village: str
    district: str
    occupation: str
    programs: str
    coverage: str
    monthly: str
    payer: str
    heirs: str
    kpj: str
    qr_text: str
    printed: str
    officer_name: str = ""
    officer_nip: str = ""
    copy_mark: str = ""        # "SALINAN ke-1" on a reprint
    # An ad-hoc task officer's slip says so and states the money by day (empty: the usual labels).
    subtitle: str = ""
    coverage_label: str = ""
    money_label: str = ""


class SlipPainter:
    """Draws slips onto one canvas; static text is measured and wrapped once."""

    def __init__(self, canvas: Canvas, header: SlipHeader) -> None:
        self.c = canvas
        self.labels = SlipLabels.current()
        self.header = HeaderDrawer(canvas, header, self.labels)
        self.benefits = self._wrap_items(benefit_lines(), 105 * mm)
        self.claims = self._wrap_items(claim_lines(), 73 * mm)

    @staticmethod
    def _wrap_items(items: list[str], width: float) -> list[list[str]]:
        return [simpleSplit(text, REGULAR, 6.6, width - 3 * mm) for text in items]

    def draw(self, view: SlipView, bottom: float) -> None:
        """Draw one slip whose lower edge is at ``bottom`` points."""
        c = self.c
        top = bottom + SLIP_H
        c.setLineWidth(0.6)
        c.setStrokeGray(0.55)
        c.roundRect(5 * mm, bottom + 5 * mm, SLIP_W - 10 * mm, SLIP_H - 10 * mm, 2.5 * mm)
        c.setStrokeGray(0)
        self.header.draw(top, view.copy_mark, view.subtitle)
        self._identity(view, top)
        self._cover(view, top)
        self._texts(top)
        self._signatures(view, top)
        c.setFont(REGULAR, 5.8)
        c.setFillGray(0.35)
        c.drawString(9 * mm, top - 141 * mm, view.printed)
        c.drawRightString(201 * mm, top - 141 * mm, f"Lindungi {__version__}")
        c.setFillGray(0)
        if view.copy_mark:
            self._watermark(bottom)

    def _watermark(self, bottom: float) -> None:
        """A large translucent "SALINAN" across a reprint, over everything (still readable)."""
        c = self.c
        c.saveState()
        c.setFillColorRGB(0.75, 0, 0, alpha=0.13)
        c.setFont(BOLD, 54)
        c.translate(SLIP_W / 2, bottom + SLIP_H / 2 - 12 * mm)
        c.rotate(18)
        c.drawCentredString(0, 0, self.labels.copy_watermark)
        c.restoreState()

    def _row(self, label: str, value: str, x: float, y: float, value_x: float, width: float,
             *, font: str = REGULAR, size: float = 8, lines: int = 1) -> float:
        """Label and value on one baseline; returns the next baseline."""
        c = self.c
        c.setFont(REGULAR, 6.8)
        c.setFillGray(0.3)
        c.drawString(x, y, label)
        c.setFillGray(0)
        c.setFont(font, size)
        parts = simpleSplit(value, font, size, width) if lines > 1 else [value]
        if len(parts) > lines:
            parts = parts[:lines - 1] + [fit_text(" ".join(parts[lines - 1:]), font, size, width)]
        for i, part in enumerate(parts or [""]):
            c.drawString(value_x, y - i * WRAP_PITCH, fit_text(part, font, size, width) if lines == 1 else part)
        return y - ROW_PITCH - max(len(parts) - 1, 0) * WRAP_PITCH

    def _identity(self, v: SlipView, top: float) -> None:
        c, lb = self.c, self.labels
        c.setFont(REGULAR, 6.8)
        c.setFillGray(0.3)
        c.drawString(9 * mm, top - 27.5 * mm, lb.number)
        c.setFillGray(0)
        c.setFont(BOLD, 19)
        c.drawString(9 * mm, top - 35 * mm, v.number)
        x, vx, w = 9 * mm, 38 * mm, 78 * mm
        y = top - 41.5 * mm
        y = self._row(lb.name, v.name, x, y, vx, w, font=BOLD, size=9.5, lines=2)
        for label, value, lines in ((lb.nik, v.nik, 1), (lb.birth, v.birth, 1), (lb.sex, v.sex, 1),
                                    (lb.address, v.address, 2), (lb.village, v.village, 1),
                                    (lb.district, v.district, 1), (lb.occupation, v.occupation, 1)):
            y = self._row(label, value, x, y, vx, w, lines=lines)
        if v.kpj:
            self._row(lb.kpj, v.kpj, x, y, vx, w, font=BOLD)

    def _stacked(self, label: str, value: str, x: float, y: float, width: float, lines: int = 1,
                 font: str = BOLD) -> float:
        c = self.c
        c.setFont(REGULAR, 6.8)
        c.setFillGray(0.3)
        c.drawString(x, y, label)
        c.setFillGray(0)
        c.setFont(font, 8)
        parts = simpleSplit(value, font, 8, width)
        if len(parts) > lines:
            parts = parts[:lines - 1] + [fit_text(" ".join(parts[lines - 1:]), font, 8, width)]
        for i, part in enumerate(parts):
            c.drawString(x, y - (3.5 + 3.5 * i) * mm, part)
        return y - (3.5 + 3.5 * len(parts) + 2.3) * mm

    def _cover(self, v: SlipView, top: float) -> None:
        lb = self.labels
        x = 122 * mm
        y = top - 27.5 * mm
        y = self._stacked(lb.programs, v.programs, x, y, 46 * mm)
        coverage = v.coverage if text_width(v.coverage, BOLD, 8) <= 46 * mm else v.coverage.replace(" – ", " –\n")
        y = self._stacked(v.coverage_label or lb.coverage, coverage, x, y, 46 * mm, lines=2)
        self._stacked(v.money_label or lb.monthly, v.monthly, x, y, 46 * mm, lines=2)
        draw_qr(self.c, v.qr_text, 170 * mm, top - 56 * mm, 32 * mm)
        self.c.setFont(REGULAR, 5.6)
        self.c.drawCentredString(186 * mm, top - 56.5 * mm, lb.qr_caption)
        y = top - 61.5 * mm
        y = self._stacked(lb.payer, v.payer, x, y, 79 * mm, lines=2, font=REGULAR)
        self._stacked(lb.heirs, v.heirs, x, y, 79 * mm, lines=2, font=REGULAR)

    def _texts(self, top: float) -> None:
        c, lb = self.c, self.labels
        for x, width, title, items in ((9 * mm, 108 * mm, lb.benefits, self.benefits),
                                       (122 * mm, 79 * mm, lb.claims, self.claims)):
            c.setFillGray(0.95)
            c.rect(x, top - 113.5 * mm, width, 30 * mm, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(BOLD, 7.2)
            c.drawString(x + 2 * mm, top - 87.5 * mm, title)
            c.setFont(REGULAR, 6.6)
            y = top - 91 * mm
            for lines in items:
                c.drawString(x + 2 * mm, y, "•")
                for line in lines:
                    c.drawString(x + 4.5 * mm, y, line)
                    y -= 2.85 * mm
                y -= 0.5 * mm

    def _signatures(self, v: SlipView, top: float) -> None:
        c, lb = self.c, self.labels
        c.setFont(REGULAR, 7)
        c.drawString(9 * mm, top - 119 * mm, lb.officer)
        c.drawString(72 * mm, top - 119 * mm, lb.worker)
        c.setLineWidth(0.5)
        c.line(9 * mm, top - 131.5 * mm, 62 * mm, top - 131.5 * mm)
        c.line(72 * mm, top - 131.5 * mm, 125 * mm, top - 131.5 * mm)
        c.setFont(BOLD, 7.4)
        c.drawString(9 * mm, top - 134.6 * mm, fit_text(v.officer_name or " ", BOLD, 7.4, 53 * mm))
        c.drawString(72 * mm, top - 134.6 * mm, fit_text(v.name, BOLD, 7.4, 53 * mm))
        if v.officer_nip:
            c.setFont(REGULAR, 6.6)
            c.drawString(9 * mm, top - 137.6 * mm, f"{lb.nip} {v.officer_nip}")
        c.setDash(1.5, 1.5)
        c.rect(135 * mm, top - 138 * mm, 18 * mm, 21 * mm)
        c.setDash()
        c.setFont(REGULAR, 5.8)
        c.drawCentredString(144 * mm, top - 136.6 * mm, lb.thumb)


def _cut_line(c: Canvas, labels: SlipLabels) -> None:
    c.saveState()
    c.setStrokeGray(0.5)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    c.line(12 * mm, SLIP_H, 205 * mm, SLIP_H)
    c.setFont(REGULAR, 9)
    c.setFillGray(0.4)
    c.drawString(5.5 * mm, SLIP_H - 1.1 * mm, "✂")
    c.setFont(REGULAR, 5.5)
    c.drawRightString(205 * mm, SLIP_H + 1 * mm, labels.cut_here)
    c.restoreState()


def write_slips(target: str | Path | BinaryIO, header: SlipHeader, slips: Iterable[SlipView], *,
                layout: str = LAYOUT_A4_TWO, title: str = "",
                on_slip: Callable[[int], None] | None = None) -> int:
    """Write every slip into one PDF; returns the page count. ``on_slip(n)`` after each."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown slip layout {layout!r}")
    register_fonts()
    per_page = 2 if layout == LAYOUT_A4_TWO else 1
    size = A4 if per_page == 2 else landscape(A5)
    c = Canvas(str(target) if isinstance(target, Path) else target, pagesize=size,
               initialFontName=REGULAR, pageCompression=1)
    c.setTitle(title)
    c.setCreator(f"Lindungi {__version__}")
    painter = SlipPainter(c, header)
    count = 0
    for count, view in enumerate(slips, 1):
        slot = (count - 1) % per_page
        if slot == 0 and count > 1:
            c.showPage()
        painter.draw(view, SLIP_H if (per_page == 2 and slot == 0) else 0)
        if per_page == 2 and slot == 1:
            _cut_line(c, painter.labels)
        if on_slip is not None:
            on_slip(count)
    if count == 0:
        raise ValueError("no slips to print")
    c.showPage()
    c.save()
    return (count + per_page - 1) // per_page
