"""Nothing left behind: kill -9 a command during an export or a backup, start again, and no
temporary file — in the target folder, the app's scratch folder or the system temp folder —
is left with anyone's data in it."""

from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop_app import scratch
from desktop_app.__main__ import main
from desktop_app.cli.common import operator_name
from desktop_app.files import PendingFile
from desktop_app.services.batches import BatchService
from desktop_app.storage import driver
from desktop_app.storage.store import Store
from tests import factories
from tests.keys import signed_in_env

ROOT = Path(__file__).resolve().parents[1]
_RUNNER = """
import sys
from desktop_app.__main__ import main
import desktop_app.cli.excel_commands, desktop_app.services.exporter, desktop_app.formats.xlsx_writer
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def office(tmp_path, capsys, regions):
    """A demo office of 3,000 people, all in one draft batch; its NIKs."""
    db = tmp_path / "kantor.db"
    assert main(["demo", "--db", str(db), "--count", "3000"]) == 0
    ctx = factories.context(Store.open(db, auto_backup=False), regions, "uji")
    try:
        batches = BatchService(ctx)
        for row in ctx.store.db.query("SELECT id FROM batches WHERE status = 'draft'"):
            ids = [r["registration_id"] for r in ctx.store.db.query(
                "SELECT registration_id FROM batch_items WHERE batch_id = ?", [row["id"]])]
            batches.remove(row["id"], ids)
    finally:
        ctx.close()
    assert main(["batch", "create", "--db", str(db), "--unbatched", "--json"]) == 0
    capsys.readouterr()
    conn = driver.connect(db)
    batch = conn.execute("SELECT id FROM batches ORDER BY (SELECT count(*) FROM batch_items bi "
                         "WHERE bi.batch_id = batches.id) DESC LIMIT 1").fetchone()[0]
    niks = [r[0] for r in conn.execute("SELECT nik FROM registrations LIMIT 200")]
    assert conn.execute("SELECT count(*) FROM batch_items WHERE batch_id = ?", [batch]).fetchone()[0] > 1000
    conn.close()
    return db, batch, niks


def _child(argv: list[str], system_tmp: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(system_tmp), "TEMP": str(system_tmp),
           "TMP": str(system_tmp), **signed_in_env(Path(argv[argv.index("--db") + 1]), operator_name())}
    child = subprocess.Popen([sys.executable, "-c", _RUNNER, *argv], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def _wait_for_a_temporary_file(child: subprocess.Popen, folder: Path, timeout: float = 60) -> None:
    """Until the command has started writing in ``folder`` (or ended)."""
    end = time.monotonic() + timeout
    while child.poll() is None and time.monotonic() < end:
        if any(".lindungi-tmp" in p.name for p in folder.iterdir()):
            return
        time.sleep(0.005)


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def _holding_personal_data(paths: list[Path], niks: list[str]) -> list[Path]:
    found = []
    for path in paths:
        data = path.read_bytes()
        if any(nik.encode() in data for nik in niks):
            found.append(path)
    return found


def test_kill_9_during_export_and_backup_leaves_nothing_after_the_next_start(office, tmp_path, caplog):
    db, batch, niks = office
    target, system_tmp = tmp_path / "flashdisk", tmp_path / "system-tmp"
    target.mkdir()
    system_tmp.mkdir()
    rng = random.Random(4)
    killed = 0
    for trial in range(6):
        out = target / f"batch-{trial}.xlsx"
        argv = (["export", "--db", str(db), "--batch", str(batch), "--out", str(out)] if trial % 2 == 0
                else ["backup", "--db", str(db), "--out", str(target / f"cadangan-{trial}.db")])
        child = _child(argv, system_tmp)
        _wait_for_a_temporary_file(child, target)
        time.sleep(rng.uniform(0.0, 0.3) if trial % 2 == 0 else rng.uniform(0.0, 0.02))
        if child.poll() is None:
            child.kill()
            killed += 1
        child.wait()
        child.stdout.close()
    assert killed >= 3
    before = [p for p in _files(target, system_tmp, scratch.root()) if ".lindungi-tmp" in p.name
              or "openpyxl" in p.name]
    with caplog.at_level(logging.WARNING, logger="desktop_app.scratch"):
        assert main(["stats", "--db", str(db), "--json"]) == 0      # the next start sweeps
    leftovers = [p for p in _files(target, system_tmp, scratch.root())
                 if ".lindungi-tmp" in p.name or p.parent == system_tmp or "openpyxl" in p.name]
    assert leftovers == []
    finished = [p for p in _files(target) if p.suffix in (".xlsx", ".db")]
    loose = [p for p in _files(target, system_tmp, scratch.root()) if p not in finished]
    assert _holding_personal_data(loose, niks) == []
    assert _holding_personal_data(_files(system_tmp), niks) == []
    assert before and "temporary file(s) left behind" in caplog.text   # there was something to sweep


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_openpyxl_scratch_goes_to_the_app_folder_and_is_swept_once_its_process_is_gone(tmp_path):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    script = ("import os, signal, tempfile\n"
              "from desktop_app import scratch\n"
              "from desktop_app.files import PendingFile\n"
              "from openpyxl.worksheet._writer import create_temporary_file\n"
              "scratch.use_private_tempdir()\n"
              "open(create_temporary_file(), 'w').write('6409015708900001')\n"
              "p = PendingFile(__import__('pathlib').Path(r'%s'))\n"
              "p.temp_path.write_text('6409015708900001')\n"
              "print(tempfile.gettempdir(), flush=True)\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n") % (tmp_path / "out.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(system_tmp)}
    child = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    scratch_folder = Path(child.stdout.strip())
    assert scratch_folder.parent == scratch.root() and list(system_tmp.iterdir()) == []
    assert any(p.name.startswith("openpyxl.") for p in scratch_folder.iterdir())
    assert [p.name for p in tmp_path.glob(".out.*.lindungi-tmp.xlsx")]
    assert scratch.sweep() >= 2
    assert not scratch_folder.exists() and not list(tmp_path.glob(".out.*"))


def test_a_running_process_keeps_its_scratch(tmp_path):
    pending = PendingFile(tmp_path / "x.xlsx")
    folder = scratch.process_dir()
    assert scratch.sweep() == 0 and pending.temp_path.exists() and folder.is_dir()
    pending.discard()
    assert list((folder / "pending").iterdir()) == []
    assert tempfile.gettempdir()  # untouched unless asked
    assert json.dumps([str(folder)])
