"""Restore a backup over the live database without ever leaving a gap.

Order (each step leaves either the old database or the new one in place, never
nothing):

1. Refuse a file restored onto itself, and refuse while another Lindungi holds
   the instance lock or any connection has the live file open (switching the
   live file out of WAL needs every other connection gone; ``BEGIN EXCLUSIVE``
   keeps the rest out while it is copied aside). The lock is then held by us.
2. Build the restored copy completely beside the live file (a
   ``files.PendingFile``, swept at the next start after a crash): copy (or rebuild a packed
   backup, ``storage.packed_backup``), let the caller migrate it and write its
   audit row, turn it into one self-contained file and verify it
   (``integrity_check``, Lindungi's schema).
3. Copy the live file into ``backups/replaced-…`` (kept, never deleted), then
   swap the copy in with ONE rename.

A crash at any moment leaves the old database (and a temporary file the next
start sweeps) or the restored one.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.errors import DatabaseUnavailable
from desktop_app.files import PendingFile
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.paths import backup_dir_for
from desktop_app.storage import driver, instance_lock, packed_backup
from desktop_app.storage.backup import copy_database

log = logging.getLogger(__name__)
_PROBE_TIMEOUT_S = 0.5
_COMPANIONS = ("-wal", "-shm", "-journal")

M_SELF = QT_TRANSLATE_NOOP("Storage", "Berkas {source} adalah basis data itu sendiri; pilih berkas cadangan yang "
                                      "lain (di folder backups/). Tidak ada yang diubah.")
M_LOCK_HELD = QT_TRANSLATE_NOOP("Storage", "Basis data sedang dibuka oleh Lindungi lain (proses {pid}). Tutup jendela "
                                           "atau perintah itu dulu, lalu pulihkan lagi. Tidak ada yang diubah.")
M_IN_USE = QT_TRANSLATE_NOOP("Storage", "Basis data masih dipakai oleh program lain (ada koneksi yang terbuka). Tutup "
                                        "semua jendela dan perintah Lindungi yang memakainya, lalu pulihkan lagi. "
                                        "Tidak ada yang diubah.")
M_WRITE = QT_TRANSLATE_NOOP("Storage", "Pemulihan gagal: {reason}. Basis data lama tetap utuh: {path}")
M_COPY_BAD = QT_TRANSLATE_NOOP("Storage", "Salinan pulihan tidak lolos pemeriksaan ({problem}); pemulihan dibatalkan "
                                          "dan basis data lama tetap utuh.")


def same_file(a: Path, b: Path) -> bool:
    a, b = Path(a), Path(b)
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def restore_into(backup: Path, db_path: Path, *, prepare: Callable[[Path, Path | None], None] | None = None,
                 verify: Callable[[Path], None] | None = None, now: datetime | None = None) -> Path | None:
    """Replace ``db_path`` by a verified copy of ``backup``; return where the old file was kept.

    ``prepare(part, kept)`` may migrate the copy and write into it (e.g. an audit row naming
    ``kept``, where the live file will be kept) before it is checked;
    ``verify(part)`` raises to refuse it. Nothing may hold ``db_path`` open."""
    backup, db_path = Path(backup), Path(db_path)
    if same_file(backup, db_path):
        raise DatabaseUnavailable(tr(M_SELF, source=backup))
    try:
        with instance_lock.held(db_path):
            return _restore(backup, db_path, prepare, verify, now or datetime.now())
    except instance_lock.LockHeld as exc:
        raise DatabaseUnavailable(tr(M_LOCK_HELD, pid=exc.pid if exc.pid > 0 else "?")) from None


def _restore(backup: Path, db_path: Path, prepare, verify, now: datetime) -> Path | None:
    kept = None
    if _has_content(db_path):
        _refuse_if_in_use(db_path)               # early, before the long copy
        kept = _kept_name(db_path, now)
    try:
        with PendingFile(db_path) as pending:
            part = pending.temp_path
            try:
                _build(backup, part, kept, prepare, verify)
                if kept is not None:
                    _set_aside(db_path, kept)
                pending.commit()
            finally:
                for suffix in _COMPANIONS:
                    Path(str(part) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(tr(M_WRITE, reason=exc.strerror or exc, path=db_path)) from exc
    log.info("restored %s from %s; previous file kept as %s", db_path.name, backup.name, kept.name if kept else "-")
    return kept


def _build(backup: Path, part: Path, kept: Path | None, prepare, verify) -> None:
    """The restored copy, complete and checked, at ``part`` beside the live file."""
    if driver.is_plaintext(backup):              # a backup from before encryption at rest
        driver.encrypt_copy(backup, part, driver.keys.key_for(part))
    elif packed_backup.is_packed(backup):        # compressed and sealed: rebuilt, then checked as any copy
        try:
            packed_backup.unpack(backup, part, driver.keys.key_for(part))
        except packed_backup.PackedBackupError as exc:
            raise DatabaseUnavailable(tr(M_COPY_BAD, problem=exc)) from exc
    else:
        source = driver.connect(backup, mode="ro")
        try:
            copy_database(source, part)
        finally:
            source.close()
    if prepare:
        prepare(part, kept)
    _single_file(part)
    _verify_copy(part)
    if verify:
        verify(part)


def _has_content(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _refuse_if_in_use(db_path: Path) -> None:
    try:
        _take_exclusive(db_path).close()
    except driver.DatabaseError:                # damaged: only the instance lock can tell
        log.warning("cannot probe a damaged database for other connections: %s", db_path.name)


def _take_exclusive(db_path: Path) -> driver.Connection:
    """A connection holding the live file alone: out of WAL (which needs every other
    connection closed) and inside ``BEGIN EXCLUSIVE``. ``DatabaseUnavailable`` when in use;
    ``driver.DatabaseError`` when the file is not a readable database."""
    conn = driver.connect(db_path, timeout=_PROBE_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(_PROBE_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            raise DatabaseUnavailable(tr(M_IN_USE))
        conn.execute("BEGIN EXCLUSIVE")
    except driver.OperationalError as exc:
        conn.close()
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseUnavailable(tr(M_IN_USE), detail=str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _kept_name(db_path: Path, now: datetime) -> Path:
    folder = backup_dir_for(db_path)
    kept = folder / f"replaced-{db_path.stem}-{now:%Y%m%d-%H%M%S}.db"
    n = 1
    while kept.exists():
        n += 1
        kept = folder / f"replaced-{db_path.stem}-{now:%Y%m%d-%H%M%S}-{n}.db"
    return kept


def _set_aside(db_path: Path, kept: Path) -> None:
    """Copy the live file (with its WAL when it is damaged) to ``kept`` in ``backups/``."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _take_exclusive(db_path)
    except driver.DatabaseError:                # damaged: keep its bytes as they are
        log.warning("restoring over a file SQLite cannot read: %s", db_path.name)
        for suffix in ("", "-wal"):
            if Path(str(db_path) + suffix).exists():
                _copy_file(Path(str(db_path) + suffix), Path(str(kept) + suffix))
        for suffix in _COMPANIONS:               # never pair the new file with the old WAL
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        return
    try:
        _copy_file(db_path, kept)                # consistent: we hold the only, exclusive lock
    finally:
        conn.close()
    if Path(str(db_path) + "-wal").exists():
        raise DatabaseUnavailable(tr(M_IN_USE))   # someone opened it in between


def _copy_file(source: Path, target: Path) -> None:
    with PendingFile(target, make_folder=True) as pending:
        shutil.copyfile(source, pending.temp_path)
        pending.commit()


def _single_file(part: Path) -> None:
    """Fold any WAL into the copy so that one rename moves all of it."""
    conn = driver.connect(part, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _verify_copy(part: Path) -> None:
    try:
        conn = driver.connect(part, mode="ro")
    except driver.DatabaseError as exc:
        raise DatabaseUnavailable(tr(M_COPY_BAD, problem=exc)) from exc
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseUnavailable(tr(M_COPY_BAD, problem="; ".join(result[:3])))
    except driver.DatabaseError as exc:
        raise DatabaseUnavailable(tr(M_COPY_BAD, problem=exc)) from exc
    finally:
        conn.close()
