"""The batch recap (berita acara): facts, participants, totals equal to the batch, money, pages."""

import re
from collections import Counter

import pytest

from desktop_app.domain.money import format_rupiah
from desktop_app.domain.nik import mask_nik
from desktop_app.errors import NotFound, UserError
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.services.office import OfficeService
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from tests import factories
from tests.pdf_reading import all_text, fonts, page_texts
from tests.services.printing_helpers import OTHER_VILLAGE, batch_of, people, register


def flat(path) -> str:
    return " ".join(all_text(path).split())


@pytest.fixture
def batch(ctx):
    """Seven people: four in Giri Mukti (3 P, 1 L), three in Tanjung Tengah (2 L, 1 P)."""
    regs = people(ctx, 3, sex="P") + [register(ctx, full_name="Lukman Hakim", sex="L")]
    regs += [register(ctx, full_name=n, sex=s, village_code=OTHER_VILLAGE)
             for n, s in (("Budi Santoso", "L"), ("Eko Prasetyo", "L"), ("Umi Kalsum", "P"))]
    return batch_of(ctx, regs, title="Batch Penajam Januari"), regs


def test_recap_lists_every_participant_with_masked_nik(ctx, out_dir, batch):
    batch_id, regs = batch
    out = out_dir / "recap.pdf"
    result = PrintService(ctx).print_recap(batch_id, out)
    assert (result.documents, result.pages) == (1, 1)
    text = flat(out)
    for reg in regs:
        assert reg.full_name in text and mask_nik(reg.nik) in text and reg.nik not in text
    for expected in ("BERITA ACARA SERAH TERIMA DATA PESERTA", "PEMERINTAH KABUPATEN PENAJAM PASER UTARA",
                     "APBD Kabupaten 2026", "560/001/2026", f"{batch_id} — Batch Penajam Januari",
                     "Januari 2026 – Desember 2026", "Status batch Draf", "Camat Contoh",
                     "NIP 197001012000031001", "Petugas Contoh", "Penajam, 21 November 2026", "Halaman 1 dari 1"):
        assert expected in text, expected


def test_totals_equal_the_batch(ctx, out_dir, batch):
    batch_id, regs = batch
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    text = flat(out)
    stored = [ctx.store.registrations.get(i) for i in ctx.store.batches.item_ids(batch_id)]
    by_sex = Counter(r.sex for r in stored)
    assert f"{len(stored)} orang (laki-laki {by_sex['L']}, perempuan {by_sex['P']})" in text
    assert "Giri Mukti 1 3 4" in text and "Tanjung Tengah 2 1 3" in text
    assert f"Jumlah {by_sex['L']} {by_sex['P']} {len(stored)}" in text
    scheme = OfficeService(ctx).scheme(1)
    monthly = OfficeService(ctx).monthly_rate(scheme).total
    assert monthly == 16_800
    assert f"Iuran satu bulan (semua peserta) {format_rupiah(7 * monthly)}" in text
    period = OfficeService(ctx).period_total(scheme, len(stored))
    assert period == 7 * 16_800 * 12
    assert ("Peserta 7 orang Orang-bulan 84 Bulan yang ditanggung Januari 2026 – Desember 2026 Iuran per orang "
            "per bulan Rp16.800 Iuran satu bulan (semua peserta) Rp117.600 "
            f"Total iuran {format_rupiah(period)}") in text


def test_long_recap_repeats_the_header_and_numbers_every_page(ctx, out_dir):
    regs = people(ctx, 25) + people(ctx, 25, village_code=OTHER_VILLAGE) + people(ctx, 20, sex="L")
    batch_id = batch_of(ctx, regs)
    out = out_dir / "recap.pdf"
    result = PrintService(ctx).print_recap(batch_id, out)
    pages = page_texts(out)
    assert result.pages == len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"Halaman {number} dari {len(pages)}" in page
    table_pages = [p for p in pages if any(r.full_name in p for r in regs)]
    assert len(table_pages) >= 2
    assert all("Tempat/Tgl Lahir" in p and "Pekerjaan" in p and "L/P" in p for p in table_pages)
    text = flat(out)
    assert all(r.full_name in text for r in regs)
    assert "Jumlah 20 50 70" in text  # factory people are women unless told


def test_recap_is_audited_and_deleted_people_are_left_out_with_a_note(ctx, out_dir, batch):
    batch_id, regs = batch
    RegistryService(ctx).delete(regs[0].id, "meninggal sebelum didaftarkan")
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    text = flat(out)
    assert regs[0].full_name not in text and "6 orang" in text
    assert "1 pendaftaran dalam batch ini sudah dihapus dan tidak dicantumkan" in text
    audit = ctx.store.audit.for_entity("batch", str(batch_id))
    assert [(a["action"], a["new"]["document"], a["new"]["people"]) for a in audit] == [("print", "recap", 6)]


