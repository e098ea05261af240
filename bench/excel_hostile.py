"""Hostile and odd village files: what reading and analysing them costs (each in its own process).

    .venv/bin/python bench/excel_hostile.py

Before issue 10 the cell at XFD1048576 aborted the process (exit 134), the sparse
sheet took 17 s and 907 MB and the zip bomb 2.5 GB. Each case here runs
``ImportService.analyse`` in a fresh interpreter and reports its exit status,
seconds and peak memory (VmHWM), plus what the preview or the message said.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from excel_setup import ROOT

CASES = ("xfd_cell", "sparse_sheet", "zip_bomb", "xls_full_grid", "ods_repeated", "huge_income")


def _base(path: Path, extra=None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU KANDUNG", "ALAMAT", "DESA", "PEKERJAAN",
               "PENGHASILAN", "AHLI WARIS", "HUBUNGAN"])
    for i in range(200):
        ws.append([f"64090157089{i:05d}"[:16], "Siti Aminah", "Penajam", "17-08-1990", "Halimah", "Jl. A", "Nenang",
                   "Nelayan", 900000, "Ahmad", "SUAMI"])
    if extra:
        extra(ws)
    wb.save(path)
    return path


def make(case: str, folder: Path) -> Path:
    if case == "xfd_cell":
        return _base(folder / "xfd.xlsx", lambda ws: ws.cell(1048576, 16384, "x"))
    if case == "sparse_sheet":
        def sparse(ws):
            for c in range(1, 16):
                ws.cell(1048576, c, "x")
        return _base(folder / "sparse.xlsx", sparse)
    if case == "huge_income":
        def income(ws):
            ws["I2"], ws["I3"] = 1e30, 0.5
        return _base(folder / "income.xlsx", income)
    if case == "zip_bomb":
        base = _base(folder / "base.xlsx")
        from tests.hostile_files import zip_bomb

        bomb = zip_bomb(base, folder / "bomb.xlsx", 160)          # 2.5 GB of white space
        return bomb
    source = _base(folder / ("full.xlsx" if case == "xls_full_grid" else "repeated.xlsx"),
                   lambda ws: ws.cell(65536, 256, "x"))
    fmt = "xls" if case == "xls_full_grid" else "ods"
    binary = shutil.which("soffice")
    if binary is None:
        raise SystemExit("LibreOffice (soffice) is needed for the .xls/.ods cases")
    subprocess.run([binary, f"-env:UserInstallation=file://{folder}/lo", "--headless", "--convert-to", fmt,
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=240)
    return source.with_suffix(f".{fmt}")


CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from excel_setup import context
from excel_import import fresh_copy
from desktop_app.errors import UserError
from desktop_app.services.importing.service import ImportService
ctx = context(fresh_copy())
start = time.perf_counter()
try:
    preview = ImportService(ctx).analyse({path!r})
    said = {{"rows": preview.counts["rows"], "new": preview.counts["new"], "notes": preview.all_notes()[:2],
             "warnings": [w for r in preview.rows for w in r.warnings if "enghasilan" in w][:2]}}
    if {commit!r}:
        said["imported"] = ImportService(ctx).commit(preview).imported
except UserError as exc:
    said = {{"message": exc.message}}
seconds = time.perf_counter() - start
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak, **said}}, ensure_ascii=False))
"""


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    print("| case | exit | seconds | peak MB | what it said |")
    print("|---|---:|---:|---:|---|")
    for case in CASES:
        path = make(case, folder)
        code = CHILD.format(root=str(ROOT), bench=str(ROOT / "bench"), path=str(path), commit=case == "huge_income")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            print(f"| {case} | {done.returncode} | | | {done.stderr.strip().splitlines()[-1][:120]} |")
            continue
        data = json.loads(done.stdout.strip().splitlines()[-1])
        said = data.get("message") or f"rows {data['rows']}, new {data['new']}; " + " ".join(
            data["notes"] + data["warnings"] + ([f"imported {data['imported']}"] if "imported" in data else []))
        print(f"| {case} | 0 | {data['seconds']:.2f} | {data['peak_mb']:.0f} | {said[:160]} |")


if __name__ == "__main__":
    main()
