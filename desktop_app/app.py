"""Composition root of the window: options, QApplication, language, database, first run, main window.

``run_gui(argv)`` is what ``lindungi`` runs without a subcommand. Order of
start-up: language and look → one instance per database (lock file) → open
and migrate the database (a clear dialog when it cannot be used; a recovery
choice of backups when it is missing or empty but backups exist — never the
first-run wizard over an office's data) → first-run wizard when the office is
not set up → main window → offer a crashed draft.
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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__, scratch
from desktop_app.background_work import BackupThinning, DeepCheck
from desktop_app.domain.money import format_size
from desktop_app.errors import DamagedDatabase, RecoveryNeeded, UserError
from desktop_app.files import PendingFile
from desktop_app.i18n import fill
from desktop_app.paths import default_db_path
from desktop_app.services.context import DEFAULT_OPERATOR, Context
from desktop_app.services.drafts import DraftStore
from desktop_app.services.unlocking import begin_session
from desktop_app.storage.database import damage_found
from desktop_app.storage.integrity import IntegrityVerdict
from desktop_app.storage.reference import RegionStore
from desktop_app.storage.store import Store
from desktop_app.ui import msgbox
from desktop_app.ui.excepthook import ExceptionHandler
from desktop_app.ui.instance import InstanceLock, WindowBeacon, call_open_window
from desktop_app.ui.language import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.start_unlock import Unlocked, unlock_at_start
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.window_lock import WindowLock

if TYPE_CHECKING:
    from desktop_app.ui.backup_retry import BackupRetry

log = logging.getLogger(__name__)
DEMO_DB_NAME = "lindungi-demo.db"
DEMO_COUNT = 2000
DEMO_OPERATOR, DEMO_PASSWORD = "demo", "demo-lindungi"    # made-up people only: the password is no secret


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
    deep_check: DeepCheck | None = None
    thinning: BackupThinning | None = None
    backup_retry: BackupRetry | None = None   # only when the day's backup failed at open
    window_lock: WindowLock | None = None

    def request_restore(self, source: Path) -> None:
        """Close the window; ``run_gui`` then restores ``source`` and opens Lindungi again."""
        self.restore_from = Path(source)
        if not self.window.close():      # the officer chose to stay (unsaved input): no restore
            self.restore_from = None

    def close(self) -> None:
        if self.deep_check is not None:
            self.deep_check.stop()     # interrupted at once; its connection is gone before a restore
        if self.thinning is not None:
            self.thinning.stop()       # between two batches; the backup being packed stays a page copy
        if self.backup_retry is not None:
            self.backup_retry.finish()  # the day's backup that failed at open: one more try
        self.integrity.wait()          # its read connection must be gone before a restore
        self.handler.uninstall()
        if self.window_lock is not None:
            self.window_lock.uninstall()
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


def _open_store(db_path: Path, key: bytes | None) -> Store:
    """Open (keyed) and migrate; ``quick_check`` runs beside the window and every write waits
    for its verdict (see ``storage.integrity``)."""
    try:
        return Store.open(db_path, background_check=True, key=key)
    except UserError:
        raise
    except Exception:  # a damaged file can fail before any check: let the checked open name it
        log.warning("opening without check failed; retrying with quick_check", exc_info=True)
        return Store.open(db_path, key=key)


def _build_demo(db_path: Path, key: bytes | None) -> None:
    """The demo office (made-up people), encrypted like any office; its one operator "demo"
    signs in with ``DEMO_PASSWORD`` (the window does that by itself with ``--demo``)."""
    from desktop_app.services.demo import DemoBuilder
    from desktop_app.services.unlocking import set_admin_password

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with PendingFile(db_path, make_folder=True) as pending:
            part = pending.temp_path
            try:
                store, regions = Store.open(part, key=key), RegionStore()
                try:
                    DemoBuilder(Context(store, regions, operator="demo")).build(DEMO_COUNT)
                finally:
                    store.close()
                    regions.close()
            finally:
                for suffix in ("-wal", "-shm"):
                    Path(str(part) + suffix).unlink(missing_ok=True)
            if key is not None:
                set_admin_password(db_path, key, DEMO_OPERATOR, DEMO_PASSWORD)
            pending.commit()
    finally:
        QGuiApplication.restoreOverrideCursor()


def _operator(settings: UiSettings, store: Store) -> str:
    names = [o["name"] for o in store.office.operators()]
    if settings.operator in names:
        return settings.operator
    return names[0] if names else (settings.operator or DEFAULT_OPERATOR)


def _begin_session(ctx: Context, settings: UiSettings) -> None:
    """Work as the operator chosen at start, with the role the operators table gives them (logged as
    "sign_in"). That is the operator whose password opened the key file (in a test run: the last operator of this
    computer; a session that cannot start (e.g. damage found) stays signed out: nothing guarded works."""
    from desktop_app.services.accounts import AccountService

    try:
        begin_session(ctx, ctx.operator)             # the failed sign-ins the key file kept are logged first
    except UserError as exc:
        log.warning("no session for %s: %s", ctx.operator, exc)
        AccountService(ctx).without_session()
        return
    settings.operator = ctx.operator


def _refuse_second_instance(lock: InstanceLock, db_path: Path) -> None:
    if call_open_window(db_path):
        return                      # the open window came forward: that is where to work
    text = translate(
        "App",
        "Basis data ini sedang dibuka oleh jendela Lindungi lain (proses {pid}). Pakai jendela "
        "itu; dua jendela yang menulis ke data yang sama bisa saling menimpa.\n\n{path}",
    )
    text = fill(text, pid=str(lock.owner_pid() or "?"), path=str(db_path))
    msgbox.error(None, translate("App", "Lindungi sudah terbuka"), text)


def _open(db_path: Path, build_demo: bool, key: bytes | None = None) -> Store | None:
    """The store, or None after telling the officer why it cannot be used. A damaged
    database is offered a restore from its latest good backup, then opened again. The
    password was checked before (``ui.start_unlock``): damage here is damage, not a typo."""
    try:
        if build_demo and not db_path.exists():
            _build_demo(db_path, key)
        return _open_store(db_path, key)
    except RecoveryNeeded as exc:
        source = offer_recovery(None, exc, db_path)
        if source is not None and restore_backup(None, source, db_path):
            return _open(db_path, False, key)
        return None
    except DamagedDatabase as exc:
        if not exc.backup:
            msgbox.error(None, translate("App", "Basis data tidak dapat dibuka"), exc.message, exc.detail)
        elif offer_restore(None, exc) and restore_backup(None, Path(exc.backup), db_path):
            return _open(db_path, False, key)
        return None
    except UserError as exc:
        msgbox.error(None, translate("App", "Basis data tidak dapat dibuka"), exc.message, exc.detail)
        return None


def offer_recovery(parent, needed: RecoveryNeeded, db_path: Path) -> Path | None:
    """The recovery choice at start (never the first-run wizard): the backups of a missing
    or empty database, newest first; the one chosen, or None to quit."""
    from desktop_app.services.maintenance import backup_entries

    entries = backup_entries(db_path)
    if not entries:
        msgbox.error(parent, translate("App", "Basis data tidak dapat dibuka"), needed.message)
        return None
    kinds = {"daily": translate("App", "harian"), "pre_migration": translate("App", "sebelum pembaruan"),
             "replaced": translate("App", "berkas yang diganti saat pemulihan"), "other": translate("App", "lain")}
    packed = translate("App", "{kind}, dipadatkan")
    items = [fill(translate("App", "{when} — {kind} — {size} — {name}"), when=f"{e.taken_at:%d/%m/%Y %H:%M}",
                  kind=fill(packed, kind=kinds.get(e.kind, e.kind)) if e.packed else kinds.get(e.kind, e.kind),
                  size=format_size(e.size), name=e.path.name)
             for e in entries]
    if db_path.exists():
        text = translate("App", "Berkas basis data kosong (0 bait): {path}.")
    else:
        text = translate("App", "Basis data tidak ditemukan: {path}.")
    text += " " + translate("App", "Lindungi tidak membuat kantor baru di atas data yang ada. Berkas yang sekarang "
                                   "(bila ada) disimpan di folder cadangan.\n\nPilih cadangan yang dipulihkan:")
    label = fill(text, path=str(db_path))
    chosen = msgbox.choose(parent, translate("App", "Pemulihan basis data"), label, items,
                           ok=translate("App", "Pulihkan"), cancel=translate("App", "Keluar"))
    return None if chosen is None else entries[chosen].path


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


def _set_up(ctx: Context, settings: UiSettings, data_key: bytes | None = None) -> bool:
    """Run the first-run wizard when the office has no profile or scheme yet; False when cancelled.
    ``data_key``: a new office's key, for the wizard's admin page (name, password, key file)."""
    from desktop_app.services.office import OfficeService

    if OfficeService(ctx).is_set_up():
        return True
    from desktop_app.ui.setup.wizard import FirstRunWizard

    return bool(FirstRunWizard(ctx, settings, data_key=data_key).exec())


def _unlock(db_path: Path, settings: UiSettings, demo: bool) -> Unlocked | None:
    """Sign in before anything is opened; the demo office signs in as "demo" by itself."""
    from desktop_app.services import unlocking

    if demo and unlocking.start_state(db_path) is unlocking.StartState.SIGN_IN:
        try:
            return Unlocked(unlocking.sign_in(db_path, DEMO_OPERATOR, DEMO_PASSWORD), DEMO_OPERATOR)
        except UserError:
            log.info("demo office: its password was changed; asking")
    unlocked = unlock_at_start(db_path, settings.operator)
    if unlocked is not None and demo and unlocked.new_office:
        return Unlocked(unlocked.key, DEMO_OPERATOR)
    return unlocked


def _offer_recovery_sheet(ctx: Context) -> None:
    """Right after a new office's set-up: print the recovery sheet now (or later, from
    Pengaturan › Keamanan)."""
    from desktop_app.ui.setup.security_tab import save_recovery_sheet

    if msgbox.ask(None, translate("App", "Lembar pemulihan"),
                  translate("App", "Cetak lembar pemulihan sekarang? Kunci pemulihan di lembar itu membuka data bila "
                                   "kata sandi lupa; tanpa kata sandi dan tanpa lembar itu data tidak dapat dibuka "
                                   "lagi. Dapat juga dicetak nanti di Pengaturan › Keamanan."),
                  yes=translate("App", "Cetak sekarang"), no=translate("App", "Nanti")):
        save_recovery_sheet(None, ctx)


def _discard_new_office(db_path: Path) -> None:
    """A new office whose wizard was cancelled: its empty file goes (no key file was written,
    so nobody could open it again)."""
    from desktop_app.services.unlocking import end_new_office

    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    end_new_office(db_path)


def start(argv: list[str]) -> Running | int:
    """Everything up to a shown main window; an int is the exit code when start-up stops early."""
    args = parse_args(argv)
    app = _application()
    settings = UiSettings()
    install_language(args.lang or settings.language)
    apply_theme(app)
    scratch.use_private_tempdir()     # openpyxl's scratch XML never in the system temp folder
    scratch.sweep()                   # what a crashed run left behind (temp files, scratch)
    db_path = Path(args.db) if args.db else (demo_db_path() if args.demo else default_db_path())
    lock = InstanceLock(db_path)
    if not lock.acquire():
        if not lock.cannot_be_written():
            _refuse_second_instance(lock, db_path)
            return 1
        log.warning("no instance lock beside %s (folder not writable); opening it read-only", db_path.name)
    unlocked = _unlock(db_path, settings, args.demo)
    if unlocked is None:
        lock.release()
        return 0
    store = _open(db_path, args.demo, unlocked.key)
    if store is None:
        lock.release()
        return 2
    ctx = Context(store, RegionStore(), operator=unlocked.operator or _operator(settings, store))
    if not _set_up(ctx, settings, unlocked.key if unlocked.new_office else None):
        store.close()
        ctx.regions.close()
        if unlocked.new_office:
            _discard_new_office(db_path)
        lock.release()
        return 0
    _begin_session(ctx, settings)
    if unlocked.new_office and not args.demo:
        _offer_recovery_sheet(ctx)
    window = MainWindow(ctx, settings, DraftStore(db_path))
    _show_storage_notices(window, store)
    WindowBeacon(db_path, window)
    handler = ExceptionHandler(lambda: window, before_dialog=lambda: _save_draft(window),
                               expected=lambda exc: damage_found(exc, db_path))
    handler.install()
    running = Running(app, window, ctx, lock, handler, store.verdict)
    if unlocked.operator or unlocked.new_office:       # signed in: lock when idle and on Ctrl+L
        running.window_lock = WindowLock(window, ctx, settings)
    window.restore_requested.connect(running.request_restore)
    _watch_integrity(running)
    running.deep_check = DeepCheck(ctx, window)
    running.deep_check.schedule()
    running.thinning = BackupThinning(ctx, window)
    running.thinning.schedule()
    if ctx.store.backup_notice:
        from desktop_app.ui.backup_retry import BackupRetry
        running.backup_retry = BackupRetry(ctx, window)
        running.backup_retry.schedule()
    window.show()
    QTimer.singleShot(0, window, window.offer_draft)
    return running


def _show_storage_notices(window: MainWindow, store: Store) -> None:
    """Read-only media: a banner that stays (title and status bar). A daily backup that
    could not be written: said once in the status bar (and the log)."""
    from PySide6.QtWidgets import QLabel

    if store.readonly:
        window.setWindowTitle(window.windowTitle() + " — " + translate("App", "HANYA-BACA"))
        banner = QLabel(translate("App", "Hanya-baca: basis data ada di media yang tidak dapat ditulis. Data dapat "
                                         "dilihat dan dicadangkan, tidak diubah."))
        banner.setObjectName("readOnlyBanner")
        banner.setStyleSheet("QLabel { background: #b3261e; color: white; padding: 2px 8px; font-weight: bold; }")
        window.statusBar().insertPermanentWidget(0, banner)
    if store.backup_notice:
        window.statusBar().showMessage(store.backup_notice)


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
