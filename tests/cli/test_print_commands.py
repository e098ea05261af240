"""``lindungi slips``, ``recap`` and ``verify`` from the command line."""

import json

import pytest

from desktop_app.cli import main
from desktop_app.domain.regnumber import format_number
from tests.pdf_reading import all_text, decode_qr_codes, page_count
from tests.services.printing_helpers import batch_of, people


@pytest.fixture
def office(ctx):
    regs = people(ctx, 3)
    return regs, batch_of(ctx, regs)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_slips_for_a_batch_and_for_one_number(office, db_path, out_dir, capsys):
    regs, batch = office
    code, out, _ = run(capsys, "slips", "--db", str(db_path), "--batch", str(batch), "--out", str(out_dir / "b.pdf"))
    assert code == 0 and "3 dokumen, 2 halaman" in out
    assert page_count(out_dir / "b.pdf") == 2
    number = format_number(regs[0].seq)
    code, out, _ = run(capsys, "slips", "--db", str(db_path), "--registration", number, "--out",
                       str(out_dir / "one.pdf"), "--json")
    assert code == 0 and json.loads(out)["reprints"] == 1
    assert "SALINAN ke-1" in all_text(out_dir / "one.pdf")


def test_recap_command(office, db_path, out_dir, capsys):
    _, batch = office
    code, out, _ = run(capsys, "recap", "--db", str(db_path), "--batch", str(batch), "--out", str(out_dir / "r.pdf"))
    assert code == 0 and "Berita acara dicetak" in out
    assert "BERITA ACARA" in all_text(out_dir / "r.pdf")


def test_verify_exit_codes(office, db_path, out_dir, capsys):
    regs, _ = office
    run(capsys, "slips", "--db", str(db_path), "--registration", format_number(regs[0].seq), "--out",
        str(out_dir / "s.pdf"))
    qr = decode_qr_codes(out_dir / "s.pdf", 1)[0]
    code, out, _ = run(capsys, "verify", "--db", str(db_path), qr)
    assert code == 0 and "ASLI" in out and regs[0].full_name in out and regs[0].nik not in out
    tampered = qr[:-2] + ("AA" if not qr.endswith("AA") else "BB")
    code, out, _ = run(capsys, "verify", "--db", str(db_path), tampered)
    assert code == 1 and "TIDAK ASLI" in out
    code, out, _ = run(capsys, "verify", "--db", str(db_path), "--json", qr)
    assert code == 0 and json.loads(out)["record"]["name"] == regs[0].full_name


def test_bad_input_is_one_line_and_exit_2(office, db_path, out_dir, capsys):
    code, _, err = run(capsys, "slips", "--db", str(db_path), "--registration", "000001-0", "--out",
                       str(out_dir / "x.pdf"))
    assert code == 2 and "tidak dikenal" in err
    code, _, err = run(capsys, "recap", "--db", str(db_path), "--batch", "77", "--out", str(out_dir / "x.pdf"))
    assert code == 2 and "Batch 77 tidak ditemukan" in err
    assert list(out_dir.iterdir()) == []


def test_print_settings_command(office, db_path, tmp_path, capsys):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (20, 20), "green").save(logo)
    code, out, _ = run(capsys, "print-settings", "--db", str(db_path))
    assert code == 0 and "dua bukti per A4" in out and "tersamar" in out
    code, out, _ = run(capsys, "print-settings", "--db", str(db_path), "--layout", "a5", "--full-nik", "ya",
                       "--logo", str(logo), "--json")
    assert code == 0 and json.loads(out) == {"slip_layout": "a5", "full_nik": True, "logo_path": str(logo)}
    code, out, _ = run(capsys, "print-settings", "--db", str(db_path), "--no-logo")
    assert "satu bukti per A5" in out and "lengkap" in out and "(tanpa logo)" in out
    code, _, err = run(capsys, "print-settings", "--db", str(db_path), "--logo", str(tmp_path / "none.png"))
    assert code == 2 and "tidak ditemukan" in err
