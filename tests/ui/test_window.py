"""The window around the pages: Esc, F1, remembered geometry and page, settings, deleted records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.dates import YearMonth
from desktop_app.services.office import OfficeService
from desktop_app.services.registry import RegistryService
from desktop_app.ui.help_dialog import HelpDialog
from desktop_app.ui.settings import UiSettings
from tests import factories
from tests.ui.conftest import answer_next_dialog, press, type_text


def test_escape_asks_before_discarding_typed_input(window, answers):
    page = window.form()
    type_text("6409015708900001")
    answers.ask_replies = [False]
    press(Qt.Key.Key_Escape)
    assert answers.asked and page.form.nik.text() == "6409015708900001"
    answers.ask_replies = [True]
    press(Qt.Key.Key_Escape)
    assert page.form.nik.text() == "" and not page.is_dirty()


def test_escape_on_an_unchanged_record_goes_back_to_the_list(window, ctx, answers):
    reg = RegistryService(ctx).register(factories.registration())
    window.open_record(reg.id)
    assert window.stack.current_key() == "registration"
    press(Qt.Key.Key_Escape)
    assert not answers.asked and window.stack.current_key() == "records"
    assert not window.form().editing


def test_f1_opens_the_short_help(window, qtbot):
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    press(Qt.Key.Key_F1)
    assert len(seen) == 1 and isinstance(seen[0], HelpDialog)
    assert "Ctrl+Shift+S" in seen[0].text()


def test_geometry_and_last_page_are_remembered(make_window, ui_settings, answers, qtbot):
    first = make_window()
    first.resize(700, 500)          # within the offscreen screen (800×600)
    first.show()
    qtbot.waitExposed(first)
    first.stack.show_page("records")
    size = (first.width(), first.height())
    first.close()
    again = UiSettings(ui_settings.path)
    assert again.last_view == "records" and not again.geometry.isEmpty()
    second = make_window()
    assert second.stack.current_key() == "records"
    screen = second.screen().availableGeometry()
    assert abs(second.width() - min(size[0], screen.width())) <= 10      # fitted to the (small) offscreen screen
    assert second.height() == size[1]


def test_a_deleted_record_opens_read_only_with_the_reason(window, ctx):
    registry = RegistryService(ctx)
    reg = registry.register(factories.registration())
    registry.delete(reg.id, "Salah input")
    window.open_record(reg.id)
    page = window.form()
    assert "TERHAPUS (Salah input)" in page.mode_label.text()
    assert not page.save_button.isEnabled() and "dihapus" in page.reason_label.text()


def test_settings_add_a_scheme_and_an_operator(window, ctx, qtbot, answers):
    window.stack.show_page("settings")
    settings = window.stack.page("settings")

    def fill(dialog):
        editor = dialog.editor
        editor.name.setText("APBDes Sotek 2027")
        editor.funding.set_value(editor.funding.values()[2])
        editor.start.set_value(YearMonth(2027, 1))
        editor.end.set_value(YearMonth(2027, 6))
        assert "Rp16.800" in editor.rate.text() and "6 bulan" in editor.rate.text()
        dialog.save()
    answer_next_dialog(qtbot, fill)
    settings.edit_scheme(new=True)
    names = [s.name for s in OfficeService(ctx).schemes()]
    assert names == ["APBD Kabupaten 2026", "APBDes Sotek 2027"]
    assert window.form().form.scheme.count() == 2                  # the form offers it at once
    tab = settings.operators_tab
    tab.new_name.setText("Budi")
    answers.ask_replies.append(True)
    tab.add()
    assert "Budi" in OfficeService(ctx).operators() and ctx.operator == "tester"   # adding is not signing in
    assert window.operator_label.text() == "Masuk sebagai tester (admin)"


def test_a_reversed_scheme_period_is_explained_not_saved(window, ctx, qtbot, answers):
    window.stack.show_page("settings")
    settings = window.stack.page("settings")

    def fill(dialog):
        dialog.editor.name.setText("Terbalik")
        dialog.editor.start.set_value(YearMonth(2026, 12))
        dialog.editor.end.set_value(YearMonth(2026, 1))
        dialog.save()
        dialog.reject()
    answer_next_dialog(qtbot, fill)
    settings.edit_scheme(new=True)
    assert answers.shown and "tidak boleh sebelum" in answers.shown[-1][2]
    assert len(OfficeService(ctx).schemes()) == 1
