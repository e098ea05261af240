"""The look: Fusion style, a light stylesheet with a clearly visible keyboard focus, icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
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
QLineEdit[problem="error"], QComboBox[problem="error"] {{ border: 2px solid {ERROR}; background: #fdecea; }}
QLineEdit[problem="warning"], QComboBox[problem="warning"] {{ border: 2px solid #e0a100; background: #fff8e1; }}
QLineEdit[problem="error"]:focus, QComboBox[problem="error"]:focus,
QLineEdit[problem="warning"]:focus, QComboBox[problem="warning"]:focus {{ border: 2px solid {FOCUS}; }}
QLabel#fieldMessage[severity="error"] {{ color: {ERROR}; }}
QLabel#fieldMessage[severity="warning"] {{ color: {WARNING}; background: #fff4d6; padding: 1px 3px; }}
QLabel#fieldHint {{ color: #455a64; }}
QLabel#dialogWarning {{ color: {ERROR}; font-weight: bold; }}
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


ICON_COLOUR = "#1f4e79"


@lru_cache(maxsize=32)
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons; drawn white when its item is selected (navigation)."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    white = path.read_text(encoding="utf-8").replace(ICON_COLOUR, "#ffffff").encode("utf-8")
    renderer = QSvgRenderer(QByteArray(white))
    for size in (16, 22, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