def test_recap_embeds_only_the_bundled_font_and_prints_markup_literally(ctx, out_dir, batch):
    batch_id, regs = batch
    with ctx.store.write():  # an imported name the form would refuse
        ctx.store.registrations.set_fields(regs[1].id, full_name="<i>Citra</i> & Lestari")
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    assert "<i>Citra</i> & Lestari" in all_text(out)
    used = fonts(out)
    assert set(used) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} and all(used.values())


def test_cancelled_recap_leaves_nothing(ctx, out_dir, batch):
    batch_id, _ = batch
    job = Job(lambda done, total, text: job.cancel())
    with pytest.raises(Cancelled):
        PrintService(ctx).print_recap(batch_id, out_dir / "recap.pdf", job)
    assert list(out_dir.iterdir()) == []
    assert ctx.store.audit.recent(action="print") == []


def test_missing_or_empty_batch(ctx, out_dir):
    with pytest.raises(NotFound):
        PrintService(ctx).print_recap(42, out_dir / "r.pdf")
    empty = batch_of(ctx, [])
    with pytest.raises(UserError, match="tidak berisi"):
        PrintService(ctx).print_recap(empty, out_dir / "r.pdf")
    assert list(out_dir.iterdir()) == []


def test_income_based_scheme_sums_each_persons_bracket(ctx, out_dir):
    scheme = OfficeService(ctx).save_scheme(factories.scheme(name="Mandiri per penghasilan", income_base=None,
                                                             is_default=False))
    low = register(ctx, scheme_id=scheme.id, income=900_000)              # base 1,000,000 → 16,800
    high = register(ctx, scheme_id=scheme.id, income=1_150_000, sex="L")  # base 1,200,000 → 18,800
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_of(ctx, [low, high], scheme_id=scheme.id), out)
    text = flat(out)
    assert "Iuran per orang per bulan berbeda, Rp16.800 – Rp18.800" in text
    assert f"Iuran satu bulan (semua peserta) {format_rupiah(16_800 + 18_800)}" in text
    assert format_rupiah(12 * (16_800 + 18_800)) in text


def test_recap_figures_equal_the_batch_summary(ctx, out_dir, batch):
    from desktop_app.services.batches import BatchService
    batch_id, _ = batch
    summary = BatchService(ctx).summary(batch_id)
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    text = flat(out)
    stats = summary.stats
    assert f"{stats.total} orang (laki-laki {stats.by_sex.get('L', 0)}, perempuan {stats.by_sex.get('P', 0)})" in text
    for village in stats.by_village:
        assert f"{village['name']} " in text
    assert sum(v["count"] for v in stats.by_village) == stats.total == summary.counts.people
    assert format_rupiah(stats.monthly) in text and format_rupiah(stats.period_total) in text


def test_a_draft_recap_cannot_pass_for_a_final_one(ctx, out_dir, batch):
    batch_id, _ = batch
    draft = out_dir / "draft.pdf"
    PrintService(ctx).print_recap(batch_id, draft)
    assert all("DRAF" in p and "bukan untuk ditandatangani" in p for p in page_texts(draft))
    from desktop_app.services.exporter import BatchExporter
    BatchExporter(ctx).export(batch_id, out_dir / "batch.xlsx")
    final = out_dir / "final.pdf"
    PrintService(ctx).print_recap(batch_id, final)
    text = flat(final)
    assert "DRAF" not in text and "ditandatangani" not in text and "Status batch Terkunci" in text
    assert re.search(r"Yang menerima, .*Dinas / BPJS Ketenagakerjaan Petugas Contoh", text)
    assert "Tanggal kirim" not in text


def test_what_tandai_terkirim_records_is_printed_on_the_recap(ctx, out_dir, batch):
    from datetime import date

    from desktop_app.services.batches import BatchService
    from desktop_app.services.exporter import BatchExporter
    batch_id, _ = batch
    BatchExporter(ctx).export(batch_id, out_dir / "batch.xlsx")
    BatchService(ctx).submit(batch_id, date(2026, 11, 18), "  560/123/Kec.Pnj/XI/2026 ", "Disnakertrans PPU")
    out = out_dir / "recap.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    text = flat(out)
    for expected in ("Tanggal kirim 18 November 2026", "Nomor surat pengantar 560/123/Kec.Pnj/XI/2026",
                     "Penerima Disnakertrans PPU", "Pada tanggal 18 November 2026", "Penajam, 18 November 2026",
                     "Yang menyerahkan, Mengetahui, Yang menerima,"):
        assert expected in text, expected
    assert "DRAF" not in text
    assert re.search(r"Yang menerima, .*Disnakertrans PPU Petugas Contoh", text)
