"""A missing or empty database with backups opens a recovery choice, never the first-run wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWizard

from desktop_app import app as app_module
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from tests import factories
from tests.ui.conftest import answer_next_dialog


def _office_with_backup(ctx, db_path) -> str:
    saved = RegistryService(ctx).register(factories.registration(full_name="Ada Di Cadangan"))
    backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    ctx.store.close()
    return saved.id


def _pick_first(seen_items: list):
    def choose(dialog):
        assert isinstance(dialog, QInputDialog), type(dialog)
        seen_items.append((dialog.labelText(), dialog.comboBoxItems(), dialog.okButtonText()))
        dialog.accept()
    return choose


def _start_and_check(qtbot, db_path, answers, saved_id) -> list:
    items: list = []
    seen = answer_next_dialog(qtbot, _pick_first(items))
    running = app_module.start(["--db", str(db_path)])
    try:
        assert not isinstance(running, int)
        assert not any(isinstance(d, QWizard) for d in seen)
        assert running.window.ctx.store.registrations.get(saved_id) is not None
    finally:
        running.close()
    assert answers.shown[-1][1] == "Pemulihan selesai"
    return items


def test_a_missing_database_offers_its_backups(qtbot, ctx, db_path, answers):
    saved_id = _office_with_backup(ctx, db_path)
    for suffix in ("", "-wal", "-shm"):
        (db_path.parent / (db_path.name + suffix)).unlink(missing_ok=True)
    items = _start_and_check(qtbot, db_path, answers, saved_id)
    label, choices, ok = items[0]
    assert "tidak ditemukan" in label and ok == "Pulihkan"
    assert len(choices) == 1 and "harian" in choices[0] and "auto-office-" in choices[0]


def test_a_missing_database_is_recovered_from_a_packed_backup(qtbot, ctx, db_path, answers):
    from desktop_app.storage import packed_backup

    saved_id = _office_with_backup(ctx, db_path)
    [page_copy] = backups.list_backups(db_path)
    conn = backups.read_only_connection(page_copy)
    try:
        packed_backup.pack(conn, page_copy.with_suffix(".lbk"), backups.driver.keys.key_for(page_copy))
    finally:
        conn.close()
    page_copy.unlink()                                   # only the packed form is left
    for suffix in ("", "-wal", "-shm"):
        (db_path.parent / (db_path.name + suffix)).unlink(missing_ok=True)
    items = _start_and_check(qtbot, db_path, answers, saved_id)
    [choice] = items[0][1]
    assert "dipadatkan" in choice and choice.endswith(".lbk")


def test_an_empty_database_offers_its_backups(qtbot, ctx, db_path, answers):
    saved_id = _office_with_backup(ctx, db_path)
    db_path.write_bytes(b"")
    items = _start_and_check(qtbot, db_path, answers, saved_id)
    assert "kosong (0 bait)" in items[0][0]


def test_quitting_the_recovery_choice_leaves_everything_as_it_was(qtbot, ctx, db_path, answers):
    _office_with_backup(ctx, db_path)
    db_path.write_bytes(b"")
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    assert app_module.run_gui(["--db", str(db_path)]) == 2
    assert isinstance(seen[0], QInputDialog) and db_path.stat().st_size == 0
    assert len(backups.list_backups(db_path)) == 1


def test_a_daily_backup_that_cannot_be_written_is_said_once_in_the_status_bar(qtbot, ctx, db_path, answers):
    RegistryService(ctx).register(factories.registration())
    ctx.store.close()
    (db_path.parent / "backups").write_text("a file where the backups folder should be")
    running = app_module.start(["--db", str(db_path)])
    try:
        assert not isinstance(running, int) and running.window.isVisible()
        assert "Cadangan harian tidak dapat ditulis" in running.window.statusBar().currentMessage()
        assert answers.shown == []                                   # no dialog in the way
    finally:
        running.close()


def test_a_database_on_read_only_media_opens_with_a_banner(qtbot, ctx, db_path, answers, tmp_path):
    import os
    import shutil
    import subprocess

    import pytest
    from PySide6.QtWidgets import QLabel

    RegistryService(ctx).register(factories.registration())
    ctx.store.close()
    media = tmp_path / "terkunci"
    media.mkdir()
    target = media / "kantor.db"
    shutil.copyfile(db_path, target)
    os.chmod(target, 0o444)
    os.chmod(media, 0o555)
    immutable = os.access(media, os.W_OK) and subprocess.run(["chattr", "+i", str(target), str(media)],
                                                             capture_output=True).returncode == 0
    if os.access(media, os.W_OK) and not immutable:
        pytest.skip("cannot make a read-only folder here")
    try:
        running = app_module.start(["--db", str(target)])
        try:
            assert not isinstance(running, int) and running.ctx.store.readonly
            assert "HANYA-BACA" in running.window.windowTitle()
            banner = running.window.findChild(QLabel, "readOnlyBanner")
            assert banner is not None and banner.isVisible() and "Hanya-baca" in banner.text()
        finally:
            running.close()
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(target), str(media)], check=True)
        os.chmod(media, 0o755)


def test_damage_found_while_working_in_the_window_is_the_damaged_message(qtbot, ctx, db_path, answers):
    from desktop_app.storage import driver
    from desktop_app.storage.database import damage_found
    from desktop_app.ui.excepthook import ExceptionHandler

    backups.automatic_backup(ctx.store.db.conn, db_path, "harian")
    handler = ExceptionHandler(expected=lambda exc: damage_found(exc, db_path))
    try:
        raise driver.DatabaseError("database disk image is malformed")
    except driver.DatabaseError as exc:
        handler(type(exc), exc, exc.__traceback__)
    kind, _title, text = answers.shown[-1]
    assert kind == "error" and "rusak" in text and "lindungi restore" in text and "detail tersimpan" not in text
