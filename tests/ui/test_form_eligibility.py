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


def test_the_scheme_editor_holds_the_list_of_refused_occupations(qtbot, ctx):
    from desktop_app.domain.eligibility import DEFAULT_WAGE_EARNERS, EXTRA_KEY
    from desktop_app.services.office import OfficeService
    from desktop_app.ui.setup.scheme_editor import SchemeEditor

    offices = OfficeService(ctx)
    editor = SchemeEditor(offices, factories.TODAY)
    qtbot.addWidget(editor)
    editor.set_scheme(ctx.store.schemes.default())
    assert editor.wage_earners.text() == ", ".join(DEFAULT_WAGE_EARNERS)
    assert EXTRA_KEY not in editor.scheme().extra                      # the default list is not copied in
    editor.wage_earners.setText("PNS, Honorer")
    saved = offices.save_scheme(editor.scheme())
    assert ctx.store.schemes.get(saved.id).extra[EXTRA_KEY] == ["PNS", "Honorer"]
