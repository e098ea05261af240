"""Bench: the berita acara of one batch of 1,000 people (participants table over ~30 pages).

Informational (the issue sets no target for the recap): median wall and CPU time
of ROUNDS runs of ``PrintService.print_recap`` in this process, pages, file size.

    python bench/print_recap.py [--count 1340] [--rounds 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.demo import DemoBuilder  # noqa: E402
from desktop_app.services.printing import PrintService  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.search import RegistrationQuery  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1340, help="demo people (about 3/4 land in scheme 1)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db", auto_backup=False)
        ctx = Context(store, RegionStore(), operator="bench", role="admin")
        DemoBuilder(ctx, seed=7).build(args.count)
        ids = store.registrations.ids(RegistrationQuery(scheme_id=1))
        with store.write():
            for demo_batch in store.batches.all():   # the demo's per-desa drafts: free their people
                store.batches.remove_items(demo_batch.id, store.batches.item_ids(demo_batch.id))
            batch = store.batches.create(1, "bench", title="Bench batch")
            store.batches.add_items(batch, ids)
        wall, cpu, pages, size = [], [], 0, 0
        for _ in range(args.rounds):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = PrintService(ctx).print_recap(batch, Path(tmp) / "recap.pdf")
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            pages, size = result.pages, result.path.stat().st_size
        store.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| recap of {len(ids):,} people, median of {args.rounds} | wall s | CPU s | pages | PDF KB | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| `PrintService.print_recap` | {statistics.median(wall):.2f} | {statistics.median(cpu):.2f} | {pages} "
          f"| {size / 1000:.0f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
