"""The check of the processing log at start: nothing shown when whole, a red bar when a row was edited."""

from __future__ import annotations

from desktop_app.services.registry import RegistryService
from desktop_app.storage import driver
from tests import factories


def test_a_whole_log_shows_no_banner(window, qtbot):
    qtbot.waitUntil(lambda: window.audit_banner.report is not None, timeout=5000)
    assert window.audit_banner.report.ok and window.audit_banner.isHidden()


def test_an_edited_log_shows_the_banner_naming_the_row(ctx, db_path, make_window, qtbot):
    RegistryService(ctx).register(factories.registration())
    conn = driver.connect(db_path)
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                          ).fetchall()
    conn.execute("DROP TRIGGER audit_log_append_only")
    conn.execute("UPDATE audit_log SET operator = 'bukan saya' WHERE id = 3")
    conn.execute([sql for name, sql in guards if name == "audit_log_append_only"][0])
    conn.commit()
    conn.close()
    win = make_window()
    win.show()
    qtbot.waitUntil(lambda: win.audit_banner.report is not None, timeout=5000)
    assert not win.audit_banner.isHidden()
    assert "tidak utuh" in win.audit_banner.text() or "Log pemrosesan" in win.audit_banner.text()
    assert "#3" in win.audit_banner.toolTip() and "bukan saya" in win.audit_banner.toolTip()
