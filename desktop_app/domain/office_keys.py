"""An office's Ed25519 key pair for signing slips, and the public keys other offices trust.

Only the issuing office holds the 32-byte private key (inside its database); any
office of the kabupaten that imported the public key can check a slip it signed.
A key is named by its *fingerprint*: the first 100 bits of SHA-256 over the raw
public key in base32, shown as five groups of four (``K7QX-ABCD-EFGH-IJKL-MNOP``)
so two people can read it to each other over the phone before one trusts the
other's key. The first group is the *key id* printed in every slip code.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.domain.office import Office

KEY_BYTES = 32
SIGNATURE_BYTES = 64
KEY_ID_CHARS = 4
FINGERPRINT_CHARS = 20


def new_private_key() -> bytes:
    """A fresh random Ed25519 private key, raw 32 bytes."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key_of(private_key: bytes) -> bytes:
    """The raw 32-byte public key that belongs to ``private_key``."""
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def sign_bytes(private_key: bytes, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature (deterministic: the same message gives the same signature)."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def signature_valid(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """``K7QX-ABCD-EFGH-IJKL-MNOP``: what a person compares before trusting a key."""
    text = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:FINGERPRINT_CHARS]
    return "-".join(text[i:i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


def key_id(public_key: bytes) -> str:
    """The fingerprint's first group: which key signed a slip (not secret, not unique proof)."""
    return fingerprint(public_key)[:KEY_ID_CHARS]


def office_code(office: Office) -> str:
    """The region code that names an office: its desa, else its kecamatan, else its kabupaten."""
    return office.village_code or office.district_code or office.regency_code


@dataclass(frozen=True)
class OfficeKey:
    """An office's public key as exported and imported (``.lindungi-kunci`` file)."""

    office_name: str
    office_code: str
    public_key: bytes

    def __post_init__(self) -> None:
        if len(self.public_key) != KEY_BYTES:
            raise ValueError("an Ed25519 public key has 32 bytes")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)


@dataclass(frozen=True)
class TrustedKey:
    """A public key this office imported: whose it is, who imported it and when."""

    key: OfficeKey
    imported_by: str
    imported_at: datetime
