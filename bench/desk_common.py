"""Shared set-up for the desk benchmarks: the 100,000-person demo database and a scratch user folder.

The database is built once with ``lindungi demo --count 100000`` into bench/data/
(ignored by git) and reused; benchmarks that write work on a copy.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
BIG_DB = DATA / "demo-100k.db"
sys.path.insert(0, str(ROOT))


def big_db(count: int = 100_000) -> Path:
    if not BIG_DB.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"building {BIG_DB} ({count:,} people)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(BIG_DB), "--count", str(count),
                        "--json"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return BIG_DB


def scratch_copy(source: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="lindungi-bench-"))
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def scratch_user_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="lindungi-bench-user-"))
    os.environ["LINDUNGI_DATA_DIR"] = str(folder)
    return folder


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def summary(values: list[float]) -> dict:
    ms = sorted(v * 1000 for v in values)
    return {"runs": len(ms), "median_ms": round(statistics.median(ms), 1), "min_ms": round(ms[0], 1),
            "max_ms": round(ms[-1], 1)}
