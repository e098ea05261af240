"""An ad-hoc batch on paper and in Excel: the export carries the wage-earner columns (honorarium,
JKK risk class, task days, contribution) as numbers, the berita acara's money label names the task
days and its total is the sum of the officers' contributions, and each slip states its days."""

from datetime import date

import openpyxl
import pytest

from desktop_app.domain.money import format_rupiah
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.office import OfficeService
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.stats import StatsService
from tests import factories
from tests.pdf_reading import all_text
from tests.services.printing_helpers import batch_of

DAYS = 21                     # 20 November – 10 December 2026
TOTAL = DAYS * (3 * 420 + 336)  # three at Rp1.500.000 (Rp420 a day), one at Rp1.200.000 (Rp336 a day)


def flat(path) -> str:
    return " ".join(all_text(path).split())


@pytest.fixture
def batch(ctx):
    scheme = OfficeService(ctx).save_scheme(factories.adhoc_scheme(task_end=date(2026, 12, 10)))
    officers = [("Andi Saputra", "KPPS", None), ("Budi Santoso", "KPPS", None), ("Citra Lestari", "KPPS", 1_200_000),
                ("Dewi Hidayat", "PPS", None)]
    regs = [RegistryService(ctx).register(factories.officer(scheme.id, full_name=name, post=post, honorarium=h,
                                                            coverage_end=scheme.coverage_end,
                                                            birth_date=date(1980 + i, 2, 2)))
            for i, (name, post, h) in enumerate(officers)]
    return batch_of(ctx, regs, scheme_id=scheme.id, title="KPPS Kecamatan Penajam"), regs


