"""The report printed and exported: the PDF carries the figures, charts, every desa, page numbers and
the signature line; the workbook has one sheet per table, numbers as numbers, rupiah formatted."""

import openpyxl
import pypdf

from desktop_app.domain.money import format_rupiah
from desktop_app.services.report import ReportService
from desktop_app.services.report_output import ReportWriter, chart_svgs
from tests.pdf_reading import page_texts
from tests.services.test_report import RATE, office  # noqa: F401 - the fixture


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_answers_the_supervisor_on_numbered_pages(ctx, office, out_dir):  # noqa: F811
    report = ReportService(ctx).compute()
    path, pages = ReportWriter(ctx).write_pdf(report, out_dir / "laporan.pdf")
    texts = page_texts(path)
    assert pages == len(texts)
    text = flat(" ".join(texts))
    for expected in ("LAPORAN KEPESERTAAN BPJS KETENAGAKERJAAN PEKERJA RENTAN", "Peserta terdaftar 11",
                     "Diterima BPJS (terlindungi) 2", "Target peserta 10", "Capaian (diterima terhadap target) 20,0%",
                     f"Anggaran dialokasikan {format_rupiah(3_000_000)}",
                     f"12 orang-bulan × Rp16.800 = {format_rupiah(12 * RATE)}",
                     f"Sisa anggaran {format_rupiah(3_000_000 - 18 * RATE)}",
                     "Cakupan per desa/kelurahan menurut status BPJS", "Giri Mukti", "Tanjung Tengah",
                     "Per kelompok umur", "Kepala kantor,", "Camat Contoh"):
        assert expected in text, expected
    for n, page in enumerate(texts, 1):
        assert f"Halaman {n} dari {pages}" in page
    assert "Camat Contoh" in texts[-1]
    drawn = pypdf.PdfReader(str(path)).pages[0].get_contents().get_data()
    assert drawn.count(b" re") > 20          # the bars are drawn rectangles, not text


def test_the_workbook_has_one_sheet_per_table_with_real_numbers(ctx, office, out_dir):  # noqa: F811
    report = ReportService(ctx).compute()
    path = ReportWriter(ctx).write_xlsx(report, out_dir / "laporan.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Status", "Kecamatan", "Desa", "Pekerjaan", "Jenis kelamin", "Umur",
                             "Per bulan"]
    summary = {r[0].value: r for r in wb["Ringkasan"].iter_rows(min_row=2)}
    committed = summary["Terpakai (peserta diterima)"]
    assert committed[2].value == 12 * RATE and committed[2].number_format == '"Rp"#,##0'
    assert summary["Peserta terdaftar"][1].value == 11
    desa = {r[0].value: [c.value for c in r] for r in wb["Desa"].iter_rows(min_row=2)}
    headers = [c.value for c in wb["Desa"][1]]
    giri = desa["Giri Mukti"]
    assert giri[headers.index("Diterima")] == 2 and giri[headers.index("Terpakai (Rp)")] == 12 * RATE
    assert desa["Jumlah"][headers.index("Terdaftar")] == 11
    states = {r[0].value: [c.value for c in r] for r in wb["Status"].iter_rows(min_row=2)}
    assert states["Terkirim, menunggu BPJS"][4] == 6 * RATE and states["Jumlah"][1] == 11


def test_the_window_gets_the_same_charts_as_svg(ctx, office):  # noqa: F811
    svgs = chart_svgs(ReportService(ctx).compute())
    assert len(svgs) == 3 and all(s.startswith(b"<?xml") and b"<svg" in s for s in svgs)
    assert b"Giri Mukti" in svgs[0]


def test_lindungi_stats_shows_the_same_report_and_writes_it(ctx, office, out_dir, capsys):  # noqa: F811
    import json

    from desktop_app.cli import main
    report = ReportService(ctx).compute()
    pdf, xlsx = out_dir / "l.pdf", out_dir / "l.xlsx"
    assert main(["stats", "--db", str(ctx.store.path), "--json", "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    data = json.loads(capsys.readouterr().out)
    same = {k: v for k, v in report.as_dict().items() if k != "made_on"}     # the CLI runs on today's clock
    assert {k: v for k, v in data["report"].items() if k != "made_on"} == same and pdf.exists() and xlsx.exists()
    assert data["report"]["budget"]["remaining"] == 3_000_000 - 18 * RATE
    assert main(["stats", "--db", str(ctx.store.path), "--period", "2026-10:2026-12"]) == 0
    out = capsys.readouterr().out
    assert f"Terpakai (peserta diterima): 6 orang-bulan × Rp16.800 = {format_rupiah(6 * RATE)}" in out
    assert "Terkirim, menunggu BPJS" in out and "Giri Mukti" in out
