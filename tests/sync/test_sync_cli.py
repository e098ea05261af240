"""``lindungi sync …`` from the command line, two offices, the real worker process."""

from __future__ import annotations

import json

from desktop_app.cli import main
from tests.sync.offices import DESA_A, Office


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_import_peers_ledger_conflicts_and_resolve(tmp_path, regions, capsys, monkeypatch):
    desa = Office(tmp_path / "offices", regions, "PPU-TTG", "desa", 11, area=DESA_A)
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    d, k = ("--db", str(desa.path)), ("--db", str(kec.path))
    assert run(capsys, "sync", "add-peer", *d, "ppu-pnj", "--name", "Kecamatan Penajam", "--direction", "up",
               "--level", "kecamatan", "--area", "64.09.01")[0] == 0
    reg = desa.register(village_code=DESA_A)
    code, out, _ = run(capsys, "sync", "export", *d, "--to", "PPU-PNJ", "--out", str(tmp_path))
    assert code == 0 and "Berkas ke-1 untuk PPU-PNJ" in out and "Baru 1" in out
    sent = tmp_path / "PPU-TTG-PPU-PNJ-1.lsync"
    code, out, _ = run(capsys, "sync", "import", *k, str(sent))
    assert code == 0 and "Baru 1, diubah 0, dihapus 0, konflik 0" in out
    code, out, _ = run(capsys, "sync", "import", *k, str(sent))
    assert code == 0 and "sudah pernah diterima" in out
    code, out, _ = run(capsys, "sync", "peers", *k, "--json")
    assert [p["code"] for p in json.loads(out)] == ["PPU-TTG"] and json.loads(out)[0]["received_seq"] == 1
    code, out, _ = run(capsys, "sync", "ledger", *d)
    assert "sent" in out and "PPU-TTG-PPU-PNJ-1.lsync" in out

    # one field changed on both sides: a conflict to decide
    desa.edit(reg.id, address="Jl. Desa 1")
    kec.edit(reg.id, address="Jl. Kecamatan 2")
    run(capsys, "sync", "export", *d, "--to", "PPU-PNJ", "--out", str(tmp_path))
    code, out, _ = run(capsys, "sync", "import", *k, str(tmp_path / "PPU-TTG-PPU-PNJ-2.lsync"))
    assert "konflik 1" in out
    code, out, _ = run(capsys, "sync", "conflicts", *k, "--json")
    [conflict] = json.loads(out)
    assert (conflict["here"], conflict["incoming"], conflict["field_label"]) == ("Jl. Kecamatan 2", "Jl. Desa 1",
                                                                                  "Alamat")
    code, out, _ = run(capsys, "sync", "resolve", *k, str(conflict["id"]), "incoming")
    assert code == 0 and kec.get(reg.id).address == "Jl. Desa 1"
    assert "Tidak ada konflik" in run(capsys, "sync", "conflicts", *k)[1]


def test_the_sync_key_is_made_at_the_kabupaten_and_carried_with_a_passphrase(tmp_path, regions, capsys,
                                                                             monkeypatch):
    kab = Office(tmp_path / "offices", regions, "PPU-KAB", "kabupaten", 1, area="64.09")
    kec = Office(tmp_path / "offices", regions, "PPU-PNJ", "kecamatan", 10, area="64.09.01")
    with kab.session() as (store, _):
        with store.write():
            store.db.execute("DELETE FROM sync_key")
    with kec.session() as (store, _):
        with store.write():
            store.db.execute("DELETE FROM sync_key")
    code, _out, err = run(capsys, "sync", "key", "create", "--db", str(kec.path))
    assert code != 0 and "kantor kabupaten" in err
    code, out, _ = run(capsys, "sync", "key", "create", "--db", str(kab.path))
    assert code == 0 and "sidik jari" in out
    phrase = tmp_path / "frasa.txt"
    phrase.write_text("kunci rahasia kabupaten\n", encoding="utf-8")
    key_file = tmp_path / "kab.kuncitukar"
    assert run(capsys, "sync", "key", "export", "--db", str(kab.path), str(key_file), "--passphrase-file",
               str(phrase))[0] == 0
    monkeypatch.setenv("LINDUNGI_SYNC_PASSPHRASE", "salah sekali frasanya")
    code, _, err = run(capsys, "sync", "key", "import", "--db", str(kec.path), str(key_file))
    assert code != 0 and "Frasa sandi kunci tukar salah" in err
    code, out, _ = run(capsys, "sync", "key", "import", "--db", str(kec.path), str(key_file), "--passphrase-file",
                       str(phrase))
    assert code == 0
    with kab.session() as (a, _), kec.session() as (b, _):
        assert a.sync.key() == b.sync.key() is not None
