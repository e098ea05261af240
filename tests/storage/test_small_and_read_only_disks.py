"""A daily backup that cannot be written never stops the office; a database on read-only
media opens read-only and can still be backed up elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.errors import DatabaseUnavailable, UserError
from desktop_app.services import maintenance
from desktop_app.services.records import RecordsService
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from tests import factories


def _office(ctx) -> str:
    saved = RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    ctx.store.close()
    return saved.id


def test_a_daily_backup_that_cannot_be_written_does_not_stop_the_office(ctx, db_path, capsys):
    saved = _office(ctx)
    (db_path.parent / "backups").write_text("a file where the backups folder should be")  # cannot write there
    store = Store.open(db_path)
    try:
        assert store.backup_notice and "Cadangan harian tidak dapat ditulis" in store.backup_notice
        assert store.registrations.get(saved) is not None
        with store.write():                                         # reading and writing go on
            store.audit.record("uji", "test", "t")
    finally:
        store.close()
    for argv in (["stats", "--db", str(db_path)], ["search", "--db", str(db_path), "Siti"]):
        assert main(argv) == 0
        out, err = capsys.readouterr()
        assert err.count("Cadangan harian tidak dapat ditulis") == 1 and out
    assert [p.name for p in db_path.parent.iterdir() if "tmp" in p.name or p.suffix == ".part"] == []


@pytest.fixture
def read_only_copy(ctx, db_path, tmp_path):
    """The office's database on media that cannot be written (a locked flash disk)."""
    saved = _office(ctx)
    media = tmp_path / "flashdisk-terkunci"
    media.mkdir()
    shutil.copyfile(db_path, media / "kantor.db")
    target = media / "kantor.db"
    os.chmod(target, 0o444)
    os.chmod(media, 0o555)
    immutable = False
    if os.access(media, os.W_OK):                                   # root ignores modes: make it immutable
        done = subprocess.run(["chattr", "+i", str(target), str(media)], capture_output=True)
        immutable = done.returncode == 0
        if not immutable:
            os.chmod(media, 0o755)
            pytest.skip("cannot make a read-only folder here (root without chattr)")
    yield target, saved
    if immutable:
        subprocess.run(["chattr", "-i", str(target), str(media)], check=True)
    os.chmod(media, 0o755)
    os.chmod(target, 0o644)


def test_a_database_on_read_only_media_opens_read_only(read_only_copy, regions):
    path, saved = read_only_copy
    store = Store.open(path)
    try:
        assert store.readonly and store.registrations.get(saved).full_name == "Siti Aminah"
        with pytest.raises(DatabaseUnavailable, match="hanya-baca"):
            with store.write():
                store.audit.record("uji", "test", "t")
    finally:
        store.close()
    assert backups.is_intact(path)


def test_a_database_on_read_only_media_can_be_searched_and_backed_up_elsewhere(read_only_copy, tmp_path,
                                                                              capsys):
    path, saved = read_only_copy
    assert main(["search", "--db", str(path), "Siti"]) == 0
    assert "Siti Aminah" in capsys.readouterr().out
    out = tmp_path / "disk-lain" / "salinan.db"
    out.parent.mkdir()
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    conn = driver.connect(out)
    try:
        assert conn.execute("SELECT full_name FROM registrations WHERE id = ?", [saved]).fetchone()[0] == "Siti Aminah"
    finally:
        conn.close()
    assert backups.is_intact(out)


def test_a_read_only_store_backs_up_through_the_service(read_only_copy, tmp_path, regions):
    path, _ = read_only_copy
    store = Store.open(path)
    try:
        written = maintenance.backup(store, tmp_path / "b.db")
    finally:
        store.close()
    assert backups.is_intact(Path(written))


def test_records_service_reads_a_read_only_store(read_only_copy, regions):

    path, _ = read_only_copy
    ctx = factories.context(Store.open(path), regions)
    try:
        assert RecordsService(ctx).total_active() == 1
    finally:
        ctx.close()


def test_retrying_the_daily_backup_writes_it_once_room_is_made_and_then_is_not_due(ctx, db_path):
    _office(ctx)
    blocker = db_path.parent / "backups"
    blocker.write_text("a file where the backups folder should be")
    store = Store.open(db_path)
    try:
        assert store.backup_notice
        with pytest.raises(UserError, match="tidak dapat ditulis"):
            maintenance.retry_daily_backup(store)
        blocker.unlink()                                             # room made
        written = maintenance.retry_daily_backup(store)
        assert written is not None and backups.is_intact(written)
        assert maintenance.retry_daily_backup(store) is None         # today's is there: nothing due
    finally:
        store.close()
