"""Bench: the supervisor's report for 100,000 people (issue 11: computes < 1 s, prints as PDF < 5 s).

Builds (once, in bench/data/) a 100,000-person demo office, copies it and moves the copy along the
batch life (``services.demo_progress.advance``: exported, sent, answered) so every BPJS state is
there. Then, in one process, medians of several runs of:

* ``ReportService.compute()`` — every figure of Laporan, ``lindungi stats`` and the PDF;
* the raw SQL aggregate for the same figures — the plain state CASE over each registration and its
  newest open batch and one GROUP BY, through the same driver, with the cost as
  SUM(people × months × 16,800) in SQL (no rate table, no discounts, no names);
* the report's own three statements (``storage/report_queries.py``) executed and fetched alone,
  without the Python that costs and labels them: the floor of the way the report now reads;
* ``ReportWriter.write_pdf`` and ``write_xlsx`` of that report.

    python bench/report_bench.py [--count 100000] [--rounds 5]
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
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.demo_progress import advance  # noqa: E402
from desktop_app.services.report import ReportService  # noqa: E402
from desktop_app.services.report_output import ReportWriter  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.report_queries import ReportRepo  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

STATE_SQL = """
CASE WHEN r.bpjs_status = 'diterima' THEN 'accepted'
     WHEN ob.kind = 'correction' THEN 'corrected'
     WHEN ob.status = 'draft' THEN 'draft'
     WHEN ob.status = 'locked' THEN 'exported'
     WHEN ob.status = 'submitted' THEN 'sent'
     WHEN r.bpjs_status = 'ditolak' THEN 'rejected'
     ELSE 'unbatched' END
"""
_FROM = """
FROM registrations r
LEFT JOIN (SELECT bi.registration_id AS rid, max(bi.batch_id) AS bid FROM batch_items bi
           JOIN batches b ON b.id = bi.batch_id
           WHERE bi.result = '' AND b.status IN ('draft', 'locked', 'submitted')
           GROUP BY bi.registration_id) o ON o.rid = r.id
LEFT JOIN batches ob ON ob.id = o.bid
JOIN schemes sc ON sc.id = r.scheme_id
WHERE r.deleted_at IS NULL
"""
RAW = (f"SELECT r.village_code, {STATE_SQL} AS state, count(*), "
       "sum((CAST(substr(r.coverage_end, 1, 4) AS INTEGER) * 12 + CAST(substr(r.coverage_end, 6, 2) AS INTEGER)) "
       "- (CAST(substr(r.coverage_start, 1, 4) AS INTEGER) * 12 + CAST(substr(r.coverage_start, 6, 2) AS INTEGER)) "
       f"+ 1) * 16800 {_FROM} GROUP BY 1, 2")


class Recorder:
    """Stands in for the database under ``ReportRepo`` and keeps every statement it runs."""

    def __init__(self, conn) -> None:
        self.conn, self.statements = conn, []

    def execute(self, sql, params=()):
        self.statements.append((sql, list(params)))
        return self.conn.execute(sql, params)


def recorded_statements(conn, ctx) -> list[tuple[str, list]]:
    """The statements ``ReportService.compute`` has ``ReportRepo`` run (money, people, months)."""
    recorder = Recorder(conn)
    repo = ReportRepo(recorder)
    repo.money(None)
    repo.people(None, ctx.today())
    repo.registered_per_month(None)
    return recorder.statements


def median_ms(fn, rounds: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "office.db"
        shutil.copy(demo_db(args.count), db)
        store = Store.open(db, auto_backup=False)
        ctx = Context(store, RegionStore(), operator="bench", role="admin", clock=lambda: date(2026, 11, 21))
        moved = advance(ctx)
        service, writer = ReportService(ctx), ReportWriter(ctx)
        ours, report = median_ms(service.compute, args.rounds)
        raw_conn = driver.connect(db, cache=True)     # the raw driver on the same encrypted file
        raw, rows = median_ms(lambda: raw_conn.execute(RAW).fetchall(), args.rounds)
        ours_sql = recorded_statements(raw_conn, ctx)
        floor, _ = median_ms(lambda: [raw_conn.execute(sql, params).fetchall() for sql, params in ours_sql],
                             args.rounds)
        raw_committed = sum(cost for _, state, _, cost in rows if state == "accepted")
        half = max(1, args.rounds // 2)
        pdf, (path, pages) = median_ms(lambda: writer.write_pdf(report, folder / "laporan.pdf"), half)
        xlsx, _ = median_ms(lambda: writer.write_xlsx(report, folder / "laporan.xlsx"), half)
        print(f"people {report.registered:,}; batches moved {moved}; villages {len(report.by_village)}")
        print(f"states {({s: c.people for s, c in report.states.items()})}")
        print(f"committed ours {report.committed:,} raw {raw_committed:,} (equal: {report.committed == raw_committed})")
        print(f"| ReportService.compute, {args.count:,} people | {ours:.0f} ms | target < 1000 ms |")
        print(f"| raw SQL aggregate (plain state CASE + GROUP BY, cost in SQL) | {raw:.0f} ms | |")
        print(f"| the report's own statements alone (execute + fetch) | {floor:.0f} ms | |")
        print(f"| report PDF ({pages} pages, {path.stat().st_size // 1024} KiB) | {pdf:.0f} ms | target < 5000 ms |")
        print(f"| report Excel | {xlsx:.0f} ms | |")
        raw_conn.close()
        store.close()


if __name__ == "__main__":
    main()
