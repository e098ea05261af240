"""Operator accounts and sessions: sign-in/out with the stored role, admin-only management,
the last admin kept, and the key file following the accounts when the database is encrypted."""

import os

import pytest

from desktop_app.errors import NotAllowed, NotFound, UserError, WrongPassword
from desktop_app.services.accounts import AccountService
from desktop_app.services.roles import Role
from desktop_app.storage.keyfile import KeyFile
from tests import factories


def _audit(ctx, action):
    return [(r["operator"], r["entity_id"]) for r in reversed(ctx.store.audit.recent(action=action))]


def test_sign_in_takes_the_role_from_the_table_and_is_logged(ctx):
    accounts = AccountService(ctx)
    accounts.add("Rina", "supervisor")
    session = accounts.begin_session("rina")
    assert (session.operator, session.role) == ("Rina", Role.SUPERVISOR) and ctx.role is Role.SUPERVISOR
    accounts.end_session()
    assert ctx.role is None
    assert _audit(ctx, "sign_in") == [("Rina", "Rina")] and _audit(ctx, "sign_out") == [("Rina", "Rina")]


def test_unknown_and_disabled_operators_cannot_sign_in(ctx):
    accounts = AccountService(ctx)
    with pytest.raises(NotFound, match="tidak terdaftar"):
        accounts.begin_session("Orang Asing")
    accounts.add("Budi")
    accounts.disable("Budi")
    with pytest.raises(UserError, match="dinonaktifkan"):
        accounts.begin_session("Budi")
    assert ctx.operator == "tester" and ctx.role is Role.ADMIN


def test_admin_manages_accounts_with_stamps_and_log(ctx):
    accounts = AccountService(ctx)
    added = accounts.add("Budi", "operator")
    assert (added.role, added.active, added.created_by) == (Role.OPERATOR, True, "tester")
    with pytest.raises(UserError, match="sudah ada"):
        accounts.add("budi")
    accounts.set_role("Budi", "supervisor")
    accounts.disable("Budi")
    budi = {a.name: a for a in accounts.accounts()}["Budi"]
    assert (budi.role, budi.active, budi.updated_by) == (Role.SUPERVISOR, False, "tester") and budi.updated_at
    again = accounts.add("BUDI", "operator")                         # a disabled account comes back
    assert (again.name, again.role, again.active) == ("Budi", Role.OPERATOR, True)
    actions = [r["action"] for r in reversed(ctx.store.audit.for_entity("operator", "Budi"))]
    assert actions[::-1] == ["create", "set_role", "disable", "update"]
    with pytest.raises(UserError, match="Peran \"ketua\" tidak dikenal"):
        accounts.set_role("Budi", "ketua")


def test_the_last_admin_and_yourself_are_kept(ctx):
    accounts = AccountService(ctx)
    with pytest.raises(UserError, match="sendiri"):
        accounts.disable("tester")
    with pytest.raises(UserError, match="admin aktif terakhir"):
        accounts.set_role("tester", "operator")
    accounts.add("Kepala", "admin")
    accounts.set_role("tester", "supervisor")                 # another admin exists: allowed
    assert ctx.role is Role.SUPERVISOR                         # your own session follows at once
    with pytest.raises(NotAllowed):
        accounts.add("Lagi")


@pytest.mark.parametrize("call", [
    lambda a: a.accounts(), lambda a: a.add("Baru"), lambda a: a.disable("tester"),
    lambda a: a.set_role("tester", "operator"), lambda a: a.reset_password("tester", "rahasia-panjang"),
], ids=["accounts", "add", "disable", "set_role", "reset_password"])
@pytest.mark.parametrize("role", [Role.OPERATOR, Role.SUPERVISOR, None])
def test_only_an_admin_manages_accounts(ctx, regions, call, role):
    other = factories.context(ctx.store, regions, "Rina", role=role)
    with pytest.raises(NotAllowed):
        call(AccountService(other))
    assert [a.name for a in AccountService(ctx).accounts()] == ["tester"]


@pytest.fixture
def encrypted(ctx):
    """The office with a key file beside its database (as the wizard makes it) and the data key
    the store was opened with (``Store.key``)."""
    data_key = os.urandom(32)
    KeyFile.create(ctx.db_path, data_key).set_password("tester", "sandi-admin-1", data_key)
    ctx.store.key = data_key
    return data_key


def test_with_a_key_file_add_reset_and_disable_follow_into_it(ctx, encrypted):
    accounts = AccountService(ctx)
    with pytest.raises(UserError, match="Kata sandi wajib"):
        accounts.add("Rina", "operator")
    with pytest.raises(WrongPassword, match="terlalu pendek"):
        accounts.add("Rina", "operator", "pendek")
    assert [a.name for a in accounts.accounts()] == ["tester"]       # nothing half-added
    accounts.add("Rina", "operator", "sandi-rina-1")
    assert KeyFile.load(ctx.db_path).unlock("Rina", "sandi-rina-1") == encrypted
    accounts.reset_password("Rina", "sandi-baru-22")
    key_file = KeyFile.load(ctx.db_path)
    assert key_file.unlock("Rina", "sandi-baru-22") == encrypted
    with pytest.raises(WrongPassword):
        key_file.unlock("Rina", "sandi-rina-1")
    accounts.disable("Rina")
    assert KeyFile.load(ctx.db_path).operators() == ["tester"]
    assert _audit(ctx, "reset_password") == [("tester", "Rina")]


def test_reset_password_without_a_key_file_says_there_are_none(ctx):
    with pytest.raises(UserError, match="belum memakai kata sandi"):
        AccountService(ctx).reset_password("tester", "sandi-baru-22")


def test_operators_of_a_database_from_before_roles_sign_in_with_their_role(tmp_path, regions):
    """m001's operators table ('admin'/'operator' only, no stamps): after the upgrade both still work."""
    from sqlite_utils import Database

    from desktop_app.storage import driver
    from desktop_app.storage.migrations import migrations
    from desktop_app.storage.store import Store

    db_path = tmp_path / "old.db"
    db = Database(driver.connect(db_path))
    migrations.apply(db, stop_before="m008_operator_roles")          # the office as it was before roles
    db.execute("INSERT INTO operators (name, role, created_at) VALUES ('tester', 'admin', 'x'), "
               "('Rina', 'operator', 'y')")
    db.conn.commit()
    db.close()
    store = Store.open(db_path)
    try:
        upgraded = factories.context(store, regions, "Rina", role=None)
        accounts = AccountService(upgraded)
        assert accounts.begin_session("Rina").role is Role.OPERATOR
        assert accounts.begin_session("tester").role is Role.ADMIN
        accounts.set_role("Rina", "supervisor")                        # the new role is accepted now
        assert {a.name: a.role for a in accounts.accounts()} == {"Rina": Role.SUPERVISOR, "tester": Role.ADMIN}
    finally:
        store.close()
