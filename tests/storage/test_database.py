"""Opening the database: pragmas, migrations, integrity checks, damaged and locked files."""

from datetime import date

import pytest

from desktop_app.errors import DamagedDatabase, DatabaseUnavailable
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.migrations import _M001, migrations
from desktop_app.storage.store import Store


def test_new_database_gets_schema_wal_full_and_foreign_keys(db_path):
    store = Store.open(db_path)
    try:
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied, known = store.schema_version()
        assert applied == known >= 1
        assert {"registrations", "heirs", "schemes", "batches", "audit_log", "office", "settings",
                "rate_brackets"} <= set(store.db.table_names())
        assert store.schemes.latest_rate_version() == "PP44-2015-PP49-2023"
    finally:
        store.close()
    assert backups.list_backups(db_path) == []   # nothing to back up in a brand-new file


def test_reopening_an_existing_database_applies_nothing_twice(db_path):
    Store.open(db_path).close()
    store = Store.open(db_path)
    try:
        rows = store.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert rows == len(migrations._migrations)
        # one BPU bracket table (m001) and one wage-earner share table (m006), each seeded once
        assert store.db.execute("SELECT kind, count(*) FROM rate_tables GROUP BY 1 ORDER BY 1").fetchall() == \
            [("bpu", 1), ("wage", 1)]
    finally:
        store.close()


def test_a_file_whose_migration_history_was_tampered_with_is_refused_untouched(db_path):
    """Pre-migration backups are covered by test_existing_database_is_upgraded_keeping_its_data;
    a history that no Lindungi writes (m001 missing, later ones present) is not migrated at all."""
    Store.open(db_path).close()
    conn = driver.connect(db_path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm001_initial'")
    conn.execute("DROP TABLE audit_log")  # pretend m001 never ran… partially
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabase, match="riwayat pembaruan skema"):
        Store.open(db_path)
    assert not any("pre-m001_initial" in p.name for p in backups.list_backups(db_path))
    conn = driver.connect(db_path)
    assert conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 0  # untouched
    conn.close()


def test_database_from_a_newer_version_is_refused(db_path):
    Store.open(db_path).close()
    conn = driver.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('lindungi', 'm999', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseUnavailable, match="versi Lindungi yang lebih baru"):
        Store.open(db_path)


def test_missing_database_is_not_created_when_not_asked(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="tidak ditemukan"):
        Store.open(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_damaged_file_is_refused_and_names_the_latest_good_backup(ctx, db_path):
    ctx.store.backup_to(db_path.parent / "backups" / "auto-office-20261120-080000-harian.db")
    ctx.store.close()
    raw = bytearray(db_path.read_bytes())
    raw[0:16] = b"not a database!!"
    db_path.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabase) as caught:
        Store.open(db_path)
    assert "rusak" in str(caught.value) and "auto-office-20261120-080000-harian.db" in str(caught.value)
    assert caught.value.backup.endswith("auto-office-20261120-080000-harian.db")


def test_corrupted_pages_fail_quick_check(ctx, db_path):
    from desktop_app.services.registry import RegistryService
    from tests import factories
    service = RegistryService(ctx)
    for i in range(30):
        service.register(factories.registration(birth_date=date(1980, 1, 1 + i)))
    ctx.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page):   # scribble over every later page's header
        data[offset:offset + 8] = b"\xff" * 8
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="Tidak ditemukan cadangan"):
        Store.open(db_path)


def test_locked_database_gives_a_clear_message(ctx, db_path):
    other = driver.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        ctx.store.db.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(DatabaseUnavailable, match="terkunci"):
            with ctx.store.write():
                ctx.store.audit.record("x", "test", "t")
    finally:
        other.rollback()
        other.close()
    assert ctx.store.audit.recent(action="test") == []


