"""Backups in the window: the list, a backup on demand, restore from Settings, and a damaged
database offered its latest good backup at start."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import app as app_module
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.setup.backups_tab import BackupsTab
from tests import factories


def _tab(qtbot, ctx) -> BackupsTab:
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    return tab


def test_the_list_shows_automatic_backups_with_their_kind(qtbot, ctx, db_path):
    backups.automatic_backup(ctx.store.db.conn, db_path, "harian", now=datetime(2026, 11, 20, 8, 0))
    backups.automatic_backup(ctx.store.db.conn, db_path, "pre-m003_search_active_only",
                             now=datetime(2026, 11, 21, 7, 30))
    tab = _tab(qtbot, ctx)
    rows = [[tab.table.item(r, c).text() for c in range(4)] for r in range(tab.table.rowCount())]
    kinds = {row[1] for row in rows}
    assert {"Harian (otomatis)", "Sebelum pembaruan (otomatis)"} <= kinds
    assert any(row[0] == "20/11/2026 08:00" for row in rows)
    assert not tab.restore_button.isEnabled() and "Pilih dulu" in tab.restore_button.toolTip()


def test_backup_on_demand_writes_an_intact_copy(qtbot, ctx, files, answers, tmp_path):
    RegistryService(ctx).register(factories.registration())
    written = tmp_path / "flashdisk" / "cadangan.db"
    files.to_save.append(written)
    _tab(qtbot, ctx).make_backup()
    assert files.suggested[-1].suffix == ".db"
    assert backups.is_intact(written)
    with closing(driver.connect(written)) as copy:
        assert copy.execute("SELECT count(*) FROM registrations").fetchone()[0] == 1
    assert answers.shown[-1][1] == "Cadangan dibuat" and str(written) in answers.shown[-1][2]


def test_restore_asks_first_and_then_requests_it(qtbot, ctx, db_path, answers):
    backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    tab = _tab(qtbot, ctx)
    tab.table.selectRow(0)
    answers.ask_replies = [False]
    with qtbot.assertNotEmitted(tab.restore_requested):
        tab.restore_selected()
    answers.ask_replies = [True]
    with qtbot.waitSignal(tab.restore_requested) as signal:
        tab.restore_selected()
    assert signal.args[0] == tab.entries[0].path
    assert "Pulihkan dari cadangan?" == answers.asked[-1][0]


def test_restore_from_settings_closes_restores_and_opens_again(qtbot, ctx, db_path, answers):
    registry = RegistryService(ctx)
    kept = registry.register(factories.registration(full_name="Sebelum Cadangan"))
    copy = backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    later = registry.register(factories.registration(full_name="Sesudah Cadangan"))
    ctx.store.close()
    seen = []

    def drive():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        window = windows[0]
        if id(window) in {id(w) for w in seen}:
            return
        seen.append(window)
        if len(seen) == 1:
            window.restore_requested.emit(copy)
        else:
            found = window.ctx.store.registrations
            seen.append((found.get(kept.id) is not None, found.get(later.id) is None))
            window.close()
    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(30)
    code = app_module.run_gui(["--db", str(db_path)])
    timer.stop()
    assert code == 0
    assert seen[-1] == (True, True)                       # the second window shows the restored data
    assert answers.shown[-1][1] == "Pemulihan selesai"
    replaced = [p for p in backups.list_backups(db_path) if p.name.startswith("replaced-")]
    assert replaced
    with closing(driver.connect(replaced[0])) as old:
        assert old.execute("SELECT count(*) FROM registrations WHERE id = ?", [later.id]).fetchone()[0] == 1
    store = Store.open(db_path)
    assert store.audit.recent(action="restore")[0]["new"]["from"] == str(copy)
    store.close()


def test_a_damaged_database_is_offered_its_latest_good_backup(qtbot, ctx, db_path, answers):
    saved = RegistryService(ctx).register(factories.registration())
    backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    ctx.store.close()
    raw = bytearray(db_path.read_bytes())
    raw[0:16] = b"not a database!!"
    db_path.write_bytes(bytes(raw))
    answers.ask_replies = [True]
    running = app_module.start(["--db", str(db_path)])
    try:
        assert answers.asked[0][0] == "Basis data rusak" and "Pulihkan sekarang" in answers.asked[0][1]
        assert running.window.ctx.store.registrations.get(saved.id) is not None
    finally:
        running.close()
    assert any(p.name.startswith("replaced-") for p in backups.list_backups(db_path))


def test_a_damaged_database_without_a_backup_only_explains(qtbot, tmp_path, answers):
    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"ini bukan berkas SQLite " * 200)
    assert app_module.run_gui(["--db", str(bad)]) == 2
    assert answers.asked == [] and "Tidak ditemukan cadangan" in answers.shown[0][2]
