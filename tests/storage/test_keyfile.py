"""The key file: passwords unlock the data key, a wrong one is refused, lock-out, recovery key."""

from __future__ import annotations

import os

import pytest

from desktop_app.errors import KeyFileDamaged, WrongPassword, WrongRecoveryKey
from desktop_app.storage import keyfile
from desktop_app.storage.keyfile import KeyFile, parse_recovery, recovery_text


@pytest.fixture
def made(tmp_path):
    db = tmp_path / "office.db"
    key = os.urandom(32)
    kf = KeyFile.create(db, key)
    kf.set_password("admin", "rahasia-sekali", key)
    return db, key


def test_the_password_unlocks_the_data_key_read_back_from_disk(made):
    db, key = made
    assert KeyFile.path_for(db).name == "office.db.kunci" and KeyFile.exists(db)
    kf = KeyFile.load(db)
    assert kf.operators() == ["admin"]
    assert kf.unlock("admin", "rahasia-sekali") == key
    assert key.hex() not in KeyFile.path_for(db).read_text()


def test_a_wrong_password_or_name_is_refused_as_wrong_password(made):
    db, _ = made
    kf = KeyFile.load(db)
    with pytest.raises(WrongPassword):
        kf.unlock("admin", "rahasia-sekalI")
    with pytest.raises(WrongPassword):
        kf.unlock("siapa", "rahasia-sekali")
    assert KeyFile.load(db).failures("admin") == 1
    assert [e["operator"] for e in KeyFile.load(db).take_failed_attempts()] == ["admin", "siapa"]
    assert KeyFile.load(db).take_failed_attempts() == []


def test_repeated_failures_lock_out_with_a_growing_delay(made):
    db, key = made
    now = [1000.0]
    kf = KeyFile.load(db)
    kf.clock = lambda: now[0]
    for _ in range(keyfile.FREE_TRIES - 1):
        with pytest.raises(WrongPassword) as caught:
            kf.unlock("admin", "salah")
        assert caught.value.locked_for == 0
    with pytest.raises(WrongPassword) as caught:
        kf.unlock("admin", "salah")
    assert caught.value.locked_for == keyfile.LOCK_FIRST_S
    with pytest.raises(WrongPassword) as caught:       # even the right password waits
        kf.unlock("admin", "rahasia-sekali")
    assert "Tunggu" in caught.value.message
    now[0] += keyfile.LOCK_FIRST_S
    assert kf.unlock("admin", "rahasia-sekali") == key
    assert KeyFile.load(db).failures("admin") == 0


def test_change_password_rewrites_only_the_key_file(made):
    db, key = made
    db.write_bytes(b"stand-in for the database")
    before = db.stat().st_mtime_ns, db.read_bytes()
    KeyFile.load(db).change_password("admin", "rahasia-sekali", "baru-lagi-panjang")
    assert (db.stat().st_mtime_ns, db.read_bytes()) == before
    kf = KeyFile.load(db)
    assert kf.unlock("admin", "baru-lagi-panjang") == key
    with pytest.raises(WrongPassword):
        kf.unlock("admin", "rahasia-sekali")


def test_recovery_key_round_trip_and_typos():
    key = os.urandom(32)
    text = recovery_text(key)
    assert len(text.split("-")) == 17 and all(len(g) == 4 for g in text.split("-"))
    assert parse_recovery(text.lower().replace("-", " ")) == key
    typo = ("0" if text[0] != "0" else "1") + text[1:]
    with pytest.raises(WrongRecoveryKey):
        parse_recovery(typo)
    with pytest.raises(WrongRecoveryKey):
        parse_recovery("bukan kunci")


def test_a_recovery_key_of_another_office_is_refused(made):
    db, key = made
    kf = KeyFile.load(db)
    assert kf.verify_recovery(recovery_text(key)) == key
    with pytest.raises(WrongRecoveryKey):
        kf.verify_recovery(recovery_text(os.urandom(32)))


def test_a_damaged_key_file_says_so(made):
    db, _ = made
    KeyFile.path_for(db).write_text("{not json")
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(db)
