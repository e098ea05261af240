"""The fault drill (bench/drill.py) in its short form: one trial of each fault — registrations,
import, export with a concurrent batch change, backup, restore (from a packed backup; the full drill alternates),
packing older backups — killed at a random moment,
then a fresh start; nothing lost, no wizard, no lock without its file, no temp file left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_short_drill_passes(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "drill.py"), "--trials", "6", "--people", "1000",
                           "--workdir", str(tmp_path / "drill")], env=env, capture_output=True, text=True,
                          timeout=900)
    report = json.loads(done.stdout)
    assert report["failures"] == [] and done.returncode == 0, report
    assert report["by_kind"] == {"register": 1, "import": 1, "export": 1, "backup": 1, "restore": 1, "pack": 1}
