"""Backups through SQLite's online backup API (consistent even while in use).

Backups sit in ``backups/`` beside the database: one a day automatically, one
before every migration, and any the user asks for. Automatic ones are thinned
with age within a count and a size budget (``storage.retention``), and every kept
automatic backup but the newest is then *packed* (``thin``): the page copy
(``.db``, restored by copying) becomes a compressed, sealed logical backup
(``.lbk``, ``storage.packed_backup``) of about a fifth of its size. Restore,
the recovery screen and ``is_intact`` accept both.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.files import PendingFile
from desktop_app.paths import backup_dir_for
from desktop_app.storage import driver, packed_backup, retention
from desktop_app.storage.errors import Trouble, trouble_of

log = logging.getLogger(__name__)
KEEP = retention.KEEP
DAILY = timedelta(days=1)
_AUTO_PREFIX = "auto-"


def copy_database(source: driver.Connection, target: Path, key: bytes | None = None) -> Path:
    """Write a consistent copy of an open database to ``target`` (atomically), encrypted
    with the same data key (``key``, or the one known for ``target``): SQLCipher's backup
    refuses an unkeyed destination, so a plaintext backup cannot happen by accident."""
    with PendingFile(target, make_folder=True) as pending:
        dest = driver.connect(pending.temp_path, key=key)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        return pending.commit()


def read_only_connection(path: Path, *, timeout: float = 5.0, key: bytes | None = None,
                         cache: bool = False) -> driver.Connection:
    """A read-only (keyed) connection; on read-only media (where SQLite cannot even make its
    lock files) the file is opened as unchanging (``immutable=1``) instead."""
    try:
        return driver.connect(path, key=key, mode="ro", timeout=timeout, cache=cache)
    except driver.Error as exc:
        if trouble_of(exc) not in (Trouble.CANNOT_OPEN, Trouble.READONLY):
            raise
    log.info("opening %s as unchanging (read-only media)", Path(path).name)
    return driver.connect(path, key=key, mode="immutable", timeout=timeout, cache=cache)


def is_intact(path: Path) -> bool:
    """True when ``path`` is a Lindungi database that passes ``PRAGMA quick_check`` and
    holds exactly Lindungi's schema for its version (``storage.schema``)."""
    from desktop_app.storage import schema

    if not path.is_file():
        return False
    if packed_backup.is_packed(path):
        return _packed_is_whole(path)
    try:
        conn = read_only_connection(path, cache=True)     # SQLCipher page reads that miss the cache are slow
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            if not schema.applied_names(conn):
                return False
            return not schema.differences(conn)
        finally:
            conn.close()
    except (driver.Error, driver.MissingKey):
        return False


def _packed_is_whole(path: Path) -> bool:
    """A packed backup every frame of which opens with this office's key and is all there."""
    try:
        packed_backup.verify(path, driver.keys.key_for(path))
    except (packed_backup.PackedBackupError, driver.MissingKey, OSError, ValueError, EOFError):
        return False
    return True


def _name_pattern(db_path: Path) -> re.Pattern:
    """``auto-<stem>-YYYYMMDD-HHMMSS-<reason>.db`` (or ``.lbk`` once packed) or
    ``replaced-<stem>-YYYYMMDD-HHMMSS.db``, for this database's stem exactly (``lindungi`` must
    not match ``lindungi-demo``)."""
    return re.compile(rf"(auto|replaced)-{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(.+?))?\.(?:db|lbk)")


def list_backups(db_path: Path) -> list[Path]:
    """Every backup of this database, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = [p for p in folder.iterdir() if p.suffix in (".db", packed_backup.SUFFIX) and pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def describe(db_path: Path, backup: Path) -> tuple[str, datetime | None]:
    """(kind, when) of one backup: kind is "daily", "pre_migration", "replaced" or "other"."""
    match = _name_pattern(db_path).fullmatch(backup.name)
    if not match:
        return "other", None
    when = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
    if match.group(1) == "replaced":
        return "replaced", when
    reason = match.group(3) or ""
    return ("pre_migration" if reason.startswith("pre-") else "daily"), when


def reads_cleanly(path: Path) -> bool:
    """True when every row of every table can be read back (text decodes, records parse): the
    damage a check of the file's structure cannot see, e.g. a changed byte inside a name."""
    if packed_backup.is_packed(path):
        return _packed_is_whole(path)          # every row was authenticated and decoded
    try:
        conn = read_only_connection(path)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
            for name in tables:
                for _ in conn.execute(f'SELECT * FROM "{name}"'):
                    pass
        finally:
            conn.close()
    except (driver.Error, driver.MissingKey, UnicodeDecodeError):
        return False
    return True


