"""Fault drill: kill -9 Lindungi at random moments, start again, and check that nothing was lost,
hidden or forked (issue 13, "Done when").

Each trial runs one command in a child process — registrations, a village import, an export
of a batch while another process changes that batch, a backup, a restore (from a page copy or,
every other time, from a packed backup), or the packing of older backups — and kills it
with SIGKILL at a random moment (or lets it finish). Then a fresh process starts
(``lindungi stats``: it sweeps what the dead one left and opens the database), and the drill
checks:

- every registration the killed process reported as saved is still there (0 lost);
- the start found the office set up (never the first-run wizard or a recovery prompt with data
  present);
- every locked batch's file exists with the SHA-256 and row count the batch records, and the
  row count equals the batch's members (0 batches whose lock disagrees with their file);
- no temporary file is left in the target folder, beside the database, in the app's scratch
  folder or in the system temp folder (0 personal-data temp files after restart);
- after packing, every backup in ``backups/`` is whole (``is_intact``) and none was lost (each
  one taken is there as its page copy or its packed form).

    python bench/drill.py --trials 120            # the full drill (~5-10 min on 2 cores)
    python bench/drill.py --trials 10 --people 1200   # the short form the test suite runs

Exit code 0 when every check held; the summary is printed as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSWORD = "kata-sandi-latihan"          # the drill office's one operator signs in with it (LINDUNGI_PASSWORD)

KINDS = ("register", "import", "export", "backup", "restore", "pack")
_REGISTER = """
import os, random, sys
from pathlib import Path
from desktop_app.services import unlocking
from desktop_app.services import demo_names as words
from desktop_app.services.context import Context
from desktop_app.services.registry import RegistryService
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store
from tests import factories

trial, count = int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(trial)
key = unlocking.sign_in(Path(sys.argv[1]), "drill", os.environ["LINDUNGI_PASSWORD"])
ctx = Context(Store.open(Path(sys.argv[1]), auto_backup=False, key=key), RegionStore(), operator="drill", role="admin")
registry = RegistryService(ctx)
print("ready", flush=True)
for n in range(count):
    birth = date(1965, 1, 1) + timedelta(days=rng.randint(0, 35 * 365))
    sex = rng.choice("LP")
    name = f"{rng.choice(words.MALE if sex == 'L' else words.FEMALE)} {rng.choice(words.SECOND)}"
    reg = factories.registration(nik=factories.nik_for(birth, sex, serial=1 + (trial * 97 + n) % 9999),
                                 full_name=name.replace('.', ''), birth_date=birth, sex=sex,
                                 mother_name="Ibu " + rng.choice(words.FEMALE).replace('.', ''))
    try:
        saved = registry.register(reg, confirm_similar=True)
    except Exception as exc:          # a duplicate NIK from an earlier trial: not a fault
        continue
    print("saved", saved.id, flush=True)
"""
_RUN_CLI = """
import sys
from desktop_app.__main__ import main
import desktop_app.cli.excel_commands, desktop_app.services.exporter, desktop_app.formats.xlsx_writer
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""


