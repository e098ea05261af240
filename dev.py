#!/usr/bin/env python3
"""Developer entry point: sets up everything, then runs the app or the tests.

    python3 dev.py run [--demo] [app options]   # set up .venv and open Lindungi
    python3 dev.py test [pytest options]        # set up .venv and run the full test suite

Set-up is idempotent: a virtual environment in .venv with the package
installed (editable, with the test extra). On Debian/Ubuntu, missing Qt
system libraries are installed with apt (as root, or through sudo) from
.ci/apt-packages.txt.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".lindungi-setup"
DEMO_DB = ROOT / ".demo" / "lindungi-demo.db"


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list[str], **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def apt_packages() -> list[str]:
    lines = (ROOT / ".ci" / "apt-packages.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def qt_loads() -> tuple[bool, str]:
    probe = subprocess.run([str(PY), "-c", "from PySide6 import QtGui, QtWidgets"], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return probe.returncode == 0, probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else ""


def ensure_system_libraries() -> None:
    ok, why = qt_loads()
    if ok:
        return
    if not shutil.which("apt-get"):
        sys.exit(f"[dev] Qt cannot start ({why}). Install your system's Qt 6 runtime libraries.")
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if sudo is None:
        sys.exit(f"[dev] Qt cannot start ({why}). Run as root: apt-get install -y "
                 + " ".join(apt_packages()))
    say(f"Qt cannot start ({why}); installing system libraries with apt")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run([*sudo, "apt-get", "update", "-qq"], env=env)
    run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *apt_packages()], env=env)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3 and says what it needs
        sys.exit("[dev] Python 3.11 or newer is needed.")
    if not PY.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        say("installing Lindungi and its dependencies into .venv")
        run([PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([PY, "-m", "pip", "install", "--quiet", "-e", ".[test]"])
        STAMP.write_text(digest)
    ensure_system_libraries()


def cmd_run(args: list[str]) -> int:
    setup()
    if "--demo" in args and "--db" not in args:
        args = [a for a in args if a != "--demo"]
        if not DEMO_DB.exists():
            say(f"building a demo database at {DEMO_DB}")
            DEMO_DB.parent.mkdir(exist_ok=True)
            run([PY, "-m", "desktop_app", "demo", "--db", DEMO_DB])
        args = ["--db", str(DEMO_DB), *args]
    return subprocess.call([str(PY), "-m", "desktop_app", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    setup()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 0 and not args:
        say("checking the import contract (the core never imports Qt)")
        code = subprocess.call([str(BIN / "lint-imports")], cwd=ROOT)
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup()
        return 0
    return cmd_run(rest) if command == "run" else cmd_test(rest)


if __name__ == "__main__":
    sys.exit(main())
