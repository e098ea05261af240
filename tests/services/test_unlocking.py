"""Signing in before the database opens: start states, wrong password vs damage, recovery, CLI sign-in."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

from desktop_app.__main__ import main
from desktop_app.errors import DamagedDatabase, WrongPassword, WrongRecoveryKey
from desktop_app.services import unlocking
from desktop_app.services.context import Context
from desktop_app.services.unlocking import StartState
from desktop_app.storage import driver
from desktop_app.storage.keyfile import KeyFile, recovery_text
from desktop_app.storage.store import Store
from tests.keys import PASSWORD, TEST_KEY, signed_in_env


@pytest.fixture
def real_start():
    """As the app starts: no test-wide key, only what the key file gives."""
    driver.keys.forget()
    driver.keys.fallback = None


@pytest.fixture
def office(ctx, db_path):
    ctx.store.close()
    signed_in_env(db_path, "tester")
    return db_path


def test_start_states(tmp_path, real_start):
    new = tmp_path / "baru.db"
    assert unlocking.start_state(new) is StartState.NEW
    key = unlocking.new_data_key()
    Store.open(new, key=key).close()
    driver.keys.forget()
    assert unlocking.start_state(new) is StartState.NO_KEY_FILE
    unlocking.set_admin_password(new, key, "admin", "sandi-panjang-1")
    assert unlocking.start_state(new) is StartState.SIGN_IN
    plain = tmp_path / "lama.db"
    with closing(sqlite3.connect(plain)) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert unlocking.start_state(plain) is StartState.PLAINTEXT


def test_a_crash_during_the_first_run_wizard_starts_the_set_up_again(tmp_path, real_start):
    """The wizard made the encrypted file with a new key and was killed before the key file was written: the
    next start is a new office again (the file and its backups set aside, nothing deleted), not a request for
    a recovery key nobody was given."""
    from desktop_app.paths import backup_dir_for
    from desktop_app.storage import backup

    db = tmp_path / "kantor.db"
    key = unlocking.begin_new_office(db)
    store = Store.open(db, key=key)
    backup.automatic_backup(store.db.conn, db, "daily", key=key)
    store.close()
    driver.keys.forget()                        # the process died: its key went with it
    assert backup.list_backups(db)
    assert unlocking.start_state(db) is StartState.NEW
    assert not db.exists() and not backup.list_backups(db)
    kept = sorted(p.name for p in backup_dir_for(db).iterdir())
    assert any(name.startswith("unfinished-setup-kantor-") for name in kept) and len(kept) == 2
    assert unlocking.start_state(db) is StartState.NEW          # once set aside, stays a plain new start
    key = unlocking.begin_new_office(db)
    Store.open(db, key=key).close()
    unlocking.set_admin_password(db, key, "admin", "sandi-panjang-1")
    driver.keys.forget()
    assert unlocking.start_state(db) is StartState.SIGN_IN
    assert not (tmp_path / "kantor.db.setup-pending").exists()


def test_a_finished_set_up_is_never_set_aside(tmp_path, real_start):
    db = tmp_path / "kantor.db"
    key = unlocking.begin_new_office(db)
    Store.open(db, key=key).close()
    unlocking.set_admin_password(db, key, "admin", "sandi-panjang-1")
    (tmp_path / "kantor.db.setup-pending").write_text("stale")   # e.g. copied along from elsewhere
    driver.keys.forget()
    assert unlocking.start_state(db) is StartState.SIGN_IN and db.exists()


def test_stdlib_sqlite_cannot_read_the_office_database(office):
    with closing(sqlite3.connect(office)) as conn, pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM registrations").fetchall()


def test_a_wrong_password_is_wrong_password_and_the_database_is_untouched(office, real_start):
    before = office.read_bytes()
    with pytest.raises(WrongPassword) as caught:
        unlocking.sign_in(office, "tester", "bukan-ini")
    assert not isinstance(caught.value, DamagedDatabase) and "salah" in caught.value.message
    assert office.read_bytes() == before and driver.keys.known(office) is None
    key = unlocking.sign_in(office, "tester", PASSWORD)
    store = Store.open(office, key=key)                                # the same key opens it
    store.close()


def test_the_recovery_key_unlocks_and_sets_a_new_password(office, real_start):
    with pytest.raises(WrongRecoveryKey):
        unlocking.reset_with_recovery(office, recovery_text(os.urandom(32)), "tester", "baru-sekali-1",
                                      "baru-sekali-1")
    KeyFile.path_for(office).unlink()                                  # even with the key file lost
    assert unlocking.start_state(office) is StartState.NO_KEY_FILE
    assert unlocking.reset_with_recovery(office, recovery_text(TEST_KEY), "tester", "baru-sekali-1",
                                         "baru-sekali-1") == TEST_KEY
    assert unlocking.sign_in(office, "tester", "baru-sekali-1") == TEST_KEY


def test_failed_sign_ins_reach_the_audit_log_after_the_next_good_one(office, regions):
    with pytest.raises(WrongPassword):
        unlocking.sign_in(office, "tester", "salah")
    ctx = Context(Store.open(office, key=unlocking.sign_in(office, "tester", PASSWORD)), regions)
    try:
        unlocking.begin_session(ctx, "tester")
        rows = ctx.store.audit.recent(action="sign_in_failed")
        assert [r["entity_id"] for r in rows] == ["tester"] and unlocking.take_failed_attempts(office) == []
        assert ctx.operator == "tester"
    finally:
        ctx.close()


def test_cli_signs_in_with_env_password_file_or_key_file(office, real_start, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("LINDUNGI_PASSWORD", raising=False)
    assert main(["stats", "--db", str(office)]) == 2
    assert "Kata sandi diperlukan" in capsys.readouterr().err
    assert main(["stats", "--db", str(office), "--operator", "tester"]) == 2
    monkeypatch.setenv("LINDUNGI_PASSWORD", "salah")
    assert main(["stats", "--db", str(office)]) == 2
    assert "salah" in capsys.readouterr().err and "rusak" not in capsys.readouterr().err
    monkeypatch.setenv("LINDUNGI_PASSWORD", PASSWORD)
    assert main(["stats", "--db", str(office)]) == 0
    monkeypatch.delenv("LINDUNGI_PASSWORD")
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSWORD + "\n")
    driver.keys.forget()
    assert main(["stats", "--db", str(office), "--password-file", str(secret)]) == 0
    recovery = tmp_path / "pemulihan.txt"
    recovery.write_text(recovery_text(TEST_KEY))
    driver.keys.forget()
    assert main(["stats", "--db", str(office), "--key-file", str(recovery)]) == 0
