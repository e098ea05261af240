"""Composition root of the window: options, QApplication, language, database, first run, main window.

``run_gui(argv)`` is what ``lindungi`` runs without a subcommand. Order of
start-up: language and look → one instance per database (lock file) → open
and migrate the database (a clear dialog when it cannot be used) → first-run
wizard when the office is not set up → main window → offer a crashed draft.
The integrity check (``PRAGMA quick_check``, ~0.2 s on 100,000 people) runs
on its own connection beside the window; saving waits for its verdict.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.errors import DamagedDatabase, UserError
from desktop_app.paths import default_db_path
from desktop_app.services.context import DEFAULT_OPERATOR, Context
from desktop_app.services.drafts import DraftStore
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store
from desktop_app.ui import msgbox
from desktop_app.ui.excepthook import ExceptionHandler
from desktop_app.ui.instance import InstanceLock
from desktop_app.ui.language import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.theme import apply_theme

log = logging.getLogger(__name__)
DEMO_DB_NAME = "lindungi-demo.db"
DEMO_COUNT = 2000


translate = QCoreApplication.translate


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lindungi", add_help=False)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=("id", "en"), default=None)
    return parser.parse_args(argv)


def demo_db_path() -> Path:
    return default_db_path().with_name(DEMO_DB_NAME)


class IntegrityCheck(QObject):
    """``quick_check`` in a worker thread; ``ensure_ok`` (called before writes) waits for it."""

    finished = Signal(object)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.result: DamagedDatabase | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        from desktop_app.services.maintenance import quick_check_file
        try:
            self.result = quick_check_file(self.db_path)
        except Exception:  # noqa: BLE001 - a failing check must not pass silently
            log.exception("integrity check failed to run")
            self.result = None
        self.finished.emit(self.result)

    def ensure_ok(self) -> None:
        if self._thread.is_alive():
            self._thread.join()
        if self.result is not None:
            raise self.result


@dataclass
class Running:
    """Everything ``start`` opened, closed again by ``close``."""

    app: QApplication
    window: MainWindow
    ctx: Context
    lock: InstanceLock
    handler: ExceptionHandler
    integrity: IntegrityCheck

    def close(self) -> None:
        self.handler.uninstall()
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # no timer outlives the store
        self.ctx.store.close()
        self.ctx.regions.close()
        self.lock.release()


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("")
    app.setApplicationVersion(__version__)
    return app


def _open_store(db_path: Path) -> Store:
    """Open and migrate; the full check runs beside the window (see IntegrityCheck)."""
    try:
        return Store.open(db_path, check=False)
    except UserError:
        raise
    except Exception:  # a damaged file can fail before any check: let the checked open name it
        log.warning("opening without check failed; retrying with quick_check", exc_info=True)
        return Store.open(db_path)


def _build_demo(db_path: Path) -> None:
    from desktop_app.services.demo import DemoBuilder
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    part = db_path.with_name(db_path.name + ".part")
    part.unlink(missing_ok=True)
    try:
        store, regions = Store.open(part), RegionStore()
        try:
            DemoBuilder(Context(store, regions, operator="demo")).build(DEMO_COUNT)
        finally:
            store.close()
            regions.close()
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.replace(db_path)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _operator(settings: UiSettings, store: Store) -> str:
    names = [o["name"] for o in store.office.operators()]
    if settings.operator in names:
        return settings.operator
    return names[0] if names else (settings.operator or DEFAULT_OPERATOR)


def start(argv: list[str]) -> Running | int:
    """Everything up to a shown main window; an int is the exit code when start-up stops early."""
    args = parse_args(argv)
    app = _application()
    settings = UiSettings()
    install_language(args.lang or settings.language)
    apply_theme(app)
    db_path = Path(args.db) if args.db else (demo_db_path() if args.demo else default_db_path())
    lock = InstanceLock(db_path)
    if not lock.acquire():
        msgbox.error(None, translate("App", "Lindungi sudah terbuka"),
                     translate("App", "Basis data ini sedang dibuka oleh jendela Lindungi lain (proses {pid}). Pakai jendela "
                        "itu; dua jendela yang menulis ke data yang sama bisa saling menimpa.\n\n{path}")
                     .replace("{pid}", str(lock.owner_pid() or "?")).replace("{path}", str(db_path)))
        return 1
    try:
        if args.demo and not db_path.exists():
            _build_demo(db_path)
        store = _open_store(db_path)
    except UserError as exc:
        lock.release()
        msgbox.error(None, translate("App", "Basis data tidak dapat dibuka"), exc.message, exc.detail)
        return 2
    ctx = Context(store, RegionStore(), operator=_operator(settings, store))
    from desktop_app.services.office import OfficeService
    if not OfficeService(ctx).is_set_up():
        from desktop_app.ui.setup.wizard import FirstRunWizard
        if not FirstRunWizard(ctx, settings).exec():
            store.close()
            ctx.regions.close()
            lock.release()
            return 0
    integrity = IntegrityCheck(db_path)
    window = MainWindow(ctx, settings, DraftStore(db_path), guard=integrity.ensure_ok)
    handler = ExceptionHandler(lambda: window, before_dialog=lambda: _save_draft(window))
    handler.install()
    integrity.finished.connect(lambda damaged: _on_integrity(window, damaged))
    integrity.start()
    window.show()
    QTimer.singleShot(0, window, window.offer_draft)
    return Running(app, window, ctx, lock, handler, integrity)


def _save_draft(window: MainWindow) -> None:
    form = window.stack.built("registration")
    if form is not None:
        form.autosave()


def _on_integrity(window: MainWindow, damaged: DamagedDatabase | None) -> None:
    if damaged is None:
        return
    log.error("database failed its integrity check")
    msgbox.error(window, translate("App", "Basis data rusak"), damaged.message)
    window.close()


def run_gui(argv: list[str]) -> int:
    started = start(argv)
    if isinstance(started, int):
        return started
    try:
        return started.app.exec()
    finally:
        started.close()
