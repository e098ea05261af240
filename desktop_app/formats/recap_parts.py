"""Pieces of the recap: letterhead, signature blocks and the "Halaman x dari y" canvas."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from desktop_app.formats.pdf_fonts import BOLD, REGULAR
from desktop_app.formats.pdf_fonts import markup_escape as esc
from desktop_app.formats.slip_parts import usable_logo
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

M_PAGE = QT_TRANSLATE_NOOP("RecapPdf", "Halaman {page} dari {total}")
M_NIP = QT_TRANSLATE_NOOP("RecapPdf", "NIP {nip}")


def letterhead(header, st) -> Table:
    """Government and office names over a double rule, with the logo on the left if any."""
    center = ParagraphStyle("kop", st["base"], alignment=TA_CENTER)
    lines = [Paragraph(f"<b>{esc(header.government.upper())}</b>", ParagraphStyle("kop1", center, fontSize=12,
                                                                                   leading=15)),
             Paragraph(f"<b>{esc(header.office.upper())}</b>", ParagraphStyle("kop2", center, fontSize=11,
                                                                               leading=13.5))]
    if header.address:
        lines.append(Paragraph(esc(header.address), ParagraphStyle("kop3", center, fontSize=8, leading=10)))
    logo = usable_logo(header.logo_path)
    image = Image(logo, width=20 * mm, height=20 * mm, kind="proportional") if logo else ""
    table = Table([[image, lines, ""]], colWidths=(22 * mm, 131 * mm, 22 * mm))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.6, colors.black),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def signature_table(place_date: str, signers, st) -> Table:
    """Two signature blocks side by side: role, position, space to sign, name, NIP."""
    center = ParagraphStyle("sign", st["base"], alignment=TA_CENTER)
    cells = []
    for i, signer in enumerate(signers):
        block = [Paragraph(esc(place_date) if i == 1 else "&nbsp;", center),
                 Paragraph(esc(signer.role), center), Paragraph(esc(signer.title) or "&nbsp;", center),
                 Paragraph("&nbsp;", ParagraphStyle("gap", center, leading=20 * mm)),
                 Paragraph(f"<b><u>{esc(signer.name) or '&nbsp;' * 40}</u></b>", center),
                 Paragraph(esc(tr(M_NIP, nip=signer.nip)) if signer.nip else "&nbsp;", center)]
        cells.append(block)
    table = Table([cells], colWidths=(87.5 * mm, 87.5 * mm))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def numbered_canvas(printed: str, running_title: str) -> type[Canvas]:
    """A canvas class that keeps its pages until ``save`` so each can say "x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            self.setFont(REGULAR, 7)
            self.setFillGray(0.3)
            self.drawString(15 * mm, 10 * mm, printed)
            self.drawRightString(width - 15 * mm, 10 * mm, tr(M_PAGE, page=self._pageNumber, total=total))
            if self._pageNumber > 1:
                self.setFont(BOLD, 7)
                self.drawString(15 * mm, self._pagesize[1] - 10 * mm, running_title)
            self.setFillGray(0)

    return NumberedCanvas
