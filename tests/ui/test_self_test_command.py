"""``lindungi --self-test`` and ``--startup-probe`` through the real entry point.

Unfrozen here; .ci/build-smoke runs the same self-test inside the PyInstaller bundle.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import selftest
from desktop_app.services import selftest as core_selftest
from tests.keys import signed_in_env

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["modules", "cli", "resources", "database", "regions", "office", "register", "export xlsx", "slip pdf",
         "slip qr", "exchange file", "qt", "translations", "main window", "about dialog"]


def lindungi(*args: str, env_changes: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(env_changes or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_self_test_passes_offscreen_without_touching_user_data():
    user_dir = Path(os.environ["LINDUNGI_DATA_DIR"])
    result = lindungi("--self-test")                  # QT_QPA_PLATFORM unset: the self-test picks offscreen
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[1:-1] if line.startswith("  ok")] == [s.split()[0] for s in STEPS]
    assert "platform 'offscreen'" in result.stdout and "(source," in lines[0]
    assert lines[-1].startswith("SELF-TEST PASSED: 15 steps")
    assert not user_dir.exists() or not any(user_dir.iterdir())


def test_a_failing_step_exits_non_zero_with_one_clear_line(monkeypatch):
    monkeypatch.setattr(core_selftest, "REQUIRED_RESOURCES", (("rates", "tidak-ada.csv"),))
    before = dict(os.environ)
    out = io.StringIO()
    assert selftest.main(out) == 1
    report = out.getvalue().splitlines()
    assert report[-1] == ("SELF-TEST FAILED at step 'resources': FileNotFoundError: missing in "
                          f"{core_selftest.resources_dir()}: rates/tidak-ada.csv")
    assert any(line.startswith("  FAIL resources") for line in report)
    assert dict(os.environ) == before                 # data dir and platform restored


def test_startup_probe_reports_a_shown_main_window(ctx, db_path):
    env = {"QT_QPA_PLATFORM": "offscreen", **signed_in_env(db_path, "tester")}   # a scripted sign-in
    result = lindungi("--startup-probe", "--db", str(db_path), env_changes=env)
    assert result.returncode == 0, result.stderr
    probe = [line for line in result.stdout.splitlines() if line.startswith("STARTUP-PROBE")]
    assert len(probe) == 1 and probe[0].endswith("visible=True")
    assert float(probe[0].split("shown_at=")[1].split()[0]) > 0
