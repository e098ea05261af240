"""Fixed-length fields advance by themselves, as in CSEntry: a complete, valid 16-digit NIK or KK
number, a complete date (``17/08/1990`` or ``17081990``) and a 3-digit RT move the cursor on
without Tab. A KK typed in full over the offered kecamatan code (the code twice) does not move on
halfway: the form repairs it when the officer leaves the field.

Only the clerk's own typing advances (``textEdited``), never a value the form filled in; a NIK
with an error (a wrong check of date or province) stays put so the message is read where the
mistake is. On by default; Pengaturan › Formulir turns it off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.domain.nik import parse_kk, parse_nik, strip_separators
from desktop_app.domain.regions import RegionDirectory
from desktop_app.ui.form.widget import RegistrationForm

_FULL_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{8}")


class AutoAdvance(QObject):
    def __init__(self, form: RegistrationForm, regions: RegionDirectory, today: Callable[[], date],
                 enabled: Callable[[], bool]) -> None:
        super().__init__(form)
        self.form, self.regions, self.today, self.enabled = form, regions, today, enabled
        form.nik.textEdited.connect(lambda text: self._maybe(form.nik, self._nik_complete(text)))
        form.birth_date.textEdited.connect(lambda text: self._maybe(form.birth_date, self._date_complete(text)))
        form.rt.textEdited.connect(lambda text: self._maybe(form.rt, len(strip_separators(text)) == 3))
        form.kk_number.textEdited.connect(lambda text: self._maybe(form.kk_number, self._kk_complete(text)))

    def _nik_complete(self, text: str) -> bool:
        digits = strip_separators(text)
        return len(digits) == 16 and digits.isdigit() and parse_nik(digits, self.regions, today=self.today()).valid

    def _kk_complete(self, text: str) -> bool:
        digits, offered = strip_separators(text), self.form.kk_number.prefix
        if len(digits) != 16 or not digits.isdigit() or (offered and digits[6:12] == offered):
            return False
        return parse_kk(digits, self.regions, today=self.today()).valid

    def _date_complete(self, text: str) -> bool:
        return bool(_FULL_DATE.fullmatch(text.strip())) and self.form.birth_date.date() is not None

    def _maybe(self, edit: QLineEdit, complete: bool) -> None:
        if complete and self.enabled() and edit.hasFocus() and edit.cursorPosition() == len(edit.text()):
            # a Tab of our own, queued after the keystroke's own handling (the NIK fills birth date
            # and sex first): it takes exactly the way the clerk's Tab would (skips, completers)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.postEvent(edit, QKeyEvent(kind, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier))
