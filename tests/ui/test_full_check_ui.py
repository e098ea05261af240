"""The weekly full integrity check: started by the window, stopped at close, shown in
Settings › Cadangan."""

from __future__ import annotations

from desktop_app import app as app_module
from desktop_app.services.health import FullCheckService
from desktop_app.services.registry import RegistryService
from desktop_app.ui.setup.backups_tab import BackupsTab
from tests import factories


def test_the_backups_tab_shows_the_last_full_check(qtbot, ctx):
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    assert "belum pernah" in tab.check_label.text()
    FullCheckService(ctx).run()
    tab.refresh()
    assert "terakhir" in tab.check_label.text() and "baik" in tab.check_label.text()


def test_the_window_runs_a_due_full_check_and_close_stops_it(qtbot, ctx, db_path, answers, monkeypatch):
    RegistryService(ctx).register(factories.registration())
    ctx.store.close()
    monkeypatch.setattr(app_module.DeepCheck, "DELAY_MS", 10)
    running = app_module.start(["--db", str(db_path)])
    try:
        check = running.deep_check
        qtbot.waitUntil(lambda: check.thread is not None and not check.thread.is_alive(), timeout=20_000)
        assert FullCheckService(running.ctx).last().ok
    finally:
        running.close()
    again = app_module.start(["--db", str(db_path)])               # not due again for a week
    try:
        assert not again.deep_check.timer.isActive()
    finally:
        again.close()


def test_the_backups_tab_shows_the_space_the_automatic_backups_use(qtbot, ctx, db_path):
    from desktop_app.storage import backup as backups

    made = backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    megabytes = f"{made.stat().st_size / 1_048_576:.1f}"
    assert tab.space_label.text().startswith(f"Cadangan otomatis: 1 berkas (0 dipadatkan), {megabytes} MB dipakai "
                                             "dari batas 4 GB.")


def test_the_backups_tab_marks_packed_backups_and_counts_them(qtbot, ctx, db_path):
    from datetime import datetime, timedelta

    from desktop_app.storage import backup as backups

    for day in range(3):
        backups.automatic_backup(ctx.store.db.conn, db_path, "harian",
                                 now=datetime.now() - timedelta(days=3 - day))
    backups.thin(db_path)
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    kinds = [tab.table.item(row, 1).text() for row in range(tab.table.rowCount())]
    assert kinds == ["Harian (otomatis)", "Harian (otomatis), dipadatkan", "Harian (otomatis), dipadatkan"]
    assert tab.space_label.text().startswith("Cadangan otomatis: 3 berkas (2 dipadatkan)")


def test_the_window_packs_the_older_backups_in_the_background(qtbot, ctx, db_path, answers, monkeypatch):
    from datetime import datetime, timedelta

    from desktop_app.storage import backup as backups

    RegistryService(ctx).register(factories.registration())
    for day in range(2):
        backups.automatic_backup(ctx.store.db.conn, db_path, "harian", now=datetime.now() - timedelta(days=3 - day))
    ctx.store.close()
    monkeypatch.setattr(app_module.BackupThinning, "DELAY_MS", 10)
    running = app_module.start(["--db", str(db_path)])        # the older one is packed, the newest stays
    try:
        thinning = running.thinning
        qtbot.waitUntil(lambda: thinning.thread is not None and not thinning.thread.is_alive(), timeout=20_000)
        forms = [backups.is_packed(c.path) for c in sorted(backups.automatic_backups(db_path),
                                                           key=lambda c: c.taken_at, reverse=True)]
        assert forms == [False, True]
    finally:
        running.close()
