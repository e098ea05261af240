"""The exchange engine (issue 15, storage/sync_engine.py) at office scale.

    python bench/sync_bench.py [--count 20000] [--memory 100000]

A demo office (heirs included) sends everything to an empty office of the same kabupaten: file
size and export time; apply at the empty office; the same file applied again past the ledger
(0 writes); then 2,000 edits at the sender, 500 of them to the same field the receiver changed
too (500 conflicts); and the peak memory of a worker process sending and applying 100,000 people.
The engine runs in this process on closed databases (as the worker does); the raw-library figure
beside each is APSW's own ``Session.diff`` / ``Changeset.apply`` on the same tables without our
handler, snapshot or file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH_KEY, DATA, demo_db  # noqa: E402

SYNC_KEY = bytes(range(32))


def _office(source: Path, target: Path, code: str, number: int, *, empty: bool) -> Path:
    from desktop_app.storage import driver, sync_file
    from desktop_app.storage.store import Store

    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(target.parent / f"{target.stem}-sync", ignore_errors=True)
    conn = driver.connect(source, key=BENCH_KEY)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copy(source, target)
    store = Store.open(target, auto_backup=False, check=False)
    with store.write():
        db = store.db
        db.execute("UPDATE office SET office_code = ?, office_number = ? WHERE id = 1", [code, number])
        if empty:
            for table in ("batch_items", "batches", "heirs", "sync_changes", "registrations"):
                db.execute(f"DELETE FROM {table}")
        else:
            db.execute("UPDATE registrations SET origin_office = ?, updated_office = ?", [code, code])
        store.sync.set_key(SYNC_KEY, sync_file.fingerprint(SYNC_KEY), "imported", "bench")
        other = "PPU-KAB" if code != "PPU-KAB" else "PPU-PNJ"
        store.sync.add_peer(other, "", None, "", "", "up" if code != "PPU-KAB" else "down", "bench")
    store.close()
    return target


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def run(count: int) -> dict:
    from desktop_app.storage import driver, sync_engine

    source = demo_db(count)
    folder = DATA / "sync"
    sender = _office(source, folder / "kec" / "office.db", "PPU-PNJ", 10, empty=False)
    receiver = _office(source, folder / "kab" / "office.db", "PPU-KAB", 1, empty=True)
    out = folder / "files"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    figures: dict = {"count": count}

    sent = sync_engine.export(sender, BENCH_KEY, "PPU-KAB", out)
    figures["full_send"] = {"seconds": sent.seconds, "bytes": sent.size_bytes, "new": sent.new}
    got = sync_engine.import_file(receiver, BENCH_KEY, Path(sent.path))
    figures["apply_empty"] = {"seconds": got.seconds, "new": got.new, "conflicts": got.conflicts}
    # the same file again, past the ledger: the engine itself must write nothing
    conn = driver.connect(receiver, key=BENCH_KEY)
    conn.execute("DELETE FROM sync_ledger WHERE file_id = ?", [got.file_id])
    conn.commit()
    before = conn.execute("SELECT count(*), sum(row_version) FROM registrations").fetchone()
    conn.close()
    again = sync_engine.import_file(receiver, BENCH_KEY, Path(sent.path))
    conn = driver.connect(receiver, key=BENCH_KEY)
    after = conn.execute("SELECT count(*), sum(row_version) FROM registrations").fetchone()
    conn.close()
    figures["reapply"] = {"seconds": again.seconds, "new": again.new, "updated": again.updated,
                          "conflicts": again.conflicts, "unchanged": before == after}
    back = sync_engine.export(receiver, BENCH_KEY, "PPU-PNJ", out)        # the receiver answers: nothing new
    sync_engine.import_file(sender, BENCH_KEY, Path(back.path))
    figures["echo"] = {"new": back.new, "updated": back.updated}

    # 2,000 edits at the sender, 500 of the same field changed at the receiver too
    conn = driver.connect(sender, key=BENCH_KEY)
    ids = [r[0] for r in conn.execute("SELECT id FROM registrations ORDER BY seq LIMIT 2000")]
    conn.executemany("UPDATE registrations SET address = ?, updated_at = '2026-12-01T10:00:00', updated_by = 'a', "
                     "updated_office = 'PPU-PNJ' WHERE id = ?",
                     [(f"Jl. Kiriman {i}", rid) for i, rid in enumerate(ids)])
    conn.commit()
    conn.close()
    conn = driver.connect(receiver, key=BENCH_KEY)
    conn.executemany("UPDATE registrations SET address = ?, updated_at = '2026-12-01T11:00:00', updated_by = 'b', "
                     "updated_office = 'PPU-KAB' WHERE id = ?",
                     [(f"Jl. Dinas {i}", rid) for i, rid in enumerate(ids[:500])])
    conn.commit()
    conn.close()
    edits = sync_engine.export(sender, BENCH_KEY, "PPU-KAB", out)
    applied = sync_engine.import_file(receiver, BENCH_KEY, Path(edits.path))
    figures["edits"] = {"export_seconds": edits.seconds, "bytes": edits.size_bytes, "updated": edits.updated,
                        "apply_seconds": applied.seconds, "applied_updated": applied.updated,
                        "conflicts": applied.conflicts}
    figures["raw"] = _raw(sender, receiver)
    return figures


def _raw(sender: Path, receiver: Path) -> dict:
    """APSW alone: diff the sender's tables against an empty copy and apply the changeset to one."""
    import apsw

    from desktop_app.storage.sync_engine import SYNC_TABLES, columns

    mem = apsw.Connection(":memory:")
    mem.execute("PRAGMA cipher = 'sqlcipher'")
    mem.execute("PRAGMA legacy = 4")
    mem.execute(f"ATTACH ? AS office KEY \"x'{BENCH_KEY.hex()}'\"", (str(sender),))
    mem.execute("ATTACH ':memory:' AS empty")
    started = time.perf_counter()
    for table in SYNC_TABLES:
        cols = columns(mem, table, "office")
        pk = [n for n, p in sorted(cols, key=lambda c: c[1]) if p]
        names = ", ".join(n for n, _ in cols)
        mem.execute(f"CREATE TABLE main.{table} ({names}, PRIMARY KEY ({', '.join(pk)}))")
        mem.execute(f"CREATE TABLE empty.{table} ({names}, PRIMARY KEY ({', '.join(pk)}))")
        mem.execute(f"INSERT INTO main.{table} SELECT * FROM office.{table}")
    session = apsw.Session(mem, "main")
    for table in SYNC_TABLES:
        session.attach(table)
        session.diff("empty", table)
    changeset = session.changeset()
    diff_s = time.perf_counter() - started
    target = apsw.Connection(":memory:")
    for table in SYNC_TABLES:
        cols = columns(mem, table, "main")
        pk = [n for n, p in sorted(cols, key=lambda c: c[1]) if p]
        target.execute(f"CREATE TABLE {table} ({', '.join(n for n, _ in cols)}, PRIMARY KEY ({', '.join(pk)}))")
    started = time.perf_counter()
    with target:
        apsw.Changeset.apply(changeset, target)
    return {"diff_seconds": diff_s, "apply_seconds": time.perf_counter() - started, "bytes": len(changeset)}


