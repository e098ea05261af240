"""Bundle size and cold start of the frozen app vs the unfrozen app vs a bare PySide6 window.

    python bench/build.py [--runs 7] [--cold]      # needs dist/Lindungi (installer/make_release.py --bundle)

Start-up = from launching the process to the moment the event loop runs after the main window
was shown (``lindungi --startup-probe``, the real ``app.start``: language, theme, instance lock,
open + migrate the database, main window on the last page), offscreen, over a 2,000-person demo
office. The baseline is a bare PySide6 QMainWindow shown the same way (``python -c``). Runs
alternate the three programs; the figure is the median. ``--cold`` also drops the OS file cache
before each run (root on Linux only): the first start after boot.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Lindungi"
FROZEN = BUNDLE / ("Lindungi.exe" if os.name == "nt" else "Lindungi")
BARE_QT = ("import time, sys; from PySide6.QtWidgets import QApplication, QMainWindow; "
           "from PySide6.QtCore import QTimer; app = QApplication(sys.argv); w = QMainWindow(); w.resize(1320, 720); "
           "w.show(); QTimer.singleShot(0, lambda: (print(f'STARTUP-PROBE shown_at={time.time():.6f}', flush=True),"
           " app.quit())); app.exec()")


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def biggest_parts(path: Path, top: int = 8) -> list[tuple[str, int]]:
    inside = path / "_internal"
    sizes = {child.name: folder_size(child)[0] if child.is_dir() else child.stat().st_size
             for child in inside.iterdir() if not child.is_symlink()}
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:top]


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_seconds(command: list[str], env: dict) -> float:
    launched = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("STARTUP-PROBE"))
    return float(line.split("shown_at=")[1].split()[0]) - launched


def build_demo(folder: Path) -> Path:
    db = folder / "demo.db"
    subprocess.run([str(FROZEN), "demo", "--db", str(db), "--count", "2000"], check=True, capture_output=True)
    return db


def measure_starts(runs: int, cold: bool, db: Path, env: dict) -> dict[str, list[float]]:
    programs = {
        "frozen (dist/Lindungi)": [str(FROZEN), "--startup-probe", "--db", str(db)],
        "unfrozen (python -m desktop_app)": [sys.executable, "-m", "desktop_app", "--startup-probe", "--db", str(db)],
        "bare PySide6 QMainWindow": [sys.executable, "-c", BARE_QT],
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, command in programs.items():
            if cold and not drop_caches():
                raise SystemExit("--cold needs root on Linux (writes /proc/sys/vm/drop_caches)")
            times[name].append(start_seconds(command, env))
    return times


def self_test_seconds(runs: int, env: dict) -> dict[str, list[float]]:
    """Wall time of the whole ``--self-test`` process, frozen and unfrozen, alternating."""
    programs = {"frozen (dist/Lindungi)": [str(FROZEN), "--self-test"],
                "unfrozen (python -m desktop_app)": [sys.executable, "-m", "desktop_app", "--self-test"]}
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, command in programs.items():
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
            times[name].append(time.perf_counter() - started)
    return times


def print_times(title: str, times: dict[str, list[float]]) -> None:
    print(title)
    for name, samples in times.items():
        print(f"  {name:34s} median {statistics.median(samples):.2f} s   runs {' '.join(f'{s:.2f}' for s in samples)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    size, files = folder_size(BUNDLE)
    print(f"bundle {BUNDLE}: {size / 2**20:.1f} MiB in {files} files")
    for name, part in biggest_parts(BUNDLE):
        print(f"  {part / 2**20:6.1f} MiB  {name}")
    for setup in sorted((ROOT / "dist").glob("Lindungi-*-setup.exe")):
        print(f"installer {setup.name}: {setup.stat().st_size / 2**20:.1f} MiB")
    with tempfile.TemporaryDirectory(prefix="lindungi-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LINDUNGI_DATA_DIR": str(Path(tmp) / "data")}
        db = build_demo(Path(tmp))
        for cold in ([False, True] if args.cold else [False]):
            print_times(f"start-up to a shown main window, {'cold' if cold else 'warm'} file cache, {args.runs} runs:",
                        measure_starts(args.runs, cold, db, env))
        print_times(f"whole --self-test process, {args.runs} runs:", self_test_seconds(args.runs, env))
    return 0


if __name__ == "__main__":
    sys.exit(main())
