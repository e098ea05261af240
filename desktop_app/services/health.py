"""Health of the database: what is wrong, what to do about it, and the weekly deep check.

``health`` gathers the findings (full ``integrity_check``, foreign keys, Lindungi's
schema, schema version, backups); ``advice`` turns them into what the officer does
next — rebuild the indexes when only indexes are damaged (``repair_indexes``), restore
the latest good backup (named) when data is damaged or the file was changed outside
Lindungi, ask the admin when there is no good backup. ``FullCheckService`` runs the
deep check in the background once a week (the window starts it) and keeps its result
in the database, where Settings › Cadangan shows it.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import backup as backups
from desktop_app.storage import schema
from desktop_app.storage.integrity import FullCheck
from desktop_app.storage.store import Store

log = logging.getLogger(__name__)
FULL_CHECK_EVERY = timedelta(days=7)
FULL_CHECK_KEY = "integrity.full_check"
_INDEX_ONLY = re.compile(r"\bindex\b", re.IGNORECASE)

A_INDEX = QT_TRANSLATE_NOOP("Health", "Hanya indeks yang rusak; datanya sendiri utuh. Bangun ulang indeks: "
                                      "\"lindungi check --db {path} --repair\".")
A_RESTORE = QT_TRANSLATE_NOOP("Health", "Data di berkas ini rusak. Pulihkan cadangan terakhir yang baik ({when}): "
                                        "\"lindungi restore --db {path} --from {backup}\" (atau Pengaturan › "
                                        "Cadangan). Berkas sekarang disimpan di backups/; data yang dimasukkan "
                                        "sesudah cadangan itu perlu dimasukkan lagi.")
A_FOREIGN = QT_TRANSLATE_NOOP("Health", "Berkas ini diubah di luar Lindungi (skema asing); jangan dipakai bekerja. "
                                        "Pulihkan cadangan terakhir yang baik ({when}): \"lindungi restore --db "
                                        "{path} --from {backup}\".")
A_NO_BACKUP = QT_TRANSLATE_NOOP("Health", "Tidak ada cadangan yang baik. Jangan hapus atau timpa berkas ini: salin "
                                          "ke flashdisk dan hubungi admin/Dinas.")
A_UPGRADE = QT_TRANSLATE_NOOP("Health", "Skema belum diperbarui: buka Lindungi sekali (cadangan dibuat dulu, lalu "
                                        "skema diperbarui).")


@dataclass
class Health:
    integrity: list[str]
    applied: int
    known: int
    registrations: int
    backups: list[Path]
    schema: list[str] = field(default_factory=list)   # what differs from Lindungi's schema

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.applied == self.known and not self.schema

    @property
    def only_indexes(self) -> bool:
        """Damage confined to indexes (rebuilt from the tables by ``REINDEX``)."""
        return self.integrity != ["ok"] and all(_INDEX_ONLY.search(r) for r in self.integrity)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "integrity": self.integrity, "schema_version": self.applied,
                "schema_latest": self.known, "schema_differences": self.schema,
                "registrations": self.registrations, "backups": [str(p) for p in self.backups]}


def health(store: Store) -> Health:
    applied, known = store.schema_version()
    count = 0
    if applied:
        count = store.db.execute("SELECT count(*) FROM registrations").fetchone()[0]
    return Health(store.integrity(), applied, known, count, backups.list_backups(store.path),
                  schema.differences(store.db.conn))


def advice(result: Health, db_path: Path) -> list[str]:
    """What to do, one sentence per finding (empty when all is well)."""
    out = []
    damaged = result.integrity != ["ok"]
    if damaged and result.only_indexes:
        out.append(tr(A_INDEX, path=db_path))
    elif damaged or result.schema:
        good = backups.latest_good_backup(db_path)
        if good is None:
            out.append(tr(A_NO_BACKUP))
        else:
            when = datetime.fromtimestamp(good.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
            out.append(tr(A_FOREIGN if result.schema and not damaged else A_RESTORE, path=db_path, backup=good,
                          when=when))
    if result.applied < result.known:
        out.append(tr(A_UPGRADE))
    return out


def repair_indexes(store: Store) -> Health:
    """Rebuild every index from its table (``REINDEX``), one transaction; the health after."""
    with store.write():
        store.db.execute("REINDEX")
    log.info("indexes rebuilt in %s", store.path.name)
    return health(store)


@dataclass
class FullCheckResult:
    """The last deep check, as kept in the database's settings."""

    at: datetime
    findings: list[str]
    seconds: float

    @property
    def ok(self) -> bool:
        return self.findings == ["ok"]

    def as_setting(self) -> dict:
        return {"at": self.at.isoformat(timespec="seconds"), "findings": self.findings[:20],
                "seconds": round(self.seconds, 1)}


class FullCheckService:
    """Runs the deep check when a week has passed since the last one, and remembers the result."""

    def __init__(self, ctx, *, now=datetime.now) -> None:
        self.ctx = ctx
        self.now = now
        self._check = FullCheck(ctx.db_path)

    def last(self) -> FullCheckResult | None:
        value = self.ctx.store.office.setting(FULL_CHECK_KEY)
        if not value:
            return None
        return FullCheckResult(datetime.fromisoformat(value["at"]), list(value["findings"]), value["seconds"])

    def due(self) -> bool:
        last = self.last()
        return not self.ctx.store.readonly and (last is None or self.now() - last.at >= FULL_CHECK_EVERY)

    def run(self) -> FullCheckResult | None:
        """Check (on its own connection) and record the result; None when interrupted.
        Safe to call from a worker thread: the result is written through a second connection."""
        started = time.perf_counter()
        findings = self._check.run()
        if findings is None:
            return None
        result = FullCheckResult(self.now(), findings, time.perf_counter() - started)
        (log.info if result.ok else log.error)("full integrity check of %s: %s in %.1f s",
                                               self.ctx.db_path.name, findings[:5], result.seconds)
        writer = self.ctx.store.sibling()
        try:
            with writer.write():
                writer.office.set_setting(FULL_CHECK_KEY, result.as_setting())
        finally:
            writer.close()
        return result

    def cancel(self) -> None:
        self._check.interrupt()
