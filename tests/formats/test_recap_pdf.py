"""The recap's layout rules, on the PDF itself: the last page carries the totals and every
signature, a continued table repeats its header, a draft is watermarked on every page."""

import pytest

from desktop_app.formats.recap_pdf import RecapRow, RecapView, Signer, write_recap
from desktop_app.formats.slip_pdf import SlipHeader
from tests.pdf_reading import page_texts

SIGNERS = (Signer("Yang menyerahkan,", "Operator", "Petugas Contoh", ""),
           Signer("Mengetahui,", "Camat", "Camat Contoh", "197001012000031001"),
           Signer("Yang menerima,", "Dinas Tenaga Kerja", "", ""))


def view(people: int, villages: int = 2, draft: str = "") -> RecapView:
    rows = [RecapRow(f"Peserta Nomor {i}", f"6409********{i:04d}", "Penajam, 01/01/1980", "P",
                     f"Desa {i % villages}", "Petani/Pekebun") for i in range(people)]
    totals = [(f"Desa {v}", 0, sum(1 for i in range(people) if i % villages == v)) for v in range(villages)]
    return RecapView(header=SlipHeader("Pemerintah Kabupaten Uji", "Kantor Kecamatan Uji"), title="BERITA ACARA",
                     subtitle="Sub", info=[("Skema", "APBD")], intro="Pengantar.", rows=rows, village_totals=totals,
                     money=[("Iuran per bulan", "Rp1")], place_date="Penajam, 1 Desember 2026", signers=SIGNERS,
                     printed="Dicetak", running_title="Berita acara batch 1", draft=draft,
                     draft_note="DRAF — bukan untuk ditandatangani" if draft else "")


@pytest.mark.parametrize("people", range(14, 75, 4))
def test_the_last_page_always_carries_totals_and_all_signatures(tmp_path, people):
    out = tmp_path / "recap.pdf"
    pages = write_recap(out, view(people))
    texts = page_texts(out)
    assert pages == len(texts)
    last = " ".join(texts[-1].split())
    assert "Rekapitulasi menurut desa/kelurahan" in last and f"Jumlah 0 {people} {people}" in last
    assert all(s.role in last for s in SIGNERS) and "Petugas Contoh" in last and "Camat Contoh" in last
    assert all("Petugas Contoh" not in t and "Rekapitulasi menurut" not in t for t in texts[:-1])
    for number, text in enumerate(texts, 1):
        assert f"Halaman {number} dari {pages}" in text
        if "Peserta Nomor" in text:
            assert "Tempat/Tgl Lahir" in text and "Pekerjaan" in text       # the header runs on
    seen = [n for t in texts for n in range(people) if f"Peserta Nomor {n} " in " ".join(t.split()) + " "]
    assert sorted(set(seen)) == list(range(people))


def test_a_draft_is_watermarked_on_every_page_and_a_final_one_is_not(tmp_path):
    draft = tmp_path / "draft.pdf"
    assert write_recap(draft, view(60, draft="DRAF")) >= 2
    for text in page_texts(draft):
        assert "DRAF" in text and "bukan untuk ditandatangani" in text
    final = tmp_path / "final.pdf"
    write_recap(final, view(60))
    assert all("DRAF" not in t and "ditandatangani" not in t for t in page_texts(final))


def test_many_villages_still_end_with_the_signatures(tmp_path):
    out = tmp_path / "recap.pdf"
    write_recap(out, view(80, villages=40))
    texts = page_texts(out)
    assert "Camat Contoh" in texts[-1] and "Jumlah 0 80 80" in " ".join(texts[-1].split())
