"""Backups through the online API: daily, before migrations, pruning, restore round trip."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.services import maintenance
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage.store import Store
from tests import factories


def test_backup_and_restore_round_trip(ctx, db_path, tmp_path):
    registry = RegistryService(ctx)
    kept = registry.register(factories.registration(full_name="Sebelum Cadangan"))
    copy = maintenance.backup(ctx.store, tmp_path / "cadangan.db")
    later = registry.register(factories.registration(full_name="Sesudah Cadangan"))
    ctx.store.close()

    replaced = maintenance.restore(copy, db_path)
    store = Store.open(db_path)
    try:
        assert store.registrations.get(kept.id).full_name == "Sebelum Cadangan"
        assert store.registrations.get(later.id) is None
        assert store.integrity() == ["ok"]
    finally:
        store.close()
    # the replaced file is kept, with the later registration still inside
    old = Store.open(replaced, migrate=False, auto_backup=False)
    try:
        assert old.registrations.get(later.id).full_name == "Sesudah Cadangan"
    finally:
        old.close()


def test_backup_refuses_to_overwrite(ctx, tmp_path):
    target = tmp_path / "x.db"
    target.write_text("mine")
    with pytest.raises(UserError, match="sudah ada"):
        maintenance.backup(ctx.store, target)
    assert target.read_text() == "mine"


def test_restore_refuses_a_file_that_is_not_a_lindungi_backup(tmp_path, db_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    Store.open(db_path).close()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="bukan cadangan"):
        maintenance.restore(junk, db_path)
    assert db_path.read_bytes() == before


def test_daily_backup_once_a_day_and_thinned(ctx, db_path):
    Store.open(db_path).close()        # existing database: first open of the day backs up
    autos = [p for p in backups.list_backups(db_path) if p.name.startswith("auto-")]
    assert len(autos) == 1 and "harian" in autos[0].name
    Store.open(db_path).close()        # same day: no second one
    assert len([p for p in backups.list_backups(db_path) if p.name.startswith("auto-")]) == 1
    start = datetime.now() - timedelta(days=40)
    for day in range(41):
        backups.automatic_backup(ctx.store.db.conn, db_path, "harian", now=start + timedelta(days=day, minutes=1))
    kept = backups.automatic_backups(db_path)
    days = sorted({c.taken_at.date() for c in kept}, reverse=True)
    newest = days[0]
    assert len(kept) <= backups.KEEP
    assert days[:7] == [newest - timedelta(days=d) for d in range(7)]          # a week of dailies
    assert any((newest - d).days >= 7 for d in days)                           # then older, thinned
    assert backups.is_intact(kept[0].path)


def test_daily_backup_due_without_any_backup():
    assert backups.daily_backup_due(Path("/nonexistent/x.db"))
