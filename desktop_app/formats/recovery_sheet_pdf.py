"""The recovery sheet: one A4 page with the office's recovery key, printed once at set-up.

The key in 17 groups of four (the last one a checksum, so a typo is caught), the same key as
a QR code (a scanner types it into "Lupa kata sandi"), the office, the date, how to use it,
and the rule in large letters: keep it in the office, never with the laptop. Losing both the
passwords and this sheet means losing the data, and the sheet says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.formats.pdf_fonts import BOLD, REGULAR, register_fonts
from desktop_app.formats.qr_draw import draw_qr
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

T_TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "LEMBAR PEMULIHAN DATA LINDUNGI")
T_KEEP = QT_TRANSLATE_NOOP("RecoverySheet", "SIMPAN DI KANTOR, JANGAN BERSAMA LAPTOP")
T_OFFICE = QT_TRANSLATE_NOOP("RecoverySheet", "Kantor: {office}")
T_DATABASE = QT_TRANSLATE_NOOP("RecoverySheet", "Basis data: {name}")
T_DATE = QT_TRANSLATE_NOOP("RecoverySheet", "Dibuat: {date} oleh {operator}")
T_KEY = QT_TRANSLATE_NOOP("RecoverySheet", "Kunci pemulihan:")
T_HOW = (
    QT_TRANSLATE_NOOP("RecoverySheet", "Cara memakai: di layar masuk Lindungi pilih \"Lupa kata sandi…\"."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Ketik kunci di atas (tanda hubung boleh dilewati) atau pindai kode QR."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Isi nama admin dan kata sandi baru; data kantor terbuka lagi."),
    QT_TRANSLATE_NOOP("RecoverySheet", "Kunci ini membuka semua data pekerja kantor ini: siapa pun yang memegang "),
    QT_TRANSLATE_NOOP("RecoverySheet", "lembar ini dan salinan basis datanya dapat membacanya."),
)
T_LOSS = (
    QT_TRANSLATE_NOOP("RecoverySheet", "Bila semua kata sandi DAN lembar ini hilang, data tidak dapat dibuka lagi"),
    QT_TRANSLATE_NOOP("RecoverySheet", "oleh siapa pun, termasuk pembuat Lindungi."),
)
T_DINAS = QT_TRANSLATE_NOOP("RecoverySheet", "Simpan dalam amplop tertutup di lemari terkunci kantor atau Dinas; "
                                             "catat di buku arsip.")


@dataclass(frozen=True)
class RecoverySheet:
    office: str
    database: str
    recovery_key: str          # storage.keyfile.recovery_text: 17 groups of four
    made_on: date
    operator: str


def write_recovery_sheet(sheet: RecoverySheet, target: Path) -> None:
    """Write the sheet to ``target`` (the caller writes through ``files.PendingFile``)."""
    register_fonts()
    width, height = A4
    c = Canvas(str(target), pagesize=A4)
    c.setTitle(tr(T_TITLE))
    left, y = 20 * mm, height - 25 * mm
    c.setFont(BOLD, 16)
    c.drawString(left, y, tr(T_TITLE))
    y -= 9 * mm
    c.setFont(REGULAR, 10.5)
    for line in (tr(T_OFFICE, office=sheet.office), tr(T_DATABASE, name=sheet.database),
                 tr(T_DATE, date=sheet.made_on.strftime("%d-%m-%Y"), operator=sheet.operator)):
        c.drawString(left, y, line)
        y -= 5.5 * mm
    y -= 4 * mm
    c.setFont(BOLD, 11)
    c.drawString(left, y, tr(T_KEY))
    y = _key_groups(c, sheet.recovery_key, left, y - 9 * mm)
    draw_qr(c, sheet.recovery_key, width - 20 * mm - 55 * mm, height - 95 * mm, 55 * mm, level="M")
    y -= 8 * mm
    c.setFont(REGULAR, 10.5)
    for line in T_HOW:
        c.drawString(left, y, tr(line))
        y -= 5.5 * mm
    y -= 4 * mm
    c.setFont(BOLD, 10.5)
    for line in T_LOSS:
        c.drawString(left, y, tr(line))
        y -= 5.5 * mm
    c.setFont(REGULAR, 10.5)
    c.drawString(left, y - 2 * mm, tr(T_DINAS))
    _keep_banner(c, width, 30 * mm)
    c.showPage()
    c.save()


def _key_groups(c: Canvas, key: str, left: float, y: float) -> float:
    """The groups in large type, five a line, with space between them; the new y."""
    groups = key.split("-")
    c.setFont(BOLD, 17)
    for start in range(0, len(groups), 5):
        x = left
        for group in groups[start:start + 5]:
            c.drawString(x, y, group)
            x += 23 * mm
        y -= 10 * mm
    return y


def _keep_banner(c: Canvas, width: float, y: float) -> None:
    c.saveState()
    c.setLineWidth(2)
    c.rect(20 * mm, y - 6 * mm, width - 40 * mm, 16 * mm, stroke=1, fill=0)
    c.setFont(BOLD, 15)
    c.drawCentredString(width / 2, y, tr(T_KEEP))
    c.restoreState()
