"""A restored or opened file must carry exactly Lindungi's schema for its migration version."""

from __future__ import annotations

import shutil

import pytest

from desktop_app.__main__ import main
from desktop_app.errors import DamagedDatabase, UserError
from desktop_app.paths import backup_dir_for
from desktop_app.services import maintenance
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver, schema
from desktop_app.storage.migrations import migrations
from desktop_app.storage.store import Store
from tests import factories

EVIL = [
    "CREATE TRIGGER audit_eraser AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = new.id; END",
    "CREATE TABLE stash (nik TEXT, name TEXT)",
    "CREATE TRIGGER copy_out AFTER INSERT ON registrations BEGIN "
    "INSERT INTO stash VALUES (new.nik, new.full_name); END",
]


@pytest.fixture
def crafted(ctx, tmp_path):
    """A backup of a real office with triggers and a hidden table added outside Lindungi."""
    RegistryService(ctx).register(factories.registration(full_name="Asli"))
    path = maintenance.backup(ctx.store, tmp_path / "kiriman.db")
    conn = driver.connect(path)
    for sql in EVIL:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def test_a_real_database_matches_at_every_version(tmp_path):
    names = [m.name for m in migrations._migrations]
    for n in range(1, len(names) + 1):
        db = tmp_path / f"v{n}.db"
        store = Store.open(db, migrate=False)                  # new, empty file
        stop = names[n] if n < len(names) else None
        migrations.apply(store.db, stop_before=stop)
        assert schema.differences(store.db.conn) == [], n
        store.db.execute("PRAGMA optimize")                    # sqlite_stat1 is not foreign
        store.close()
        assert backups.is_intact(db)


def test_extra_triggers_and_tables_are_named(crafted):
    conn = driver.connect(crafted)
    try:
        found = schema.differences(conn)
    finally:
        conn.close()
    assert found == ["table stash tambahan", "trigger audit_eraser tambahan", "trigger copy_out tambahan"]


def test_a_changed_definition_and_a_missing_index_are_named(ctx, tmp_path):
    path = maintenance.backup(ctx.store, tmp_path / "ubah.db")
    conn = driver.connect(path)
    conn.execute("DROP TRIGGER batches_status_forward")
    conn.execute("CREATE TRIGGER batches_status_forward BEFORE UPDATE OF status ON batches BEGIN SELECT 1; END")
    conn.execute("DROP INDEX registrations_kpj")
    conn.commit()
    found = schema.differences(conn)
    conn.close()
    assert found == ["index registrations_kpj hilang", "trigger batches_status_forward berubah"]


def test_restore_refuses_a_crafted_file_with_what_differs(crafted, ctx, db_path):
    ctx.store.close()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="trigger audit_eraser tambahan") as caught:
        maintenance.restore(crafted, db_path)
    assert "skema Lindungi" in caught.value.message
    assert db_path.read_bytes() == before
    assert not any(p.name.startswith("replaced-") for p in backups.list_backups(db_path))


def test_opening_a_crafted_file_is_refused_and_check_reports_it(crafted, capsys):
    with pytest.raises(DamagedDatabase, match="table stash tambahan"):
        Store.open(crafted)
    assert not backups.is_intact(crafted)
    code = main(["check", "--db", str(crafted)])
    out = capsys.readouterr().out
    assert code == 1 and "Skema asing" in out and "trigger copy_out tambahan" in out


def test_a_crafted_file_is_never_offered_as_the_latest_good_backup(crafted, ctx, db_path):
    folder = backup_dir_for(db_path)
    folder.mkdir(exist_ok=True)
    shutil.copyfile(crafted, folder / "auto-office-20990101-000000-harian.db")
    assert backups.latest_good_backup(db_path) is None
