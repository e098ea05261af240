"""Starts the sync worker (``<app> --sync-worker``) and talks JSON lines with it.

The exchange engine never runs in the window's process (docs/sync.md): frozen (PyInstaller) the
app's own executable is started with ``--sync-worker``, from source ``python -m desktop_app
--sync-worker``. One worker may serve many requests (``with SyncWorker() as w: w.call(...)``).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

log = logging.getLogger(__name__)
M_FAILED = QT_TRANSLATE_NOOP("Sync", "Proses tukar data berhenti tanpa jawaban. Tidak ada yang berubah; coba lagi, "
                                     "dan bila terulang kirim berkas log ke pengelola aplikasi.")
M_INTERNAL = QT_TRANSLATE_NOOP("Sync", "Tukar data gagal ({detail}). Tidak ada yang berubah.")


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--sync-worker"]
    return [sys.executable, "-m", "desktop_app", "--sync-worker"]


class SyncWorker:
    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None

    def start(self) -> SyncWorker:
        if self._proc is None or self._proc.poll() is not None:
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
            env = dict(os.environ, PYTHONIOENCODING="utf-8")
            self._proc = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env,
                                          creationflags=flags)
        return self

    def call(self, request: dict) -> dict:
        proc = self.start()._proc
        try:
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
        except OSError as exc:
            raise UserError(tr(M_FAILED)) from exc
        if not line:
            raise UserError(tr(M_FAILED))
        reply = json.loads(line)
        if reply.get("ok"):
            return reply["result"]
        if reply.get("user"):
            raise UserError(reply["message"])
        log.error("sync worker: %s", reply.get("message"))
        raise UserError(tr(M_INTERNAL, detail=reply.get("message", "")))

    def close(self) -> None:
        if self._proc is not None:
            try:
                self._proc.stdin.close()
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
            finally:
                self._proc.stdout.close()
            self._proc = None

    def __enter__(self) -> SyncWorker:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()
