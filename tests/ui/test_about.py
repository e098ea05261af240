"""Help → Tentang Lindungi: version, licence notices of bundled data, fonts and Qt, the legal basis."""

from desktop_app import __version__
from desktop_app.ui.about import AboutDialog
from tests.ui.conftest import answer_next_dialog


def test_help_menu_opens_about_with_version_and_licences(qtbot, window, monkeypatch):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Ban" in a.text())
    assert window.about_action in help_menu.actions()
    captured = {}
    original = AboutDialog.exec

    def exec_and_capture(dialog):
        captured["title"] = dialog.title_label.text()
        captured["tabs"] = [dialog.tabs.widget(i).toPlainText() for i in range(3)]
        captured["licence"] = dialog.licence_text.toPlainText()
        return original(dialog)
    monkeypatch.setattr(AboutDialog, "exec", exec_and_capture)
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    window.about_action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], AboutDialog)
    assert f"Versi {__version__}" in captured["title"]
    about, legal, notices = captured["tabs"]
    assert str(window.ctx.store.path) in about
    assert "Undang-Undang Nomor 40 Tahun 2004" in legal and "Nomor 27 Tahun 2022" in legal
    assert "Peraturan Pemerintah Nomor 82 Tahun 2019" in legal and "Nomor 50 Tahun 2025" in legal
    assert "cahyadsn/wilayah" in notices and "lisensi MIT" in notices
    assert "DejaVu" in notices and "LGPL" in notices
    assert "Copyright (c) 2017-2025 Cahya DSN" in captured["licence"]


def test_licence_texts_come_from_the_bundled_files(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    choices = [dialog.licence_choice.itemText(i) for i in range(dialog.licence_choice.count())]
    assert choices == ["resources/wilayah/LICENSE", "resources/wilayah/README.md", "resources/fonts/LICENSE-DejaVu.txt"]
    dialog.licence_choice.setCurrentIndex(2)
    assert "Bitstream Vera" in dialog.licence_text.toPlainText()
