#!/usr/bin/env python3
"""Developer entry point: sets up everything, then runs the app or the tests.

    python3 dev.py run [--demo] [app options]   # set up .venv and open Lindungi
    python3 dev.py test [pytest options]        # set up .venv; ruff, the test suite, the import contracts
    python3 dev.py setup                        # only the set-up

Set-up is idempotent: a virtual environment in .venv with the package installed
(editable, with the test extra), redone when pyproject.toml changes. System packages
come from .ci/apt-packages.txt and are installed with apt only when missing (as root,
or through sudo without a password): `run` checks the libraries of the Qt platform
plugin it will use (xcb on a desktop, offscreen when QT_QPA_PLATFORM says so) and
`test` those of the offscreen plugin plus the programs some tests call (LibreOffice,
NSIS). What cannot be installed is named with the one command that installs it: by
`run` before it starts, by `test` at the end of the run. Under CI (CI set) a test
program that is still missing fails the command instead of skipping its checks.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".lindungi-setup"
APT_LIST = ROOT / ".ci" / "apt-packages.txt"
APT_LOG = VENV / "apt.log"
PIP_LOG = VENV / "pip.log"
DEMO_DB = ROOT / ".demo" / "lindungi-demo.db"
QT_PROBE = "from PySide6.QtWidgets import QApplication; app = QApplication(['probe']); print(app.platformName())"


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(cmd: list, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def tail(log: Path, lines: int = 25) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


# --- the apt list ------------------------------------------------------------------------------
def apt_entries(group: str) -> list[tuple[str, str, str]]:
    """(package, what shows it is there, what it is for) of one ``# [group]`` of the apt list."""
    entries, current = [], None
    for line in APT_LIST.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"#\s*\[(\w+)\]", line):
            current = heading.group(1)
        elif current == group and line.strip() and not line.startswith("#"):
            fields, _, purpose = line.partition("#")
            package, *marker = fields.split()
            entries.append((package, marker[0] if marker else "", purpose.strip()))
    return entries


def install_command(packages: list[str]) -> str:
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install -y --no-install-recommends {' '.join(packages)}"


def apt_privilege() -> list[str] | None:
    """The prefix that lets apt install ([] as root, sudo when it needs no password), or None."""
    if not shutil.which("apt-get") or not hasattr(os, "geteuid"):
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def _apt(prefix: list[str], args: list[str]) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with open(APT_LOG, "a", encoding="utf-8") as log:
        log.write(f"\n$ apt-get {' '.join(args)}\n")
        log.flush()
        done = subprocess.run([*prefix, "apt-get", *args], stdout=log, stderr=subprocess.STDOUT, env=env)
    return done.returncode == 0


def apt_install(packages: list[str], why: str) -> bool:
    """Install ``packages`` quietly (output in .venv/apt.log); refresh the package lists only
    when they are empty or the install fails without them. False when it could not."""
    prefix = apt_privilege()
    if prefix is None or not packages:
        return False
    say(f"{why}: installing {' '.join(packages)} with apt (log: {APT_LOG.relative_to(ROOT)})")
    VENV.mkdir(exist_ok=True)
    install = ["install", "-y", "-qq", "--no-install-recommends", *packages]
    lists_present = any(Path("/var/lib/apt/lists").glob("*Packages*"))
    if lists_present and _apt(prefix, install):
        return True
    if _apt(prefix, ["update", "-qq"]) and _apt(prefix, install):
        return True
    say(f"apt could not install {' '.join(packages)}; the end of {APT_LOG}:\n{tail(APT_LOG, 10)}")
    return False


