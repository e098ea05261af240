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


def install_language(language: str) -> bool:
    """Switch the running application to ``language``; False when its catalogue is missing."""
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != SOURCE_LANGUAGE:
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
