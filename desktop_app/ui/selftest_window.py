"""The window half of ``lindungi --self-test``: Qt plugins, icons, translations, the real main window.

Each function returns one line of detail for the report or raises; they run
after the core steps (``services.selftest``), over the same throwaway office,
on whatever platform plugin Qt started with (``offscreen`` in CI).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME
from desktop_app.files import PendingFile
from desktop_app.paths import resource
from desktop_app.services.context import Context
from desktop_app.services.drafts import DraftStore
from desktop_app.ui.language import install_language
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.theme import apply_theme

WINDOW_SIZE = (1366, 728)
OFFSCREEN_NOTE = "This plugin does not support"     # e.g. propagateSizeHints(): no window manager offscreen
_previous_handler = []


def quiet_offscreen_notes() -> None:
    """Drop the offscreen plugin's notes about window-manager features; pass every other message on."""
    def handler(mode: QtMsgType, context, message: str) -> None:
        if message.startswith(OFFSCREEN_NOTE):
            return
        if _previous_handler and _previous_handler[0] is not None:
            _previous_handler[0](mode, context, message)
        else:
            print(message, file=sys.stderr)
    _previous_handler[:] = [qInstallMessageHandler(handler)]


def start_application() -> QApplication:
    """The QApplication, on the platform plugin QT_QPA_PLATFORM names (offscreen in the self-test)."""
    quiet_offscreen_notes()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    return app


def call_soon(callback) -> None:
    """Run ``callback`` once the event loop has handled what is pending (show, layout, expose)."""
    QTimer.singleShot(0, callback)


def check_qt() -> str:
    """Platform plugin and the SVG icon engine (the navigation and the app icon are SVG)."""
    app = QApplication.instance()
    apply_theme(app)
    names = sorted(p.stem for p in resource("icons").glob("*.svg"))
    blank = [name for name in names if QIcon(str(resource("icons", f"{name}.svg"))).pixmap(32, 32).isNull()]
    if blank:
        raise RuntimeError(f"SVG icons do not render (imageformats/iconengines plugin missing?): {blank}")
    return f"platform '{QGuiApplication.platformName()}', {len(names)} SVG icons render"


def check_translations() -> str:
    """English loads from the bundled .qm and changes a window text; Indonesian comes back."""
    if not install_language("en"):
        raise FileNotFoundError(f"cannot load {resource('translations', 'lindungi_en.qm')}")
    english = QCoreApplication.translate("MainWindow", "Pengaturan")
    install_language("id")
    if english == "Pengaturan":
        raise RuntimeError("the English catalogue loaded but does not translate the window")
    return f"lindungi_en.qm: 'Pengaturan' -> '{english}'"


def check_main_window(ctx: Context, folder: Path) -> str:
    """Build the real main window, open every page, find the registered person, grab a screenshot."""
    from desktop_app.ui.main_window import MainWindow
    app = QApplication.instance()
    window = MainWindow(ctx, UiSettings(folder / "settings.ini"), DraftStore(ctx.db_path, folder / "drafts"))
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        for key in window.stack.order:
            window.stack.show_page(key)
            app.processEvents()
        rows = window.records().model.rowCount()
        if rows != 1:
            raise RuntimeError(f"the records list shows {rows} people, expected 1")
        shot = window.grab()
        with PendingFile(folder / "window.png") as pending:
            if shot.isNull() or not shot.save(str(pending.temp_path), "PNG"):
                raise RuntimeError("the main window could not be drawn")
            pending.commit()
        return f"pages {', '.join(window.stack.order)}; records list shows 1; drawn {shot.width()}x{shot.height()}"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def check_about(db_path: Path) -> str:
    from desktop_app.ui.about import AboutDialog
    dialog = AboutDialog(db_path=db_path)
    try:
        licence = dialog.licence_text.toPlainText()
        if "MIT License" not in licence:
            raise RuntimeError("the region-code licence is not shown")
        return f"{dialog.tabs.count()} tabs, {len(licence)} characters of licence text"
    finally:
        dialog.deleteLater()
