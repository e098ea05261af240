"""Uncaught exceptions: log the traceback, show one friendly dialog, keep running.

A bug in a slot must not take the office's day away: the traceback goes to the
log (personal data masked by the log filter), the person sees one short
message, and the window stays open. Unsaved form input is already protected by
the draft autosave; ``before_dialog`` lets the window flush it first.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import UserError
from desktop_app.ui import msgbox

log = logging.getLogger(__name__)
QUIET_SECONDS = 5.0


class ExceptionHandler:
    """Installable ``sys.excepthook``; shows at most one dialog at a time."""

    def __init__(self, parent_getter: Callable[[], object] = lambda: None,
                 before_dialog: Callable[[], None] | None = None,
                 expected: Callable[[BaseException], UserError | None] | None = None) -> None:
        self.parent_getter = parent_getter
        self.before_dialog = before_dialog
        self.expected = expected      # e.g. damage found while reading: a UserError to show, not a bug
        self._showing = False
        self._previous = None
        self._last_shown = -QUIET_SECONDS

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        mapped = self.expected(value) if self.expected is not None else None
        if mapped is not None:
            log.error("uncaught, but expected: %s", kind.__name__)   # its text may hold the damaged data
            self._show(mapped.message, "")
            return
        if isinstance(value, UserError):   # an expected failure that escaped its handler
            log.warning("unhandled user error: %s", value)
            self._show(value.message, "")
            return
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        self._show(QCoreApplication.translate("ExceptionHandler",
                                              "Terjadi kesalahan — detail tersimpan di log. "
                                              "Data yang sudah disimpan tetap aman; Anda dapat melanjutkan."),
                   f"{kind.__name__}: {value}")

    def _show(self, text: str, detail: str) -> None:
        if self._showing or time.monotonic() - self._last_shown < QUIET_SECONDS:
            return                 # a bug that repeats (say on every keystroke) is logged, not re-shown
        self._showing = True
        try:
            if self.before_dialog is not None:
                try:
                    self.before_dialog()
                except Exception:  # noqa: BLE001 - never let the safety net raise
                    log.exception("saving the draft before the error dialog failed")
            title = QCoreApplication.translate("ExceptionHandler", "Terjadi kesalahan")
            msgbox.error(self.parent_getter(), title, text, detail)
        finally:
            self._showing = False
            self._last_shown = time.monotonic()
