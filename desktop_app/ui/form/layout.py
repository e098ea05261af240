"""Labelled rows with a message line under each input, grouped in boxes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.problems import Problem


@dataclass
class Row:
    """One labelled line of the form; ``fields`` are the Registration fields it shows."""

    label: QLabel
    message: QLabel
    fields: tuple[str, ...]
    inputs: list[QWidget] = field(default_factory=list)


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("fieldMessage")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Section(QGroupBox):
    """A titled box of rows (QFormLayout, labels on the left)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(4)

    def add_row(self, text: str, fields: tuple[str, ...], *widgets: QWidget, trailing: list[QWidget] = ()) -> Row:
        """``widgets`` are the inputs (focus order), ``trailing`` extra buttons on the same line."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(widget, 1)
        for widget in trailing:
            line.addWidget(widget, 0)
        column.addLayout(line)
        message = message_label()
        column.addWidget(message)
        label = QLabel(text)
        label.setBuddy(widgets[0])
        self.form.addRow(label, holder)
        return Row(label, message, fields, list(widgets))


def render_messages(label: QLabel, problems: list[Problem]) -> str:
    """Fill a message line: errors first (red), then warnings (amber); returns the worst severity."""
    if not problems:
        label.clear()
        label.setVisible(False)
        label.setProperty("severity", "")
        return ""
    ordered = sorted(problems, key=lambda p: not p.is_error)
    worst = "error" if ordered[0].is_error else "warning"
    lines = [("✖ " if p.is_error else "⚠ ") + p.text() for p in ordered]
    label.setText("\n".join(dict.fromkeys(lines)))
    label.setProperty("severity", worst)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(True)
    return worst


def mark_input(widget: QWidget, severity: str) -> None:
    """Colour an input's border by the worst problem on it (stylesheet property)."""
    if widget.property("problem") == severity:
        return
    widget.setProperty("problem", severity)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
