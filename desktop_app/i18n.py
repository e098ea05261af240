"""Qt-free translation for the core (domain, services, formats, CLI), and the one placeholder helper.

Indonesian is the source language. Texts are marked with ``QT_TRANSLATE_NOOP``
(a local stub, so Qt's ``pyside6-lupdate`` extracts them into the same ``.ts``
catalogue the UI uses) or looked up with ``translate(context, text)``. The core
reads the ``.ts`` XML directly; the UI loads the compiled ``.qm`` into Qt and
calls ``set_language`` so PDFs and Excel headers follow the chosen language.

Placeholders are ``{name}`` everywhere and are filled by ``fill`` — by ``tr``
for core texts, and by the UI around ``self.tr(...)`` — never by hand.

Plurals: Indonesian nouns do not change with the count, so a source text has one
form. A core text whose count decides the English wording contains ``%n`` and its
English translation holds the forms separated by ``|`` (singular, then plural:
``"%n row refused|%n rows refused"``); ``trn(text, n)`` picks one. (The window's
own texts use Qt's numerus forms through ``self.tr(text, "", n)`` instead:
pyside6-lupdate marks those, but not a Qt-free stub.)
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


class _Keep(dict):
    """``format_map`` helper: a placeholder nobody filled stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, **params: object) -> str:
    """``fill("Batch {id}: {title}", id=3, title="Desa")`` → ``"Batch 3: Desa"``.

    The one way placeholders are filled, in the core and in the window. Values that
    are marked texts are translated; a placeholder without a value stays visible
    (a missing value is a bug to see, not a crash), and a brace in a value is
    never read as a placeholder."""
    if not params:
        return str(text)
    values = _Keep({k: tr(v) if isinstance(v, Text) else v for k, v in params.items()})
    try:
        return str(text).format_map(values)
    except (ValueError, IndexError, AttributeError):  # a stray brace in a translation: fill by hand
        out = str(text)
        for key, value in values.items():
            out = out.replace("{" + key + "}", str(value))
        return out


def tr(text: str, **params: object) -> str:
    """Translate a marked ``Text`` (plain strings pass through) and fill ``{params}``."""
    context = getattr(text, "context", "")
    return fill(translate(context, str(text)) if context else str(text), **params)


def plural_index(n: int, language: str | None = None) -> int:
    """Which ``|``-separated form a count takes: Indonesian has one, English two (1 → singular)."""
    return 0 if (language or current_language()) == SOURCE_LANGUAGE or abs(n) == 1 else 1


def trn(text: str, n: int, **params: object) -> str:
    """``tr`` for a text with a count: ``%n`` becomes ``n`` and the plural form is chosen.

    ``trn(M_ROWS, 1)`` → "1 row refused", ``trn(M_ROWS, 3)`` → "3 rows refused" in
    English; Indonesian "1 baris ditolak" / "3 baris ditolak"."""
    context = getattr(text, "context", "")
    translated = translate(context, str(text)) if context else str(text)
    forms = translated.split("|")
    chosen = forms[min(plural_index(n), len(forms) - 1)]
    return fill(chosen.replace("%n", f"{n:,}".replace(",", "." if current_language() == "id" else ",")), **params)
