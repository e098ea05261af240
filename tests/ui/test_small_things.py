"""Small things a clerk notices: boxes wide enough, no stray "&", numbers in the chosen language,
progress bars that agree with their text."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from desktop_app.services.office import OfficeService
from desktop_app.ui.language import install_language
from tests.services.printing_helpers import people


def test_the_heir_nik_box_shows_all_sixteen_digits(window, qtbot):
    window.resize(1024, 600)                                   # a small laptop screen
    qtbot.wait(50)
    heirs = window.form().form.heirs
    if not heirs.rows:
        heirs.add_row()
    nik = heirs.rows[0].nik
    nik.setText("6409015708900001")
    assert nik.width() >= nik.fontMetrics().horizontalAdvance("6409015708900001") + 8


def _labels_with_an_ampersand(widget) -> list[str]:
    out = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item else None
            if isinstance(label, QLabel) and "&" in label.text().replace("&&", "") and label.buddy() is None:
                out.append(label.text())
    return out


def test_no_form_label_shows_a_literal_ampersand(window):
    for key in ("import", "settings"):
        window.stack.show_page(key)
        assert _labels_with_an_ampersand(window.stack.page(key)) == [], key


def test_english_percentages_use_a_point_and_the_bar_says_the_same(window, ctx):
    offices = OfficeService(ctx)
    scheme = offices.scheme(1)
    scheme.target_participants = 1000
    offices.save_scheme(scheme)
    people(ctx, 1)
    window.stack.show_page("reports")
    page = window.stack.page("reports")
    page.refresh()
    assert page.values["coverage"] == "0,0%" and page.progress.text() == "0,0%"   # covered = accepted by BPJS
    install_language("en")
    try:
        page.refresh()
        assert page.values["coverage"] == "0.0%" and page.progress.text() == "0.0%"
    finally:
        install_language("id")
