"""Conflicts decided by a person (SyncService.resolve): each decision is a normal edit that travels."""

from __future__ import annotations

import pytest

from desktop_app.errors import NotAllowed, UserError
from desktop_app.services.roles import Role
from desktop_app.services.sync import SyncService
from tests.sync.offices import DESA_A, Office


@pytest.fixture
def pair(tmp_path, regions):
    desa = Office(tmp_path / "offices", regions, "PPU-TTG", "desa", 11, area=DESA_A)
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    desa.add_peer(kec, "up")
    kec.add_peer(desa, "down")
    out = tmp_path / "out"
    out.mkdir()
    return desa, kec, out


def _exchange(desa, kec, out):
    kec.receive(desa.send(kec, out).path)
    desa.receive(kec.send(desa, out).path)


def _resolve(office, conflict_id, choice, **kw):
    with office.session() as (store, ctx):
        SyncService(ctx).resolve(conflict_id, choice, **kw)
        SyncService(ctx).release_held()
        return [r["action"] for r in store.db.query("SELECT action FROM audit_log WHERE action = 'sync.resolve'")]


@pytest.mark.parametrize("choice,expected", [("here", "Jl. Kecamatan 9"), ("incoming", "Jl. Desa 1")])
def test_a_field_decision_is_an_edit_that_reaches_the_other_office(pair, choice, expected):
    desa, kec, out = pair
    reg = desa.register(village_code=DESA_A)
    _exchange(desa, kec, out)
    desa.edit(reg.id, address="Jl. Desa 1")
    kec.edit(reg.id, address="Jl. Kecamatan 9")
    kec.receive(desa.send(kec, out).path)
    [conflict] = kec.conflicts()
    assert _resolve(kec, conflict.id, choice) == ["sync.resolve"]
    assert kec.conflicts() == [] and kec.get(reg.id).address == expected
    _exchange(desa, kec, out)
    assert desa.get(reg.id).address == expected and desa.rows() == kec.rows()
    with kec.session() as (store, _ctx):
        fields = [r[0] for r in store.db.execute("SELECT field FROM sync_changes WHERE registration_id = ? AND "
                                                  "office = 'PPU-PNJ'", [reg.id])]
    assert "address" in fields


def test_deleted_there_edited_here_either_way(pair):
    desa, kec, out = pair
    one = desa.register(village_code=DESA_A, full_name="Satu Orang")
    two = desa.register(village_code=DESA_A, full_name="Dua Orang", nik="6409014506800002")
    _exchange(desa, kec, out)
    for reg in (one, two):
        desa.delete(reg.id)
        kec.edit(reg.id, rt="009")
    kec.receive(desa.send(kec, out).path)
    by_id = {c.registration_id: c for c in kec.conflicts()}
    assert {c.kind for c in by_id.values()} == {"delete_edit"}
    _resolve(kec, by_id[one.id].id, "incoming")          # the deletion wins
    _resolve(kec, by_id[two.id].id, "here")              # the person stays, and comes back at the desa
    assert kec.get(one.id).deleted and not kec.get(two.id).deleted
    _exchange(desa, kec, out)
    assert desa.get(one.id).deleted and not desa.get(two.id).deleted and desa.get(two.id).rt == "009"
    assert desa.rows() == kec.rows()


def test_deleted_here_edited_there_restored_with_the_edits(pair):
    desa, kec, out = pair
    reg = desa.register(village_code=DESA_A)
    _exchange(desa, kec, out)
    kec.delete(reg.id)
    desa.edit(reg.id, phone="081299998888")
    kec.receive(desa.send(kec, out).path)
    [conflict] = kec.conflicts()
    assert conflict.kind == "edit_delete" and conflict.incoming["phone"] == "081299998888"
    _resolve(kec, conflict.id, "incoming")
    assert not kec.get(reg.id).deleted and kec.get(reg.id).phone == "081299998888"
    _exchange(desa, kec, out)
    assert desa.rows() == kec.rows()


def test_same_person_merges_the_chosen_fields_and_the_duplicate_is_deleted_at_its_office(pair):
    desa, kec, out = pair
    kept = kec.register(full_name="Siti Aminah", village_code=DESA_A, nik="6409015708900123")
    dup = desa.register(full_name="Siti Aminah", village_code=DESA_A, nik="6409015708900123", phone="081377776666")
    kec.receive(desa.send(kec, out).path)
    [conflict] = kec.conflicts()
    assert conflict.here["full_name"] == conflict.incoming["full_name"] == "Siti Aminah"
    with pytest.raises(UserError, match="tidak berlaku"):
        _resolve(kec, conflict.id, "incoming")
    _resolve(kec, conflict.id, "same_person", fields={"phone": "incoming"})
    assert kec.get(kept.id).phone == "081377776666"
    assert kec.get(dup.id).deleted and "Orang yang sama" in kec.get(dup.id).deleted_reason
    desa.receive(kec.send(desa, out).path)
    assert desa.get(dup.id).deleted                      # the desa learns its row was a duplicate


def test_not_the_same_person_stays_held_until_a_nik_is_corrected(pair):
    desa, kec, out = pair
    kec.register(full_name="Siti Aminah", village_code=DESA_A, nik="6409015708900123")
    other = desa.register(full_name="Siti Rahma", village_code=DESA_A, nik="6409015708900123")
    kec.receive(desa.send(kec, out).path)
    [conflict] = kec.conflicts()
    _resolve(kec, conflict.id, "not_same_person")
    [still] = kec.conflicts()
    assert still.decision == "not_same_person" and kec.get(other.id) is None
    desa.edit(other.id, nik="6409015708900124")          # the desa corrects its NIK
    kec.receive(desa.send(kec, out).path)
    with kec.session() as (_store, ctx):
        assert SyncService(ctx).release_held() == 1
    assert kec.get(other.id).nik == "6409015708900124" and kec.conflicts() == []


def test_an_operator_may_not_decide(pair):
    desa, kec, out = pair
    reg = desa.register(village_code=DESA_A)
    _exchange(desa, kec, out)
    desa.edit(reg.id, address="A")
    kec.edit(reg.id, address="B")
    kec.receive(desa.send(kec, out).path)
    [conflict] = kec.conflicts()
    with kec.session(role=Role.OPERATOR) as (_store, ctx), pytest.raises(NotAllowed):
        SyncService(ctx).resolve(conflict.id, "here")
