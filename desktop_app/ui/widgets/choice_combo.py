"""A combo box of (label, value) choices with type-ahead that picks on leaving.

Editable mode shows a popup of the items containing what was typed; when the
field is left (Tab, Enter, click elsewhere) a partial text is resolved to the
first item that starts with it, else the first that contains it. So ``pen⇥``
picks "Penajam" with four key presses, and anything unmatched stays visible
as typed for validation to report.
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ChoiceCombo(QComboBox):
    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._last_value: Any = None
        self._values: list[Any] = []
        if editable:
            completer = QCompleter(self.model(), self)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.setCompleter(completer)
            self.lineEdit().editingFinished.connect(self.resolve_text)
            self.lineEdit().installEventFilter(self)
        self.currentIndexChanged.connect(self._emit_if_changed)

    # --- items -----------------------------------------------------------
    def set_choices(self, choices: Iterable[tuple[str, Any]], *, keep_value: bool = True) -> None:
        """Replace the items; the current value is kept when it is still offered."""
        old = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        for label, value in choices:
            self.addItem(label)
            self._values.append(value)
        index = self.index_of(old) if keep_value else -1
        self.setCurrentIndex(index)
        if index < 0 and self.isEditable():
            self.setEditText("")
        self.blockSignals(False)
        self._emit_if_changed()

    def value(self) -> Any:
        """The chosen item's value, or None (nothing chosen, or typed text matches no item)."""
        index = self.currentIndex()
        if index < 0:
            return None
        if self.isEditable() and self.currentText().strip().casefold() != self.itemText(index).casefold():
            return None
        return self._values[index] if index < len(self._values) else None

    def values(self) -> list[Any]:
        return list(self._values)

    def index_of(self, value: Any) -> int:
        if value is None:
            return -1
        try:
            return self._values.index(value)
        except ValueError:
            return -1

    def set_value(self, value: Any) -> None:
        index = self.index_of(value)
        self.setCurrentIndex(index)
        if index < 0 and self.isEditable():
            self.setEditText("")
        self._emit_if_changed()

    def text(self) -> str:
        return self.currentText().strip()

    def set_text(self, text: str) -> None:
        """Restore raw typed text (drafts); resolves to an item when it names one exactly."""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(text)
        self._emit_if_changed()

    # --- type-ahead --------------------------------------------------------
    def match(self, text: str) -> int:
        """Index of the item ``text`` stands for: exact, then prefix, then contains."""
        needle = text.strip().casefold()
        if not needle:
            return -1
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        for test in (str.__eq__, str.startswith, str.__contains__):
            for i, label in enumerate(labels):
                if test(label, needle):
                    return i
        return -1

    def resolve_text(self) -> None:
        text = self.currentText()
        if not text.strip():
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            index = self.match(text)
            if index >= 0:
                self.setCurrentIndex(index)
                self.setEditText(self.itemText(index))
        self._emit_if_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self.lineEdit():
            self.resolve_text()
        return super().eventFilter(watched, event)

    def _emit_if_changed(self, *_args) -> None:
        value = self.value()
        if value != self._last_value:
            self._last_value = value
            self.value_changed.emit(value)