def test_export_has_wage_earner_columns_as_numbers_and_the_rekap_total(ctx, out_dir, batch):
    batch_id, regs = batch
    out = out_dir / "kpps.xlsx"
    BatchExporter(ctx).export(batch_id, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Peserta"]
    headers = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    col = {h: headers.index(h) for h in ("JABATAN", "UPAH (HONORARIUM) PER BULAN", "KELAS RISIKO JKK",
                                          "TGL MULAI TUGAS", "TGL SELESAI TUGAS", "JUMLAH HARI", "IURAN PER HARI",
                                          "IURAN MASA TUGAS", "INSTANSI PELAKSANA")}
    assert sorted(r[col["JABATAN"]] for r in rows) == ["KPPS", "KPPS", "KPPS", "PPS"]
    assert sorted(r[col["UPAH (HONORARIUM) PER BULAN"]] for r in rows) == [1_200_000, 1_500_000, 1_500_000, 1_500_000]
    for r in rows:
        assert all(type(r[col[h]]) is int for h in ("UPAH (HONORARIUM) PER BULAN", "KELAS RISIKO JKK",
                                                    "JUMLAH HARI", "IURAN PER HARI", "IURAN MASA TUGAS"))
        assert (r[col["KELAS RISIKO JKK"]], r[col["JUMLAH HARI"]], r[col["INSTANSI PELAKSANA"]]) == \
            (2, DAYS, "Kesbangpol")
        assert (r[col["TGL MULAI TUGAS"]].date(), r[col["TGL SELESAI TUGAS"]].date()) == \
            (date(2026, 11, 20), date(2026, 12, 10))
        assert r[col["IURAN MASA TUGAS"]] == r[col["JUMLAH HARI"]] * r[col["IURAN PER HARI"]]
    assert sum(r[col["IURAN MASA TUGAS"]] for r in rows) == TOTAL
    rekap = {r[0].value: r for r in wb["Rekap"].iter_rows(min_row=2) if r[0].value}
    assert rekap["Total iuran"][3].value == TOTAL and rekap["Orang-hari"][2].value == 4 * DAYS
    assert "(21 hari)" in rekap["Hari tugas yang ditanggung"][1].value
    info = {r[0].value: r[1].value for r in wb["Info"].iter_rows(min_row=2)}
    assert info["Templat kolom"] == "bpjs_peserta_pu.json" and info["Instansi pelaksana"] == "Kesbangpol"
    assert info["Kelas risiko JKK"] == "Kelas risiko 2: Rendah (JKK 0,54 %)"


def test_recap_names_the_task_days_and_its_total_is_the_sum(ctx, out_dir, batch):
    batch_id, regs = batch
    out = out_dir / "ba.pdf"
    PrintService(ctx).print_recap(batch_id, out)
    text = flat(out)
    for expected in ("Petugas Ad Hoc", "Instansi pelaksana Kesbangpol", "Jabatan PPS 1, KPPS 3",
                     "Masa tugas (perlindungan) 20 November 2026 – 10 Desember 2026 (21 hari)",
                     "Orang-hari 84", "Hari tugas yang ditanggung 20 November 2026 – 10 Desember 2026 (21 hari)",
                     "Honorarium per orang per bulan berbeda, Rp1.200.000 – Rp1.500.000",
                     f"Total iuran {format_rupiah(TOTAL)}", "KPPS · honorarium Rp1.200.000"):
        assert expected in text, expected
    assert "Orang-bulan" not in text and "pekerja rentan" not in text
    assert StatsService(ctx).compute(batch_id=batch_id).cost.total == TOTAL


def test_each_slip_states_the_officers_days_and_money(ctx, out_dir, batch):
    batch_id, regs = batch
    out = out_dir / "slips.pdf"
    PrintService(ctx).print_batch_slips(batch_id, out)
    text = flat(out)
    assert "Petugas Ad Hoc KPPS" in text and "Petugas Ad Hoc PPS" in text
    assert "Masa Tugas (Perlindungan)" in text and "Iuran per Bulan" not in text
    for daily in (420, 336):
        assert f"21 hari × Rp{daily} = {format_rupiah(21 * daily)}" in text
    assert "Kesbangpol — Pemerintah Kabupaten Penajam Paser Utara" in text


def test_laporan_and_cli_stats_count_the_officers_by_day(ctx, out_dir, batch, db_path, capsys):
    import json

    from desktop_app.__main__ import main
    from desktop_app.services.batches import BatchService
    from desktop_app.services.report import ReportService
    from desktop_app.services.report_output import ReportWriter

    batch_id, regs = batch
    BatchExporter(ctx).export(batch_id, out_dir / "kpps.xlsx")
    BatchService(ctx).submit(batch_id)
    with ctx.store.write():       # BPJS accepted the three KPPS officers; the PPS officer is unanswered
        for reg in regs[:3]:
            ctx.store.batches.set_result(batch_id, reg.id, "diterima", "", f"1234567890{regs.index(reg)}")
            ctx.store.registrations.set_fields(reg.id, bpjs_status="diterima")
    report = ReportService(ctx).compute()
    assert (report.committed, report.pending) == (DAYS * (2 * 420 + 336), DAYS * 420)
    assert report.states["accepted"].person_days == 3 * DAYS
    path = ReportWriter(ctx).write_xlsx(report, out_dir / "laporan.xlsx")
    ws = openpyxl.load_workbook(path)["Status"]
    headers = [c.value for c in ws[1]]
    assert "Orang-hari" in headers
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    accepted = rows["Diterima (terlindungi)"]
    assert accepted[headers.index("Orang-hari")] == 3 * DAYS and accepted[headers.index("Iuran (Rp)")] == \
        report.committed
    assert main(["stats", "--db", str(db_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    adhoc = next(s for s in data["by_scheme"] if s["person_days"])
    assert (adhoc["person_days"], adhoc["period_total"]) == (4 * DAYS, TOTAL)
    assert data["report"]["budget"]["committed"] == report.committed
    assert "63 orang-hari" in data["report"]["budget"]["committed_summary"]
    assert main(["stats", "--db", str(db_path)]) == 0
    assert "84 orang-hari" in capsys.readouterr().out
