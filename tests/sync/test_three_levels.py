"""Issue 15's scenario: two desa, their kecamatan and the kabupaten, real databases and the real
sync worker process (one for the module). Register, edit and delete everywhere — the same person at
two desa, one field changed at two offices, a delete against an edit —, files go up, BPJS answers
come down, every file re-applied changes nothing, a lost file is found and a full resend repairs it;
at the end the levels agree on every registration except the ones waiting for a person, and each
conflict shows the right three values. No NIK or name is readable in any file or baseline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.sync import SyncService
from desktop_app.services.sync_worker_client import SyncWorker
from desktop_app.storage import sync_engine
from tests.sync.offices import DESA_A, DESA_B, Office

TWIN_NIK = "6409015708900123"


@pytest.fixture(scope="module")
def worker():
    with SyncWorker() as w:
        yield w


class Net:
    def __init__(self, root: Path, regions, worker) -> None:
        offices = root / "offices"
        self.a = Office(offices, regions, "PPU-TTG", "desa", 11, area=DESA_A)
        self.b = Office(offices, regions, "PPU-SLL", "desa", 12, area=DESA_B)
        self.k = Office(offices, regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
        self.kab = Office(offices, regions, "PPU-KAB", "kabupaten", 1, area="64.09")
        for desa in (self.a, self.b):
            desa.add_peer(self.k, "up")
            self.k.add_peer(desa, "down")
        self.k.add_peer(self.kab, "up")
        self.kab.add_peer(self.k, "down")
        self.out = root / "files"
        self.out.mkdir()
        self.worker = worker
        self.received: list[tuple[Office, Path]] = []

    def send(self, src: Office, dst: Office, *, full: bool = False, lose: bool = False):
        with src.session() as (_store, ctx):
            sent = SyncService(ctx, worker=self.worker).export_to(dst.code, self.out, full=full)
        if lose:
            return sent
        return sent, self.receive(dst, sent.path)

    def receive(self, dst: Office, path: Path):
        self.received.append((dst, path))
        with dst.session() as (_store, ctx):
            return SyncService(ctx, worker=self.worker).import_file(path)

    def round(self) -> None:
        """Up the tree, then down it."""
        for desa in (self.a, self.b):
            self.send(desa, self.k)
        self.send(self.k, self.kab)
        self.send(self.kab, self.k)
        for desa in (self.a, self.b):
            self.send(self.k, desa)


def _answer(office: Office, registration_id: str, kpj: str) -> None:
    office.edit(registration_id, kpj=kpj, bpjs_status="diterima")


def test_three_levels_agree_except_what_waits_for_a_person(tmp_path, regions, worker):
    net = Net(tmp_path, regions, worker)
    a, b, k, kab = net.a, net.b, net.k, net.kab
    siti = a.register(full_name="Siti Aminah", village_code=DESA_A, nik=TWIN_NIK)
    budi = a.register(full_name="Budi Santoso", village_code=DESA_A, sex="L", birth_date=date(1980, 2, 3))
    citra = a.register(full_name="Citra Dewi", village_code=DESA_A, birth_date=date(1991, 5, 6))
    dodi = b.register(full_name="Dodi Prasetyo", village_code=DESA_B, sex="L", birth_date=date(1975, 7, 8))
    twin = b.register(full_name="Siti Aminah", village_code=DESA_B, nik=TWIN_NIK)     # the same person at desa B
    eka = k.register(full_name="Eka Putri", village_code=DESA_A, birth_date=date(1988, 9, 10))
    net.round()
    [same] = k.conflicts()
    assert (same.kind, same.registration_id, same.other_id) == ("same_nik", siti.id, twin.id)
    assert kab.get(twin.id) is None and kab.get(eka.id).full_name == "Eka Putri"
    assert b.get(eka.id) is None and a.get(eka.id) is not None        # downward: each desa its own people

    # one field at two offices; a delete at the desa against an edit at the kecamatan
    a.edit(budi.id, address="Jl. Desa 1")
    k.edit(budi.id, address="Jl. Kecamatan 2")
    a.delete(citra.id, "pindah")
    k.edit(citra.id, phone="081255554444")
    # BPJS answers typed at the kabupaten
    _answer(kab, siti.id, "11111111111")
    _answer(kab, dodi.id, "22222222222")
    _answer(kab, eka.id, "33333333333")
    net.round()
    conflicts = {(c.kind, c.registration_id): c for c in k.conflicts()}
    field = conflicts[("field", budi.id)]
    assert (field.field, field.base, field.here, field.incoming, field.from_office) == (
        "address", "Jl. Nelayan No. 5", "Jl. Kecamatan 2", "Jl. Desa 1", "PPU-TTG")
    held = conflicts[("delete_edit", citra.id)]
    assert held.base["deleted_at"] is None and held.here["deleted_at"] is None and held.incoming["deleted_at"]
    assert a.get(siti.id).kpj == "11111111111" and b.get(dodi.id).kpj == "22222222222"
    assert a.get(eka.id).kpj == "33333333333"

    # a lost file is noticed and a full resend repairs it
    a.edit(siti.id, phone="081200001111")
    lost = net.send(a, k, lose=True)
    a.edit(siti.id, rt="010")
    _, got = net.send(a, k)
    assert got.missing_before == [lost.seq]
    _, repaired = net.send(a, k, full=True)
    assert repaired.missing_before == [] and (k.get(siti.id).phone, k.get(siti.id).rt) == ("081200001111", "010")
    net.round()
    net.round()

    # re-applying every file changes nothing
    before = {o.code: o.rows() for o in (a, b, k, kab)}
    for office, path in list(net.received):
        assert net.receive(office, path).already_applied
    assert {o.code: o.rows() for o in (a, b, k, kab)} == before

    # all levels agree, except the registrations waiting for a person at the kecamatan
    waiting = {c.registration_id for c in k.conflicts()} | {c.other_id for c in k.conflicts() if c.other_id}
    assert waiting == {budi.id, citra.id, siti.id, twin.id}
    rows = before
    for desa in (a, b):
        for rid, row in rows[desa.code].items():
            if rid not in waiting:
                assert rows["PPU-PNJ"][rid] == row == rows["PPU-KAB"][rid], rid
    assert set(rows["PPU-KAB"]) == set(rows["PPU-PNJ"]) - {twin.id}
    for rid in set(rows["PPU-KAB"]) - waiting:
        assert rows["PPU-KAB"][rid] == rows["PPU-PNJ"][rid], rid
    with kab.session() as (store, _ctx):                  # the name index followed the received rows
        hits = store.db.execute("SELECT count(*) FROM registrations_fts WHERE registrations_fts MATCH 'dodi'")
        assert hits.fetchone()[0] == 1

    # no personal data readable in any file or baseline
    secrets = [TWIN_NIK, "Siti Aminah", "Budi Santoso", "Dodi Prasetyo", "081200001111", "Jl. Nelayan"]
    files = list(net.out.glob("*.lsync")) + [p for o in (a, b, k, kab) for p in
                                              sync_engine.baseline_path(o.path, "X").parent.glob("*.baseline")]
    assert len(files) > 20
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        for secret in secrets:
            assert secret.encode("utf-8") not in data, (path.name, secret)
            assert secret.encode("utf-16-le") not in data, (path.name, secret)
