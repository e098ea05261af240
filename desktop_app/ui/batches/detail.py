"""The right half of the Batch page: one batch's facts, totals in rupiah, and its members."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.batch import Batch, kind_label, status_label
from desktop_app.domain.cost_text import L_MONTHLY, L_TOTAL, cost_summary
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_rupiah
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.registration import Sex
from desktop_app.i18n import fill, tr
from desktop_app.services.batches import BatchSummary
from desktop_app.ui.batches.models import BatchMembersModel, answer_text, short_time


def counts_table(headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def fill_counts(table: QTableWidget, rows: list[tuple]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class BatchDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.facts = {key: QLabel() for key in ("scheme", "status", "created", "file", "sent", "answer", "people",
                                                "monthly", "period")}
        for label in self.facts.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in (("scheme", self.tr("Skema")), ("status", self.tr("Status")),
                          ("created", self.tr("Dibuat")), ("file", self.tr("Berkas ekspor")),
                          ("sent", self.tr("Dikirim")),
                          ("answer", self.tr("Jawaban BPJS")), ("people", self.tr("Peserta")),
                          ("monthly", tr(L_MONTHLY)), ("period", tr(L_TOTAL))):
            form.addRow(text + ":", self.facts[key])
        self.members_model = BatchMembersModel(self)
        self.members = QTableView()
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setAlternatingRowColors(True)
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(24)
        self.members.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((105, 130, 190, 110, 100)):
            self.members.setColumnWidth(column, width)
        self.by_village = counts_table([self.tr("Desa/Kelurahan"), self.tr("Kecamatan"), self.tr("Peserta")])
        self.by_occupation = counts_table([self.tr("Pekerjaan"), self.tr("Peserta")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members, self.tr("Anggota"))
        self.tabs.addTab(self.by_village, self.tr("Per desa"))
        self.tabs.addTab(self.by_occupation, self.tr("Per pekerjaan"))
        self.cross_office = QLabel()            # people of this draft batch also registered at another office
        self.cross_office.setObjectName("dialogWarning")
        self.cross_office.setWordWrap(True)
        self.cross_office.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.cross_office)
        layout.addWidget(self.tabs, 1)
        self.show_summary(None, [])

    def show_summary(self, summary: BatchSummary | None, members: list[dict]) -> None:
        self.members_model.set_rows(members)
        if summary is None:
            self.title.setText(self.tr("Pilih batch di daftar sebelah kiri, atau buat batch baru."))
            for label in self.facts.values():
                label.setText("")
            fill_counts(self.by_village, [])
            fill_counts(self.by_occupation, [])
            return
        b, s = summary.batch, summary.stats
        self.title.setText(fill(self.tr("Batch {id}: {title}"), id=str(b.id), title=b.title))
        self.facts["scheme"].setText(summary.scheme_name)
        self.facts["status"].setText(f"{status_label(b.status)} · {kind_label(b.kind)}")
        self.facts["created"].setText(f"{short_time(b.created_at)} · {b.created_by}")
        self.facts["file"].setText(self._file_text(b))
        self.facts["sent"].setText(self._sent_text(b))
        self.facts["answer"].setText(answer_text(summary.counts) if b.sent else self.tr("belum dikirim"))
        self.facts["people"].setText(fill(self.tr("{total} orang (L {male}, P {female})"), total=s.total,
                                          male=s.by_sex.get(Sex.MALE, 0), female=s.by_sex.get(Sex.FEMALE, 0)))
        self.facts["monthly"].setText(format_rupiah(s.monthly))
        self.facts["period"].setText(cost_summary(s.cost))     # people × months × rate, in the recap's words
        fill_counts(self.by_village, [(v["name"], v["district"], v["count"]) for v in s.by_village])
        fill_counts(self.by_occupation, [(occupation_label(o["occupation"]) or "-", o["count"])
                                         for o in s.by_occupation])

    def show_cross_office(self, text: str) -> None:
        """The warning that the batch holds people registered at two offices ("" hides it)."""
        self.cross_office.setText(text)
        self.cross_office.setVisible(bool(text))

    def _sent_text(self, batch: Batch) -> str:
        """Date sent, cover letter, recipient (as "Tandai terkirim" recorded them)."""
        if not batch.sent_on:
            return self.tr("belum dikirim")
        return fill(self.tr("{date} · surat pengantar {letter} · kepada {recipient}"),
                    date=format_date(date.fromisoformat(batch.sent_on)), letter=batch.cover_letter_no or "-",
                    recipient=batch.recipient or "-")

    def _file_text(self, batch: Batch) -> str:
        if not batch.exported:
            return self.tr("belum diekspor")
        text = f"{batch.file_name}\nSHA-256: {batch.file_sha256}"
        if batch.locked_at:
            text += "\n" + fill(self.tr("dikunci {time} oleh {name}"), time=short_time(batch.locked_at),
                                name=batch.locked_by or "-")
        return text

    def selected_member_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        return [self.members_model.row(r)["registration_id"] for r in rows]
