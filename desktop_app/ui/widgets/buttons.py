"""The row of buttons at the foot of a small dialog: the action, then Batal, pushed to the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton


def action_and_cancel(dialog: QDialog, text: str, on_action: Callable[[], None] | None = None
                      ) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    """(action button, Batal button, the row): the action runs ``on_action`` (default: accept), Batal rejects."""
    action = QPushButton(text)
    cancel = QPushButton(QCoreApplication.translate("DialogButtons", "Batal"))
    action.clicked.connect(on_action or dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(action)
    row.addWidget(cancel)
    return action, cancel, row
