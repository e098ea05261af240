"""Bench: 1,000 enrolment slips in one PDF — Lindungi's service vs a raw reportlab script.

Builds a demo office (1,200 people), then alternates, ROUNDS times, two fresh
processes: ``PrintService.print_slips`` on a pristine copy of the database
(reading, formatting, signing, fitting, audit, counters, atomic file) and
``bench/print_raw.py`` drawing the same texts at the same places with bare
reportlab. Each child reports the wall time of the work itself and its peak
RSS. Prints a Markdown table of medians (copied into bench/print.md).

    python bench/print_slips.py [--count 1000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SERVICE_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop_app.services.context import Context
from desktop_app.services.printing import PrintService
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store
store = Store.open(Path(sys.argv[1]), auto_backup=False)
ctx = Context(store, RegionStore(), operator="bench", role="admin")
ids = json.loads(Path(sys.argv[2]).read_text())
started, cpu = time.perf_counter(), time.process_time()
PrintService(ctx).print_slips(ids, Path(sys.argv[3]))
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "max_rss_mb": round(rss, 1)}))
"""


def build_office(folder: Path, count: int) -> tuple[Path, list[str]]:
    from desktop_app.services.context import Context
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.storage.reference import RegionStore
    from desktop_app.storage.search import RegistrationQuery
    from desktop_app.storage.store import Store

    db = folder / "bench.db"
    store = Store.open(db, auto_backup=False)
    ctx = Context(store, RegionStore(), operator="bench", role="admin")
    DemoBuilder(ctx, seed=7).build(count + 200)
    ids = store.registrations.ids(RegistrationQuery())[:count]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return db, ids


def raw_payload(db: Path, ids: list[str]) -> dict:
    """The exact texts the service will print, for the raw script (computed untimed)."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit

    from desktop_app.domain.benefits import benefit_lines, claim_lines
    from desktop_app.domain.slip_token import new_key
    from desktop_app.formats.pdf_fonts import REGULAR, register_fonts
    from desktop_app.formats.slip_parts import SlipLabels
    from desktop_app.paths import resource
    from desktop_app.services.context import Context
    from desktop_app.services.print_settings import load_print_settings
    from desktop_app.services.slip_content import SlipComposer
    from desktop_app.storage.reference import RegionStore
    from desktop_app.storage.store import Store

    register_fonts()
    store = Store.open(db, auto_backup=False)
    ctx = Context(store, RegionStore(), operator="bench", role="admin")
    office = store.office.get()
    composer = SlipComposer(ctx, office, load_print_settings(store), new_key(), ctx.today())
    slips = [asdict(composer.view(store.registrations.get(i))) for i in ids]
    store.close()
    return {
        "fonts": {"regular": str(resource("fonts", "DejaVuSans.ttf")),
                  "bold": str(resource("fonts", "DejaVuSans-Bold.ttf"))},
        "government": office.government_name.upper(), "office": office.name, "address": office.address,
        "labels": asdict(SlipLabels.current()),
        "benefits": [simpleSplit(t, REGULAR, 6.6, 102 * mm) for t in benefit_lines()],
        "claims": [simpleSplit(t, REGULAR, 6.6, 70 * mm) for t in claim_lines()],
        "slips": slips,
    }


def run_child(argv: list[str]) -> dict:
    result = subprocess.run([sys.executable, *argv], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pristine, ids = build_office(folder, args.count)
        (folder / "ids.json").write_text(json.dumps(ids))
        (folder / "raw.json").write_text(json.dumps(raw_payload(pristine, ids)), encoding="utf-8")
        service, raw = [], []
        for round_no in range(args.rounds):
            copy = folder / f"run{round_no}.db"
            shutil.copy(pristine, copy)
            service.append(run_child(["-c", SERVICE_CHILD, str(copy), str(folder / "ids.json"),
                                      str(folder / "service.pdf")]))
            raw.append(run_child([str(ROOT / "bench" / "print_raw.py"), str(folder / "raw.json"),
                                  str(folder / "raw.pdf")]))
            print(f"round {round_no + 1}: service {service[-1]['seconds']:.2f} s, raw {raw[-1]['seconds']:.2f} s",
                  file=sys.stderr)
        sizes = {name: (folder / f"{name}.pdf").stat().st_size for name in ("service", "raw")}
    report(args.count, service, raw, sizes)


def report(count: int, service: list[dict], raw: list[dict], sizes: dict) -> None:
    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"| {count:,} slips, A4 two per page, median of {len(service)} | wall s | CPU s | slips/s (wall) "
          "| peak RSS MB | PDF MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, runs, size in (("Lindungi `PrintService.print_slips`", service, sizes["service"]),
                             ("raw reportlab script (bench/print_raw.py)", raw, sizes["raw"])):
        print(f"| {name} | {med(runs, 'seconds'):.2f} | {med(runs, 'cpu'):.2f} | {count / med(runs, 'seconds'):.0f} "
              f"| {max(r['max_rss_mb'] for r in runs):.0f} | {size / 1e6:.1f} |")
    print(f"\nratio service / raw: {med(service, 'seconds') / med(raw, 'seconds'):.2f}× wall, "
          f"{med(service, 'cpu') / med(raw, 'cpu'):.2f}× CPU")
    print("all runs (wall s): service " + ", ".join(f"{x['seconds']:.2f}" for x in service)
          + "; raw " + ", ".join(f"{x['seconds']:.2f}" for x in raw))


if __name__ == "__main__":
    main()
