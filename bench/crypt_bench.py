"""Encryption at rest: the same office encrypted (SQLCipher) and in plaintext, side by side, one run.

    python bench/crypt_bench.py                  # 100,000 registrations
    python bench/crypt_bench.py --people 20000   # quicker

Both copies hold the same rows and go through the same Lindungi code and the same SQLite
build (sqlcipher3); the plaintext one is opened by a bench-only ``driver.connect`` that sends
no key. Measured: opening with sign-in (argon2id unlock + ``Store.open``, as the window does:
quick_check beside the window, and also waiting for it), search (count + first page), save
(one registration), and ``PRAGMA quick_check`` on a fresh connection. Prints Markdown rows
for bench/README.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_KEY, DATA, demo_db, summary, timed  # noqa: E402
from desktop_app.services import unlocking  # noqa: E402
from desktop_app.services.context import Context  # noqa: E402
from desktop_app.services.registry import RegistryService  # noqa: E402
from desktop_app.storage import driver  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.search import RegistrationQuery  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402
from tests import factories  # noqa: E402

PASSWORD = "kata-sandi-bench"
WORDS = ["siti", "aminah", "rahman", "budi", "nur", "yusuf", "kurnia", "ma'ruf", "hal", "sar"]
_keyed_connect = driver.connect


def _plaintext_connect(path, *, key=None, mode=None, timeout=5.0, check_same_thread=False, isolation_level="",
                       cache=False):
    """Bench only: ``driver.connect`` without the key, for the plaintext copy."""
    path = Path(path)
    target = path.resolve().as_uri() + driver._MODES[mode] if mode else str(path)
    conn = driver.dbapi2.connect(target, uri=bool(mode), timeout=timeout, check_same_thread=check_same_thread,
                                 isolation_level=isolation_level)
    if cache:
        conn.execute(f"PRAGMA cache_size = -{driver.CACHE_KIB}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


class Plaintext:
    """Inside the block every connection is made without a key."""

    def __enter__(self):
        driver.connect = _plaintext_connect

    def __exit__(self, *exc):
        driver.connect = _keyed_connect


def copies(people: int) -> tuple[Path, Path]:
    """(encrypted, plaintext) copies of the demo office, the encrypted one with a key file."""
    source = demo_db(people)
    enc, plain = DATA / f"crypt-{people}.db", DATA / f"plain-{people}.db"
    for path in (enc, plain):
        for suffix in ("", "-wal", "-shm", ".kunci"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, enc)
    unlocking.set_admin_password(enc, BENCH_KEY, "bench", PASSWORD)
    conn = driver.connect(source, key=BENCH_KEY)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(plain)])
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return enc, plain


def open_times(path: Path, encrypted: bool, runs: int = 5) -> tuple[list, list]:
    """(sign-in + open with quick_check beside, the same waiting for quick_check), in ms."""
    shown, checked = [], []
    for _ in range(runs):
        driver.keys.forget()
        started = time.perf_counter()
        key = unlocking.sign_in(path, "bench", PASSWORD) if encrypted else None
        store = Store.open(path, background_check=True, auto_backup=False, key=key)
        shown.append((time.perf_counter() - started) * 1000)
        store.verdict.wait()
        checked.append((time.perf_counter() - started) * 1000)
        store.close()
    driver.keys.remember(path, BENCH_KEY)
    return shown, checked


def quick_check(path: Path, runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        conn = driver.connect(path, mode="ro", cache=True)
        started = time.perf_counter()
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        out.append((time.perf_counter() - started) * 1000)
        conn.close()
    return out


def search(path: Path) -> list[float]:
    store = Store.open(path, auto_backup=False, check=False)
    it = iter(WORDS * 1000)

    def one():
        q = RegistrationQuery(text=next(it))
        store.registrations.count(q)
        store.registrations.page(q, 0, 50)
    try:
        return timed(one, runs=150, warmup=10)
    finally:
        store.close()


def save(path: Path) -> list[float]:
    store = Store.open(path, auto_backup=False, check=False)
    regions = RegionStore()
    registry = RegistryService(Context(store, regions, operator="bench", role="admin",
                                       clock=lambda: date(2026, 11, 21)))
    rng = random.Random(5)

    def one():
        birth = date(1960, 1, 1).fromordinal(date(1960, 1, 1).toordinal() + rng.randint(0, 14000))
        reg = factories.registration(nik=factories.nik_for(birth, "L", serial=rng.randint(1, 9999)),
                                     birth_date=birth, sex="L", full_name=f"Bench Orang {rng.randint(1, 10**6)}")
        try:
            registry.register(reg, confirm_similar=True)
        except Exception:  # noqa: BLE001 - a NIK drawn twice: not what is measured
            pass
    try:
        return timed(one, runs=150, warmup=10)
    finally:
        store.close()
        regions.close()


def line(label: str, enc: list[float], plain: list[float], target: str) -> str:
    (em, ep), (pm, pp) = summary(enc), summary(plain)
    return f"| {label} | {em:.1f} | {ep:.1f} | {pm:.1f} | {pp:.1f} | ×{em / pm:.2f} | {target} |"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    enc, plain = copies(args.people)
    rows = []
    shown, checked = open_times(enc, True)
    with Plaintext():
        p_shown, p_checked = open_times(plain, False)
    rows.append(line("open with sign-in (window shown; check beside)", shown, p_shown, "< 1.5 s"))
    rows.append(line("open with sign-in, quick_check finished", checked, p_checked, "< 1.5 s"))
    qc = quick_check(enc)
    with Plaintext():
        p_qc = quick_check(plain)
    rows.append(line("quick_check at open (fresh connection, 64 MiB cache)", qc, p_qc, "≤ ×3"))
    s = search(enc)
    with Plaintext():
        p_s = search(plain)
    rows.append(line("search: count + first page of 50", s, p_s, "≤ ×1.5"))
    w = save(enc)
    with Plaintext():
        p_w = save(plain)
    rows.append(line("save one registration", w, p_w, "≤ ×1.5"))
    unlock = timed(lambda: unlocking.sign_in(enc, "bench", PASSWORD), runs=5, warmup=1)
    print(f"\n{args.people:,} registrations; file {enc.stat().st_size / 1e6:.0f} MB; "
          f"argon2id unlock alone: {summary(unlock)[0]:.0f} ms\n")
    print("| step (ms) | encrypted median | p95 | plaintext median | p95 | ratio | target |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
