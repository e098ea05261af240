"""The command line works as a named operator with the role the operators table gives them: a
command the role may not run is refused with the same sentence as in the window (exit 2)."""

import json

import pytest

from desktop_app.__main__ import main
from desktop_app.services.accounts import AccountService
from desktop_app.services.context import Context
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path, capsys, monkeypatch):
    """A demo office (its builder is the admin) with an operator Rina and a supervisor Sari."""
    monkeypatch.delenv("LINDUNGI_OPERATOR", raising=False)
    db = tmp_path / "kantor.db"
    assert main(["demo", "--db", str(db), "--count", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    store = Store.open(db, auto_backup=False)
    admin = store.office.operators()[0]["name"]
    regions = RegionStore()
    try:
        accounts = AccountService(Context(store, regions, admin, role="admin"))
        accounts.add("Rina", "operator")
        accounts.add("Sari", "supervisor")
    finally:
        store.close()
        regions.close()
    return db, admin


def _audit(db, action):
    store = Store.open(db, auto_backup=False)
    try:
        return [r["operator"] for r in store.audit.recent(action=action)]
    finally:
        store.close()


@pytest.mark.parametrize("who,argv,needle", [
    ("Rina", ["search", "siti", "--show-nik"], "Menampilkan NIK lengkap hanya boleh dilakukan oleh supervisor"),
    ("Rina", ["export", "--batch", "1", "--out", "{tmp}/b.xlsx"], "Mengekspor berkas batch untuk BPJS"),
    ("Rina", ["batch", "create", "--title", "x"], "Mengelola batch hanya boleh"),
    ("Sari", ["backup", "--out", "{tmp}/c.db"], "Mengelola cadangan hanya boleh dilakukan oleh admin"),
    ("Sari", ["restore", "--from", "{tmp}/c.db", "--yes"], "Memulihkan basis data dari cadangan hanya boleh"),
    ("Sari", ["rates", "--set", "0", "--jkk", "1"], "Mengelola skema dan tarif"),
])
def test_a_role_is_refused_what_it_may_not_do(capsys, tmp_path, office, who, argv, needle):
    db, _admin = office
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _out, err = run(capsys, *argv, "--db", str(db), "--operator", who)
    assert code == 2 and needle in err and f"Anda masuk sebagai {who}" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.xlsx").exists() and not (tmp_path / "c.db").exists()


def test_the_role_that_may_does_and_the_sign_in_is_logged(capsys, tmp_path, office, monkeypatch):
    db, admin = office
    code, out, _ = run(capsys, "search", "--db", str(db), "--operator", "sari", "--show-nik", "--json", "--limit", "1")
    assert code == 0 and "*" not in json.loads(out)["results"][0]["nik"]
    monkeypatch.setenv("LINDUNGI_OPERATOR", admin)
    code, _, _ = run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "c.db"))
    assert code == 0 and (tmp_path / "c.db").exists()
    assert _audit(db, "sign_in")[:2] == [admin, "Sari"]


def test_unknown_disabled_or_unnamed_operators(capsys, office):
    db, admin = office
    code, _, err = run(capsys, "stats", "--db", str(db), "--operator", "Orang Asing")
    assert code == 2 and "tidak terdaftar" in err
    code, _, err = run(capsys, "stats", "--db", str(db))           # three operators: say which
    assert code == 2 and "--operator" in err and "Rina" in err and admin in err
    store = Store.open(db, auto_backup=False)
    regions = RegionStore()
    try:
        AccountService(Context(store, regions, admin, role="admin")).disable("Rina")
    finally:
        store.close()
        regions.close()
    code, _, err = run(capsys, "stats", "--db", str(db), "--operator", "Rina")
    assert code == 2 and "dinonaktifkan" in err
