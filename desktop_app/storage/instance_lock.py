"""The instance lock beside a database, read and taken without Qt.

The window holds ``<database>.lock`` through ``QLockFile`` (``ui.instance``) for
as long as it has the database open. Its first three lines are the process id,
the program name and the host name. The core reads the same file, so that a
restore from the command line refuses while a window uses the database, and
writes one in the same format while it restores, so that no window opens the
database halfway through.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

from desktop_app.paths import lock_path_for
from desktop_app.scratch import alive as _alive


def holder(db_path: Path) -> int | None:
    """The process id of ANOTHER running Lindungi holding ``db_path``, else None.

    A lock left by a process that is gone is not held. A lock taken on another
    computer (a database on a shared folder) cannot be checked and counts as held
    (its id is returned)."""
    try:
        lines = lock_path_for(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except (FileNotFoundError, IsADirectoryError):
        return None
    except OSError:
        return -1
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None                      # half-written by a process that died: stale
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid
    if pid == os.getpid() or not _alive(pid):
        return None
    return pid


def _program_name() -> str:
    return Path(os.path.realpath(sys.executable)).name


@contextlib.contextmanager
def held(db_path: Path) -> Iterator[None]:
    """Hold the instance lock for the ``with`` block (``LockHeld`` when another process has it).

    When this process already holds it (the window restoring at start) nothing
    is written; a stale lock is replaced."""
    path = lock_path_for(db_path)
    other = holder(db_path)
    if other is not None:
        raise LockHeld(other)
    ours = False
    if not _owned_by_us(path):
        path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise LockHeld(holder(db_path) or -1) from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n{uuid.uuid4().hex}\n")
        ours = True
    try:
        yield
    finally:
        if ours:
            path.unlink(missing_ok=True)


def _owned_by_us(path: Path) -> bool:
    try:
        return path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0] == str(os.getpid())
    except OSError:
        return False


class LockHeld(Exception):
    """Another process holds the instance lock; ``pid`` is its id (-1 when unknown)."""

    def __init__(self, pid: int) -> None:
        super().__init__(f"instance lock held by {pid}")
        self.pid = pid
