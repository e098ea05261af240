"""Batch lifecycle in services: members, totals, lock via export, submit, corrections."""

import pytest

from desktop_app.errors import UserError
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.registry import RegistryService
from tests import factories


@pytest.fixture
def people(ctx):
    registry = RegistryService(ctx)
    return [registry.register(factories.registration(full_name=n, sex=s, occupation=o))
            for n, s, o in (("Siti Aminah", "P", "Nelayan/Perikanan"), ("Budi Santoso", "L", "Petani/Pekebun"),
                            ("Ani Lestari", "P", "Petani/Pekebun"))]


def test_totals_per_batch_count_people_and_rupiah(ctx, people):
    service = BatchService(ctx)
    batch = service.create(registration_ids=[p.id for p in people])
    summary = service.summary(batch)
    assert summary.counts.people == 3
    assert summary.stats.by_sex == {"P": 2, "L": 1}
    assert {o["occupation"]: o["count"] for o in summary.stats.by_occupation} == {
        "Petani/Pekebun": 2, "Nelayan/Perikanan": 1}
    assert summary.stats.by_village[0]["code"] == factories.VILLAGE
    assert summary.stats.monthly == 3 * 16_800
    assert summary.stats.period_total == 3 * 16_800 * 12      # Jan–Dec 2026, integer rupiah
    assert isinstance(summary.stats.period_total, int)


def test_one_open_batch_per_person_is_checked_with_a_reason(ctx, people):
    service = BatchService(ctx)
    service.create(registration_ids=[people[0].id])
    other = service.create()
    with pytest.raises(UserError, match="sudah ada di batch 1"):
        service.add(other, [people[0].id, people[1].id])
    assert ctx.store.batches.item_ids(other) == []          # all or nothing


def test_locked_batch_refuses_edits_and_person_changes_are_corrections(ctx, people, tmp_path):
    service = BatchService(ctx)
    batch = service.create(registration_ids=[people[0].id])
    BatchExporter(ctx).export(batch, tmp_path / "b.xlsx")
    assert service.get(batch).status == "locked"
    with pytest.raises(UserError, match="tidak dapat diubah"):
        service.add(batch, [people[1].id])
    with pytest.raises(UserError, match="tidak dapat diubah"):
        service.remove(batch, [people[0].id])
    RegistryService(ctx).update(people[0].copy(address="Jl. Baru No. 1"))
    last = ctx.store.audit.for_entity("registration", people[0].id)[-1]
    assert last["action"] == "correction" and last["note"] == f"batch {batch}"


def test_draft_edit_is_a_plain_update(ctx, people):
    BatchService(ctx).create(registration_ids=[people[0].id])
    RegistryService(ctx).update(people[0].copy(address="Jl. Baru No. 1"))
    assert ctx.store.audit.for_entity("registration", people[0].id)[-1]["action"] == "update"


def test_submit_needs_a_locked_batch(ctx, people):
    service = BatchService(ctx)
    batch = service.create(registration_ids=[people[0].id])
    with pytest.raises(UserError, match="belum diekspor"):
        service.submit(batch)


def test_correction_batch_takes_the_rejected(ctx, people, tmp_path):
    service = BatchService(ctx)
    batch = service.create(registration_ids=[p.id for p in people])
    BatchExporter(ctx).export(batch, tmp_path / "b.xlsx")
    service.submit(batch)
    with ctx.store.write():
        ctx.store.batches.set_result(batch, people[1].id, "ditolak", "Nama ibu tidak sesuai")
        ctx.store.batches.set_result(batch, people[0].id, "diterima", "", "12345678901")
    correction = service.correction(batch)
    assert ctx.store.batches.item_ids(correction) == [people[1].id]
    assert service.get(correction).kind == "correction"
    assert service.get(correction).parent_batch_id == batch
    RegistryService(ctx).update(people[1].copy(mother_name="Halimah Binti Umar"))
    assert ctx.store.audit.for_entity("registration", people[1].id)[-1]["action"] == "correction"


