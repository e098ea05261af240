"""The signed text in a slip's QR code, verifiable offline with the office key.

``LDG1:000123-4:6409********0001:1:20261121:K7QX:<signature>`` — registration
number, masked NIK, scheme id, print date, key id, then the first 15 bytes of
HMAC-SHA256 over everything before the last colon, in base32. Every character
is in the QR "alphanumeric" set (digits, A–Z, ``*-:``), so the code stays small
(version 4, 33×33 modules at level M).

HMAC (Python's standard library) rather than Ed25519: the only party that
verifies is the office holding the key in its database, so a shared secret is
enough, and Ed25519 would need a new dependency (``cryptography``/``PyNaCl``).
120 bits of tag make guessing hopeless; the key id only says *which* database
signed, so a slip from another office is reported as such, not as a forgery.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

PREFIX = "LDG1"
KEY_BYTES = 32
TAG_BYTES = 15          # 120 bits → 24 base32 characters, no padding
KEY_ID_CHARS = 4

_NUMBER = re.compile(r"\d{6,}-\d")
_MASKED_NIK = re.compile(r"[\d*]{16}")


class TokenStatus(StrEnum):
    GENUINE = "genuine"
    MALFORMED = "malformed"          # not a Lindungi slip code at all
    OTHER_KEY = "other_key"          # well formed, signed by another office database
    BAD_SIGNATURE = "bad_signature"  # signed by this office's key id, but altered


@dataclass(frozen=True)
class SlipToken:
    number: str          # "000123-4"
    masked_nik: str      # "6409********0001"
    scheme_id: int
    printed_on: date


@dataclass(frozen=True)
class TokenCheck:
    status: TokenStatus
    token: SlipToken | None = None

    @property
    def genuine(self) -> bool:
        return self.status is TokenStatus.GENUINE


def new_key() -> bytes:
    """A fresh random office key."""
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """Four base32 characters naming a key (not secret; says which office signed)."""
    return base64.b32encode(hashlib.sha256(b"lindungi-key-id" + key).digest())[:KEY_ID_CHARS].decode()


def _tag(key: bytes, message: str) -> str:
    digest = hmac.new(key, message.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:TAG_BYTES]).decode()


def _body(token: SlipToken, kid: str) -> str:
    return ":".join((PREFIX, token.number, token.masked_nik, str(token.scheme_id),
                     token.printed_on.strftime("%Y%m%d"), kid))


def sign(token: SlipToken, key: bytes) -> str:
    """The full QR text for ``token`` signed with ``key``."""
    if not _NUMBER.fullmatch(token.number) or not _MASKED_NIK.fullmatch(token.masked_nik):
        raise ValueError("slip token fields out of shape")
    body = _body(token, key_id(key))
    return f"{body}:{_tag(key, body)}"


def normalize(text: str) -> str:
    """What a scanner or a person typed, without spaces/newlines, upper case."""
    return re.sub(r"\s+", "", text or "").upper()


def parse(text: str) -> tuple[SlipToken, str, str, str]:
    """Split QR text into (token, key id, signed body, tag); ``ValueError`` if malformed."""
    parts = normalize(text).split(":")
    if len(parts) != 7 or parts[0] != PREFIX:
        raise ValueError("not a Lindungi slip code")
    _, number, masked, scheme, printed, kid, tag = parts
    if not (_NUMBER.fullmatch(number) and _MASKED_NIK.fullmatch(masked) and scheme.isdigit()
            and re.fullmatch(r"\d{8}", printed) and len(kid) == KEY_ID_CHARS and tag):
        raise ValueError("slip code fields out of shape")
    try:
        printed_on = date(int(printed[:4]), int(printed[4:6]), int(printed[6:]))
    except ValueError:
        raise ValueError("slip code has an impossible date") from None
    token = SlipToken(number, masked, int(scheme), printed_on)
    return token, kid, ":".join(parts[:6]), tag


def check(text: str, key: bytes | None) -> TokenCheck:
    """Is ``text`` a slip code signed with ``key``? Constant-time comparison of the tag."""
    try:
        token, kid, body, tag = parse(text)
    except ValueError:
        return TokenCheck(TokenStatus.MALFORMED)
    if key is None or kid != key_id(key):
        return TokenCheck(TokenStatus.OTHER_KEY, token)
    if not hmac.compare_digest(tag, _tag(key, body)):
        return TokenCheck(TokenStatus.BAD_SIGNATURE, token)
    return TokenCheck(TokenStatus.GENUINE, token)
