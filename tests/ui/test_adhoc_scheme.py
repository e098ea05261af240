"""Set up an ad-hoc task officers' scheme in the scheme editor and register a KPPS officer in the
form: post and honorarium shown instead of income, the occupation and honorarium defaulting from the
scheme, the contribution stated by day; screenshots of both in docs/screenshots/."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.scheme import SchemeKind
from desktop_app.services.office import OfficeService
from desktop_app.ui.language import install_language
from desktop_app.ui.setup.scheme_editor import SchemeDialog
from desktop_app.ui.theme import apply_theme
from tests import factories
from tests.ui.conftest import fill_form

# Screenshots land in docs/screenshots/ when LINDUNGI_SHOTS=1 (how the committed ones were made), else in a
# temporary folder, so an ordinary test run leaves the checkout clean.
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("LINDUNGI_SHOTS") else \
    Path(tempfile.gettempdir()) / "lindungi-shots"


def _type(widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)
    widget.editingFinished.emit()


def _make_scheme(qtbot, ctx) -> int:
    dialog = SchemeDialog(OfficeService(ctx), factories.TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    _type(editor.name, "Petugas KPPS Pilkada 2026")
    editor.kind.set_value(SchemeKind.ADHOC)
    assert editor.adhoc.agency.isVisibleTo(dialog) and not editor.wage_earners.isVisibleTo(dialog)
    assert not editor.start.isVisibleTo(dialog)
    _type(editor.payer_name, "Pemerintah Kabupaten Penajam Paser Utara")
    _type(editor.adhoc.agency, "Kesbangpol")
    _type(editor.adhoc.task_start, "20/11/2026")
    _type(editor.adhoc.task_end, "26/11/2026")
    _type(editor.adhoc.honorarium, "1500000")
    editor.adhoc.risk_class.set_value(2)
    assert "Rp420 per orang per hari" in editor.rate.text() and "7 hari tugas = Rp2.940" in editor.rate.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.adjustSize()
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / "adhoc-scheme-editor.png"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog.saved.id


def test_create_the_scheme_and_register_a_kpps_officer(qtbot, ctx, make_window, answers):
    install_language("id")
    scheme_id = _make_scheme(qtbot, ctx)
    saved = ctx.store.schemes.get(scheme_id)
    assert (saved.kind, saved.agency, saved.task_start, saved.task_end, saved.honorarium, saved.risk_class) == \
        (SchemeKind.ADHOC, "Kesbangpol", date(2026, 11, 20), date(2026, 11, 26), 1_500_000, 2)
    apply_theme(QApplication.instance())
    window = make_window()
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    page = window.form()
    form = page.form
    page.membership.set_scheme(scheme_id)
    assert form.post.isVisibleTo(form) and form.honorarium.isVisibleTo(form) and not form.income.isVisibleTo(form)
    assert form.occupation.value() == "Petugas ad hoc Pilkada" and form.honorarium.value() == 1_500_000
    officer = factories.officer(scheme_id, full_name="Slamet Riyadi", sex="L", birth_date=date(1979, 4, 12),
                                honorarium=1_500_000, heirs=factories.registration().heirs)
    fill_form(page, officer)
    form.post.set_value("KPPS")
    page.run_check()
    assert "Rp420 per hari × 7 hari = Rp2.940" in form.contribution.text()
    assert page.save_button.isEnabled(), page.reason_label.text()
    window.grab().save(str(SHOTS / "adhoc-form-kpps.png"))
    page.save_button.click()
    stored = ctx.store.registrations.active_for_nik(officer.nik)
    assert [(r.post, r.honorarium, r.scheme_id, r.occupation) for r in stored] == \
        [("KPPS", 1_500_000, scheme_id, "Petugas ad hoc Pilkada")]
    # a BPU scheme again: the officer's fields go away and income is back
    page.membership.set_scheme(1)
    assert form.income.isVisibleTo(form) and not form.post.isVisibleTo(form)


def test_the_batch_page_states_an_ad_hoc_batch_by_day(qtbot, ctx, window):
    from desktop_app.services.registry import RegistryService
    from tests.services.printing_helpers import batch_of

    scheme = OfficeService(ctx).save_scheme(factories.adhoc_scheme(task_end=date(2026, 12, 10)))
    regs = [RegistryService(ctx).register(factories.officer(scheme.id, full_name=name, post=post,
                                                            coverage_end=scheme.coverage_end,
                                                            birth_date=date(1980 + i, 3, 3)))
            for i, (name, post) in enumerate((("Andi Saputra", "KPPS"), ("Rina Marlina", "PPS")))]
    batch_id = batch_of(ctx, regs, scheme_id=scheme.id, title="KPPS Giri Mukti")
    window.stack.show_page("batches")
    page = window.stack.page("batches")
    page.refresh(batch_id)
    page.select_batch(batch_id)
    period = page.detail.facts["period"].text()
    assert period == ("42 orang-hari × Rp420 = Rp17.640 (2 orang; 20 November 2026 – 10 Desember 2026 "
                      "(21 hari))"), period
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "adhoc-batch.png"))


def test_settings_lists_an_ad_hoc_scheme_with_its_task_days_and_daily_rate(qtbot, ctx, ui_settings):
    from desktop_app.ui.setup.settings_page import SettingsPage

    OfficeService(ctx).save_scheme(factories.adhoc_scheme())
    page = SettingsPage(ctx, ui_settings)
    qtbot.addWidget(page)
    rows = [[page.schemes_table.item(r, c).text() for c in range(5)] for r in range(page.schemes_table.rowCount())]
    assert rows[0][2] == "Januari 2026 – Desember 2026" and rows[0][4] == "Rp16.800"
    assert rows[1][2] == "20/11/2026 – 26/11/2026" and rows[1][4] == "Rp420 / hari"
