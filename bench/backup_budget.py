"""Bench: the kept set of automatic backups stays within its budget (issue 13 item 7), at 100k or 1M.

    python bench/backup_budget.py --count 1000000 [--days 60]

Takes the demo office (1,000,000 people: the 100k demo replicated ten times through the driver,
as ``bench/durability.py`` did before encryption) and plays ``--days`` days of daily backups with
the real code: ``storage.backup.automatic_backup`` (a page copy, then pruning by
``storage.retention``) and ``storage.backup.thin`` (every kept backup but the newest packed), each
day at its own clock time. Only the days whose backup retention still keeps at the end are
played (the others would be written and pruned again: same code, same sizes, hours at 1M), so
the files left are exactly the set a ``--days``-day history keeps. It prints per day the time of
the page copy and of the packing, and at the end the kept set (form, size) against
``retention.BUDGET_BYTES``, and what the same set would take as page copies only. The
biggest the folder gets is also recorded: right after a new page copy, before the packing of the
previous one.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_KEY, DATA, demo_db  # noqa: E402
from desktop_app.storage import backup as backups  # noqa: E402
from desktop_app.storage import driver, retention  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402


def replicated(base: Path, times: int) -> Path:
    """``times`` copies of the people in ``base`` in one (encrypted) database: new ids, seq and NIKs
    under the unused province codes 01-09, heirs copied, the name index filled by its triggers."""
    path = DATA / f"replicated-{times}x-{base.stem}-keyed.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    shutil.copyfile(base, tmp)
    conn = driver.connect(tmp, key=BENCH_KEY, isolation_level=None)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(registrations)")]
        step = conn.execute("SELECT max(seq) FROM registrations").fetchone()[0]
        conn.execute("BEGIN")
        for k in range(1, times):
            values = ", ".join({"id": f"id || '-{k}'", "seq": f"seq + {k * step}",
                                "nik": f"printf('%02d', {k}) || substr(nik, 3)"}.get(c, c) for c in cols)
            conn.execute(f"INSERT INTO registrations ({', '.join(cols)}) SELECT {values} FROM registrations "
                         f"WHERE seq <= {step}")
            conn.execute("INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) "
                         f"SELECT registration_id || '-{k}', position, name, relationship, nik, phone FROM heirs "
                         "WHERE length(registration_id) = 36")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    tmp.replace(path)
    return path


def surviving_days(days: int, size: int) -> list[int]:
    """The day numbers (0 = first) whose backups retention keeps after ``days`` days of one a day."""
    start = datetime(2026, 1, 1, 7, 30)
    candidates = [retention.Candidate(Path(f"{d}"), start + timedelta(days=d), size // 5) for d in range(days)]
    return sorted(int(c.path.name) for c in retention.kept(candidates))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args()
    base = demo_db(min(args.count, 100_000))
    source = base if args.count <= 100_000 else replicated(base, args.count // 100_000)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Path(tmp) / "kantor.db"
        shutil.copyfile(source, db)
        driver.keys.remember(db, BENCH_KEY)
        Store.open(db, auto_backup=False).close()          # today's schema (m013's report indexes too)
        conn = driver.connect(db, key=BENCH_KEY)
        people = conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
        print(f"office: {people:,} people, {db.stat().st_size / 1e6:.0f} MB")
        start = datetime.now() - timedelta(days=args.days)
        plan = surviving_days(args.days, db.stat().st_size)
        print(f"days played (those a {args.days}-day history keeps): {plan}")
        peak = 0
        for day in plan:
            started = time.perf_counter()
            made = backups.automatic_backup(conn, db, "harian", now=start + timedelta(days=day, hours=8))
            copied = time.perf_counter() - started
            folder = sum(p.stat().st_size for p in backups.list_backups(db))
            peak = max(peak, folder)
            started = time.perf_counter()
            packed = backups.thin(db)
            packing = time.perf_counter() - started
            print(f"  day {day:3d}: page copy {made.stat().st_size / 1e6:7.1f} MB in {copied:5.1f} s; "
                  f"packed {len(packed)} in {packing:5.1f} s "
                  f"({', '.join(f'{p.stat().st_size / 1e6:.1f} MB' for p in packed)}); folder before packing "
                  f"{folder / 1e6:.0f} MB", flush=True)
        conn.close()
        kept = sorted(backups.automatic_backups(db), key=lambda c: c.taken_at, reverse=True)
        total = sum(c.size for c in kept)
        page = kept[0].size
        print(f"kept {len(kept)}: " + ", ".join(f"{'lbk' if backups.is_packed(c.path) else 'db'} "
                                                 f"{c.size / 1e6:.0f} MB" for c in kept))
        print(f"| {people:,} people, {args.days} days | kept {len(kept)} | {total / 1e9:.2f} GB "
              f"(largest before packing {peak / 1e9:.2f} GB) | budget {retention.BUDGET_BYTES / 1e9:.2f} GB | "
              f"as page copies only: {len(kept)} x {page / 1e9:.2f} = {len(kept) * page / 1e9:.2f} GB |")
        print("within budget:", total <= retention.BUDGET_BYTES and peak <= retention.BUDGET_BYTES)


if __name__ == "__main__":
    main()
