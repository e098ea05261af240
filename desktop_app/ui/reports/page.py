"""Laporan: coverage against the scheme's target, the money (per month, per year, for the coverage
period, against the budget), and counts by kecamatan, desa, occupation and sex — every figure as
``StatsService.compute`` gives it (the same call as ``lindungi stats``); the page only writes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.money import format_count, format_rupiah, format_share
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.registration import sex_label
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.services.stats import Stats, StatsService
from desktop_app.ui.batches.detail import counts_table, fill_counts
from desktop_app.ui.widgets.choice_combo import ChoiceCombo


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offices = OfficeService(ctx)
        self.stats_service = StatsService(ctx)
        self.stats: Stats | None = None
        self.values: dict[str, str] = {}
        self.scheme = ChoiceCombo()
        self.scheme.value_changed.connect(lambda _v: self.refresh())
        refresh = QPushButton(self.tr("Muat ulang (F5)"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Skema:"))
        label.setBuddy(self.scheme)
        top.addWidget(label)
        top.addWidget(self.scheme, 1)
        top.addWidget(refresh)
        self.labels = {k: QLabel() for k in ("people", "target", "reached", "monthly", "annual", "period",
                                             "budget", "budget_left")}
        for widget in self.labels.values():
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.tables = {"district": counts_table([self.tr("Kecamatan"), self.tr("Peserta")]),
                       "village": counts_table([self.tr("Desa/Kelurahan"), self.tr("Kecamatan"), self.tr("Peserta")]),
                       "occupation": counts_table([self.tr("Pekerjaan"), self.tr("Peserta")]),
                       "sex": counts_table([self.tr("Jenis kelamin"), self.tr("Peserta")])}
        tabs = QTabWidget()
        for key, title in (("district", self.tr("Per kecamatan")), ("village", self.tr("Per desa")),
                           ("occupation", self.tr("Per pekerjaan")), ("sex", self.tr("Per jenis kelamin"))):
            tabs.addTab(self.tables[key], title)
        grid = QGridLayout()
        grid.addWidget(self._coverage_box(), 0, 0)
        grid.addWidget(self._money_box(), 0, 1)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(tabs, 1)
        self.reload_schemes()

    def _coverage_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cakupan"))
        form = QFormLayout(box)
        form.addRow(self.tr("Peserta aktif:"), self.labels["people"])
        form.addRow(self.tr("Target peserta:"), self.labels["target"])
        form.addRow(self.tr("Capaian:"), self.labels["reached"])
        form.addRow(self.progress)
        return box

    def _money_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Iuran"))
        form = QFormLayout(box)
        form.addRow(self.tr("Per bulan:"), self.labels["monthly"])
        form.addRow(self.tr("Per tahun (12 bulan):"), self.labels["annual"])
        form.addRow(self.tr("Total masa perlindungan:"), self.labels["period"])
        form.addRow(self.tr("Anggaran skema:"), self.labels["budget"])
        form.addRow(self.tr("Sisa anggaran:"), self.labels["budget_left"])
        return box

    def reload_schemes(self) -> None:
        schemes = self.offices.schemes()
        self.scheme.set_choices([(self.tr("(semua skema)"), None)] + [(s.label(), s.id) for s in schemes])
        if self.scheme.currentIndex() < 0:
            self.scheme.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        stats = self.stats = self.stats_service.compute(scheme_id=self.scheme.value())
        target, budget = stats.target, stats.budget
        none, used = self.tr("belum ditetapkan"), self.tr("terpakai")
        self.values = {
            "people": format_count(stats.total),
            "target": format_count(target) if target else none,
            "reached": format_share(stats.total, target),
            "monthly": format_rupiah(stats.monthly), "annual": format_rupiah(stats.annual),
            "period": format_rupiah(stats.period_total),
            "budget": format_rupiah(budget) if budget else none,
            "budget_left": (f"{format_rupiah(stats.budget_left)} "
                            f"({used} {format_share(stats.period_total, budget)})") if budget else "-",
        }
        for key, text in self.values.items():
            self.labels[key].setText(text)
        self.progress.setRange(0, max(target or 0, 1))
        self.progress.setValue(min(stats.total, target) if target else 0)
        self.progress.setVisible(bool(target))
        self._fill_tables(stats)

    def _fill_tables(self, stats: Stats) -> None:
        fill_counts(self.tables["district"], [(d["name"], d["count"]) for d in stats.by_district])
        fill_counts(self.tables["village"], [(v["name"], v["district"], v["count"]) for v in stats.by_village])
        fill_counts(self.tables["occupation"], [(occupation_label(o["occupation"]) or "-", o["count"])
                                                for o in stats.by_occupation])
        fill_counts(self.tables["sex"], [(sex_label(s), c) for s, c in stats.by_sex.items()])

    def focus_first(self) -> None:
        self.scheme.setFocus()
