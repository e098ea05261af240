"""The folder tukar: a pass sends what changed to each partner and receives what is addressed here, once."""

from __future__ import annotations

import pytest

from desktop_app.errors import UserError
from desktop_app.services.sync_folder import DONE_FOLDER, ExchangeFolder
from tests.sync.offices import DESA_A, Office


@pytest.fixture
def trio(tmp_path, regions):
    desa = Office(tmp_path / "offices", regions, "PPU-TTG", "desa", 11, area=DESA_A)
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    other = Office(tmp_path / "offices", regions, "PPU-SLG", "desa", 12, area="64.09.01.1002")
    desa.add_peer(kec, "up")
    kec.add_peer(desa, "down")
    return desa, kec, other


def test_a_pass_sends_changes_and_the_partner_receives_them_once(trio, tmp_path):
    desa, kec, _other = trio
    shared = tmp_path / "folder-tukar"
    shared.mkdir()
    person = desa.register(full_name="Rahmawati", village_code=DESA_A)
    at_desa, at_kec = ExchangeFolder(shared), ExchangeFolder(shared)
    with desa.session() as (_s, ctx):
        first = at_desa.run(ctx)
    assert [s.path.name for s in first.sent] == ["PPU-TTG-PPU-PNJ-1.lsync"] and not first.received
    with desa.session() as (_s, ctx):
        assert not at_desa.run(ctx).sent                      # nothing changed since: no empty file
    assert at_kec.incoming("PPU-PNJ") == [shared / "PPU-TTG-PPU-PNJ-1.lsync"]
    assert at_kec.incoming("PPU-TTG") == []                   # its own file is not for itself
    with kec.session() as (_s, ctx):
        got = at_kec.run(ctx)
    assert [(r.from_code, r.seq, r.new) for r in got.received] == [("PPU-TTG", 1, 1)] and got.changed
    assert (shared / DONE_FOLDER / "PPU-TTG-PPU-PNJ-1.lsync").is_file()
    assert kec.get(person.id).full_name == "Rahmawati"
    with kec.session() as (_s, ctx):
        again = at_kec.run(ctx)
    assert not again.received and not again.changed


def test_a_file_that_cannot_be_read_is_reported_once_and_left_in_place(trio, tmp_path):
    desa, kec, _other = trio
    shared = tmp_path / "folder-tukar"
    shared.mkdir()
    broken = shared / "PPU-TTG-PPU-PNJ-7.lsync"
    broken.write_bytes(b"bukan berkas tukar" * 10)
    folder = ExchangeFolder(shared)
    with kec.session() as (_s, ctx):
        first = folder.run(ctx)
        second = folder.run(ctx)
    assert len(first.problems) == 1 and broken.name in first.problems[0]
    assert not second.problems and broken.is_file()


def test_files_come_in_the_order_they_were_sent(trio, tmp_path):
    desa, kec, _other = trio
    shared = tmp_path / "folder-tukar"
    shared.mkdir()
    for n in (10, 2, 1):
        (shared / f"PPU-TTG-PPU-PNJ-{n}.lsync").write_bytes(b"x")
    (shared / "PPU-PNJ-PPU-TTG-3.lsync").write_bytes(b"x")
    names = [p.name for p in ExchangeFolder(shared).incoming("PPU-PNJ")]
    assert names == ["PPU-TTG-PPU-PNJ-1.lsync", "PPU-TTG-PPU-PNJ-2.lsync", "PPU-TTG-PPU-PNJ-10.lsync"]


def test_a_missing_folder_is_a_sentence(trio, tmp_path):
    _desa, kec, _other = trio
    with kec.session() as (_s, ctx), pytest.raises(UserError, match="tidak ditemukan"):
        ExchangeFolder(tmp_path / "tidak-ada").run(ctx)


def test_an_office_without_its_number_from_the_dinas_sends_and_receives_nothing(trio, tmp_path):
    """Its registrations still carry numbers another office may also use: the exchange says to set them first."""
    from desktop_app.services.sync import SyncService

    desa, kec, _other = trio
    with desa.session() as (store, ctx):
        with store.write():
            store.db.execute("UPDATE office SET office_number = NULL")
        with pytest.raises(UserError, match="nomor kantor"):
            SyncService(ctx).export_to("PPU-PNJ", tmp_path)
        with pytest.raises(UserError, match="nomor kantor"):
            SyncService(ctx).import_file(tmp_path / "PPU-PNJ-PPU-TTG-1.lsync")
