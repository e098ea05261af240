"""The pages of the main window, registered by key and built the first time they are shown.

Another screen (Batch, Impor, Laporan) joins the window by adding one
``PageSpec`` to the list the composition root passes in: a key, a title, an
icon name and a factory. Nothing is built until the officer opens it, so
start-up only pays for the page that is shown first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from desktop_app.ui.theme import icon


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    factory: Callable[[], QWidget]
    shortcut: str = ""


class PageStack(QStackedWidget):
    """Lazily built pages plus the list that switches between them."""

    page_shown = Signal(str, QWidget)

    def __init__(self, specs: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {spec.key: spec for spec in specs}
        self.order = [spec.key for spec in specs]
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # pages are reached by Ctrl+1… (menu Halaman)
        for spec in specs:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})" if spec.shortcut else spec.title)
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 24))
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self.order[row]) if row >= 0 else None)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            widget = self.specs[key].factory()
            self.pages[key] = widget
            self.addWidget(widget)
        return self.pages[key]

    def built(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def show_page(self, key: str) -> QWidget:
        if key not in self.specs:
            key = self.order[0]
        row = self.order.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)      # comes back here through currentRowChanged
            return self.pages[key]
        widget = self.page(key)
        self.setCurrentWidget(widget)
        self.page_shown.emit(key, widget)
        return widget

    def current_key(self) -> str:
        widget = self.currentWidget()
        return next((k for k, w in self.pages.items() if w is widget), self.order[0])
