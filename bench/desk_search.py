"""Search-as-you-type on 100,000 people: one keystroke → query + model reset + repaint of the list.

    python bench/desk_search.py [--rounds 5]

Types words letter by letter into the real records page (the debounce timer is
bypassed: each keystroke's query runs at once, the worst case) and times, per
keystroke, the SQLite query of the first page, the model reset and a forced
synchronous repaint of the table. The match count for the status bar runs
right after the list is painted; it is reported separately. Target < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from desk_common import big_db, scratch_user_dir, summary

WORDS = ("siti rahma", "budi", "640901", "muh rizki", "nur", "000123-")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch_user_dir()
    from desktop_app.app import start
    running = start(["--db", str(big_db())])
    running.handler.uninstall()   # a failing benchmark should stop, not show a dialog
    window, app = running.window, running.app
    window.resize(1366, 728)
    window.stack.show_page("records")
    records = window.records()
    app.processEvents()
    keystrokes, counts = [], []
    for _ in range(args.rounds):
        for word in WORDS:
            for end in range(1, len(word) + 1):
                records.filters.search.blockSignals(True)
                records.filters.search.setText(word[:end])
                records.filters.search.blockSignals(False)
                started = time.perf_counter()
                records.apply_query(records.filters.query())
                records.view.viewport().repaint()
                keystrokes.append(time.perf_counter() - started)
                started = time.perf_counter()
                records._count_timer.stop()
                records._update_counts()
                counts.append(time.perf_counter() - started)
            records.filters.search.clear()
    result = {"people": records.ctx.store.registrations.count(records.model.query.__class__()),
              "keystroke_list_update": summary(keystrokes), "match_count_after_paint": summary(counts),
              "p95_keystroke_ms": round(sorted(keystrokes)[int(len(keystrokes) * 0.95)] * 1000, 1)}
    print(json.dumps(result, indent=2))
    window.form().discard_draft()
    running.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
