"""Packed backups (issue 13 item 7): the content compressed and sealed under a key derived from the
data key; read back and restored with the real libraries; unreadable without the key; older kept
backups thinned to packed ones while the newest stays a page copy."""

from __future__ import annotations

import hashlib
import zlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services import maintenance
from desktop_app.services.batches import BatchService
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver, packed_backup, schema
from desktop_app.storage.search import RegistrationQuery
from desktop_app.storage.store import Store
from tests.keys import TEST_KEY
from tests.services.printing_helpers import register


def fingerprint(path: Path) -> dict[str, tuple[int, str]]:
    """Rows and a SHA-256 of every row of every table (FTS5 shadow tables too), in rowid order."""
    conn = driver.connect(path, mode="ro")
    try:
        out = {}
        for (table,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                "(sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL%') AND name NOT LIKE 'sqlite_stat%'"):
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
            order = "" if "WITHOUT ROWID" in sql.upper() else "ORDER BY rowid"
            digest, count = hashlib.sha256(), 0
            for row in conn.execute(f'SELECT * FROM "{table}" {order}'):
                digest.update(repr(row).encode())
                count += 1
            out[table] = (count, digest.hexdigest())
        return out
    finally:
        conn.close()


@pytest.fixture
def office(ctx):
    """People with heirs, one deleted (out of the name index), a batch, audit rows."""
    kept = [register(ctx, full_name="Siti Padat")] + [register(ctx, full_name=f"Orang Cadangan {chr(65 + i)}")
                                                      for i in range(4)]
    gone = register(ctx, full_name="Sudah Dihapus")
    RegistryService(ctx).delete(gone.id, "uji")
    BatchService(ctx).create_for([r.id for r in kept[:2]])
    return kept


def page_copy(ctx, folder: Path) -> Path:
    return maintenance.backup(ctx.store, folder / "salinan.db")


def test_a_packed_backup_rebuilds_every_table_exactly(ctx, office, tmp_path):
    source = page_copy(ctx, tmp_path)
    conn = driver.connect(source, mode="ro")
    try:
        path, counts = packed_backup.pack(conn, tmp_path / "padat.lbk", TEST_KEY)
    finally:
        conn.close()
    assert packed_backup.is_packed(path) and path.stat().st_size < source.stat().st_size
    assert packed_backup.verify(path, TEST_KEY) == counts and counts["registrations"] == 6
    rebuilt = tmp_path / "pulih.db"
    assert packed_backup.unpack(path, rebuilt, TEST_KEY) == counts
    assert fingerprint(rebuilt) == fingerprint(source)
    conn = driver.connect(rebuilt, mode="ro")
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        assert schema.differences(conn) == []
    finally:
        conn.close()
    store = Store.open(rebuilt, auto_backup=False)
    try:                                         # the name index came back as it was: deleted people out
        assert store.registrations.count(RegistrationQuery(text="padat")) == 1
        assert store.registrations.count(RegistrationQuery(text="dihapus")) == 0
        assert store.audit.verify().ok
    finally:
        store.close()


def test_no_packed_backup_is_readable_without_the_key(ctx, office, tmp_path):
    source = page_copy(ctx, tmp_path)
    conn = driver.connect(source, mode="ro")
    try:
        path, _ = packed_backup.pack(conn, tmp_path / "padat.lbk", TEST_KEY)
    finally:
        conn.close()
    data = path.read_bytes()
    nik = office[0].nik
    for secret in (nik, "Siti Padat", "Orang Cadangan", "CREATE TABLE registrations"):
        assert secret.encode() not in data                    # no plaintext personal data, not even the schema
    body = data[len(packed_backup.MAGIC) + packed_backup.SALT_BYTES + 4:]
    with pytest.raises(zlib.error):                           # the frames are not merely compressed
        zlib.decompress(body)
    other = bytes(reversed(TEST_KEY))
    with pytest.raises(packed_backup.PackedBackupError, match="not this office's key"):
        packed_backup.verify(path, other)
    with pytest.raises(packed_backup.PackedBackupError):
        packed_backup.unpack(path, tmp_path / "x.db", other)


def test_a_changed_byte_or_a_file_cut_short_is_refused(ctx, office, tmp_path):
    source = page_copy(ctx, tmp_path)
    conn = driver.connect(source, mode="ro")
    try:
        path, _ = packed_backup.pack(conn, tmp_path / "padat.lbk", TEST_KEY)
    finally:
        conn.close()
    data = path.read_bytes()
    for n, broken in enumerate((data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1:],
                                data[:-20], data + b"x",
                                data[:len(packed_backup.MAGIC)] + bytes(16) + data[len(packed_backup.MAGIC) + 16:])):
        bad = tmp_path / f"rusak-{n}.lbk"
        bad.write_bytes(broken)
        with pytest.raises(packed_backup.PackedBackupError):
            packed_backup.verify(bad, TEST_KEY)
        assert not backups.is_intact(bad)


