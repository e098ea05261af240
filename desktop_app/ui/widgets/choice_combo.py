"""A combo box of (label, value) choices with type-ahead that picks on leaving.

Editable mode shows a popup of the items containing what was typed; when the
field is left (Tab, Enter, click elsewhere) a partial text is resolved to the
item that starts with it, else the one with a word starting with it, else the one containing
it. So ``pen⇥`` picks "Penajam" with four key presses and ``ha⇥`` "Buruh Harian Lepas" with
three; anything unmatched — or fitting
several items, like "kalimantan t" — stays visible as typed for validation to report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

_LEAVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


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
            completer.popup().installEventFilter(self)   # after the completer's own filter, so ours runs first
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
    def candidates(self, text: str) -> list[int]:
        """Items ``text`` may stand for: the exact one, else those starting with it, else those
        with a word starting with it (``oj`` → "Tukang Ojek", ``tani`` → "Buruh Tani/Perkebunan"
        rather than also "Petani"), else those containing it (the first kind that has any)."""
        needle = text.strip().casefold()
        if not needle:
            return []
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        word_start = re.compile(r"(?:^|[^\w])" + re.escape(needle))

        def starts_a_word(label: str, _needle: str) -> bool:
            return word_start.search(label) is not None

        for test in (str.__eq__, str.startswith, starts_a_word, str.__contains__):
            found = [i for i, label in enumerate(labels) if test(label, needle)]
            if found:
                return found
        return []

    def match(self, text: str) -> int:
        """Index of the one item ``text`` stands for; -1 when none, or when it fits several
        ("kalimantan t": Tengah or Timur?) — never a silent guess."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 else -1

    def ambiguous(self) -> list[str]:
        """The item labels the typed text fits when it fits more than one (else empty)."""
        found = self.candidates(self.currentText()) if self.isEditable() and self.value() is None else []
        return [self.itemText(i) for i in found] if len(found) > 1 else []

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
        elif event.type() == QEvent.Type.KeyPress and event.key() in _LEAVING_KEYS:
            # Resolve before focus moves on, so a field that the choice enables (the free text
            # after "Lainnya") is enabled in time to be the next stop.
            popup = self.completer().popup() if self.completer() else None
            if watched is self.lineEdit() or (watched is popup and not popup.currentIndex().isValid()):
                self.resolve_text()
        return super().eventFilter(watched, event)

    def _emit_if_changed(self, *_args) -> None:
        value = self.value()
        if value != self._last_value:
            self._last_value = value
            self.value_changed.emit(value)
