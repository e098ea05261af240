"""The report's charts in the window: the very drawings of the printed report, as SVG shown with
QtSvg (part of PySide6-Essentials) — no chart library added to the bundle."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class ChartsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.box = QVBoxLayout(self.inner)
        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.charts: list[QSvgWidget] = []

    def show_svgs(self, svgs: list[bytes]) -> None:
        for chart in self.charts:
            chart.deleteLater()
        self.charts = []
        for data in svgs:
            chart = QSvgWidget()
            chart.load(QByteArray(data))
            size = chart.renderer().defaultSize()
            chart.setFixedSize(QSize(int(size.width() * 1.35), int(size.height() * 1.35)))
            self.box.addWidget(chart)
            self.charts.append(chart)
