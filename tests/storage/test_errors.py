"""SQLite failures are sorted by result code, each provoked for real: the environment's
failures become the user's messages, a damaged file is sorted as damaged, bugs stay bugs."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.errors import DamagedDatabase, DatabaseUnavailable
from desktop_app.storage import driver, errors
from desktop_app.storage.database import connect
from desktop_app.storage.errors import Trouble, expected_error, mapped_errors, trouble_of
from desktop_app.storage.store import Store


def failure(action) -> driver.Error:
    with pytest.raises(driver.Error) as caught:
        action()
    return caught.value


def small_database(path: Path) -> Path:
    with closing(driver.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(200)])
        conn.commit()
    return path


def write_audit_row(store: Store) -> None:
    with store.write():
        store.audit.record("test", "errors", "t")


def test_a_write_lock_held_by_another_connection_is_locked(store, db_path):
    other = driver.connect(db_path)
    other.execute("BEGIN IMMEDIATE")                 # another Lindungi holds the write lock
    try:
        store.db.conn.execute("PRAGMA busy_timeout = 50")
        exc = failure(lambda: store.db.conn.execute("BEGIN IMMEDIATE"))
        assert exc.sqlite_errorname == "SQLITE_BUSY" and trouble_of(exc) is Trouble.LOCKED
        with pytest.raises(DatabaseUnavailable, match="terkunci") as caught:
            write_audit_row(store)
        assert "SQLITE_BUSY" in caught.value.detail
    finally:
        other.rollback()
        other.close()
    write_audit_row(store)                           # free again once the other one lets go


def test_a_table_locked_by_a_running_statement_is_locked(tmp_path):
    with closing(driver.connect(small_database(tmp_path / "t.db"))) as conn:
        reading = conn.execute("SELECT x FROM t")
        reading.fetchone()
        exc = failure(lambda: conn.execute("DROP TABLE t"))
        reading.close()
    assert exc.sqlite_errorname == "SQLITE_LOCKED" and trouble_of(exc) is Trouble.LOCKED
    assert "terkunci" in str(expected_error(exc))


def test_a_full_database_says_the_disk_is_full_and_keeps_the_old_data(store):
    count = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")          # no room for one more page
    with pytest.raises(DatabaseUnavailable, match="Disk penuh") as caught:
        with store.write():
            for n in range(500):
                store.audit.record("test", "errors", "x" * 2000 + str(n))
    assert "SQLITE_FULL" in caught.value.detail
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count   # rolled back whole


def test_writing_through_a_read_only_connection_names_the_file(tmp_path):
    path = small_database(tmp_path / "t.db")
    with closing(connect(path, readonly=True)) as conn:
        exc = failure(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    assert exc.sqlite_errorname == "SQLITE_READONLY" and trouble_of(exc) is Trouble.READONLY
    assert str(expected_error(exc, str(path))).endswith(f"hanya-baca atau tidak ada izin): {path}")


def test_a_read_only_store_refuses_writes_with_the_readonly_message(db_path):
    Store.open(db_path).close()
    store = Store.open(db_path, readonly=True)
    try:
        with pytest.raises(DatabaseUnavailable, match="tidak dapat ditulis"):
            write_audit_row(store)
    finally:
        store.close()


def test_a_folder_where_the_file_should_be_cannot_be_opened(tmp_path):
    folder = tmp_path / "kantor.db"
    folder.mkdir()
    exc = failure(lambda: driver.connect(folder))
    assert exc.sqlite_errorname == "SQLITE_CANTOPEN" and trouble_of(exc) is Trouble.CANNOT_OPEN
    with pytest.raises(DatabaseUnavailable, match="tidak dapat dibuka") as caught:
        Store.open(folder)
    assert str(folder) in str(caught.value) and not isinstance(caught.value, DamagedDatabase)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/self/mem")
def test_a_read_the_operating_system_fails_is_an_io_error():
    # Reading address 0 of our own memory file fails with EIO: a real read error from the kernel,
    # as a failing flash disk gives.
    def read() -> None:
        with closing(driver.dbapi2.connect("file:/proc/self/mem?mode=ro", uri=True)) as conn:
            conn.execute("SELECT * FROM sqlite_master").fetchall()

    exc = failure(read)
    assert exc.sqlite_errorname.startswith("SQLITE_IOERR") and trouble_of(exc) is Trouble.IO
    assert "Periksa flashdisk" in str(expected_error(exc))


def test_a_file_that_is_not_a_database_is_damaged_not_unavailable(tmp_path):
    path = tmp_path / "daftar.db"
    path.write_bytes(b"PK\x03\x04 an xlsx renamed to .db " * 200)
    exc = failure(lambda: driver.connect(path))       # the keyed connection reads the first page at once
    assert exc.sqlite_errorname == "SQLITE_NOTADB" and trouble_of(exc) is Trouble.DAMAGED
    assert expected_error(exc) is None               # storage.database names the latest good backup
    with pytest.raises(DamagedDatabase):
        Store.open(path)


def test_scribbled_pages_are_damaged(tmp_path):
    path = small_database(tmp_path / "t.db")
    data = bytearray(path.read_bytes())
    data[4096:4096 + 64] = b"\xa5" * 64                # the table's first page
    path.write_bytes(bytes(data))
    with closing(driver.connect(path)) as conn:
        exc = failure(lambda: conn.execute("SELECT sum(x) FROM t").fetchall())
    assert exc.sqlite_errorname == "SQLITE_CORRUPT" and trouble_of(exc) is Trouble.DAMAGED
    assert expected_error(exc) is None


def test_bugs_stay_bugs(tmp_path):
    with closing(driver.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x UNIQUE)")
        conn.execute("INSERT INTO t VALUES (1)")
        constraint = failure(lambda: conn.execute("INSERT INTO t VALUES (1)"))
        typo = failure(lambda: conn.execute("SELEC 1"))
    closed = failure(lambda: conn.execute("SELECT 1"))      # raised by the sqlite3 module: no result code
    assert [trouble_of(e) for e in (constraint, typo, closed)] == [None, None, None]
    with pytest.raises(driver.IntegrityError), mapped_errors("x.db"):
        raise constraint


def test_every_trouble_but_damage_has_a_message():
    assert set(errors._MESSAGES) == set(Trouble) - {Trouble.DAMAGED}
