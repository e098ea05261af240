"""The signed text in a slip's QR code, verifiable offline by any office that trusts the signer.

``LDG2:000123-4:6409********0001:1:20261121:K7QX:<signature>`` — registration
number, masked NIK, scheme id, print date, the signing key's id (first group of
its fingerprint, ``office_keys``), then the 64-byte Ed25519 signature over
everything before the last colon, in base32 without padding (103 characters).
Every character is in the QR "alphanumeric" set (digits, A–Z, ``*-:``), which
packs 5.5 bits per character: about 150 characters, a version 6 symbol (41×41
modules) at error-correction level M.

Public-key signatures let the Dinas and the other offices of the kabupaten check
a slip with the issuing office's public key, while only that office can sign.
Old ``LDG1`` codes (HMAC with a per-database key, ``slip_token_legacy``) still
check in the office that printed them.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain import office_keys, slip_token_legacy

PREFIX = "LDG2"
LEGACY_PREFIX = slip_token_legacy.PREFIX

_NUMBER = re.compile(r"\d{6,}-\d|\d{3}-\d{6}-\d")    # domain.regnumber: legacy and kabupaten-unique
_MASKED_NIK = re.compile(r"[\d*]{16}")
_BASE32 = re.compile(r"[A-Z2-7]+")


class TokenStatus(StrEnum):
    GENUINE = "genuine"
    MALFORMED = "malformed"                # not a Lindungi slip code at all
    UNKNOWN_ISSUER = "unknown_issuer"      # well formed, signed by a key this office does not know
    OTHER_KEY = "other_key"                # an old (LDG1) code made with another database's key
    BAD_SIGNATURE = "bad_signature"        # names a known key, but the content was altered


@dataclass(frozen=True)
class SlipToken:
    number: str          # "000123-4" or "012-000123-7"
    masked_nik: str      # "6409********0001"
    scheme_id: int
    printed_on: date


@dataclass(frozen=True)
class SlipCode:
    """A parsed code: its fields, format, key id, the signed body and the signature text."""

    token: SlipToken
    prefix: str
    key_id: str
    body: str
    signature: str

    @property
    def legacy(self) -> bool:
        return self.prefix == LEGACY_PREFIX


@dataclass(frozen=True)
class TokenCheck:
    status: TokenStatus
    token: SlipToken | None = None
    signer: bytes | None = None      # the public key that verified it (None for an old code)
    key_id: str = ""
    legacy: bool = False

    @property
    def genuine(self) -> bool:
        return self.status is TokenStatus.GENUINE


def _body(token: SlipToken, prefix: str, kid: str) -> str:
    return ":".join((prefix, token.number, token.masked_nik, str(token.scheme_id),
                     token.printed_on.strftime("%Y%m%d"), kid))


def sign(token: SlipToken, private_key: bytes) -> str:
    """The full QR text for ``token`` signed with the office's Ed25519 ``private_key``."""
    if not _NUMBER.fullmatch(token.number) or not _MASKED_NIK.fullmatch(token.masked_nik):
        raise ValueError("slip token fields out of shape")
    body = _body(token, PREFIX, office_keys.key_id(office_keys.public_key_of(private_key)))
    signature = office_keys.sign_bytes(private_key, body.encode("ascii"))
    return f"{body}:{base64.b32encode(signature).decode('ascii').rstrip('=')}"


def normalize(text: str) -> str:
    """What a scanner or a person typed, without spaces/newlines, upper case."""
    return re.sub(r"\s+", "", text or "").upper()


def parse(text: str) -> SlipCode:
    """Split QR text into its parts; ``ValueError`` if it is not a well-formed slip code."""
    parts = normalize(text).split(":")
    if len(parts) != 7 or parts[0] not in (PREFIX, LEGACY_PREFIX):
        raise ValueError("not a Lindungi slip code")
    prefix, number, masked, scheme, printed, kid, signature = parts
    if not (_NUMBER.fullmatch(number) and _MASKED_NIK.fullmatch(masked) and scheme.isdigit()
            and re.fullmatch(r"\d{8}", printed) and len(kid) == office_keys.KEY_ID_CHARS and signature):
        raise ValueError("slip code fields out of shape")
    try:
        printed_on = date(int(printed[:4]), int(printed[4:6]), int(printed[6:]))
    except ValueError:
        raise ValueError("slip code has an impossible date") from None
    token = SlipToken(number, masked, int(scheme), printed_on)
    return SlipCode(token, prefix, kid, ":".join(parts[:6]), signature)


def _signature_bytes(text: str) -> bytes | None:
    if not _BASE32.fullmatch(text):
        return None
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        return None
    canonical = base64.b32encode(raw).decode("ascii").rstrip("=") == text   # unused low bits must be zero
    return raw if len(raw) == office_keys.SIGNATURE_BYTES and canonical else None


def _check_legacy(code: SlipCode, key: bytes | None) -> TokenCheck:
    if key is None or code.key_id != slip_token_legacy.key_id(key):
        return TokenCheck(TokenStatus.OTHER_KEY, code.token, key_id=code.key_id, legacy=True)
    ok = slip_token_legacy.tag_valid(key, code.body, code.signature)
    return TokenCheck(TokenStatus.GENUINE if ok else TokenStatus.BAD_SIGNATURE, code.token, key_id=code.key_id,
                      legacy=True)


def check(text: str, public_keys: Iterable[bytes], legacy_key: bytes | None = None) -> TokenCheck:
    """Is ``text`` a slip code signed by one of ``public_keys`` (or, for an old code, ``legacy_key``)?"""
    try:
        code = parse(text)
    except ValueError:
        return TokenCheck(TokenStatus.MALFORMED)
    if code.legacy:
        return _check_legacy(code, legacy_key)
    candidates = [k for k in public_keys if office_keys.key_id(k) == code.key_id]
    if not candidates:
        return TokenCheck(TokenStatus.UNKNOWN_ISSUER, code.token, key_id=code.key_id)
    signature = _signature_bytes(code.signature)
    message = code.body.encode("ascii")
    for key in candidates if signature is not None else ():
        if office_keys.signature_valid(key, message, signature):
            return TokenCheck(TokenStatus.GENUINE, code.token, signer=key, key_id=code.key_id)
    return TokenCheck(TokenStatus.BAD_SIGNATURE, code.token, key_id=code.key_id)
