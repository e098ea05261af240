"""Import of a 20,000-row village list (validation + duplicate checks + commit) vs the raw read.

    .venv/bin/python bench/excel_import.py [--runs 5]

The raw side reads the same file with the reader the importer uses
(python-calamine, every cell of every row into Python lists); openpyxl's
read-only mode is timed too, for comparison. The import side is
``ImportService.analyse`` (read, header, mapping, per-row conversion,
``domain.validation`` + ``RegistryService.check`` per row) and ``commit`` (one
transaction: registrations, heirs, batch, audit rows) into a fresh copy of an
office database holding 5,000 people already. Each measurement runs in its own
process; medians are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys

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


def measure(mode: str) -> dict:
    if mode == "calamine":
        from desktop_app.formats.xlsx_reader import read_sheets
        seconds, sheets = timed(lambda: read_sheets(LIST))
        return {"mode": mode, "seconds": seconds, "peak_mb": peak_mb(), "rows": len(sheets[0].rows)}
    if mode == "openpyxl":
        from openpyxl import load_workbook

        def read():
            wb = load_workbook(LIST, read_only=True)
            rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            wb.close()
            return rows
        seconds, rows = timed(read)
        return {"mode": mode, "seconds": seconds, "peak_mb": peak_mb(), "rows": len(rows)}
    from desktop_app.services.importing.service import ImportService

    db = DATA / "import-run.db"
    for suffix in ("", "-wal", "-shm"):
        (DATA / f"import-run.db{suffix}").unlink(missing_ok=True)
    shutil.copy(base_db(), db)
    ctx = context(db)
    service = ImportService(ctx)
    analyse_s, preview = timed(lambda: service.analyse(LIST))
    commit_s, result = timed(lambda: service.commit(preview))
    ctx.store.close()
    return {"mode": mode, "seconds": analyse_s + commit_s, "analyse": analyse_s, "commit": commit_s,
            "peak_mb": peak_mb(), "imported": result.imported, **preview.counts}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mode", choices=("calamine", "openpyxl", "import"))
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(measure(args.mode)))
        return
    village_list(LIST)
    base_db()
    results: dict[str, list[dict]] = {"calamine": [], "openpyxl": [], "import": []}
    for _ in range(args.runs):
        for mode in results:
            out = subprocess.run([sys.executable, __file__, "--mode", mode], check=True, capture_output=True,
                                 text=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
    med = {m: statistics.median(r["seconds"] for r in rs) for m, rs in results.items()}
    peak = {m: max(r["peak_mb"] for r in rs) for m, rs in results.items()}
    imp = results["import"]
    print(f"| what (20,000 rows, {args.runs} runs, median) | seconds | peak RSS MB |")
    print("|---|---:|---:|")
    print(f"| raw read, python-calamine (the importer's reader) | {med['calamine']:.2f} | {peak['calamine']:.0f} |")
    print(f"| raw read, openpyxl read-only (for comparison) | {med['openpyxl']:.2f} | {peak['openpyxl']:.0f} |")
    print(f"| import: analyse (read, map, convert, validate, duplicate checks) | "
          f"{statistics.median(r['analyse'] for r in imp):.2f} | |")
    print(f"| import: commit (one transaction) | {statistics.median(r['commit'] for r in imp):.2f} | |")
    print(f"| import total | {med['import']:.2f} | {peak['import']:.0f} |")
    print(f"| ratio import / calamine raw read | {med['import'] / med['calamine']:.1f}× | |")
    print(f"| ratio import / openpyxl raw read | {med['import'] / med['openpyxl']:.2f}× | |")
    last = imp[-1]
    print("counts:", {k: last[k] for k in ("rows", "imported", "rejected", "duplicates", "skipped")})


if __name__ == "__main__":
    main()
