"""Cetak Bukti (Ctrl+P) on the form: the slip of the person just saved or shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.registration import Registration
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import fill
from desktop_app.ui import msgbox, printing

if TYPE_CHECKING:
    from desktop_app.ui.form.page import RegistrationPage

translate = QCoreApplication.translate


def slip_target(page: RegistrationPage) -> Registration | None:
    """The saved record the form is about: the one shown, or after Save & New the one just saved —
    as it is stored now (deleted since, from Data Peserta: nothing to print)."""
    if page.is_dirty():
        return None
    if page.editing:
        return None if page.base.deleted else page.base
    if page.last_saved is None:
        return None
    stored = page.registry.find(page.last_saved.id)
    return None if stored is None or stored.deleted else stored


def print_form_slip(page: RegistrationPage) -> bool:
    title = translate("FormPrint", "Cetak bukti pendaftaran")
    if page.is_dirty():
        msgbox.info(page, title, translate("FormPrint", "Simpan dulu (Ctrl+S), lalu cetak buktinya (Ctrl+P)."))
        return False
    reg = slip_target(page)
    if reg is None:
        msgbox.info(page, title, translate("FormPrint", "Belum ada pendaftaran yang tersimpan untuk dicetak. "
                                                        "Isi dan simpan formulir, atau buka data dari Data Peserta."))
        return False
    result = printing.print_slips(page, page.ctx, [reg.id], f"bukti-{format_number(reg.seq)}")
    if result is None:
        return False
    page.records_changed.emit(reg.id)       # print counter and audit changed
    return True


def can_print_or_explain(page: RegistrationPage) -> bool:
    """Ctrl+P does something here: prints a saved person, or says to save the typed input first. On a
    blank form with nobody saved this session there is nothing to print, and the action is off."""
    return page.is_dirty() or slip_target(page) is not None


def update_print_button(page: RegistrationPage) -> None:
    """The button (and, through ``print_changed``, the window's Ctrl+P action) says what it prints."""
    reg = slip_target(page)
    page.print_button.setEnabled(reg is not None)
    # On the blank form after Save & New the slip is the previous person's: the button says whose.
    if reg is not None and not page.editing:
        page.print_button.setText(fill(translate("FormPrint", "Cetak Bukti {number}"), number=format_number(reg.seq)))
    else:
        page.print_button.setText(translate("FormPrint", "Cetak Bukti"))
    if reg is not None:
        tip = translate("FormPrint", "Cetak bukti {number} {name} (Ctrl+P)")
        page.print_button.setToolTip(fill(tip, number=format_number(reg.seq), name=reg.full_name))
    else:
        page.print_button.setToolTip(translate("FormPrint", "Simpan pendaftaran dulu; bukti dicetak dari data yang "
                                                            "tersimpan (Ctrl+P)."))
    page.print_changed.emit()
