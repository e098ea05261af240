"""Registering, duplicates (code and database), audit rows, soft delete and restore."""

import threading
from datetime import date

import pytest

from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.errors import DuplicateRegistration, UserError, ValidationFailed
from desktop_app.services.registry import RegistryService, SimilarPeopleFound
from desktop_app.storage.store import Store
from tests import factories


@pytest.fixture
def registry(ctx):
    return RegistryService(ctx)


def test_register_stores_everything_and_audits_it(registry, ctx):
    reg = factories.registration(phone="+62 812 3456 7890", full_name=" Nur'aini  Ma'ruf "
                                                                      "", kk_number="6409011503150007")
    saved = registry.register(reg)
    assert saved.id and saved.seq == 1 and parse_number(format_number(saved.seq)) == 1
    again = ctx.store.registrations.get(saved.id)
    assert again.full_name == "Nur'aini Ma'ruf" and again.phone == "081234567890"
    assert again.heirs[0].name == "Ahmad Yani" and again.birth_date == date(1990, 8, 17)
    assert again.created_by == "tester" and again.coverage_start.iso() == "2026-01"
    audit = ctx.store.audit.for_entity("registration", saved.id)
    assert [a["action"] for a in audit] == ["create"]
    assert audit[0]["new"]["nik"] == saved.nik and audit[0]["new"]["heirs"][0]["name"] == "Ahmad Yani"
    assert audit[0]["operator"] == "tester"


def test_invalid_registration_writes_nothing(registry, ctx):
    with pytest.raises(ValidationFailed) as caught:
        registry.register(factories.registration(nik="640901570890001"))
    assert caught.value.problems[0].code == "nik.fifteen_digits"
    assert ctx.store.db.execute("SELECT count(*) FROM registrations").fetchone()[0] == 0
    assert ctx.store.audit.recent() != [] and all(a["entity"] != "registration" for a in ctx.store.audit.recent())


def test_same_nik_same_scheme_is_refused_naming_the_existing_record(registry, ctx):
    first = registry.register(factories.registration())
    with pytest.raises(DuplicateRegistration) as caught:
        registry.register(factories.registration(nik=first.nik, full_name="Orang Lain"))
    assert caught.value.existing_id == first.id
    assert format_number(first.seq) in str(caught.value) and "Siti Aminah" in str(caught.value)


def test_same_nik_in_another_scheme_is_allowed_with_a_warning(registry, ctx):
    from desktop_app.services.office import OfficeService
    other = OfficeService(ctx).save_scheme(factories.scheme(name="APBD Provinsi", is_default=False))
    first = registry.register(factories.registration())
    second_reg = factories.registration(nik=first.nik, scheme_id=other.id)
    check = registry.check(second_reg)
    assert check.ok and "duplicate.other_scheme" in [p.code for p in check.problems]
    assert registry.register(second_reg).scheme_id == other.id


def test_database_enforces_uniqueness_even_without_the_service(registry, ctx):
    from desktop_app.storage import driver
    first = registry.register(factories.registration())
    row = ctx.store.db.execute("SELECT * FROM registrations WHERE id = ?", [first.id]).fetchone()
    with pytest.raises(driver.IntegrityError):
        ctx.store.db.execute("INSERT INTO registrations SELECT 'other-id', 99, " + ", ".join(["?"] * (len(row) - 2)),
                             list(row[2:]))


def test_two_connections_saving_the_same_nik_at_once(ctx, db_path, regions):
    """Two offices' windows on one file: exactly one wins, the other is told who."""
    reg = factories.registration()
    barrier = threading.Barrier(2)
    outcomes = []

    def save():
        store = None
        try:
            store = Store.open(db_path)
            service = RegistryService(factories.context(store, regions, "t"))
            barrier.wait(timeout=10)
            outcomes.append(service.register(reg.copy()))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            barrier.abort()
            outcomes.append(exc)
        finally:
            if store:
                store.close()

    threads = [threading.Thread(target=save) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(o, (DuplicateRegistration,)) or not isinstance(o, Exception) for o in outcomes), outcomes
    saved = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, DuplicateRegistration)]
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0].existing_id == saved[0].id
    assert ctx.store.db.execute("SELECT count(*) FROM registrations WHERE nik = ?", [reg.nik]).fetchone()[0] == 1


def test_similar_person_needs_confirmation_and_is_audited(registry, ctx):
    first = registry.register(factories.registration(full_name="Muhammad Rizki", sex="L"))
    twin = factories.registration(full_name="H. Muhamad Rizky bin Umar", sex="L", birth_date=first.birth_date)
    with pytest.raises(SimilarPeopleFound) as caught:
        registry.register(twin)
    assert caught.value.similar[0].id == first.id
    saved = registry.register(twin, confirm_similar=True)
    actions = [a["action"] for a in ctx.store.audit.for_entity("registration", saved.id)]
    assert actions == ["create", "similar_confirmed"]


def test_update_audits_old_and_new_values(registry, ctx):
    saved = registry.register(factories.registration())
    changed = saved.copy(full_name="Siti Aminah Rahman", phone="085211112222")
    registry.update(changed)
    audit = ctx.store.audit.for_entity("registration", saved.id)[-1]
    assert audit["action"] == "update"
    assert audit["old"] == {"full_name": "Siti Aminah", "phone": "081234567890"}
    assert audit["new"] == {"full_name": "Siti Aminah Rahman", "phone": "085211112222"}
    assert registry.update(changed).full_name == "Siti Aminah Rahman"  # no change → no new audit row
    assert len(ctx.store.audit.for_entity("registration", saved.id)) == 2


def test_edit_of_a_person_in_a_locked_batch_is_a_correction(registry, ctx):
    saved = registry.register(factories.registration())
    with ctx.store.write():
        batch = ctx.store.batches.create(1, "tester")
        ctx.store.batches.add_items(batch, [saved.id])
        ctx.store.batches.set_fields(batch, status="locked")
    registry.update(saved.copy(address="Jl. Baru 1"))
    assert ctx.store.audit.for_entity("registration", saved.id)[-1]["action"] == "correction"


def test_soft_delete_needs_a_reason_and_can_be_restored(registry, ctx):
    saved = registry.register(factories.registration())
    with pytest.raises(UserError, match="Alasan"):
        registry.delete(saved.id, "  ")
    deleted = registry.delete(saved.id, "Pindah domisili")
    assert deleted.deleted and deleted.deleted_reason == "Pindah domisili"
    # a deleted NIK no longer blocks a new registration…
    again = registry.register(factories.registration(nik=saved.nik))
    # …and then restoring the old one would make two active: refused with the record named
    with pytest.raises(DuplicateRegistration) as caught:
        registry.restore(saved.id)
    assert caught.value.existing_id == again.id
    registry.delete(again.id, "Salah input")
    assert not registry.restore(saved.id).deleted
    actions = [a["action"] for a in ctx.store.audit.for_entity("registration", saved.id)]
    assert actions == ["create", "delete", "restore"]
