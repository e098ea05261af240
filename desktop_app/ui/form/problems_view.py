"""Showing validation findings next to the inputs they concern.

A field's messages appear once the officer has left it (or after a save
attempt, or when an existing record is opened), so an empty form is not a
wall of red. Errors are red and block saving; warnings are amber and don't.
"""

from __future__ import annotations

import re

from desktop_app.domain.problems import Problem
from desktop_app.ui.form.layout import mark_input, render_messages
from desktop_app.ui.form.widget import RegistrationForm

_HEIR_FIELD = re.compile(r"heirs\[(\d+)\]")


class ProblemsView:
    def __init__(self, form: RegistrationForm) -> None:
        self.form = form
        self.row_of_field = {f: key for key, row in form.rows.items() for f in row.fields}
        self.touched: set[str] = set()
        self.show_all = False

    def reset(self, *, show_all: bool = False) -> None:
        self.touched.clear()
        self.show_all = show_all

    def row_key(self, problem: Problem) -> str:
        if problem.field.startswith("heirs"):
            return "heirs"
        return self.row_of_field.get(problem.field, "nik")

    def visible(self, key: str) -> bool:
        return self.show_all or key in self.touched

    def render(self, problems: list[Problem]) -> None:
        by_row: dict[str, list[Problem]] = {}
        for problem in problems:
            by_row.setdefault(self.row_key(problem), []).append(problem)
        for key, row in self.form.rows.items():
            shown = by_row.get(key, []) if self.visible(key) else []
            worst = render_messages(row.message, shown)
            for widget in row.inputs:
                mark_input(widget, worst)
        self._render_heirs(by_row.get("heirs", []) if self.visible("heirs") else [])

    def _render_heirs(self, problems: list[Problem]) -> None:
        editor = self.form.heirs
        filled = [row for row in editor.rows if not row.is_blank()]
        per_row: dict[int, list[Problem]] = {}
        general = []
        for problem in problems:
            match = _HEIR_FIELD.match(problem.field)
            if match and int(match.group(1)) < len(filled):
                per_row.setdefault(int(match.group(1)), []).append(problem)
            else:
                general.append(problem)
        render_messages(editor.message, general)
        for index, row in enumerate(filled):
            found = per_row.get(index, [])
            render_messages(row.message, found)
            for name, widget in (("name", row.name), ("relationship", row.relationship), ("nik", row.nik),
                                 ("phone", row.phone)):
                worst = next(("error" if p.is_error else "warning" for p in
                              sorted(found, key=lambda p: not p.is_error) if p.field.endswith("." + name)), "")
                mark_input(widget, worst)
        for row in editor.rows:
            if row.is_blank():
                render_messages(row.message, [])

    def first_error_input(self, problems: list[Problem]):
        """The input to put the cursor in after a refused save: the first error in form order."""
        order = self.form.row_order
        errors = sorted((p for p in problems if p.is_error),
                        key=lambda p: order.index(self.row_key(p)) if self.row_key(p) in order else len(order))
        for problem in errors:
            key = self.row_key(problem)
            if key == "heirs":
                match = _HEIR_FIELD.match(problem.field)
                filled = [row for row in self.form.heirs.rows if not row.is_blank()]
                if match and int(match.group(1)) < len(filled):
                    row = filled[int(match.group(1))]
                    return getattr(row, problem.field.rsplit(".", 1)[-1], row.name)
                return self.form.heirs.add_button
            row = self.form.rows.get(key)
            if row and row.inputs:
                return row.inputs[-1] if problem.field == "rw" or problem.field == "coverage_end" else row.inputs[0]
        return None
