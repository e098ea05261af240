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


def _signature_lines(signer, center, date_line: str = "") -> list:
    """Date, role, position, space to sign, name (a line to fill in when unknown), NIP."""
    return [Paragraph(esc(date_line) or "&nbsp;", center),
            Paragraph(esc(signer.role), center), Paragraph(esc(signer.title) or "&nbsp;", center),
            Paragraph("&nbsp;", ParagraphStyle("gap", center, leading=16 * mm)),
            Paragraph(f"<b><u>{esc(signer.name) or '&nbsp;' * 36}</u></b>", center),
            Paragraph(esc(tr(M_NIP, nip=signer.nip)) if signer.nip else "&nbsp;", center)]


def signature_table(place_date: str, signers, st) -> Table:
    """The signers side by side — who hands over, who acknowledges (head of office), who receives
    (under the place and date) — one table row per line so the names stand level, and short
    enough to share the last page with the totals."""
    center = ParagraphStyle("sign", st["base"], alignment=TA_CENTER)
    last = len(signers) - 1
    columns = [_signature_lines(signer, center, place_date if i == last else "") for i, signer in enumerate(signers)]
    rows = [list(line) for line in zip(*columns, strict=True)]
    table = Table(rows, colWidths=[175 * mm / len(signers)] * len(signers))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def numbered_canvas(printed: str, running_title: str, watermark: str = "", banner: str = "") -> type[Canvas]:
    """A canvas class that keeps its pages until ``save`` so each can say "x of y"; with a
    ``watermark`` (e.g. "DRAF") every page also carries it large across the page and ``banner``
    above the text, so a list that may still change cannot pass for a final one."""

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
                if watermark:
                    self._watermark()
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

        def _watermark(self) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
            self.translate(width / 2, height / 2)
            self.rotate(50)
            self.setFont(BOLD, 150)
            self.drawCentredString(0, -50, watermark)
            self.restoreState()
            self.saveState()
            self.setFillColor(colors.Color(0.7, 0.05, 0.05))
            self.setFont(BOLD, 9)
            self.drawCentredString(width / 2, height - 6.5 * mm, banner)
            self.restoreState()

    return NumberedCanvas
