"""``Store``: one open office database with its repositories and write transactions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from desktop_app.storage import backup as backups
from desktop_app.storage.audit import AuditRepo
from desktop_app.storage.batches import BatchRepo
from desktop_app.storage.database import open_database
from desktop_app.storage.errors import mapped_errors
from desktop_app.storage.integrity import IntegrityVerdict
from desktop_app.storage.migrations import migrations
from desktop_app.storage.office import OfficeRepo
from desktop_app.storage.registrations import RegistrationRepo
from desktop_app.storage.report_queries import ReportRepo
from desktop_app.storage.schemes import SchemeRepo
from desktop_app.storage.statistics import StatsRepo


class Store:
    """Repositories over one connection. Writes go through ``write()``, which waits for
    the integrity verdict (see ``storage.integrity``) and refuses a damaged file."""

    def __init__(self, db: Database, path: Path, verdict: IntegrityVerdict | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.verdict = verdict or IntegrityVerdict()
        self.registrations = RegistrationRepo(db)
        self.schemes = SchemeRepo(db)
        self.office = OfficeRepo(db)
        self.audit = AuditRepo(db)
        self.batches = BatchRepo(db)
        self.stats = StatsRepo(db)
        self.report = ReportRepo(db)

    @classmethod
    def open(cls, path: Path, *, background_check: bool = False, **options) -> Store:
        """Open through ``storage.database.open_database`` (the single entry point).

        ``background_check=True`` opens without waiting for ``quick_check`` and runs
        it beside the caller instead; writes wait for its verdict."""
        if background_check:
            options["check"] = False
        store = cls(open_database(Path(path), **options), Path(path))
        if background_check:
            store.verdict.start_check(store.path)
        return store

    def sibling(self) -> Store:
        """A second connection to the same file (for a worker thread), sharing the verdict."""
        return Store(open_database(self.path, check=False, migrate=False, auto_backup=False), self.path,
                     self.verdict)

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
            self.verdict.ensure_ok()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

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
            return backups.copy_database(self.db.conn, Path(target))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA optimize")
        self.db.close()
