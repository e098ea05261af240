"""The signed QR text on enrolment slips: round trip, tampering, other keys, shape."""

import re
from dataclasses import replace
from datetime import date

import pytest

from desktop_app.domain import slip_token
from desktop_app.domain.slip_token import SlipToken, TokenStatus, check, key_id, new_key, parse, sign

TOKEN = SlipToken("000123-4", "6409********0001", 1, date(2026, 11, 21))
KEY = bytes(range(32))


def test_signed_token_checks_as_genuine_and_parses_back():
    text = sign(TOKEN, KEY)
    result = check(text, KEY)
    assert result.status is TokenStatus.GENUINE and result.genuine
    assert result.token == TOKEN
    assert text.startswith("LDG1:000123-4:6409********0001:1:20261121:")


def test_text_uses_only_qr_alphanumeric_characters_and_stays_short():
    text = sign(TOKEN, new_key())
    assert re.fullmatch(r"[0-9A-Z $%*+\-./:]+", text)
    assert len(text) <= 80


def test_signature_is_deterministic_for_a_key_and_differs_between_keys():
    assert sign(TOKEN, KEY) == sign(TOKEN, KEY)
    assert sign(TOKEN, KEY) != sign(TOKEN, new_key())


@pytest.mark.parametrize("field, value", [
    ("number", "000124-2"), ("masked_nik", "6409********0002"), ("scheme_id", 2),
    ("printed_on", date(2026, 11, 22)),
])
def test_changing_any_field_breaks_the_signature(field, value):
    original = sign(TOKEN, KEY)
    forged_body = sign(replace(TOKEN, **{field: value}), KEY).rsplit(":", 1)[0]
    forged = forged_body + ":" + original.rsplit(":", 1)[1]
    assert check(forged, KEY).status is TokenStatus.BAD_SIGNATURE
    assert not check(forged, KEY).genuine


def test_a_changed_tag_character_is_refused():
    text = sign(TOKEN, KEY)
    last = "A" if text[-1] != "A" else "B"
    assert check(text[:-1] + last, KEY).status is TokenStatus.BAD_SIGNATURE


def test_code_from_another_office_key_is_reported_as_other_key():
    other = new_key()
    assert key_id(other) != key_id(KEY)
    result = check(sign(TOKEN, other), KEY)
    assert result.status is TokenStatus.OTHER_KEY
    assert result.token == TOKEN
    assert check(sign(TOKEN, other), None).status is TokenStatus.OTHER_KEY


@pytest.mark.parametrize("text", ["", "hello", "LDG1:1:2:3", "LDG2:000123-4:6409********0001:1:20261121:ABCD:X",
                                  "LDG1:000123-4:6409********0001:1:20261332:ABCD:XYZ",
                                  "LDG1:000123-4:6409****0001:1:20261121:ABCD:XYZ"])
def test_malformed_texts(text):
    assert check(text, KEY).status is TokenStatus.MALFORMED
    with pytest.raises(ValueError):
        parse(text)


def test_spaces_newlines_and_lower_case_from_a_typed_code_are_tolerated():
    text = sign(TOKEN, KEY)
    typed = " " + text[:20].lower() + "\n" + text[20:] + " "
    assert check(typed, KEY).genuine


def test_sign_refuses_an_unmasked_or_odd_field():
    with pytest.raises(ValueError):
        sign(replace(TOKEN, masked_nik="64:9********0001"), KEY)
    with pytest.raises(ValueError):
        sign(replace(TOKEN, number="12"), KEY)


def test_new_keys_are_random_and_32_bytes():
    keys = {new_key() for _ in range(5)}
    assert len(keys) == 5 and all(len(k) == slip_token.KEY_BYTES for k in keys)
