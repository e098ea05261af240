"""Guards against a broken Qt binding: PySide6 6.12.0's ``SignalInstance.emit()`` returned ``True``
without a reference, so every emit lowered True's count until the interpreter aborted
(``bool_dealloc``) — after a few thousand keystrokes in the form. pyproject excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_signals_keeps_reference_counts_intact():
    emitter = _Emitter()
    emitter.fired.connect(lambda: True)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before - 5
