"""SyncService through the real worker process (one worker for the module)."""

from __future__ import annotations

import pytest

from desktop_app.errors import UserError
from desktop_app.services.sync import SyncService
from desktop_app.services.sync_worker_client import SyncWorker
from tests.sync.offices import DESA_A, Office


@pytest.fixture(scope="module")
def worker():
    with SyncWorker() as w:
        yield w


def test_send_and_receive_through_the_worker_with_summary_ledger_and_log(tmp_path, regions, worker):
    desa = Office(tmp_path / "offices", regions, "PPU-TTG", "desa", 11, area=DESA_A)
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    desa.add_peer(kec, "up")
    reg = desa.register(village_code=DESA_A)
    with desa.session() as (_store, ctx):
        sent = SyncService(ctx, worker=worker).export_to("PPU-PNJ", tmp_path)
    assert sent.path.name == "PPU-TTG-PPU-PNJ-1.lsync" and sent.new == 1 and sent.size_bytes > 0
    with kec.session() as (store, ctx):
        service = SyncService(ctx, worker=worker)
        got = service.import_file(sent.path)
        assert (got.new, got.from_code, got.seq, got.already_applied) == (1, "PPU-TTG", 1, False)
        assert store.registrations.get(reg.id).full_name == reg.full_name
        again = service.import_file(sent.path)
        assert again.already_applied
        assert [e.direction for e in service.ledger()] == ["received"]
        assert [p.code for p in service.peers()] == ["PPU-TTG"]      # learnt from the file
        actions = [r["action"] for r in store.db.query("SELECT action FROM audit_log WHERE action LIKE 'sync.%'")]
        assert actions == ["sync.receive", "sync.receive"]
        assert service.peek(sent.path)["seq"] == 1
        with pytest.raises(UserError, match="ditujukan ke kantor PPU-PNJ"):
            _wrong_office(store, service, sent.path)


def _wrong_office(store, service, path):
    with store.write():
        store.db.execute("UPDATE office SET office_code = 'PPU-LAIN' WHERE id = 1")
    service.import_file(path)
