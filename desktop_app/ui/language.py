"""Installing the chosen language: Qt's translator for the window, i18n for the core.

Indonesian is the source language (no catalogue needed). English loads
``resources/translations/lindungi_en.qm``. The language is chosen at start-up;
a change in Settings takes effect the next time Lindungi opens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.i18n import LANGUAGES, SOURCE_LANGUAGE, set_language
from desktop_app.paths import resource

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []   # kept alive: Qt does not own installed translators

# Qt's own texts that reach the screen (Qt ships no Indonesian catalogue): the details button
# of a message box, the wizard's buttons, standard buttons, a text box's context menu.
QT_TEXTS_ID = {
    "Show Details...": "Tampilkan rincian…", "Hide Details...": "Sembunyikan rincian…",
    "< &Back": "< &Kembali", "&Back": "&Kembali", "&Next >": "&Lanjut >", "&Next": "&Lanjut",
    "&Finish": "&Selesai", "Finish": "Selesai", "&Help": "&Bantuan", "Help": "Bantuan",
    "Cancel": "Batal", "&Cancel": "&Batal", "OK": "OK", "&OK": "&OK", "&Yes": "&Ya", "Yes": "Ya",
    "&No": "&Tidak", "No": "Tidak", "Close": "Tutup", "&Close": "&Tutup", "Save": "Simpan",
    "&Save": "&Simpan", "Discard": "Buang", "Apply": "Terapkan", "Reset": "Atur ulang", "Open": "Buka",
    "Abort": "Hentikan", "Retry": "Coba lagi", "Ignore": "Abaikan", "Restore Defaults": "Kembalikan bawaan",
    "Go Back": "Kembali", "Continue": "Lanjut", "Commit": "Terapkan", "Done": "Selesai", "Quit": "Keluar",
    "&Undo": "&Urungkan", "&Redo": "U&langi", "Cu&t": "Po&tong", "&Copy": "&Salin", "&Paste": "T&empel",
    "Delete": "Hapus", "Select All": "Pilih semua", "Copy &Link Location": "Salin &alamat tautan",
}


class QtTextsTranslator(QTranslator):
    """Indonesian for the handful of Qt's own texts above (contexts starting with ``Q``)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null string) tells Qt "not translated here"; an empty string would blank the text.
        if context and context.startswith("Q"):
            return QT_TEXTS_ID.get(source)
        return None

    def isEmpty(self) -> bool:
        return False


def install_language(language: str) -> bool:
    """Switch the running application to ``language``; False when its catalogue is missing."""
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language == SOURCE_LANGUAGE:
        qt_texts = QtTextsTranslator()
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    else:
        translator = QTranslator()
        path = resource("translations", f"lindungi_{language}.qm")
        ok = translator.load(str(path))
        if ok:
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation catalogue missing or unreadable: %s", path)
            language = SOURCE_LANGUAGE
    set_language(language)
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian)
    QLocale.setDefault(locale)
    return ok
