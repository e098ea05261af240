"""The integrity verdict of one open database, which every write waits for.

At start the window opens the database without checking it first (on 100,000
people ``PRAGMA quick_check`` takes ~0.2 s, on 1,000,000 ~1.7 s) and runs the
check on its own read-only connection beside the first paint. ``Store.write()``
— the one door every write passes — waits for the verdict and refuses with
``DamagedDatabase`` when the file failed, so no screen, command or worker can
write into a damaged file whatever path it took. Second connections made with
``Store.sibling()`` share the same verdict.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import DamagedDatabase
from desktop_app.storage import driver

log = logging.getLogger(__name__)


class IntegrityVerdict:
    """``ok`` until a check says otherwise; ``start_check`` runs one in a thread."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._done.set()
        self._damaged: DamagedDatabase | None = None
        self._listeners: list[Callable[[DamagedDatabase | None], None]] = []
        self._lock = threading.Lock()

    @property
    def pending(self) -> bool:
        return not self._done.is_set()

    @property
    def damaged(self) -> DamagedDatabase | None:
        return self._damaged

    def on_done(self, listener: Callable[[DamagedDatabase | None], None]) -> None:
        """Call ``listener(damaged_or_None)`` when the check ends (from its thread), or
        at once when no check is running."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self._damaged)

    def start_check(self, db_path: Path) -> None:
        """Run ``quick_check`` on its own read-only connection, in a daemon thread."""
        self._done.clear()
        threading.Thread(target=self._run, args=(Path(db_path),), name="quick-check", daemon=True).start()

    def _run(self, db_path: Path) -> None:
        from desktop_app.storage import backup as backups
        from desktop_app.storage import schema
        from desktop_app.storage.database import damaged_error

        try:
            intact = backups.is_intact(db_path)
            self._damaged = None if intact else damaged_error(db_path, schema.differences_of(db_path))
        except Exception:  # noqa: BLE001 - a check that cannot run must not pass silently
            log.exception("integrity check failed to run")
            self._damaged = damaged_error(db_path)
        if self._damaged is not None:
            log.error("database failed its integrity check: %s", db_path.name)
        with self._lock:
            self._done.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(self._damaged)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the running check ended; False on timeout."""
        return self._done.wait(timeout)

    def ensure_ok(self) -> None:
        """Wait for the verdict; raise ``DamagedDatabase`` when the file failed."""
        self._done.wait()
        if self._damaged is not None:
            raise self._damaged


class FullCheck:
    """The deep check: ``PRAGMA integrity_check`` (every page, index and constraint, unlike
    ``quick_check``), foreign keys and Lindungi's schema, on its own read-only connection.
    ``interrupt()`` (from any thread) stops it at once, e.g. when the window closes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._conn = None
        self._stopped = False

    def run(self) -> list[str] | None:
        """``["ok"]``, the findings, or None when interrupted."""
        from desktop_app.storage import backup as backups
        from desktop_app.storage import schema

        try:
            self._conn = backups.read_only_connection(self.db_path)
            if self._stopped:
                return None
            rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
            rows += [f"foreign key: {tuple(r)}" for r in self._conn.execute("PRAGMA foreign_key_check")]
            rows += [f"schema: {d}" for d in schema.differences(self._conn)]
        except driver.OperationalError as exc:
            if self._stopped or "interrupt" in str(exc).lower():
                return None
            return [f"cannot be read: {exc}"]
        except driver.DatabaseError as exc:
            return [f"cannot be read: {exc}"]
        finally:
            if self._conn is not None:
                self._conn.close()
        return [r for r in rows if r != "ok"] or ["ok"]

    def interrupt(self) -> None:
        self._stopped = True
        if self._conn is not None:
            try:
                self._conn.interrupt()
            except Exception:  # noqa: BLE001 - already closed: nothing to stop
                pass
