"""Picking Kemendagri regions: a type-ahead combo per level, a cascade, and a country-wide search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.regions import Level, Region, RegionDirectory
from desktop_app.ui.widgets.choice_combo import ChoiceCombo


class RegionCombo(ChoiceCombo):
    """Regions of one level by name; ``value()`` is the region code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, editable=True)
        self.setMinimumContentsLength(16)

    def set_regions(self, regions: list[Region], *, keep_value: bool = True) -> None:
        self.set_choices([(r.name, r.code) for r in regions], keep_value=keep_value)

    def ensure_region(self, region: Region) -> None:
        """Offer a region from outside the current list (picked through the search)."""
        if self.index_of(region.code) < 0:
            self.addItem(region.name)
            self._values.append(region.code)


class RegionCascade(QWidget):
    """Province → regency → district combos, each filled from the one above.

    Used by the first-run wizard and the office settings; ``changed`` fires with
    the most precise code chosen.
    """

    changed = Signal(str)

    def __init__(self, regions: RegionDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions = regions
        self.province, self.regency, self.district = RegionCombo(), RegionCombo(), RegionCombo()
        self.province.set_regions(regions.children(None))
        self.province.value_changed.connect(lambda code: self._fill(self.regency, code))
        self.regency.value_changed.connect(lambda code: self._fill(self.district, code))
        self.district.value_changed.connect(lambda _code: self.changed.emit(self.code()))

    def _fill(self, combo: RegionCombo, parent_code: str | None) -> None:
        combo.set_regions(self.regions.children(parent_code) if parent_code else [])
        self.changed.emit(self.code())

    def code(self) -> str:
        return self.district.value() or self.regency.value() or self.province.value() or ""

    def set_codes(self, province: str, regency: str, district: str = "") -> None:
        self.province.set_value(province or None)
        self.regency.set_value(regency or None)
        self.district.set_value(district or None)


class RegionSearchDialog(QDialog):
    """Find any kecamatan (or other level) in Indonesia by name."""

    def __init__(self, regions: RegionDirectory, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions, self.level = regions, level
        self.setWindowTitle(self.tr("Cari wilayah"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik sebagian nama, misalnya \"sepaku\""))
        self.results = QListWidget()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Pilih"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nama wilayah:")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150, timeout=self._refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._accept_current)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.resize(560, 420)

    def _refresh(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if len(text) < 2:
            return
        for region in self.regions.search(text, level=self.level, limit=100):
            path = " › ".join(r.name for r in reversed(self.regions.lineage(region.code)[:-1]))
            item = QListWidgetItem(f"{region.name} — {path}")
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept_current(self) -> None:
        self._timer.stop()
        self._refresh()
        if self.results.currentItem() is not None:
            self.accept()

    def chosen(self) -> Region | None:
        item = self.results.currentItem()
        return self.regions.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
