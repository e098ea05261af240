"""``lindungi office show|set`` and number look-ups from the command line across the move to office numbers."""

from __future__ import annotations

import json

from desktop_app.cli import main
from desktop_app.domain.regnumber import format_number, office_seq
from tests.pdf_reading import all_text, decode_qr_codes
from tests.services.printing_helpers import people


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_office_number_set_from_the_cli_and_old_numbers_keep_working(ctx, db_path, out_dir, capsys):
    db = str(db_path)
    regs = people(ctx, 2)
    old_number = format_number(regs[1].seq)                       # 000002-x, printed before the number
    run(capsys, "slips", "--db", db, "--registration", old_number, "--out", str(out_dir / "lama.pdf"))
    old_qr = decode_qr_codes(out_dir / "lama.pdf", 1)[0]
    assert f"LDG2:{old_number}:" in old_qr

    code, out, _ = run(capsys, "office", "show", "--db", db)
    assert code == 0 and "Kode kantor: belum diisi" in out and "Tingkat: Kecamatan" in out
    assert "lindungi office set" in out
    code, out, _ = run(capsys, "office", "set", "--db", db, "--code", "ppu-pnj", "--number", "12", "--json")
    data = json.loads(out)
    assert code == 0 and data["code"] == "PPU-PNJ" and data["number"] == 12 and data["locked"] is True

    new_number = format_number(office_seq(12, 2))
    assert new_number.startswith("012-000002-")
    code, out, _ = run(capsys, "search", "--db", db, old_number, "--json")
    found = json.loads(out)
    assert code == 0 and found["total"] == 1 and found["results"][0]["number"] == new_number
    code, out, _ = run(capsys, "verify", "--db", db, old_qr)
    assert code == 0 and "ASLI" in out and new_number in out and regs[1].full_name in out
    for number in (old_number, new_number):
        code, out, _ = run(capsys, "slips", "--db", db, "--registration", number, "--out", str(out_dir / "b.pdf"))
        assert code == 0, number
    assert new_number in all_text(out_dir / "b.pdf")
    assert f"LDG2:{new_number}:" in decode_qr_codes(out_dir / "b.pdf", 1)[0]

    code, _, err = run(capsys, "office", "set", "--db", db, "--code", "PPU-PNJ", "--number", "13")
    assert code == 2 and "tidak dapat diubah lagi" in err
    code, out, _ = run(capsys, "office", "show", "--db", db)
    assert "Nomor kantor: 012" in out and "tidak dapat diubah lagi" in out


def test_setting_the_identity_is_for_an_admin(ctx, db_path, capsys):
    from desktop_app.services.office import OfficeService

    OfficeService(ctx).add_operator("budi", "operator")
    code, _, err = run(capsys, "office", "set", "--db", str(db_path), "--operator", "budi", "--code", "PPU-X")
    assert code == 2 and "hanya boleh dilakukan oleh admin" in err
    assert OfficeService(ctx).identity().code == ""
