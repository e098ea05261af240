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
from desktop_app.storage.migrations import migrations
from desktop_app.storage.office import OfficeRepo
from desktop_app.storage.registrations import RegistrationRepo
from desktop_app.storage.schemes import SchemeRepo
from desktop_app.storage.statistics import StatsRepo


class Store:
    """Repositories over one connection. Writes go through ``write()``."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = Path(path)
        self.registrations = RegistrationRepo(db)
        self.schemes = SchemeRepo(db)
        self.office = OfficeRepo(db)
        self.audit = AuditRepo(db)
        self.batches = BatchRepo(db)
        self.stats = StatsRepo(db)

    @classmethod
    def open(cls, path: Path, **options) -> Store:
        """Open through ``storage.database.open_database`` (the single entry point)."""
        return cls(open_database(Path(path), **options), Path(path))

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """A write transaction taken up front (``BEGIN IMMEDIATE``), so two writers
        queue instead of failing halfway; nested calls become savepoints."""
        conn = self.db.conn
        with mapped_errors(str(self.path)):
            if conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
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

    def connection(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA optimize")
        self.db.close()
