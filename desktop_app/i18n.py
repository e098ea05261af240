"""Qt-free translation for the core (domain, services, formats, CLI).

Indonesian is the source language. Texts are marked with ``QT_TRANSLATE_NOOP``
(a local stub, so Qt's ``pyside6-lupdate`` extracts them into the same ``.ts``
catalogue the UI uses) or looked up with ``translate(context, text)``. The core
reads the ``.ts`` XML directly; the UI loads the compiled ``.qm`` into Qt and
calls ``set_language`` so PDFs and Excel headers follow the chosen language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from desktop_app.paths import resource

SOURCE_LANGUAGE = "id"
LANGUAGES = ("id", "en")
CATALOGUES = ("lindungi_en.ts",)

_state = {"language": SOURCE_LANGUAGE}


class Text(str):
    """A source (Indonesian) text that remembers its translation context."""

    context: str = ""

    def __new__(cls, context: str, text: str) -> Text:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - lupdate keyword
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return Text(context, text)


def set_language(language: str) -> None:
    """Choose the language of core texts ("id" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _state["language"] = language


def current_language() -> str:
    return _state["language"]


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    if language == SOURCE_LANGUAGE:
        return table
    for name in CATALOGUES:
        path = resource("translations", name.replace("_en", f"_{language}"))
        if not path.exists():
            continue
        for context in ET.parse(path).getroot().iter("context"):
            ctx = context.findtext("name", "")
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in node.iter("numerusform")]
                value = forms[-1] if forms else (node.text or "")
                if value:
                    table[(ctx, message.findtext("source", ""))] = value
    return table


def translate(context: str, text: str) -> str:
    """Translate ``text`` from ``context`` into the current language."""
    return _catalogue(_state["language"]).get((context, text), text)


def tr(text: str, **params: object) -> str:
    """Translate a marked ``Text`` (plain strings pass through) and fill ``{params}``;
    parameters that are marked texts themselves are translated too."""
    context = getattr(text, "context", "")
    result = translate(context, str(text)) if context else str(text)
    if not params:
        return result
    return result.format(**{k: tr(v) if isinstance(v, Text) else v for k, v in params.items()})
