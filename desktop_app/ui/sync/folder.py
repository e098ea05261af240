"""The folder tukar, watched: a pass every few minutes and soon after a new file appears, off the window's
thread and without a dialog; what it did goes to the status bar and the Tukar Data page.

One pass at a time; a pass that is still running when the next is due is simply not doubled. The pass runs
on a second connection (``Context.sibling()``), like every other long task, and is waited for at close.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal

from desktop_app.errors import UserError
from desktop_app.services.context import Context
from desktop_app.services.sync_folder import ExchangeFolder, FolderPass

log = logging.getLogger(__name__)
PASS_EVERY_MS = 5 * 60 * 1000
SETTLE_MS = 3000          # a file still being copied in is left alone for a moment


class FolderExchanger(QObject):
    """``passed(FolderPass)`` after each pass; ``failed(str)`` with a sentence when the folder cannot be used."""

    passed = Signal(object)
    failed = Signal(str)
    _finished = Signal(object, str)

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder: ExchangeFolder | None = None
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self, interval=PASS_EVERY_MS, timeout=self.run_now)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.run_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.settle.start())
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def configure(self, folder: str, auto: bool) -> None:
        """Watch ``folder`` automatically when ``auto``; a manual pass (``run_now``) works whenever a folder is set."""
        self.timer.stop()
        self.settle.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder = ExchangeFolder(Path(folder)) if folder else None
        if self.folder is not None and auto:
            if self.folder.folder.is_dir():
                self.watcher.addPath(str(self.folder.folder))
            self.timer.start()
            self.settle.start()

    def run_now(self) -> bool:
        """Start a pass in the background; False when none is set up or one is already running."""
        if self.folder is None or self.running:
            return False
        folder = self.folder

        def work() -> None:
            result, problem = None, ""
            try:
                ctx = self.ctx.sibling()
            except BaseException as exc:  # noqa: BLE001 - reported as a sentence
                self._finished.emit(None, getattr(exc, "message", "") or type(exc).__name__)
                return
            try:
                result = folder.run(ctx)
            except UserError as exc:
                problem = exc.message
            except Exception:  # noqa: BLE001 - a background pass must not take the window down
                log.exception("folder tukar pass failed")
                problem = QCoreApplication.translate("FolderExchanger", "Folder tukar tidak dapat dijalankan; "
                                                                        "rinciannya ada di log.")
            finally:
                ctx.close()
            self._finished.emit(result, problem)

        self._thread = threading.Thread(target=work, name="lindungi-folder-tukar", daemon=True)
        self._thread.start()
        return True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def stop(self) -> None:
        self.timer.stop()
        self.settle.stop()
        self.wait()

    def _done(self, result: FolderPass | None, problem: str) -> None:
        if problem:
            self.failed.emit(problem)
        elif result is not None:
            self.passed.emit(result)
