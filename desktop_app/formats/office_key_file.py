"""The ``.lindungi-kunci`` file: one office's PUBLIC slip key, to hand to the other offices.

A few hundred bytes of UTF-8 JSON: format and version, office name and code,
the algorithm, the raw 32-byte Ed25519 public key in base64 and its fingerprint.
It holds nothing secret (the private key never leaves the database). Reading it
checks the shape and that the stated fingerprint is the key's own, so a file
damaged in transit is refused instead of trusted; the person then compares the
fingerprint with the issuing office (by phone) before importing.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from desktop_app.domain.office_keys import KEY_BYTES, OfficeKey, fingerprint
from desktop_app.errors import UserError
from desktop_app.files import PendingFile
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.oserrors import file_error

SUFFIX = ".lindungi-kunci"
FORMAT = "lindungi-kunci-publik"
VERSION = 1
MAX_BYTES = 16 * 1024
NOTE = ("Kunci publik Lindungi untuk memeriksa keaslian bukti pendaftaran kantor ini. Bukan rahasia; "
        "cocokkan sidik jarinya dengan kantor penerbit sebelum mengimpor.")

M_NOT_KEY_FILE = QT_TRANSLATE_NOOP("KeyFile", "{name} bukan berkas kunci publik Lindungi.")
M_DAMAGED = QT_TRANSLATE_NOOP("KeyFile", "Berkas kunci {name} rusak: sidik jari di dalamnya tidak cocok dengan "
                                         "kuncinya. Minta berkas baru dari kantor penerbit.")
M_NEWER = QT_TRANSLATE_NOOP("KeyFile", "Berkas kunci {name} dibuat oleh Lindungi versi yang lebih baru. "
                                       "Perbarui Lindungi di komputer ini dulu.")


def default_name(office_name: str) -> str:
    """``Kantor-Kecamatan-Penajam.lindungi-kunci`` (letters, digits and hyphens only)."""
    words = "".join(c if c.isalnum() else " " for c in office_name).split()
    return ("-".join(words) or "kantor") + SUFFIX


def to_text(key: OfficeKey) -> str:
    data = {"format": FORMAT, "version": VERSION, "office_name": key.office_name, "office_code": key.office_code,
            "algorithm": "ed25519", "public_key": base64.b64encode(key.public_key).decode("ascii"),
            "fingerprint": key.fingerprint, "note": NOTE}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(path: Path, key: OfficeKey) -> Path:
    """Write the public key file atomically (a temporary file renamed into place)."""
    with PendingFile(Path(path)) as pending:
        pending.temp_path.write_text(to_text(key), encoding="utf-8")
        return pending.commit()


def read(path: Path) -> OfficeKey:
    """The office key in ``path``; a ``UserError`` naming the file when it is not one of ours or damaged."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise file_error(path, exc, writing=False) from exc
    return from_text(raw, path.name)


def from_text(raw: bytes, name: str) -> OfficeKey:
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("version"), int):
        raise UserError(tr(M_NOT_KEY_FILE, name=name))
    if data["version"] > VERSION:
        raise UserError(tr(M_NEWER, name=name))
    try:
        public = base64.b64decode(str(data.get("public_key", "")), validate=True)
    except (binascii.Error, ValueError):
        public = b""
    texts = [data.get(k) for k in ("office_name", "office_code", "fingerprint")]
    if (data.get("algorithm") != "ed25519" or len(public) != KEY_BYTES
            or not all(isinstance(t, str) and t.strip() for t in texts)):
        raise UserError(tr(M_NOT_KEY_FILE, name=name))
    if texts[2].strip().upper() != fingerprint(public):
        raise UserError(tr(M_DAMAGED, name=name))
    return OfficeKey(texts[0].strip(), texts[1].strip(), public)
