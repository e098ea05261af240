"""Offices of one kabupaten for exchange tests: each a real encrypted database in its own folder.

The engine's own tests call ``storage.sync_engine`` in this process on databases the app's
connection does not hold open (``Office.session()`` closes its store on leaving); the scenario
test goes through ``SyncService`` and the real worker process."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from desktop_app.domain.registration import Registration
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.services.sync import SyncService
from desktop_app.storage import driver, sync_engine, sync_file
from desktop_app.storage.store import Store
from tests import factories
from tests.keys import TEST_KEY

SYNC_KEY = bytes(range(100, 132))
DESA_A, DESA_B = "64.09.01.1001", "64.09.01.1002"     # Tanjung Tengah, Salo Loang (kecamatan Penajam)

_TEMPLATE: dict[str, Path] = {}


def _template(tmp_root: Path, regions) -> Path:
    """One migrated, set-up database per test session, copied for every office (fast)."""
    if "path" not in _TEMPLATE or not _TEMPLATE["path"].exists():
        folder = tmp_root / "template"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "office.db"
        store = Store.open(path, auto_backup=False)
        ctx = factories.context(store, regions, "tester")
        offices = OfficeService(ctx)
        offices.save_office(factories.office())
        offices.add_operator("tester", "admin")
        offices.save_scheme(factories.scheme())
        with store.write():
            store.sync.set_key(SYNC_KEY, sync_file.fingerprint(SYNC_KEY), "imported", "tester")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


class Office:
    def __init__(self, root: Path, regions, code: str, level: str, number: int, *, area: str) -> None:
        self.code, self.level, self.number, self.area = code, level, number, area
        self.folder = root / code
        self.folder.mkdir(parents=True)
        self.path = self.folder / "office.db"
        shutil.copy(_template(root.parent, regions), self.path)
        self.regions = regions
        self._seq = number * 100_000
        village = area if level == "desa" else ""
        district = area[:8] if level in ("desa", "kecamatan") else ""
        with self.session() as (store, _ctx):
            with store.write():
                store.db.execute("UPDATE office SET office_code = ?, office_number = ?, office_level = ?, "
                                 "village_code = ?, district_code = ?, name = ? WHERE id = 1",
                                 [code, number, level, village or None, district or None, f"Kantor {code}"])

    @contextlib.contextmanager
    def session(self, role=None) -> Iterator[tuple[Store, object]]:
        driver.keys.remember(self.path, TEST_KEY)
        store = Store.open(self.path, auto_backup=False, check=False)
        try:
            yield store, factories.context(store, self.regions, "tester", **({"role": role} if role else {}))
        finally:
            store.close()

    # --- shortcuts ---------------------------------------------------------------------------
    def register(self, **values) -> Registration:
        self._seq += 1
        with self.session() as (_store, ctx):
            reg = factories.registration(**values)
            return RegistryService(ctx).register(replace(reg, seq=self._seq))

    def edit(self, registration_id: str, **values) -> None:
        with self.session() as (store, ctx):
            RegistryService(ctx).update(store.registrations.get(registration_id).copy(**values))

    def delete(self, registration_id: str, reason: str = "pindah") -> None:
        with self.session() as (_store, ctx):
            RegistryService(ctx).delete(registration_id, reason)

    def get(self, registration_id: str) -> Registration | None:
        with self.session() as (store, _ctx):
            return store.registrations.get(registration_id)

    def add_peer(self, other: Office, direction: str = "") -> None:
        with self.session() as (_store, ctx):
            SyncService(ctx).add_peer(other.code, f"Kantor {other.code}", other.number, direction, level=other.level,
                                      area_code=other.area)

    def rows(self) -> dict[str, tuple]:
        """id → (the synced values of a registration and its heirs) for comparing offices."""
        skip = {"print_count", "updated_office"}
        with self.session() as (store, _ctx):
            cols = [c for c in store.db["registrations"].columns_dict if c not in skip]
            out = {}
            for row in store.db.execute(f"SELECT {', '.join(cols)} FROM registrations ORDER BY id").fetchall():
                heirs = store.db.execute("SELECT position, name, relationship, nik, phone FROM heirs WHERE "
                                         "registration_id = ? ORDER BY position", [row[0]]).fetchall()
                out[row[0]] = (tuple(row), tuple(map(tuple, heirs)))
            return out

    def conflicts(self):
        with self.session() as (_store, ctx):
            return SyncService(ctx).conflicts()

    # --- the engine in this process (the store is closed here) -------------------------------
    def send(self, other: Office, out: Path, *, full: bool = False) -> sync_engine.SendOutcome:
        return sync_engine.export(self.path, TEST_KEY, other.code, out, full=full, operator="tester")

    def receive(self, path: Path) -> sync_engine.ReceiveOutcome:
        return sync_engine.import_file(self.path, TEST_KEY, Path(path), operator="tester")
