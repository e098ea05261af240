"""The day's backup that could not be written at open (a disk too small) is tried again while the
window is open — in a worker, without a second message — and once more at close. The backups folder
is a real small filesystem (tmpfs) that is grown during the test, as an officer would make room."""

from __future__ import annotations

import logging
import subprocess

from desktop_app import app as app_module
from desktop_app.services.registry import RegistryService
from desktop_app.storage import backup as backups
from tests import factories
from tests.test_oserrors import mount_tmpfs, mounts  # noqa: F401 - fixture

NOTICE = "Cadangan harian tidak dapat ditulis"


def _office_on_a_small_disk(ctx, db_path, mounts):  # noqa: F811
    RegistryService(ctx).register(factories.registration(full_name="Siti Aminah"))
    ctx.store.close()
    folder = mount_tmpfs(db_path.parent / "backups", "size=64k")   # smaller than the database
    mounts.append(folder)
    return folder


def _make_room(folder) -> None:
    subprocess.run(["mount", "-o", "remount,size=64m", str(folder)], check=True)


def test_the_daily_backup_is_retried_in_a_worker_and_said_once_until_it_is_written(
        qtbot, ctx, db_path, answers, mounts, caplog):  # noqa: F811
    folder = _office_on_a_small_disk(ctx, db_path, mounts)
    caplog.set_level(logging.INFO)
    running = app_module.start(["--db", str(db_path)])
    try:
        status = running.window.statusBar()
        assert NOTICE in status.currentMessage() and backups.list_backups(db_path) == []
        retry = running.backup_retry
        assert retry.timer.isActive() and retry.timer.interval() == 60 * 60 * 1000   # every hour
        retry.timer.setInterval(30)                                     # an hour, shortened for the test
        qtbot.waitUntil(lambda: "still cannot be written" in caplog.text, timeout=10_000)
        assert NOTICE in status.currentMessage() and answers.shown == []  # said once: no second message
        assert list(folder.iterdir()) == []                             # a failed try leaves nothing
        _make_room(folder)
        qtbot.waitUntil(lambda: retry.written is not None, timeout=10_000)
        assert "Cadangan harian berhasil ditulis" in status.currentMessage()
        assert not retry.timer.isActive() and retry.worker is None      # done: no more tries
        assert backups.list_backups(db_path) == [retry.written] and backups.is_intact(retry.written)
    finally:
        running.close()
    assert len(backups.list_backups(db_path)) == 1                     # the close wrote no second one


def test_the_daily_backup_is_tried_once_more_at_close(qtbot, ctx, db_path, answers, mounts):  # noqa: F811
    folder = _office_on_a_small_disk(ctx, db_path, mounts)
    running = app_module.start(["--db", str(db_path)])
    try:
        assert NOTICE in running.window.statusBar().currentMessage()
        _make_room(folder)                                              # room made before the hour is up
    finally:
        running.close()
    written = backups.list_backups(db_path)
    assert len(written) == 1 and backups.is_intact(written[0])
    conn = backups.read_only_connection(written[0])
    try:
        assert conn.execute("SELECT full_name FROM registrations").fetchone()[0] == "Siti Aminah"
    finally:
        conn.close()


def test_a_disk_still_full_at_close_leaves_nothing_and_says_nothing_more(
        qtbot, ctx, db_path, answers, mounts, caplog):  # noqa: F811
    folder = _office_on_a_small_disk(ctx, db_path, mounts)
    running = app_module.start(["--db", str(db_path)])
    try:
        assert NOTICE in running.window.statusBar().currentMessage()
    finally:
        running.close()
    assert list(folder.iterdir()) == [] and answers.shown == []
    assert "could not be written at close either" in caplog.text
