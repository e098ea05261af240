"""Office key pairs: Ed25519 round trip, fingerprints people compare, the office code."""

from dataclasses import replace

import pytest

from desktop_app.domain import office_keys
from desktop_app.domain.office_keys import OfficeKey, fingerprint, new_private_key, public_key_of
from tests import factories


def test_new_keys_are_random_32_bytes_and_sign_verifiably():
    keys = {new_private_key() for _ in range(5)}
    assert len(keys) == 5 and all(len(k) == 32 for k in keys)
    private = keys.pop()
    public = public_key_of(private)
    signature = office_keys.sign_bytes(private, b"pesan")
    assert len(signature) == 64
    assert office_keys.signature_valid(public, b"pesan", signature)
    assert not office_keys.signature_valid(public, b"pesan!", signature)
    assert not office_keys.signature_valid(public_key_of(keys.pop()), b"pesan", signature)
    assert not office_keys.signature_valid(public, b"pesan", signature[:-1])


def test_fingerprint_is_five_groups_of_four_and_the_key_id_is_the_first():
    public = public_key_of(bytes(range(32)))
    text = fingerprint(public)
    assert len(text.split("-")) == 5 and all(len(g) == 4 and g.isalnum() and g.isupper() for g in text.split("-"))
    assert office_keys.key_id(public) == text[:4]
    assert fingerprint(public_key_of(new_private_key())) != text


def test_office_code_is_the_most_precise_region_and_a_key_must_have_32_bytes():
    office = factories.office()
    assert office_keys.office_code(replace(office, village_code="64.09.01.2020")) == "64.09.01.2020"
    assert office_keys.office_code(replace(office, village_code="", district_code="64.09.01")) == "64.09.01"
    assert office_keys.office_code(replace(office, village_code="", district_code="")) == office.regency_code
    with pytest.raises(ValueError):
        OfficeKey("Kantor", "64.09", b"short")