# --- Python environment ------------------------------------------------------------------------
def ensure_venv_support() -> None:
    """Debian's python3 creates a venv with pip only when python3-venv is installed."""
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        packages = [p for p, _m, _w in apt_entries("python") if p.endswith("-venv")]
        if not apt_install(packages, "python3 cannot create a virtual environment"):
            sys.exit(f"[dev] python3 lacks venv/ensurepip. Install it: {install_command(packages)}")
        importlib.invalidate_caches()


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3 and says what it needs
        sys.exit("[dev] Python 3.11 or newer is needed.")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest and PY.exists():
        return
    if not PY.exists() or subprocess.run([str(PY), "-c", "import pip"], capture_output=True).returncode != 0:
        ensure_venv_support()
        say("creating .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say(f"installing Lindungi and its dependencies into .venv (log: {PIP_LOG.relative_to(ROOT)})")
    with open(PIP_LOG, "w", encoding="utf-8") as log:
        for step in (["--upgrade", "pip"], ["-e", ".[test]"]):
            if subprocess.run([str(PY), "-m", "pip", "install", *step], cwd=ROOT, stdout=log,
                              stderr=subprocess.STDOUT).returncode != 0:
                sys.exit(f"[dev] pip install {' '.join(step)} failed:\n" + tail(PIP_LOG))
    STAMP.write_text(digest)


# --- Qt's platform plugin ----------------------------------------------------------------------
def qt_platforms(env: dict[str, str]) -> list[str]:
    """The platform plugins Qt tries with this environment, in its order (QGuiApplication's rule:
    QT_QPA_PLATFORM when set, else Wayland in a Wayland session, then X11 when DISPLAY is set)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    order = ["wayland"] if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland" else []
    return order + ["xcb"]


def qt_binaries(platform: str) -> list[Path]:
    """The platform plugin file and PySide6's QtWidgets module (what the app loads)."""
    found = subprocess.run([str(PY), "-c", "import importlib.util as u; "
                            "print(u.find_spec('PySide6').submodule_search_locations[0])"],
                           capture_output=True, text=True)
    pyside = Path(found.stdout.strip())
    files = [pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so", *pyside.glob("QtWidgets*.so")]
    return [f for f in files if found.returncode == 0 and f.exists()]


def missing_libraries(binary: Path) -> list[str]:
    """Shared libraries ``binary`` needs (directly or through others) that the loader cannot find."""
    if not shutil.which("ldd"):
        return []
    listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", listing, re.M)})


def qt_needs(platforms: list[str]) -> dict[str, str]:
    """Each library (or file) Qt on ``platforms`` lacks → the listed package with it ("" if none)."""
    missing = {name for platform in platforms for binary in qt_binaries(platform)
               for name in missing_libraries(binary)}
    entries = apt_entries("qt")
    missing |= {marker for _p, marker, _w in entries if marker.startswith("/") and not Path(marker).exists()}
    by_marker = {marker: package for package, marker, _why in entries if marker}
    return {name: by_marker.get(name, "") for name in sorted(missing)}


def ensure_qt_libraries(platforms: list[str]) -> None:
    """Install what Qt's plugins for ``platforms`` lack, or stop naming it and the command."""
    needs = qt_needs(platforms)
    if needs:
        packages = sorted(set(needs.values()))
        if "" in packages:                   # a library nobody listed: the whole group, as before
            packages = [p for p, _m, _w in apt_entries("qt")]
        if apt_install(packages, f"Qt's {'/'.join(platforms)} plugin lacks {', '.join(needs)}"):
            needs = qt_needs(platforms)
    if needs:
        packages = sorted({p for p in needs.values() if p})
        how = f" Install: {install_command(packages)}" if packages else ""
        if "" in needs.values():
            how += " Find the package of the others with apt-file search."
        sys.exit(f"[dev] Qt cannot load its {'/'.join(platforms)} platform plugin; missing: "
                 + ", ".join(f"{name} (package {p})" if p else name for name, p in needs.items()) + "." + how)


def ensure_qt(env: dict[str, str]) -> str:
    """Make sure Qt starts with this environment; the platform it started on."""
    platforms = qt_platforms(env)
    ensure_qt_libraries(platforms)
    if {"xcb", "wayland"} >= set(platforms) and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        sys.exit("[dev] No display is set (DISPLAY/WAYLAND_DISPLAY): run it on a desktop, or with "
                 "QT_QPA_PLATFORM=offscreen for a window nobody sees.")
    probe = subprocess.run([str(PY), "-c", QT_PROBE], capture_output=True, text=True, env=env, timeout=120)
    if probe.returncode != 0:
        # Qt names xcb-cursor whenever xcb fails; the libraries were just checked, so the cause is elsewhere.
        lines = [line for line in probe.stderr.splitlines() if line.strip() and "xcb-cursor0 is needed" not in line]
        why = "\n      ".join(lines[:3])
        sys.exit(f"[dev] Qt cannot start on {'/'.join(platforms)}:\n      {why}")
    return probe.stdout.strip()


# --- programs the tests call -------------------------------------------------------------------
def ensure_test_programs() -> list[tuple[str, str, str]]:
    """Install the [tools] programs that are missing; return those still missing."""
    absent = [entry for entry in apt_entries("tools") if not shutil.which(entry[1])]
    if absent and apt_install([p for p, _m, _w in absent], "some tests call programs this machine lacks"):
        absent = [entry for entry in absent if not shutil.which(entry[1])]
    return absent


def report_skipped(absent: list[tuple[str, str, str]]) -> None:
    say("SKIPPED checks: these programs are not installed, so the tests that call them did not run:")
    for package, command, purpose in absent:
        say(f"  {command} (package {package}): {purpose}")
    say(f"enable them with: {install_command([p for p, _c, _w in absent])}")


# --- commands ----------------------------------------------------------------------------------
def cmd_run(args: list[str]) -> int:
    setup()
    say(f"Qt starts on the {ensure_qt(dict(os.environ))} platform")
    if "--demo" in args and "--db" not in args:
        args = [a for a in args if a != "--demo"]
        if not DEMO_DB.exists():
            say(f"building a demo database at {DEMO_DB}")
            DEMO_DB.parent.mkdir(exist_ok=True)
            run([PY, "-m", "desktop_app", "demo", "--db", DEMO_DB])
        args = ["--db", str(DEMO_DB), *args]
    return subprocess.call([str(PY), "-m", "desktop_app", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    started = time.monotonic()
    setup()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ensure_qt(env)
    absent = ensure_test_programs()
    steps = []
    if not args:
        say("ruff check . (lint)")
        steps.append(("ruff", subprocess.call([str(BIN / "ruff"), "check", "."], cwd=ROOT)))
    steps.append(("pytest", subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)))
    if not args:
        say("lint-imports (the import contracts)")
        steps.append(("import contracts", subprocess.call([str(BIN / "lint-imports")], cwd=ROOT)))
    failed = [name for name, code in steps if code != 0]
    say(" · ".join(f"{name}: {'FAILED' if code else 'passed'}" for name, code in steps)
        + f" ({time.monotonic() - started:.0f} s)")
    if absent:
        report_skipped(absent)
        if os.environ.get("CI"):
            say("CI: every check must run here, so the missing programs fail the run")
            return 1
    return 1 if failed else 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup()
        ensure_qt({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        return 0
    return cmd_run(rest) if command == "run" else cmd_test(rest)


if __name__ == "__main__":
    sys.exit(main())
