"""Long work (imports, exports, PDF runs) reports progress and can be cancelled.

Qt-free: a service takes a ``Job`` and calls ``job.step(done, total, text)``
between units of work; the UI runs it in a worker thread, shows a progress
dialog and calls ``job.cancel()``. ``step`` raises ``Cancelled`` once cancelled,
so the service unwinds through its transaction/temporary-file cleanup and a
cancelled run leaves nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

M_CANCELLED = QT_TRANSLATE_NOOP("Jobs", "Dibatalkan. Tidak ada yang diubah.")

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(tr(M_CANCELLED))


class Job:
    """Progress sink plus cancel flag, shared between a worker and the UI."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report progress, then raise ``Cancelled`` if the user asked to stop."""
        if self._on_progress is not None:
            self._on_progress(done, total, text)
        self.check()


NO_JOB = Job()
