"""The command line obeys the same durability rules as the window: restore refuses a file
onto itself and a database a window holds, and a lost database names its backups."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.__main__ import main
from desktop_app.storage import backup as backups


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _demo(capsys, db: Path) -> None:
    assert run(capsys, "demo", "--db", str(db), "--count", "30")[0] == 0


def test_restore_onto_itself_is_refused_with_a_sentence(capsys, tmp_path):
    db = tmp_path / "d.db"
    _demo(capsys, db)
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(db), "--yes")
    assert code == 2 and "basis data itu sendiri" in err and err.count("\n") == 1
    assert backups.is_intact(db)


def test_a_lost_database_names_its_backups_and_the_command(capsys, tmp_path):
    db = tmp_path / "d.db"
    _demo(capsys, db)
    assert run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "b.db"))[0] == 0
    assert run(capsys, "restore", "--db", str(db), "--from", str(tmp_path / "b.db"), "--yes")[0] == 0
    db.unlink()
    for command in ("stats", "search", "check"):
        argv = [command, "--db", str(db)] + (["Budi"] if command == "search" else [])
        code, _, err = run(capsys, *argv)
        assert code == 2 and "replaced-d-" in err and "lindungi restore --db" in err, command
    assert not db.exists()


_HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("held" if lock.tryLock(0) else "busy", flush=True)
time.sleep(60)
"""


def test_restore_refuses_while_a_window_holds_the_instance_lock(capsys, tmp_path):
    db = tmp_path / "d.db"
    _demo(capsys, db)
    assert run(capsys, "backup", "--db", str(db), "--out", str(tmp_path / "b.db"))[0] == 0
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db.resolve()) + ".lock"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(tmp_path / "b.db"), "--yes")
        assert code == 2 and f"proses {holder.pid}" in err
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert not list((tmp_path / "backups").glob("replaced-*"))


def test_damage_inside_a_record_that_quick_check_lets_through_is_a_clear_message(capsys, tmp_path):
    from datetime import datetime, timedelta

    from desktop_app.storage import driver
    from desktop_app.storage.store import Store

    db = tmp_path / "d.db"
    _demo(capsys, db)
    Store.open(db).close()                                 # today's automatic backup: a good one
    good = backups.list_backups(db)[0]
    conn = driver.connect(db)                              # a text that is no longer UTF-8 (every byte on
    with conn:                                             # disk is authenticated by SQLCipher, so it is
        conn.execute("UPDATE registrations SET village_code = CAST(X'3634FF3031' AS TEXT) "   # written
                     "WHERE rowid = (SELECT min(rowid) FROM registrations)")              # through SQL)
    conn.close()
    check = driver.connect(db)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"     # the check at open passes…
    backups.automatic_backup(check, db, "harian", now=datetime.now() + timedelta(days=1))  # …and is copied
    check.close()
    code, _, err = run(capsys, "stats", "--db", str(db))
    assert code == 2 and "rusak" in err and f"--from {good}" in err      # …stats names the backup that reads
    assert "kesalahan tak terduga" not in err
