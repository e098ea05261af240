"""One running Lindungi per database: a lock file beside it refuses a second writer.

``QLockFile`` writes the process id into ``<database>.lock``; a lock left by a
process that died (a crash, a power cut) is recognised as stale and taken over.
The core reads the same file (``storage.instance_lock``), so a restore from the
command line refuses while a window holds the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop_app.paths import lock_path_for


class InstanceLock:
    """Held for as long as the window has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)   # never stale by age; only when its process is gone

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self._lock.tryLock(0)

    def cannot_be_written(self) -> bool:
        """True when the last ``acquire`` failed because the folder is not writable (read-only
        media), not because another process holds the lock."""
        return self._lock.error() != QLockFile.LockError.LockFailedError   # LockFailed: someone holds it

    def owner_pid(self) -> int | None:
        info = self._lock.getLockInfo()
        return info[0] if info and info[0] else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