def _hwm_mb() -> float:
    """Peak resident memory of this process (Linux VmHWM; ru_maxrss would carry the parent's over exec)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_child(count: int) -> None:
    """In a fresh process (as the worker is): send everything, apply it at an empty office; peak RSS."""
    from desktop_app.storage import sync_engine

    folder = DATA / "sync-mem"
    sender, receiver, out = folder / "kec" / "office.db", folder / "kab" / "office.db", folder / "files"
    base = _hwm_mb()
    sent = sync_engine.export(sender, BENCH_KEY, "PPU-KAB", out)
    got = sync_engine.import_file(receiver, BENCH_KEY, Path(sent.path))
    peak = _hwm_mb()
    print(json.dumps({"count": count, "peak_mb": peak, "before_mb": base, "bytes": sent.size_bytes,
                      "export_seconds": sent.seconds, "apply_seconds": got.seconds, "new": got.new}))


def _prepare_memory(count: int) -> None:
    """The two offices of the memory run, made here so the measured process does only the engine's work."""
    source = demo_db(count)
    folder = DATA / "sync-mem"
    _office(source, folder / "kec" / "office.db", "PPU-PNJ", 10, empty=False)
    _office(source, folder / "kab" / "office.db", "PPU-KAB", 1, empty=True)
    shutil.rmtree(folder / "files", ignore_errors=True)
    (folder / "files").mkdir()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--memory", type=int, default=100_000, help="0: skip the memory run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        memory_child(args.memory)
        return
    figures = run(args.count)
    f = figures
    print(f"full send of {f['count']:,} people with heirs: {f['full_send']['bytes'] / 1e6:.2f} MB in "
          f"{_ms(f['full_send']['seconds'])} (raw diff {_ms(f['raw']['diff_seconds'])}, "
          f"{f['raw']['bytes'] / 1e6:.1f} MB uncompressed)")
    print(f"apply at an empty office: {_ms(f['apply_empty']['seconds'])} for {f['apply_empty']['new']:,} new "
          f"(raw apply {_ms(f['raw']['apply_seconds'])})")
    print(f"re-apply past the ledger: {_ms(f['reapply']['seconds'])}, new {f['reapply']['new']}, updated "
          f"{f['reapply']['updated']}, unchanged {f['reapply']['unchanged']}; echo back {f['echo']}")
    print(f"2,000 edits: {f['edits']['bytes'] / 1e3:.0f} kB, export {_ms(f['edits']['export_seconds'])}, apply "
          f"{_ms(f['edits']['apply_seconds'])} ({f['edits']['applied_updated']} updated, "
          f"{f['edits']['conflicts']} conflicts)")
    if args.memory:
        _prepare_memory(args.memory)
        child = subprocess.run([sys.executable, __file__, "--child", "--memory", str(args.memory)],
                               capture_output=True, text=True, check=True)
        m = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"{m['count']:,} people in a fresh process: peak {m['peak_mb']:.0f} MB (before {m['before_mb']:.0f}), "
              f"file {m['bytes'] / 1e6:.1f} MB, export {_ms(m['export_seconds'])}, apply {_ms(m['apply_seconds'])}")


if __name__ == "__main__":
    main()
