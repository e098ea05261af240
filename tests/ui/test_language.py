"""English ships as a compiled catalogue; choosing it turns the window (and core texts) English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.i18n import current_language
from desktop_app.ui.language import install_language


@pytest.fixture
def english():
    assert install_language("en")
    yield
    install_language("id")


def test_english_catalogue_loads_and_the_window_speaks_english(english, make_window, answers):
    assert current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Pendaftaran") == "Registration"
    window = make_window()
    titles = [window.stack.nav.item(i).text() for i in range(window.stack.nav.count())]
    assert titles == ["Registration", "Participants", "Batch", "Import", "Reports", "Exchange", "Settings"]
    form = window.form()
    assert form.form.rows["full_name"].label.text() == "Full name"         # core label via i18n
    assert form.mode_label.text() == "New registration"
    assert form.form.occupation.itemText(0) == "Farmer/Planter"
    form.form.nik.setText("123")
    problems = form.run_check()
    assert any("must be 16 digits" in p.text() for p in problems)          # core validation message
    from desktop_app.services.registry import RegistryService
    from tests import factories
    RegistryService(window.ctx).register(factories.registration(occupation="Nelayan/Perikanan", sex="P"))
    model = window.records().model
    assert model.headerData(model.column_of("full_name"), Qt.Orientation.Horizontal) == "Name"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Fisher" in row and "F" in row and "Active" in row


def test_indonesian_is_the_default_and_needs_no_catalogue():
    assert install_language("id")
    assert current_language() == "id"
    assert QCoreApplication.translate("MainWindow", "Pendaftaran") == "Pendaftaran"


def test_settings_say_the_language_applies_after_restart(qtbot, ctx, ui_settings):
    from desktop_app.ui.setup.settings_page import SettingsPage
    page = SettingsPage(ctx, ui_settings)
    qtbot.addWidget(page)
    page.language.set_value("en")
    assert ui_settings.language == "en"
    assert "Buka ulang" in page.language_note.text()


def _read_in_a_new_process(path, name: str) -> str:
    """What a freshly started Lindungi reads from the settings file (no QSettings cache shared)."""
    import subprocess
    import sys
    code = ("import sys; from pathlib import Path; from desktop_app.ui.settings import UiSettings; "
            f"print(getattr(UiSettings(Path(sys.argv[1])), {name!r}))")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_language_chosen_in_settings_survives_a_restart(qtbot, ctx, ui_settings):
    from desktop_app.ui.setup.settings_page import SettingsPage
    page = SettingsPage(ctx, ui_settings)
    qtbot.addWidget(page)
    page.language.set_value("en")
    ui_settings.operator = "Rina"
    ui_settings.sync()
    assert _read_in_a_new_process(ui_settings.path, "language") == "en"
    assert _read_in_a_new_process(ui_settings.path, "operator") == "Rina"


def test_a_settings_file_written_by_the_earlier_version_is_still_read(tmp_path):
    from desktop_app.ui.settings import UiSettings
    path = tmp_path / "old.ini"
    path.write_text("[%General]\nlanguage=en\noperator=Rina\n", encoding="utf-8")
    settings = UiSettings(path)
    assert (settings.language, settings.operator) == ("en", "Rina")
