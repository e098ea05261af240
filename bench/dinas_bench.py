"""Bench: the Dinas view at 100,000 people (issue 15, items 1 and 6).

Builds (once, in bench/data/) a 100,000-person demo office and copies it. Then, in one process:

* ``OfficeService.set_identity`` on that office: its first number moves every registration into the
  office's block (one UPDATE; the name index follows through its trigger) — vs the raw UPDATE of the
  same rows with the FTS index dropped and rebuilt;
* the copy made into a kabupaten database: four fifths of the people re-labelled as received from four
  kecamatan offices (their own blocks), some of them a second time under another NIK;
* medians of ``ReportService.compute()`` (with the per-office table) vs the raw SQL aggregate per
  office; ``CrossOfficeService.find()`` vs the raw candidate join; the batch page's warning for the
  largest draft batch; the records list filtered by office.

    python bench/dinas_bench.py [--count 100000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import demo_db  # noqa: E402
from bench.report_bench import _FROM, STATE_SQL  # noqa: E402  (the plain state CASE: the raw limit)
from desktop_app.domain.record_query import RegistrationQuery  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.cross_office import CrossOfficeService  # noqa: E402
from desktop_app.services.office import OfficeService  # noqa: E402
from desktop_app.services.records import RecordsService  # noqa: E402
from desktop_app.services.report import ReportService  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

RAW_REPORT = (f"SELECT r.origin_office, r.village_code, {STATE_SQL} AS state, count(*), "
              "sum((CAST(substr(r.coverage_end, 1, 4) AS INTEGER) * 12 + CAST(substr(r.coverage_end, 6, 2) AS "
              "INTEGER)) - (CAST(substr(r.coverage_start, 1, 4) AS INTEGER) * 12 + CAST(substr(r.coverage_start, "
              f"6, 2) AS INTEGER)) + 1) * 16800 {_FROM} GROUP BY 1, 2, 3")
RAW_PAIRS = ("SELECT a.id, b.id, a.full_name, b.full_name FROM registrations a JOIN registrations b "
             "ON b.birth_date = a.birth_date AND b.origin_office < a.origin_office AND b.nik != a.nik "
             "WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL")


def median_ms(fn, rounds: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def raw_renumber(path: Path) -> float:
    """The same move in raw SQL: the name index dropped, the UPDATE, the index rebuilt from active rows."""
    conn = driver.connect(path)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO registrations_fts(registrations_fts) VALUES ('delete-all')")
    conn.execute("DROP TRIGGER registrations_fts_au")
    conn.execute("UPDATE registrations SET seq = 12000000 + seq WHERE seq < 1000000")
    conn.execute("INSERT INTO registrations_fts(rowid, full_name) SELECT seq, full_name FROM registrations "
                 "WHERE deleted_at IS NULL")
    elapsed = (time.perf_counter() - started) * 1000
    conn.execute("ROLLBACK")
    conn.close()
    return elapsed


def make_kabupaten(store: Store, twins: int) -> None:
    """Four fifths of the people become received from PPU-K2..K5 (blocks 2..5); ``twins`` of them are also
    registered at a second office under another NIK (the finder's work)."""
    with store.write():
        db = store.db
        db.execute("UPDATE registrations SET origin_office = 'PPU-K' || (1 + rowid % 5), "
                   "updated_office = 'PPU-K' || (1 + rowid % 5), seq = (1 + rowid % 5) * 1000000 + rowid "
                   "WHERE rowid % 5 != 0")
        db.execute("UPDATE registrations SET origin_office = 'PPU-DINAS', updated_office = 'PPU-DINAS' "
                   "WHERE rowid % 5 = 0")
        columns = [r[1] for r in db.execute("PRAGMA table_info(registrations)").fetchall()]
        copied = ", ".join(columns)
        changed = {"id": "id || '-twin'", "seq": "9000000 + rowid", "nik": "'99' || substr(nik, 3)",
                   "origin_office": "'PPU-K9'", "updated_office": "'PPU-K9'"}
        values = ", ".join(changed.get(c, c) for c in columns)
        db.execute(f"INSERT INTO registrations ({copied}) SELECT {values} FROM registrations "
                   f"WHERE rowid % 5 = 1 AND deleted_at IS NULL ORDER BY rowid LIMIT {twins}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--twins", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "office.db"
        shutil.copy(demo_db(args.count), db)
        raw_move = raw_renumber(db)
        store = Store.open(db, auto_backup=False)
        ctx = Context(store, RegionStore(), operator="bench", role="admin", clock=lambda: date(2026, 11, 21))
        started = time.perf_counter()
        OfficeService(ctx).set_identity("PPU-DINAS", 1)
        move = (time.perf_counter() - started) * 1000
        assert RecordsService(ctx).search("000123-" + "0123456789"[0])[0] >= 0
        make_kabupaten(store, args.twins)
        report_ms, report = median_ms(lambda: ReportService(ctx).compute(), args.rounds)
        raw_conn = driver.connect(db, cache=True)
        raw_report, _ = median_ms(lambda: raw_conn.execute(RAW_REPORT).fetchall(), args.rounds)
        pairs_ms, pairs = median_ms(lambda: CrossOfficeService(ctx).find(), args.rounds)
        raw_pairs, candidates = median_ms(lambda: raw_conn.execute(RAW_PAIRS).fetchall(), args.rounds)
        batch, members = store.db.execute(
            "SELECT bi.batch_id, count(*) FROM batch_items bi JOIN batches b ON b.id = bi.batch_id "
            "WHERE b.status = 'draft' GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
        warning_ms, warning = median_ms(lambda: CrossOfficeService(ctx).batch_warning(batch), args.rounds)
        records = RecordsService(ctx)
        office_ms, (total, _hits) = median_ms(lambda: records.search(RegistrationQuery(origin_office="PPU-K3")),
                                              args.rounds * 4)
        print(f"people {report.registered:,}; offices {len(report.by_office)}; pairs found {len(pairs):,} "
              f"(birth-date candidates {len(candidates):,}); PPU-K3 {total:,}")
        print(f"| first office number: {args.count:,} rows into the block | {move:.0f} ms | raw UPDATE with "
              f"FTS rebuilt {raw_move:.0f} ms |")
        print(f"| ReportService.compute with per-office table | {report_ms:.0f} ms | raw aggregate per office "
              f"{raw_report:.0f} ms |")
        print(f"| CrossOfficeService.find | {pairs_ms:.0f} ms | raw birth-date join {raw_pairs:.0f} ms |")
        print(f"| batch page warning, draft batch of {members} | {warning_ms:.0f} ms | ({warning[:40]}…) |")
        print(f"| records: count + first 50 of one office | {office_ms:.1f} ms | |")
        raw_conn.close()
        store.close()


if __name__ == "__main__":
    main()
