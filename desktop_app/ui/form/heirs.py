"""Heirs (ahli waris) as rows of inputs: name, relationship, NIK (optional), phone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop_app.domain.registration import HEIR_RELATIONSHIPS, Heir
from desktop_app.i18n import tr
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.inputs import DigitsEdit

MAX_HEIRS = 8
translate = QCoreApplication.translate


class HeirRow:
    """The four inputs of one heir plus its remove button and message line."""

    def __init__(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("HeirsEditor", "Nama ahli waris"))
        self.relationship = ChoiceCombo(editable=True)
        self.relationship.set_choices([(tr(r), str(r)) for r in HEIR_RELATIONSHIPS])
        self.relationship.setMinimumContentsLength(10)
        self.nik = DigitsEdit(16)
        # Room for all 16 digits plus the frame, so the end of a NIK is never hidden while checking it.
        self.nik.setMinimumWidth(self.nik.fontMetrics().horizontalAdvance("0" * 17) + 16)
        self.nik.setPlaceholderText(translate("HeirsEditor", "NIK (boleh kosong)"))
        self.phone = DigitsEdit(15, plus=True)
        self.phone.setPlaceholderText(translate("HeirsEditor", "No. HP"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(translate("HeirsEditor", "Hapus baris ahli waris ini (Ctrl+Del)"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)

    def inputs(self) -> list[QWidget]:
        return [self.name, self.relationship, self.nik, self.phone]

    def heir(self) -> Heir:
        relationship = self.relationship.value() or self.relationship.text()
        return Heir(self.name.text(), relationship, self.nik.text(), self.phone.text())

    def raw(self) -> dict:
        return {"name": self.name.text(), "relationship": self.relationship.text(),
                "nik": self.nik.text(), "phone": self.phone.text()}

    def set_heir(self, heir: Heir) -> None:
        self.name.setText(heir.name)
        index = self.relationship.index_of(heir.relationship)
        if index >= 0:
            self.relationship.set_value(heir.relationship)
        else:
            self.relationship.set_text(heir.relationship)
        self.nik.setText(heir.nik)
        self.phone.setText(heir.phone)

    def set_raw(self, raw: dict) -> None:
        self.name.setText(raw.get("name", ""))
        self.relationship.set_text(raw.get("relationship", ""))
        self.nik.setText(raw.get("nik", ""))
        self.phone.setText(raw.get("phone", ""))

    def is_blank(self) -> bool:
        return not any(v.strip() for v in self.raw().values())


class HeirsEditor(QWidget):
    """Add and remove heir rows; ``changed`` on any edit, ``left`` when an input loses focus."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HeirRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 2)
        self.add_button = QPushButton(self.tr("Tambah ahli &waris"))
        self.add_button.clicked.connect(self.add_row_and_focus)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        remove = QShortcut(QKeySequence("Ctrl+Del"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self.remove_focused_row)

    def add_row(self) -> HeirRow:
        row = HeirRow()
        index = len(self.rows)
        for column, widget in enumerate(row.inputs() + [row.remove]):
            self.grid.addWidget(widget, index * 2, column)
            widget.show()      # at once, so Tab reaches a row added a moment ago (the layout shows it later)
        self.grid.addWidget(row.message, index * 2 + 1, 0, 1, 5)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for widget in (row.name, row.nik, row.phone):
            widget.installEventFilter(self)
        for widget in (row.name, row.nik, row.phone):
            widget.textEdited.connect(lambda _t: self.changed.emit())
        row.relationship.editTextChanged.connect(lambda _t: self.changed.emit())
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_HEIRS)
        self.rows_changed.emit()
        return row

    def eventFilter(self, watched, event) -> bool:
        """↓ and ↑ move between the heir rows like a spreadsheet's rows (same column); ↓ from a named
        last row opens the next one (as "Tambah ahli waris" does). A blank row is never saved."""
        if event.type() == QEvent.Type.KeyPress and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return self._move_row(watched, 1 if event.key() == Qt.Key.Key_Down else -1)
        return super().eventFilter(watched, event)

    def _move_row(self, widget, step: int) -> bool:
        for number, row in enumerate(self.rows):
            if widget in (row.name, row.nik, row.phone):
                column = [row.name, row.nik, row.phone].index(widget)
                target = number + step
                if target == len(self.rows) and not row.is_blank() and len(self.rows) < MAX_HEIRS:
                    self.add_row()
                    self.changed.emit()
                if 0 <= target < len(self.rows):
                    other = self.rows[target]
                    [other.name, other.nik, other.phone][column].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def add_row_and_focus(self) -> None:
        if len(self.rows) < MAX_HEIRS:
            self.add_row().name.setFocus()
            self.changed.emit()

    def remove_row(self, row: HeirRow) -> None:
        values = [r.raw() for r in self.rows if r is not row]
        self.set_raw(values)
        self.changed.emit()

    def remove_focused_row(self) -> None:
        focus = self.focusWidget()
        for row in self.rows:
            if any(w is focus or w.isAncestorOf(focus) for w in row.inputs() if focus is not None):
                self.remove_row(row)
                return

    def _reset(self, count: int) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for _ in range(count):
            self.add_row()

    def heirs(self) -> list[Heir]:
        return [row.heir() for row in self.rows if not row.is_blank()]

    def set_heirs(self, heirs: list[Heir], *, minimum_rows: int = 1) -> None:
        self._reset(max(len(heirs), minimum_rows))
        for row, heir in zip(self.rows, heirs, strict=False):
            row.set_heir(heir)

    def raw(self) -> list[dict]:
        return [row.raw() for row in self.rows]

    def set_raw(self, values: list[dict]) -> None:
        self._reset(max(len(values), 1))
        for row, raw in zip(self.rows, values, strict=False):
            row.set_raw(raw)

    def inputs(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.inputs()]
