"""The registration form's inputs and layout (no saving here: see ``page.py``).

Two columns of boxes in a scroll area. Focus moves in the order a clerk reads
a KTP and asks questions: identity, address, work, heirs, then the fields that
usually stay the same (scheme, coverage) and the rare ones (consent, BPJS).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.adhoc import POSTS, post_label
from desktop_app.domain.occupations import OCCUPATIONS, OTHER, occupation_label
from desktop_app.domain.programs import BASE_PROGRAMS, PROGRAMS, Program
from desktop_app.domain.registration import (
    FIELD_LABELS,
    LEGAL_BASIS_LABELS,
    BpjsStatus,
    LegalBasis,
    MaritalStatus,
    Sex,
    marital_label,
    sex_label,
)
from desktop_app.i18n import tr
from desktop_app.ui.form.heirs import HeirsEditor
from desktop_app.ui.form.layout import Row, Section
from desktop_app.ui.theme import icon
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.inputs import (
    DateLineEdit,
    DigitsEdit,
    MoneyEdit,
    MonthCombo,
    PhoneEdit,
    PrefixedDigitsEdit,
)
from desktop_app.ui.widgets.regions import RegionCombo

CARRY_GROUPS = ("village", "rt_rw", "occupation", "scheme", "coverage")
# The officer left a field (not: a popup opened, the window is closing, the program moved the cursor).
LEAVING_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                   Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason)


def label(field_name: str) -> str:
    return tr(FIELD_LABELS[field_name])


class RegistrationForm(QScrollArea):
    """Every field of a registration. ``edited`` on any change; ``field_left`` when an input loses focus."""

    edited = Signal()
    field_left = Signal(str)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.rows: dict[str, Row] = {}
        self._birth_place_loader: Callable[[], list[str]] | None = None
        self._skipped: set[QWidget] = set()
        self.row_order: list[str] = []     # rows top to bottom, left column first ("heirs" included)
        self.pins: dict[str, QToolButton] = {}
        self._build_inputs(today)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        self.setWidget(body)
        self._chain_focus()
        self._watch_inputs()

    # --- inputs ------------------------------------------------------------
    def _build_inputs(self, today: Callable[[], date]) -> None:
        self.nik = DigitsEdit(16)
        self.nik_info = QLabel()
        self.nik_info.setObjectName("fieldHint")
        self.nik_info.setWordWrap(True)
        self.nik_info.setVisible(False)
        self.full_name, self.birth_place, self.mother_name = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.full_name, self.birth_place, self.mother_name):
            edit.setMaxLength(100)
        self.birth_date = DateLineEdit(today)
        self.sex = ChoiceCombo()
        self.sex.set_choices([(sex_label(sex), str(sex)) for sex in Sex])
        self.kk_number = PrefixedDigitsEdit(16)
        self.marital_status = ChoiceCombo()
        self.marital_status.set_choices([(marital_label(status), str(status)) for status in MaritalStatus])
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.rt, self.rw = DigitsEdit(3), DigitsEdit(3)
        for edit in (self.rt, self.rw):
            edit.setMaximumWidth(70)
        self.district, self.village = RegionCombo(), RegionCombo()
        self.other_region = QToolButton()
        self.other_region.setText(self.tr("Wilayah &lain…"))
        self.other_region.setToolTip(self.tr("Cari kecamatan di luar kabupaten kantor (Alt+L)"))
        self.other_region.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phone = PhoneEdit(15)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("boleh kosong — Tab melewatinya; isi dengan klik atau Shift+Tab"))
        self.occupation = ChoiceCombo(editable=True)
        self.occupation.set_choices([(occupation_label(o), str(o)) for o in OCCUPATIONS])
        self.occupation_other = QLineEdit()
        self.occupation_other.setPlaceholderText(self.tr("Tulis pekerjaannya"))
        self.income = MoneyEdit()
        self.post = ChoiceCombo()       # an ad-hoc officer's post and honorarium (shown for an ad-hoc scheme)
        self.post.set_choices([(post_label(p), p) for p in POSTS])
        self.honorarium = MoneyEdit()
        self.heirs = HeirsEditor()
        self.scheme = ChoiceCombo()
        self.coverage_start, self.coverage_end = MonthCombo(), MonthCombo()
        self.programs = {p: QCheckBox(p) for p in PROGRAMS}
        for p in BASE_PROGRAMS:
            self.programs[p].setChecked(True)
            self.programs[p].setEnabled(False)
            self.programs[p].setToolTip(self.tr("JKK dan JKM selalu termasuk."))
        self.contribution = QLabel()
        self.contribution.setObjectName("fieldHint")
        self.legal_basis = ChoiceCombo()
        self.legal_basis.set_choices([(tr(text), str(code)) for code, text in LEGAL_BASIS_LABELS.items()])
        self.consent_date = DateLineEdit(today)
        self.consent_note, self.note = QLineEdit(), QLineEdit()
        self.kpj = DigitsEdit(15)
        self.bpjs_status = ChoiceCombo()
        self.bpjs_status.set_choices([(self.tr("(belum ada jawaban)"), BpjsStatus.NONE.value),
                                      (self.tr("Diterima"), BpjsStatus.ACCEPTED.value),
                                      (self.tr("Ditolak"), BpjsStatus.REJECTED.value)])
        self.bpjs_reason = QLineEdit()
        self.occupation.value_changed.connect(self._occupation_changed)
        self.legal_basis.value_changed.connect(self._legal_changed)
        self._occupation_changed(None)
        self._legal_changed(LegalBasis.PUBLIC_TASK.value)

    def load_birth_places_later(self, loader: Callable[[], list[str]]) -> None:
        """Fill the place-of-birth completion the first time the field is entered (not at start-up)."""
        self._birth_place_loader = loader

    def set_birth_places(self, names: list[str]) -> None:
        completer = QCompleter(names, self.birth_place)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.birth_place.setCompleter(completer)

    def _pin(self, group: str) -> QToolButton:
        pin = QToolButton()
        pin.setCheckable(True)
        pin.setIcon(icon("pin"))
        pin.setText(self.tr("Tetap"))
        pin.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        pin.setToolTip(self.tr("Bawa isian ini ke pendaftaran berikutnya (Simpan & Baru)"))
        pin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pin.setObjectName("carryPin")
        self.pins[group] = pin
        return pin

    # --- layout ------------------------------------------------------------
    def _left_column(self) -> QVBoxLayout:
        identity = Section(self.tr("Identitas peserta"))
        row = self._add(identity, "nik", label("nik"), ("nik",), self.nik)
        row.message.parentWidget().layout().insertWidget(1, self.nik_info)
        self._add(identity, "full_name", label("full_name"), ("full_name",), self.full_name)
        self._add(identity, "birth_place", label("birth_place"), ("birth_place",), self.birth_place)
        self._add(identity, "birth_date", label("birth_date"), ("birth_date",), self.birth_date)
        self._add(identity, "sex", label("sex"), ("sex",), self.sex)
        self._add(identity, "mother_name", label("mother_name"), ("mother_name",), self.mother_name)
        self._add(identity, "kk_number", label("kk_number"), ("kk_number",), self.kk_number)
        self._add(identity, "marital_status", label("marital_status"), ("marital_status",), self.marital_status)
        address = Section(self.tr("Alamat dan kontak"))
        self._add(address, "address", label("address"), ("address",), self.address)
        rt_rw = QWidget()
        line = QHBoxLayout(rt_rw)
        line.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("RT"), self.rt), (self.tr("RW"), self.rw)):
            line.addWidget(QLabel(text))
            line.addWidget(edit)
        line.addStretch(1)
        row = self._add(address, "rt_rw", self.tr("RT / RW"), ("rt", "rw"), rt_rw, trailing=[self._pin("rt_rw")])
        row.label.setBuddy(self.rt)
        row.inputs = [self.rt, self.rw]
        self._add(address, "district", self.tr("Kecamatan"), ("district",), self.district,
                  trailing=[self.other_region])
        self._add(address, "village_code", label("village_code"), ("village_code",), self.village,
                  trailing=[self._pin("village")])
        self._add(address, "phone", label("phone"), ("phone",), self.phone)
        self._add(address, "email", label("email"), ("email",), self.email)
        return self._column(identity, address)

    def _right_column(self) -> QVBoxLayout:
        work = Section(self.tr("Pekerjaan"))
        self._add(work, "occupation", label("occupation"), ("occupation",), self.occupation,
                  trailing=[self._pin("occupation")])
        self._add(work, "occupation_other", label("occupation_other"), ("occupation_other",), self.occupation_other)
        self._add(work, "income", label("income"), ("income",), self.income)
        self._add(work, "post", label("post"), ("post",), self.post)
        self._add(work, "honorarium", label("honorarium"), ("honorarium",), self.honorarium)
        self.work = work
        self.set_adhoc(False)
        heirs = Section(self.tr("Ahli waris"))
        heirs.form.addRow(self.heirs)
        self.row_order.append("heirs")
        member = Section(self.tr("Kepesertaan"))
        self._add(member, "scheme_id", label("scheme_id"), ("scheme_id",), self.scheme, trailing=[self._pin("scheme")])
        period = QWidget()
        line = QHBoxLayout(period)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.coverage_start, 1)
        line.addWidget(QLabel(self.tr("s.d.")))
        line.addWidget(self.coverage_end, 1)
        row = self._add(member, "coverage", self.tr("Masa perlindungan"), ("coverage_start", "coverage_end"),
                        period, trailing=[self._pin("coverage")])
        row.label.setBuddy(self.coverage_start)
        row.inputs = [self.coverage_start, self.coverage_end]
        programs = QWidget()
        line = QHBoxLayout(programs)
        line.setContentsMargins(0, 0, 0, 0)
        for box in self.programs.values():
            line.addWidget(box)
        line.addWidget(self.contribution, 1)
        row = self._add(member, "programs", label("programs"), ("programs",), programs)
        row.inputs = [self.programs[Program.JHT]]
        legal = Section(self.tr("Dasar pemrosesan data dan catatan"))
        for name, widget in (("legal_basis", self.legal_basis), ("consent_date", self.consent_date),
                             ("consent_note", self.consent_note), ("note", self.note)):
            self._add(legal, name, label(name), (name,), widget)
        bpjs = Section(self.tr("Jawaban BPJS"))
        self._add(bpjs, "kpj", label("kpj"), ("kpj",), self.kpj)
        self._add(bpjs, "bpjs_status", self.tr("Status BPJS"), ("bpjs_status",), self.bpjs_status)
        self._add(bpjs, "bpjs_reason", self.tr("Alasan penolakan"), ("bpjs_reason",), self.bpjs_reason)
        return self._column(work, heirs, member, legal, bpjs)

    def _add(self, section: Section, key: str, text: str, fields: tuple[str, ...], widget: QWidget,
             trailing: list[QWidget] = ()) -> Row:
        row = section.add_row(text, fields, widget, trailing=list(trailing))
        self.rows[key] = row
        self.row_order.append(key)
        return row

    @staticmethod
    def _column(*sections: Section) -> QVBoxLayout:
        column = QVBoxLayout()
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        return column

    # --- focus and edits ---------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        return [self.nik, self.full_name, self.birth_place, self.birth_date, self.sex, self.mother_name,
                self.kk_number, self.marital_status, self.address, self.rt, self.rw, self.district, self.village,
                self.phone, self.email, self.occupation, self.occupation_other, self.income, self.post,
                self.honorarium, *self.heirs.inputs(), self.heirs.add_button, self.scheme, self.coverage_start,
                self.coverage_end, self.programs[Program.JHT], self.legal_basis, self.consent_date,
                self.consent_note, self.note, self.kpj, self.bpjs_status, self.bpjs_reason]

    def _chain_focus(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _watch_inputs(self) -> None:
        for key, row in self.rows.items():
            for widget in row.inputs:
                self._watch(widget, key)
        self.heirs.changed.connect(self.edited.emit)
        self.heirs.rows_changed.connect(self._heir_rows_changed)
        self._heir_rows_changed()

    def _watch(self, widget: QWidget, key: str) -> None:
        widget.setProperty("fieldKey", key)
        widget.installEventFilter(self)
        if isinstance(widget, ChoiceCombo) and widget.isEditable():
            widget.lineEdit().installEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self.edited.emit())
            widget.returnPressed.connect(self.focus_next)
        elif isinstance(widget, ChoiceCombo):
            widget.currentIndexChanged.connect(lambda _i: self.edited.emit())
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t: self.edited.emit())
                widget.lineEdit().returnPressed.connect(self.focus_next)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self.edited.emit())

    def _heir_rows_changed(self) -> None:
        for widget in self.heirs.inputs():
            if widget.property("fieldKey") is None:
                self._watch(widget, "heirs")
        self._chain_focus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self._undo_goes_to_window(watched, event):
            return True                # left unaccepted: the window's Urungkan/Ulangi takes the key
        if kind == QEvent.Type.FocusIn and watched is self.birth_place and self._birth_place_loader:
            self.set_birth_places(self._birth_place_loader())
            self._birth_place_loader = None
        if kind == QEvent.Type.FocusIn and event.reason() == Qt.FocusReason.TabFocusReason \
                and self._is_skipped(watched):
            self.focus_next()          # a carried-forward value: Tab passes it, Shift+Tab reaches it
            return False
        if kind == QEvent.Type.FocusOut and event.reason() in LEAVING_REASONS:
            key = watched.property("fieldKey") or (watched.parent().property("fieldKey") if watched.parent() else None)
            if key:
                self.field_left.emit(key)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, ChoiceCombo) and not watched.isEditable():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.focus_next()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _undo_goes_to_window(watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a box with nothing of its own to undo (say, just after a save) undoes the last
        saved change instead of being swallowed by the box; likewise Ctrl+Y / Ctrl+Shift+Z."""
        edit = watched.lineEdit() if isinstance(watched, ChoiceCombo) and watched.isEditable() else watched
        if not isinstance(edit, QLineEdit):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return not edit.isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == QKeyCombination(
                Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y):
            return not edit.isRedoAvailable()
        return False

    def focus_next(self) -> None:
        widget = self.focusWidget() or self.window().focusWidget()
        if widget is not None:
            widget.focusNextChild()

    def skip_on_tab(self, widgets: list[QWidget]) -> None:
        """Fields the form filled in itself (carried forward, or read from the NIK) are passed over by
        Tab, like CSPro's persistent fields; Shift+Tab or a click reaches them."""
        self._skipped = set(widgets)

    def set_skipped(self, widget: QWidget, skipped: bool) -> None:
        if skipped:
            self._skipped.add(widget)
        else:
            self._skipped.discard(widget)

    def is_skipped(self, widget: QWidget) -> bool:
        return widget in self._skipped

    def _is_skipped(self, watched: QObject) -> bool:
        if watched is self.email and not self.email.text():
            return True                # optional and rarely held by these workers: a click or Shift+Tab
        return watched in self._skipped or watched.parent() in self._skipped

    def set_adhoc(self, adhoc: bool) -> None:
        """An ad-hoc scheme's officer: post and honorarium instead of the reported income."""
        for key, shown in (("income", not adhoc), ("post", adhoc), ("honorarium", adhoc)):
            self.work.form.setRowVisible(self.rows[key].label, shown)

    def _occupation_changed(self, value: str | None) -> None:
        is_other = value == OTHER
        self.occupation_other.setEnabled(is_other)
        if not is_other:
            self.occupation_other.clear()

    def _legal_changed(self, value: str | None) -> None:
        consent = value == LegalBasis.CONSENT.value
        self.consent_date.setEnabled(consent)
        if not consent:
            self.consent_date.clear()
