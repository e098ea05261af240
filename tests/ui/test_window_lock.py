"""The window locks on Ctrl+L and after a quiet spell; signing in again brings it back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.window_lock import WindowLock
from tests.keys import PASSWORD, signed_in_env


def _answer_when_locked(lock, win, seen: dict, password: str = PASSWORD) -> None:
    def answer() -> None:
        dialog = lock.dialog
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen["hidden"] = not win.centralWidget().isVisible()
        dialog.password.setText("salah-ketik")
        dialog.try_sign_in()
        seen["wrong"] = dialog.error.text()
        dialog.password.setText(password)
        dialog.try_sign_in()
    QTimer.singleShot(20, answer)


def test_ctrl_l_locks_now_and_the_password_unlocks(qtbot, make_window, ctx, db_path, ui_settings):
    signed_in_env(db_path, "tester")
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    lock = WindowLock(win, ctx, ui_settings)
    seen: dict = {}
    _answer_when_locked(lock, win, seen)
    assert lock.action.shortcut().toString() == "Ctrl+L"           # offscreen no window is active, so
    assert lock.action in win.actions() and lock.action in win.menuBar().actions()[0].menu().actions()
    lock.action.trigger()                                          # the shortcut's action is triggered
    assert seen["hidden"] and "salah" in seen["wrong"]             # nothing of the data was on screen
    assert win.centralWidget().isVisible() and not lock.locked and ctx.operator == "tester"
    lock.uninstall()


def test_a_quiet_spell_locks_and_activity_postpones_it(qtbot, make_window, ctx, db_path, ui_settings):
    signed_in_env(db_path, "tester")
    ui_settings.lock_minutes = 10
    win = make_window()
    win.show()
    lock = WindowLock(win, ctx, ui_settings)
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000      # the default, 10 minutes
    lock.timer.start(400)
    QTest.qWait(250)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, move)                                          # activity: the spell starts again
    assert lock.timer.remainingTime() > 300
    seen: dict = {}
    _answer_when_locked(lock, win, seen)
    qtbot.waitUntil(lambda: "hidden" in seen and not lock.locked, timeout=5000)
    assert seen["hidden"] and win.centralWidget().isVisible()
    ui_settings.lock_minutes = 0
    lock.restart()
    assert not lock.timer.isActive()                                           # 0: never
    lock.uninstall()
