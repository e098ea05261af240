"""Verifying a slip offline: the QR printed on the PDF is decoded and checked with the office key."""

import logging
from dataclasses import replace

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.regnumber import format_number
from desktop_app.domain.slip_token import TokenStatus, check, parse, sign
from desktop_app.services.printing import PrintService
from desktop_app.services.registry import RegistryService
from desktop_app.services.verification import KEY_SETTING, VerificationService, current_key, ensure_key
from tests import factories
from tests.pdf_reading import decode_qr_codes
from tests.services.printing_helpers import register


def printed_code(ctx, reg, out_dir) -> str:
    out = out_dir / f"slip-{reg.seq}.pdf"
    PrintService(ctx).print_slips([reg.id], out)
    codes = decode_qr_codes(out, 1)
    assert len(codes) == 1
    return codes[0]


def test_scanned_code_from_the_pdf_is_genuine_and_shows_the_record(ctx, out_dir):
    reg = register(ctx, full_name="Siti Aminah")
    code = printed_code(ctx, reg, out_dir)
    token = parse(code)[0]
    assert (token.number, token.masked_nik, token.scheme_id) == (format_number(reg.seq), mask_nik(reg.nik), 1)
    result = VerificationService(ctx).verify(code)
    assert result.genuine and result.status == "genuine" and not result.warnings
    assert result.record["name"] == "Siti Aminah" and result.record["nik"] == mask_nik(reg.nik)
    assert result.record["status"] == "aktif"
    text = "\n".join(result.lines())
    assert "ASLI" in text and "21 November 2026" in text and reg.nik not in text


def test_tampered_code_is_refused(ctx, out_dir):
    reg = register(ctx)
    code = printed_code(ctx, reg, out_dir)
    other = register(ctx, full_name="Budi Santoso", sex="L")
    forged = code.replace(format_number(reg.seq), format_number(other.seq))
    result = VerificationService(ctx).verify(forged)
    assert not result.genuine and result.status == "bad_signature" and result.record is None
    assert "TIDAK ASLI" in result.message


def test_code_signed_by_another_office_is_not_genuine_here(ctx, out_dir, tmp_path, regions):
    from desktop_app.storage.store import Store
    reg = register(ctx)
    code = printed_code(ctx, reg, out_dir)
    other_store = Store.open(tmp_path / "other.db")
    try:
        ensure_key(other_store)
        result = VerificationService(factories.context(other_store, regions)).verify(code)
    finally:
        other_store.close()
    assert not result.genuine and result.status == "other_key"


def test_before_any_print_there_is_no_key_and_nothing_is_genuine(ctx):
    assert current_key(ctx.store) is None
    result = VerificationService(ctx).verify("LDG1:000001-3:6409********0001:1:20261121:ABCD:" + "A" * 24)
    assert not result.genuine and "belum pernah mencetak" in result.message
    assert current_key(ctx.store) is None  # verifying never creates a key
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
    key = ensure_key(ctx.store)
    reg = register(ctx)
    token = parse(sign_for(reg, key))[0]
    ghost = sign(replace(token, number=format_number(999)), key)
    assert check(ghost, key).status is TokenStatus.GENUINE
    result = VerificationService(ctx).verify(ghost)
    assert not result.genuine and result.status == "unknown_record"


def sign_for(reg, key) -> str:
    from desktop_app.domain.slip_token import SlipToken
    from tests.factories import TODAY
    return sign(SlipToken(format_number(reg.seq), mask_nik(reg.nik), reg.scheme_id, TODAY), key)


def test_key_is_created_once_kept_in_the_database_and_never_logged(ctx, out_dir, caplog):
    caplog.set_level(logging.DEBUG)
    reg = register(ctx)
    printed_code(ctx, reg, out_dir)
    key = current_key(ctx.store)
    assert key and len(key) == 32
    printed_code(ctx, reg, out_dir)
    assert current_key(ctx.store) == key == ensure_key(ctx.store)
    stored = ctx.store.office.setting(KEY_SETTING)
    assert stored not in caplog.text
    audit_text = str(ctx.store.audit.recent(limit=1000))
    assert stored not in audit_text
