"""Fixtures for window tests: a real main window over a real office database, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.services.drafts import DraftStore
from desktop_app.ui import msgbox
from desktop_app.ui.language import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.theme import apply_theme


class Answers:
    """Stands in for the person answering message boxes; records every question."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.shown: list[tuple[str, str, str]] = []
        self.ask_replies: list[bool] = []
        self.text_replies: list[str | None] = []

    def ask(self, parent, title, text, **_kw) -> bool:
        self.asked.append((title, text))
        return self.ask_replies.pop(0) if self.ask_replies else False

    def ask_text(self, parent, title, label, text="") -> str | None:
        self.asked.append((title, label))
        return self.text_replies.pop(0) if self.text_replies else None

    def _show(self, kind):
        return lambda parent, title, text, *rest: self.shown.append((kind, title, text))


@pytest.fixture
def answers(monkeypatch) -> Answers:
    fake = Answers()
    monkeypatch.setattr(msgbox, "ask", fake.ask)
    monkeypatch.setattr(msgbox, "ask_text", fake.ask_text)
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(msgbox, kind, fake._show(kind))
    return fake


@pytest.fixture
def ui_settings(tmp_path) -> UiSettings:
    return UiSettings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, ctx, ui_settings, db_path, tmp_path):
    """Build main windows over ``ctx``; all are deleted before the database closes."""
    made = []

    def build(drafts: DraftStore | None = None) -> MainWindow:
        win = MainWindow(ctx, ui_settings, drafts or DraftStore(db_path, tmp_path / "drafts"))
        made.append(win)
        return win
    yield build
    for win in made:
        win.undo_stack.clear()
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, make_window, answers):
    install_language("id")
    apply_theme(QApplication.instance())
    win = make_window()
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def type_text(text: str) -> None:
    """Key presses into whatever has the focus, as a person would type them."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup or target, key, modifiers)


def fill_form(page, reg) -> None:
    """Put a registration's values into the inputs of a (new) form, as typed input."""
    from desktop_app.ui.form import state
    page.address.set_village(reg.village_code)
    page.membership.set_scheme(reg.scheme_id)
    state.write_registration(page.form, reg)
    page.run_check()


def save_shortcut(then_new: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if then_new:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    press(Qt.Key.Key_S, modifiers)


def answer_next_dialog(qtbot, choose) -> list:
    """Run ``choose(dialog)`` on the next modal dialog that opens; returns the dialogs seen."""
    from PySide6.QtCore import QTimer
    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.windowHandle() is None \
                or dialog.objectName() == "jobProgress":      # a long task's progress comes first under load
            QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        choose(dialog)
    QTimer.singleShot(0, act)
    return seen


from tests.ui.gui_helpers import files  # noqa: E402, F401 - fixture: fake file dialogs, captured URLs
