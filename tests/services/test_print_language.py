"""Printed documents follow the app's language: every label goes through the translator.

The English catalogue for these texts is filled by the translation owner; here a
stand-in catalogue proves the wiring (labels, benefits, recap headings, month names).
"""

import pytest

from desktop_app import i18n
from desktop_app.services.printing import PrintService
from tests.pdf_reading import all_text
from tests.services.printing_helpers import batch_of, people

ENGLISH = {
    ("SlipPdf", "BUKTI PENDAFTARAN"): "ENROLMENT SLIP",
    ("SlipPdf", "Nomor Pendaftaran"): "Registration number",
    ("SlipPdf", "Ahli Waris"): "Heirs",
    ("SlipPdf", "SALINAN ke-{n}"): "COPY no. {n}",
    ("Benefits", "Klaim di kantor cabang BPJS Ketenagakerjaan terdekat atau lewat Call Center {call}."):
        "Claim at the nearest BPJS Ketenagakerjaan branch or call {call}.",
    ("RecapPdf", "Halaman {page} dari {total}"): "Page {page} of {total}",
    ("RecapPdf", "Nama"): "Name",
    ("Recap", "BERITA ACARA SERAH TERIMA DATA PESERTA"): "HANDOVER REPORT OF PARTICIPANT DATA",
    ("Month", "Januari"): "January",
    ("Registration", "Perempuan"): "Female",
}


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setattr(i18n, "_catalogue", lambda language: ENGLISH if language == "en" else {})
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def test_slip_and_recap_in_english(ctx, out_dir, english):
    regs = people(ctx, 2)
    service = PrintService(ctx)
    service.print_slips([regs[0].id], out_dir / "first.pdf")
    service.print_slips([regs[0].id], out_dir / "slip.pdf")
    text = " ".join(all_text(out_dir / "slip.pdf").split())
    for expected in ("ENROLMENT SLIP", "Registration number", "Heirs", "COPY no. 1", "Female",
                     "Claim at the nearest BPJS Ketenagakerjaan branch or call 175.", "January 2026"):
        assert expected in text, expected
    assert "BUKTI PENDAFTARAN" not in text
    service.print_recap(batch_of(ctx, regs), out_dir / "recap.pdf")
    recap = all_text(out_dir / "recap.pdf")
    assert "HANDOVER REPORT OF PARTICIPANT DATA" in recap and "Page 1 of 1" in recap and "Name" in recap


def test_indonesian_is_the_default(ctx, out_dir):
    regs = people(ctx, 1)
    PrintService(ctx).print_slips([regs[0].id], out_dir / "slip.pdf")
    assert "BUKTI PENDAFTARAN" in all_text(out_dir / "slip.pdf")
