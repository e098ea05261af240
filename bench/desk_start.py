"""Cold start to a usable main window on a 100,000-person database, against a bare PySide6 window.

    python bench/desk_start.py [--runs 9] [--platform offscreen|xcb]

Each run is a fresh Python process. The clock starts in the parent just before
the process is spawned and stops in the child when the window is shown, the
first event-loop turn has run (first paint) and — for Lindungi — the
registration form has the keyboard focus in the NIK field. Target: Lindungi
≤ 1.5 × the bare window, measured in the same run, alternating the two.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from desk_common import ROOT, big_db, scratch_user_dir

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Lindungi"))
window.resize(1366, 728)
window.show()
def ready():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

LINDUNGI = """
import sys, time
from PySide6.QtCore import QTimer
from desktop_app.app import start
running = start(["--db", sys.argv[1]])
def ready():
    form = running.window.form()
    assert form.form.nik.hasFocus() or not running.window.isActiveWindow(), "form not ready"
    print(time.time(), flush=True)
    running.app.quit()
QTimer.singleShot(0, ready)
running.app.exec()
running.close()
"""


def one_run(code: str, args: list[str], env: dict) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True).stdout.strip().splitlines()
    return float(out[-1]) - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    db = str(big_db())
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "LINDUNGI_DATA_DIR": str(scratch_user_dir()),
           "PYTHONPATH": str(ROOT)}
    one_run(LINDUNGI, [db], env)          # warm-up: file cache, daily backup, settings file
    one_run(BARE, [], env)
    bare, lindungi = [], []
    for _ in range(args.runs):
        bare.append(one_run(BARE, [], env))
        lindungi.append(one_run(LINDUNGI, [db], env))
    b, lin = statistics.median(bare), statistics.median(lindungi)
    result = {"platform": args.platform, "runs": args.runs, "bare_ms": round(b * 1000),
              "lindungi_ms": round(lin * 1000), "ratio": round(lin / b, 2),
              "bare_all_ms": [round(x * 1000) for x in bare], "lindungi_all_ms": [round(x * 1000) for x in lindungi]}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
