"""Locking the window: after a quiet spell (default 10 minutes, Pengaturan › Keamanan) and on Ctrl+L.

A locked window hides its pages (nothing of the people's data stays on screen), saves the
form's draft, and shows the sign-in dialog over it. Signing in again — as the same operator
or another — brings the pages back and starts that operator's session; "Keluar" closes
Lindungi as the menu's Keluar does. Any key press, click or wheel turn in the application
counts as activity.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.services.context import Context
from desktop_app.services.unlocking import begin_session
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.signin import SignInDialog

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove}


class WindowLock(QObject):
    """The idle timer and Ctrl+L of one main window."""

    def __init__(self, window: QMainWindow, ctx: Context, settings: UiSettings) -> None:
        super().__init__(window)
        self.window, self.ctx, self.settings = window, ctx, settings
        self.locked = False
        self.dialog: SignInDialog | None = None      # while locked
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.action = QAction(self.tr("&Kunci sekarang"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)   # also from an open dialog
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        menus = window.menuBar().actions()
        if menus and menus[0].menu() is not None:
            first = menus[0].menu()
            first.insertAction(first.actions()[0] if first.actions() else None, self.action)
        QApplication.instance().installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        """Start the quiet-spell timer again (after activity, or a changed setting)."""
        minutes = self.settings.lock_minutes
        if minutes > 0 and not self.locked:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()                       # the quiet spell starts again
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        form = getattr(self.window, "stack", None) and self.window.stack.built("registration")
        if form is not None:
            form.autosave()
        central = self.window.centralWidget()
        central.setVisible(False)
        dialog = SignInDialog(self.ctx.db_path, self.window, operator=self.ctx.operator, locked=True)
        self.dialog = dialog
        accepted = dialog.exec()
        self.dialog = None
        self.locked = False
        if not accepted:
            self.window.close()
            return
        begin_session(self.ctx, dialog.operator)
        central.setVisible(True)
        self.restart()

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
