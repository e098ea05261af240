"""Laporan: the supervisor's questions on one screen — how many are covered (accepted by BPJS) against
the target, what it cost, what is committed, pending and left of the budget, per kecamatan and desa by
BPJS state, by occupation, sex and age, with charts — and the same report printed (Ctrl+P) or
exported to Excel (Ctrl+E). Every figure is ``ReportService.compute``'s (as in ``lindungi stats``);
the tables are the printed report's tables; the page only shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import YearMonth
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.report import Report, ReportService
from desktop_app.ui.batches.detail import counts_table
from desktop_app.ui.reports import actions
from desktop_app.ui.reports.charts import ChartsView
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

FIGURE_KEYS = ("registered", "covered", "target", "coverage", "allocated", "committed", "pending", "remaining")


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offices = OfficeService(ctx)
        self.service = ReportService(ctx)
        self.report: Report | None = None
        self.values: dict[str, str] = {}
        self.scheme, self.start, self.end = ChoiceCombo(), ChoiceCombo(), ChoiceCombo()
        self.labels = {k: QLabel() for k in FIGURE_KEYS}
        for widget in self.labels.values():
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            widget.setWordWrap(True)
        self.progress = QProgressBar()
        self.tabs = QTabWidget()
        self.tables: dict[str, object] = {}
        self.charts = ChartsView()
        self._form_rows: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(self._top())
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Cakupan"), ("registered", "covered", "target", "coverage")), 0, 0)
        grid.addWidget(self._box(self.tr("Anggaran"), ("allocated", "committed", "pending", "remaining")), 0, 1)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        for keys, slot in (("Ctrl+E", lambda: actions.export_xlsx(self)), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_schemes()

    def _top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        for text, combo in ((self.tr("&Skema:"), self.scheme), (self.tr("&Dari:"), self.start),
                            (self.tr("&Sampai:"), self.end)):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, 2 if combo is self.scheme else 1)
            combo.value_changed.connect(lambda _v: self.refresh())
        self.buttons = {}
        for key, text, slot in (("refresh", self.tr("Muat ulang (F5)"), self.refresh),
                                ("pdf", self.tr("Cetak PDF (Ctrl+P)"), lambda: actions.print_pdf(self)),
                                ("xlsx", self.tr("Ekspor Excel (Ctrl+E)"), lambda: actions.export_xlsx(self))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            top.addWidget(button)
            self.buttons[key] = button
        return top

    def _box(self, title: str, keys: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            name = QLabel()
            self._form_rows[key] = name
            form.addRow(name, self.labels[key])
        if "coverage" in keys:
            form.addRow(self.progress)
        return box

    def settings_folder(self) -> str:
        return str(Path.home())

    def print_current(self) -> None:
        """The window's Ctrl+P on this page: the whole report as a PDF."""
        actions.print_pdf(self)

    # --- choices -------------------------------------------------------------------
    def reload_schemes(self) -> None:
        schemes = self.offices.schemes()
        self.scheme.blockSignals(True)
        self.scheme.set_choices([(self.tr("(semua skema)"), None)] + [(s.label(), s.id) for s in schemes])
        self.scheme.setCurrentIndex(0)
        self.scheme.blockSignals(False)
        months = sorted({m for s in schemes for m in _months(s.coverage_start, s.coverage_end)})
        for combo in (self.start, self.end):
            combo.blockSignals(True)
            combo.set_choices([(self.tr("(seluruh masa)"), None)] + [(m.label(), m.iso()) for m in months])
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[YearMonth, YearMonth] | None:
        """The months chosen (an open end runs to the first or last month offered); None for all."""
        start, end = self.start.value(), self.end.value()
        if not start and not end:
            return None
        offered = self.start.values()[1:]
        first, last = YearMonth.parse(start or offered[0]), YearMonth.parse(end or offered[-1])
        return (first, last) if first <= last else (last, first)

    # --- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop_app.services.report_output import chart_svgs, figures, tables
        report = self.report = self.service.compute(scheme_id=self.scheme.value(), period=self.period())
        for key, (label, text, _number, _unit) in zip(FIGURE_KEYS, figures(report), strict=True):
            self._form_rows[key].setText(label + ":")
            self.labels[key].setText(text)
            self.values[key] = text
        self.progress.setRange(0, max(report.target or 0, 1))
        self.progress.setValue(min(report.covered, report.target) if report.target else 0)
        self.progress.setFormat(self.values["coverage"])           # the bar says what the text says
        self.progress.setVisible(bool(report.target))
        self._show_tables(tables(report))
        self.charts.show_svgs(chart_svgs(report))

    def _show_tables(self, specs) -> None:
        from desktop_app.services.report_output import cell_text
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self.charts, self.tr("Grafik"))
        for key, title, heads, rows in specs:
            table = counts_table([h for h, _ in heads])
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    item = _item(cell_text(value, heads[c][1]), isinstance(value, int))
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            self.tables[key] = table
            self.tabs.addTab(table, title)
        self.tabs.setCurrentIndex(max(0, current))

    def focus_first(self) -> None:
        self.scheme.setFocus()


def _months(start: YearMonth, end: YearMonth) -> list[YearMonth]:
    return [start.plus(i) for i in range(start.months_until(end))]


def _item(text: str, number: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
