"""The check of the processing log at start: run beside the user, a red bar only when it is broken.

The walk over the hash chain takes ~1.5 s at 100,000 log rows, so it runs in a
worker on its own connection right after the window opens; the log gets a line
either way (``services.audit_check``), the status bar a warning that stays when a
link is broken (its tooltip names the row).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app.services.audit_check import AuditCheck, sentence
from desktop_app.services.context import Context
from desktop_app.ui.workers import Outcome, Worker

log = logging.getLogger(__name__)


class AuditBanner(QLabel):
    """Hidden until the check finds a broken link."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.setObjectName("auditBanner")
        self.setStyleSheet("QLabel { background: #b3261e; color: white; padding: 2px 8px; font-weight: bold; }")
        self.hide()
        self.report = None
        window.statusBar().insertPermanentWidget(0, self)

    @Slot(object)
    def show_outcome(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            log.warning("audit check at start failed: %s", type(outcome.error).__name__)
            return
        self.report = outcome.result
        if self.report.ok:
            return
        self.setText(self.tr("Log pemrosesan tidak utuh — lihat Pengaturan › Log pemrosesan"))
        self.setToolTip(sentence(self.report))
        self.show()


def start_audit_check(window: QMainWindow, ctx: Context) -> Worker:
    """Start the check; the banner shows its verdict (keep the returned worker alive)."""
    banner = AuditBanner(window)
    worker = Worker(ctx, lambda c, _job: AuditCheck(c).run())
    worker.finished.connect(banner.show_outcome, Qt.ConnectionType.QueuedConnection)
    window.audit_banner = banner
    worker.start()
    return worker
