"""The registration form refuses a wage earner with the same rule as the import (domain.validation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests import factories
from tests.ui.conftest import fill_form, press


def test_a_civil_servant_is_refused_in_the_form_with_the_segment_named(window, ctx):
    page = window.form()
    fill_form(page, factories.registration(occupation="Lainnya", occupation_other="Tukang Cukur Keliling"))
    assert page.save_button.isEnabled()
    page.form.occupation_other.setFocus()
    page.form.occupation_other.clear()
    QTest.keyClicks(page.form.occupation_other, "Guru PNS")
    press(Qt.Key.Key_Tab)
    page.run_check()
    message = page.form.rows["occupation_other"].message
    assert message.isVisible() and "Penerima Upah" in message.text() and message.property("severity") == "error"
    assert not page.save_button.isEnabled() and "penerima upah" in page.reason_label.text()
