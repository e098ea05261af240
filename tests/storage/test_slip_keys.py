"""m010: the office's Ed25519 key is made at set-up and at the upgrade of an older database."""

from __future__ import annotations

import pytest

from desktop_app.domain.office_keys import OfficeKey, public_key_of
from desktop_app.storage.migrations import migrations
from desktop_app.storage.store import Store


def test_an_older_database_gets_its_key_at_upgrade_and_keeps_the_old_hmac_key(tmp_path):
    path = tmp_path / "lama.db"
    store = Store.open(path, migrate=False)
    migrations.apply(store.db, stop_before="m010_office_signing_keys")
    with store.write():
        store.office.set_setting("print.slip_signing_key", "b2xk")
    assert "slip_signing_key" not in store.db.table_names()
    store.close()
    upgraded = Store.open(path)
    try:
        private = upgraded.slip_keys.private_key()
        assert len(private) == 32 and upgraded.slip_keys.public_key() == public_key_of(private)
        assert upgraded.office.setting("print.slip_signing_key") == "b2xk"
        assert upgraded.slip_keys.trusted() == []
    finally:
        upgraded.close()


def test_the_key_row_is_one_and_a_trusted_key_is_stored_once(store):
    with pytest.raises(Exception, match="UNIQUE constraint failed"):
        with store.write():
            store.slip_keys.set_own(bytes(32), bytes(32))
    key = OfficeKey("Kantor Kecamatan Waru", "64.09.02", public_key_of(bytes(range(32))))
    with store.write():
        store.slip_keys.add_trusted(key, "admin")
    [trusted] = store.slip_keys.trusted()
    assert trusted.key == key and trusted.imported_by == "admin"
    assert store.slip_keys.find_trusted(key.public_key) == trusted
    with pytest.raises(Exception, match="UNIQUE constraint failed"):
        with store.write():
            store.slip_keys.add_trusted(key, "admin")
