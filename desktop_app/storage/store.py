"""``Store``: one open office database with its repositories and write transactions."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from desktop_app.errors import DatabaseUnavailable
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.audit import AuditRepo
from desktop_app.storage.audit_queries import AuditQueries
from desktop_app.storage.batches import BatchRepo
from desktop_app.storage.database import open_database
from desktop_app.storage.drafts import DraftRepo
from desktop_app.storage.errors import mapped_errors
from desktop_app.storage.integrity import IntegrityVerdict
from desktop_app.storage.migrations import migrations
from desktop_app.storage.office import OfficeRepo
from desktop_app.storage.purge import PurgeRepo
from desktop_app.storage.registrations import RegistrationRepo
from desktop_app.storage.report_queries import ReportRepo
from desktop_app.storage.schemes import SchemeRepo
from desktop_app.storage.slip_keys import SlipKeyRepo
from desktop_app.storage.statistics import StatsRepo
from desktop_app.storage.sync_tables import SyncRepo

log = logging.getLogger(__name__)
M_READ_ONLY = QT_TRANSLATE_NOOP("Storage", "Basis data ini dibuka hanya-baca karena berada di media yang tidak dapat "
                                           "ditulis: {path}. Data dapat dilihat, dicari dan dicadangkan ke tempat "
                                           "lain, tetapi tidak diubah. Salin berkasnya ke disk yang dapat ditulis "
                                           "(atau pulihkan cadangannya) untuk bekerja seperti biasa.")


def on_read_only_media(path: Path) -> bool:
    """True for an existing database whose file or folder cannot be written."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


class Store:
    """Repositories over one connection. Writes go through ``write()``, which waits for
    the integrity verdict (see ``storage.integrity``) and refuses a damaged file."""

    def __init__(self, db: Database, path: Path, verdict: IntegrityVerdict | None = None, *,
                 readonly: bool = False, key: bytes | None = None) -> None:
        self.db = db
        self.key = key                       # the data key (None: the one driver.keys knows)
        self.path = Path(path)
        self.verdict = verdict or IntegrityVerdict()
        self.readonly = readonly             # on read-only media: reading and copying only
        self.backup_notice: str | None = None  # the day's backup could not be written (say so once)
        self.registrations = RegistrationRepo(db)
        self.schemes = SchemeRepo(db)
        self.office = OfficeRepo(db)
        self.audit = AuditRepo(db)
        self.audit_queries = AuditQueries(db)
        self.purge = PurgeRepo(db)
        self.batches = BatchRepo(db)
        self.stats = StatsRepo(db)
        self.report = ReportRepo(db)
        self.slip_keys = SlipKeyRepo(db)
        self.drafts = DraftRepo(db)
        self.sync = SyncRepo(db)

    @classmethod
    def open(cls, path: Path, *, background_check: bool = False, key: bytes | None = None, **options) -> Store:
        """Open through ``storage.database.open_database`` (the single entry point).

        ``background_check=True`` opens without waiting for ``quick_check`` and runs
        it beside the caller instead; writes wait for its verdict. A database on
        read-only media opens read-only (``readonly``; every write is refused with a
        sentence, a backup elsewhere still works). A daily backup that could not be
        written leaves its sentence in ``backup_notice``. ``key`` is the office's data key
        (from the key file, ``storage.keyfile``); it is remembered for the files that belong
        to this database (backups, siblings, checks). Without it the key already known for
        ``path`` is used (a test run's key); there is no plaintext office database."""
        path = Path(path)
        key = driver.keys.known(path) if key is None else key
        if key is not None:
            driver.keys.remember(path, key)
        options["key"] = key
        if background_check:
            options["check"] = False
        notices: list[str] = []
        try:
            db = open_database(path, backup_failed=notices.append, **options)
            readonly = bool(options.get("readonly"))
        except DatabaseUnavailable:
            if options.get("readonly") or not on_read_only_media(path):
                raise
            log.warning("%s is on read-only media: opened read-only", path.name)
            db, readonly = open_database(path, readonly=True, check=options.get("check", True), key=key), True
        store = cls(db, path, readonly=readonly, key=key)
        store.backup_notice = notices[0] if notices else None
        if background_check:
            store.verdict.start_check(store.path)
        return store

    def sibling(self) -> Store:
        """A second connection to the same file (for a worker thread), sharing the verdict."""
        db = open_database(self.path, check=False, migrate=False, auto_backup=False, readonly=self.readonly,
                           key=self.key)
        return Store(db, self.path, self.verdict, readonly=self.readonly, key=self.key)

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """A write transaction taken up front (``BEGIN IMMEDIATE``), so two writers
        queue instead of failing halfway; nested calls become savepoints. Waits for
        the integrity verdict first: nothing is written into a damaged file."""
        conn = self.db.conn
        with mapped_errors(str(self.path)):
            if conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            if self.readonly:
                raise DatabaseUnavailable(tr(M_READ_ONLY, path=self.path))
            self.verdict.ensure_ok()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def data_key(self) -> bytes:
        """The raw SQLCipher key of this database (for the sync worker, which opens it itself)."""
        return self.key if self.key is not None else driver.keys.key_for(self.path)

    def schema_version(self) -> tuple[int, int]:
        """(applied, known) migration counts."""
        return len(migrations.applied(self.db)), len(migrations._migrations)

    def integrity(self) -> list[str]:
        """Full ``integrity_check`` plus foreign keys; ``["ok"]`` when all is well."""
        rows = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
        return rows + [f"foreign key: {r}" for r in fk] if fk else rows

    def backup_to(self, target: Path) -> Path:
        with mapped_errors(str(target)):
            return backups.copy_database(self.db.conn, Path(target), self.key)

    def close(self) -> None:
        with contextlib.suppress(driver.Error):
            self.db.execute("PRAGMA optimize")
        self.db.close()