def _daily(ctx, db_path, days: int) -> None:
    start = datetime.now() - timedelta(days=days)
    for day in range(days):
        backups.automatic_backup(ctx.store.db.conn, db_path, "harian", now=start + timedelta(days=day, minutes=1))


def test_thinning_packs_all_but_the_newest_and_restore_takes_both(ctx, office, db_path):
    _daily(ctx, db_path, 4)
    packed = backups.thin(db_path)
    kept = sorted(backups.automatic_backups(db_path), key=lambda c: c.taken_at, reverse=True)
    assert kept[0].path.suffix == ".db" and len(packed) == len(kept) - 1 >= 3
    assert all(c.path.suffix == ".lbk" and c.size < kept[0].size for c in kept[1:])
    assert all(backups.is_intact(c.path) for c in kept) and backups.thin(db_path) == []
    assert backups.list_backups(db_path)[0] == kept[0].path          # packing keeps "newest first"
    assert not backups.daily_backup_due(db_path, now=kept[0].taken_at + timedelta(hours=1))
    entries = maintenance.backup_entries(db_path)
    assert {e.packed for e in entries} == {True, False}
    later = register(ctx, full_name="Sesudah Padat")
    ctx.store.close()
    maintenance.restore(kept[-1].path, db_path, "tester")
    store = Store.open(db_path, auto_backup=False)
    try:
        assert store.registrations.get(office[0].id).nik == office[0].nik and store.registrations.get(later.id) is None
        assert store.integrity() == ["ok"] and schema.differences(store.db.conn) == []
        assert store.audit.verify().ok
    finally:
        store.close()


def test_a_crash_between_packing_and_deleting_the_page_copy_is_finished_later(ctx, office, db_path):
    _daily(ctx, db_path, 2)
    older = backups.to_pack(db_path)[0]
    conn = driver.connect(older, mode="ro")
    try:
        packed_backup.pack(conn, older.with_suffix(".lbk"), TEST_KEY)     # packed, page copy not yet deleted
    finally:
        conn.close()
    assert older.exists()
    backups.thin(db_path)
    assert not older.exists() and backups.is_intact(older.with_suffix(".lbk"))
    assert backups.list_backups(db_path)[0].suffix == ".db"                # still newest first


def test_a_packed_file_that_does_not_read_back_is_dropped_and_packed_again(ctx, office, db_path):
    _daily(ctx, db_path, 2)
    older = backups.to_pack(db_path)[0]
    older.with_suffix(".lbk").write_bytes(packed_backup.MAGIC + bytes(40))      # cut short by a crash
    assert backups.thin(db_path) == [older.with_suffix(".lbk")] and not older.exists()
    assert backups.is_intact(older.with_suffix(".lbk"))


def test_packing_stopped_leaves_the_page_copy_and_no_file(ctx, office, db_path):
    _daily(ctx, db_path, 2)
    older = backups.to_pack(db_path)[0]
    with pytest.raises(backups.Cancelled):
        backups.thin(db_path, cancel=lambda: True)
    assert older.exists() and not older.with_suffix(".lbk").exists()
    assert [p.name for p in older.parent.iterdir() if "tmp" in p.name] == []


def test_lindungi_restore_takes_a_packed_backup(ctx, office, db_path, capsys):
    from desktop_app.__main__ import main

    _daily(ctx, db_path, 2)
    [packed] = backups.thin(db_path)
    ctx.store.close()
    db_path.unlink()
    assert main(["restore", "--db", str(db_path), "--from", str(packed), "--yes"]) == 0, capsys.readouterr().err
    assert "dipulihkan" in capsys.readouterr().out
    store = Store.open(db_path, auto_backup=False)
    try:
        assert store.registrations.get(office[0].id).full_name == "Siti Padat"
    finally:
        store.close()


def test_lindungi_backups_lists_forms_and_space_and_packs_on_demand(ctx, office, db_path, capsys):
    import json

    from desktop_app.__main__ import main

    _daily(ctx, db_path, 3)
    ctx.store.close()
    assert main(["backups", "--db", str(db_path), "--pack", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    autos = data["automatic"]
    assert len(data["packed_now"]) == autos["packed"] == autos["count"] - 1 >= 2
    assert autos["bytes"] == sum(b["bytes"] for b in data["backups"] if Path(b["file"]).name.startswith("auto-"))
    assert [b["form"] for b in data["backups"]][0] == "page_copy"
    assert main(["backups", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "padat" in out and "salinan utuh" in out and "dari batas 4 GB" in out
