"""The statistics answer the supervisor's questions in one call: counts by kecamatan and desa,
the cost from the one money rule, and the target, budget and budget left of the schemes; the CLI
shows the same figures."""

import json

from desktop_app.__main__ import main
from desktop_app.domain.dates import YearMonth
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.office import OfficeService
from desktop_app.services.report import ReportService
from desktop_app.services.stats import StatsService
from tests import factories
from tests.services.printing_helpers import OTHER_VILLAGE, batch_of, people


def _targets(ctx, target=8, budget=10_000_000):
    offices = OfficeService(ctx)
    scheme = offices.scheme(1)
    scheme.target_participants, scheme.budget = target, budget
    offices.save_scheme(scheme)


def test_target_budget_and_what_is_left(ctx):
    _targets(ctx)
    people(ctx, 3)
    people(ctx, 1, village_code=OTHER_VILLAGE, coverage_start=YearMonth(2026, 12))
    stats = StatsService(ctx).compute()
    assert (stats.total, stats.target, stats.budget) == (4, 8, 10_000_000)
    assert stats.cost.person_months == 3 * 12 + 1 and stats.period_total == 37 * 16_800
    # nobody is accepted or sent yet: nothing is spent (the report's rule, not the cost of registrations)
    assert stats.budget_left == 10_000_000
    assert stats.by_district == [{"code": "64.09.01", "name": "Penajam", "count": 4}]
    assert sum(v["count"] for v in stats.by_village) == 4
    data = stats.as_dict()
    assert (data["target"], data["budget"], data["budget_left"]) == (8, 10_000_000, stats.budget_left)
    assert data["contribution"]["person_months"] == 37


def test_target_and_budget_sum_over_schemes_and_stay_unset_when_nobody_set_them(ctx):
    assert (StatsService(ctx).compute().target, StatsService(ctx).compute().budget_left) == (None, None)
    _targets(ctx, 8, 10_000_000)
    OfficeService(ctx).save_scheme(factories.scheme(name="APBD Provinsi", is_default=False,
                                                    target_participants=2, budget=1_000_000))
    stats = StatsService(ctx)
    assert (stats.compute().target, stats.compute().budget) == (10, 11_000_000)
    assert (stats.compute(scheme_id=2).target, stats.compute(scheme_id=2).budget) == (2, 1_000_000)


def test_a_batch_has_its_cost_but_no_scheme_target(ctx):
    _targets(ctx)
    batch_id = batch_of(ctx, people(ctx, 2))
    stats = StatsService(ctx).compute(scheme_id=1, batch_id=batch_id)
    assert stats.period_total == 2 * 12 * 16_800 and stats.target is None and stats.budget_left is None


def test_cli_stats_shows_the_same_figures(ctx, capsys, db_path):
    _targets(ctx)
    people(ctx, 3)
    expected = StatsService(ctx).compute(scheme_id=1).as_dict()
    assert main(["stats", "--db", str(db_path), "--json", "--scheme", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("target", "budget", "budget_left", "by_district", "contribution")} == \
        {k: expected[k] for k in ("target", "budget", "budget_left", "by_district", "contribution")}
    assert main(["stats", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    # coverage and budget count accepted people only (none yet): the report's figures, as in Laporan
    assert "Target peserta: 8" in out and "Capaian (diterima terhadap target): 0,0%" in out
    assert "Sisa anggaran: Rp10.000.000" in out and "Penajam" in out


def _accepted_and_sent(ctx, tmp_path):
    """Five people in one sent batch: two accepted (Jan–Dec), one rejected, two unanswered (Jul–Dec)."""
    regs = people(ctx, 3) + people(ctx, 2, coverage_start=YearMonth(2026, 7))
    batch_id = batch_of(ctx, regs)
    BatchExporter(ctx).export(batch_id, tmp_path / "b.xlsx")
    BatchService(ctx).submit(batch_id)
    with ctx.store.write():
        for reg, result in zip(regs[:3], ("diterima", "diterima", "ditolak"), strict=True):
            ctx.store.batches.set_result(batch_id, reg.id, result, "", "1234567890" + str(regs.index(reg)))
            ctx.store.registrations.set_fields(reg.id, bpjs_status=result)


def test_budget_left_is_the_reports_rule_accepted_plus_pending(ctx, tmp_path, capsys, db_path):
    _targets(ctx)
    _accepted_and_sent(ctx, tmp_path)
    people(ctx, 2)                      # registered, in no batch: spends nothing
    stats, report = StatsService(ctx).compute(), ReportService(ctx).compute()
    assert (report.committed, report.pending) == (24 * 16_800, 12 * 16_800)
    assert stats.budget_left == report.remaining == 10_000_000 - 36 * 16_800
    assert stats.period_total == (5 * 12 + 2 * 6) * 16_800      # the cost of all registrations is not it
    for extra in ([], ["--period", "2026-10:2026-12"]):
        assert main(["stats", "--db", str(db_path), "--json", *extra]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["budget_left"] == data["report"]["budget"]["remaining"]
    assert data["budget_left"] == 10_000_000 - (2 * 3 + 2 * 3) * 16_800     # October–December only
