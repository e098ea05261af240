"""Fixtures for window tests: a real main window over a real office database, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
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
def window(qtbot, ctx, ui_settings, db_path, answers, tmp_path):
    install_language("id")
    apply_theme(QApplication.instance())
    win = MainWindow(ctx, ui_settings, DraftStore(db_path, tmp_path / "drafts"))
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.undo_stack.clear()


def type_text(text: str) -> None:
    """Key presses into whatever has the focus, as a person would type them."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup or target, key, modifiers)
