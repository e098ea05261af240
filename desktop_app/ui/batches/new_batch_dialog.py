"""New batch: the active registrations of a scheme that were never in a batch, optionally one desa."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.i18n import fill
from desktop_app.services.batches import BatchService
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.ui.widgets.choice_combo import ChoiceCombo


def office_villages(ctx: Context) -> list[tuple[str, str]]:
    """(label, code) of the desa/kelurahan in the office's area, by kecamatan."""
    return [(f"{v.name} ({d.name})" if d else v.name, v.code) for v, d in OfficeService(ctx).area_villages()]


class NewBatchDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batches = BatchService(ctx)
        offices = OfficeService(ctx)
        self.setWindowTitle(self.tr("Batch baru"))
        self.scheme = ChoiceCombo()
        schemes = offices.schemes(active_only=True)
        self.scheme.set_choices([(s.label(), s.id) for s in schemes])
        default = offices.default_scheme()
        self.scheme.set_value(default.id if default else (schemes[0].id if schemes else None))
        self.village = ChoiceCombo(editable=True)
        self.village.set_choices([(self.tr("(semua desa)"), "")] + office_villages(ctx))
        self.village.setCurrentIndex(0)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("mis. Nenang Agustus 2026"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Skema:"), self.scheme)
        form.addRow(self.tr("&Desa/Kelurahan:"), self.village)
        form.addRow(self.tr("&Judul:"), self.title_edit)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Buat batch"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Batch baru diisi semua peserta aktif skema ini yang belum pernah masuk "
                                        "batch. Peserta lain dapat ditambahkan dari Data Peserta.")))
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.scheme.value_changed.connect(lambda _v: self.update_count())
        self.village.value_changed.connect(lambda _v: self.update_count())
        self.resize(560, self.sizeHint().height())
        self.update_count()

    def registration_ids(self) -> list[str]:
        scheme_id = self.scheme.value()
        return self.batches.unbatched_ids(scheme_id, self.village.value() or "") if scheme_id is not None else []

    def update_count(self) -> None:
        scheme_id = self.scheme.value()
        count = self.batches.unbatched_count(scheme_id, self.village.value() or "") if scheme_id is not None else 0
        self.count_label.setText(fill(self.tr("{count} peserta akan masuk batch ini."), count=str(count)))
        self.ok_button.setEnabled(count > 0)
        none = self.tr("Tidak ada peserta yang belum masuk batch untuk pilihan ini.")
        self.ok_button.setToolTip("" if count else none)
