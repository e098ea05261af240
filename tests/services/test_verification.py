"""Verifying a slip offline: the QR printed on the PDF is decoded and checked with the office's keys."""

import base64
import logging
from dataclasses import replace
from datetime import date

import zxingcpp

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.slip_token import SlipToken, TokenStatus, check, parse, sign
from desktop_app.formats.pdf_qr_reader import qr_matrices
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.services.verification import LEGACY_KEY_SETTING, VerificationService
from tests import factories
from tests.domain.test_slip_token import LEGACY_CODE, LEGACY_KEY
from tests.pdf_reading import decode_qr_codes, render_page
from tests.services.printing_helpers import register


def printed_code(ctx, reg, out_dir) -> str:
    out = out_dir / f"slip-{reg.seq}.pdf"
    PrintService(ctx).print_slips([reg.id], out)
    codes = decode_qr_codes(out, 1)
    assert len(codes) == 1
    return codes[0]


def test_scanned_code_from_the_pdf_is_genuine_names_this_office_and_shows_the_record(ctx, out_dir):
    reg = register(ctx, full_name="Siti Aminah")
    code = printed_code(ctx, reg, out_dir)
    assert code.startswith("LDG2:")
    token = parse(code).token
    assert (token.number, token.masked_nik, token.scheme_id) == (format_number(reg.seq), mask_nik(reg.nik), 1)
    result = VerificationService(ctx).verify(code)
    assert result.genuine and result.status == "genuine" and result.local and not result.warnings
    assert result.issuer == "Kantor Kecamatan Penajam (64.09.01)"
    assert result.record["name"] == "Siti Aminah" and result.record["nik"] == mask_nik(reg.nik)
    assert result.record["status"] == "aktif"
    text = "\n".join(result.lines())
    assert "ASLI" in text and "Kantor Kecamatan Penajam" in text and "21 November 2026" in text
    assert reg.nik not in text