def test_resolve_by_number_or_nik(ctx, people):
    service = BatchService(ctx)
    from desktop_app.domain.regnumber import format_number
    assert service.resolve([format_number(people[0].seq), people[1].nik]) == [people[0].id, people[1].id]
    with pytest.raises(UserError):
        service.resolve(["999999-9"])


def test_every_service_refuses_from_the_one_rule_with_its_words(ctx, people, tmp_path):
    from desktop_app.services.importing.answers import AnswerService
    from desktop_app.services.printing import PrintService

    service = BatchService(ctx)
    batch = service.create(registration_ids=[p.id for p in people])
    with pytest.raises(UserError, match="belum menerima jawaban BPJS"):
        service.correction(batch)
    with pytest.raises(UserError, match="hanya dicatat untuk batch yang sudah ditandai terkirim"):
        AnswerService(ctx).analyse(tmp_path / "answer.xlsx", batch)
    BatchExporter(ctx).export(batch, tmp_path / "b.xlsx")
    BatchExporter(ctx).export(batch, tmp_path / "again.xlsx")             # a locked batch is exported again
    service.submit(batch)
    with pytest.raises(UserError, match="sudah ditandai terkirim"):
        service.submit(batch)
    with pytest.raises(UserError, match="tidak diekspor ulang"):
        BatchExporter(ctx).export(batch, tmp_path / "late.xlsx")
    assert not (tmp_path / "late.xlsx").exists()
    stored = service.get(batch)
    assert stored.file_name == "again.xlsx" and stored.status == "submitted"
    with pytest.raises(UserError, match="tidak punya peserta ditolak"):
        service.correction(batch)
    empty = service.create()
    with pytest.raises(UserError, match="tidak berisi pendaftaran aktif"):
        PrintService(ctx).print_batch_slips(empty, tmp_path / "slips.pdf")
    with pytest.raises(UserError, match="belum berisi peserta"):
        BatchExporter(ctx).export(empty, tmp_path / "empty.xlsx")


def test_lines_unbatched_and_drafts_that_accept_members(ctx, people, tmp_path):
    service = BatchService(ctx)
    assert service.unbatched_count(1) == 3 and service.unbatched_count(1, factories.VILLAGE) == 3
    first = service.create(registration_ids=[people[0].id])
    second = service.create_for([people[1].id])
    assert sorted(service.unbatched_ids(1)) == [people[2].id]
    BatchExporter(ctx).export(first, tmp_path / "b.xlsx")
    assert [b.id for b in service.accepting_members()] == [second]
    lines = service.lines()
    assert [(line.batch.id, line.counts.people, line.scheme_name) for line in lines] == [
        (second, 1, "APBD Kabupaten 2026"), (first, 1, "APBD Kabupaten 2026")]
    assert [b.people for b in service.all()] == [1, 1]


def test_submit_records_the_day_the_cover_letter_and_the_recipient(ctx, people, tmp_path):
    from datetime import timedelta

    service = BatchService(ctx)
    batch = service.create(registration_ids=[people[0].id])
    BatchExporter(ctx).export(batch, tmp_path / "b.xlsx")
    with pytest.raises(UserError, match="belum tiba"):
        service.submit(batch, factories.TODAY + timedelta(days=1))
    assert service.get(batch).status == "locked"
    service.submit(batch, cover_letter_no=" 560/7/2026 ", recipient="BPJS Ketenagakerjaan  Cabang Balikpapan")
    stored = service.get(batch)
    assert (stored.status, stored.sent_on, stored.cover_letter_no, stored.recipient) == (
        "submitted", factories.TODAY.isoformat(), "560/7/2026", "BPJS Ketenagakerjaan Cabang Balikpapan")
    audit = ctx.store.audit.for_entity("batch", str(batch))[-1]
    assert audit["action"] == "submit" and audit["new"]["cover_letter_no"] == "560/7/2026"
    assert service.last_recipient() == "BPJS Ketenagakerjaan Cabang Balikpapan"
