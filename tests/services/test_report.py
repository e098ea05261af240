"""The supervisor's report: people and money by BPJS state, per desa and kecamatan; committed,
pending and remaining budget; coverage against the target; occupation, sex and age."""

from dataclasses import replace

import pytest

from desktop_app.domain.dates import YearMonth
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.office import OfficeService
from desktop_app.services.report import ReportService
from tests.services.printing_helpers import OTHER_VILLAGE, batch_of, people, register

RATE = 16_800


@pytest.fixture
def office(ctx, tmp_path):
    """12 people in Giri Mukti and Tanjung Tengah in every state the report knows."""
    scheme = OfficeService(ctx).scheme(1)
    OfficeService(ctx).save_scheme(replace(scheme, target_participants=10, budget=3_000_000))
    unbatched = people(ctx, 2)
    draft = people(ctx, 2, village_code=OTHER_VILLAGE)
    exported, sent = [register(ctx, full_name=f"Ekspor {chr(65 + i)}") for i in range(2)], \
        [register(ctx, full_name=f"Kirim {chr(65 + i)}", coverage_start=YearMonth(2026, 7)) for i in range(4)]
    service = BatchService(ctx)
    batch_of(ctx, draft)
    ex = batch_of(ctx, exported)
    BatchExporter(ctx).export(ex, tmp_path / "ex.xlsx")
    sent_batch = batch_of(ctx, sent)
    BatchExporter(ctx).export(sent_batch, tmp_path / "sent.xlsx")
    service.submit(sent_batch)
    with ctx.store.write():   # BPJS answered for three of the four: two accepted, one rejected
        ctx.store.batches.set_result(sent_batch, sent[0].id, "diterima", "", "12345678901")
        ctx.store.registrations.set_fields(sent[0].id, bpjs_status="diterima", kpj="12345678901")
        ctx.store.batches.set_result(sent_batch, sent[1].id, "diterima", "", "12345678902")
        ctx.store.registrations.set_fields(sent[1].id, bpjs_status="diterima", kpj="12345678902")
        ctx.store.batches.set_result(sent_batch, sent[2].id, "ditolak", "Nama ibu tidak sesuai")
        ctx.store.registrations.set_fields(sent[2].id, bpjs_status="ditolak")
    rejected_alone = register(ctx, full_name="Tolak Lama")
    with ctx.store.write():
        ctx.store.registrations.set_fields(rejected_alone.id, bpjs_status="ditolak")
    return {"unbatched": unbatched, "draft": draft, "exported": exported, "sent": sent, "batch": sent_batch,
            "rejected": rejected_alone}


def test_people_and_money_by_state(ctx, office):
    report = ReportService(ctx).compute()
    counts = {s: c.people for s, c in report.states.items()}
    assert counts == {"unbatched": 2, "draft": 2, "exported": 2, "sent": 1, "accepted": 2, "rejected": 2,
                      "corrected": 0}
    # accepted: two people Jul–Dec → 12 person-months; sent-unanswered: one person Jul–Dec → 6
    assert (report.covered, report.committed, report.pending) == (2, 12 * RATE, 6 * RATE)
    assert report.remaining == 3_000_000 - 18 * RATE
    assert report.target == 10 and report.coverage_share == pytest.approx(0.2)
    assert report.registered == 11


def test_per_desa_and_kecamatan_add_up(ctx, office):
    report = ReportService(ctx).compute()
    villages = {v.name: v for v in report.by_village}
    assert villages["Tanjung Tengah"].people == {"draft": 2} and villages["Tanjung Tengah"].committed.total == 0
    giri = villages["Giri Mukti"]
    assert giri.people["accepted"] == 2 and giri.committed.total == 12 * RATE and giri.pending.total == 6 * RATE
    [district] = report.by_district
    assert district.total == report.registered and district.committed.total == report.committed


def test_a_rejected_person_in_a_correction_batch_counts_as_corrected(ctx, office):
    correction = BatchService(ctx).correction(office["batch"])
    assert ctx.store.batches.item_ids(correction) == [office["sent"][2].id]
    counts = {s: c.people for s, c in ReportService(ctx).compute().states.items()}
    assert counts["corrected"] == 1 and counts["rejected"] == 1


def test_a_period_counts_only_its_months(ctx, office):
    report = ReportService(ctx).compute(period=(YearMonth(2026, 10), YearMonth(2026, 12)))
    assert report.committed == 2 * 3 * RATE and report.pending == 3 * RATE
    early = ReportService(ctx).compute(period=(YearMonth(2026, 1), YearMonth(2026, 6)))
    assert early.committed == 0 and early.people("sent") == 0 and early.people("unbatched") == 2


def test_occupation_sex_and_age(ctx, office):
    report = ReportService(ctx).compute()
    assert sum(r.people for r in report.by_sex) == report.registered
    assert sum(r.accepted for r in report.by_age) == report.covered == 2
    assert sum(r.people for r in report.by_occupation) == report.registered
    assert [r.label for r in report.by_age][-1] == "lainnya" or all("tahun" in r.label for r in report.by_age)
    data = report.as_dict()
    assert data["budget"]["committed"] == 12 * RATE and data["by_state"]["accepted"]["person_months"] == 12


def test_a_demo_moved_along_its_batch_life_shows_every_answer_state(store, regions):
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.services.demo_progress import advance
    from tests import factories
    demo = factories.context(store, regions, "demo")
    DemoBuilder(demo, seed=3).build(300)
    moved = advance(demo)
    report = ReportService(demo).compute()
    assert report.people("accepted") == moved["accepted"] > 0 and report.people("rejected") == moved["rejected"]
    assert report.people("sent") > 0 and report.people("exported") > 0 and report.people("draft") > 0
    assert report.registered == 300 and report.committed == report.states["accepted"].total > 0
