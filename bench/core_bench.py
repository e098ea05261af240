"""Foundation benchmarks: search, save, open, region data — beside raw SQLite doing the same.

    python bench/core_bench.py                 # 100k and 1M registrations
    python bench/core_bench.py --sizes 100000  # quicker

Databases are built once into bench/data/ (ignored by git). Prints a Markdown
table; copy it into bench/README.md with the machine's details.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import demo_db, row, timed  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.registry import RegistryService  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.search import RegistrationQuery, fts_expression  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402
from tests import factories  # noqa: E402

WORDS = ["siti", "aminah", "rahman", "budi", "nur", "yusuf", "kurnia", "ma'ruf", "hal", "sar"]


def search_name(store: Store, raw: sqlite3.Connection, words: list[str]) -> tuple[list, list]:
    """First page (50, registration order) plus the total, as the CLI and the list ask."""
    it = iter(words * 1000)

    def ours():
        q = RegistrationQuery(text=next(it))
        store.registrations.count(q)
        store.registrations.page(q, 0, 50)

    it_raw = iter(words * 1000)

    def plain():
        match = fts_expression(next(it_raw))
        raw.execute("SELECT count(*) FROM registrations_fts WHERE registrations_fts MATCH ?", [match]).fetchone()
        raw.execute("SELECT r.* FROM registrations r WHERE r.seq IN (SELECT rowid FROM registrations_fts "
                    "WHERE registrations_fts MATCH ?) ORDER BY r.seq LIMIT 50", [match]).fetchall()
    return timed(ours, 60), timed(plain, 60)


def search_nik(store: Store, raw: sqlite3.Connection, prefixes: list[str]) -> tuple[list, list]:
    it = iter(prefixes * 1000)

    def ours():
        q = RegistrationQuery(text=next(it))
        store.registrations.count(q)
        store.registrations.page(q, 0, 50)

    it_raw = iter(prefixes * 1000)

    def plain():
        p = next(it_raw)
        hi = p[:-1] + chr(ord(p[-1]) + 1)
        raw.execute("SELECT count(*) FROM registrations WHERE nik >= ? AND nik < ? AND deleted_at IS NULL",
                    [p, hi]).fetchone()
        raw.execute("SELECT * FROM registrations WHERE nik >= ? AND nik < ? AND deleted_at IS NULL "
                    "ORDER BY nik LIMIT 50", [p, hi]).fetchall()
    return timed(ours, 60), timed(plain, 60)


def save_one(original: Path) -> tuple[list, list]:
    """RegistryService.register (validation, duplicate + fuzzy checks, audit, FULL sync) vs a raw INSERT,
    on a scratch copy of the database."""
    path = original.with_name("scratch-save.db")
    shutil.copyfile(original, path)
    store = Store.open(path, auto_backup=False)
    regions = RegionStore()
    registry = RegistryService(Context(store, regions, operator="bench", role="admin",
                                       clock=lambda: date(2026, 11, 21)))
    rng = random.Random(5)

    def ours():
        birth = date(1970 + rng.randint(0, 30), rng.randint(1, 12), rng.randint(1, 28))
        registry.register(factories.registration(nik=factories.nik_for(birth, "P", rng.randint(1, 9999), "640902"),
                                                 birth_date=birth, full_name="Bench Aminah"))
    samples = timed(ours, 60, warmup=2)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    seq = [raw.execute("SELECT max(seq) FROM registrations").fetchone()[0] + 1000]
    template = raw.execute("SELECT * FROM registrations LIMIT 1").fetchone()

    def plain():
        seq[0] += 1
        values = list(template)
        values[0], values[1], values[2] = f"raw-{seq[0]}", seq[0], f"6409{seq[0]:012d}"
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(f"INSERT INTO registrations VALUES ({','.join('?' * len(values))})", values)
        raw.execute("COMMIT")
    raw_samples = timed(plain, 60, warmup=2)
    raw.close()
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return samples, raw_samples


def open_db(path: Path) -> tuple[list, list]:
    def ours():
        Store.open(path, auto_backup=False).close()

    def plain():
        c = sqlite3.connect(path)
        c.execute("PRAGMA quick_check").fetchall()
        c.close()
    return timed(ours, 15, 2), timed(plain, 15, 2)


def region_cold() -> tuple[list, list]:
    code = ("import time; t=time.perf_counter(); from desktop_app.storage.reference import RegionStore;"
            "r=RegionStore(); r.get('64.09.01'); r.children('64.09'); print((time.perf_counter()-t)*1000)")
    raw = ("import time; t=time.perf_counter(); import sqlite3;"
           "c=sqlite3.connect('file:resources/wilayah/wilayah.sqlite?mode=ro&immutable=1', uri=True);"
           "c.execute(\"select * from region where code='64.09.01'\").fetchall(); print((time.perf_counter()-t)*1000)")
    ours = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(9)]
    plain = [float(subprocess.check_output([sys.executable, "-c", raw], text=True)) for _ in range(9)]
    return ours, plain


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    print("| measurement | ours median ms | ours p95 ms | raw median ms | raw p95 ms | target |")
    print("|---|---|---|---|---|---|")
    ours, raw = region_cold()
    print(row("region data: cold import + open + lookup (fresh process)", ours, raw, "< 150 ms"))
    for size in args.sizes:
        path = demo_db(size)
        label = f"{size // 1000}k"
        ours, raw = open_db(path)
        print(row(f"{label}: open with quick_check + pragmas + migration check", ours, raw,
                  "< 300 ms at 100k" if size == 100_000 else ""))
        store = Store.open(path, auto_backup=False)
        conn = sqlite3.connect(path)
        niks = [r[0] for r in conn.execute("SELECT nik FROM registrations ORDER BY random() LIMIT 30")]
        prefixes = [n[:k] for n in niks for k in (6, 8, 10, 12)]
        target = "< 20 ms" if size == 100_000 else "< 60 ms"
        ours, raw = search_name(store, conn, WORDS)
        print(row(f"{label}: search by name word (count + first 50)", ours, raw, target))
        ours, raw = search_nik(store, conn, prefixes)
        print(row(f"{label}: search by NIK prefix 6–12 digits (count + first 50)", ours, raw, target))
        store.close()
        conn.close()
        if size <= 100_000:
            ours, raw = save_one(path)
            print(row(f"{label}: save one registration (validate, duplicates, audit, fsync)", ours, raw,
                      "p95 < 15 ms"))


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
