"""The look: Fusion style, a light stylesheet with a clearly visible keyboard focus, icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resource

FOCUS = "#1565c0"
ERROR = "#b3261e"
WARNING = "#8a5300"

STYLESHEET = f"""
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {{ padding: 3px 4px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTableView:focus, QListWidget:focus {{
    border: 2px solid {FOCUS};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus {{ outline: none; border: 2px solid {FOCUS}; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primaryButton {{ font-weight: bold; }}
QLineEdit[problem="error"], QComboBox[problem="error"] {{ border: 2px solid {ERROR}; }}
QLineEdit[problem="warning"], QComboBox[problem="warning"] {{ border: 2px solid #e0a100; }}
QLabel#fieldMessage[severity="error"] {{ color: {ERROR}; }}
QLabel#fieldMessage[severity="warning"] {{ color: {WARNING}; background: #fff4d6; padding: 1px 3px; }}
QLabel#fieldHint {{ color: #455a64; }}
QLabel#saveReason[severity="error"] {{ color: {ERROR}; }}
QLabel#saveReason[severity="ok"] {{ color: #1b5e20; }}
QLabel#savedBanner {{ color: #1b5e20; font-weight: bold; }}
QLabel#pageTitle {{ font-size: 15px; font-weight: bold; }}
QGroupBox {{ font-weight: bold; margin-top: 10px; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox {{ font-weight: normal; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QListWidget#navigation {{ font-size: 14px; border: none; background: #eef2f6; }}
QListWidget#navigation::item {{ padding: 10px 8px; }}
QListWidget#navigation::item:selected {{ background: #1f4e79; color: white; }}
QToolButton#carryPin:checked {{ background: #dbe9f7; border: 1px solid {FOCUS}; }}
"""


def apply_theme(app: QApplication) -> None:
    if app.styleSheet() == STYLESHEET:
        return
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(icon("app"))


@lru_cache(maxsize=32)
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
