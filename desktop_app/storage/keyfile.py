"""The key file beside the office database: each operator's password unlocks the data key.

The office database is encrypted with a random 32-byte **data key** (SQLCipher raw key, see
``storage.driver``). The data key is never stored as such: for every operator the key file
holds it wrapped (AES-256-GCM, ``cryptography``) under a key derived from that operator's
password with argon2id (``argon2-cffi`` ``hash_secret_raw``, its own random salt). Opening
the key file with a password is therefore the password check, done *before* the database is
touched — a wrong password is told apart from a damaged file. Changing a password rewrites
only this small file, never the database.

The file is JSON, written atomically (``files.write_text``): operator names, salts, wrapped
keys, a check value of the data key (HMAC, so a recovery key can be verified without
opening the database), failed sign-ins per operator (the lock-out) and the failed attempts
not yet written to the audit log (the database cannot be opened without a good password).

The **recovery key** is the data key itself as 64 hex digits in groups of four plus one
group of checksum, printed once on the recovery sheet: ``recovery_text`` / ``parse_recovery``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app import files
from desktop_app.errors import KeyFileDamaged, WrongPassword, WrongRecoveryKey
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

FORMAT = "lindungi-kunci/1"
SUFFIX = ".kunci"
KEY_BYTES = 32
# argon2id cost: ~0.3-0.5 s on an office laptop, deliberately slow for someone guessing.
KDF = {"t": 3, "m": 64 * 1024, "p": 4}
FREE_TRIES = 5                 # consecutive failures before the lock-out starts
LOCK_FIRST_S = 30              # then 30 s, doubling with every further failure ...
LOCK_MAX_S = 15 * 60           # ... up to 15 minutes

M_WRONG = QT_TRANSLATE_NOOP("Storage", "Nama operator atau kata sandi salah. Periksa tombol Caps Lock lalu coba lagi.")
M_LOCKED = QT_TRANSLATE_NOOP("Storage", "Terlalu banyak percobaan yang salah untuk {operator}. Tunggu {seconds} detik "
                                        "lalu coba lagi, atau pakai \"Lupa kata sandi\" dengan kunci pemulihan.")
M_RECOVERY = QT_TRANSLATE_NOOP("Storage", "Kunci pemulihan tidak sah: periksa setiap kelompok 4 huruf/angka "
                                          "(0-9, A-F) pada lembar pemulihan lalu ketik lagi.")
M_RECOVERY_OTHER = QT_TRANSLATE_NOOP("Storage", "Kunci pemulihan ini bukan milik basis data kantor ini.")
M_DAMAGED = QT_TRANSLATE_NOOP("Storage", "Berkas kunci {path} rusak atau bukan berkas kunci Lindungi. Data tetap "
                                         "aman: buka dengan \"Lupa kata sandi\" dan kunci pemulihan dari lembar "
                                         "pemulihan kantor.")
M_NO_OPERATOR = QT_TRANSLATE_NOOP("Storage", "Nama operator tidak boleh kosong.")
M_SHORT = QT_TRANSLATE_NOOP("Storage", "Kata sandi terlalu pendek: paling sedikit {n} karakter.")
MIN_PASSWORD = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=kdf["t"], memory_cost=kdf["m"],
                           parallelism=kdf["p"], hash_len=KEY_BYTES, type=Type.ID)


derive_key = _derive      # public name: the sync key's export (storage/sync_file.py) uses the same KDF


def _aad(operator: str) -> bytes:
    return (FORMAT + "\0" + operator).encode("utf-8")


def key_check(data_key: bytes) -> str:
    """A value that shows which data key this is without revealing it."""
    return hmac.new(data_key, b"lindungi data key check", hashlib.sha256).hexdigest()[:32]


def check_password_rule(password: str) -> None:
    """Refuse a password too short to protect personal data."""
    if len(password) < MIN_PASSWORD:
        raise WrongPassword(tr(M_SHORT, n=MIN_PASSWORD))


def recovery_text(data_key: bytes) -> str:
    """The recovery key as printed: 16 groups of 4 hex digits and one checksum group."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key has 32 bytes")
    digits = data_key.hex().upper() + hashlib.sha256(data_key).hexdigest()[:4].upper()
    return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def parse_recovery(text: str) -> bytes:
    """The data key from a typed or scanned recovery key (spaces, dashes and case ignored)."""
    digits = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    try:
        data_key = bytes.fromhex(digits[:64])
    except ValueError:
        raise WrongRecoveryKey(tr(M_RECOVERY)) from None
    if len(digits) != 68 or hashlib.sha256(data_key).hexdigest()[:4].upper() != digits[64:]:
        raise WrongRecoveryKey(tr(M_RECOVERY))
    return data_key