def test_existing_database_is_upgraded_keeping_its_data(ctx, db_path):
    """A database from before migration 3 (deleted people still in the name index) upgrades
    in place, after a backup, with every record kept."""
    from desktop_app.services.registry import RegistryService
    from desktop_app.storage.search import RegistrationQuery
    from tests import factories

    registry = RegistryService(ctx)
    kept = registry.register(factories.registration(full_name="Tetap Ada"))
    gone = registry.register(factories.registration(full_name="Sudah Dihapus", birth_date=date(1981, 1, 1)))
    registry.delete(gone.id, "uji")
    db = ctx.store.db
    # Roll the schema back to how migration 2 left it: old triggers, deleted rows indexed, and none
    # of the later migrations' columns (a file of that version carries exactly its own schema).
    later = [m.name for m in migrations._migrations][2:]
    db.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({', '.join('?' for _ in later)})", later)
    db.execute("DROP INDEX registrations_report")                      # m013
    db.execute("DROP INDEX registrations_report_people")
    _undo_m012(db)
    db.execute("DROP TABLE drafts")                                    # m007
    for sql in ("DROP INDEX registrations_legacy_seq", "DROP INDEX registrations_origin"):   # m011
        db.execute(sql)
    for table, columns in (("office", ("office_code", "office_number", "office_level")),
                           ("registrations", ("origin_office", "updated_office", "legacy_seq"))):
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for column in ("renewal_of", "recipient", "cover_letter_no", "sent_on"):
        db.execute(f"ALTER TABLE batches DROP COLUMN {column}")
    for table in ("slip_signing_key", "trusted_office_keys"):          # m010
        db.execute(f"DROP TABLE {table}")
    db.execute("DROP TABLE wage_rates")
    db.execute("DELETE FROM rate_tables WHERE kind = 'wage'")
    for table, columns in (("rate_tables", ("kind",)), ("registrations", ("post", "honorarium")),
                           ("schemes", ("kind", "agency", "task_start", "task_end", "honorarium", "risk_class"))):
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for sql in ("DROP TRIGGER audit_log_append_only", "DROP TRIGGER audit_log_no_delete", "DROP TABLE purges",
                "DROP INDEX audit_at", "DROP INDEX audit_operator", "DROP INDEX audit_action",
                "ALTER TABLE audit_log DROP COLUMN body_sha", "ALTER TABLE audit_log DROP COLUMN hash",
                "ALTER TABLE audit_log DROP COLUMN redacted", "DELETE FROM settings WHERE key = 'audit.head'"):
        db.execute(sql)                                                      # m009
    for name in ("ai", "ad", "au"):
        db.execute(f"DROP TRIGGER registrations_fts_{name}")
    old_triggers = _M001[_M001.index("CREATE TRIGGER registrations_fts_ai"):_M001.index("CREATE TABLE heirs")]
    db.executescript(old_triggers)
    db.execute("INSERT INTO registrations_fts(rowid, full_name) VALUES (?, ?)", [gone.seq, gone.full_name])
    _operators_as_in_m001(db)
    ctx.store.close()

    store = Store.open(db_path)
    try:
        assert store.schema_version()[0] == len(migrations._migrations)
        assert any("pre-m003" in p.name for p in backups.list_backups(db_path))
        assert store.registrations.get(gone.id).deleted and store.registrations.get(kept.id).full_name == "Tetap Ada"
        assert store.registrations.count(RegistrationQuery(text="dihapus")) == 0
        assert store.registrations.count(RegistrationQuery(text="dihapus", status="deleted")) == 1
        assert store.integrity() == ["ok"]
        assert [(o["name"], o["role"], o["active"]) for o in store.office.operators(active_only=False)] == [
            ("lama", "operator", 0), ("tester", "admin", 1)]
        assert store.audit.verify().ok                                       # the old rows were chained
    finally:
        store.close()


def _undo_m012(db) -> None:
    """Take out what m011 (office identity) and m012 (exchange) added, heirs back to their m001 shape."""
    for trigger in ("registrations_row_version", "registrations_change_log_insert", "registrations_change_log_update",
                    "registrations_origin_office", "registrations_updated_office"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("sync_changes", "sync_key", "sync_peers", "sync_ledger", "sync_conflicts", "sync_held"):
        db.execute(f"DROP TABLE {table}")
    db.execute("ALTER TABLE registrations DROP COLUMN row_version")
    heirs = _M001[_M001.index("CREATE TABLE heirs"):_M001.index("CREATE TABLE batches")]
    db.execute("ALTER TABLE heirs RENAME TO heirs_new")
    db.executescript(heirs)
    db.execute("INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) "
               "SELECT registration_id, position, name, relationship, nik, phone FROM heirs_new")
    db.execute("DROP TABLE heirs_new")


def _operators_as_in_m001(db) -> None:
    """The operators table as m001 made it (roles admin/operator only, no stamps), with an old
    disabled operator beside the admin."""
    operators = _M001[_M001.index("CREATE TABLE operators"):_M001.index("CREATE TABLE rate_tables")]
    db.execute("DROP TABLE operators")
    db.executescript(operators)
    db.execute("INSERT INTO operators (name, role, active, created_at) VALUES ('tester', 'admin', 1, 'x'), "
               "('lama', 'operator', 0, 'y')")
