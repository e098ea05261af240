"""Saving from the form: validation, the duplicate block, the similar-person confirmation, undo."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app.domain.registration import Registration
from desktop_app.errors import DuplicateRegistration, UserError, ValidationFailed
from desktop_app.i18n import fill
from desktop_app.services.registry import SimilarPeopleFound
from desktop_app.ui import msgbox
from desktop_app.ui.commands import EditRegistrationCommand
from desktop_app.ui.form import state
from desktop_app.ui.form.similar_dialog import SimilarPeopleDialog
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from desktop_app.ui.form.page import RegistrationPage

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class SaveFlow:
    def __init__(self, page: RegistrationPage) -> None:
        self.page = page

    def save(self, *, then_new: bool) -> Registration | None:
        """Ctrl+S / Ctrl+Shift+S. Refusals put the cursor where the problem is; nothing half-saved."""
        page = self.page
        if page.base.deleted:
            return None
        self._finish_typing()
        if page.editing and not page.is_dirty() and not then_new:
            return None                  # nothing changed: Simpan is off, and Ctrl+S does nothing either
        problems = page.run_check()
        errors = [p for p in problems if p.is_error]
        if errors and not (page.check and page.check.duplicate is not None and len(errors) == 1):
            self._show_refusal(problems)
            return None
        try:
            return self._store(page.current_registration(), then_new, confirm_similar=False)
        except UserError as exc:
            msgbox.error(page, translate("SaveFlow", "Tidak dapat menyimpan"), exc.message)
            return None

    def _finish_typing(self) -> None:
        """Ctrl+S straight after ``sua`` in a type-ahead field saves "Suami", as Tab would have."""
        focus = QApplication.focusWidget()
        combo = focus.parent() if focus is not None and isinstance(focus.parent(), ChoiceCombo) else focus
        if isinstance(combo, ChoiceCombo) and combo.isEditable():
            combo.resolve_text()

    def _store(self, reg: Registration, then_new: bool, *, confirm_similar: bool) -> Registration | None:
        page = self.page
        try:
            if page.editing:
                stored = page.registry.update(reg, confirm_similar=confirm_similar)
                page.undo_stack.push(
                    EditRegistrationCommand(page.registry, page.base, stored, page.records_changed.emit)
                )
            else:
                stored = page.registry.register(reg, confirm_similar=confirm_similar)
        except DuplicateRegistration as exc:
            self._duplicate(exc)
            return None
        except SimilarPeopleFound as exc:
            if not self._confirm_similar(reg, exc):
                return None
            return self._store(reg, then_new, confirm_similar=True)
        except ValidationFailed as exc:
            self._show_refusal(exc.problems)
            return None
        page.saved(stored, then_new=then_new, edited=page.editing)
        return stored

    def _show_refusal(self, problems: list) -> None:
        page = self.page
        page.problems.show_all = True
        found = state.as_typed_by_hand(page.check.problems if page.check else problems)
        page.problems.render(state.ui_problems(page.form) + found)
        target = page.problems.first_error_input(problems)
        if target is not None:
            page.form.ensureWidgetVisible(target)
            target.setFocus()

    def _duplicate(self, exc: DuplicateRegistration) -> None:
        page = self.page
        question = (
            exc.message
            + "\n\n"
            + fill(translate(
                "SaveFlow", "Buka data {number} yang sudah terdaftar? Isian yang sedang diketik akan dibuang."
            ), number=exc.existing_number)
        )
        if msgbox.ask(
            page,
            translate("SaveFlow", "NIK sudah terdaftar"),
            question,
            yes=translate("SaveFlow", "Buka data itu"),
            no=translate("SaveFlow", "Kembali"),
        ):
            page.discard_draft()
            page.load(page.registry.get(exc.existing_id))
        else:
            page.form.nik.setFocus()

    def _confirm_similar(self, reg: Registration, exc: SimilarPeopleFound) -> bool:
        page = self.page
        found = [(page.registry.find(s.id), s.nik_hint) for s in exc.similar]
        found = [(r, hint) for r, hint in found if r is not None]
        dialog = SimilarPeopleDialog(reg, [r for r, _ in found], page.ctx.regions, page, hints=[h for _, h in found])
        confirmed = run_similar_dialog(dialog)
        dialog.deleteLater()
        page.window().activateWindow()
        if not confirmed:
            (page.form.nik if any(h for _, h in found) else page.form.full_name).setFocus()
        return confirmed


def run_similar_dialog(dialog: SimilarPeopleDialog) -> bool:
    """Shown modally; tests replace this function to answer for the officer."""
    return bool(dialog.exec())