def latest_good_backup(db_path: Path, *, deep: bool = False) -> Path | None:
    """The newest backup that passes ``is_intact`` (and, with ``deep``, reads back cleanly)."""
    for candidate in list_backups(db_path):
        if is_intact(candidate) and (not deep or reads_cleanly(candidate)):
            return candidate
    return None


def automatic_backup(conn: driver.Connection, db_path: Path, reason: str, *, now: datetime | None = None,
                     key: bytes | None = None) -> Path:
    """Make a backup named after ``reason`` and prune old automatic ones."""
    now = now or datetime.now()
    name = f"{_AUTO_PREFIX}{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
    target = copy_database(conn, backup_dir_for(db_path) / name, key)
    prune(db_path)
    log.info("backup written: %s", target.name)
    return target


def daily_backup_due(db_path: Path, *, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    autos = [p for p in list_backups(db_path) if p.name.startswith(_AUTO_PREFIX)]
    return not autos or now - datetime.fromtimestamp(autos[0].stat().st_mtime) >= DAILY


def automatic_backups(db_path: Path) -> list[retention.Candidate]:
    """The automatic backups of this database with when they were taken and their size."""
    out = []
    for path in list_backups(db_path):
        if path.name.startswith(_AUTO_PREFIX):
            when = describe(db_path, path)[1] or datetime.fromtimestamp(path.stat().st_mtime)
            out.append(retention.Candidate(path, when, path.stat().st_size))
    return out


def prune(db_path: Path, keep: int = KEEP) -> None:
    """Delete the automatic backups ``storage.retention`` does not keep."""
    autos = automatic_backups(db_path)
    keeping = {c.path for c in retention.kept(autos, keep=keep)}
    for old in autos:
        if old.path not in keeping:
            old.path.unlink(missing_ok=True)
            log.info("old backup removed: %s", old.path.name)


def is_packed(path: Path) -> bool:
    return packed_backup.is_packed(path)


def to_pack(db_path: Path) -> list[Path]:
    """The kept automatic backups still page copies, except the newest backup (which stays one:
    restored by copying, the one an office most likely needs)."""
    autos = retention.kept(automatic_backups(db_path))      # newest first; what pruning would drop is not packed
    return [c.path for c in autos[1:]
            if c.path.suffix == ".db" and not is_packed(c.path) and not driver.is_plaintext(c.path)]


class Cancelled(Exception):
    """Packing stopped from outside (the window closing); the page copy is left as it was."""


def pack_one(backup: Path, *, cancel=None) -> Path:
    """Replace the page-copy backup ``backup`` by its packed form (same name, ``.lbk``): packed,
    read back whole, then the page copy deleted. A crash leaves the page copy, or both (the next
    ``thin`` removes the page copy once the packed file reads back)."""
    target = backup.with_suffix(packed_backup.SUFFIX)
    key = driver.keys.key_for(backup)
    if not (target.exists() and _packed_is_whole(target)):
        source = read_only_connection(backup, cache=True)
        try:
            _, counts = packed_backup.pack(source, target, key, cancel=cancel)
        except packed_backup.Stopped:
            raise Cancelled() from None
        finally:
            source.close()
        if packed_backup.verify(target, key) != counts:
            target.unlink(missing_ok=True)
            raise packed_backup.PackedBackupError(f"{target.name}: does not read back as written")
    stat = backup.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))   # keeps its place in "newest first"
    size = stat.st_size
    backup.unlink()
    log.info("backup packed: %s -> %s (%d -> %d bytes)", backup.name, target.name, size, target.stat().st_size)
    return target


def _finish_interrupted(db_path: Path) -> None:
    """A packing that stopped between writing the packed file and deleting the page copy: keep
    the packed file when it reads back whole (and drop the page copy), else drop the packed file."""
    for candidate in automatic_backups(db_path):
        packed = candidate.path.with_suffix(packed_backup.SUFFIX)
        if candidate.path.suffix != ".db" or not packed.exists():
            continue
        if _packed_is_whole(packed):
            stat = candidate.path.stat()
            os.utime(packed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            candidate.path.unlink()
            log.info("backup packed earlier, page copy removed now: %s", packed.name)
        else:
            packed.unlink()
            log.warning("unfinished packed backup removed: %s", packed.name)


def thin(db_path: Path, *, cancel=None) -> list[Path]:
    """Pack every kept automatic backup but the newest (``to_pack``); return the packed files."""
    _finish_interrupted(db_path)
    prune(db_path)                       # never pack what retention drops anyway
    out = []
    for backup in to_pack(db_path):
        out.append(pack_one(backup, cancel=cancel))
    prune(db_path)
    return out
