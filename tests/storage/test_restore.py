"""Restore is never a gap: refused while anything holds the database, built beside it,
swapped in with one rename; a missing or empty database is never a new office."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.errors import DatabaseUnavailable, RecoveryNeeded, UserError
from desktop_app.paths import lock_path_for
from desktop_app.services import maintenance
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def _names(path: Path) -> set[str]:
    conn = driver.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT full_name FROM registrations")}
    finally:
        conn.close()


@pytest.fixture
def saved(ctx, db_path, tmp_path):
    """A backup holding "Sebelum"; the live database also holds "Sesudah"; no connection open."""
    registry = RegistryService(ctx)
    registry.register(factories.registration(full_name="Sebelum Cadangan"))
    copy = maintenance.backup(ctx.store, tmp_path / "cadangan.db")
    registry.register(factories.registration(full_name="Sesudah Cadangan"))
    ctx.store.close()
    return copy


def test_restoring_a_file_onto_itself_is_refused_and_keeps_it(saved, db_path):
    before = _names(db_path)
    with pytest.raises(UserError, match="basis data itu sendiri"):
        maintenance.restore(db_path, db_path)
    assert _names(db_path) == before and backups.is_intact(db_path)


def test_refused_while_another_connection_has_it_open(saved, db_path):
    other = driver.connect(db_path)
    other.execute("SELECT count(*) FROM registrations").fetchone()   # open and idle, as a window is
    try:
        with pytest.raises(DatabaseUnavailable, match="masih dipakai"):
            maintenance.restore(saved, db_path)
        other.execute("INSERT INTO settings VALUES ('x', 'still here')")
        other.commit()                                               # its saves land in the live file
    finally:
        other.close()
    assert "Sesudah Cadangan" in _names(db_path)
    assert not list(db_path.parent.glob("*.part"))


def test_refused_while_another_connection_writes(saved, db_path):
    other = driver.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailable, match="masih dipakai"):
            maintenance.restore(saved, db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Sesudah Cadangan" in _names(db_path)


def test_refused_while_another_lindungi_holds_the_instance_lock(saved, db_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_path_for(db_path).write_text(f"{sleeper.pid}\nlindungi\n{socket.gethostname()}\nx\n")
        with pytest.raises(DatabaseUnavailable, match=f"proses {sleeper.pid}"):
            maintenance.restore(saved, db_path)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert "Sesudah Cadangan" in _names(db_path)
    maintenance.restore(saved, db_path)                              # its process is gone: stale, taken over
    assert _names(db_path) == {"Sebelum Cadangan"}
    assert not lock_path_for(db_path).exists()


def test_the_restored_file_is_one_file_with_its_audit_row_and_the_old_one_is_kept(saved, db_path):
    kept = maintenance.restore(saved, db_path)
    assert not Path(str(db_path) + "-wal").exists()
    conn = driver.connect(db_path)
    try:
        row = conn.execute("SELECT new FROM audit_log WHERE action = 'restore'").fetchone()
    finally:
        conn.close()
    assert str(kept) in row[0]
    assert _names(kept) == {"Sebelum Cadangan", "Sesudah Cadangan"}
    assert [p.name for p in db_path.parent.iterdir() if ".part" in p.name] == []


_RESTORER = """
import sys
from desktop_app.services import maintenance
from desktop_app.storage import driver
from tests.keys import TEST_KEY
driver.keys.remember(sys.argv[2], TEST_KEY)
print("ready", flush=True)
maintenance.restore(sys.argv[1], sys.argv[2])
print("done", flush=True)
"""


def test_kill_9_at_any_moment_leaves_the_old_or_the_new_database(saved, db_path, tmp_path):
    rng = random.Random(13)
    old, new = {"Sebelum Cadangan", "Sesudah Cadangan"}, {"Sebelum Cadangan"}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = set()
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(db_path, pristine)
    for _trial in range(8):
        child = subprocess.Popen([sys.executable, "-c", _RESTORER, str(saved), str(db_path)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.15))
        child.kill()
        child.wait()
        child.stdout.close()
        assert db_path.is_file() and db_path.stat().st_size > 0, "restore left no database"
        names = _names(db_path)
        assert names in (old, new)
        outcomes.add(frozenset(names))
        Store.open(db_path, auto_backup=False).close()              # opens, never the first-run path
        shutil.copyfile(pristine, db_path)                           # the next trial starts from the old one
    assert outcomes


def test_a_missing_database_with_backups_is_not_a_new_office(saved, db_path):
    maintenance.restore(saved, db_path)
    db_path.unlink()                                                 # lost: only backups/ remains
    with pytest.raises(RecoveryNeeded) as caught:
        Store.open(db_path)
    assert not db_path.exists()
    assert "replaced-office-" in caught.value.message and "lindungi restore --db" in caught.value.message
    assert caught.value.backups and caught.value.backups[0].parent.name == "backups"


def test_a_zero_byte_database_is_never_migrated_into_a_new_office(tmp_path):
    empty = tmp_path / "kosong.db"
    empty.write_bytes(b"")
    with pytest.raises(RecoveryNeeded, match="kosong"):
        Store.open(empty)
    assert empty.stat().st_size == 0


def test_a_zero_byte_database_names_its_backup(saved, db_path):
    Store.open(db_path).close()                                      # the day's automatic backup
    db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(RecoveryNeeded, match="kosong") as caught:
        Store.open(db_path)
    assert "--from" in caught.value.message
    maintenance.restore(caught.value.backups[0], db_path)            # the 0-byte file is not "kept"
    assert _names(db_path) == {"Sebelum Cadangan", "Sesudah Cadangan"}
