"""The exchange file ``<from>-<to>-<n>.lsync`` and the kabupaten sync key (see docs/sync.md).

A change file carries a SQLite changeset — every NIK and name of the people in it in plaintext —
so the whole content is encrypted (AES-256-GCM, ``cryptography``) with the **kabupaten sync key**:
32 random bytes made once at the kabupaten office (``new_sync_key``), exported there
passphrase-protected (argon2id, the key file's KDF) and imported at every other office.

Layout: ``MAGIC`` · 2-byte length · clear header (JSON: format and the sync key's fingerprint, so
a file made with another kabupaten's key is told apart from a damaged one) · 12-byte nonce ·
AES-GCM ciphertext (the header is its associated data) of: 4-byte length · manifest (JSON) ·
zlib-compressed changeset. The manifest names the file id, sending and receiving office, the
per-pair sequence number, operator, app version, the schema's migration names, the changeset's
SHA-256 and counts. The file is written atomically (``files.write_bytes``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app import files
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage.keyfile import KDF, derive_key

MAGIC = b"LSYNC\x01"
FORMAT = 1
SUFFIX = ".lsync"
KEY_FORMAT = "lindungi-kunci-tukar/1"
KEY_SUFFIX = ".kuncitukar"
KEY_BYTES = 32

M_NOT_SYNC = QT_TRANSLATE_NOOP("Sync", "{name} bukan berkas tukar Lindungi (.lsync).")
M_OTHER_KEY = QT_TRANSLATE_NOOP("Sync", "{name} dibuat dengan kunci tukar lain (kunci {theirs}, kantor ini {ours}). "
                                        "Minta kunci tukar kabupaten yang benar atau berkas dari kantor yang "
                                        "memakai kunci ini.")
M_DAMAGED = QT_TRANSLATE_NOOP("Sync", "{name} rusak atau terpotong (isi tidak cocok dengan segelnya). Minta "
                                      "kantor pengirim mengirim ulang berkasnya.")
M_NEWER_FORMAT = QT_TRANSLATE_NOOP("Sync", "{name} memakai format berkas tukar {theirs}, yang lebih baru dari "
                                           "Lindungi ini. Perbarui Lindungi dulu.")
M_KEY_PASSPHRASE = QT_TRANSLATE_NOOP("Sync", "Frasa sandi kunci tukar salah, atau berkas {name} rusak.")
M_KEY_FILE = QT_TRANSLATE_NOOP("Sync", "{name} bukan berkas kunci tukar Lindungi.")
M_SHORT_PASSPHRASE = QT_TRANSLATE_NOOP("Sync", "Frasa sandi terlalu pendek: paling sedikit {n} karakter.")
MIN_PASSPHRASE = 10


def new_sync_key() -> bytes:
    return os.urandom(KEY_BYTES)


def fingerprint(key: bytes) -> str:
    """A short public name of a sync key (shown to people, written in every file's clear header)."""
    digest = hashlib.sha256(b"lindungi-sync-key\0" + key).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def _aead(key: bytes) -> AESGCM:
    if len(key) != KEY_BYTES:
        raise ValueError("a sync key has 32 bytes")
    return AESGCM(key)


def seal(manifest: dict, changeset: bytes, key: bytes) -> bytes:
    """The bytes of a change file (``manifest`` gets the changeset's hash and sizes)."""
    manifest = dict(manifest, format=FORMAT, sha256=hashlib.sha256(changeset).hexdigest(),
                    changeset_bytes=len(changeset), compression="zlib")
    header = json.dumps({"format": FORMAT, "key": fingerprint(key)}, sort_keys=True).encode("ascii")
    head = MAGIC + struct.pack(">H", len(header)) + header
    body_manifest = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode("utf-8")
    plain = struct.pack(">I", len(body_manifest)) + body_manifest + zlib.compress(changeset, 6)
    nonce = os.urandom(12)
    return head + nonce + _aead(key).encrypt(nonce, plain, head)


def write(path: Path, manifest: dict, changeset: bytes, key: bytes) -> Path:
    return files.write_bytes(Path(path), seal(manifest, changeset, key))


def open_file(data: bytes, key: bytes, name: str) -> tuple[dict, bytes]:
    """(manifest, changeset) of a change file's bytes, or a ``UserError`` saying what is wrong."""
    if not data.startswith(MAGIC[:5]) or len(data) < len(MAGIC) + 2:
        raise UserError(tr(M_NOT_SYNC, name=name))
    if data[:len(MAGIC)] != MAGIC:
        raise UserError(tr(M_NEWER_FORMAT, name=name, theirs=data[5]))
    (size,) = struct.unpack(">H", data[len(MAGIC):len(MAGIC) + 2])
    start = len(MAGIC) + 2
    try:
        header = json.loads(data[start:start + size])
    except ValueError as exc:
        raise UserError(tr(M_DAMAGED, name=name)) from exc
    if int(header.get("format", 0)) > FORMAT:
        raise UserError(tr(M_NEWER_FORMAT, name=name, theirs=header.get("format")))
    if header.get("key") != fingerprint(key):
        raise UserError(tr(M_OTHER_KEY, name=name, theirs=header.get("key"), ours=fingerprint(key)))
    head, nonce, sealed = data[:start + size], data[start + size:start + size + 12], data[start + size + 12:]
    try:
        plain = _aead(key).decrypt(nonce, sealed, head)
        (msize,) = struct.unpack(">I", plain[:4])
        manifest = json.loads(plain[4:4 + msize].decode("utf-8"))
        changeset = zlib.decompress(plain[4 + msize:])
    except (InvalidTag, ValueError, struct.error, zlib.error) as exc:
        raise UserError(tr(M_DAMAGED, name=name)) from exc
    if hashlib.sha256(changeset).hexdigest() != manifest.get("sha256"):
        raise UserError(tr(M_DAMAGED, name=name))
    return manifest, changeset


# --- the sync key, exported passphrase-protected --------------------------------------------
def export_key(path: Path, key: bytes, passphrase: str, *, office: str = "") -> Path:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(tr(M_SHORT_PASSPHRASE, n=MIN_PASSPHRASE))
    salt, nonce = os.urandom(16), os.urandom(12)
    aad = KEY_FORMAT.encode("ascii")
    wrapped = AESGCM(derive_key(passphrase, salt, KDF)).encrypt(nonce, key, aad)
    content = {"format": KEY_FORMAT, "kdf": dict(KDF, name="argon2id"), "salt": _b64(salt), "nonce": _b64(nonce),
               "wrapped": _b64(wrapped), "fingerprint": fingerprint(key), "office": office}
    return files.write_text(Path(path), json.dumps(content, indent=1) + "\n")


def import_key(path: Path, passphrase: str) -> bytes:
    path = Path(path)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("format") != KEY_FORMAT:
            raise ValueError(content.get("format"))
        kdf = {k: int(content["kdf"][k]) for k in ("t", "m", "p")}
        salt, nonce, wrapped = (base64.b64decode(content[k], validate=True) for k in ("salt", "nonce", "wrapped"))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise UserError(tr(M_KEY_FILE, name=path.name)) from exc
    try:
        key = AESGCM(derive_key(passphrase, salt, kdf)).decrypt(nonce, wrapped, KEY_FORMAT.encode("ascii"))
    except (InvalidTag, ValueError) as exc:
        raise UserError(tr(M_KEY_PASSPHRASE, name=path.name)) from exc
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
