"""Standard streams for a windowed build, which Windows starts without a console.

A PyInstaller ``console=False`` program on Windows gets ``sys.stdout = None``
unless its output is redirected. For CLI commands and ``--self-test`` run from
cmd.exe or PowerShell, attach to that console so the output is seen (the exit
code is always there: ``start /wait Lindungi.exe --self-test`` then
``echo %errorlevel%``). Elsewhere, missing streams become os.devnull so a
stray ``print`` cannot crash the program.
"""

from __future__ import annotations

import os
import sys

ATTACH_PARENT_PROCESS = -1


def ensure_console_streams() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    if sys.platform == "win32" and _attach_parent_console():
        sys.stdout = sys.stdout or open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = sys.stderr or open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        return
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink


def _attach_parent_console() -> bool:
    import ctypes
    try:
        return bool(ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False
