"""Helpers shared by the benchmark scripts: demo databases, timing, reporting."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
BENCH_KEY = bytes(range(100, 132))    # the data key of every bench office (encrypted like the app's)


def _bench_key(path: Path) -> bytes:
    return BENCH_KEY


def _use_bench_key() -> None:
    """Bench scripts open their demo offices with ``Store.open(path)``: give them one key, as the
    test suite does (the app itself gets its key from the key file)."""
    from desktop_app.storage import driver

    driver.keys.fallback = _bench_key


_use_bench_key()


def demo_db(count: int, seed: int = 1) -> Path:
    """A demo office with ``count`` registrations, built once and reused."""
    from desktop_app.services.context import Context
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.storage.reference import RegionStore
    from desktop_app.storage.store import Store

    DATA.mkdir(exist_ok=True)
    path = DATA / f"demo-{count}.db"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        store = Store.open(tmp, auto_backup=False)
        DemoBuilder(Context(store, RegionStore(), operator="bench", role="admin"), seed=seed).build(count)
        store.close()
        tmp.replace(path)
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def timed(fn: Callable[[], object], runs: int = 30, warmup: int = 3) -> list[float]:
    """Milliseconds per call, after a few warm-up calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def rss_mb() -> float:
    """Resident set size of this process (Linux), in MB."""
    with open(f"/proc/{os.getpid()}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def row(label: str, ours: list[float], raw: list[float] | None = None, target: str = "") -> str:
    m, p = summary(ours)
    text = f"| {label} | {m:.2f} | {p:.2f} |"
    if raw is not None:
        rm, rp = summary(raw)
        text += f" {rm:.2f} | {rp:.2f} |"
    else:
        text += " – | – |"
    return text + f" {target} |"
