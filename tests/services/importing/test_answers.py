"""BPJS's answer: KPJ for the accepted, reasons for the rejected, unmatched NIKs listed."""

import hashlib

import openpyxl
import pytest

from desktop_app.errors import UserError
from desktop_app.files import sha256_of
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.importing.answers import AnswerService
from desktop_app.services.registry import RegistryService
from tests import factories


@pytest.fixture
def sent(ctx, tmp_path):
    registry = RegistryService(ctx)
    people = [registry.register(factories.registration(full_name=n)) for n in ("Siti Aminah", "Budi Santoso",
                                                                                "Ani Lestari")]
    service = BatchService(ctx)
    batch = service.create(registration_ids=[p.id for p in people])
    BatchExporter(ctx).export(batch, tmp_path / "kirim.xlsx")
    service.submit(batch)
    return batch, people


def _answer(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["HASIL VERIFIKASI PESERTA BPU"])
    ws.append(["NO", "NIK", "NAMA", "NO KPJ", "STATUS", "KETERANGAN"])
    for i, row in enumerate(rows, 1):
        ws.append([i, *row])
    wb.save(path)
    return path


def test_answer_updates_each_person_and_closes_the_batch(ctx, sent, tmp_path):
    batch, (siti, budi, ani) = sent
    path = _answer(tmp_path / "jawaban.xlsx", [
        [siti.nik, "SITI AMINAH", "'12345678901", "DITERIMA", ""],
        [budi.nik, "BUDI", "", "DITOLAK", "Nama ibu kandung tidak sesuai"],
        [ani.nik, "ANI", 23456789012, "", ""],
        ["6409010101900099", "ORANG LAIN", "34567890123", "DITERIMA", ""],
    ])
    service = AnswerService(ctx)
    preview = service.analyse(path, batch)
    assert [r.outcome for r in preview.rows] == ["accepted", "rejected", "accepted", "unmatched"]
    assert ctx.store.registrations.get(siti.id).kpj == ""             # analyse writes nothing
    service.commit(preview)
    assert ctx.store.registrations.get(siti.id).kpj == "12345678901"
    assert ctx.store.registrations.get(ani.id).kpj == "23456789012"
    rejected = ctx.store.registrations.get(budi.id)
    assert (rejected.bpjs_status, rejected.bpjs_reason) == ("ditolak", "Nama ibu kandung tidak sesuai")
    assert BatchService(ctx).get(batch).status == "answered"
    assert preview.as_dict()["details"][-1]["nik"].startswith("6409****")
    assert preview.as_dict()["sha256"] == sha256_of(path) == hashlib.sha256(path.read_bytes()).hexdigest()

    correction = BatchService(ctx).correction(batch)
    assert ctx.store.batches.item_ids(correction) == [budi.id]

    again = service.analyse(path, batch)
    assert [r.outcome for r in again.rows] == ["unchanged", "unchanged", "unchanged", "unmatched"]


def test_partial_answer_keeps_the_batch_submitted(ctx, sent, tmp_path):
    batch, people = sent
    path = _answer(tmp_path / "sebagian.xlsx", [[people[0].nik, "", "12345678901", "", ""]])
    service = AnswerService(ctx)
    service.commit(service.analyse(path, batch))
    assert BatchService(ctx).get(batch).status == "submitted"
    service.commit(service.analyse(path, batch), final=True)
    assert BatchService(ctx).get(batch).status == "answered"


def test_bad_rows_are_listed_not_guessed(ctx, sent, tmp_path):
    batch, people = sent
    path = _answer(tmp_path / "rusak.xlsx", [
        [float(people[0].nik[:-1] + "0"), "", "12345678901", "", ""],     # NIK eaten by Excel
        [people[1].nik, "", "12345", "", ""],                             # KPJ too short
        [people[2].nik, "", "", "", ""],                                  # no answer
    ])
    preview = AnswerService(ctx).analyse(path, batch)
    assert [r.outcome for r in preview.rows] == ["invalid", "invalid", "no_answer"]
    assert "rusak oleh format angka Excel" in preview.rows[0].message


def test_answer_needs_a_submitted_batch(ctx, tmp_path):
    person = RegistryService(ctx).register(factories.registration())
    batch = BatchService(ctx).create(registration_ids=[person.id])
    path = _answer(tmp_path / "j.xlsx", [[person.nik, "", "12345678901", "", ""]])
    with pytest.raises(UserError, match="ditandai terkirim"):
        AnswerService(ctx).analyse(path, batch)
