"""``lindungi keys export|import|list`` and ``verify`` across two offices, from the command line."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop_app.cli import main
from desktop_app.cli.key_commands import import_key
from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.services.office import OfficeService
from desktop_app.storage.store import Store
from tests import factories
from tests.pdf_reading import decode_qr_codes
from tests.services.printing_helpers import register


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office_b(tmp_path, regions):
    (tmp_path / "waru").mkdir()
    store = Store.open(tmp_path / "waru" / "office.db")
    ctx = factories.context(store, regions, "admin-waru")
    OfficeService(ctx).save_office(replace(factories.office(), name="Kantor Kecamatan Waru", district_code="64.09.02"))
    yield ctx
    store.close()


def test_export_import_list_and_verify_across_two_offices(ctx, db_path, office_b, out_dir, capsys):
    reg = register(ctx, full_name="Siti Aminah")
    run(capsys, "slips", "--db", str(db_path), "--registration", format_number(reg.seq), "--out",
        str(out_dir / "s.pdf"))
    qr = decode_qr_codes(out_dir / "s.pdf", 1)[0]
    b_db = str(office_b.db_path)
    code, out, _ = run(capsys, "verify", "--db", b_db, qr)
    assert code == 1 and "kantor penerbit tidak dikenal" in out

    card = out_dir / "penajam.lindungi-kunci"
    code, out, _ = run(capsys, "keys", "export", "--db", str(db_path), "--out", str(card))
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    assert code == 0 and fingerprint in out and str(card) in out

    assert import_key(office_b, card, yes=True) == 0
    assert "Sidik jari: " + fingerprint in capsys.readouterr().out
    code, out, _ = run(capsys, "verify", "--db", b_db, "--json", qr)
    result = json.loads(out)
    assert code == 0 and result["status"] == "genuine_other_office" and result["local"] is False
    assert result["issuer"] == "Kantor Kecamatan Penajam (64.09.01)"
    code, out, _ = run(capsys, "keys", "list", "--db", b_db)
    assert code == 0 and "Kantor Kecamatan Waru" in out and fingerprint in out and "admin-waru" in out
    code, out, _ = run(capsys, "keys", "list", "--db", b_db, "--json")
    assert json.loads(out)["trusted"][0]["fingerprint"] == fingerprint


def test_import_asks_for_a_confirmation_and_is_for_an_admin(ctx, db_path, office_b, out_dir, capsys):
    card = out_dir / "a.lindungi-kunci"
    run(capsys, "keys", "export", "--db", str(db_path), "--out", str(card))
    assert import_key(office_b, card, yes=False) == 2                  # no terminal to ask on: refused
    assert "--yes" in capsys.readouterr().err and office_b.store.slip_keys.trusted() == []
    # the CLI works as an operator until it signs in (s3-crypt): importing is refused with the role needed
    code, _, err = run(capsys, "keys", "import", "--db", str(office_b.db_path), str(card), "--yes")
    assert code == 2 and "hanya boleh dilakukan oleh admin" in err
    assert office_b.store.slip_keys.trusted() == []
    import_key(office_b, card, yes=True)
    fingerprint = office_b.store.slip_keys.trusted()[0].key.fingerprint
    code, _, err = run(capsys, "keys", "remove", "--db", str(office_b.db_path), fingerprint)
    assert code == 2 and "hanya boleh dilakukan oleh admin" in err and office_b.store.slip_keys.trusted()


def test_a_file_that_is_not_a_key_is_refused_before_anything_is_asked(ctx, out_dir, capsys):
    bad = out_dir / "x.lindungi-kunci"
    bad.write_text("halo", encoding="utf-8")
    with pytest.raises(UserError, match="bukan berkas kunci publik Lindungi"):
        import_key(ctx, bad, yes=False)
    assert capsys.readouterr().out == ""
