"""Composition root of the window: options, QApplication, language, database, first run, main window.

``run_gui(argv)`` is what ``lindungi`` runs without a subcommand. Order of
start-up: language and look → one instance per database (lock file) → open
and migrate the database (a clear dialog when it cannot be used) → first-run
wizard when the office is not set up → main window → offer a crashed draft.
The integrity check (``PRAGMA quick_check``, ~0.2 s on 100,000 people) runs
on its own connection beside the window; every write waits for its verdict
(``Store.write()``, see ``storage.integrity``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.errors import DamagedDatabase, UserError
from desktop_app.files import PendingFile
from desktop_app.i18n import fill
from desktop_app.paths import default_db_path
from desktop_app.services.context import DEFAULT_OPERATOR, Context
from desktop_app.services.drafts import DraftStore
from desktop_app.storage.integrity import IntegrityVerdict
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


class VerdictSignal(QObject):
    """Carries the integrity verdict from the checking thread to the window's thread."""

    finished = Signal(object)


@dataclass
class Running:
    """Everything ``start`` opened, closed again by ``close``."""

    app: QApplication
    window: MainWindow
    ctx: Context
    lock: InstanceLock
    handler: ExceptionHandler
    integrity: IntegrityVerdict
    restore_from: Path | None = None   # set when the officer asked to restore a backup

    def request_restore(self, source: Path) -> None:
        """Close the window; ``run_gui`` then restores ``source`` and opens Lindungi again."""
        self.restore_from = Path(source)
        if not self.window.close():      # the officer chose to stay (unsaved input): no restore
            self.restore_from = None

    def close(self) -> None:
        self.integrity.wait()          # its read connection must be gone before a restore
        self.handler.uninstall()
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no timer outlives the store
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
    """Open and migrate; ``quick_check`` runs beside the window and every write waits for
    its verdict (see ``storage.integrity``)."""
    try:
        return Store.open(db_path, background_check=True)
    except UserError:
        raise
    except Exception:  # a damaged file can fail before any check: let the checked open name it
        log.warning("opening without check failed; retrying with quick_check", exc_info=True)
        return Store.open(db_path)


def _build_demo(db_path: Path) -> None:
    from desktop_app.services.demo import DemoBuilder

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with PendingFile(db_path, make_folder=True) as pending:
            part = pending.temp_path
            try:
                store, regions = Store.open(part), RegionStore()
                try:
                    DemoBuilder(Context(store, regions, operator="demo")).build(DEMO_COUNT)
                finally:
                    store.close()
                    regions.close()
            finally:
                for suffix in ("-wal", "-shm"):
                    Path(str(part) + suffix).unlink(missing_ok=True)
            pending.commit()
    finally:
        QGuiApplication.restoreOverrideCursor()


def _operator(settings: UiSettings, store: Store) -> str:
    names = [o["name"] for o in store.office.operators()]
    if settings.operator in names:
        return settings.operator
    return names[0] if names else (settings.operator or DEFAULT_OPERATOR)


def _refuse_second_instance(lock: InstanceLock, db_path: Path) -> None:
    text = translate(
        "App",
        "Basis data ini sedang dibuka oleh jendela Lindungi lain (proses {pid}). Pakai jendela "
        "itu; dua jendela yang menulis ke data yang sama bisa saling menimpa.\n\n{path}",
    )
    text = fill(text, pid=str(lock.owner_pid() or "?"), path=str(db_path))
    msgbox.error(None, translate("App", "Lindungi sudah terbuka"), text)


def _open(db_path: Path, build_demo: bool) -> Store | None:
    """The store, or None after telling the officer why it cannot be used. A damaged
    database is offered a restore from its latest good backup, then opened again."""
    try:
        if build_demo and not db_path.exists():
            _build_demo(db_path)
        return _open_store(db_path)
    except DamagedDatabase as exc:
        if not exc.backup:
            msgbox.error(None, translate("App", "Basis data tidak dapat dibuka"), exc.message, exc.detail)
        elif offer_restore(None, exc) and restore_backup(None, Path(exc.backup), db_path):
            return _open(db_path, False)
        return None
    except UserError as exc:
        msgbox.error(None, translate("App", "Basis data tidak dapat dibuka"), exc.message, exc.detail)
        return None


