"""Writing files so that nothing half-written is ever left behind: the one helper every file
the app writes goes through (PDFs, the batch export, the import report, drafts, backups).

A ``PendingFile`` is a temporary file beside its target (same folder, so the final rename
stays on one volume), named ``.<stem>.<random>.lindungi-tmp<suffix>``: the suffix is kept
for readers that go by the extension (the export's self-check), and the ``.lindungi-tmp``
mark lets a later sweep recognise leftovers of a crash (``is_temporary``, ``leftovers``;
each temporary file is listed in the process's scratch folder while it exists, so
``scratch.sweep()`` at the next start removes it wherever it was written).
The writer fills ``temp_path``; ``commit()`` flushes it to disk (fsync), renames it onto
the target (``os.replace``) and syncs the folder. Leaving the ``with`` block without a
commit removes the temporary file. An ``OSError`` inside the block or in ``commit()``
becomes the one ``UserError`` for a file that cannot be written (``cannot_write``).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from desktop_app import scratch
from desktop_app.errors import UserError
from desktop_app.oserrors import file_error

TEMP_MARK = ".lindungi-tmp"


def cannot_write(path: Path, exc: OSError) -> UserError:
    """The message for a file that could not be written (read-only folder, no permission,
    disk full, name too long, the target held open by another program, the folder gone):
    one sentence per kind, from ``oserrors``."""
    return file_error(path, exc, writing=True)


def sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes, as lower-case hex."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def is_temporary(path: Path) -> bool:
    """True for a temporary file of ours (what a crash may leave behind)."""
    name = Path(path).name
    return name.startswith(".") and TEMP_MARK in name


def leftovers(target: Path) -> list[Path]:
    """Temporary files of ours for ``target`` still lying in its folder."""
    target = Path(target)
    if not target.parent.is_dir():
        return []
    return sorted(p for p in target.parent.glob(f".{target.stem}.*{TEMP_MARK}*") if is_temporary(p))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # the file is in place; a folder that cannot be synced is no error
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class PendingFile:
    """A temporary file that becomes ``target`` on ``commit()`` and vanishes otherwise."""

    def __init__(self, target: Path, *, make_folder: bool = False) -> None:
        self.target = Path(target)
        self.committed = False
        if make_folder:
            try:
                self.target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise cannot_write(self.target, exc) from exc
        if not self.target.parent.is_dir():
            gone = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(self.target.parent))
            raise file_error(self.target, gone)
        # open(..., "x") rather than mkstemp, so the file gets the usual permissions (umask),
        # not mkstemp's owner-only 0600, once it is moved into place.
        for _ in range(100):
            name = f".{self.target.stem}.{secrets.token_hex(4)}{TEMP_MARK}{self.target.suffix}"
            self.temp_path = self.target.with_name(name)
            try:
                with open(self.temp_path, "xb"):
                    scratch.remember(self.temp_path)   # swept after a crash (desktop_app.scratch)
                    break
            except FileExistsError:
                continue
            except OSError as exc:
                raise cannot_write(self.target, exc) from exc

    def commit(self) -> Path:
        """Flush the finished temporary file to disk and move it onto the target."""
        try:
            with open(self.temp_path, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(self.temp_path, self.target)
        except OSError as exc:
            raise cannot_write(self.target, exc) from exc
        scratch.forget(self.temp_path)
        self.committed = True
        _sync_folder(self.target.parent)
        return self.target

    @contextlib.contextmanager
    def committing(self, transaction: AbstractContextManager) -> Iterator[object]:
        """Run the block inside ``transaction`` and move the file into place as its last step,
        so the file and what the transaction records appear together; if the transaction
        fails (also at its own COMMIT, after the move), the file is taken out again."""
        try:
            with transaction as value:
                yield value
                self.commit()
        except BaseException:
            if self.committed:
                self.target.unlink(missing_ok=True)
                self.committed = False
            raise

    def discard(self) -> None:
        # A folder that turned read-only (or a flash drive pulled out) must not turn the first,
        # explained error into a second, unexplained one while cleaning up.
        with contextlib.suppress(OSError):
            self.temp_path.unlink()
        scratch.forget(self.temp_path)

    def __enter__(self) -> PendingFile:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.committed:
            self.discard()
        if isinstance(exc, OSError):
            raise cannot_write(self.target, exc) from exc


def write_bytes(target: Path, data: bytes, *, make_folder: bool = False) -> Path:
    """Replace ``target`` with ``data`` atomically: the old content or the new, never half."""
    with PendingFile(target, make_folder=make_folder) as pending:
        pending.temp_path.write_bytes(data)
        return pending.commit()


def write_text(target: Path, text: str, *, make_folder: bool = False) -> Path:
    """``write_bytes`` for UTF-8 text."""
    return write_bytes(target, text.encode("utf-8"), make_folder=make_folder)
