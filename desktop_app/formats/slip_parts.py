"""Pieces of the enrolment slip: its labels (translated once) and its letterhead.

The logo is optional: a missing, unreadable or non-image file is logged and the
header is drawn without it, never an error in the middle of a print run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.formats.pdf_fonts import BOLD, REGULAR, fit_text, shrink_to_fit
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

log = logging.getLogger(__name__)

_LABELS = {
    "title": QT_TRANSLATE_NOOP("SlipPdf", "BUKTI PENDAFTARAN"),
    "subtitle": QT_TRANSLATE_NOOP("SlipPdf", "Peserta BPJS Ketenagakerjaan — Pekerja Rentan"),
    "number": QT_TRANSLATE_NOOP("SlipPdf", "Nomor Pendaftaran"),
    "name": QT_TRANSLATE_NOOP("SlipPdf", "Nama"),
    "nik": QT_TRANSLATE_NOOP("SlipPdf", "NIK"),
    "birth": QT_TRANSLATE_NOOP("SlipPdf", "Tempat/Tgl. Lahir"),
    "sex": QT_TRANSLATE_NOOP("SlipPdf", "Jenis Kelamin"),
    "address": QT_TRANSLATE_NOOP("SlipPdf", "Alamat"),
    "village": QT_TRANSLATE_NOOP("SlipPdf", "Desa/Kelurahan"),
    "district": QT_TRANSLATE_NOOP("SlipPdf", "Kecamatan"),
    "occupation": QT_TRANSLATE_NOOP("SlipPdf", "Pekerjaan"),
    "kpj": QT_TRANSLATE_NOOP("SlipPdf", "Nomor KPJ"),
    "programs": QT_TRANSLATE_NOOP("SlipPdf", "Program"),
    "coverage": QT_TRANSLATE_NOOP("SlipPdf", "Masa Perlindungan"),
    "monthly": QT_TRANSLATE_NOOP("SlipPdf", "Iuran per Bulan"),
    "payer": QT_TRANSLATE_NOOP("SlipPdf", "Iuran dibayar oleh"),
    "heirs": QT_TRANSLATE_NOOP("SlipPdf", "Ahli Waris"),
    "qr_caption": QT_TRANSLATE_NOOP("SlipPdf", "Pindai untuk memeriksa keaslian"),
    "benefits": QT_TRANSLATE_NOOP("SlipPdf", "Manfaat perlindungan"),
    "claims": QT_TRANSLATE_NOOP("SlipPdf", "Cara mengajukan klaim"),
    "officer": QT_TRANSLATE_NOOP("SlipPdf", "Petugas Pendaftar,"),
    "worker": QT_TRANSLATE_NOOP("SlipPdf", "Peserta,"),
    "thumb": QT_TRANSLATE_NOOP("SlipPdf", "Cap jempol"),
    "nip": QT_TRANSLATE_NOOP("SlipPdf", "NIP"),
    "cut_here": QT_TRANSLATE_NOOP("SlipPdf", "gunting di sini"),
    "copy_watermark": QT_TRANSLATE_NOOP("SlipPdf", "SALINAN"),
}


@dataclass(frozen=True)
class SlipLabels:
    title: str
    subtitle: str
    number: str
    name: str
    nik: str
    birth: str
    sex: str
    address: str
    village: str
    district: str
    occupation: str
    kpj: str
    programs: str
    coverage: str
    monthly: str
    payer: str
    heirs: str
    qr_caption: str
    benefits: str
    claims: str
    officer: str
    worker: str
    thumb: str
    nip: str
    cut_here: str
    copy_watermark: str

    @classmethod
    def current(cls) -> SlipLabels:
        """All labels in the current language."""
        return cls(**{f.name: tr(_LABELS[f.name]) for f in fields(cls)})


def usable_logo(path: str | None) -> str | None:
    """``path`` when it names a readable image, else None (logged, never raised)."""
    if not path:
        return None
    try:
        ImageReader(path).getSize()
        return str(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable image means "no logo"
        log.warning("logo %s not used: %s", path, exc.__class__.__name__)
        return None


class HeaderDrawer:
    """Letterhead: optional logo, government and office names, address, slip title."""

    def __init__(self, canvas: Canvas, header, labels: SlipLabels) -> None:
        self.c = canvas
        self.header = header
        self.labels = labels
        # Drawn by file name: reportlab embeds it once per document, however many slips.
        self.logo = usable_logo(header.logo_path)
        self.text_x = 26 * mm if self.logo else 9 * mm
        width = 132 * mm - self.text_x
        self.government = shrink_to_fit(header.government.upper(), BOLD, 9.5, width, 7.5)
        self.office = shrink_to_fit(header.office, BOLD, 8.6, width, 7)
        self.address = fit_text(header.address, REGULAR, 6.8, width)

    def draw(self, top: float, copy_mark: str, subtitle: str = "") -> None:
        c, lb = self.c, self.labels
        if self.logo:
            c.drawImage(self.logo, 9 * mm, top - 21 * mm, 14 * mm, 14 * mm, preserveAspectRatio=True,
                        anchor="c", mask="auto")
        for (text, size), y in ((self.government, 10.5 * mm), (self.office, 14.6 * mm)):
            c.setFont(BOLD, size)
            c.drawString(self.text_x, top - y, text)
        c.setFont(REGULAR, 6.8)
        c.drawString(self.text_x, top - 18.4 * mm, self.address)
        c.setFont(BOLD, 11.5)
        c.drawRightString(201 * mm, top - 10.8 * mm, lb.title)
        c.setFont(REGULAR, 6.8)
        c.drawRightString(201 * mm, top - 14.6 * mm, subtitle or lb.subtitle)
        if copy_mark:
            c.setFillColorRGB(0.75, 0, 0)
            c.setFont(BOLD, 8.5)
            c.drawRightString(201 * mm, top - 19 * mm, copy_mark)
            c.setFillGray(0)
        c.setLineWidth(1)
        c.line(9 * mm, top - 22.3 * mm, 201 * mm, top - 22.3 * mm)
