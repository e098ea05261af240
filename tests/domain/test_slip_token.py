"""The signed QR text on enrolment slips: Ed25519 round trip, tampering, unknown issuers, old HMAC codes, shape."""

import re
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.domain import office_keys, slip_token_legacy
from desktop_app.domain.office_keys import new_private_key, public_key_of
from desktop_app.domain.slip_token import SlipToken, TokenStatus, check, parse, sign
from desktop_app.formats.qr_draw import qr_modules

TOKEN = SlipToken("000123-4", "6409********0001", 1, date(2026, 11, 21))
PRIVATE = bytes(range(32))
PUBLIC = public_key_of(PRIVATE)
# Made by the HMAC signing code of the last version before Ed25519 (slip_token.sign, commit f25f1ef)
# with this key: an old slip must keep checking in the office that printed it.
LEGACY_KEY = bytes.fromhex("5a" * 16 + "c3" * 16)
LEGACY_CODE = "LDG1:000001-3:6409********0001:1:20261120:TWU5:3HBZ5UCR5AMSO2QY53AE5EZW"


def test_signed_token_checks_as_genuine_names_its_signer_and_parses_back():
    text = sign(TOKEN, PRIVATE)
    result = check(text, [public_key_of(new_private_key()), PUBLIC])
    assert result.status is TokenStatus.GENUINE and result.genuine and result.signer == PUBLIC
    assert result.token == TOKEN and not result.legacy
    assert text.startswith(f"LDG2:000123-4:6409********0001:1:20261121:{office_keys.key_id(PUBLIC)}:")


def test_text_is_qr_alphanumeric_and_fits_a_version_6_symbol_at_level_m():
    longest = replace(TOKEN, number="1234567-8", scheme_id=99)
    for token in (TOKEN, longest):
        text = sign(token, new_private_key())
        assert re.fullmatch(r"[0-9A-Z $%*+\-./:]+", text)
        assert len(text) <= 154                           # alphanumeric capacity of version 6-M
        assert len(qr_modules(text, "M")) <= 41


def test_signature_is_deterministic_for_a_key_and_differs_between_keys():
    assert sign(TOKEN, PRIVATE) == sign(TOKEN, PRIVATE)
    assert sign(TOKEN, PRIVATE) != sign(TOKEN, new_private_key())


@pytest.mark.parametrize("field, value", [
    ("number", "000124-2"), ("masked_nik", "6409********0002"), ("scheme_id", 2),
    ("printed_on", date(2026, 11, 22)),
])
def test_changing_any_field_breaks_the_signature(field, value):
    original = sign(TOKEN, PRIVATE)
    forged_body = sign(replace(TOKEN, **{field: value}), PRIVATE).rsplit(":", 1)[0]
    forged = forged_body + ":" + original.rsplit(":", 1)[1]
    result = check(forged, [PUBLIC])
    assert result.status is TokenStatus.BAD_SIGNATURE and not result.genuine and result.signer is None


@pytest.mark.parametrize("position", [-1, -50, -103])
def test_a_changed_signature_character_is_refused(position):
    text = sign(TOKEN, PRIVATE)
    swapped = "A" if text[position] != "A" else "B"
    forged = text[:position] + swapped + (text[position + 1:] if position != -1 else "")
    assert check(forged, [PUBLIC]).status is TokenStatus.BAD_SIGNATURE


def test_the_last_signature_character_must_be_canonical():
    """Its last character carries 2 bits; the 3 unused ones must be zero, so one code = one text."""
    text = sign(TOKEN, PRIVATE)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    same_bits = [c for c in alphabet if alphabet.index(c) >> 3 == alphabet.index(text[-1]) >> 3 and c != text[-1]]
    assert len(same_bits) == 7
    for c in same_bits:
        assert check(text[:-1] + c, [PUBLIC]).status is TokenStatus.BAD_SIGNATURE


@pytest.mark.parametrize("signature", ["A" * 103, "A" * 24, "AAAA1AAA" * 13, "A" * 104])
def test_a_signature_of_the_wrong_length_or_alphabet_is_refused(signature):
    body = sign(TOKEN, PRIVATE).rsplit(":", 1)[0]
    assert check(f"{body}:{signature}", [PUBLIC]).status is TokenStatus.BAD_SIGNATURE


def test_code_from_a_key_nobody_imported_is_an_unknown_issuer_not_a_forgery():
    other = new_private_key()
    result = check(sign(TOKEN, other), [PUBLIC])
    assert result.status is TokenStatus.UNKNOWN_ISSUER and result.token == TOKEN
    assert result.key_id == office_keys.key_id(public_key_of(other))
    assert check(sign(TOKEN, other), []).status is TokenStatus.UNKNOWN_ISSUER


def test_old_hmac_code_still_checks_with_the_office_key_that_made_it():
    result = check(LEGACY_CODE, [PUBLIC], LEGACY_KEY)
    assert result.genuine and result.legacy and result.signer is None
    assert result.token == SlipToken("000001-3", "6409********0001", 1, date(2026, 11, 20))
    assert check(LEGACY_CODE.replace("20261120", "20261121"), [PUBLIC], LEGACY_KEY).status is TokenStatus.BAD_SIGNATURE
    assert check(LEGACY_CODE, [PUBLIC], bytes(32)).status is TokenStatus.OTHER_KEY
    assert check(LEGACY_CODE, [PUBLIC], None).status is TokenStatus.OTHER_KEY
    assert slip_token_legacy.key_id(LEGACY_KEY) == "TWU5"


@pytest.mark.parametrize("text", ["", "hello", "LDG2:1:2:3", "LDG3:000123-4:6409********0001:1:20261121:ABCD:X",
                                  "LDG2:000123-4:6409********0001:1:20261332:ABCD:XYZ",
                                  "LDG2:000123-4:6409****0001:1:20261121:ABCD:XYZ",
                                  "LDG2:000123-4:6409********0001:1:20261121:ABCDE:XYZ"])
def test_malformed_texts(text):
    assert check(text, [PUBLIC]).status is TokenStatus.MALFORMED
    with pytest.raises(ValueError):
        parse(text)


def test_spaces_newlines_and_lower_case_from_a_typed_code_are_tolerated():
    text = sign(TOKEN, PRIVATE)
    typed = " " + text[:20].lower() + "\n" + text[20:90] + " \n " + text[90:].lower() + " "
    assert check(typed, [PUBLIC]).genuine


def test_sign_refuses_an_unmasked_or_odd_field():
    with pytest.raises(ValueError):
        sign(replace(TOKEN, masked_nik="64:9********0001"), PRIVATE)
    with pytest.raises(ValueError):
        sign(replace(TOKEN, number="12"), PRIVATE)
