"""Carry-forward ("persistent fields", as in CSPro): chosen inputs keep their value for the next person.

Registering a whole village in a row, the desa, RT/RW, occupation, scheme and
coverage usually repeat. Each group has a pin next to its input and a
checkable action in the Formulir menu; the choice is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from desktop_app.domain.registration import Registration
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.form.binders import AddressBinder
from desktop_app.ui.form.widget import CARRY_GROUPS, RegistrationForm
from desktop_app.ui.settings import UiSettings

GROUP_LABELS = {
    "village": QT_TRANSLATE_NOOP("CarryForward", "Desa/kelurahan (dan kecamatan)"),
    "rt_rw": QT_TRANSLATE_NOOP("CarryForward", "RT / RW"),
    "occupation": QT_TRANSLATE_NOOP("CarryForward", "Pekerjaan"),
    "scheme": QT_TRANSLATE_NOOP("CarryForward", "Skema"),
    "coverage": QT_TRANSLATE_NOOP("CarryForward", "Masa perlindungan"),
}


class CarryForward(QObject):
    def __init__(self, form: RegistrationForm, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form, self.settings = form, settings
        chosen = set(settings.carry_forward)
        self.actions: dict[str, QAction] = {}
        for group in CARRY_GROUPS:
            text = QCoreApplication.translate("CarryForward", GROUP_LABELS[group])
            action = QAction(text, self, checkable=True, checked=group in chosen)
            pin = form.pins[group]
            pin.setChecked(group in chosen)
            action.toggled.connect(pin.setChecked)
            pin.toggled.connect(action.setChecked)
            action.toggled.connect(self._remember)
            self.actions[group] = action
        for edit in (form.rt, form.rw):
            edit.textEdited.connect(lambda _t, w=edit: self._address_edited(w))
        for combo in (form.district, form.village):
            if combo.lineEdit() is not None:
                combo.lineEdit().textEdited.connect(lambda _t, w=combo: self._address_edited(w))

    def _address_edited(self, widget) -> None:
        """A carried address part was changed by hand: this person lives elsewhere, so Tab stops at
        the other carried parts too (a wrong RW or desa is not passed on silently)."""
        if not self.form.is_skipped(widget):
            return                      # typed into an empty field: nothing carried was changed
        for part in (self.form.rt, self.form.rw, self.form.district, self.form.village):
            self.form.set_skipped(part, False)

    def enabled(self) -> set[str]:
        return {g for g, a in self.actions.items() if a.isChecked()}

    def _remember(self, _checked: bool) -> None:
        self.settings.carry_forward = [g for g in CARRY_GROUPS if self.actions[g].isChecked()]

    def apply(self, previous: Registration, address: AddressBinder) -> None:
        """Copy the pinned groups of ``previous`` into the (freshly cleared) form; Tab then passes them."""
        groups = self.enabled()
        form = self.form
        carried = []
        if "village" in groups and previous.village_code:
            address.set_village(previous.village_code)
            carried += [form.district, form.village]
        if "rt_rw" in groups and (previous.rt or previous.rw):
            form.rt.setText(previous.rt)
            form.rw.setText(previous.rw)
            carried += [form.rt, form.rw]
        if "occupation" in groups and previous.occupation:
            form.occupation.set_value(previous.occupation)
            form.occupation_other.setText(previous.occupation_other)
            carried += [form.occupation, form.occupation_other]
        if "scheme" in groups and previous.scheme_id is not None:
            form.scheme.set_value(previous.scheme_id)
            carried.append(form.scheme)
        if "coverage" in groups and form.scheme.value() == previous.scheme_id:
            form.coverage_start.set_value(previous.coverage_start)
            form.coverage_end.set_value(previous.coverage_end)
            carried += [form.coverage_start, form.coverage_end]
        form.skip_on_tab(carried)
