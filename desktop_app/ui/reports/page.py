"""Laporan: coverage against the scheme's target, the money (per month, per year, for the coverage
period, against the budget), and counts by kecamatan, desa, occupation and sex."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, Qt
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

from desktop_app.domain.money import format_rupiah
from desktop_app.i18n import translate as core_translate
from desktop_app.services.context import Context
from desktop_app.services.stats import Stats, StatsService
from desktop_app.ui.batches.detail import counts_table, fill_counts
from desktop_app.ui.widgets.choice_combo import ChoiceCombo


def percent(part: int, whole: int | None) -> str:
    """``0,1%`` in Indonesian, ``0.1%`` in English (the chosen language's decimal mark)."""
    if not whole:
        return "-"
    return QLocale().toString(part * 100 / whole, "f", 1) + "%"


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        schemes = self.ctx.store.schemes.all()
        self.scheme.set_choices([(self.tr("(semua skema)"), None)] + [(s.label(), s.id) for s in schemes])
        if self.scheme.currentIndex() < 0:
            self.scheme.setCurrentIndex(0)
        self.refresh()

    def _target_and_budget(self) -> tuple[int | None, int | None]:
        chosen = self.scheme.value()
        schemes = [s for s in self.ctx.store.schemes.all() if chosen is None or s.id == chosen]
        targets = [s.target_participants for s in schemes if s.target_participants]
        budgets = [s.budget for s in schemes if s.budget]
        return (sum(targets) if targets else None), (sum(budgets) if budgets else None)

    def refresh(self) -> None:
        stats = self.stats = self.stats_service.compute(scheme_id=self.scheme.value())
        target, budget = self._target_and_budget()
        none, used = self.tr("belum ditetapkan"), self.tr("terpakai")
        self.values = {
            "people": f"{stats.total:,}".replace(",", "."),
            "target": f"{target:,}".replace(",", ".") if target else none,
            "reached": percent(stats.total, target),
            "monthly": format_rupiah(stats.monthly), "annual": format_rupiah(stats.annual),
            "period": format_rupiah(stats.period_total),
            "budget": format_rupiah(budget) if budget else none,
            "budget_left": (f"{format_rupiah(budget - stats.period_total)} "
                            f"({used} {percent(stats.period_total, budget)})") if budget else "-",
        }
        for key, text in self.values.items():
            self.labels[key].setText(text)
        self.progress.setRange(0, max(target or 0, 1))
        self.progress.setValue(min(stats.total, target) if target else 0)
        self.progress.setFormat(percent(stats.total, target))     # the bar says what the text says
        self.progress.setVisible(bool(target))
        self._fill_tables(stats)

    def _fill_tables(self, stats: Stats) -> None:
        districts = Counter()
        for v in stats.by_village:
            districts[v["district"]] += v["count"]
        fill_counts(self.tables["district"], sorted(districts.items(), key=lambda kv: (-kv[1], kv[0])))
        fill_counts(self.tables["village"], [(v["name"], v["district"], v["count"]) for v in stats.by_village])
        occupations = [(core_translate("Occupation", o["occupation"]) if o["occupation"] else "-", o["count"])
                       for o in stats.by_occupation]
        fill_counts(self.tables["occupation"], occupations)
        sexes = {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}
        fill_counts(self.tables["sex"], [(sexes.get(s, s), c) for s, c in stats.by_sex.items()])

    def focus_first(self) -> None:
        self.scheme.setFocus()
