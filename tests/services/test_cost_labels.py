"""One money rule, honest labels: for mixed batches every place states amount = Σ person-months × rate
and names the months the amount counts — the berita acara, the Rekap sheet, the batch page's summary,
``lindungi batch show`` and ``lindungi stats``."""

import openpyxl
import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.domain.money import format_count, format_rupiah
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.printing import PrintService
from desktop_app.services.stats import StatsService
from tests.pdf_reading import all_text
from tests.services.printing_helpers import batch_of, register

RATE = 16_800
DEC, JUL, JAN = YearMonth(2026, 12), YearMonth(2026, 7), YearMonth(2026, 1)


def people(ctx, count, start, end, tag):
    return [register(ctx, full_name=f"{tag} Peserta {chr(65 + i)}", coverage_start=start, coverage_end=end)
            for i in range(count)]


@pytest.fixture
def batches(ctx):
    """December only (the case the issue found), the whole year, and a mix of both spans."""
    december = batch_of(ctx, people(ctx, 5, DEC, DEC, "Desember"), title="Desember saja")
    year = batch_of(ctx, people(ctx, 3, JAN, DEC, "Setahun"), title="Setahun")
    mixed = batch_of(ctx, people(ctx, 2, DEC, DEC, "Campur") + people(ctx, 2, JUL, DEC, "Paruh"), title="Campur")
    return {december: (5, 5, "Desember 2026"), year: (3, 36, "Januari 2026 – Desember 2026"),
            mixed: (4, 2 + 12, "per orang berbeda, Juli 2026 – Desember 2026")}


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_place_states_the_same_people_months_rate_and_total(ctx, batches, out_dir, capsys):
    from desktop_app.cli import main
    for batch_id, (heads, person_months, months) in batches.items():
        cost = BatchService(ctx).summary(batch_id).stats.cost
        total = person_months * RATE
        assert (cost.people, cost.person_months, cost.total, cost.rate) == (heads, person_months, total, RATE)

        recap = flat(all_text(PrintService(ctx).print_recap(batch_id, out_dir / f"recap-{batch_id}.pdf").path))
        for expected in (f"Peserta {heads} orang", f"Orang-bulan {format_count(person_months)}",
                         f"Bulan yang ditanggung {months}", f"Iuran per orang per bulan {format_rupiah(RATE)}",
                         f"Total iuran {format_rupiah(total)}"):
            assert expected in recap, (batch_id, expected)
        assert "12 bulan" not in recap

        xlsx = out_dir / f"batch-{batch_id}.xlsx"
        BatchExporter(ctx).export(batch_id, xlsx)
        rekap = {row[0]: row[1:] for row in openpyxl.load_workbook(xlsx)["Rekap"].iter_rows(values_only=True)
                 if row[0]}
        assert rekap["Orang-bulan"][1] == person_months and rekap["Bulan yang ditanggung"][0] == months
        assert rekap["Iuran per orang per bulan"][2] == RATE and rekap["Total iuran"][2] == total

        assert main(["batch", "show", str(batch_id), "--db", str(ctx.store.path)]) == 0
        shown = capsys.readouterr().out
        assert f"{person_months} orang-bulan × {format_rupiah(RATE)} = {format_rupiah(total)}" in shown
        assert f"({heads} orang; {months})" in shown


def test_the_office_total_is_the_sum_of_its_batches(ctx, batches, capsys):
    from desktop_app.cli import main
    stats = StatsService(ctx).compute()
    months = sum(pm for _, pm, _ in batches.values())
    assert stats.cost.person_months == months and stats.period_total == months * RATE
    assert main(["stats", "--db", str(ctx.store.path)]) == 0
    out = capsys.readouterr().out
    assert (f"{months} orang-bulan × {format_rupiah(RATE)} = {format_rupiah(months * RATE)} "
            f"(12 orang; per orang berbeda, Januari 2026 – Desember 2026)") in out
