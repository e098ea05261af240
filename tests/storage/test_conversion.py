"""A plaintext office database from before encryption at rest, and its backups, are converted."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing

import pytest

from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import conversion, driver
from desktop_app.storage.store import Store
from tests import factories


def plaintext_office(ctx, path):
    """``ctx``'s office written out as an unencrypted file, as Lindungi kept it before."""
    conn = driver.connect(ctx.store.path)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(path)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return path


@pytest.fixture
def old_office(ctx, tmp_path):
    person = RegistryService(ctx).register(factories.registration(full_name="Wayan Sumarni"), confirm_similar=True)
    folder = tmp_path / "lama"
    folder.mkdir()
    db = plaintext_office(ctx, folder / "kantor.db")
    (folder / "backups").mkdir()
    old_backup = folder / "backups" / "auto-kantor-20261101-080000-harian.db"
    shutil.copyfile(db, old_backup)
    return db, old_backup, person


def test_plaintext_database_and_backups_are_encrypted_and_verified(old_office):
    db, old_backup, person = old_office
    with closing(sqlite3.connect(db)) as plain:                       # really plaintext before
        assert plain.execute("SELECT count(*) FROM registrations").fetchone()[0] == 1
    assert conversion.needed(db)
    key = os.urandom(32)
    done = conversion.convert(db, key)
    assert done == conversion.Converted(True, 1) and not conversion.needed(db)
    for path in (db, old_backup):
        assert not driver.is_plaintext(path) and person.nik.encode() not in path.read_bytes()
        with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not list((db.parent / "backups").glob("pre-enkripsi-*"))   # kept only until verified
    assert backups.is_intact(old_backup) is False                     # the test key is not this office's
    driver.keys.remember(db, key)
    assert backups.is_intact(old_backup)
    store = Store.open(db, key=key)
    try:
        assert store.registrations.get(person.id).full_name == "Wayan Sumarni"
    finally:
        store.close()


def test_a_conversion_that_cannot_be_verified_leaves_the_plaintext_office(old_office, monkeypatch):
    db, _, _ = old_office
    before = db.read_bytes()
    monkeypatch.setattr(conversion, "_tables", lambda conn, calls=[]: calls.append(1) or {"x": len(calls)})
    with pytest.raises(Exception, match="Enkripsi basis data gagal"):
        conversion.convert(db, os.urandom(32))
    assert db.read_bytes() == before and driver.is_plaintext(db)
    assert list((db.parent / "backups").glob("pre-enkripsi-*"))       # the copy stays while not verified


def test_a_plaintext_backup_from_a_flash_disk_is_restored_encrypted(ctx, db_path, tmp_path):
    from desktop_app.services import maintenance

    before = RegistryService(ctx).register(factories.registration(full_name="Sebelum Enkripsi"), confirm_similar=True)
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    old = plaintext_office(ctx, usb / "cadangan-lama.db")
    after = RegistryService(ctx).register(factories.registration(full_name="Sesudah", birth_date=factories.TODAY
                                                                 .replace(year=1985)), confirm_similar=True)
    ctx.store.close()
    maintenance.restore(old, db_path, "tester")
    assert driver.is_plaintext(old) and not driver.is_plaintext(db_path)          # the disk's file is left as is
    assert before.nik.encode() not in db_path.read_bytes()
    store = Store.open(db_path)
    try:
        assert store.registrations.get(before.id) is not None and store.registrations.get(after.id) is None
    finally:
        store.close()
