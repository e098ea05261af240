"""Converting an office database from before encryption at rest (and its backups) on first start.

Order, so that a crash at any moment leaves either the old plaintext office or the new
encrypted one, and never a file nobody can open:

1. The key file is written first (the admin's password over a new data key).
2. A copy of the plaintext database is kept in ``backups/`` (``pre-enkripsi-…``) until the
   encrypted one is verified.
3. The encrypted copy is built beside the live file (``sqlcipher_export``), verified (opens
   with the key, ``integrity_check``, the same row count in every table) and swapped in with
   one rename; the old WAL/SHM are removed.
4. Every plaintext backup is re-encrypted the same way (verified, then renamed over itself).
5. Only then the kept plaintext copy is deleted.

A start after a crash between 1 and 3 finds a key file beside a plaintext database: the
sign-in gives the key and ``convert`` runs again.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.errors import DatabaseUnavailable
from desktop_app.files import PendingFile
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.paths import backup_dir_for
from desktop_app.storage import backup as backups
from desktop_app.storage import driver

log = logging.getLogger(__name__)
M_FAILED = QT_TRANSLATE_NOOP("Unlock", "Enkripsi basis data gagal ({problem}). Basis data lama tetap utuh dan tetap "
                                       "dapat dipakai: {path}")
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Converted:
    database: bool          # the office database itself was converted
    backups: int            # plaintext backups re-encrypted


def _tables(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _encrypt_verified(plain: Path, key: bytes) -> None:
    """Replace the plaintext file ``plain`` by its verified encrypted copy (one rename)."""
    conn = driver.plaintext_connection(plain)
    try:
        counts = _tables(conn)
    finally:
        conn.close()
    with PendingFile(plain) as pending:
        driver.encrypt_copy(plain, pending.temp_path, key)
        conn = driver.connect(pending.temp_path, key=key, mode="ro")
        try:
            check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            found = _tables(conn)
        finally:
            conn.close()
        if check != ["ok"] or found != counts:
            raise DatabaseUnavailable(tr(M_FAILED, problem="; ".join(check[:3]) + f" {found == counts}", path=plain))
        for suffix in _COMPANIONS:
            Path(str(plain) + suffix).unlink(missing_ok=True)
        pending.commit()


def needed(db_path: Path) -> bool:
    """True while the database or one of its backups is still plaintext."""
    return driver.is_plaintext(db_path) or any(driver.is_plaintext(b) for b in backups.list_backups(db_path))


def convert(db_path: Path, key: bytes, *, now: datetime | None = None) -> Converted:
    """Encrypt the plaintext office database at ``db_path`` and its plaintext backups with
    ``key`` (the key file must already hold it); the plaintext copy kept meanwhile is deleted
    once everything is verified."""
    db_path = Path(db_path)
    now = now or datetime.now()
    kept, converted = None, False
    try:
        if driver.is_plaintext(db_path):
            _checkpoint(db_path)
            kept = backup_dir_for(db_path) / f"pre-enkripsi-{db_path.stem}-{now:%Y%m%d-%H%M%S}.db"
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(db_path, kept)
            _encrypt_verified(db_path, key)
            converted = True
        count = 0
        for backup in backups.list_backups(db_path):
            if driver.is_plaintext(backup):
                _encrypt_verified(backup, key)
                count += 1
    except (OSError, driver.Error) as exc:
        raise DatabaseUnavailable(tr(M_FAILED, problem=exc, path=db_path)) from exc
    if db_path.exists():
        driver.connect(db_path, key=key, mode="ro").close()     # the live file opens with the key
    if kept is not None:
        kept.unlink()
    log.info("encrypted at rest: database %s, %d backups", "converted" if converted else "already", count)
    return Converted(converted, count)


def _checkpoint(db_path: Path) -> None:
    """Fold the plaintext WAL into the file so the copy and the export see everything."""
    conn = driver.plaintext_connection(db_path, readonly=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def encrypted_copy(plain: Path, db_path: Path) -> Path:
    """An encrypted copy of a plaintext backup from before encryption (e.g. on a flash disk),
    in ``db_path``'s backups folder with the office's key, so it can be checked and restored like
    any backup; the plaintext file itself is left as it is (it is not ours)."""
    plain, db_path = Path(plain), Path(db_path)
    target = backup_dir_for(db_path) / f"enkripsi-{plain.stem}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with PendingFile(target) as pending:
            driver.encrypt_copy(plain, pending.temp_path, driver.keys.key_for(db_path))
            return pending.commit()
    except driver.Error as exc:
        raise DatabaseUnavailable(tr(M_FAILED, problem=exc, path=plain)) from exc
