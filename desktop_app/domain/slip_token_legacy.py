"""The first slip codes (``LDG1``, until issue 14): HMAC-SHA256 with a per-database key.

Those slips carry ``…:<key id>:<tag>`` where the key id is four base32 characters
of SHA-256 over ``lindungi-key-id`` + the 32-byte office key, and the tag is the
first 15 bytes of HMAC-SHA256 over everything before the last colon, in base32.
Only the office that printed them holds that key, so only it can check them; new
slips are signed with Ed25519 (``slip_token``). Nothing here signs any more.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

PREFIX = "LDG1"
TAG_BYTES = 15


def key_id(key: bytes) -> str:
    """Four base32 characters naming an old office key."""
    return base64.b32encode(hashlib.sha256(b"lindungi-key-id" + key).digest())[:4].decode()


def tag_valid(key: bytes, body: str, tag: str) -> bool:
    """Does ``tag`` authenticate ``body`` under ``key``? Constant-time comparison."""
    digest = hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()
    return hmac.compare_digest(tag, base64.b32encode(digest[:TAG_BYTES]).decode())
