"""Every message box and small question the app shows, from one place.

Tests replace these functions (``monkeypatch.setattr(msgbox, "ask", ...)``), so
callers always go through the module: ``msgbox.ask(...)``, never a direct import
of the function. Button texts are set here because Qt ships no Indonesian
catalogue for its own standard buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

translate = QCoreApplication.translate


class _KeepDefault(QObject):
    """Re-asserts the safe default button when the dialog is shown: QDialogButtonBox otherwise makes
    its first accept-role button the default on show, and autoDefault buttons take it over on focus."""

    def __init__(self, dialog: QDialog, button: QPushButton) -> None:
        super().__init__(dialog)
        self.button = button
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            for other in watched.findChildren(QPushButton):
                if other is not self.button:
                    other.setAutoDefault(False)
                    other.setDefault(False)
            self.button.setAutoDefault(True)
            self.button.setDefault(True)
            self.button.setFocus()
        return False


def safe_default(dialog: QDialog, button: QPushButton) -> None:
    """Make ``button`` (the choice that changes nothing) what Enter presses in ``dialog``, for good."""
    _KeepDefault(dialog, button)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(box.textFormat().PlainText)
    if detail:
        box.setDetailedText(detail)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(translate("MessageBox", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(translate("MessageBox", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Critical, title, text, detail)
    box.addButton(translate("MessageBox", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "",
        default_yes: bool = False) -> bool:
    """A yes/no question; True when the person chose ``yes``. Esc means no."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes or translate("MessageBox", "Ya"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or translate("MessageBox", "Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text (e.g. the reason for a deletion); None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(translate("MessageBox", "OK"))
    dialog.setCancelButtonText(translate("MessageBox", "Batal"))
    dialog.resize(480, dialog.sizeHint().height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def choose(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0, *,
           ok: str = "", cancel: str = "") -> int | None:
    """Pick one of ``items``; the chosen index, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    dialog.setOkButtonText(ok or translate("MessageBox", "OK"))
    dialog.setCancelButtonText(cancel or translate("MessageBox", "Batal"))
    for text in dialog.findChildren(QLabel):
        text.setWordWrap(True)
    dialog.resize(max(480, dialog.sizeHint().width()), dialog.sizeHint().height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return items.index(dialog.textValue()) if dialog.textValue() in items else None
