"""One running Lindungi per database: a lock file beside it refuses a second writer.

``QLockFile`` writes the process id into ``<database>.lock``; a lock left by a
process that died (a crash, a power cut) is recognised as stale and taken over.
The core reads the same file (``storage.instance_lock``), so a restore from the
command line refuses while a window holds the database.
The open window also listens on a local socket named after its database
(``WindowBeacon``): a second start on the same database calls it forward
(``call_open_window``) instead of leaving the clerk to hunt for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

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


def beacon_name(db_path: Path) -> str:
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"lindungi-{digest}"


class WindowBeacon(QObject):
    """Owned by the main window: a call from a second start brings the window forward."""

    def __init__(self, db_path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        name = beacon_name(db_path)
        QLocalServer.removeServer(name)          # a name left by a crashed run
        self.server.listen(name)
        self.server.newConnection.connect(self._called)

    def _called(self) -> None:
        while self.server.hasPendingConnections():
            self.server.nextPendingConnection().disconnectFromServer()
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()


def call_open_window(db_path: Path, timeout_ms: int = 700) -> bool:
    """Ask the window that holds ``db_path`` to come forward; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(beacon_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"raise")
    socket.flush()
    socket.disconnectFromServer()
    return True
