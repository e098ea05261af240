"""A windowed build starts with no standard streams; printing must still work (Linux: os.devnull)."""

import sys

from desktop_app.console import ensure_console_streams


def test_missing_streams_are_replaced_and_present_ones_kept(monkeypatch):
    kept = sys.stderr
    monkeypatch.setattr(sys, "stdout", None)
    ensure_console_streams()
    assert sys.stdout is not None and sys.stderr is kept
    print("goes nowhere, raises nothing")
    sys.stdout.close()