def offer_restore(parent, damaged: DamagedDatabase) -> bool:
    """Ask whether to restore the latest good backup named by ``damaged``."""
    text = translate("App", "{message}\n\nPulihkan sekarang dari cadangan itu? Berkas yang rusak tidak dihapus: "
                            "disimpan di folder cadangan untuk diperiksa petugas TI. Data yang dimasukkan sesudah "
                            "cadangan itu dibuat perlu dimasukkan lagi.")
    return msgbox.ask(parent, translate("App", "Basis data rusak"), fill(text, message=damaged.message),
                      yes=translate("App", "Pulihkan"), no=translate("App", "Keluar"))


def restore_backup(parent, source: Path, db_path: Path, operator: str = DEFAULT_OPERATOR) -> bool:
    """Restore ``source`` over ``db_path`` (nothing may have it open) and say where the old file went."""
    from desktop_app.services.maintenance import restore

    try:
        kept = restore(source, db_path, operator)
    except UserError as exc:
        msgbox.error(parent, translate("App", "Pemulihan gagal"), exc.message, exc.detail)
        return False
    log.info("database restored from %s; previous file kept as %s", source.name, kept.name if kept else "-")
    text = fill(translate("App", "Basis data dipulihkan dari:\n{source}"), source=str(source))
    if kept:
        text += "\n\n" + fill(translate("App", "Berkas sebelumnya disimpan sebagai:\n{kept}"), kept=str(kept))
    msgbox.info(parent, translate("App", "Pemulihan selesai"), text)
    return True


def _set_up(ctx: Context, settings: UiSettings) -> bool:
    """Run the first-run wizard when the office has no profile or scheme yet; False when cancelled."""
    from desktop_app.services.office import OfficeService

    if OfficeService(ctx).is_set_up():
        return True
    from desktop_app.ui.setup.wizard import FirstRunWizard

    return bool(FirstRunWizard(ctx, settings).exec())


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
        _refuse_second_instance(lock, db_path)
        return 1
    store = _open(db_path, args.demo)
    if store is None:
        lock.release()
        return 2
    ctx = Context(store, RegionStore(), operator=_operator(settings, store))
    if not _set_up(ctx, settings):
        store.close()
        ctx.regions.close()
        lock.release()
        return 0
    window = MainWindow(ctx, settings, DraftStore(db_path))
    handler = ExceptionHandler(lambda: window, before_dialog=lambda: _save_draft(window))
    handler.install()
    running = Running(app, window, ctx, lock, handler, store.verdict)
    window.restore_requested.connect(running.request_restore)
    _watch_integrity(running)
    window.show()
    QTimer.singleShot(0, window, window.offer_draft)
    return running


def _save_draft(window: MainWindow) -> None:
    form = window.stack.built("registration")
    if form is not None:
        form.autosave()


def _watch_integrity(running: Running) -> None:
    """Tell the officer (on the window's thread) when the background check finds damage."""
    bridge = VerdictSignal(running.window)
    bridge.finished.connect(lambda damaged: _on_integrity(running, damaged), Qt.ConnectionType.QueuedConnection)
    running.integrity.on_done(bridge.finished.emit)


def _on_integrity(running: Running, damaged: DamagedDatabase | None) -> None:
    if damaged is None:
        return
    if damaged.backup and offer_restore(running.window, damaged):
        running.request_restore(Path(damaged.backup))
        return
    if not damaged.backup:
        msgbox.error(running.window, translate("App", "Basis data rusak"), damaged.message)
    running.window.close()


def run_gui(argv: list[str]) -> int:
    """Run the window until it closes; a requested restore closes it, restores and opens it again."""
    while True:
        started = start(argv)
        if isinstance(started, int):
            return started
        try:
            code = started.app.exec()
        finally:
            started.close()
        if started.restore_from is None:
            return code
        if not restore_backup(None, started.restore_from, started.ctx.store.path, started.ctx.operator):
            return 2
