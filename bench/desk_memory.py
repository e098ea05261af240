"""Memory with the records list open on 100,000 people (and after scrolling 2,000 rows in).

    python bench/desk_memory.py

Runs the real window in a fresh process, opens Data Peserta, scrolls to the end
of what is loaded twenty times (the model fetches a page of 100 each time),
then reads the process's resident memory (VmRSS) and peak (VmHWM) from
/proc. A bare PySide6 window is measured the same way for comparison.
Target < 200 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desk_common import ROOT, big_db, scratch_user_dir

CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return {k: round(int(fields[k].split()[0]) / 1024, 1) for k in ("VmRSS", "VmHWM")}

if sys.argv[1] == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.setCentralWidget(QLabel("x")); window.resize(1366, 728); window.show()
    app.processEvents()
    print(rss())
else:
    from desktop_app.app import start
    running = start(["--db", sys.argv[2]])
    window = running.window
    window.resize(1366, 728)
    window.stack.show_page("records")
    records = window.records()
    running.app.processEvents()
    opened = rss()
    for _ in range(20):
        records.view.scrollToBottom()
        running.app.processEvents()
    scrolled = rss()
    print({"opened": opened, "after_scrolling": scrolled, "rows_loaded": records.model.rowCount()})
    running.close()
"""


def run(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=True, env=env,
                         cwd=ROOT).stdout.strip().splitlines()[-1]
    return eval(out)  # our own child's dict literal


def main() -> int:
    scratch_user_dir()
    db = str(big_db())
    result = {"bare_window_mb": run("bare"), "lindungi_list_open_mb": run("lindungi", db)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
