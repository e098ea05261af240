"""``lindungi --self-test``: prove that this build (checkout, wheel or frozen bundle) works, then exit.

Runs in a temporary folder that is removed afterwards: a new database with every
migration, an office and a scheme, one person registered, a batch exported to
.xlsx, a slip PDF whose QR is checked, then the real main window built on the
``offscreen`` platform (unless QT_QPA_PLATFORM says otherwise), the English
catalogue, the SVG icons and the About dialog. The user's data folder,
settings and log are never touched (LINDUNGI_DATA_DIR points into the
temporary folder while it runs). Prints one line per step and exits 0 when all
pass; otherwise 1, with a ``SELF-TEST FAILED`` line naming the step and why.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import desktop_app
from desktop_app import APP_NAME, __version__

if TYPE_CHECKING:
    from desktop_app.services.selftest import CoreSelfTest, SelfTestRun

SELF_TEST, STARTUP_PROBE = "--self-test", "--startup-probe"


@contextmanager
def isolated_environment(folder: Path) -> Iterator[None]:
    """User data, settings, drafts and logs inside ``folder``; offscreen unless a platform is set."""
    saved = {key: os.environ.get(key) for key in ("LINDUNGI_DATA_DIR", "LINDUNGI_DB", "QT_QPA_PLATFORM")}
    os.environ["LINDUNGI_DATA_DIR"] = str(folder / "data")
    os.environ.pop("LINDUNGI_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def start_qt() -> str:
    """QApplication on the chosen platform plugin, then the plugin and icon checks."""
    from desktop_app.ui.selftest_window import check_qt, start_application
    start_application()
    return check_qt()


def run_window_steps(run: SelfTestRun, core: CoreSelfTest) -> None:
    run.step("qt", start_qt)
    if not run.ok:
        return
    from desktop_app.ui import selftest_window as ui
    run.step("translations", ui.check_translations)
    run.step("main window", lambda: ui.check_main_window(core.ctx, core.folder))
    run.step("about dialog", lambda: ui.check_about(core.ctx.store.path))


def import_every_module() -> str:
    """Every module of the package imports (the bundle holds their dependencies)."""
    names = [m.name for m in pkgutil.walk_packages(desktop_app.__path__, "desktop_app.")
             if not m.name.endswith("__main__")]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules of desktop_app"


def check_cli() -> str:
    """The command modules are imported by name at run time: prove each is in the build."""
    from desktop_app.cli import COMMAND_MODULES, build_parser
    commands = build_parser()._subparsers._group_actions[0].choices
    return f"{len(COMMAND_MODULES)} command modules, {len(commands)} commands"


def run_self_test(folder: Path) -> SelfTestRun:
    from desktop_app.services.selftest import CoreSelfTest, SelfTestRun
    run = SelfTestRun()
    run.step("modules", import_every_module)
    run.step("cli", check_cli)
    core = CoreSelfTest(folder, run)
    try:
        core.run_all()
        run_window_steps(run, core)
    finally:
        core.close()
    return run


def report(run: SelfTestRun, seconds: float, out: TextIO) -> None:
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"{APP_NAME} {__version__} self-test ({frozen}, Python {platform.python_version()}, {sys.platform})",
          file=out)
    for r in run.results:
        print(f"  {'ok  ' if r.ok else 'FAIL'} {r.name:<13} {r.seconds:6.2f} s  {r.detail}", file=out)
        if not r.ok and r.trace:
            print("       " + r.trace.rstrip().replace("\n", "\n       "), file=out)
    if run.ok:
        print(f"SELF-TEST PASSED: {len(run.results)} steps in {seconds:.1f} s", file=out)
    else:
        failed = next(r for r in run.results if not r.ok)
        print(f"SELF-TEST FAILED at step '{failed.name}': {failed.detail}", file=out)
    out.flush()


@contextmanager
def temporary_log(folder: Path) -> Iterator[None]:
    """The rotating log inside ``folder``, closed again so the folder can be removed (Windows)."""
    import logging

    from desktop_app.logs import configure_logging
    root = logging.getLogger()
    before = set(root.handlers)
    configure_logging(folder)
    try:
        yield
    finally:
        for handler in set(root.handlers) - before:
            root.removeHandler(handler)
            handler.close()


def main(out: TextIO | None = None) -> int:
    started = time.perf_counter()
    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="lindungi-self-test-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        try:
            with isolated_environment(folder), temporary_log(folder / "logs"):
                run = run_self_test(folder)
        except Exception as exc:  # noqa: BLE001 - e.g. a module missing from the bundle
            print(traceback.format_exc().rstrip(), file=out)
            print(f"SELF-TEST FAILED before the steps could run: {type(exc).__name__}: {exc}", file=out)
            out.flush()
            return 1
        report(run, time.perf_counter() - started, out)
    return 0 if run.ok else 1


def startup_probe(argv: list[str]) -> int:
    """``--startup-probe [--db PATH]``: start exactly as the window does (``app.start``), print
    ``STARTUP-PROBE shown_at=<epoch seconds>`` once the event loop runs after the main window was
    shown, and quit. bench/build.py subtracts the moment it launched the process."""
    from desktop_app.logs import configure_logging
    configure_logging()
    from desktop_app.app import start
    from desktop_app.ui.selftest_window import call_soon
    running = start(argv)
    if isinstance(running, int):
        return running

    def shown() -> None:
        print(f"STARTUP-PROBE shown_at={time.time():.6f} visible={running.window.isVisible()}", flush=True)
        running.app.quit()
    call_soon(shown)
    try:
        return running.app.exec()
    finally:
        running.close()


def run_diagnostic(argv: list[str]) -> int:
    """Entry from ``__main__``: the self-test, or the start-up probe (its other options go to the app)."""
    if SELF_TEST in argv:
        return main()
    return startup_probe([arg for arg in argv if arg != STARTUP_PROBE])
