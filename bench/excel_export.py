"""Export of a 20,000-person batch (incl. self-verification) vs raw openpyxl write-only.

    .venv/bin/python bench/excel_export.py [--runs 5]

Each measurement runs in its own process (so peak memory is its own). The raw
side writes exactly the cells of the export's Peserta/Rekap/Info sheets with
openpyxl's write-only mode and the same number formats, and nothing else: no
database, no read-back, no hash. Medians are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from excel_setup import DATA, context, export_db, peak_mb, timed


def raw_write(sheets, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from desktop_app.formats.xlsx_writer import NUMBER_FORMATS

    wb = Workbook(write_only=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        ws.append([c.header for c in sheet.columns])
        formats = [NUMBER_FORMATS[c.format] for c in sheet.columns]
        for row in sheet.rows:
            cells = []
            for i, value in enumerate(row):
                cell = WriteOnlyCell(ws, value)
                cell.number_format = formats[i]
                cells.append(cell)
            ws.append(cells)
    wb.save(path)


def measure(mode: str) -> dict:
    from desktop_app.services.exporter import BatchExporter

    db, batch = export_db()
    ctx = context(db)
    out = DATA / f"bench-{mode}.xlsx"
    exporter = BatchExporter(ctx)
    if mode == "raw":
        sheets = exporter.build_sheets(batch)          # prepared outside the timing
        seconds, _ = timed(lambda: raw_write(sheets, out))
    else:
        seconds, result = timed(lambda: exporter.export(batch, out, overwrite=True))
        assert result.rows == 20_000
    ctx.store.close()
    return {"mode": mode, "seconds": seconds, "peak_mb": peak_mb(), "bytes": out.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mode", choices=("raw", "export"))
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(measure(args.mode)))
        return
    export_db()
    results: dict[str, list[dict]] = {"raw": [], "export": []}
    for _ in range(args.runs):
        for mode in results:
            out = subprocess.run([sys.executable, __file__, "--mode", mode], check=True, capture_output=True,
                                 text=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
    raw = statistics.median(r["seconds"] for r in results["raw"])
    full = statistics.median(r["seconds"] for r in results["export"])
    print(f"| what (20,000 people, {args.runs} runs, median) | seconds | peak RSS MB |")
    print("|---|---:|---:|")
    print(f"| raw openpyxl write-only, same cells and formats | {raw:.2f} | "
          f"{max(r['peak_mb'] for r in results['raw']):.0f} |")
    print(f"| `lindungi export` (DB read, write, read-back + compare, SHA-256, lock) | {full:.2f} | "
          f"{max(r['peak_mb'] for r in results['export']):.0f} |")
    print(f"| ratio export / raw | {full / raw:.2f}× | |")
    print("runs:", json.dumps({m: [round(r["seconds"], 2) for r in rs] for m, rs in results.items()}))


if __name__ == "__main__":
    main()
