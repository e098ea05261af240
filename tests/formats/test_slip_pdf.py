"""Slip PDFs: pages per layout, text read back, embedded font, literal markup, logo, QR."""

from dataclasses import replace

import pypdf
import pytest
from PIL import Image

from desktop_app.formats.slip_pdf import LAYOUT_A4_TWO, LAYOUT_A5, SlipHeader, SlipView, write_slips
from tests.pdf_reading import all_text, decode_qr_codes, fonts, page_count, page_texts

HEADER = SlipHeader("Pemerintah Kabupaten Penajam Paser Utara", "Kantor Kecamatan Penajam", "Jl. Provinsi KM 9")


def view(i: int = 1, **changes) -> SlipView:
    values = dict(
        number=f"{i:06d}-0", name=f"Peserta Nomor {i}", nik="6409********0001", birth="Penajam, 17 Agustus 1990",
        sex="Perempuan", address="Jl. Nelayan No. 5 RT 003/RW 001", village="Giri Mukti",
        district="Penajam, Kabupaten Penajam Paser Utara", occupation="Nelayan/Perikanan", programs="JKK + JKM",
        coverage="Januari 2026 – Desember 2026", monthly="Rp16.800 per orang",
        payer="Pemerintah Kabupaten Penajam Paser Utara (APBD Kabupaten/Kota)", heirs="Ahmad Yani (Suami)",
        kpj="", qr_text=f"LDG1:{i:06d}-0:6409********0001:1:20261121:ABCD:QR{i}", printed="Dicetak hari ini",
        officer_name="Petugas Contoh", officer_nip="198505052010012002")
    values.update(changes)
    return SlipView(**values)


@pytest.mark.parametrize("slips, layout, pages", [(1, LAYOUT_A4_TWO, 1), (2, LAYOUT_A4_TWO, 1),
                                                  (5, LAYOUT_A4_TWO, 3), (3, LAYOUT_A5, 3)])
def test_page_count_matches_the_layout(tmp_path, slips, layout, pages):
    pdf = tmp_path / "s.pdf"
    assert write_slips(pdf, HEADER, [view(i) for i in range(1, slips + 1)], layout=layout) == pages
    assert page_count(pdf) == pages
    size = pypdf.PdfReader(str(pdf)).pages[0].mediabox
    expected = (595, 842) if layout == LAYOUT_A4_TWO else (595, 420)  # A4 portrait / A5 landscape
    assert (round(float(size.width)), round(float(size.height))) == expected


def test_two_slips_per_page_in_order_with_a_cut_line(tmp_path):
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, HEADER, [view(i) for i in (1, 2, 3)])
    first, second = page_texts(pdf)
    assert "Peserta Nomor 1" in first and "Peserta Nomor 2" in first and "Peserta Nomor 3" in second
    assert "gunting di sini" in first and "gunting di sini" not in second


def test_slip_text_reads_back(tmp_path):
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, HEADER, [view(7, kpj="12345678901", copy_mark="SALINAN ke-2")])
    text = " ".join(all_text(pdf).split())  # wrapped lines joined
    for expected in ("000007-0", "Peserta Nomor 7", "6409********0001", "Penajam, 17 Agustus 1990", "Giri Mukti",
                     "JKK + JKM", "Januari 2026 – Desember 2026", "Rp16.800", "APBD Kabupaten/Kota",
                     "Ahmad Yani (Suami)", "12345678901", "SALINAN ke-2", "Rp42.000.000", "175",
                     "Cap jempol", "Petugas Contoh", "PEMERINTAH KABUPATEN PENAJAM PASER UTARA"):
        assert expected in text, expected


def test_kpj_row_only_once_known(tmp_path):
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, HEADER, [view(1)])
    assert "Nomor KPJ" not in all_text(pdf)


def test_unicode_and_markup_in_names_print_literally_with_the_embedded_font(tmp_path):
    pdf = tmp_path / "s.pdf"
    names = ["<b>Budi & Ani</b>", "Nur'aini Ṣāliḥ Łukasz"]
    write_slips(pdf, HEADER, [view(i, name=n) for i, n in enumerate(names, 1)])
    text = all_text(pdf)
    assert all(name in text for name in names)
    used = fonts(pdf)
    assert set(used) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} and all(used.values())


def test_each_slip_carries_its_own_qr(tmp_path):
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, HEADER, [view(1), view(2)])
    assert decode_qr_codes(pdf, 1) == [view(1).qr_text, view(2).qr_text]


@pytest.mark.parametrize("logo", ["missing.png", "not-an-image.png"])
def test_a_missing_or_broken_logo_prints_without_it(tmp_path, logo):
    (tmp_path / "not-an-image.png").write_text("hello")
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, replace(HEADER, logo_path=str(tmp_path / logo)), [view(1)])
    assert "Peserta Nomor 1" in all_text(pdf)
    assert not _images(pdf)


def test_a_logo_is_embedded_once_for_many_slips(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(logo)
    pdf = tmp_path / "s.pdf"
    write_slips(pdf, replace(HEADER, logo_path=str(logo)), [view(i) for i in range(1, 7)])
    assert len(_images(pdf)) == 1
    assert all(page["/Resources"]["/XObject"] for page in pypdf.PdfReader(str(pdf)).pages)


def test_no_slips_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_slips(tmp_path / "s.pdf", HEADER, [])


def _images(pdf) -> set:
    found = set()
    for page in pypdf.PdfReader(str(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object()["/Subtype"] == "/Image":
                found.add(ref.idnum)
    return found
