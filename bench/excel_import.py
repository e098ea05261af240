"""Import of a 20,000-row village list against its physical limit, measured side by side in one run.

    .venv/bin/python bench/excel_import.py [--runs 5]

Physical limit = python-calamine reading the file (every cell into Python lists)
+ a raw ``executemany`` of the same 20,000 rows into a copy of the office
database (registrations with heirs, the FTS index its triggers keep, and one
audit row each, in one transaction) — the least any importer must do. The
import side is ``ImportService.analyse`` (read within the memory budget, find the
table, map the columns, convert and check every row, duplicate queries per
chunk) plus ``commit`` (one transaction: registrations, heirs, batch, audit
rows) into the same copy (5,000 people already registered). Each measurement
runs in its own process; medians are printed as a Markdown table. ``--profile``
prints a cProfile of one import instead.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import uuid
from datetime import date, datetime

from excel_setup import DATA, context, peak_mb, timed, village_list

LIST = DATA / "village-20000.xlsx"


def base_db():
    """An office (kecamatan Penajam) with a default scheme and 5,000 people already registered."""
    path = DATA / "import-base.db"
    if path.exists():
        return path
    from desktop_app.services.importing.service import ImportService
    from desktop_app.services.office import OfficeService
    from tests import factories

    ctx = context(path)
    offices = OfficeService(ctx)
    offices.save_office(factories.office())
    offices.save_scheme(factories.scheme())
    earlier = village_list(DATA / "village-earlier-5000.xlsx", rows=5_000, seed=11)
    service = ImportService(ctx)
    service.commit(service.analyse(earlier))
    ctx.store.close()
    return path


def fresh_copy():
    db = DATA / "import-run.db"
    for suffix in ("", "-wal", "-shm"):
        (DATA / f"import-run.db{suffix}").unlink(missing_ok=True)
    shutil.copy(base_db(), db)
    return db


def calamine_rows():
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(LIST))
    rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False)
    wb.close()
    return rows


def _iso(value) -> str:
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    return f"{value[6:10]}-{value[3:5]}-{value[0:2]}"


def raw_insert(rows: list[list]) -> int:
    """The same rows straight into the tables, one transaction, no checks."""
    import sqlite3

    from desktop_app.storage.codec import REGISTRATION_COLUMNS

    conn = sqlite3.connect(fresh_copy(), isolation_level=None)
    first = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM registrations").fetchone()[0]
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    regs, heirs, audit = [], [], []
    for n, r in enumerate(rows[3:]):
        reg_id = str(uuid.uuid4())
        values = dict.fromkeys(REGISTRATION_COLUMNS, "")
        values.update(id=reg_id, seq=first + n, nik=r[1], full_name=r[2], birth_place=r[3], birth_date=_iso(r[4]),
                      sex=r[5], mother_name=r[6], address=r[7], rt=r[8], rw=r[9], village_code="64.09.01.1010",
                      phone=r[12], occupation=r[11], income=None, programs="JKK,JKM", scheme_id=1,
                      coverage_start="2026-11", coverage_end="2026-12", legal_basis="public_task", consent_date=None,
                      created_at=now, created_by="bench", updated_at=now, deleted_at=None, print_count=0)
        regs.append([values[c] for c in REGISTRATION_COLUMNS])
        heirs.append((reg_id, 0, r[13], r[14], "", ""))
        audit.append((now, "bench", "create", "registration", reg_id, None, json.dumps(values), "raw"))
    marks = ", ".join("?" for _ in REGISTRATION_COLUMNS)
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO registrations ({', '.join(REGISTRATION_COLUMNS)}) VALUES ({marks})", regs)
    conn.executemany("INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) "
                     "VALUES (?, ?, ?, ?, ?, ?)", heirs)
    conn.executemany("INSERT INTO audit_log (at, operator, action, entity, entity_id, old, new, note) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audit)
    conn.execute("COMMIT")
    conn.close()
    return len(regs)


def measure(mode: str) -> dict:
    if mode == "calamine":
        seconds, rows = timed(calamine_rows)
        return {"mode": mode, "seconds": seconds, "peak_mb": peak_mb(), "rows": len(rows)}
    if mode == "raw_insert":
        rows = calamine_rows()
        seconds, count = timed(lambda: raw_insert(rows))
        return {"mode": mode, "seconds": seconds, "peak_mb": peak_mb(), "rows": count}
    from desktop_app.services.importing.service import ImportService

    ctx = context(fresh_copy())
    service = ImportService(ctx)
    analyse_s, preview = timed(lambda: service.analyse(LIST))
    commit_s, result = timed(lambda: service.commit(preview))
    ctx.store.close()
    return {"mode": mode, "seconds": analyse_s + commit_s, "analyse": analyse_s, "commit": commit_s,
            "peak_mb": peak_mb(), "imported": result.imported, **preview.counts}


def profile() -> None:
    import cProfile
    import pstats

    from desktop_app.services.importing.service import ImportService

    ctx = context(fresh_copy())
    service = ImportService(ctx)
    with cProfile.Profile() as prof:
        service.commit(service.analyse(LIST))
    pstats.Stats(prof).sort_stats("cumulative").print_stats(45)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mode", choices=("calamine", "raw_insert", "import"))
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    village_list(LIST)
    base_db()
    if args.profile:
        profile()
        return
    if args.mode:
        print(json.dumps(measure(args.mode)))
        return
    results: dict[str, list[dict]] = {"calamine": [], "raw_insert": [], "import": []}
    for _ in range(args.runs):
        for mode in results:
            out = subprocess.run([sys.executable, __file__, "--mode", mode], check=True, capture_output=True,
                                 text=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
    report(results, args.runs)


def report(results: dict[str, list[dict]], runs: int) -> None:
    med = {m: statistics.median(r["seconds"] for r in rs) for m, rs in results.items()}
    peak = {m: max(r["peak_mb"] for r in rs) for m, rs in results.items()}
    imp = results["import"]
    limit = med["calamine"] + med["raw_insert"]
    print(f"| what (20,000 rows, {runs} runs, median) | seconds | peak RSS MB |")
    print("|---|---:|---:|")
    print(f"| python-calamine read of the file | {med['calamine']:.2f} | {peak['calamine']:.0f} |")
    print(f"| raw executemany: registrations + heirs + FTS + audit, one transaction | {med['raw_insert']:.2f} | "
          f"{peak['raw_insert']:.0f} |")
    print(f"| **physical limit** (sum) | **{limit:.2f}** | |")
    print(f"| import: analyse | {statistics.median(r['analyse'] for r in imp):.2f} | |")
    print(f"| import: commit | {statistics.median(r['commit'] for r in imp):.2f} | |")
    print(f"| **import total** | **{med['import']:.2f}** | {peak['import']:.0f} |")
    print(f"| ratio import / physical limit | **{med['import'] / limit:.2f}×** (target ≤ 3×) | |")
    print(f"| ratio import / calamine read alone | {med['import'] / med['calamine']:.1f}× | |")
    for mode, rs in results.items():
        print(f"runs {mode}: " + ", ".join(f"{r['seconds']:.2f}" for r in rs))
    last = imp[-1]
    print("counts:", {k: last[k] for k in ("rows", "imported", "rejected", "duplicates", "skipped")})


if __name__ == "__main__":
    main()
