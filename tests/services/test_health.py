"""Deeper integrity: `lindungi check` says what to do for each finding, index damage is
repaired, and the weekly full check runs on its own connection and keeps its result."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta

import pytest

from desktop_app.__main__ import main
from desktop_app.services import maintenance
from desktop_app.services.health import FULL_CHECK_EVERY, FullCheckService, advice, health
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from tests import factories


def _people(ctx, n: int = 3) -> None:
    registry = RegistryService(ctx)
    for i, name in enumerate(["Siti Aminah", "Yohana Wenda", "Rina Marlina", "Dewi Lestari"][:n], 1):
        registry.register(factories.registration(nik=f"640901570890{i:04d}", full_name=name,
                                                 mother_name=f"Ibu {name}"), confirm_similar=True)


def _damage_an_index(db_path) -> None:
    """Index entries that no longer agree with their table, the schema itself unchanged."""
    conn = driver.connect(db_path)
    original = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'registrations_kpj'").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX registrations_kpj ON registrations(full_name)' "
                 "WHERE name = 'registrations_kpj'")
    conn.commit()
    conn.close()
    conn = driver.connect(db_path)                     # the index now fills with names…
    conn.execute("REINDEX registrations_kpj")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'registrations_kpj'", [original])
    conn.commit()                                       # …while the schema says KPJ again
    conn.close()


def test_index_damage_is_named_and_repaired(ctx, db_path, capsys):
    _people(ctx)
    ctx.store.close()
    _damage_an_index(db_path)
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "registrations_kpj" in out and "Hanya indeks yang rusak" in out and "--repair" in out
    assert main(["check", "--db", str(db_path), "--repair"]) == 0
    assert "Keutuhan      : baik" in capsys.readouterr().out
    assert main(["check", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["advice"] == []


def test_a_foreign_schema_is_told_to_restore_the_latest_good_backup(ctx, db_path, capsys):
    _people(ctx)
    good = backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    ctx.store.db.execute("CREATE TRIGGER stash AFTER INSERT ON registrations BEGIN SELECT 1; END")
    result = health(ctx.store)
    todo = advice(result, db_path)
    assert not result.ok and len(todo) == 1
    assert "skema asing" in todo[0] and f"--from {good}" in todo[0]
    ctx.store.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "Yang dilakukan: Berkas ini diubah di luar Lindungi" in capsys.readouterr().out


def test_damaged_data_without_a_good_backup_says_to_keep_the_file(ctx, db_path):
    _people(ctx)
    result = health(ctx.store)
    result.integrity = ["row 3 missing from table registrations"]   # as PRAGMA integrity_check words it
    assert advice(result, db_path) == [
        "Tidak ada cadangan yang baik. Jangan hapus atau timpa berkas ini: salin ke flashdisk dan hubungi "
        "admin/Dinas."]


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def test_the_full_check_runs_weekly_and_keeps_its_result(ctx, db_path):
    _people(ctx)
    clock = _Clock()
    service = FullCheckService(ctx, now=clock)
    assert service.due() and service.last() is None
    result = service.run()
    assert result.ok and result.seconds >= 0
    last = service.last()
    assert last.findings == ["ok"] and last.at == clock.now and not service.due()
    clock.now += FULL_CHECK_EVERY - timedelta(minutes=1)
    assert not service.due()
    clock.now += timedelta(minutes=2)
    assert service.due()


def test_the_full_check_finds_index_damage_the_quick_check_at_open_lets_through(ctx, db_path):
    _people(ctx)
    ctx.store.close()
    _damage_an_index(db_path)
    store = Store.open(db_path)                           # quick_check passes: the office opens
    try:
        result = FullCheckService(factories.context(store, ctx.regions)).run()
    finally:
        store.close()
    assert not result.ok and any("registrations_kpj" in f for f in result.findings)


def test_an_interrupted_full_check_records_nothing(ctx, db_path, monkeypatch):
    _people(ctx)
    service = FullCheckService(ctx)
    service.cancel()                                      # the window closed before it began
    assert service.run() is None and service.last() is None


def test_restore_still_names_the_replaced_file(ctx, db_path, tmp_path):
    """maintenance keeps backup/restore after health moved out."""
    copy = maintenance.backup(ctx.store, tmp_path / "b.db")
    ctx.store.close()
    assert maintenance.restore(copy, db_path).name.startswith("replaced-")


@pytest.mark.parametrize("n", [1])
def test_the_full_check_can_run_in_a_worker_thread(ctx, n):
    _people(ctx, n)
    service = FullCheckService(ctx)
    results = []
    worker = threading.Thread(target=lambda: results.append(service.run()))
    worker.start()
    worker.join(30)
    assert results and results[0].ok and service.last().ok
