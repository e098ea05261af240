"""The app's own scratch space, and the sweep that removes what a crash left behind.

Library scratch files (openpyxl's write-only sheets hold every cell, full NIKs
included, in temporary XML) must not pile up in the system temp folder after a
``kill -9`` or a power cut. ``use_private_tempdir()`` points ``tempfile`` at
``<user data>/tmp/<process>/``, one folder per running process. Temporary files
written beside their target (``files.PendingFile``) are listed in that folder's
``pending/`` while they exist.

``sweep()`` runs at every start (window and command line): for every process
folder whose process is gone it deletes the listed temporary files (with their
SQLite ``-wal``/``-shm``/``-journal`` companions) and the folder itself, and logs
one line. Folders of running processes are left alone.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from desktop_app.paths import user_data_dir

log = logging.getLogger(__name__)
_COMPANIONS = ("", "-wal", "-shm", "-journal")
_state: dict[str, object] = {}


def root() -> Path:
    return user_data_dir() / "tmp"


def alive(pid: int) -> bool:
    """True when a process with this id is running on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_dir() -> Path | None:
    """This process's scratch folder (made on first use), or None when it cannot be made."""
    folder = _state.get("dir")
    if isinstance(folder, Path) and _state.get("pid") == os.getpid() and folder.parent == root() \
            and folder.is_dir():
        return folder
    folder = root() / f"{os.getpid()}-{secrets.token_hex(3)}"
    try:
        (folder / "pending").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    _state.update(dir=folder, pid=os.getpid())
    return folder


def use_private_tempdir() -> Path | None:
    """Send ``tempfile`` (and so openpyxl) to this process's scratch folder."""
    folder = process_dir()
    if folder is not None:
        tempfile.tempdir = str(folder)
        if not _state.get("atexit"):
            atexit.register(_remove_own_folder)   # a clean exit leaves nothing to sweep
            _state["atexit"] = True
    return folder


def _remove_own_folder() -> None:
    folder = _state.get("dir")
    if isinstance(folder, Path) and _state.get("pid") == os.getpid():
        pending = folder / "pending"
        if not pending.is_dir() or not any(pending.iterdir()):
            shutil.rmtree(folder, ignore_errors=True)


def _entry(path: Path) -> Path | None:
    folder = process_dir()
    if folder is None:
        return None
    return folder / "pending" / hashlib.sha1(str(Path(path).absolute()).encode()).hexdigest()


def remember(path: Path) -> None:
    """Note a temporary file written outside the scratch folder, for the sweep after a crash."""
    entry = _entry(path)
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.write_text(str(Path(path).absolute()), encoding="utf-8")


def forget(path: Path) -> None:
    entry = _entry(path)
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink(missing_ok=True)


def _owner(folder: Path) -> int:
    try:
        return int(folder.name.split("-", 1)[0])
    except ValueError:
        return -1


def sweep() -> int:
    """Remove what processes that are gone left behind; the number of files removed."""
    from desktop_app.files import is_temporary

    base = root()
    if not base.is_dir():
        return 0
    removed = 0
    for folder in base.iterdir():
        if not folder.is_dir() or folder == _state.get("dir") or alive(_owner(folder)):
            continue
        for entry in (folder / "pending").glob("*") if (folder / "pending").is_dir() else ():
            with contextlib.suppress(OSError):
                listed = Path(entry.read_text(encoding="utf-8").strip())
                if is_temporary(listed):
                    for suffix in _COMPANIONS:
                        target = Path(str(listed) + suffix)
                        if target.exists():
                            target.unlink()
                            removed += 1
        removed += sum(1 for p in folder.rglob("*") if p.is_file() and p.parent.name != "pending")
        shutil.rmtree(folder, ignore_errors=True)
    if removed:
        log.warning("removed %s temporary file(s) left behind by an earlier run that did not finish", removed)
    return removed
