"""Work the window starts a while after it opens, each in its own thread and stopped at close: the weekly
full integrity check and the packing of older backups. Started by ``app.start`` (the composition root)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from desktop_app.services.context import Context

log = logging.getLogger(__name__)


class DeepCheck:
    """The weekly full ``integrity_check`` (``services.health.FullCheckService``), started a
    while after the window opens, in a worker thread on its own connection; stopped at close."""

    DELAY_MS = 90_000

    def __init__(self, ctx: Context, window: QObject) -> None:
        from desktop_app.services.health import FullCheckService

        self.service = FullCheckService(ctx)
        self.thread: threading.Thread | None = None
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)

    def schedule(self) -> None:
        if self.service.due():
            self.timer.start(self.DELAY_MS)

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="full-integrity-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.service.run()
        except Exception:  # noqa: BLE001 - a check that cannot finish is logged, never a crash
            log.exception("full integrity check failed to run")

    def stop(self) -> None:
        self.timer.stop()
        self.service.cancel()
        if self.thread is not None:
            self.thread.join()


class BackupThinning:
    """Packs the kept automatic backups but the newest (``MaintenanceService.thin_backups``), a
    while after the window opens, in a worker thread (it reads only the backup files); stopped
    between batches at close, leaving an unfinished one as the page copy it was."""

    DELAY_MS = 120_000

    def __init__(self, ctx: Context, window: QObject) -> None:
        from desktop_app.services.maintenance import MaintenanceService

        self.service = MaintenanceService(ctx)
        self.thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)

    def schedule(self) -> None:
        if not self.service.ctx.store.readonly and self.service.thinning_due():
            self.timer.start(self.DELAY_MS)

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="backup-thinning", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from desktop_app.storage.backup import Cancelled

        try:
            self.service.thin_backups(cancel=self.stopping.is_set)
        except Cancelled:
            log.info("backup packing stopped at close; it resumes at the next start")
        except Exception:  # noqa: BLE001 - a backup that cannot be packed stays a page copy: logged, never a crash
            log.exception("backup packing failed")

    def stop(self) -> None:
        self.timer.stop()
        self.stopping.set()
        if self.thread is not None:
            self.thread.join()
