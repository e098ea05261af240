"""Shared set-up for the Excel benchmarks: a 20,000-person batch and a 20,000-row village list.

Data goes to bench/data/ (git-ignored) and is built once; delete the folder to rebuild.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.services.context import Context  # noqa: E402
from desktop_app.storage.reference import RegionStore  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

DATA = ROOT / "bench" / "data"
PEOPLE = 20_000


def context(path: Path) -> Context:
    return Context(Store.open(path, auto_backup=False), RegionStore(), operator="bench", role="admin",
                   clock=lambda: date(2026, 11, 21))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def export_db() -> tuple[Path, int]:
    """A demo office whose batch holds 20,000 people of one scheme."""
    from desktop_app.services.batches import BatchService
    from desktop_app.services.demo import DemoBuilder

    path = DATA / "export.db"
    if path.exists():
        ctx = context(path)
        batch = max(b.id for b in ctx.store.batches.all())
        ctx.store.close()
        return path, batch
    DATA.mkdir(parents=True, exist_ok=True)
    ctx = context(path)
    DemoBuilder(ctx, seed=7).build(int(PEOPLE * 1.45))
    store = ctx.store
    with store.write():
        for b in store.batches.all():
            store.batches.remove_items(b.id, store.batches.item_ids(b.id))
    ids = [r[0] for r in store.db.execute("SELECT id FROM registrations WHERE scheme_id = 1 ORDER BY seq "
                                          "LIMIT ?", [PEOPLE]).fetchall()]
    assert len(ids) == PEOPLE, len(ids)
    batch = BatchService(ctx).create(1, "Bench 20.000", registration_ids=ids)
    store.close()
    return path, batch


def village_list(path: Path, rows: int = PEOPLE, seed: int = 3) -> Path:
    """A village list as a kecamatan receives it: title rows, text NIKs, mixed dates."""
    from openpyxl import Workbook

    from desktop_app.services import demo_names as words
    from tests.factories import nik_for

    if path.exists():
        return path
    rng = random.Random(seed)
    villages = ["Nenang", "Penajam", "Sotek", "Riko", "Gersik", "Sepan", "Petung", "Giri Mukti"]
    jobs = ["PETANI", "NELAYAN", "BURUH HARIAN LEPAS", "PEDAGANG", "TUKANG OJEK", "Buruh Tani", "SERABUTAN"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Daftar")
    ws.append(["DAFTAR PEKERJA RENTAN KECAMATAN PENAJAM 2026"])
    ws.append([])
    ws.append(["NO", "NIK", "NAMA LENGKAP", "TEMPAT LAHIR", "TANGGAL LAHIR", "JK", "NAMA IBU KANDUNG", "ALAMAT",
               "RT", "RW", "DESA", "PEKERJAAN", "NO HP", "AHLI WARIS", "HUBUNGAN"])
    for n in range(1, rows + 1):
        sex = "L" if rng.random() < 0.6 else "P"
        birth = date(1962, 1, 1) + timedelta(days=rng.randint(0, 40 * 365))
        text_date = birth.strftime("%d-%m-%Y") if n % 3 else birth
        ws.append([n, nik_for(birth, sex, serial=n % 9999 + 1, district="640901" if n % 2 else "640902"),
                   _name(rng, words, sex), "Penajam", text_date, sex, _name(rng, words, "P"),
                   f"Jl. Desa No. {n % 90 + 1}", f"{n % 20 + 1:03d}", f"{n % 5 + 1:03d}", rng.choice(villages),
                   rng.choice(jobs), f"0812{rng.randint(10**7, 10**8 - 1)}",
                   _name(rng, words, "P" if sex == "L" else "L"), "ISTRI" if sex == "L" else "SUAMI"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _name(rng: random.Random, words, sex: str) -> str:
    pool = [n for n in (words.MALE if sex == "L" else words.FEMALE) if not n.endswith(".")]
    return f"{rng.choice(pool)} {rng.choice(words.SECOND)}"
