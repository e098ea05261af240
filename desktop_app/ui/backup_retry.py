"""The day's backup that could not be written at open (a full or read-only disk), tried again
while the window is open — every hour, in a worker thread on its own connection so the desk never
waits — and once more at close. The failure was said once at open (status bar and log); a retry
that fails again is only logged, and the first one that succeeds says so in the status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services import maintenance
from desktop_app.services.context import Context
from desktop_app.ui.workers import Outcome, Worker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class BackupRetry(QObject):
    """Started only when the open's daily backup failed (``Store.backup_notice``)."""

    INTERVAL_MS = 60 * 60 * 1000

    def __init__(self, ctx: Context, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.pending = False
        self.written: Path | None = None
        self.worker: Worker | None = None
        self.timer = QTimer(self, interval=self.INTERVAL_MS, timeout=self.attempt)

    def schedule(self) -> None:
        if maintenance.MaintenanceService(self.ctx).daily_backup_failed():
            self.pending = True
            self.timer.start()

    def attempt(self) -> None:
        """One retry in a worker (skipped while the previous one is still running)."""
        if not self.pending or self.worker is not None:
            return
        self.worker = Worker(self.ctx, lambda ctx, _job: maintenance.MaintenanceService(ctx).retry_daily_backup())
        self.worker.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.worker.start()

    def _done(self, outcome: Outcome) -> None:
        self.worker = None
        if outcome.ok:
            self._succeeded(outcome.result)
        elif isinstance(outcome.error, UserError):
            log.warning("daily backup still cannot be written: %s", outcome.error.message)
        else:
            log.error("daily backup retry failed: %r", outcome.error)

    def _succeeded(self, written: Path | None) -> None:
        self.pending = False
        self.timer.stop()
        if written is None:
            return                      # no longer due: another start wrote today's backup
        self.written = written
        log.info("daily backup written on retry: %s", written.name)
        if self.window.isVisible():
            text = translate("BackupRetry", "Cadangan harian berhasil ditulis: {name}.")
            self.window.statusBar().showMessage(fill(text, name=written.name))

    def finish(self) -> None:
        """At close, before the store closes: wait for a running retry, then try once more on the
        window's own connection if the backup is still missing (the window is already gone)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.wait()
            QCoreApplication.sendPostedEvents(self)      # its outcome, delivered now
            QCoreApplication.sendPostedEvents(self.worker)
            self.worker = None
        if not self.pending:
            return
        try:
            self._succeeded(maintenance.MaintenanceService(self.ctx).retry_daily_backup())
        except UserError as exc:
            log.warning("daily backup could not be written at close either: %s", exc.message)
