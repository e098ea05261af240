"""Durability figures (issue 13): restore of a 100k database, the full integrity check at
100k and 1M people, and the size of one backup. The 1M database is the 100k demo replicated
ten times (``replicated_db``).

    python bench/durability.py            # 100k and 1M (the 1M demo takes minutes to build once)
    python bench/durability.py --only 100000

Each figure is the median of a few runs, beside the raw SQLite doing the same work: a plain
``shutil.copyfile`` of the file for the restore, a bare ``PRAGMA integrity_check`` for the check.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import demo_db  # noqa: E402


def _median(fn, runs: int) -> float:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return statistics.median(out)


def restore_figures(source: Path, runs: int = 3) -> dict:
    from desktop_app.services import maintenance

    work = Path(tempfile.mkdtemp(prefix="lindungi-restore-bench-"))
    try:
        live = work / "kantor.db"
        backup = work / "cadangan.db"
        shutil.copyfile(source, live)
        shutil.copyfile(source, backup)

        def ours() -> None:
            maintenance.restore(backup, live)
            shutil.rmtree(work / "backups", ignore_errors=True)   # keep the disk use flat between runs

        raw = _median(lambda: shutil.copyfile(backup, work / "raw.db"), runs)
        return {"restore_s": round(_median(ours, runs), 2), "raw_copy_s": round(raw, 2),
                "size_mb": round(source.stat().st_size / 1_048_576, 1)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_figures(source: Path, runs: int = 3) -> dict:
    from desktop_app.storage.integrity import FullCheck

    def raw() -> None:
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()

    def quick() -> None:
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()

    found = FullCheck(source).run()
    assert found == ["ok"], found
    return {"full_check_s": round(_median(lambda: FullCheck(source).run(), runs), 2),
            "raw_integrity_check_s": round(_median(raw, runs), 2), "quick_check_s": round(_median(quick, runs), 2)}


def replicated_db(base: Path, times: int) -> Path:
    """``times`` copies of the people in ``base`` in one database (new ids, seq, and NIKs under the
    unused province codes 01-09; heirs
    copied; the name index filled by its triggers) — the same shape as the demo at ``times``× the
    size, built in a minute or two where the demo builder takes most of an hour on a loaded VM."""
    from bench.common import DATA

    path = DATA / f"replicated-{times}x-{base.stem}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    shutil.copyfile(base, tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(registrations)")]
        step = conn.execute("SELECT max(seq) FROM registrations").fetchone()[0]
        conn.execute("BEGIN")
        for k in range(1, times):
            values = ", ".join({"id": f"id || '-{k}'", "seq": f"seq + {k * step}",
                                "nik": f"printf('%02d', {k}) || substr(nik, 3)"}.get(c, c)
                               for c in cols)
            conn.execute(f"INSERT INTO registrations ({', '.join(cols)}) SELECT {values} FROM registrations "
                         f"WHERE seq <= {step}")
            conn.execute(f"INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) "
                         f"SELECT registration_id || '-{k}', position, name, relationship, nik, phone FROM heirs "
                         f"WHERE length(registration_id) = 36")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", type=int, default=None)
    args = parser.parse_args()
    sizes = [args.only] if args.only else [100_000, 1_000_000]
    for count in sizes:
        path = demo_db(count) if count <= 100_000 else replicated_db(demo_db(100_000), count // 100_000)
        row = {"people": count, **check_figures(path, runs=3 if count <= 100_000 else 1)}
        if count <= 100_000:
            row.update(restore_figures(path))
        else:
            row["size_mb"] = round(path.stat().st_size / 1_048_576, 1)
        print(row, flush=True)


if __name__ == "__main__":
    main()
