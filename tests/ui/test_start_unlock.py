"""The start before the database opens, as the app does it (no test-wide key): a new office, an old
plaintext office encrypted after the admin chose a password, a scripted sign-in."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from desktop_app.services import unlocking
from desktop_app.storage import driver
from desktop_app.storage.keyfile import KeyFile
from desktop_app.storage.store import Store
from desktop_app.ui import start_unlock
from desktop_app.ui.start_unlock import AdminPasswordDialog, unlock_at_start
from tests.keys import PASSWORD, signed_in_env
from tests.storage.test_conversion import plaintext_office


@pytest.fixture
def real_start():
    driver.keys.forget()
    driver.keys.fallback = None


def test_a_new_office_gets_a_fresh_key_and_no_key_file_yet(tmp_path, real_start):
    unlocked = unlock_at_start(tmp_path / "baru.db")
    assert unlocked.new_office and len(unlocked.key) == 32 and unlocked.operator is None
    assert not KeyFile.exists(tmp_path / "baru.db")


def test_an_old_plaintext_office_is_encrypted_after_the_admin_chooses_a_password(ctx, tmp_path, monkeypatch,
                                                                                 qtbot):
    folder = tmp_path / "lama"
    folder.mkdir()
    db = plaintext_office(ctx, folder / "kantor.db")
    driver.keys.forget()
    driver.keys.fallback = None

    def typed(self):
        qtbot.addWidget(self)
        self.password.setText("pendek")
        self.again.setText("pendek")
        self.accept()
        assert self.error.text() and self.result() != self.DialogCode.Accepted     # too short: stays open
        self.password.setText("sandi-admin-baru")
        self.again.setText("sandi-admin-baru")
        self.accept()
        return self.result()
    monkeypatch.setattr(AdminPasswordDialog, "exec", typed)
    unlocked = unlock_at_start(db, "tester")
    assert unlocked.operator == "tester" and not driver.is_plaintext(db)
    with closing(sqlite3.connect(db)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM registrations").fetchone()
    assert unlocking.sign_in(db, "tester", "sandi-admin-baru") == unlocked.key
    Store.open(db, key=unlocked.key).close()


def test_a_scripted_start_signs_in_from_the_environment(ctx, db_path, monkeypatch):
    signed_in_env(db_path, "tester")
    ctx.store.close()
    driver.keys.forget()
    driver.keys.fallback = None
    monkeypatch.setenv("LINDUNGI_OPERATOR", "tester")
    monkeypatch.setenv("LINDUNGI_PASSWORD", PASSWORD)
    monkeypatch.setattr(start_unlock, "SignInDialog", None)              # no dialog may open
    unlocked = unlock_at_start(db_path)
    assert unlocked.operator == "tester" and driver.opens_with(db_path, unlocked.key)
