"""The exchange engine in this process (storage.sync_engine) on closed office databases."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_new_people_travel_up_and_a_second_apply_changes_nothing(pair):
    desa, kec, out = pair
    a = desa.register(full_name="Siti Aminah", village_code=DESA_A)
    desa.register(full_name="Budi Santoso", village_code=DESA_A, birth_date=date(1980, 2, 3), sex="L")
    sent = desa.send(kec, out)
    assert (sent.seq, sent.new, sent.updated) == (1, 2, 0)
    assert sent.path.endswith("PPU-TTG-PPU-PNJ-1.lsync")
    got = kec.receive(sent.path)
    assert (got.new, got.updated, got.conflicts, got.already_applied) == (2, 0, 0, False)
    assert kec.get(a.id).full_name == "Siti Aminah" and kec.get(a.id).heirs == a.heirs
    again = kec.receive(sent.path)
    assert again.already_applied and (again.new, again.updated) == (0, 0)
    assert kec.rows() == desa.rows()


def _first_exchange(desa, kec, out, **values):
    reg = desa.register(village_code=DESA_A, **values)
    kec.receive(desa.send(kec, out).path)
    desa.receive(kec.send(desa, out).path)              # nothing new for the desa: an empty file
    return reg


def test_an_edit_only_the_sender_made_is_taken_and_an_edit_on_both_sides_is_a_conflict(pair):
    desa, kec, out = pair
    reg = _first_exchange(desa, kec, out)
    desa.edit(reg.id, phone="081211112222", address="Jl. Baru 1")
    kec.edit(reg.id, address="Jl. Kecamatan 9", rt="007")
    got = kec.receive(desa.send(kec, out).path)
    assert got.conflicts == 1 and got.updated == 1
    here = kec.get(reg.id)
    assert (here.phone, here.address, here.rt) == ("081211112222", "Jl. Kecamatan 9", "007")
    [conflict] = kec.conflicts()
    assert (conflict.kind, conflict.field, conflict.base, conflict.here, conflict.incoming, conflict.from_office) == (
        "field", "address", "Jl. Nelayan No. 5", "Jl. Kecamatan 9", "Jl. Baru 1", "PPU-TTG")
    # the kecamatan's own change goes down, the conflicted field does not until a person decides
    desa.receive(kec.send(desa, out).path)
    there = desa.get(reg.id)
    assert (there.rt, there.address, there.phone) == ("007", "Jl. Baru 1", "081211112222")


def test_delete_against_edit_is_held_both_ways(pair):
    desa, kec, out = pair
    one = _first_exchange(desa, kec, out, full_name="Satu Orang")
    two = desa.register(village_code=DESA_A, full_name="Dua Orang", birth_date=date(1977, 7, 7))
    kec.receive(desa.send(kec, out).path)
    desa.delete(one.id)                                  # deleted at the desa ...
    kec.edit(one.id, phone="081200011122")                 # ... edited at the kecamatan
    kec.delete(two.id)                                   # and the reverse
    desa.edit(two.id, phone="081300022233")
    got = kec.receive(desa.send(kec, out).path)
    kinds = sorted(c.kind for c in kec.conflicts())
    assert kinds == ["delete_edit", "edit_delete"] and got.conflicts == 2
    assert not kec.get(one.id).deleted and kec.get(two.id).deleted      # held: nothing taken
    assert kec.get(two.id).phone != "0813000222"


def test_same_person_registered_at_two_offices_is_held_for_a_person(pair, tmp_path, regions):
    desa, kec, out = pair
    twin = kec.register(full_name="Siti Aminah", village_code=DESA_A, nik="6409015708900123")
    reg = desa.register(full_name="Siti Aminah", village_code=DESA_A, nik="6409015708900123")
    got = kec.receive(desa.send(kec, out).path)
    assert got.conflicts == 1 and got.new == 0
    [conflict] = kec.conflicts()
    assert (conflict.kind, conflict.registration_id, conflict.other_id) == ("same_nik", twin.id, reg.id)
    assert kec.get(reg.id) is None
    desa.edit(reg.id, phone="081999990000")                   # later edits of the held row are kept with it
    kec.receive(desa.send(kec, out).path)
    with kec.session() as (store, _ctx):
        assert store.sync.held(reg.id)["row"]["phone"] == "081999990000"
    # nothing goes back to the desa about its own row while it is held
    back = kec.send(desa, out)
    assert back.deleted == 0
    desa.receive(back.path)
    assert not desa.get(reg.id).deleted


def test_a_lost_file_is_reported_and_a_full_resend_repairs_it(pair):
    desa, kec, out = pair
    reg = _first_exchange(desa, kec, out)
    desa.edit(reg.id, phone="081100001111")
    lost = desa.send(kec, out)                            # file 2 never arrives
    desa.edit(reg.id, rt="010")
    third = desa.send(kec, out)
    got = kec.receive(third.path)
    assert got.missing_before == [lost.seq]
    assert kec.get(reg.id).phone != "0811"
    full = desa.send(kec, out, full=True)
    repaired = kec.receive(full.path)
    assert repaired.missing_before == [] and repaired.conflicts == 0
    assert (kec.get(reg.id).phone, kec.get(reg.id).rt) == ("081100001111", "010")
    assert kec.rows() == desa.rows()
    assert kec.receive(lost.path).updated == 0           # the lost file, found later, changes nothing


def test_downward_files_carry_only_the_peer_s_own_people(pair, tmp_path, regions):
    desa, kec, out = pair
    other = Office(tmp_path / "offices", regions, "PPU-SLL", "desa", 12, area="64.09.01.1002")
    other.add_peer(kec, "up")
    kec.add_peer(other, "down")
    mine = desa.register(village_code=DESA_A, full_name="Orang Desa A")
    theirs = other.register(village_code="64.09.01.1002", full_name="Orang Desa B", birth_date=date(1970, 1, 2))
    kec.receive(desa.send(kec, out).path)
    kec.receive(other.send(kec, out).path)
    kec.edit(mine.id, kpj="12345678901")                 # a BPJS answer typed at the kecamatan
    kec.edit(theirs.id, kpj="10987654321")
    down = kec.send(desa, out)
    assert (down.new, down.updated) == (0, 1)
    desa.receive(down.path)
    assert desa.get(mine.id).kpj == "12345678901" and desa.get(theirs.id) is None
