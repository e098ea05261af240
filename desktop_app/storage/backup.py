"""Backups through SQLite's online backup API (consistent even while in use).

Backups sit in ``backups/`` beside the database: one a day automatically, one
before every migration, and any the user asks for. The newest 10 automatic
ones are kept.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.files import PendingFile
from desktop_app.paths import backup_dir_for

log = logging.getLogger(__name__)
KEEP = 10
DAILY = timedelta(days=1)
_AUTO_PREFIX = "auto-"


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of an open database to ``target`` (atomically)."""
    with PendingFile(target, make_folder=True) as pending:
        dest = sqlite3.connect(pending.temp_path)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        return pending.commit()


def is_intact(path: Path) -> bool:
    """True when ``path`` is a Lindungi database that passes ``PRAGMA quick_check``."""
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            return conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'lindungi'"
                                ).fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _name_pattern(db_path: Path) -> re.Pattern:
    """``auto-<stem>-YYYYMMDD-HHMMSS-<reason>.db`` or ``replaced-<stem>-YYYYMMDD-HHMMSS.db``,
    for this database's stem exactly (``lindungi`` must not match ``lindungi-demo``)."""
    return re.compile(rf"(auto|replaced)-{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(.+))?\.db")


def list_backups(db_path: Path) -> list[Path]:
    """Every backup of this database, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = [p for p in folder.glob("*.db") if pattern.fullmatch(p.name)]
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


def latest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if is_intact(candidate):
            return candidate
    return None


def automatic_backup(conn: sqlite3.Connection, db_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Make a backup named after ``reason`` and prune old automatic ones."""
    now = now or datetime.now()
    name = f"{_AUTO_PREFIX}{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
    target = copy_database(conn, backup_dir_for(db_path) / name)
    prune(db_path)
    log.info("backup written: %s", target.name)
    return target


def daily_backup_due(db_path: Path, *, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    autos = [p for p in list_backups(db_path) if p.name.startswith(_AUTO_PREFIX)]
    return not autos or now - datetime.fromtimestamp(autos[0].stat().st_mtime) >= DAILY


def prune(db_path: Path, keep: int = KEEP) -> None:
    autos = [p for p in list_backups(db_path) if p.name.startswith(_AUTO_PREFIX)]
    for old in autos[keep:]:
        old.unlink(missing_ok=True)


def restore_into(backup: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database at ``db_path`` with a copy of ``backup``.

    The caller must hold no connection to ``db_path``. The current file (with
    its -wal/-shm companions) is moved aside into ``backups/``, never deleted;
    its new name is returned.
    """
    now = now or datetime.now()
    kept = None
    if db_path.exists():
        kept = backup_dir_for(db_path) / f"replaced-{db_path.stem}-{now:%Y%m%d-%H%M%S}.db"
        kept.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(db_path) + suffix)
            if part.exists():
                part.replace(Path(str(kept) + suffix))
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        copy_database(source, db_path)
    finally:
        source.close()
    return kept
