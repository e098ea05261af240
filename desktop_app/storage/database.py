"""The one function that opens an office database: checks, pragmas, migrations, backups.

Every connection to an office database is made by ``storage.driver.connect`` (SQLCipher,
keyed with the office's data key); the main one through ``connect`` here, with a raised
page cache.

Durability: WAL journal with ``synchronous=FULL`` — every COMMIT is fsync'ed
to the WAL before it returns, so a registration the user saw saved survives a
power cut (``NORMAL`` could lose the last transactions in WAL mode).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from desktop_app import files
from desktop_app.errors import DamagedDatabase, DatabaseUnavailable, RecoveryNeeded, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import backup as backups
from desktop_app.storage import driver, schema
from desktop_app.storage.errors import expected_error
from desktop_app.storage.migrations import migrations

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000

M_DAMAGED = QT_TRANSLATE_NOOP("Storage", "Berkas basis data rusak dan tidak dapat dipakai: {path}.")
M_DAMAGED_BACKUP = QT_TRANSLATE_NOOP("Storage", "Cadangan terakhir yang baik: {backup}. Jendela Lindungi menawarkan "
                                "pemulihannya; dari baris perintah: \"lindungi restore --db {path} --from {backup}\".")
M_DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP("Storage", "Tidak ditemukan cadangan yang baik; hubungi admin/Dinas.")
M_SCHEMA = QT_TRANSLATE_NOOP("Storage", "Berkas {path} tidak memuat skema Lindungi yang sah untuk versinya: {items}. "
                                        "Berkas ini diubah di luar Lindungi dan tidak dipakai.")
M_MISSING = QT_TRANSLATE_NOOP("Storage", "Basis data tidak ditemukan: {path}")
M_GONE = QT_TRANSLATE_NOOP("Storage", "Basis data tidak ditemukan: {path}. Di {folder} ada cadangannya, terbaru: "
                                      "{backup}. Pulihkan dengan membuka jendela Lindungi (pilih cadangan lalu "
                                      "\"Pulihkan\"), atau dari baris perintah: \"lindungi restore --db {path} "
                                      "--from {backup}\". Lindungi tidak membuat kantor baru di atas data yang ada.")
M_EMPTY = QT_TRANSLATE_NOOP("Storage", "Berkas basis data kosong (0 bait): {path}. Di {folder} ada cadangannya, "
                                       "terbaru: {backup}. Pulihkan dengan membuka jendela Lindungi (pilih cadangan "
                                       "lalu \"Pulihkan\"), atau dari baris perintah: \"lindungi restore --db {path} "
                                       "--from {backup}\".")
M_EMPTY_NO_BACKUP = QT_TRANSLATE_NOOP("Storage", "Berkas basis data kosong (0 bait) dan tidak ada cadangannya: "
                                                 "{path}. Bila memang kantor baru, hapus berkas itu lalu buka Lindungi "
                                                 "lagi; bila tidak, cari salinannya dan pulihkan dengan \"lindungi "
                                                 "restore\".")
M_BACKUP_FAILED = QT_TRANSLATE_NOOP("Storage", "Cadangan harian tidak dapat ditulis ke {folder} ({reason}). Data "
                                               "tetap tersimpan seperti biasa; kosongkan ruang disk atau periksa "
                                               "folder itu. Lindungi mencoba lagi saat dibuka berikutnya.")
M_NEWER = QT_TRANSLATE_NOOP("Storage", "Basis data ini dibuat oleh versi Lindungi yang lebih baru. Perbarui aplikasi "
                       "sebelum membukanya.")


def connect(path: Path, *, readonly: bool = False, key: bytes | None = None) -> driver.Connection:
    """Keyed connection with the house pragmas (``key``: the data key, else the one known)."""
    if readonly:
        conn = backups.read_only_connection(path, timeout=BUSY_TIMEOUT_MS / 1000, key=key, cache=True)
    else:
        conn = driver.connect(path, key=key, timeout=BUSY_TIMEOUT_MS / 1000, cache=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def recovery_needed(path: Path) -> RecoveryNeeded | None:
    """The refusal for a missing database that has backups, or a 0-byte one; None when
    ``path`` holds data or a new office may be made there."""
    empty = path.is_file() and path.stat().st_size == 0
    if (path.exists() and not empty) or files.is_temporary(path):   # our own fresh temp file: new
        return None
    found = backups.list_backups(path)
    if not found:
        return RecoveryNeeded(tr(M_EMPTY_NO_BACKUP, path=path), []) if empty else None
    text = tr(M_EMPTY if empty else M_GONE, path=path, folder=found[0].parent, backup=found[0])
    return RecoveryNeeded(text, found)


def damaged_error(path: Path, differences: list[str] | None = None, *, deep: bool = False) -> DamagedDatabase:
    """The error for a damaged file (or one whose schema ``differences`` from Lindungi's),
    naming the latest good backup when there is one (``deep``: one that also reads back
    cleanly, for damage the structure checks do not see)."""
    good = backups.latest_good_backup(path, deep=deep)
    if differences:
        message = tr(M_SCHEMA, path=path, items="; ".join(differences[:8])) + " "
    else:
        message = tr(M_DAMAGED, path=path) + " "
    message += tr(M_DAMAGED_BACKUP, backup=good, path=path) if good else tr(M_DAMAGED_NO_BACKUP)
    return DamagedDatabase(message, str(good) if good else None)


_DAMAGE = ("malformed", "file is not a database", "could not decode to utf-8", "database corrupt")


def damage_found(exc: BaseException, path: Path) -> DamagedDatabase | None:
    """The ``DamagedDatabase`` for an error that shows the file is damaged where the check at
    open did not look (a changed byte inside a record), or None for anything else."""
    if not isinstance(exc, driver.DatabaseError):
        return None
    text = str(exc).lower()
    needle = next((n for n in _DAMAGE if n in text), None)
    if needle is None:
        return None
    log.error("damage found in %s while working (%s)", Path(path).name, needle)   # not the text: it holds data
    return damaged_error(Path(path), deep=True)


def _check(conn: driver.Connection, path: Path, *, quick_check: bool = True) -> bool:
    """Run ``quick_check`` and the schema check (unless told not to); return True when the
    file already holds our tables. An unreadable file is reported as damaged either way."""
    result = [("ok",)]
    try:
        if quick_check:
            result = conn.execute("PRAGMA quick_check").fetchall()
        has_tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone()[0]
        differences = schema.differences(conn) if quick_check and has_tables else []
    except driver.DatabaseError as exc:
        mapped = expected_error(exc, str(path))
        if mapped:
            raise mapped from exc
        raise damaged_error(path) from exc
    if result != [("ok",)]:
        log.error("quick_check failed for %s: %s", path.name, result[:5])
        raise damaged_error(path)
    if differences:
        log.error("schema of %s differs from Lindungi's: %s", path.name, differences[:8])
        raise damaged_error(path, differences)
    return bool(has_tables)


def _set_durability(conn: driver.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(db: Database, path: Path, existing: bool, auto_backup: bool, key: bytes | None) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}
    if applied - known:
        raise DatabaseUnavailable(tr(M_NEWER))
    pending = migrations.pending(db)
    if pending and existing and auto_backup:
        backups.automatic_backup(db.conn, path, "pre-" + pending[0].name, key=key)
    migrations.apply(db)


def _daily_backup(conn: driver.Connection, path: Path, backup_failed: Callable[[str], None] | None,
                  key: bytes | None) -> None:
    """The day's backup; one that cannot be written (disk full, folder not writable) does
    not stop the office from working: it is logged, reported once, and tried again at the
    next open."""
    try:
        backups.automatic_backup(conn, path, "harian", key=key)
    except (OSError, driver.Error, UserError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        log.warning("daily backup of %s could not be written: %s", path.name, reason)
        if backup_failed:
            backup_failed(tr(M_BACKUP_FAILED, folder=backups.backup_dir_for(path), reason=reason))


def open_database(path: Path, *, create: bool = True, migrate: bool = True, check: bool = True,
                  auto_backup: bool = True, readonly: bool = False,
                  backup_failed: Callable[[str], None] | None = None, key: bytes | None = None) -> Database:
    """Open (or create) the office database at ``path``, ready to use.

    A missing database that has backups, or a 0-byte file, raises ``RecoveryNeeded``
    (never a new office). Runs ``quick_check`` (a damaged file raises
    ``DamagedDatabase`` naming the latest good backup), sets WAL/FULL/foreign keys, backs up before pending
    migrations and once a day, and applies the migrations.
    """
    path = Path(path)
    refusal = recovery_needed(path)
    if refusal is not None:
        raise refusal
    if not path.exists() and (not create or readonly):
        raise DatabaseUnavailable(tr(M_MISSING, path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path, readonly=readonly, key=key)
    except driver.Error as exc:
        raise expected_error(exc, str(path)) or damaged_error(path) from exc
    try:
        existing = _check(conn, path, quick_check=check)
        db = Database(conn, execute_plugins=False)
        if not readonly:
            _set_durability(conn)
            if migrate:
                if existing and not check and migrations.pending(db):
                    _check(conn, path)  # never back up or migrate a file nobody checked
                _migrate(db, path, existing, auto_backup, key)
            if existing and auto_backup and backups.daily_backup_due(path):
                _daily_backup(conn, path, backup_failed, key)
    except driver.OperationalError as exc:
        conn.close()
        mapped = expected_error(exc, str(path))
        if mapped is None:
            raise
        raise mapped from exc
    except BaseException:
        conn.close()
        raise
    return db
