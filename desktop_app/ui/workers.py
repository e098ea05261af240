"""Long work off the window's thread: a service call taking a ``Job``, a progress dialog, Cancel.

``run_task(parent, title, task)`` runs ``task(ctx, job)`` in a worker thread and
returns an ``Outcome`` once it ended; meanwhile a local event loop keeps the
window painting and the (window-modal) progress dialog answering its Cancel
button, which calls ``job.cancel()`` — the service then unwinds through its own
cleanup, so a cancelled run writes nothing.

The worker never touches the window's SQLite connection: it opens a second
connection on the same file (``Store.sibling()``: WAL lets the window read while
the worker writes, and the worker's writes wait for the same integrity verdict)
and closes it when done. ``RegionStore`` is read-only and locks itself, so it is
shared. Errors come back as values: a ``UserError`` is shown through
``msgbox``; anything unexpected is handed to ``sys.excepthook`` (the app's
logging + friendly dialog) on the window's thread.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import UserError
from desktop_app.services.context import Context
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.ui import msgbox

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 250          # quick work finishes without a flashing dialog
Task = Callable[[Context, Job], Any]


@dataclass
class Outcome:
    """How a run ended: ``result`` when it finished, ``error`` when it failed, or ``cancelled``."""

    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Worker(QObject):
    """One run of a task in a Python thread; signals arrive on the window's thread (queued)."""

    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, ctx: Context, task: Task) -> None:
        super().__init__()
        self.ctx, self.task = ctx, task
        self.job = Job(lambda done, total, text: self.progress.emit(done, total, text))
        self.outcome: Outcome | None = None
        self._thread = threading.Thread(target=self._run, name="lindungi-worker", daemon=True)

    def start(self) -> None:
        # Collect garbage here, on the window's thread: Qt objects left for the collector must not be
        # finalised by the worker thread (a collection there once crashed while openpyxl wrote).
        gc.collect()
        self._thread.start()

    def cancel(self) -> None:
        self.job.cancel()

    def wait(self) -> None:
        """Block until the run ended (at close: no worker may outlive the window's connection)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        outcome = Outcome()
        try:
            ctx = self.ctx.sibling()
        except BaseException as exc:  # noqa: BLE001 - reported on the window's thread
            self.finished.emit(Outcome(error=exc))
            return
        try:
            outcome.result = self.task(ctx, self.job)
        except Cancelled:
            outcome.cancelled = True
        except BaseException as exc:  # noqa: BLE001 - reported on the window's thread
            outcome.error = exc
        finally:
            ctx.close()
        self.finished.emit(outcome)


class Announcer(QObject):
    """Tells observers (tests, diagnostics) that a worker is about to start."""

    started = Signal(object)


announcer = Announcer()


def progress_dialog(parent: QWidget | None, title: str, worker: Worker) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("jobProgress")
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButtonText(QProgressDialog.tr("Batal"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(10 ** 9)     # shown by our own timer, not by setValue
    dialog.setRange(0, 0)
    dialog.setMinimumWidth(420)
    dialog.canceled.connect(worker.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(QProgressDialog.tr("Membatalkan…")))

    def show_progress(done: int, total: int, text: str) -> None:
        if worker.job.cancelled:
            return
        if text:
            dialog.setLabelText(text)
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)
    worker.progress.connect(show_progress)
    return dialog


def run_task(parent: QWidget | None, ctx: Context, title: str, task: Task) -> Outcome:
    """Run ``task(ctx, job)`` in a worker with a cancellable progress dialog; wait without freezing."""
    worker = Worker(ctx, task)
    dialog = progress_dialog(parent, title, worker)
    loop = QEventLoop()

    def done(outcome: Outcome) -> None:
        worker.outcome = outcome
        loop.quit()
    worker.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    timer = QTimer(dialog, singleShot=True, interval=SHOW_AFTER_MS, timeout=dialog.show)
    announcer.started.emit(worker)
    timer.start()
    worker.start()
    if worker.outcome is None:
        loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    return worker.outcome


def report(parent: QWidget | None, title: str, outcome: Outcome) -> bool:
    """Show why a run did not finish; True when it did. Unexpected errors go to the excepthook."""
    if outcome.cancelled:
        msgbox.info(parent, title, Cancelled().message)
        return False
    error = outcome.error
    if error is None:
        return True
    if isinstance(error, UserError):
        msgbox.error(parent, title, error.message, getattr(error, "detail", "") or "")
        return False
    log.error("worker failed: %s", type(error).__name__)
    sys.excepthook(type(error), error, error.__traceback__)
    return False