def test_the_signed_code_is_a_version_6_symbol_that_still_scans_from_a_coarse_100_dpi_image(ctx, out_dir):
    reg = register(ctx)
    code = printed_code(ctx, reg, out_dir)
    out = out_dir / f"slip-{reg.seq}.pdf"
    [matrix] = qr_matrices(out)
    assert len(matrix) == 41                                  # version 6: 0.65 mm modules in the 32 mm square
    found = zxingcpp.read_barcodes(render_page(out, 1, dpi=100), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [code]


def test_tampered_code_is_refused_with_a_sentence(ctx, out_dir):
    reg = register(ctx)
    code = printed_code(ctx, reg, out_dir)
    other = register(ctx, full_name="Budi Santoso", sex="L")
    forged = code.replace(format_number(reg.seq), format_number(other.seq))
    result = VerificationService(ctx).verify(forged)
    assert not result.genuine and result.status == "bad_signature" and result.record is None
    assert result.message == "TIDAK ASLI: isi kode telah diubah (tanda tangan tidak cocok)."


def test_old_hmac_slip_still_verifies_in_the_office_that_printed_it(ctx):
    """LEGACY_CODE was made by the HMAC code of the version before Ed25519, for registration 1."""
    reg = RegistryService(ctx).register(
        factories.registration(birth_date=date(1980, 5, 17), nik=factories.nik_for(date(1980, 5, 17), "P", 1)),
        confirm_similar=True)
    assert format_number(reg.seq) == "000001-3" and mask_nik(reg.nik) == "6409********0001"
    with ctx.store.write():
        ctx.store.office.set_setting(LEGACY_KEY_SETTING, "WlpaWlpaWlpaWlpaWlpaWsPDw8PDw8PDw8PDw8PDw8M=")
    result = VerificationService(ctx).verify(LEGACY_CODE)
    assert result.genuine and result.local and result.record["name"] == reg.full_name
    assert "20 November 2026" in result.message
    tampered = VerificationService(ctx).verify(LEGACY_CODE.replace("000001-3", "000002-1"))
    assert tampered.status == "bad_signature"
    assert LEGACY_KEY == base64.b64decode(ctx.store.office.setting(LEGACY_KEY_SETTING))


def test_old_slip_of_another_office_cannot_be_checked_here(ctx):
    result = VerificationService(ctx).verify(LEGACY_CODE)
    assert not result.genuine and result.status == "other_key" and "format lama" in result.message
    assert VerificationService(ctx).verify("https://example.org").status == "malformed"


def test_deleted_or_corrected_records_are_genuine_with_warnings(ctx, out_dir):
    reg = register(ctx)
    code = printed_code(ctx, reg, out_dir)
    RegistryService(ctx).delete(reg.id, "data ganda")
    result = VerificationService(ctx).verify(code)
    assert result.genuine and result.record["status"] == "dihapus"
    assert any("sudah dihapus" in w and "data ganda" in w for w in result.warnings)
    with ctx.store.write():
        ctx.store.registrations.set_fields(reg.id, nik=reg.nik[:-4] + "9999")
    assert any("NIK di data sekarang" in w for w in VerificationService(ctx).verify(code).warnings)


def test_unknown_number_with_a_valid_signature(ctx):
    key = SlipKeyService(ctx).signing_key()
    reg = register(ctx)
    token = SlipToken(format_number(reg.seq), mask_nik(reg.nik), reg.scheme_id, factories.TODAY)
    ghost = sign(replace(token, number=format_number(999)), key)
    assert check(ghost, [SlipKeyService(ctx).public_key()]).status is TokenStatus.GENUINE
    result = VerificationService(ctx).verify(ghost)
    assert not result.genuine and result.status == "unknown_record"


def test_the_signing_key_is_made_with_the_database_kept_in_it_and_never_logged(ctx, out_dir, caplog):
    caplog.set_level(logging.DEBUG)
    key = ctx.store.slip_keys.private_key()
    assert key and len(key) == 32                       # m010 made it with the database
    reg = register(ctx)
    printed_code(ctx, reg, out_dir)
    printed_code(ctx, reg, out_dir)
    assert ctx.store.slip_keys.private_key() == key == SlipKeyService(ctx).signing_key()
    audit_text = str(ctx.store.audit.recent(limit=1000))
    for form in (key.hex(), base64.b64encode(key).decode()):
        assert form not in caplog.text and form not in audit_text


def test_a_kabupaten_unique_number_fits_the_code_and_scans_from_a_coarse_image(ctx, out_dir):
    """``LDG2:999-000001-3:…`` with a two-digit scheme id is 155 characters: a version 7 symbol (45 modules)
    in the same 32 mm square, still read from a 100 dpi rendering."""
    from desktop_app.services.office import OfficeService

    OfficeService(ctx).set_identity("PPU-PNJ", 999)
    for i in range(11):
        OfficeService(ctx).save_scheme(factories.scheme(name=f"Skema {i}", is_default=False))
    reg = register(ctx, scheme_id=12)
    code = printed_code(ctx, reg, out_dir)
    assert parse(code).token.number == format_number(reg.seq) and format_number(reg.seq).startswith("999-")
    [matrix] = qr_matrices(out_dir / f"slip-{reg.seq}.pdf")
    assert len(matrix) == 45
    found = zxingcpp.read_barcodes(render_page(out_dir / f"slip-{reg.seq}.pdf", 1, dpi=100),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [code]
    assert VerificationService(ctx).verify(code).record["name"] == reg.full_name


def test_at_the_dinas_a_slip_of_another_office_shows_the_record_received_from_it(ctx, out_dir, tmp_path, regions):
    from desktop_app.services.office import OfficeService
    from desktop_app.storage.store import Store

    OfficeService(ctx).set_identity("PPU-PNJ", 4)
    reg = register(ctx, full_name="Siti Aminah")
    code = printed_code(ctx, reg, out_dir)
    (tmp_path / "dinas").mkdir()
    store = Store.open(tmp_path / "dinas" / "office.db")
    try:
        dinas = factories.context(store, regions, "admin-dinas")
        OfficeService(dinas).save_office(replace(factories.office(), name="Dinas PPU", district_code=""))
        OfficeService(dinas).save_scheme(factories.scheme())
        OfficeService(dinas).set_identity("PPU-DINAS", 1)
        SlipKeyService(dinas).trust(SlipKeyService(ctx).own())
        before = VerificationService(dinas).verify(code)
        assert before.genuine and before.record.get("name") is None        # the record is not here yet
        factories.received(store, reg.copy(), "PPU-PNJ", 4, 1)              # … until the exchange brings it
        after = VerificationService(dinas).verify(code)
        assert after.genuine and after.status == "genuine_other_office" and not after.local
        assert "diterima dari kantor PPU-PNJ" in after.message and after.record["name"] == "Siti Aminah"
        assert after.record["number"] == format_number(reg.seq) and after.record["issuer"].startswith("Kantor")
    finally:
        store.close()
