"""Choosing files and folders, and opening them in the system's own programs, from one place.

Tests replace ``open_file``/``save_file`` (``monkeypatch.setattr(file_dialogs, ...)``)
and ``QDesktopServices.openUrl``; callers therefore always go through this module.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.i18n import fill
from desktop_app.ui import msgbox

translate = QCoreApplication.translate


def excel_filter() -> str:
    return translate("FileDialogs", "Berkas Excel (*.xlsx *.xlsm *.xls *.ods)")


def xlsx_filter() -> str:
    return translate("FileDialogs", "Buku kerja Excel (*.xlsx)")


def database_filter() -> str:
    return translate("FileDialogs", "Basis data Lindungi (*.db)")


def backup_filter() -> str:
    """A backup to restore: a page copy (.db) or a packed backup (.lbk)."""
    return translate("FileDialogs", "Cadangan Lindungi (*.db *.lbk)")


def key_filter() -> str:
    return translate("FileDialogs", "Kunci publik Lindungi (*.lindungi-kunci)")


def exchange_filter() -> str:
    return translate("FileDialogs", "Berkas tukar Lindungi (*.lsync)")


def exchange_key_filter() -> str:
    return translate("FileDialogs", "Kunci tukar Lindungi (*.kuncitukar)")


def image_filter() -> str:
    return translate("FileDialogs", "Gambar (*.png *.jpg *.jpeg)")


def open_file(parent: QWidget | None, title: str, folder: Path | str, file_filter: str) -> Path | None:
    """An existing file the person picked, or None."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str,
              default_suffix: str = ".xlsx") -> Path | None:
    """Where to write (the dialog itself asks before replacing a file), or None."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(default_suffix)


def choose_folder(parent: QWidget | None, title: str, folder: Path | str) -> Path | None:
    """An existing folder the person picked, or None."""
    name = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(name) if name else None


def show_in_system(parent: QWidget | None, path: Path) -> bool:
    """Open a file (PDF viewer, spreadsheet) or a folder (file manager); say where it is if nothing opened."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve()))):
        return True
    text = translate("FileDialogs", "Tidak ada program yang membuka berkas ini secara otomatis. Berkasnya ada di:"
                     "\n\n{path}\n\nBuka dari pengelola berkas (Windows Explorer).")
    msgbox.info(parent, translate("FileDialogs", "Buka berkas"), fill(text, path=str(path)))
    return False