class KeyFile:
    """One office's key file (``<database>.kunci``). Load it, then unlock with a password."""

    def __init__(self, path: Path, content: dict, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._content = content
        self.clock = clock

    # --- finding, making and reading -----------------------------------------------------------
    @staticmethod
    def path_for(db_path: Path) -> Path:
        db_path = Path(db_path)
        return db_path.with_name(db_path.name + SUFFIX)

    @classmethod
    def exists(cls, db_path: Path) -> bool:
        return cls.path_for(db_path).is_file()

    @classmethod
    def create(cls, db_path: Path, data_key: bytes) -> KeyFile:
        """A new key file for ``data_key`` with no operator yet (add one with ``set_password``)."""
        if len(data_key) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        content = {"format": FORMAT, "check": key_check(data_key), "operators": {}, "failures": {}, "events": []}
        kf = cls(cls.path_for(db_path), content)
        kf._save()
        return kf

    @classmethod
    def load(cls, db_path: Path) -> KeyFile:
        path = cls.path_for(db_path)
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
            if content.get("format") != FORMAT or not isinstance(content.get("operators"), dict):
                raise ValueError("not a Lindungi key file")
        except (OSError, ValueError, AttributeError) as exc:
            raise KeyFileDamaged(tr(M_DAMAGED, path=path), detail=str(exc)) from exc
        content.setdefault("failures", {})
        content.setdefault("events", [])
        return cls(path, content)

    def _save(self) -> None:
        files.write_text(self.path, json.dumps(self._content, indent=1, sort_keys=True), make_folder=True)

    # --- operators and passwords ---------------------------------------------------------------
    def operators(self) -> list[str]:
        return sorted(self._content["operators"])

    def matches(self, data_key: bytes) -> bool:
        """True when ``data_key`` is this office's data key (e.g. a typed recovery key)."""
        return hmac.compare_digest(self._content["check"], key_check(data_key))

    def verify_recovery(self, text: str) -> bytes:
        """The data key from a recovery key that belongs to this office."""
        data_key = parse_recovery(text)
        if not self.matches(data_key):
            raise WrongRecoveryKey(tr(M_RECOVERY_OTHER))
        return data_key

    def set_password(self, operator: str, password: str, data_key: bytes) -> None:
        """Add ``operator`` or give them a new password (an admin's reset, or after recovery)."""
        operator = operator.strip()
        if not operator:
            raise WrongPassword(tr(M_NO_OPERATOR))
        if not self.matches(data_key):
            raise ValueError("data key does not belong to this key file")
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = AESGCM(_derive(password, salt, KDF)).encrypt(nonce, data_key, _aad(operator))
        self._content["operators"][operator] = {"kdf": dict(KDF), "salt": _b64(salt), "nonce": _b64(nonce),
                                                "wrapped": _b64(wrapped)}
        self._content["failures"].pop(operator, None)
        self._save()

    def remove(self, operator: str) -> None:
        self._content["operators"].pop(operator, None)
        self._content["failures"].pop(operator, None)
        self._save()

    def unlock(self, operator: str, password: str) -> bytes:
        """The data key, when ``password`` is ``operator``'s; ``WrongPassword`` otherwise (also
        while locked out after repeated failures, without trying the password)."""
        operator = operator.strip()
        waiting = self.locked_for(operator)
        if waiting:
            raise WrongPassword(tr(M_LOCKED, operator=operator, seconds=waiting), waiting)
        entry = self._content["operators"].get(operator)
        data_key = self._try(entry, operator, password) if entry else None
        if data_key is None:
            self._failed(operator)
            waiting = self.locked_for(operator)
            text = tr(M_LOCKED, operator=operator, seconds=waiting) if waiting else tr(M_WRONG)
            raise WrongPassword(text, waiting)
        if self._content["failures"].pop(operator, None) is not None:
            self._save()
        return data_key

    def change_password(self, operator: str, old: str, new: str) -> None:
        """Rewrap the data key under ``new``; only this file is rewritten."""
        self.set_password(operator, new, self.unlock(operator, old))

    @staticmethod
    def _try(entry: dict, operator: str, password: str) -> bytes | None:
        try:
            key = _derive(password, _unb64(entry["salt"]), entry["kdf"])
            return AESGCM(key).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), _aad(operator))
        except (InvalidTag, KeyError, ValueError):
            return None

    # --- failed sign-ins -----------------------------------------------------------------------
    def _failed(self, operator: str) -> None:
        now = self.clock()
        record = self._content["failures"].setdefault(operator, {"count": 0, "last": 0.0})
        record["count"] += 1
        record["last"] = now
        self._content["events"].append({"operator": operator,
                                        "at": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds")})
        self._save()

    def failures(self, operator: str) -> int:
        """Consecutive failed sign-ins of ``operator`` since their last good one."""
        return int(self._content["failures"].get(operator.strip(), {}).get("count", 0))

    def locked_for(self, operator: str) -> int:
        """Seconds ``operator`` must still wait before the next try (0: may try now)."""
        record = self._content["failures"].get(operator.strip())
        if not record or record["count"] < FREE_TRIES:
            return 0
        delay = min(LOCK_FIRST_S * 2 ** (record["count"] - FREE_TRIES), LOCK_MAX_S)
        return max(0, int(record["last"] + delay - self.clock() + 0.999))

    def take_failed_attempts(self) -> list[dict]:
        """The failed sign-ins not yet in the audit log ({"operator", "at"}), now forgotten here:
        the caller writes them into the log after a good sign-in."""
        events, self._content["events"] = self._content["events"], []
        if events:
            self._save()
        return events
