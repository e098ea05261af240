"""The integrity verdict guards every write at ``Store.write()``, whatever door a write takes."""

from __future__ import annotations

import shutil
from contextlib import closing

import pytest

from desktop_app.errors import DamagedDatabase
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.storage import driver
from desktop_app.storage.integrity import IntegrityVerdict
from desktop_app.storage.store import Store
from tests import factories


def _damaged_copy(ctx: Context, tmp_path):
    """A copy whose name index is trampled: it opens and reads, but fails ``quick_check``."""
    registry = RegistryService(ctx)
    words = ["Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kiki", "Lina",
             "Made", "Nur", "Oki", "Putu", "Rina", "Sari", "Tono", "Umar"]
    names = [f"{a} {b} {c}" for a in words for b in words[::-1] for c in ("Putra", "Putri")][:300]
    people = [registry.register(factories.registration(full_name=name), confirm_similar=True) for name in names]
    ctx.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = ctx.store.db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'registrations_name'").fetchone()[0]   # no dbstat in SQLCipher
    size = int(ctx.store.db.execute("PRAGMA page_size").fetchone()[0])
    target = tmp_path / "damaged.db"
    shutil.copyfile(ctx.store.path, target)
    data = bytearray(target.read_bytes())
    data[(page - 1) * size + 120:(page - 1) * size + 900] = b"\x07" * 780
    target.write_bytes(bytes(data))
    return target, people


def test_a_new_verdict_lets_writes_through_at_once():
    verdict = IntegrityVerdict()
    assert not verdict.pending
    verdict.ensure_ok()
    seen = []
    verdict.on_done(seen.append)
    assert seen == [None]


def test_background_check_of_a_good_file_passes_and_writes_go_through(ctx, regions):
    path = ctx.store.path
    ctx.store.close()
    store = Store.open(path, background_check=True)
    try:
        assert store.verdict.wait(10)
        assert store.verdict.damaged is None
        RegistryService(factories.context(store, regions, "x")).register(factories.registration())
    finally:
        store.close()


def test_every_write_into_a_damaged_file_is_refused(ctx, regions, tmp_path):
    target, people = _damaged_copy(ctx, tmp_path)
    store = Store.open(target, background_check=True, auto_backup=False)
    try:
        assert store.verdict.wait(10) and store.verdict.damaged is not None
        damaged_ctx = factories.context(store, regions, "x")
        registry, batches = RegistryService(damaged_ctx), BatchService(damaged_ctx)
        attempts = [
            lambda: registry.register(factories.registration(full_name="Baru Sekali")),
            lambda: registry.delete(people[0].id, "salah input"),
            lambda: batches.create(1, "Batch baru"),
            lambda: OfficeService(damaged_ctx).add_operator("baru"),
        ]
        for attempt in attempts:
            with pytest.raises(DamagedDatabase, match="rusak"):
                attempt()
        sibling = store.sibling()
        try:
            with pytest.raises(DamagedDatabase), sibling.write():
                pass
        finally:
            sibling.close()
        with closing(driver.connect(target)) as conn:
            count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert count == ctx.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        store.close()
