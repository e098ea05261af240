"""Backups and restore of the database (its health: ``services.health``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.paths import backup_dir_for
from desktop_app.services.disclosure import disclosed
from desktop_app.services.roles import require
from desktop_app.storage import backup as backups
from desktop_app.storage import conversion, driver, retention, schema
from desktop_app.storage import restore as restoring
from desktop_app.storage.errors import mapped_errors
from desktop_app.storage.store import Store

log = logging.getLogger(__name__)
M_EXISTS = QT_TRANSLATE_NOOP("Maintenance", "Berkas {path} sudah ada; pilih nama lain agar tidak tertimpa.")
M_NOT_WRITABLE = QT_TRANSLATE_NOOP("Maintenance", "Tidak dapat menulis cadangan ke {path}: {reason}")
M_SELF = QT_TRANSLATE_NOOP("Maintenance", "Pilih berkas lain: ini basis data yang sedang dipakai.")
M_FOREIGN_SCHEMA = QT_TRANSLATE_NOOP("Maintenance", "Berkas {path} tidak memuat skema Lindungi yang sah untuk "
                                                    "versinya: {items}. Berkas ini diubah di luar Lindungi; "
                                                    "pemulihan dibatalkan.")
M_BAD_BACKUP = QT_TRANSLATE_NOOP("Maintenance", "Berkas {path} bukan cadangan Lindungi yang utuh; pemulihan "
                                                "dibatalkan.")


def backup(store: Store, target: Path, *, overwrite: bool = False) -> Path:
    target = Path(target)
    if target.exists() and not overwrite:
        raise UserError(tr(M_EXISTS, path=target))
    try:
        path = store.backup_to(target)
    except OSError as exc:
        raise UserError(tr(M_NOT_WRITABLE, path=target, reason=exc.strerror or exc)) from exc
    if store.readonly:                     # read-only media: the copy is what matters; nothing to log into
        log.info("backup of a read-only database written: %s", path.name)
        return path
    with store.write():
        people = store.stats.count() + store.stats.deleted()
        store.audit.record("system", "backup", "database", "", new=disclosed("backup", people, path, file=str(path)))
    return path


def retry_daily_backup(store: Store) -> Path | None:
    """The day's backup that could not be written when the office was opened (a full or
    read-only disk), tried again later in the session — from a worker, on its own connection.
    Returns the backup written, or None when none is due any more (another start wrote it);
    raises ``UserError`` when it still cannot be written (nothing is left behind)."""
    if store.readonly or not backups.daily_backup_due(store.path):
        return None
    folder = backup_dir_for(store.path)
    try:
        with mapped_errors(str(folder)):
            return backups.automatic_backup(store.db.conn, store.path, "harian")
    except OSError as exc:
        raise UserError(tr(M_NOT_WRITABLE, path=folder, reason=exc.strerror or exc)) from exc


@dataclass
class BackupEntry:
    """One backup beside the database, for the Settings › Backups list."""

    path: Path
    kind: str              # "daily", "pre_migration", "replaced" or "other"
    taken_at: datetime
    size: int
    packed: bool = False   # compressed and sealed (``storage.packed_backup``), else a page copy


def backup_entries(db_path: Path) -> list[BackupEntry]:
    """The backups in ``backups/`` beside the database, newest first."""
    out = []
    for path in backups.list_backups(db_path):
        kind, when = backups.describe(db_path, path)
        stat = path.stat()
        out.append(BackupEntry(path, kind, when or datetime.fromtimestamp(stat.st_mtime), stat.st_size,
                               backups.is_packed(path)))
    return out


def restore(source: Path, db_path: Path, operator: str = "system") -> Path | None:
    """Replace ``db_path`` by ``source``; refused while anything holds ``db_path`` open.

    The copy is built, migrated and given its audit row ("who restored what") beside
    the live file, verified, and swapped in with one rename (``storage.restore``); the
    replaced file is kept in ``backups/`` (its path is returned)."""
    source, db_path = Path(source), Path(db_path)
    if restoring.same_file(source, db_path):
        raise UserError(tr(restoring.M_SELF, source=source))
    if driver.is_plaintext(source):             # a backup from before encryption at rest
        source = conversion.encrypted_copy(source, db_path)
    if backups.is_packed(source):                # its schema is checked on the rebuilt copy (``verify``)
        if not backups.is_intact(source):
            raise UserError(tr(M_BAD_BACKUP, path=source))
    else:
        foreign = schema.differences_of(source)
        if foreign:
            raise UserError(tr(M_FOREIGN_SCHEMA, path=source, items="; ".join(foreign[:8])))
        if not backups.is_intact(source):
            raise UserError(tr(M_BAD_BACKUP, path=source))

    def prepare(part: Path, kept: Path | None) -> None:
        store = Store.open(part, auto_backup=False)
        try:
            with store.write():
                store.audit.record(operator, "restore", "database", "",
                                   new={"from": str(source), "replaced_file_kept_as": str(kept) if kept else None})
        finally:
            store.close()

    def verify(part: Path) -> None:
        differs = schema.differences_of(part)
        if differs:
            raise UserError(tr(M_FOREIGN_SCHEMA, path=part, items="; ".join(differs[:8])))

    return restoring.restore_into(source, db_path, prepare=prepare, verify=verify)


class MaintenanceService:
    """The Backups tab's door: this office's backups, a backup on demand, is a file a good backup."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx

    @property
    def folder(self) -> Path:
        return backup_dir_for(self.ctx.db_path)

    def entries(self) -> list[BackupEntry]:
        return backup_entries(self.ctx.db_path)

    def daily_backup_failed(self) -> bool:
        """The day's backup could not be written at open and may still be written later
        (not on read-only media): the window then retries it (``ui.backup_retry``)."""
        return bool(self.ctx.store.backup_notice) and not self.ctx.store.readonly

    def retry_daily_backup(self) -> Path | None:
        """``retry_daily_backup`` for this office (from a worker: its own connection)."""
        return retry_daily_backup(self.ctx.store)

    def backup_to(self, target: Path, *, overwrite: bool = True) -> Path:
        """A copy of the open database at ``target`` (never onto the database itself)."""
        require(self.ctx, "backup.manage")
        if Path(target).resolve() == self.ctx.db_path.resolve():
            raise UserError(tr(M_SELF))
        return backup(self.ctx.store, Path(target), overwrite=overwrite)

    def approve_restore(self) -> None:
        """Raise ``NotAllowed`` unless the signed-in operator may replace the database by a backup
        (the restore itself runs with the database closed, ``restore``)."""
        require(self.ctx, "restore.database")

    def space_used(self) -> tuple[int, int, int]:
        """(automatic backups kept, their bytes, the size budget they are kept within)."""
        autos = backups.automatic_backups(self.ctx.db_path)
        return len(autos), sum(c.size for c in autos), retention.BUDGET_BYTES

    def packed_count(self) -> int:
        """How many of the kept automatic backups are packed (compressed and sealed)."""
        return sum(1 for c in backups.automatic_backups(self.ctx.db_path) if backups.is_packed(c.path))

    def thinning_due(self) -> bool:
        """Some kept automatic backup other than the newest is still a page copy."""
        return bool(backups.to_pack(self.ctx.db_path))

    def thin_backups(self, cancel=None) -> list[Path]:
        """Pack every kept automatic backup but the newest (``storage.backup.thin``): from a worker
        thread, never the desk's (≈ 1 minute per backup at 1,000,000 people); ``cancel()`` stops it
        between batches (``storage.backup.Cancelled``), leaving the page copy as it was."""
        return backups.thin(self.ctx.db_path, cancel=cancel)

    @staticmethod
    def is_good_backup(path: Path) -> bool:
        return backups.is_intact(Path(path))
