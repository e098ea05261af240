"""The export, its hash, its row count and the lock are one snapshot, even when a second
connection changes the batch meanwhile; an export cut off after its rename can be redone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.formats.xlsx_writer import read_back
from desktop_app.services import exporter as exporter_module
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.exporter import BatchExporter, sha256_of
from desktop_app.services.registry import RegistryService
from desktop_app.storage.store import Store
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def draft(ctx):
    registry = RegistryService(ctx)
    names = ["Siti Aminah", "Yohana Wenda", "Rina Marlina", "Dewi Lestari", "Nur Hasanah"]
    people = [registry.register(factories.registration(nik=f"640901570890{i:04d}", full_name=name,
                                                       mother_name=f"Ibu {name}"), confirm_similar=True)
              for i, name in enumerate(names, 1)]
    extra = registry.register(factories.registration(nik="6409015708900099", full_name="Kartika Sari"),
                              confirm_similar=True)
    return BatchService(ctx).create(registration_ids=[p.id for p in people]), extra


def _other_connection(ctx) -> Context:
    """A second connection to the same office, as another window or command would have."""
    return factories.context(Store.open(ctx.db_path, auto_backup=False), ctx.regions, "lain",
                             clock=ctx.clock)


def _file_rows(path: Path) -> int:
    return len(read_back(path)["Peserta"]) - 1


def test_a_member_added_by_another_connection_during_the_export_is_in_the_file(ctx, draft, tmp_path,
                                                                                monkeypatch):
    batch_id, extra = draft
    real_write = exporter_module.write_workbook
    other = _other_connection(ctx)
    changes = []

    def write_while_someone_adds(path, sheets, **kw):
        real_write(path, sheets, **kw)
        if not changes:
            changes.append(BatchService(other).add(batch_id, [extra.id]))
    monkeypatch.setattr(exporter_module, "write_workbook", write_while_someone_adds)
    try:
        result = BatchExporter(ctx).export(batch_id, tmp_path / "b.xlsx")
    finally:
        other.close()
    batch = BatchService(ctx).get(batch_id)
    members = ctx.store.db.execute("SELECT count(*) FROM batch_items WHERE batch_id = ?", [batch_id]).fetchone()[0]
    assert changes == [1] and members == 6
    assert batch.status == "locked" and batch.row_count == members == result.rows
    assert _file_rows(result.path) == members and batch.file_sha256 == sha256_of(result.path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["b.xlsx"]


def test_a_batch_that_keeps_changing_is_refused_with_nothing_written(ctx, draft, tmp_path, monkeypatch):
    batch_id, _ = draft
    real_write = exporter_module.write_workbook
    other = _other_connection(ctx)
    registry = RegistryService(other)

    def write_while_someone_edits(path, sheets, **kw):
        real_write(path, sheets, **kw)
        for reg in other.store.registrations.for_batch(batch_id)[:1]:
            registry.update(reg.copy(full_name=reg.full_name + " X"), confirm_similar=True)
    monkeypatch.setattr(exporter_module, "write_workbook", write_while_someone_edits)
    try:
        with pytest.raises(UserError, match="terus berubah"):
            BatchExporter(ctx).export(batch_id, tmp_path / "b.xlsx")
    finally:
        other.close()
    assert BatchService(ctx).get(batch_id).status == "draft"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".xlsx"]


_CRASH_AFTER_RENAME = """
import os, signal, sys
from pathlib import Path
from desktop_app import files
from desktop_app.services.context import Context
from desktop_app.services.exporter import BatchExporter
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store

real = files.PendingFile.commit
def commit_then_die(self):
    real(self)
    os.kill(os.getpid(), signal.SIGKILL)      # power cut between the rename and the COMMIT
files.PendingFile.commit = commit_then_die
from tests.keys import TEST_KEY
store = Store.open(Path(sys.argv[1]), auto_backup=False, key=TEST_KEY)
ctx = Context(store, RegionStore(), operator="tester", role="admin")
BatchExporter(ctx).export(int(sys.argv[2]), Path(sys.argv[3]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crash_between_rename_and_commit_can_be_exported_again(ctx, draft, tmp_path):
    batch_id, _ = draft
    out = tmp_path / "kirim" / "batch.xlsx"
    out.parent.mkdir()
    ctx.store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", _CRASH_AFTER_RENAME, str(ctx.db_path), str(batch_id), str(out)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    assert out.exists()                                           # the file got its name…
    store = Store.open(ctx.db_path, auto_backup=False)
    again = factories.context(store, ctx.regions, "tester", clock=ctx.clock)
    try:
        assert BatchService(again).get(batch_id).status == "draft"   # …the lock did not commit
        result = BatchExporter(again).export(batch_id, out)        # redone, no "sudah ada"
        batch = BatchService(again).get(batch_id)
        assert batch.status == "locked" and batch.file_sha256 == sha256_of(out) == result.sha256
    finally:
        store.close()
