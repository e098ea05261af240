"""Side-by-side check when a similar person is already registered (same desa, same birth date,
similar name). The officer confirms it is a different person, or goes back to look again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.regions import RegionDirectory
from desktop_app.domain.registration import FIELD_LABELS, Registration, sex_label
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import fill, tr
from desktop_app.ui.msgbox import safe_default

COMPARED = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "sex",
    "mother_name",
    "kk_number",
    "village_code",
    "address",
    "phone",
)
MAX_SHOWN = 3


def _value(reg: Registration, name: str, regions: RegionDirectory) -> str:
    value = getattr(reg, name)
    if name == "birth_date":
        return format_date(value)
    if name == "sex":
        return sex_label(value)
    if name == "village_code":
        region = regions.get(value) if value else None
        return region.name if region else value
    return value or "—"


class SimilarPeopleDialog(QDialog):
    """``exec()`` is Accepted when the officer confirms these are different people."""

    def __init__(
        self, typed: Registration, existing: list[Registration], regions: RegionDirectory,
        parent: QWidget | None = None, hints: list[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ada peserta yang mirip"))
        shown = existing[:MAX_SHOWN]
        intro = QLabel(
            self.tr(
                "Di desa yang sama sudah terdaftar orang dengan tanggal lahir yang sama dan nama "
                "yang mirip. Bandingkan dengan KTP. Bila memang orang yang berbeda, lanjutkan "
                "menyimpan; keputusan ini dicatat di log."
            )
        )
        intro.setWordWrap(True)
        self.hint = QLabel("\n".join(h for h in hints if h))
        self.hint.setObjectName("dialogWarning")
        self.hint.setWordWrap(True)
        self.hint.setVisible(any(hints))
        table = QTableWidget(len(COMPARED), 1 + len(shown))
        headers = [self.tr("Yang diketik")] + [
            fill(self.tr("Terdaftar {number}"), number=format_number(r.seq)) for r in shown
        ]
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([tr(FIELD_LABELS[name]) for name in COMPARED])
        for row, name in enumerate(COMPARED):
            mine = _value(typed, name, regions)
            for column, reg in enumerate([typed, *shown]):
                text = _value(reg, name, regions)
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column and text == mine:
                    item.setBackground(Qt.GlobalColor.yellow)
                elif column and name == "nik" and hints[column - 1:column] and hints[column - 1]:
                    item.setBackground(Qt.GlobalColor.red)
                    item.setForeground(Qt.GlobalColor.white)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("Orang berbeda — &simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(self.tr("&Batal, periksa lagi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        safe_default(self, self.cancel_button)      # Enter never saves a probable duplicate
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addWidget(table, 1)
        if len(existing) > MAX_SHOWN:
            layout.addWidget(
                QLabel(fill(self.tr("…dan {count} lainnya."), count=str(len(existing) - MAX_SHOWN)))
            )
        layout.addWidget(buttons)
        self.resize(760, 460)
