"""Bench: restoring a packed backup against restoring a page copy (issue 13 item 7).

    python bench/backup_restore.py --count 100000        # or 1000000 (the replicated office)

On a copy of the demo office (today's schema): one page copy (``maintenance.backup``), the same
packed (``storage.backup.pack_one``), then ``maintenance.restore`` from each — the whole restore:
probe, rebuild or copy, migrate + audit row, fold into one file, ``integrity_check``, schema check,
live file kept in ``backups/``, one rename — and the rows of every table compared with the office.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.backup_budget import replicated  # noqa: E402
from bench.common import BENCH_KEY, DATA, demo_db  # noqa: E402
from desktop_app.paths import backup_dir_for  # noqa: E402
from desktop_app.services import maintenance  # noqa: E402
from desktop_app.storage import backup as backups  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402


def counts(path: Path) -> dict[str, int]:
    conn = driver.connect(path, key=BENCH_KEY, mode="ro")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                             "('sqlite_stat1') AND (sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL%')")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    base = demo_db(min(args.count, 100_000))
    source = base if args.count <= 100_000 else replicated(base, args.count // 100_000)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Path(tmp) / "kantor.db"
        shutil.copyfile(source, db)
        driver.keys.remember(db, BENCH_KEY)
        store = Store.open(db, auto_backup=False)
        folder = backup_dir_for(db)
        started = time.perf_counter()
        page = maintenance.backup(store, folder / f"auto-{db.stem}-20260101-080000-harian.db")
        store.close()
        copied = time.perf_counter() - started
        expected = counts(page)
        twin = folder / f"auto-{db.stem}-20251201-080000-harian.db"
        shutil.copyfile(page, twin)
        started = time.perf_counter()
        packed = backups.pack_one(twin)
        packing = time.perf_counter() - started
        print(f"{args.count:,} people: page copy {page.stat().st_size / 1e6:.0f} MB in {copied:.1f} s; "
              f"packed {packed.stat().st_size / 1e6:.1f} MB ({packed.stat().st_size / page.stat().st_size:.1%}) "
              f"in {packing:.1f} s (incl. reading it back)")
        for label, backup in (("page copy", page), ("packed", packed)):
            started = time.perf_counter()
            maintenance.restore(backup, db, "bench")
            seconds = time.perf_counter() - started
            found = counts(db)
            same = all(found[t] == n for t, n in expected.items() if t != "audit_log") and \
                found["audit_log"] == expected["audit_log"] + 1
            print(f"| restore from the {label}, {args.count:,} people | {seconds:.1f} s | rows equal: {same} |",
                  flush=True)


if __name__ == "__main__":
    main()