class Drill:
    def __init__(self, work: Path, people: int, seed: int) -> None:
        self.work, self.people, self.rng = work, people, random.Random(seed)
        self.db = work / "kantor.db"
        self.target = work / "kirim"
        self.system_tmp = work / "system-tmp"
        self.data = work / "data"
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "LINDUNGI_DATA_DIR": str(self.data),
                    "TMPDIR": str(self.system_tmp), "TEMP": str(self.system_tmp), "TMP": str(self.system_tmp),
                    "LINDUNGI_LANG": "id", "LINDUNGI_PASSWORD": PASSWORD, "LINDUNGI_OPERATOR": "drill"}
        self.key = os.urandom(32)
        self.saved: set[str] = set()
        self.failures: list[str] = []
        self.counts = {k: 0 for k in KINDS}
        self.killed = 0
        self.restores = 0
        self.taken: dict = {}               # the last packing trial's backups: stem -> (taken, size)

    # --- set-up -------------------------------------------------------------
    def set_up(self) -> None:
        for folder in (self.target, self.system_tmp, self.data):
            folder.mkdir(parents=True, exist_ok=True)
        os.environ["LINDUNGI_DATA_DIR"] = str(self.data)
        from desktop_app.services.batches import BatchService
        from desktop_app.services.context import Context
        from desktop_app.services.demo import DemoBuilder
        from desktop_app.services.unlocking import set_admin_password
        from desktop_app.storage.reference import RegionStore
        from desktop_app.storage.store import Store

        set_admin_password(self.db, self.key, "drill", PASSWORD)
        store = Store.open(self.db, auto_backup=False, key=self.key)
        ctx = Context(store, RegionStore(), operator="drill", role="admin")
        DemoBuilder(ctx, seed=5).build(self.people)
        store = ctx.store
        with store.write():
            for b in store.batches.all():
                store.batches.remove_items(b.id, store.batches.item_ids(b.id))
        ids = [r[0] for r in store.db.execute("SELECT id FROM registrations WHERE scheme_id = 1 ORDER BY seq")]
        size = max(50, len(ids) // 6)
        self.batches = [BatchService(ctx).create(1, f"Drill {i}", registration_ids=ids[i * size:(i + 1) * size])
                        for i in range(4)]
        self.spare = ids[4 * size:]
        self.saved = {r[0] for r in store.db.execute("SELECT id FROM registrations")}
        ctx.close()
        ctx.regions.close()
        from bench.excel_setup import village_list
        self.lists = [village_list(self.work / f"desa-{i}.xlsx", rows=300, seed=40 + i) for i in range(3)]

    # --- one trial ----------------------------------------------------------
    def trial(self, n: int) -> None:
        kind = KINDS[n % len(KINDS)] if n < len(KINDS) else self.rng.choice(KINDS)
        self.counts[kind] += 1
        getattr(self, f"_{kind}")(n)
        self.start_again(n, kind)

    def _spawn(self, script: str, *argv: str) -> subprocess.Popen:
        child = subprocess.Popen([sys.executable, "-c", script, *argv], env=self.env, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdout.readline().strip() == "ready"
        return child

    def _kill_after(self, child: subprocess.Popen, low: float, high: float) -> list[str]:
        time.sleep(self.rng.uniform(low, high))
        if child.poll() is None:
            child.kill()
            self.killed += 1
        child.wait()
        out = child.stdout.read().splitlines()
        child.stdout.close()
        return out

    def _register(self, n: int) -> None:
        child = self._spawn(_REGISTER, str(self.db), str(n), "200")
        for line in self._kill_after(child, 0.2, 2.0):
            if line.startswith("saved "):
                self.saved.add(line.split()[1])

    def _import(self, n: int) -> None:
        child = self._spawn(_RUN_CLI, "import", str(self.rng.choice(self.lists)), "--db", str(self.db),
                            "--desa", "Nenang")
        self._kill_after(child, 0.2, 3.0)

    def _export(self, n: int) -> None:
        batch = self.rng.choice(self.batches)
        out = self.target / f"batch-{batch}-{n}.xlsx"
        child = self._spawn(_RUN_CLI, "export", "--db", str(self.db), "--batch", str(batch), "--out", str(out))
        if self.spare and self.rng.random() < 0.7:           # another window changes the batch meanwhile
            time.sleep(self.rng.uniform(0.0, 1.0))
            subprocess.run([sys.executable, "-m", "desktop_app", "batch", "add", str(batch), self.spare.pop(),
                            "--db", str(self.db)], env=self.env, capture_output=True, timeout=120)
        self._kill_after(child, 0.0, 2.5)

    def _backup(self, n: int) -> None:
        child = self._spawn(_RUN_CLI, "backup", "--db", str(self.db), "--out", str(self.target / f"cadangan-{n}.db"))
        self._kill_after(child, 0.0, 0.6)

    def _restore(self, n: int) -> None:
        fresh = self.work / f"sebelum-{n}.db"                # the same content: nothing saved may vanish
        subprocess.run([sys.executable, "-m", "desktop_app", "backup", "--db", str(self.db), "--out", str(fresh)],
                       env=self.env, capture_output=True, check=True, timeout=120)
        self.restores += 1
        if self.restores % 2 == 1:                           # every other restore (the first): a packed one
            from desktop_app.storage import driver, packed_backup

            conn = driver.connect(fresh, key=self.key, mode="ro")
            try:
                packed, _ = packed_backup.pack(conn, fresh.with_suffix(".lbk"), self.key)
            finally:
                conn.close()
            fresh.unlink()
            fresh = packed
        child = self._spawn(_RUN_CLI, "restore", "--db", str(self.db), "--from", str(fresh), "--yes")
        self._kill_after(child, 0.0, 1.5)

    def _pack(self, n: int) -> None:
        """Two older automatic backups (copies of a fresh one, named days back), then
        ``lindungi backups --pack`` killed at a random moment."""
        from datetime import datetime, timedelta

        from desktop_app.paths import backup_dir_for

        folder = backup_dir_for(self.db)
        folder.mkdir(parents=True, exist_ok=True)
        fresh = self.work / f"auto-{n}.db"
        subprocess.run([sys.executable, "-m", "desktop_app", "backup", "--db", str(self.db), "--out", str(fresh)],
                       env=self.env, capture_output=True, check=True, timeout=120)
        self.taken = {}
        for days in (2 + 2 * n, 3 + 2 * n):
            when = datetime.now() - timedelta(days=days)
            copy = folder / f"auto-{self.db.stem}-{when:%Y%m%d-%H%M%S}-harian.db"
            shutil.copyfile(fresh, copy)
            os.utime(copy, (when.timestamp(), when.timestamp()))
            self.taken[copy.stem] = (when, copy.stat().st_size)
        fresh.unlink()
        child = self._spawn(_RUN_CLI, "backups", "--db", str(self.db), "--pack")
        self._kill_after(child, 0.0, 1.5)

    # --- the checks after a restart -----------------------------------------
    def start_again(self, n: int, kind: str) -> None:
        done = subprocess.run([sys.executable, "-m", "desktop_app", "stats", "--db", str(self.db), "--json"],
                              env=self.env, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            self.failures.append(f"trial {n} ({kind}): start failed: {done.stderr.strip()[:300]}")
            return
        from desktop_app.storage import driver

        conn = driver.connect(self.db, key=self.key)
        try:
            self._check_records(conn, n, kind)
            self._check_batches(conn, n, kind)
        finally:
            conn.close()
        self._check_leftovers(n, kind)
        self._check_backups(n, kind)

    def _check_records(self, conn, n: int, kind: str) -> None:
        present = {r[0] for r in conn.execute("SELECT id FROM registrations")}
        lost = self.saved - present
        if lost:
            self.failures.append(f"trial {n} ({kind}): {len(lost)} saved registrations lost")
        if not conn.execute("SELECT count(*) FROM office").fetchone()[0]:
            self.failures.append(f"trial {n} ({kind}): the office is not set up (first-run wizard)")
        self.saved |= present

    def _check_batches(self, conn, n: int, kind: str) -> None:
        from desktop_app.files import sha256_of

        for batch, name, digest, rows in conn.execute(
                "SELECT id, file_name, file_sha256, row_count FROM batches WHERE status = 'locked' "
                "AND title LIKE 'Drill %'"):
            members = conn.execute("SELECT count(*) FROM batch_items WHERE batch_id = ?", [batch]).fetchone()[0]
            path = self.target / name
            if not path.is_file() or sha256_of(path) != digest or rows != members:
                self.failures.append(f"trial {n} ({kind}): batch {batch} lock disagrees with {name} "
                                     f"(rows {rows}, members {members}, file {path.is_file()})")

    def _check_backups(self, n: int, kind: str) -> None:
        from desktop_app.storage import backup as backups
        from desktop_app.storage import driver, retention

        driver.keys.remember(self.db, self.key)
        found = backups.list_backups(self.db)
        broken = [p.name for p in found if not backups.is_intact(p)]
        missing = []                              # a packing trial's backups: gone only if retention drops them
        present = backups.automatic_backups(self.db)
        for stem, (when, size) in (self.taken.items() if kind == "pack" else ()):
            if stem not in {c.path.stem for c in present}:
                ghost = retention.Candidate(Path(stem + ".db"), when, size)
                if ghost in retention.kept(present + [ghost]):
                    missing.append(stem)
        if broken or missing:
            self.failures.append(f"trial {n} ({kind}): backups broken {broken[:3]}, missing {sorted(missing)[:3]}")

    def _check_leftovers(self, n: int, kind: str) -> None:
        places = [self.target, self.db.parent, self.system_tmp, self.data / "tmp"]
        left = [p for folder in places if folder.exists() for p in folder.rglob("*")
                if p.is_file() and (".lindungi-tmp" in p.name or folder in (self.system_tmp, self.data / "tmp"))]
        if left:
            self.failures.append(f"trial {n} ({kind}): left behind: {[p.name for p in left[:5]]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=120)
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workdir", type=Path, default=None, help="kept afterwards (default: a temp folder)")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="lindungi-drill-"))
    drill = Drill(work, args.people, args.seed)
    started = time.perf_counter()
    drill.set_up()
    for n in range(args.trials):
        drill.trial(n)
    report = {"trials": args.trials, "killed": drill.killed, "by_kind": drill.counts,
              "registrations": len(drill.saved), "failures": drill.failures,
              "seconds": round(time.perf_counter() - started, 1), "workdir": str(work)}
    print(json.dumps(report, indent=2))
    if args.workdir is None and not drill.failures:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not drill.failures else 1


if __name__ == "__main__":
    sys.exit(main())
