"""m012: an office database of the previous version upgrades for the exchange, keeping every record."""

from __future__ import annotations

from datetime import date

from desktop_app.services.registry import RegistryService
from desktop_app.storage.migrations import migrations
from desktop_app.storage.store import Store
from tests import factories


def _older_office(tmp_path, regions):
    path = tmp_path / "lama.db"
    store = Store.open(path, migrate=False)
    migrations.apply(store.db, stop_before="m012_exchange")
    ctx = factories.context(store, regions)
    from desktop_app.services.office import OfficeService
    offices = OfficeService(ctx)
    offices.save_office(factories.office())
    offices.add_operator("tester", "admin")
    offices.save_scheme(factories.scheme())
    return path, store, ctx


def test_a_database_of_the_previous_version_upgrades_with_heirs_and_versions(tmp_path, regions):
    path, store, ctx = _older_office(tmp_path, regions)
    with store.write():
        store.db.execute("UPDATE office SET office_code = 'PPU-PNJ' WHERE id = 1")
    assert "row_version" not in store.db["registrations"].columns_dict
    registry = RegistryService(ctx)
    two = factories.registration(heirs=[factories.Heir("Ahmad Yani", "Suami", "", ""),
                                        factories.Heir("Budi", "Anak", "", "")])
    reg = registry.register(two)
    other = registry.register(factories.registration(full_name="Dewi Lestari", birth_date=date(1985, 3, 4)))
    store.close()

    upgraded = Store.open(path)
    try:
        db = upgraded.db
        assert "m012_exchange" in [m.name for m in migrations.applied(db)]
        assert db.execute("SELECT count(*) FROM heirs").fetchone()[0] == 3
        assert "id" not in db["heirs"].columns_dict and db["heirs"].pks == ["registration_id", "position"]
        assert [h.name for h in upgraded.registrations.get(reg.id).heirs] == ["Ahmad Yani", "Budi"]
        assert db.execute("SELECT row_version FROM registrations WHERE id = ?", [other.id]).fetchone()[0] == 1
        ctx = factories.context(upgraded, regions)
        RegistryService(ctx).update(upgraded.registrations.get(other.id).copy(phone="081299990000", rt="009"))
        assert db.execute("SELECT row_version FROM registrations WHERE id = ?", [other.id]).fetchone()[0] == 2
        logged = db.execute("SELECT office, field, operator FROM sync_changes WHERE registration_id = ? "
                            "ORDER BY local_id", [other.id]).fetchall()
        assert ("PPU-PNJ", "phone", "tester") in logged and ("PPU-PNJ", "rt", "tester") in logged
        assert len({row[0] for row in logged}) == 1
        assert upgraded.integrity() == ["ok"]
    finally:
        upgraded.close()


def test_an_update_that_sets_the_row_version_itself_is_not_bumped_nor_logged(store, ctx):
    reg = RegistryService(ctx).register(factories.registration())
    db = store.db
    before = db.execute("SELECT count(*) FROM sync_changes").fetchone()[0]
    with store.write():
        db.execute("UPDATE registrations SET phone = '0811', row_version = 7 WHERE id = ?", [reg.id])
    assert db.execute("SELECT row_version FROM registrations WHERE id = ?", [reg.id]).fetchone()[0] == 7
    assert db.execute("SELECT count(*) FROM sync_changes").fetchone()[0] == before
    with store.write():
        store.registrations.increment_print_counts([reg.id])               # printing a slip is no edit
    assert db.execute("SELECT row_version FROM registrations WHERE id = ?", [reg.id]).fetchone()[0] == 7
