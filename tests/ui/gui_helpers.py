"""Helpers for the Batch, Import, printing and verify window tests: fake file dialogs, captured URLs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.ui import file_dialogs


class Files:
    """Stands in for the file dialogs (queue of answers) and records every URL the app opens."""

    def __init__(self) -> None:
        self.to_open: list[Path | None] = []
        self.to_save: list[Path | None] = []
        self.suggested: list[Path] = []
        self.opened: list[Path] = []

    def open_file(self, parent, title, folder, file_filter):
        return self.to_open.pop(0) if self.to_open else None

    def save_file(self, parent, title, suggested, file_filter, default_suffix=".xlsx"):
        self.suggested.append(Path(suggested))
        return self.to_save.pop(0) if self.to_save else None

    def open_url(self, url) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return True


@pytest.fixture
def files(monkeypatch) -> Files:
    fake = Files()
    monkeypatch.setattr(file_dialogs, "open_file", fake.open_file)
    monkeypatch.setattr(file_dialogs, "save_file", fake.save_file)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake.open_url))
    return fake


def on_next_dialog(choose, kind=QDialog) -> list:
    """Run ``choose(dialog)`` on the next visible modal dialog of ``kind`` (polling from the event loop)."""
    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        choose(dialog)
    QTimer.singleShot(0, act)
    return seen
